"""The one write path for entries, and the queries the entry lists need.

Every create, edit and delete validates the entry, refuses a closed month,
writes the row, its tallies and an audit line, all in one transaction: when a
function here returns, the entry is on disk. Nothing else writes `entries`.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from omradesapp.domain.codes import KINDS
from omradesapp.domain.entry import Entry, ValidationError, entry_of_typed, validate
from omradesapp.domain.fields import DATA_ATTRS, MULTI_ATTRS
from omradesapp.store import tallies
from omradesapp.store.audit import record
from omradesapp.store.codebook import code_book
from omradesapp.store.database import Store, StoreError, now_iso
from omradesapp.store.engagements import check_link
from omradesapp.store.months import check_open

_MULTI = MULTI_ATTRS
# Entry fields stored one-to-one in columns of the same name (domain/fields.py).
DATA_COLUMNS = DATA_ATTRS
_META = ("created_at", "updated_at", "deleted_at", "device")
ALL_COLUMNS = ("id", *DATA_COLUMNS, *_META)
# As read back: `revision` is 1 on insert (its column default) and counts every change since.
STORED_COLUMNS = (*ALL_COLUMNS, "revision")
SELECT = "SELECT " + ", ".join(STORED_COLUMNS) + " FROM entries"


class NotFoundError(StoreError):
    pass


@dataclass(frozen=True)
class StoredEntry:
    """An entry as stored, with its bookkeeping columns.

    `revision` is 1 when created and grows by one with every edit, deletion and undo
    of a deletion on this desk: the merge at the unit head goes by it, never by clocks.
    """

    entry: Entry
    created_at: str
    updated_at: str
    deleted_at: str | None
    device: str
    revision: int = 1


def _codes_json(codes: tuple[str, ...]) -> str:
    # Codes are plain identifiers (domain/codes.py), so this is the JSON array, only faster.
    return '["' + '", "'.join(codes) + '"]' if codes else "[]"


def entry_values(e: Entry) -> tuple[object, ...]:
    """The DATA_COLUMNS values of an entry, as stored (same order; spelled out, as this is
    the import's inner loop: tests/test_fields.py holds it to DATA_COLUMNS)."""
    return (
        e.kind, e.date.isoformat(), e.time, e.minutes, e.unit_id, e.worker_id, e.adults,
        e.children, e.contact_type, e.form, e.age_group, _codes_json(e.topics), e.meeting_type,
        _codes_json(e.partners), _codes_json(e.referral), e.group_type, int(e.evening),
        e.category, e.private_network, e.professional_network, int(e.answered_24h), e.engagement,
        e.note,
    )  # fmt: skip


def row_to_stored(row: Sequence[object]) -> StoredEntry:
    d = dict(zip(STORED_COLUMNS, row, strict=True))
    for name in _MULTI:
        d[name] = () if d[name] == "[]" else tuple(json.loads(str(d[name])))  # most are empty
    d["date"] = dt.date.fromisoformat(str(d["date"]))
    d["evening"] = bool(d["evening"])
    d["answered_24h"] = bool(d["answered_24h"])
    created, updated, deleted, device, revision = (d.pop(k) for k in (*_META, "revision"))
    return StoredEntry(
        entry_of_typed(d),  # the table's column types and checks stand for entry_from's
        str(created),
        str(updated),
        None if deleted is None else str(deleted),
        str(device),
        int(str(revision)),
    )


def _check_refs(conn: sqlite3.Connection, entry: Entry) -> str:
    row = conn.execute("SELECT name FROM units WHERE id = ?", (entry.unit_id,)).fetchone()
    if row is None:
        raise ValidationError("unit", f"Okänd enhet (id {entry.unit_id}).")
    if (
        entry.worker_id is not None
        and not conn.execute("SELECT 1 FROM workers WHERE id = ?", (entry.worker_id,)).fetchone()
    ):
        raise ValidationError("worker", f"Okänd medarbetare (id {entry.worker_id}).")
    check_link(conn, entry.unit_id, entry.engagement)
    return str(row[0])


_INSERT = (
    f"INSERT INTO entries({', '.join(ALL_COLUMNS)}) VALUES ({', '.join('?' * len(ALL_COLUMNS))})"
)


def insert_rows(
    conn: sqlite3.Connection,
    entries: Iterable[Entry],
    device: str,
    at: str,
    counts: tallies.Counts | None = None,
) -> int:
    """Insert validated entries in the caller's transaction (used by imports).

    An entry linked to an engagement that is not one of its unit's is refused
    (ValidationError), and the caller's transaction with it.

    Their tallies are written at once, or gathered in `counts` for the caller to write
    with `tallies.write` before its transaction ends (an import of many batches).
    """
    entries = list(entries)
    links = {(e.unit_id, e.engagement) for e in entries if e.engagement is not None}
    for unit_id, code in links:
        check_link(conn, unit_id, code)
    conn.executemany(_INSERT, [(e.id, *entry_values(e), at, at, None, device) for e in entries])
    if counts is None:
        tallies.apply(conn, entries, 1)
    else:
        tallies.gather(counts, entries, 1)
    return len(entries)


def add_entry(store: Store, entry: Entry, actor: str) -> Entry:
    """Validate and save a new entry; returns it as stored (normalised)."""
    entry = validate(entry, code_book(store))
    with store.transaction() as c:
        unit_name = _check_refs(c, entry)
        check_open(c, entry.date.isoformat(), entry.unit_id, unit_name)
        if c.execute("SELECT 1 FROM entries WHERE id = ?", (entry.id,)).fetchone():
            raise ValidationError("id", f"Det finns redan en post med id {entry.id}.")
        insert_rows(c, [entry], store.device, now_iso())
        record(c, actor, "create", entry.id, {"kind": entry.kind, "date": entry.date.isoformat()})
    return entry


def get_entry(store: Store, entry_id: str, include_deleted: bool = False) -> StoredEntry:
    row = store.conn.execute(SELECT + " WHERE id = ?", (entry_id,)).fetchone()
    if row is None or (row[STORED_COLUMNS.index("deleted_at")] and not include_deleted):
        raise NotFoundError(f"Posten {entry_id} finns inte.")
    return row_to_stored(row)


def update_entry(store: Store, entry: Entry, actor: str) -> Entry:
    """Validate and save changes to an existing entry (both old and new month must be open)."""
    entry = validate(entry, code_book(store))
    with store.transaction() as c:
        old = _current(c, entry.id)
        check_open(c, old.entry.date.isoformat(), old.entry.unit_id)
        _rewrite(c, store, entry)
        tallies.apply(c, [old.entry], -1)
        tallies.apply(c, [entry], 1)
        changed: dict[str, object] = {
            name: [_plain(getattr(old.entry, name)), _plain(getattr(entry, name))]
            for name in DATA_COLUMNS
            if name not in _UNLOGGED and getattr(old.entry, name) != getattr(entry, name)
        }
        if old.entry.engagement != entry.engagement:
            changed["engagement"] = "ändrad"
        record(c, actor, "edit", entry.id, changed)
    return entry


def delete_entry(store: Store, entry_id: str, actor: str) -> Entry:
    """Delete an entry (kept as a tombstone so that exports carry the deletion)."""
    with store.transaction() as c:
        old = _current(c, entry_id)
        check_open(c, old.entry.date.isoformat(), old.entry.unit_id)
        at = now_iso()
        c.execute(
            "UPDATE entries SET deleted_at = ?, updated_at = ?, device = ?, note = NULL, "
            "revision = revision + 1 WHERE id = ?",
            (at, at, store.device, entry_id),
        )
        tallies.apply(c, [old.entry], -1)
        record(c, actor, "delete", entry_id, {"kind": old.entry.kind})
    return old.entry


def undelete_entry(store: Store, entry: Entry, actor: str) -> Entry:
    """Undo a delete: the entry comes back as it was (its note included, if given)."""
    entry = validate(entry, code_book(store))
    with store.transaction() as c:
        row = c.execute(SELECT + " WHERE id = ?", (entry.id,)).fetchone()
        if row is None or row[STORED_COLUMNS.index("deleted_at")] is None:
            raise NotFoundError(f"Posten {entry.id} är inte borttagen.")
        _rewrite(c, store, entry)  # and no longer deleted
        tallies.apply(c, [entry], 1)
        record(c, actor, "undelete", entry.id, {"kind": entry.kind})
    return entry


# Not written to the audit log: notes are free text, and an engagement code kept in the
# log would outlive its replacement by retention (retention.py).
_UNLOGGED = frozenset(("note", "engagement"))


def _plain(value: object) -> object:
    """A field's value as the audit log keeps it (JSON: codes as lists, dates as text)."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _current(conn: sqlite3.Connection, entry_id: str) -> StoredEntry:
    row = conn.execute(SELECT + " WHERE id = ? AND deleted_at IS NULL", (entry_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Posten {entry_id} finns inte.")
    return row_to_stored(row)


def last_of_kind(store: Store, kind: str, worker_id: int | None = None) -> Entry | None:
    """The most recently saved entry of a kind ("as last time")."""
    sql = SELECT + " WHERE kind = ? AND deleted_at IS NULL"
    args: list[Any] = [kind]
    if worker_id is not None:
        sql += " AND worker_id = ?"
        args.append(worker_id)
    row = store.conn.execute(sql + " ORDER BY created_at DESC LIMIT 1", args).fetchone()
    return None if row is None else row_to_stored(row).entry


@dataclass(frozen=True)
class EntryFilter:
    """What the entry list shows. Every part is optional."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    unit_ids: tuple[int, ...] = ()
    worker_id: int | None = None
    kind: str | None = None
    # Entries with any of these (field, code) pairs, e.g. (("partners", "bvc"),).
    codes: tuple[tuple[str, str], ...] = ()
    text: str | None = None


def _where(f: EntryFilter) -> tuple[str, list[Any]]:
    parts = ["deleted_at IS NULL"]
    args: list[Any] = []
    if f.date_from:
        parts.append("date >= ?")
        args.append(f.date_from.isoformat())
    if f.date_to:
        parts.append("date <= ?")
        args.append(f.date_to.isoformat())
    if f.unit_ids:
        parts.append(f"unit_id IN ({', '.join('?' * len(f.unit_ids))})")
        args.extend(f.unit_ids)
    if f.worker_id is not None:
        parts.append("worker_id = ?")
        args.append(f.worker_id)
    if f.kind:
        parts.append("kind = ?")
        args.append(f.kind)
    if f.codes:
        any_of = []
        for field, code in f.codes:
            if field not in DATA_COLUMNS:
                raise ValueError(f"Okänt fält: {field}")
            if field in _MULTI:
                any_of.append(f"EXISTS (SELECT 1 FROM json_each(entries.{field}) WHERE value = ?)")
            else:
                any_of.append(f"{field} = ?")
            args.append(code)
        parts.append(f"({' OR '.join(any_of)})")
    if f.text:
        # `note IS NOT NULL` lets SQLite walk the small index of entries with a note.
        parts.append("note IS NOT NULL AND note LIKE ? ESCAPE '\\'")
        escaped = f.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        args.append(f"%{escaped}%")
    return " AND ".join(parts), args


_ORDER = "ORDER BY date DESC, coalesce(time, '') DESC, rowid DESC"
# The list's order: newest first. `after` keys are (date, time, rowid) of the last row shown.
ListKey = tuple[str, str, int]


@dataclass(frozen=True)
class EntryOrder:
    """A column the list is sorted by; ties are broken newest first."""

    column: str = "date"  # date, kind, unit, worker or minutes
    descending: bool = True


NEWEST_FIRST = EntryOrder()
_KIND_RANK = "CASE kind " + " ".join(
    f"WHEN '{kind}' THEN {rank}" for rank, kind in enumerate(KINDS.codes)
)
_SORT_KEYS = {
    "kind": _KIND_RANK + " END",  # the kinds' own order, as in the forms
    "unit": "(SELECT name FROM units WHERE units.id = entries.unit_id) COLLATE NOCASE",
    "worker": "(SELECT name FROM workers WHERE workers.id = entries.worker_id) COLLATE NOCASE",
    "minutes": "coalesce(minutes, -1)",
}


def _order_by(order: EntryOrder) -> str:
    if order == NEWEST_FIRST:
        return _ORDER
    way = "DESC" if order.descending else "ASC"
    if order.column == "date":
        return f"ORDER BY date {way}, coalesce(time, '') {way}, rowid {way}"
    if order.column not in _SORT_KEYS:
        raise ValueError(f"Okänd sorteringskolumn: {order.column}")
    return f"ORDER BY {_SORT_KEYS[order.column]} {way}, " + _ORDER.removeprefix("ORDER BY ")


def list_entries(
    store: Store,
    f: EntryFilter,
    limit: int = 200,
    after: ListKey | None = None,
    order: EntryOrder = NEWEST_FIRST,
) -> list[tuple[ListKey, StoredEntry]]:
    """One page of entries, newest first, for lazily fetching lists (keyset paging).

    In another order only the first page is read here; `list_row_ids` gives the rest.
    """
    if after is not None and order != NEWEST_FIRST:
        raise ValueError("Bara listan med de senaste först läses sida för sida.")
    where, args = _where(f)
    if after is not None:
        # `date <= ?` lets SQLite seek the date index; the row value breaks ties.
        where += " AND date <= ? AND (date, coalesce(time, ''), rowid) < (?, ?, ?)"
        args.extend((after[0], *after))
    rows = store.conn.execute(
        f"SELECT date, coalesce(time, ''), rowid, {', '.join(STORED_COLUMNS)} FROM entries "
        f"WHERE {where} {_order_by(order)} LIMIT ?",
        (*args, limit),
    ).fetchall()
    return [((r[0], r[1], r[2]), row_to_stored(r[3:])) for r in rows]


def list_row_ids(store: Store, f: EntryFilter, order: EntryOrder = NEWEST_FIRST) -> array[int]:
    """The row ids of every entry the filter shows, in list order (8 bytes a row).

    With these a list can show any row of a million without reading the ones before it.
    """
    where, args = _where(f)
    ids = array("q")
    cur = store.conn.execute(f"SELECT rowid FROM entries WHERE {where} {_order_by(order)}", args)
    while rows := cur.fetchmany(10_000):
        ids.extend(r[0] for r in rows)
    return ids


def entries_at(store: Store, row_ids: Sequence[int]) -> list[StoredEntry | None]:
    """The entries with these row ids, in the same order (None for a row id not found)."""
    found: dict[int, StoredEntry] = {}
    for i in range(0, len(row_ids), 500):
        chunk = list(row_ids[i : i + 500])
        sql = f"SELECT rowid, {', '.join(STORED_COLUMNS)} FROM entries WHERE rowid IN "
        sql += f"({', '.join('?' * len(chunk))})"
        found.update((r[0], row_to_stored(r[1:])) for r in store.conn.execute(sql, chunk))
    return [found.get(i) for i in row_ids]


def count_entries(store: Store, f: EntryFilter) -> int:
    where, args = _where(f)
    return int(
        store.conn.execute(f"SELECT count(*) FROM entries WHERE {where}", args).fetchone()[0]
    )


def _rewrite(c: sqlite3.Connection, store: Store, entry: Entry) -> None:
    """Write a live entry's values over its row (not deleted from then on), in an open month,
    one revision up."""
    unit_name = _check_refs(c, entry)
    check_open(c, entry.date.isoformat(), entry.unit_id, unit_name)
    sets = ", ".join(f"{name} = ?" for name in DATA_COLUMNS)
    c.execute(
        f"UPDATE entries SET {sets}, deleted_at = NULL, updated_at = ?, device = ?, "
        "revision = revision + 1 WHERE id = ?",
        (*entry_values(entry), now_iso(), store.device, entry.id),
    )
