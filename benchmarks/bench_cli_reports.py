"""SPEC §10 through the command line: the month PDF and the ten-year JSON report of all
units, run as the unit head runs them (a new process each time), on databases of about
10 000, 100 000 and 1 000 000 entries. The time should not grow with the database: the
reports read the tallies, and no command checks the whole file first.

Prints the median of three runs of each; goal <= 1 s for both at 1 M entries.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import FIRST_DAY, LAST_DAY, OUT, PER_UNIT_MONTH, million_db

from omradesapp.demo import populate
from omradesapp.store.opening import open_store

GOAL = 1.0
RUNS = 3


def sized_db(entries: int) -> Path:
    """A database of about `entries` over the same ten years (built once, kept in OUT)."""
    path = million_db() if entries >= 1_000_000 else OUT / f"cli-{entries}.db"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        per_unit_month = max(1, round(PER_UNIT_MONTH * entries / 1_000_000))
        store = open_store(path)
        populate(store, FIRST_DAY, LAST_DAY, per_unit_month, seed=2026)
        store.close()
    open_store(path).close()  # migrated to this version's schema, as the app would on opening
    return path


def cli_seconds(args: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "omradesapp", *args], check=True,
                       capture_output=True)  # fmt: skip
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    month = f"{LAST_DAY:%Y-%m}"
    print(f"{'entries':>10}  {'month PDF':>10}  {'10-year JSON':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for size in (10_000, 100_000, 1_000_000):
            db = sized_db(size)
            base = ["--db", str(db), "report"]
            pdf = cli_seconds([*base, "--month", month, "--format", "pdf",
                               "--out", str(out / "m.pdf")])  # fmt: skip
            json = cli_seconds([*base, "--from", f"{FIRST_DAY}", "--to", f"{LAST_DAY}",
                                "--format", "json", "--out", str(out / "y.json")])  # fmt: skip
            print(f"{size:>10}  {pdf:>9.2f}s  {json:>11.2f}s")
    print(f"goal at 1 000 000 entries: <= {GOAL:g} s each (median of {RUNS} runs)")


if __name__ == "__main__":
    main()
