"""PySide6 6.12 on Python 3.11 drops a reference to None on every Qt call that returns
None; the ui package guards against the abort that follows (see ui/__init__.py)."""

from __future__ import annotations

import subprocess
import sys

LOOP = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import omradesapp.ui  # noqa: F401  (the guard)
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
box = QComboBox()
for _ in range(200_000):
    box.currentData()
print("alive")
"""


def test_many_qt_calls_returning_none_do_not_abort_the_app() -> None:
    out = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "alive"
