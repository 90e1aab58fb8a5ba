"""A table view of an EntryModel with edit (F2, Enter) and delete (Delete) by keyboard,
sorted by a click on a column's header (a second click turns the order round)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from omradesapp.domain.entry import Entry
from omradesapp.store.entries import EntryOrder
from omradesapp.ui.entry_model import COLUMN, COLUMNS, SORTABLE, EntryModel


class EntryTable(QTableView):
    edit_requested = Signal(object)  # Entry
    delete_requested = Signal(object)  # Entry

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Fixed row heights: the view never measures rows it does not show.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self._show_order()
        header.sortIndicatorChanged.connect(self._sort)
        width = self.fontMetrics().horizontalAdvance
        for key, sample in (
            ("date", "2026-10-31_"),
            ("time", "00:00__"),
            ("kind", "Gruppverksamhet_"),
            ("what", "Rådgivning, Enskilt samtal, Föräldraskap"),
            ("people", "People_"),
            ("minutes", "Minutes__"),
            ("unit", "Områdeslokal Lambohov"),
            ("worker", "Medarbetare"),
        ):
            self.setColumnWidth(COLUMN[key], width(sample) + 16)
        self.doubleClicked.connect(lambda _i: self._request(self.edit_requested))

    def _show_order(self) -> None:
        order = self.entry_model().order
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            COLUMN[order.column],
            Qt.SortOrder.DescendingOrder if order.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    def _sort(self, section: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[section][0]
        if key in SORTABLE:
            self.entry_model().set_order(EntryOrder(key, order == Qt.SortOrder.DescendingOrder))
        self._show_order()  # a column that cannot be sorted keeps the indicator where it was

    def entry_model(self) -> EntryModel:
        model = self.model()
        assert isinstance(model, EntryModel)
        return model

    def current_entry(self) -> Entry | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.entry_model().entry_at(index.row())

    def _request(self, signal: SignalInstance) -> None:
        entry = self.current_entry()
        if entry is not None:
            signal.emit(entry)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._request(self.edit_requested)
            event.accept()
            return
        if key == Qt.Key.Key_Delete:
            self._request(self.delete_requested)
            event.accept()
            return
        super().keyPressEvent(event)
