"""SPEC §10: the entry list opened and scrolled end to end on 1 000 000 entries, and peak memory.

Drives the real window (offscreen): the list is opened, its row ids arrive off the UI
thread, then the scroll bar is dragged from the top to the bottom in 500 steps, three
runs in a row. Prints the longest pause of each run (goal: none over 100 ms) and the
peak RSS of the process (goal: <= 200 MB).
"""

from __future__ import annotations

import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_startup import desk_db  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from omradesapp.store.opening import open_store  # noqa: E402
from omradesapp.ui import i18n  # noqa: E402
from omradesapp.ui.desk import Desk  # noqa: E402
from omradesapp.ui.main_window import MainWindow  # noqa: E402

RUNS = 3
STEPS = 500
GOAL_MS = 100
GOAL_MB = 200


def scroll_end_to_end(app: QApplication, window: MainWindow) -> tuple[float, float]:
    """Seconds of the longest step while dragging the scroll bar from top to bottom, and
    the processor time of that step (less when other programs share the processor)."""
    bar = window.entries.table.verticalScrollBar()
    longest = (0.0, 0.0)
    for step in range(STEPS + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        bar.setValue(bar.maximum() * step // STEPS)
        app.processEvents()
        longest = max(longest, (time.perf_counter() - t0, time.process_time() - c0))
    return longest


def main() -> None:
    app = QApplication(sys.argv)
    i18n.install(app)
    store = open_store(desk_db(), check=False)
    window = MainWindow(Desk(store))
    window.resize(1200, 800)
    window.show()
    window.tabs.setCurrentIndex(1)  # the entry list
    view = window.entries
    t0 = time.perf_counter()
    longest = 0.0
    while not view.model.indexed:  # the row ids of all entries arrive off the UI thread
        t1 = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - t1)
        time.sleep(0.001)
    known = time.perf_counter() - t0
    print(f"entry list opened: all {view.model.rowCount()} rows known after {known:.2f} s, "
          f"longest pause meanwhile {longest * 1000:.1f} ms")  # fmt: skip
    worst = 0.0
    for run in range(1, RUNS + 1):
        bar = window.entries.table.verticalScrollBar()
        bar.setValue(0)
        app.processEvents()
        pause, cpu = scroll_end_to_end(app, window)
        worst = max(worst, pause)
        print(f"run {run}: scrolled end to end in {STEPS} steps, longest pause "
              f"{pause * 1000:.1f} ms (processor time of that step "
              f"{cpu * 1000:.1f} ms)")  # fmt: skip
    verdict = "met" if worst * 1000 <= GOAL_MS else "NOT met"
    print(
        f"longest pause over {RUNS} runs: {worst * 1000:.1f} ms  (goal <= {GOAL_MS} ms: {verdict})"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "met" if peak <= GOAL_MB else "NOT met"
    print(f"peak RSS: {peak:.0f} MB  (goal <= {GOAL_MB} MB: {verdict})")
    window.close()
    store.close()


if __name__ == "__main__":
    main()
