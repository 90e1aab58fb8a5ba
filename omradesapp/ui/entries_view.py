"""All entries, filtered by period, unit, worker, kind, codes and note text; fetched lazily,
sorted by a click on a column's header, and counted: the row ids of every matching entry,
read off the UI thread for scrolling, give the count without a query of its own."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain import codes
from omradesapp.store.entries import EntryFilter
from omradesapp.ui.check_list import SearchableCheckList
from omradesapp.ui.desk import Desk
from omradesapp.ui.entry_form import CAPTIONS
from omradesapp.ui.entry_model import EntryModel
from omradesapp.ui.entry_table import EntryTable
from omradesapp.ui.page_loader import PageLoader
from omradesapp.ui.widgets import ErrorLabel, buddy_label, fill_combo, name


class EntriesView(QWidget):
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for w in (self.date_from, self.date_to):
            w.setPlaceholderText(self.tr("YYYY-MM-DD"))
            w.setClearButtonEnabled(True)
            w.setMaximumWidth(w.fontMetrics().horizontalAdvance("ÅÅÅÅ-MM-DD") + 40)
        self.unit = QComboBox()
        self.worker = QComboBox()
        self.kind = QComboBox()
        self.codes = SearchableCheckList()
        self.codes.setMaximumHeight(self.fontMetrics().height() * 9)
        name(self.codes.list, self.tr("Codes"))
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Words in the note"))
        self.error = ErrorLabel()
        self.busy = QLabel(self.tr("Searching…"))
        self.busy.hide()
        self.count = QLabel()
        name(self.count, self.tr("Number of matching entries"))
        self.loader = PageLoader(desk.store.path, self)
        self.model = EntryModel(desk, loader=self.loader)
        self.model.loading_changed.connect(self.busy.setVisible)
        self.model.failed.connect(self.error.show_error)
        self.model.modelReset.connect(self.count.clear)  # until the new rows are counted
        self.model.counted.connect(self._counted)
        self.table = EntryTable(self.model)
        name(self.table, self.tr("Entries"))
        grid = QGridLayout()
        fields = (
            (self.tr("&From"), self.date_from),
            (self.tr("&To"), self.date_to),
            (self.tr("&Unit"), self.unit),
            (self.tr("&Worker"), self.worker),
            (self.tr("&Kind"), self.kind),
            (self.tr("&Search notes"), self.text),
        )
        for i, (caption, widget) in enumerate(fields):
            grid.addWidget(buddy_label(caption, widget), i // 3, (i % 3) * 2)
            grid.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        code_label = buddy_label(self.tr("&Code"), self.codes.search)
        grid.addWidget(code_label, 0, 6, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.codes, 0, 7, 3, 1)
        for column, stretch in ((1, 1), (3, 1), (5, 1), (7, 2)):
            grid.setColumnStretch(column, stretch)
        status = QHBoxLayout()
        status.addWidget(self.count)
        status.addWidget(self.busy)
        status.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(grid)
        box.addWidget(self.error)
        box.addLayout(status)
        box.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.apply)
        for w in (self.date_from, self.date_to, self.text):
            w.textChanged.connect(self._timer.start)
            w.returnPressed.connect(self.apply)
        for combo in (self.unit, self.worker, self.kind):
            combo.currentIndexChanged.connect(self.apply)
        self.codes.checked_changed.connect(self.apply)
        self.table.edit_requested.connect(self.edit_requested)
        self.table.delete_requested.connect(self.delete_requested)
        desk.org_changed.connect(self.refill)
        desk.entries_changed.connect(self._changed)
        self._loaded = False
        self._stale = False
        self.refill()

    def refill(self) -> None:
        everything = self.tr("All")
        fill_combo(self.unit, [(u.id, u.name) for u in self.desk.units()], everything)
        workers = self.desk.workers(active_only=False)
        fill_combo(self.worker, [(w.id, w.name) for w in workers], everything)
        fill_combo(self.kind, self.desk.items(codes.KINDS), everything)
        items: list[tuple[object, str]] = []
        for f in codes.CODED_FIELDS:
            caption = self.tr_caption(f.name)
            items.extend(
                (f"{f.name}:{c}", f"{caption}: {label}")
                for c, label in self.desk.items(f.codes, retired_too=True)
            )
        self.codes.set_items([(str(code), label) for code, label in items])

    def tr_caption(self, field: str) -> str:
        return QCoreApplication.translate("EntryForm", str(CAPTIONS[field]))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # The first page is read when the list is first shown, not at start-up, and
        # changes made while it was hidden are read when it shows again.
        if not self._loaded:
            self.apply()
        elif self._stale:
            self._stale = False
            self.model.reload()
        super().showEvent(event)

    def _changed(self) -> None:
        if not self._loaded:
            return
        if self.isVisible():
            self.model.reload()
        else:
            self._stale = True

    def _date(self, widget: QLineEdit, caption: str) -> dt.date | None:
        text = widget.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(
                self.tr("{field}: “{text}” is not a date (YYYY-MM-DD).").format(
                    field=caption, text=text
                )
            ) from None

    def current_filter(self) -> EntryFilter:
        unit = self.unit.currentData()
        return EntryFilter(
            date_from=self._date(self.date_from, self.tr("From")),
            date_to=self._date(self.date_to, self.tr("To")),
            unit_ids=(unit,) if unit is not None else (),
            worker_id=self.worker.currentData(),
            kind=self.kind.currentData(),
            codes=tuple(_pair(code) for code in self.codes.checked()),
            text=self.text.text().strip() or None,
        )

    def apply(self) -> None:
        try:
            f = self.current_filter()
        except ValueError as e:
            self.error.show_error(str(e))
            return
        self.error.clear_error()
        self._loaded = True
        self.model.set_filter(f)

    def _counted(self, n: int) -> None:
        number = self.desk.locale.toString(n)
        text = self.tr("{0} entry") if n == 1 else self.tr("{0} entries")
        self.count.setText(text.format(number))


def _pair(code: str) -> tuple[str, str]:
    field, _, value = code.partition(":")
    return field, value
