"""Admin: which unit this desk logs for and whose entries it makes (set at first start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omradesapp.ui.desk import Desk
from omradesapp.ui.widgets import add_rows, button_row, fill_combo, name, select_data


class DeskPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        intro = QLabel(
            self.tr(
                "New entries on this computer get this unit and this worker "
                "unless you choose others in the form."
            )
        )
        intro.setWordWrap(True)
        self.unit = QComboBox()
        self.worker = QComboBox()
        self.save_button = QPushButton(self.tr("&Save"))
        name(self.save_button, self.tr("Save"))
        form = QFormLayout()
        add_rows(form, ((self.tr("&Unit"), self.unit), (self.tr("&Worker"), self.worker)))
        buttons = button_row(self.save_button)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addStretch(1)
        self.save_button.clicked.connect(self.save)
        desk.org_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        fill_combo(self.unit, [(u.id, u.name) for u in self.desk.units()])
        fill_combo(self.worker, [(w.id, w.name) for w in self.desk.workers()])
        select_data(self.unit, self.desk.unit_id)
        select_data(self.worker, self.desk.worker_id)

    def save(self) -> None:
        self.desk.set_me(self.unit.currentData(), self.worker.currentData())
        self.desk.org_changed.emit()
        self.desk.message.emit(
            self.tr("This desk now logs for {unit} as {worker}.").format(
                unit=self.desk.unit_name(self.desk.unit_id),
                worker=self.desk.worker_name(self.desk.worker_id),
            )
        )
