"""Peak memory of a CSV import (SPEC §7, §10): a ~200 MB file imported by the real command
line in a child process, whose peak resident size (getrusage maxrss) is printed.
Goal: under 300 MB, whatever the file's size (the import streams it)."""

from __future__ import annotations

import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import entries_to_csv

from omradesapp.demo import generate
from omradesapp.store.opening import open_store
from omradesapp.store.org import list_units

TARGET_BYTES = 200_000_000
ROOT = Path(__file__).resolve().parent.parent


def write_csv(db: Path, out: Path) -> int:
    """About TARGET_BYTES of CSV rows, written a slice at a time; returns the number of rows."""
    store = open_store(db)
    units = list_units(store)
    store.close()
    names = {u.id: u.name for u in units}
    rows = generate(
        units, {u.id: [] for u in units}, dt.date(2010, 1, 1), dt.date(2025, 12, 31), 900
    )
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        while f.tell() < TARGET_BYTES:
            chunk = [e for _, e in zip(range(20_000), rows, strict=False)]
            if not chunk:
                break
            text = entries_to_csv(chunk, names, {})
            f.write(text if n == 0 else text.split("\n", 1)[1])
            n += len(chunk)
    return n


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "memory.db"
        csv_path = Path(tmp) / "big.csv"
        rows = write_csv(db, csv_path)
        size = csv_path.stat().st_size
        print(f"csv: {rows} rows, {size / 1e6:.0f} MB")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        t0 = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "omradesapp", "--db", str(db), "import", str(csv_path)],
            env=env,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - t0
        print(done.stdout.strip() or done.stderr.strip()[-2000:])
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        verdict = "met" if peak_mb < 300 and done.returncode == 0 else "NOT met"
        print(f"import: {seconds:.1f} s; peak memory of the import process: {peak_mb:.0f} MB "
              f"({peak_mb * 1e6 / size:.2f} x the file; goal < 300 MB: {verdict})")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
