"""SPEC §10: start to a usable desk on a 1 000 000-entry database, against a bare PySide6 window.

Both are timed the same way: from just before the process is started until the window
is shown and the event loop runs (the child prints a line then). The desk starts through
its real entry point (`omradesapp --db FILE`, translations and the quick check included).
Median of several alternating runs; goal: desk / bare <= 1.3.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import OUT, million_db

from omradesapp.store import org
from omradesapp.store.opening import open_store
from omradesapp.ui.desk import UNIT_SETTING, WORKER_SETTING

GOAL = 1.3
RUNS = 7
DESK_DB = OUT / "desk-million.db"

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

DESK = """
import sys
from PySide6.QtCore import QTimer
from omradesapp.ui import app as gui_app

show_desk = gui_app.DeskRun.show_desk

def shown_then_ready(self, path):
    status = show_desk(self, path)
    # Runs on the first turn of the event loop, once the window is shown.
    QTimer.singleShot(0, lambda: (print("ready", flush=True), self.app.quit()))
    return status

gui_app.DeskRun.show_desk = shown_then_ready
from omradesapp.cli import main  # the real entry point: `omradesapp --db FILE`
sys.exit(main(["--db", sys.argv[1]]))
"""

PHASES = """
import sys, time
t = [time.perf_counter()]
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv); t.append(time.perf_counter())
import omradesapp.store.database; t.append(time.perf_counter())
from omradesapp.ui import i18n
from omradesapp.ui.desk import Desk
from omradesapp.ui.main_window import MainWindow
i18n.install(app); t.append(time.perf_counter())
store = omradesapp.store.opening.open_store(sys.argv[1], check=False)
t.append(time.perf_counter())
window = MainWindow(Desk(store)); t.append(time.perf_counter())
window.show(); app.processEvents(); t.append(time.perf_counter())
names = ("PySide6 + QApplication", "store modules", "desk modules + translations",
         "open database", "build window", "show")
print("; ".join(f"{n} {(b - a) * 1000:.0f} ms" for n, a, b in zip(names, t, t[1:])))
"""


def desk_db() -> Path:
    """A private copy of the benchmark database (the desk writes to it), set up for one desk."""
    if not DESK_DB.exists():
        tmp = DESK_DB.with_suffix(".copy.db")
        shutil.copyfile(million_db(), tmp)
        store = open_store(tmp)
        unit = org.list_units(store)[0]
        worker = next(w for w in org.list_workers(store) if w.unit_id == unit.id)
        store.set_setting(UNIT_SETTING, str(unit.id))
        store.set_setting(WORKER_SETTING, str(worker.id))
        store.close()
        tmp.rename(DESK_DB)
    return DESK_DB


def environment() -> dict[str, str]:
    env = dict(os.environ)
    if "DISPLAY" not in env:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def start_time(code: str, *args: str) -> float:
    """Seconds from starting the process to its "ready" line."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=environment(), text=True
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "ready":
            seconds = time.perf_counter() - t0
            break
    else:
        raise SystemExit(f"the child never became ready (exit {proc.wait()})")
    proc.wait()
    return seconds


def main() -> None:
    db = str(desk_db())
    bare, desk = [], []
    start_time(BARE)  # warm the file cache for both
    start_time(DESK, db)
    for _ in range(RUNS):
        bare.append(start_time(BARE))
        desk.append(start_time(DESK, db))
    b, d = statistics.median(bare), statistics.median(desk)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms (min {min(bare) * 1000:.0f})")
    print(f"desk, 1 M entries:   median {d * 1000:.0f} ms (min {min(desk) * 1000:.0f})")
    print(f"ratio: {d / b:.2f}  (goal <= {GOAL}: {'met' if d / b <= GOAL else 'NOT met'})")
    phases = subprocess.run(
        [sys.executable, "-c", PHASES, db], capture_output=True, text=True, env=environment()
    )
    print(f"where the desk's time goes (one run, in-process): {phases.stdout.strip()}")


if __name__ == "__main__":
    main()
