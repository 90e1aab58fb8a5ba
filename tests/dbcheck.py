"""What "the data is unchanged" means in tests: a digest of every table's rows."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def fingerprint(db: Path) -> str:
    conn = sqlite3.connect(db)
    h = hashlib.sha256()
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in sorted(tables):
        h.update(table.encode())
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
            h.update(repr(row).encode())
    conn.close()
    return h.hexdigest()


TALLY_TABLES = ("tallies", "tallies_by_year", "tallies_all_units")


def tally_tables(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """The tallies and their sums, rows that count something, in key order."""
    return {
        t: conn.execute(f"SELECT * FROM {t} WHERE n != 0 ORDER BY 1, 2, 3, 4").fetchall()
        for t in TALLY_TABLES
    }
