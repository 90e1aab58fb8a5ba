"""Shared by the benchmarks: a cached database of about 1 000 000 entries."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from omradesapp.demo import populate
from omradesapp.store.lock import WriterLock
from omradesapp.store.opening import open_store

# The tests' CSV writer (derived from the entry field table) makes the benchmarks' files too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from csv_rows import entries_to_csv  # noqa: E402

__all__ = ["entries_to_csv"]

OUT = Path(__file__).resolve().parent / "out"
MILLION = OUT / "million-v7ids.db"
# 11 default units (the team logs three times a desk's volume): 13 desk-equivalents
# x 120 months x 644 entries = ~1 000 000.
FIRST_DAY = dt.date(2016, 11, 1)
LAST_DAY = dt.date(2026, 10, 31)
PER_UNIT_MONTH = 644


def million_db() -> Path:
    """The 1 000 000-entry benchmark database, built once (a few minutes) and reused."""
    OUT.mkdir(parents=True, exist_ok=True)
    build_lock = WriterLock(OUT / "million.build.lock")
    while not build_lock.try_acquire():  # another benchmark is building it: wait
        time.sleep(1)
    try:
        if not MILLION.exists():
            tmp = MILLION.with_suffix(".building.db")
            for p in OUT.glob(tmp.name + "*"):
                p.unlink()
            t0 = time.perf_counter()
            store = open_store(tmp)
            n = populate(store, FIRST_DAY, LAST_DAY, PER_UNIT_MONTH, seed=2026)
            store.close()
            tmp.rename(MILLION)
            tmp.with_name(tmp.name + ".lock").unlink(missing_ok=True)
            print(f"built {MILLION.name}: {n} entries in {time.perf_counter() - t0:.0f} s")
    finally:
        build_lock.release()
    return MILLION


def timed(label: str, fn, goal: float | None = None):  # type: ignore[no-untyped-def]
    """Run fn once, print its wall time (and the goal), return (seconds, result)."""
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    verdict = (
        "" if goal is None else f"  (goal <= {goal:g} s: {'met' if seconds <= goal else 'NOT met'})"
    )
    print(f"{label}: {seconds:.3f} s{verdict}")
    return seconds, result
