"""Today's and this week's entries of this desk, beside the form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from omradesapp.domain.entry import Entry
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
        # Mine, at my unit: no need to repeat it; the note shows in the form when editing.
        for key in ("unit", "worker", "minutes", "note"):
            self.table.hideColumn(COLUMN[key])
        # "What" takes the room there is, so that People stays in view beside the form.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN["what"], QHeaderView.ResizeMode.Stretch)
        # Tab enters the list in one step and leaves it in one, not cell by cell.
        self.table.setTabKeyNavigation(False)
        # No buttons of their own: the desk has more controls than there are Alt letters.
        # F2 or Enter edits, Delete deletes, and the right-click menu offers both.
        self.hint = QLabel(self.tr("F2 or Enter: edit · Delete: delete · right-click: both"))
        self.hint.setWordWrap(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, signal in (
            (self.tr("&Edit (F2)"), self.edit_requested),
            (self.tr("De&lete (Del)"), self.delete_requested),
        ):  # the keys themselves are the table's own
            action = QAction(text, self.table)
            action.triggered.connect(lambda _=False, s=signal: self._emit(s))
            self.table.addAction(action)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.table, 1)
        box.addWidget(self.hint)
        self.table.edit_requested.connect(self.edit_requested)
        self.table.delete_requested.connect(self.delete_requested)
        desk.entries_changed.connect(self.refresh)
        desk.org_changed.connect(self.refresh)  # another worker at this desk, or renamed labels
        self.refresh()

    def chosen_or_latest(self) -> Entry | None:
        """The entry chosen in the list; with none chosen, the latest (the list's first row)."""
        entry = self.table.current_entry()
        if entry is None and self.model.rowCount() > 0:
            entry = self.model.entry_at(0)
        return entry

    def focus_list(self) -> None:
        """The cursor into the list, on the chosen entry or else the latest."""
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
