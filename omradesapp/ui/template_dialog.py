"""Naming a template, and whether it recurs (on the weekday of the form's date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from omradesapp.domain.schedule import LAST, Schedule, monthly, nth_in_month
from omradesapp.ui.widgets import add_rows, ok_cancel


class TemplateDialog(QDialog):
    def __init__(self, day: dt.date, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as template"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. the collaboration group"))
        weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        self.repeat = QComboBox()
        # Each choice carries its schedule as stored; "" does not recur.
        self.repeat.addItem(self.tr("Not on a schedule"), "")
        for weeks, text in (
            (1, self.tr("Every {weekday}")),
            (2, self.tr("Every other {weekday}")),
            (4, self.tr("Every fourth {weekday}")),
        ):
            self.repeat.addItem(text.format(weekday=weekday), Schedule(weeks, day).to_text())
        nth = nth_in_month(day)
        month_texts = {
            1: self.tr("The first {weekday} of the month"),
            2: self.tr("The second {weekday} of the month"),
            3: self.tr("The third {weekday} of the month"),
            4: self.tr("The fourth {weekday} of the month"),
            LAST: self.tr("The last {weekday} of the month"),
        }
        for month_week in (nth, LAST) if nth in month_texts else (LAST,):
            self.repeat.addItem(
                month_texts[month_week].format(weekday=weekday),
                monthly(day, month_week).to_text(),
            )
        form = QFormLayout(self)
        add_rows(form, ((self.tr("&Name"), self.title), (self.tr("&Recurs"), self.repeat)))
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def values(self) -> tuple[str, str | None]:
        """The name, and the schedule as stored (None when it does not recur)."""
        return self.title.text().strip(), str(self.repeat.currentData()) or None
