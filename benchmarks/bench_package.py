"""Export packages: export, import and re-import of a desk-year and of 100 000 entries."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import timed  # noqa: E402

from omradesapp.demo import populate  # noqa: E402
from omradesapp.exchange.importer import import_files  # noqa: E402
from omradesapp.exchange.package_export import export_package  # noqa: E402
from omradesapp.store.opening import open_store  # noqa: E402


def run(label: str, folder: Path, per_unit_month: int, months: int) -> None:
    start = dt.date(2025, 1, 1)
    end = (start + dt.timedelta(days=31 * months)).replace(day=1) - dt.timedelta(days=1)
    desk = open_store(folder / f"{label}-desk.db")
    n = populate(desk, start, end, per_unit_month)
    pkg = folder / f"{label}.omrpkg"
    timed(f"{label}: export {n} entries", lambda: export_package(desk, pkg, start, end))
    print(f"{label}: package {pkg.stat().st_size / 1_048_576:.1f} MiB")
    head = open_store(folder / f"{label}-head.db")
    timed(f"{label}: import", lambda: import_files(head, [pkg], "bench"))
    timed(f"{label}: re-import (nothing changes)", lambda: import_files(head, [pkg], "bench"))
    desk.close()
    head.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        run("month", Path(tmp), 100, 1)
        run("100k", Path(tmp), 640, 12)


if __name__ == "__main__":
    main()
