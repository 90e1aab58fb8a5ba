"""Today's and this week's entries of this desk, beside the form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from omradesapp.store.entries import EntryFilter
from omradesapp.ui.desk import Desk
from omradesapp.ui.entry_model import COLUMN, EntryModel
from omradesapp.ui.entry_table import EntryTable
from omradesapp.ui.widgets import name


class RecentView(QWidget):
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = EntryModel(desk, self._filter())
        self.table = EntryTable(self.model)
        name(self.table, self.tr("This week's entries"))
        for key in ("unit", "worker", "minutes"):  # mine, at my unit: no need to repeat it
            self.table.hideColumn(COLUMN[key])
        self.edit_button = QPushButton(self.tr("&Edit (F2)"))
        self.delete_button = QPushButton(self.tr("De&lete (Del)"))
        name(self.edit_button, self.tr("Edit"))
        name(self.delete_button, self.tr("Delete"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        self.table.edit_requested.connect(self.edit_requested)
        self.table.delete_requested.connect(self.delete_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        desk.entries_changed.connect(self.refresh)
        desk.org_changed.connect(self.refresh)  # another worker at this desk, or renamed labels
        self.refresh()

    def _emit(self, signal: Signal) -> None:
        entry = self.table.current_entry()
        if entry is not None:
            signal.emit(entry)  # type: ignore[attr-defined]

    def _filter(self) -> EntryFilter:
        today = dt.date.today()
        monday = today - dt.timedelta(days=today.weekday())
        return EntryFilter(date_from=monday, worker_id=self.desk.worker_id)

    def refresh(self) -> None:
        self.model.set_filter(self._filter())
        today = dt.date.today()
        rows = [self.model.entry_at(r) for r in range(self.model.rowCount())]
        n_today = sum(1 for e in rows if e.date == today)
        week = today.isocalendar().week
        self.title.setText(
            self.tr("Today: {today} · week {week}: {n}").format(
                today=self.desk.locale.toString(n_today),
                week=week,
                n=self.desk.locale.toString(len(rows)) + ("+" if self.model.canFetchMore() else ""),
            )
        )
