"""A date typed as text: taken exactly as typed, with a calendar a button or Alt+Down away.

A QDateEdit reached by its Alt letter or Tab keeps the cursor in one section and turns a
whole typed date into another one (`2026-11-27` became 2026-12-11). This field selects
everything whenever it gains focus, so whatever is typed replaces the old date.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_date(text: str) -> dt.date | None:
    """`YYYY-MM-DD` or `YYYYMMDD` as a date; None when it is neither or no real day."""
    text = text.strip()
    match = _ISO.fullmatch(text) or _COMPACT.fullmatch(text)
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


class _DateEdit(QLineEdit):
    """Selects all on focus in (Alt letter, Tab or a click), so typing replaces the date."""

    calendar_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clicked_in = False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.selectAll()
        self._clicked_in = event.reason() == Qt.FocusReason.MouseFocusReason

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mousePressEvent(event)
        if self._clicked_in:  # the click that brought the focus would place the cursor
            self._clicked_in = False
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.calendar_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """The text is the value: `date()` parses it (None when it is no date)."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateEdit()
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setMaxLength(10)
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the field
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        self.setFocusProxy(self.edit)
        # A label's Alt letter moves the focus only to a buddy that takes focus itself.
        self.setFocusPolicy(self.edit.focusPolicy())
        self._calendar: QCalendarWidget | None = None
        self.button.clicked.connect(self.show_calendar)
        self.edit.calendar_requested.connect(self.show_calendar)
        if value is not None:
            self.set_date(value)

    def text(self) -> str:
        return self.edit.text().strip()

    def date(self) -> dt.date | None:
        return parse_date(self.edit.text())

    def set_date(self, value: dt.date) -> None:
        self.edit.setText(value.isoformat())

    def refusal(self, caption: str) -> str:
        """What to say when the text is no date; `caption` names the field."""
        return self.tr("{field} must be a date written YYYY-MM-DD, not “{text}”.").format(
            field=caption.replace("&", ""), text=self.text()
        )

    def setAccessibleName(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(text)
        self.edit.setAccessibleName(text)

    def show_calendar(self) -> None:
        """A calendar popup below the field; a chosen day becomes the text."""
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.activated.connect(self._chosen)
            calendar.clicked.connect(self._chosen)
            self._calendar = calendar
        current = self.date() or dt.date.today()
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _chosen(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        if self._calendar is not None:
            self._calendar.hide()
        self.edit.setFocus()


class DateRefused(ValueError):
    """A date field's text is no date: `field` to focus, `message` to show."""

    def __init__(self, field: DateField, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field, message


def dates_of(*fields: tuple[DateField, str]) -> list[dt.date]:
    """The dates of (field, caption) pairs; DateRefused for the first that holds none."""
    dates = []
    for field, caption in fields:
        value = field.date()
        if value is None:
            raise DateRefused(field, field.refusal(caption))
        dates.append(value)
    return dates
