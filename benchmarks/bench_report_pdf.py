"""SPEC §10: the monthly summary PDF for all units on a 1 000 000-entry database (goal <= 1 s).

Times what the unit head waits for: the figures (the month, its comparisons and the
13-month trend) and the PDF. The first run includes loading the embedded font.
"""

from __future__ import annotations

import datetime as dt

from common import LAST_DAY, million_db, timed

from omradesapp.reports.figures import compute
from omradesapp.reports.render import render
from omradesapp.store.entries import EntryFilter, count_entries
from omradesapp.store.opening import open_store

GOAL = 1.0


def main() -> None:
    store = open_store(million_db(), write=False, check=False)
    print(f"database: {count_entries(store, EntryFilter())} entries")
    start, end = dt.date(LAST_DAY.year, LAST_DAY.month, 1), LAST_DAY

    def summary(fmt: str) -> bytes:
        return render(store, compute(store, start, end), fmt)

    month = f"{start:%Y-%m}"
    seconds, pdf = timed(f"monthly summary PDF {month}, all units (first)", lambda: summary("pdf"))
    timed(f"monthly summary PDF {month}, all units", lambda: summary("pdf"), GOAL)
    print(f"pdf: {len(pdf) / 1024:.0f} KiB")
    timed(f"monthly summary XLSX {month}, all units", lambda: summary("xlsx"))
    timed(f"monthly summary CSV {month}, all units", lambda: summary("csv"))
    year = dt.date(end.year, 1, 1)
    timed(
        f"period report PDF {year:%Y-%m}..{month}, all units",
        lambda: render(store, compute(store, year, end), "pdf"),
        GOAL,
    )
    store.close()


if __name__ == "__main__":
    main()
