"""SPEC §10: saving one entry at the desk, Enter to committed (goal <= 20 ms), and peak memory.

Drives the real window on the 1 000 000-entry database (offscreen): a fresh visit form,
Enter, and the views refreshed, 200 times. As in a desk in use, the entry list is first
opened and scrolled through 10 000 rows, and the start's quick check runs alongside.
Peak RSS goal: <= 250 MB.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_startup import desk_db  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from omradesapp.store.entries import EntryFilter, count_entries  # noqa: E402
from omradesapp.store.opening import open_store  # noqa: E402
from omradesapp.ui import i18n  # noqa: E402
from omradesapp.ui.desk import Desk  # noqa: E402
from omradesapp.ui.main_window import MainWindow  # noqa: E402
from omradesapp.ui.quick_check import QuickCheck  # noqa: E402

SAVES = 200
GOAL_MS = 20
GOAL_MB = 250


def main() -> None:
    app = QApplication(sys.argv)
    i18n.install(app)
    store = open_store(desk_db(), check=False)
    window = MainWindow(Desk(store))
    window.show()
    check = QuickCheck(store.path)  # as at start: the quick check runs beside the desk
    check.start()
    window.tabs.setCurrentIndex(1)  # the entry list, opened and scrolled end to end
    view = window.entries
    t0 = time.perf_counter()
    longest = 0.0
    while not view.model.indexed:  # the row ids of all entries arrive off the UI thread
        t1 = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - t1)
        time.sleep(0.001)
    rows = view.model.rowCount()
    print(f"entry list opened: all {rows} rows known after {time.perf_counter() - t0:.2f} s, "
          f"longest pause of the window meanwhile {longest * 1000:.1f} ms")  # fmt: skip
    bar = view.table.verticalScrollBar()
    steps = 500  # dragging the scroll bar from the top to the bottom
    for step in range(steps + 1):
        t1 = time.perf_counter()
        bar.setValue(bar.maximum() * step // steps)
        app.processEvents()
        longest = max(longest, time.perf_counter() - t1)
    view.table.scrollToBottom()
    app.processEvents()
    last = view.model.entry_at(rows - 1)
    print(f"entry list scrolled end to end ({steps} steps, last row {last.date}): longest pause "
          f"{longest * 1000:.1f} ms (goal: none over 100 ms)")  # fmt: skip
    t0 = time.perf_counter()
    view.text.setText("ingen sådan anteckning")  # matches nothing: the whole table is read
    view.apply()
    ui = time.perf_counter() - t0
    while view.model.loading:
        app.processEvents()
    print(f"note search over all entries: window busy {ui * 1000:.1f} ms, answer after "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms (read off the UI thread)")  # fmt: skip
    view.text.clear()
    view.apply()
    window.tabs.setCurrentIndex(0)
    before = count_entries(store, EntryFilter(worker_id=window.desk.worker_id))
    form = window.log_page.form
    times = []
    for _ in range(SAVES):
        window.log_kind("visit")
        app.processEvents()
        t0 = time.perf_counter()
        QTest.keyClick(form.numbers["adults"], Qt.Key.Key_Return)
        times.append((time.perf_counter() - t0) * 1000)
    after = count_entries(store, EntryFilter(worker_id=window.desk.worker_id))
    assert after == before + SAVES, "every save must be committed"
    median, worst = statistics.median(times), max(times)
    verdict = "met" if median <= GOAL_MS else "NOT met"
    print(f"save (Enter -> committed, views refreshed), {SAVES} saves: median {median:.1f} ms, "
          f"max {worst:.1f} ms  (goal <= {GOAL_MS} ms: {verdict})")  # fmt: skip
    check.wait()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the desk in use: {peak:.0f} MB  "
          f"(goal <= {GOAL_MB} MB: {'met' if peak <= GOAL_MB else 'NOT met'})")  # fmt: skip
    check.wait()
    window.close()
    store.close()


if __name__ == "__main__":
    main()
