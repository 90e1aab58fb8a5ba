"""Admin: the code lists: the municipality's own labels, own codes, and codes retired.

A code never changes. A new code gets a key made from its label; a retired code leaves
the forms and stays in history and reports (store/codebook.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain import codes
from omradesapp.domain.codebook import EXTENSIBLE
from omradesapp.domain.identity import check_free_text
from omradesapp.store import org
from omradesapp.store.codebook import add_code, set_retired
from omradesapp.store.database import StoreError
from omradesapp.ui.desk import Desk
from omradesapp.ui.entry_form import CAPTIONS
from omradesapp.ui.widgets import ErrorLabel, buddy_label, fill_combo, name

# Lists whose codes may be retired: every list but the kinds of entry, which are the app's.
RETIRABLE = frozenset(cl.name for cl in codes.ALL_LISTS) - {"kind"}

CODE_COL, DEFAULT_COL, LABEL_COL, IN_USE_COL = 0, 1, 2, 3
# Time-split categories an own meeting type or time category may count as (SPEC §9).
SPLIT_CAPTIONS = {
    "client": QT_TRANSLATE_NOOP("LabelsPage", "Client work"),
    "area": QT_TRANSLATE_NOOP("LabelsPage", "Area work"),
    "admin": QT_TRANSLATE_NOOP("LabelsPage", "Administration, training, development"),
    "other": QT_TRANSLATE_NOOP("LabelsPage", "Other"),
}


class LabelsPage(QWidget):
    """Edit the third column; an empty label restores the default."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lists = QComboBox()
        for cl in codes.ALL_LISTS:
            self.lists.addItem(self._caption(cl.name), cl.name)
        label = buddy_label(self.tr("Code &list"), self.lists)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Default label"), self.tr("Label used"), self.tr("In use")]
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
                'an empty label restores the default. Clear "In use" to retire a code: '
                "it leaves the forms and stays in history and reports."
            )
        )
        self.new_label = QLineEdit()
        self.new_label.setMaxLength(60)
        self.split = QComboBox()
        self.add_button = QPushButton(self.tr("Add &code"))
        adding = QHBoxLayout()
        adding.addWidget(buddy_label(self.tr("New code's &name"), self.new_label))
        adding.addWidget(self.new_label, 1)
        adding.addWidget(buddy_label(self.tr("Time &split"), self.split))
        adding.addWidget(self.split)
        adding.addWidget(self.add_button)
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.lists, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(hint)
        box.addWidget(self.table, 1)
        box.addLayout(adding)
        box.addWidget(self.error)
        self.lists.currentIndexChanged.connect(self.refresh)
        self.table.itemChanged.connect(self._changed)
        self.add_button.clicked.connect(self.add_code)
        self.new_label.returnPressed.connect(self.add_code)
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
        base = self.code_list()
        book = self.desk.book
        cl = book.code_list(base)
        active = set(book.active(base))
        self.table.blockSignals(True)
        self.table.setRowCount(len(cl.codes))
        for r, code in enumerate(cl.codes):
            for c, text in ((CODE_COL, code), (DEFAULT_COL, cl.label(code)),
                            (LABEL_COL, self.desk.label(cl, code))):  # fmt: skip
                item = QTableWidgetItem(text)
                if c != LABEL_COL:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            in_use = QTableWidgetItem()
            in_use.setFlags(
                (in_use.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
                if base.name in RETIRABLE
                else Qt.ItemFlag.ItemIsEnabled
            )
            checked = Qt.CheckState.Checked if code in active else Qt.CheckState.Unchecked
            in_use.setCheckState(checked)
            self.table.setItem(r, IN_USE_COL, in_use)
        self.table.blockSignals(False)
        splits = EXTENSIBLE.get(base.name)
        fill_combo(
            self.split,
            [
                (s, QCoreApplication.translate("LabelsPage", SPLIT_CAPTIONS[s]))
                for s in splits or ()
            ],
        )
        self.split.setEnabled(bool(splits))
        for w in (self.new_label, self.add_button):
            w.setEnabled(base.name in EXTENSIBLE)

    def add_code(self) -> None:
        """Add the municipality's own code to the list shown; its key is made from the label."""
        base = self.code_list()
        split = self.split.currentData() if self.split.isEnabled() else None
        try:
            added = add_code(
                self.desk.store, base.name, self.new_label.text(), self.desk.actor, split=split
            )
        except (ValueError, StoreError) as e:
            self.error.show_error(str(e))
            return
        self.error.clear_error()
        self.new_label.clear()
        self.desk.org_changed.emit()
        self.refresh()
        self.desk.message.emit(self.tr("Code added: {label}.").format(label=added.label))

    def _retire(self, item: QTableWidgetItem) -> None:
        base = self.code_list()
        code = self.table.item(item.row(), CODE_COL).text()
        retired = item.checkState() != Qt.CheckState.Checked
        if not self._apply(
            lambda: set_retired(self.desk.store, base.name, code, retired, self.desk.actor)
        ):
            return
        label = self.desk.label(base, code)
        message = self.tr("Code retired: {label}.") if retired else self.tr("Code in use: {label}.")
        self.desk.message.emit(message.format(label=label))

    def _apply(self, change: Callable[[], object]) -> bool:
        """Make a change to the code lists; a refusal is shown and the table shown anew."""
        try:
            change()
        except (ValueError, StoreError) as e:
            self.error.show_error(str(e))
            self.refresh()
            return False
        self.error.clear_error()
        self.desk.org_changed.emit()
        self.refresh()
        return True

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() == IN_USE_COL:
            self._retire(item)
            return
        if item.column() != LABEL_COL:
            return
        cl = self.desk.book.code_list(self.code_list())
        code = self.table.item(item.row(), CODE_COL).text()
        text = item.text().strip()
        label = None if text in ("", cl.label(code)) else text

        def change() -> None:
            check_free_text(text)
            org.set_label(self.desk.store, cl.name, code, label, self.desk.actor)

        if not self._apply(change):
            return
        self.desk.message.emit(
            self.tr("Label saved: {label}.").format(label=self.desk.label(cl, code))
        )
