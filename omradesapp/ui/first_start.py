"""First start: which unit this desk logs for and who works at it; asked once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain.identity import IdentityError, check_free_text
from omradesapp.store import org
from omradesapp.ui.desk import Desk
from omradesapp.ui.widgets import ErrorLabel, add_rows, fill_combo, ok_cancel


class FirstStartDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Welcome to Områdesappen"))
        intro = QLabel(
            self.tr(
                "Which unit do you log for, and what should your entries be marked with? "
                "Initials are enough. You can change both later under Administration."
            )
        )
        intro.setWordWrap(True)
        self.unit = QComboBox()
        # No unit chosen for the user: logging for the wrong unit would go unnoticed.
        fill_combo(self.unit, [(u.id, u.name) for u in desk.units()], self.tr("Choose a unit"))
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.worker = QLineEdit()
        self.worker.setPlaceholderText(self.tr("e.g. AB"))
        self.worker.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 24)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        add_rows(form, ((self.tr("&Unit"), self.unit), (self.tr("&Initials"), self.worker)))
        buttons = ok_cancel(self)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)
        self.unit.setFocus()

    def accept(self) -> None:
        text = self.worker.text().strip()
        unit_id = self.unit.currentData()
        if unit_id is None:
            self.error.show_error(self.tr("Choose the unit you log for."))
            self.unit.setFocus()
            return
        if not text:
            self.error.show_error(self.tr("Write your initials or a short name."))
            return
        try:
            check_free_text(text)
        except IdentityError as e:
            self.error.show_error(str(e))
            return
        existing = org.worker_by_name(self.desk.store, text)
        worker = existing or org.save_worker(
            self.desk.store, org.Worker(0, text, unit_id, True), text
        )
        self.desk.set_me(unit_id, worker.id)
        self.desk.org_changed.emit()
        super().accept()


def ensure_configured(desk: Desk, parent: QWidget | None = None) -> bool:
    """Ask for unit and worker if this desk has none yet; False if the user cancelled."""
    if desk.configured:
        return True
    return FirstStartDialog(desk, parent).exec() == QDialog.DialogCode.Accepted
