"""A read-only table of a few rows for the admin pages (units, workers, targets), and
the page around it: the table, the form editing the chosen row, a message, the buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class AdminTable(QTableWidget):
    """Rows of text with the row's object kept on the first cell."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_rows(self, rows: Sequence[tuple[object, Sequence[str]]]) -> None:
        self.setRowCount(len(rows))
        for r, (obj, texts) in enumerate(rows):
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, obj)
                self.setItem(r, c, item)

    def current_object(self) -> object:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def editor_page(
    page: QWidget, table: AdminTable, form: QLayout, error: QWidget, buttons: QLayout
) -> None:
    """Lay out an admin page: the table over the form, its message and its buttons."""
    box = QVBoxLayout(page)
    box.addWidget(table, 1)
    box.addLayout(form)
    box.addWidget(error)
    box.addLayout(buttons)
