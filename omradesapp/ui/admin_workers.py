"""Admin: workers (name or initials, home unit, active)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from omradesapp.domain.identity import check_free_text
from omradesapp.store import org
from omradesapp.store.database import StoreError
from omradesapp.ui.admin_table import AdminTable, editor_page
from omradesapp.ui.desk import Desk
from omradesapp.ui.widgets import ErrorLabel, add_rows, button_row, fill_combo, name, select_data


class WorkersPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.table = AdminTable([self.tr("Name"), self.tr("Home unit"), self.tr("Active")])
        name(self.table, self.tr("Workers"))
        self.name = QLineEdit()
        self.unit = QComboBox()
        self.active = QCheckBox(self.tr("A&ctive"))
        self.active.setChecked(True)
        name(self.active, self.tr("Active"))
        self.error = ErrorLabel()
        self.new_button = QPushButton(self.tr("&New worker"))
        self.save_button = QPushButton(self.tr("&Save worker"))
        form = QFormLayout()
        add_rows(form, ((self.tr("&Name"), self.name), (self.tr("&Home unit"), self.unit)))
        form.addRow("", self.active)
        buttons = button_row(self.new_button, self.save_button)
        editor_page(self, self.table, form, self.error, buttons)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self.save)
        desk.org_changed.connect(self.refresh)
        self._id = 0
        self.refresh()

    def refresh(self) -> None:
        fill_combo(self.unit, [(u.id, u.name) for u in self.desk.units()], "–")
        yes, no = self.tr("yes"), self.tr("no")
        self.table.set_rows(
            [
                (w, [w.name, self.desk.unit_name(w.unit_id), yes if w.active else no])
                for w in self.desk.workers(active_only=False)
            ]
        )

    def _show_current(self) -> None:
        w = self.table.current_object()
        if not isinstance(w, org.Worker):
            return
        self._id = w.id
        self.name.setText(w.name)
        select_data(self.unit, w.unit_id)
        self.active.setChecked(w.active)

    def _new(self) -> None:
        self.table.clearSelection()
        self._id = 0
        self.name.clear()
        select_data(self.unit, self.desk.unit_id)
        self.active.setChecked(True)
        self.name.setFocus()

    def save(self) -> None:
        try:
            check_free_text(self.name.text())
            worker = org.Worker(
                self._id, self.name.text(), self.unit.currentData(), self.active.isChecked()
            )
            saved = org.save_worker(self.desk.store, worker, self.desk.actor)
        except (ValueError, StoreError) as e:
            self.error.show_error(str(e))
            return
        self.error.clear_error()
        self._id = saved.id
        self.desk.org_changed.emit()
        self.desk.message.emit(self.tr("Worker saved: {name}.").format(name=saved.name))
