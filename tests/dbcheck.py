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
