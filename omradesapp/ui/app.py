"""Start of the desktop app (a placeholder window until the desk exists)."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(db: Path | None, demo: bool, org: Path | None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    label = QLabel("Områdesappen")
    label.show()
    return app.exec()
