"""`--demo`: a fresh database of sample data in a temporary folder, filled off the UI thread."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from omradesapp import demo
from omradesapp.store import org
from omradesapp.store.opening import open_store
from omradesapp.ui.desk import UNIT_SETTING, WORKER_SETTING
from omradesapp.ui.ops import Op

PER_UNIT_MONTH = 100


def demo_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last two years up to today."""
    return dt.date(today.year - 2, today.month, 1), today


def build_demo(path: Path, org_file: Path | None) -> int:
    """Create and fill the demo database; this desk logs for the first family centre."""
    store = open_store(path, org_file=org_file)
    try:
        start, end = demo_period(dt.date.today())
        n = demo.populate(store, start, end, PER_UNIT_MONTH, seed=1, engagements=True)
        unit = org.list_units(store)[0]
        worker = next(w for w in org.list_workers(store) if w.unit_id == unit.id)
        store.set_setting(UNIT_SETTING, str(unit.id))
        store.set_setting(WORKER_SETTING, str(worker.id))
    finally:
        store.close()
    return n


class DemoBuilder(QObject):
    """Builds the demo database in a thread; `ready(path)` or `failed(message)` on the UI thread."""

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, org_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.org_file = org_file
        self.path = Path(tempfile.mkdtemp(prefix="omradesapp-demo-")) / "demo.db"
        self.op: Op[int] | None = None

    def start(self) -> None:
        path, org_file = self.path, self.org_file
        self.op = Op(lambda: build_demo(path, org_file))
        self.op.start(lambda _n: self.ready.emit(path), self.failed.emit)


class DemoSplash(QWidget):
    """What shows while the sample data is made (a few seconds)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Områdesappen"))
        text = QLabel(self.tr("Making sample data for the last two years…"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setAccessibleName(self.tr("Making sample data"))
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addWidget(bar)
        self.resize(420, 120)
