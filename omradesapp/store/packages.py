"""The SQL behind export packages: reading a period out, and merging a package's entries in.

The merge writes go through here so that the tallies stay in step with
`entries` (store/tallies.py), exactly as in entries.py.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

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

T = TypeVar("T")


@dataclass(frozen=True)
class Travelled(Generic[T]):
    """One version of a record as it travels in a package: the data, its revision and
    timestamps (entries and family engagements alike)."""

    data: T
    created_at: str
    updated_at: str
    deleted_at: str | None
    device: str
    revision: int

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


class Version(Travelled[Entry]):
    """An entry as it travels (its note is always None in a package)."""

    @property
    def entry(self) -> Entry:
        return self.data


def export_rows(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
) -> Iterator[StoredEntry]:
    """Every entry dated start..end, deleted ones (tombstones) included, oldest first."""
    sql, args = _export_where(start, end, unit_ids, worker_id)
    for row in store.conn.execute(SELECT + sql + " ORDER BY date, created_at, id", args):
        yield row_to_stored(row)


def _export_where(
    start: dt.date, end: dt.date, unit_ids: Sequence[int], worker_id: int | None
) -> tuple[str, list[object]]:
    sql = " WHERE date BETWEEN ? AND ?"
    args: list[object] = [start.isoformat(), end.isoformat()]
    if unit_ids:
        sql += f" AND unit_id IN ({', '.join('?' * len(unit_ids))})"
        args.extend(unit_ids)
    if worker_id is not None:
        sql += " AND worker_id = ?"
        args.append(worker_id)
    return sql, args


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


@dataclass(frozen=True)
class Taken:
    """The last take of an entry from one origin (a row of `package_versions`)."""

    revision: int  # the origin's revision taken; 0: taken before revisions existed
    head_revision: int  # this database's revision of the entry right after that take


def taken_versions(conn: sqlite3.Connection, origin: str, ids: Sequence[str]) -> dict[str, Taken]:
    """entry id -> the last take of it from `origin`'s packages."""
    found: dict[str, Taken] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        sql = (
            "SELECT entry_id, revision, head_revision FROM package_versions "
            f"WHERE origin = ? AND entry_id IN ({', '.join('?' * len(chunk))})"
        )
        found.update((r[0], Taken(r[1], r[2])) for r in conn.execute(sql, (origin, *chunk)))
    return found


def remember(conn: sqlite3.Connection, origin: str, takes: Iterable[tuple[str, Taken]]) -> None:
    """Record (entry id, take) as the last take from `origin`, in the caller's transaction."""
    conn.executemany(
        "INSERT INTO package_versions(entry_id, origin, revision, head_revision) "
        "VALUES (?, ?, ?, ?) ON CONFLICT(entry_id, origin) DO UPDATE SET "
        "revision = excluded.revision, head_revision = excluded.head_revision",
        [(i, origin, t.revision, t.head_revision) for i, t in takes],
    )


def count_export_rows(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
) -> int:
    """How many records `export_rows` would give (tombstones included)."""
    sql, args = _export_where(start, end, unit_ids, worker_id)
    return int(store.conn.execute("SELECT count(*) FROM entries" + sql, args).fetchone()[0])


def insert_versions(conn: sqlite3.Connection, versions: Sequence[Version]) -> None:
    """Insert entries new to this database as they were on their device (tombstones too)."""
    columns = (*ALL_COLUMNS, "revision")
    placeholders = ", ".join("?" * len(columns))
    conn.executemany(
        f"INSERT INTO entries({', '.join(columns)}) VALUES ({placeholders})",
        [
            (v.entry.id, *entry_values(v.entry), v.created_at, v.updated_at, v.deleted_at,
             v.device, v.revision)
            for v in versions
        ],
    )  # fmt: skip
    tallies.apply(conn, [v.entry for v in versions if not v.deleted], 1)


def replaced_revision(old: StoredEntry, new: Version) -> int:
    """The revision a stored entry gets when a package's version replaces it: the
    package's, but never lower than before (this database may pass the entry on)."""
    return max(new.revision, old.revision + 1)


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
        rows.append((*values.values(), new.updated_at, new.deleted_at, new.device,
                     replaced_revision(old, new), new.deleted, old.entry.id))  # fmt: skip
    conn.executemany(
        f"UPDATE entries SET {sets}, updated_at = ?, deleted_at = ?, device = ?, revision = ?, "
        "note = CASE WHEN ? THEN NULL ELSE note END WHERE id = ?",
        rows,
    )
    tallies.apply(conn, [old.entry for old, _ in pairs if old.deleted_at is None], -1)
    tallies.apply(conn, [new.entry for _, new in pairs if not new.deleted], 1)
