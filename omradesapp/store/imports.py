"""Bookkeeping of imported files, so that the same file is not imported twice by mistake."""

from __future__ import annotations

import sqlite3


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
