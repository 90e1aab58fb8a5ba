"""Administration: units, workers, targets, durations, labels and this desk, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from omradesapp.ui.admin_desk import DeskPage
from omradesapp.ui.admin_durations import DurationsPage
from omradesapp.ui.admin_labels import LabelsPage
from omradesapp.ui.admin_targets import TargetsPage
from omradesapp.ui.admin_units import UnitsPage
from omradesapp.ui.admin_workers import WorkersPage
from omradesapp.ui.desk import Desk


class AdminView(QTabWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = UnitsPage(desk)
        self.workers = WorkersPage(desk)
        self.targets = TargetsPage(desk)
        self.durations = DurationsPage(desk)
        self.labels = LabelsPage(desk)
        self.this_desk = DeskPage(desk)
        self.addTab(self.units, self.tr("&Units"))
        self.addTab(self.workers, self.tr("&Workers"))
        self.addTab(self.targets, self.tr("T&argets"))
        self.addTab(self.durations, self.tr("Durat&ions"))
        self.addTab(self.labels, self.tr("La&bels"))
        self.addTab(self.this_desk, self.tr("This &desk"))
