"""SPEC §10 on a 1 000 000-entry database: import 100 000 CSV rows, re-import them, and the
JSON report for ten years of all units. Prints each figure against its goal."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
import tempfile
from pathlib import Path

from common import entries_to_csv, million_db, timed

from omradesapp.demo import generate
from omradesapp.exchange.csv_import import import_csv
from omradesapp.reports.figures import compute
from omradesapp.store.entries import EntryFilter, count_entries
from omradesapp.store.opening import open_store
from omradesapp.store.org import list_units

ROWS = 100_000


def main() -> None:
    source = million_db()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        shutil.copy(source, db)
        store = open_store(db, check=False)
        units = list_units(store)
        print(f"database: {count_entries(store, EntryFilter())} entries")
        rows = generate(
            units, {u.id: [] for u in units}, dt.date(2027, 1, 1), dt.date(2027, 12, 31), 700, 99
        )
        entries = [e for _, e in zip(range(ROWS), rows, strict=False)]
        csv_path = Path(tmp) / "rows.csv"
        csv_path.write_text(entries_to_csv(entries, {u.id: u.name for u in units}, {}), "utf-8")
        print(f"csv: {len(entries)} rows, {csv_path.stat().st_size / 1e6:.1f} MB")

        _, first = timed("import 100 000 rows", lambda: import_csv(store, csv_path, "bench"), 10)
        _, again = timed(
            "re-import the same rows", lambda: import_csv(store, csv_path, "bench"), 10
        )
        assert first.added == len(entries) and again.added == 0, (first, again)

        start, end = dt.date(2016, 11, 1), dt.date(2026, 10, 31)
        report = None
        for run in range(3):
            _, report = timed(
                f"JSON report, ten years, all units (run {run + 1})",
                lambda: json.dumps(compute(store, start, end, by_month=False).to_json()),
                1,
            )
        assert report is not None
        total = json.loads(report)["total"]
        print(f"  ten years: {total['contacts']} contacts, {total['meetings']} meetings")
        timed(
            "JSON report, ten years, one worker (counted from entries)",
            lambda: compute(store, start, end, (), 1, by_month=False).to_json(),
        )
        store.close()


if __name__ == "__main__":
    sys.exit(main())
