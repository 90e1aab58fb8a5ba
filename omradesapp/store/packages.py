"""The SQL behind export packages: reading a period out, and merging a package's entries in.

The merge writes go through here so that the tallies stay in step with
`entries` (store/tallies.py), exactly as in entries.py.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from omradesapp.domain.entry import Entry
from omradesapp.store import tallies
from omradesapp.store.database import Store
from omradesapp.store.entries import (
    ALL_COLUMNS,
    DATA_COLUMNS,
    SELECT,
    StoredEntry,
    entry_values,
    row_to_stored,
)


@dataclass(frozen=True)
class Version:
    """One version of an entry as it travels: the data and its bookkeeping stamp."""

    entry: Entry  # note is always None in a package
    created_at: str
    updated_at: str
    deleted_at: str | None
    device: str

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


def export_rows(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
) -> Iterator[StoredEntry]:
    """Every entry dated start..end, deleted ones (tombstones) included, oldest first."""
    sql = SELECT + " WHERE date BETWEEN ? AND ?"
    args: list = [start.isoformat(), end.isoformat()]
    if unit_ids:
        sql += f" AND unit_id IN ({', '.join('?' * len(unit_ids))})"
        args.extend(unit_ids)
    if worker_id is not None:
        sql += " AND worker_id = ?"
        args.append(worker_id)
    for row in store.conn.execute(sql + " ORDER BY date, created_at, id", args):
        yield row_to_stored(row)


def unit_names(store: Store) -> dict[int, str]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT id, name FROM units")}


def worker_names_by_id(store: Store) -> dict[int, str]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT id, name FROM workers")}


def stored_versions(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, StoredEntry]:
    """The stored rows (deleted ones included) of those of `ids` that exist."""
    found: dict[str, StoredEntry] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        sql = SELECT + f" WHERE id IN ({', '.join('?' * len(chunk))})"
        for row in conn.execute(sql, chunk):
            s = row_to_stored(row)
            found[s.entry.id] = s
    return found


def taken_versions(conn: sqlite3.Connection, origin: str, ids: Sequence[str]) -> dict[str, str]:
    """entry id -> updated_at of the newest version taken from `origin`'s packages."""
    found: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        sql = (
            "SELECT entry_id, updated_at FROM package_versions "
            f"WHERE origin = ? AND entry_id IN ({', '.join('?' * len(chunk))})"
        )
        found.update((r[0], r[1]) for r in conn.execute(sql, (origin, *chunk)))
    return found


def origins_holding(conn: sqlite3.Connection, entry_id: str, updated_at: str) -> bool:
    """Whether the stored row's version is one that was taken from some package as it was."""
    row = conn.execute(
        "SELECT 1 FROM package_versions WHERE entry_id = ? AND updated_at = ?",
        (entry_id, updated_at),
    ).fetchone()
    return row is not None


def remember(conn: sqlite3.Connection, origin: str, versions: Iterable[tuple[str, str]]) -> None:
    """Record (entry id, updated_at) as seen from `origin`, in the caller's transaction."""
    conn.executemany(
        "INSERT INTO package_versions(entry_id, origin, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(entry_id, origin) DO UPDATE SET updated_at = excluded.updated_at",
        [(i, origin, u) for i, u in versions],
    )


def insert_versions(conn: sqlite3.Connection, versions: Sequence[Version]) -> None:
    """Insert entries new to this database as they were on their device (tombstones too)."""
    placeholders = ", ".join("?" * len(ALL_COLUMNS))
    conn.executemany(
        f"INSERT INTO entries({', '.join(ALL_COLUMNS)}) VALUES ({placeholders})",
        [
            (v.entry.id, *entry_values(v.entry), v.created_at, v.updated_at, v.deleted_at,
             v.device)
            for v in versions
        ],
    )  # fmt: skip
    tallies.apply(conn, [v.entry for v in versions if not v.deleted], 1)


def replace_versions(
    conn: sqlite3.Connection, pairs: Sequence[tuple[StoredEntry, Version]]
) -> None:
    """Overwrite stored entries with newer versions from a package, tallies in step.

    The local note stays (notes never travel) unless the entry is now deleted.
    """
    sets = ", ".join(f"{name} = ?" for name in DATA_COLUMNS if name != "note")
    rows = []
    for old, new in pairs:
        values = dict(zip(DATA_COLUMNS, entry_values(new.entry), strict=True))
        values.pop("note")
        rows.append((*values.values(), new.updated_at, new.deleted_at, new.device, new.deleted,
                     old.entry.id))  # fmt: skip
    conn.executemany(
        f"UPDATE entries SET {sets}, updated_at = ?, deleted_at = ?, device = ?, "
        "note = CASE WHEN ? THEN NULL ELSE note END WHERE id = ?",
        rows,
    )
    tallies.apply(conn, [old.entry for old, _ in pairs if old.deleted_at is None], -1)
    tallies.apply(conn, [new.entry for _, new in pairs if not new.deleted], 1)
