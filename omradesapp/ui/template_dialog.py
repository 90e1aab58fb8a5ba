"""Naming a template, and whether it recurs (on the weekday of the form's date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from omradesapp.domain.schedule import Schedule
from omradesapp.ui.widgets import add_rows


class TemplateDialog(QDialog):
    def __init__(self, day: dt.date, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setWindowTitle(self.tr("Save as template"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. the collaboration group"))
        weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        self.repeat = QComboBox()
        self.repeat.addItem(self.tr("Not on a schedule"), 0)
        self.repeat.addItem(self.tr("Every {weekday}").format(weekday=weekday), 1)
        self.repeat.addItem(self.tr("Every other {weekday}").format(weekday=weekday), 2)
        form = QFormLayout(self)
        add_rows(form, ((self.tr("&Name"), self.title), (self.tr("&Recurs"), self.repeat)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str | None]:
        """The name, and the schedule as stored (None when it does not recur)."""
        weeks = int(self.repeat.currentData())
        schedule = Schedule(weeks, self.day).to_text() if weeks else None
        return self.title.text().strip(), schedule
