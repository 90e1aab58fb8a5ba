"""Admin: the municipality's own labels for the code lists (the codes never change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain import codes
from omradesapp.domain.identity import check_free_text
from omradesapp.store import org
from omradesapp.store.database import StoreError
from omradesapp.ui.desk import Desk
from omradesapp.ui.entry_form import CAPTIONS
from omradesapp.ui.widgets import ErrorLabel, buddy_label, name

CODE_COL, DEFAULT_COL, LABEL_COL = 0, 1, 2


class LabelsPage(QWidget):
    """Edit the third column; an empty label restores the default."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lists = QComboBox()
        for cl in codes.ALL_LISTS:
            self.lists.addItem(self._caption(cl.name), cl.name)
        label = buddy_label(self.tr("Code &list"), self.lists)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Default label"), self.tr("Label used")]
        )
        name(self.table, self.tr("Labels"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.error = ErrorLabel()
        hint = QLabel(
            self.tr(
                "Press F2 to rename a label. Codes never change; "
                "an empty label restores the default."
            )
        )
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.lists, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(hint)
        box.addWidget(self.table, 1)
        box.addWidget(self.error)
        self.lists.currentIndexChanged.connect(self.refresh)
        self.table.itemChanged.connect(self._changed)
        self.refresh()

    def _caption(self, list_name: str) -> str:
        if list_name == "kind":
            return self.tr("Kinds of entry")
        if list_name == "partners":
            return self.tr("Partners and referrals")
        return QCoreApplication.translate("EntryForm", CAPTIONS[list_name])

    def code_list(self) -> codes.CodeList:
        wanted = self.lists.currentData()
        return next(cl for cl in codes.ALL_LISTS if cl.name == wanted)

    def refresh(self) -> None:
        cl = self.code_list()
        self.table.blockSignals(True)
        self.table.setRowCount(len(cl.codes))
        for r, code in enumerate(cl.codes):
            for c, text in ((CODE_COL, code), (DEFAULT_COL, cl.label(code)),
                            (LABEL_COL, self.desk.label(cl, code))):  # fmt: skip
                item = QTableWidgetItem(text)
                if c != LABEL_COL:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() != LABEL_COL:
            return
        cl = self.code_list()
        code = self.table.item(item.row(), CODE_COL).text()
        text = item.text().strip()
        try:
            check_free_text(text)
            label = None if text in ("", cl.label(code)) else text
            org.set_label(self.desk.store, cl.name, code, label, self.desk.actor)
        except (ValueError, StoreError) as e:
            self.error.show_error(str(e))
            self.refresh()
            return
        self.error.clear_error()
        self.desk.org_changed.emit()
        self.refresh()
        self.desk.message.emit(
            self.tr("Label saved: {label}.").format(label=self.desk.label(cl, code))
        )
