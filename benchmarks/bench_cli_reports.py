"""SPEC §10 through the command line: the month PDF and the ten-year JSON report of all
units, run as the unit head runs them (a new process each time), on databases of about
10 000, 100 000 and 1 000 000 entries. The time should not grow with the database: the
reports read the tallies, and no command checks the whole file first.

Prints the median of five interleaved runs of each; goal <= 1 s for both at 1 M entries.
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
RUNS = 5


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
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "omradesapp", *args], check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    month = f"{LAST_DAY:%Y-%m}"
    sizes = (10_000, 100_000, 1_000_000)
    dbs = {size: sized_db(size) for size in sizes}
    times: dict[tuple[int, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        commands = {
            "pdf": ["report", "--month", month, "--format", "pdf", "--out", str(out / "m.pdf")],
            "json": ["report", "--from", f"{FIRST_DAY}", "--to", f"{LAST_DAY}",
                     "--format", "json", "--out", str(out / "y.json")],
        }  # fmt: skip
        # Interleaved, so that a machine that slows down for a while slows every size alike.
        for _ in range(RUNS):
            for size in sizes:
                for name, args in commands.items():
                    seconds = cli_seconds(["--db", str(dbs[size]), *args])
                    times.setdefault((size, name), []).append(seconds)
    print(f"{'entries':>10}  {'month PDF':>10}  {'10-year JSON':>12}")
    for size in sizes:
        pdf, json = (statistics.median(times[(size, name)]) for name in ("pdf", "json"))
        print(f"{size:>10}  {pdf:>9.2f}s  {json:>11.2f}s")
    print(f"goal at 1 000 000 entries: <= {GOAL:g} s each (median of {RUNS} interleaved runs)")


if __name__ == "__main__":
    main()
