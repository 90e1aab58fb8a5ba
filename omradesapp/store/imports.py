"""Bookkeeping of imported files, so that the same file is not imported twice by mistake."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def existing_ids(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Which of `ids` are stored already (deleted ones included)."""
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = f"SELECT id FROM entries WHERE id IN ({', '.join('?' * len(chunk))})"
        found.update(r[0] for r in conn.execute(sql, chunk))
    return found


def first_import_of(conn: sqlite3.Connection, sha256: str) -> str | None:
    """When a file with this content was first imported, or None."""
    row = conn.execute(
        "SELECT imported_at FROM imports WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,)
    ).fetchone()
    return None if row is None else str(row[0])


def record_import(conn: sqlite3.Connection, sha256: str, name: str, at: str, rows: int) -> None:
    conn.execute(
        "INSERT INTO imports(sha256, file_name, imported_at, rows) VALUES (?, ?, ?, ?)",
        (sha256, name, at, rows),
    )


def worker_names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM workers")}


def count_imports(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM imports").fetchone()[0])


# The ids met so far in the file being imported, with their rows, to name a repeated id.
# A temporary table (on disk, not in memory): a file of millions of rows stays cheap.
def forget_seen_ids(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS import_seen_ids (id TEXT PRIMARY KEY, row INTEGER) "
        "WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.import_seen_ids")


def seen_ids(conn: sqlite3.Connection, ids: list[str]) -> dict[str, int]:
    """Which of `ids` were met earlier in the file, and on which row."""
    found: dict[str, int] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = (
            f"SELECT id, row FROM temp.import_seen_ids WHERE id IN ({', '.join('?' * len(chunk))})"
        )
        found.update((str(r[0]), int(r[1])) for r in conn.execute(sql, chunk))
    return found


def remember_ids(conn: sqlite3.Connection, rows: Iterable[tuple[str, int]]) -> None:
    conn.executemany("INSERT OR IGNORE INTO temp.import_seen_ids(id, row) VALUES (?, ?)", rows)
