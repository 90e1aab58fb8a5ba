"""The one write path for family engagements (SPEC §12), and the queries on them.

Every change validates the engagement, writes the row with its revision one higher and an
audit line, in one transaction. The code is made here when an engagement is opened, never
typed. Audit lines name the engagement by its id, never by its code: retention replaces a
code, and an old code kept in the log would undo that.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace

from omradesapp.domain.engagement import Engagement, validate_engagement
from omradesapp.domain.engagement_code import MAX_NUMBER, make_code
from omradesapp.domain.entry import ValidationError
from omradesapp.store.audit import record
from omradesapp.store.database import Store, StoreError, now_iso

# Engagement attributes, stored in columns of the same name ("end" is quoted in SQL).
COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Engagement))
_DATES = frozenset(("requested", "start", "end", "sip_date"))
_FLAGS = frozenset(("consent", "sip_at_start"))
_META = ("created_at", "updated_at", "deleted_at", "device", "revision")
STORED_COLUMNS = (*COLUMNS, *_META)
_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in STORED_COLUMNS) + " FROM engagements"
_INSERT = (
    f"INSERT INTO engagements({', '.join(f'{chr(34)}{c}{chr(34)}' for c in COLUMNS)}, "
    f"created_at, updated_at, device) VALUES ({', '.join('?' * (len(COLUMNS) + 3))})"
)


class EngagementNotFoundError(StoreError):
    pass


@dataclass(frozen=True)
class StoredEngagement:
    """An engagement as stored, with the bookkeeping columns packages merge by."""

    engagement: Engagement
    created_at: str
    updated_at: str
    deleted_at: str | None
    device: str
    revision: int


def values_of(e: Engagement) -> tuple[object, ...]:
    """The COLUMNS values of an engagement, as stored."""
    out: list[object] = []
    for name in COLUMNS:
        value = getattr(e, name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        out.append(value)
    return tuple(out)


def row_to_stored(row: Sequence[object]) -> StoredEngagement:
    d = dict(zip(STORED_COLUMNS, row, strict=True))
    for name in _DATES:
        d[name] = None if d[name] is None else dt.date.fromisoformat(str(d[name]))
    for name in _FLAGS:
        d[name] = bool(d[name])
    created, updated, deleted, device, revision = (d.pop(k) for k in _META)
    return StoredEngagement(
        Engagement(**d),  # type: ignore[arg-type]  # typed by the table's columns
        str(created),
        str(updated),
        None if deleted is None else str(deleted),
        str(device),
        int(str(revision)),
    )


def _check_unit(conn: sqlite3.Connection, unit_id: int) -> None:
    row = conn.execute("SELECT kind FROM units WHERE id = ?", (unit_id,)).fetchone()
    if row is None:
        raise ValidationError("unit", f"Okänd enhet (id {unit_id}).")
    if row[0] != "team":
        raise ValidationError("unit", "Familjeinsatser förs bara i team (enhet av typen team).")


def next_code(conn: sqlite3.Connection, unit_id: int, assignment: str, year: int) -> str:
    """The next running number of the unit and year, in the caller's transaction.

    The number runs per unit and year over both assignments; codes made opaque by retention
    are no running numbers, and a number any row already has (a deleted one too) is skipped.
    """
    used = {
        int(str(code)[8:]): bool(replaced)
        for code, replaced in conn.execute(
            "SELECT code, code_replaced FROM engagements "
            "WHERE unit_id = ? AND substr(code, 4, 4) = ?",
            (unit_id, f"{year:04d}"),
        )
    }
    number = max((n for n, replaced in used.items() if not replaced), default=0) + 1
    while number in used:
        number += 1
    if number > MAX_NUMBER:
        raise StoreError(f"Löpnumren för {year} är slut i enheten ({MAX_NUMBER}).")
    return make_code(assignment, year, number)


def add_engagements(
    conn: sqlite3.Connection, drafts: Sequence[Engagement], device: str, at: str
) -> list[Engagement]:
    """Open engagements in the caller's transaction, codes made in the order given (sample
    data, and open_engagement for one). Returns them as stored; not audited here."""
    opened = []
    for draft in drafts:
        if draft.code:
            raise ValidationError(
                "code", "Koden görs av appen när insatsen öppnas; den skrivs inte."
            )
        e = validate_engagement(draft, code_required=False)
        _check_unit(conn, e.unit_id)
        if conn.execute("SELECT 1 FROM engagements WHERE id = ?", (e.id,)).fetchone():
            raise ValidationError("id", f"Det finns redan en familjeinsats med id {e.id}.")
        e = replace(e, code=next_code(conn, e.unit_id, e.assignment, e.start.year))
        conn.execute(_INSERT, (*values_of(e), at, at, device))
        opened.append(e)
    return opened


def open_engagement(store: Store, draft: Engagement, actor: str) -> Engagement:
    """Open a new engagement; the store makes its code. Returns it as stored."""
    with store.transaction() as c:
        [e] = add_engagements(c, [draft], store.device, now_iso())
        record(c, actor, "engagement_open", None, {"engagement": e.id})
    return e


def _current(conn: sqlite3.Connection, engagement_id: str) -> StoredEngagement:
    row = conn.execute(
        _SELECT + " WHERE id = ? AND deleted_at IS NULL", (engagement_id,)
    ).fetchone()
    if row is None:
        raise EngagementNotFoundError(f"Familjeinsatsen {engagement_id} finns inte.")
    return row_to_stored(row)


def _write(conn: sqlite3.Connection, store: Store, e: Engagement) -> None:
    values = dict(zip(COLUMNS, values_of(e), strict=True))
    del values["id"]
    sets = ", ".join(f'"{name}" = ?' for name in values)
    conn.execute(
        f"UPDATE engagements SET {sets}, updated_at = ?, device = ?, revision = revision + 1 "
        "WHERE id = ?",
        (*values.values(), now_iso(), store.device, e.id),
    )


def _changes(old: Engagement, new: Engagement) -> dict[str, list[object]]:
    def plain(v: object) -> object:
        return v.isoformat() if isinstance(v, dt.date) else v

    return {
        name: [plain(getattr(old, name)), plain(getattr(new, name))]
        for name in COLUMNS
        if name not in ("id", "code") and getattr(old, name) != getattr(new, name)
    }


def update_engagement(store: Store, e: Engagement, actor: str) -> Engagement:
    """Save changes to an engagement. Its code and unit stay what they are."""
    with store.transaction() as c:
        old = _current(c, e.id).engagement
        if e.code != old.code or e.unit_id != old.unit_id:
            field = "code" if e.code != old.code else "unit"
            raise ValidationError(field, "En familjeinsats byter varken kod eller enhet.")
        e = validate_engagement(e)
        _write(c, store, e)
        record(c, actor, "engagement_edit", None, {"engagement": e.id, **_changes(old, e)})
    return e


def close_engagement(
    store: Store,
    engagement_id: str,
    end: dt.date,
    end_reason: str,
    actor: str,
    *,
    employment_end: str | None = None,
    economy_end: str | None = None,
    soc_end: int | None = None,
    eligible: str | None = None,
) -> Engagement:
    """Close an active engagement with its end date, reason and end values."""
    with store.transaction() as c:
        old = _current(c, engagement_id).engagement
        if old.end is not None:
            raise ValidationError("end", f"Familjeinsatsen avslutades redan {old.end}.")
        e = validate_engagement(
            replace(
                old, end=end, end_reason=end_reason, employment_end=employment_end,
                economy_end=economy_end, soc_end=soc_end, eligible=eligible,
            )
        )  # fmt: skip
        _write(c, store, e)
        record(c, actor, "engagement_close", None, {"engagement": e.id, **_changes(old, e)})
    return e


def delete_engagement(store: Store, engagement_id: str, actor: str) -> Engagement:
    """Delete an engagement no entry links to (kept as a tombstone for packages)."""
    with store.transaction() as c:
        old = _current(c, engagement_id).engagement
        linked = c.execute(
            "SELECT count(*) FROM entries WHERE unit_id = ? AND engagement = ? "
            "AND deleted_at IS NULL",
            (old.unit_id, old.code),
        ).fetchone()[0]
        if linked:
            raise ValidationError(
                "engagement",
                f"Familjeinsatsen har {linked} kopplade poster och kan inte tas bort.",
            )
        at = now_iso()
        c.execute(
            "UPDATE engagements SET deleted_at = ?, updated_at = ?, device = ?, "
            "revision = revision + 1 WHERE id = ?",
            (at, at, store.device, engagement_id),
        )
        record(c, actor, "engagement_delete", None, {"engagement": engagement_id})
    return old


def get_engagement(
    store: Store, engagement_id: str, include_deleted: bool = False
) -> StoredEngagement:
    row = store.conn.execute(_SELECT + " WHERE id = ?", (engagement_id,)).fetchone()
    if row is None or (row[STORED_COLUMNS.index("deleted_at")] and not include_deleted):
        raise EngagementNotFoundError(f"Familjeinsatsen {engagement_id} finns inte.")
    return row_to_stored(row)


def engagement_by_code(store: Store, unit_id: int, code: str) -> Engagement | None:
    """The live engagement of the unit with this code, if any."""
    return find_by_code(store.conn, unit_id, code)


def find_by_code(conn: sqlite3.Connection, unit_id: int, code: str) -> Engagement | None:
    """As engagement_by_code, in the caller's transaction (the entries' write path)."""
    row = conn.execute(
        _SELECT + " WHERE unit_id = ? AND code = ? AND deleted_at IS NULL", (unit_id, code)
    ).fetchone()
    return None if row is None else row_to_stored(row).engagement


def _units(unit_ids: Sequence[int]) -> tuple[str, list[object]]:
    return f"unit_id IN ({', '.join('?' * len(unit_ids))})", list(unit_ids)


_RECENT = "ORDER BY start DESC, code DESC"


def list_engagements(
    store: Store,
    unit_ids: Sequence[int],
    active_on: dt.date | None = None,
    since: dt.date | None = None,
) -> list[Engagement]:
    """Live engagements of the units, most recently started first.

    `active_on`: only those active that day (started, and not ended before it);
    `since`: only those active on or after that day (not ended before it).
    """
    if not unit_ids:
        return []
    where, args = _units(unit_ids)
    where += " AND deleted_at IS NULL"
    if active_on is not None:
        where += ' AND start <= ? AND ("end" IS NULL OR "end" >= ?)'
        args += [active_on.isoformat(), active_on.isoformat()]
    if since is not None:
        where += ' AND ("end" IS NULL OR "end" >= ?)'
        args.append(since.isoformat())
    rows = store.conn.execute(f"{_SELECT} WHERE {where} {_RECENT}", args)
    return [row_to_stored(r).engagement for r in rows]


def engagements_in_period(
    store: Store, unit_ids: Sequence[int], start: dt.date, end: dt.date
) -> list[Engagement]:
    """Every live engagement of the units the report of [start, end] counts (SPEC §12):
    started by the period's end and not ended before its start. That takes in every one
    started, closed or with a SIP set up in the period (a SIP date lies within start..end)."""
    if not unit_ids:
        return []
    where, args = _units(unit_ids)
    rows = store.conn.execute(
        f'{_SELECT} WHERE {where} AND deleted_at IS NULL AND start <= ? AND ("end" IS NULL '
        f'OR "end" >= ?) {_RECENT}',
        (*args, end.isoformat(), start.isoformat()),
    )
    return [row_to_stored(r).engagement for r in rows]


def linked_minutes(store: Store, ids: Sequence[str]) -> dict[str, int]:
    """Per engagement id: the minutes of all live entries linked to it, whatever their
    date (hours per family, SPEC §12). Every id asked for is in the answer."""
    out = dict.fromkeys(ids, 0)
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        rows = store.conn.execute(
            "SELECT g.id, sum(coalesce(n.minutes, 0)) FROM engagements AS g "
            "JOIN entries AS n ON n.unit_id = g.unit_id AND n.engagement = g.code "
            f"WHERE n.deleted_at IS NULL AND g.id IN ({', '.join('?' * len(chunk))}) "
            "GROUP BY g.id",
            chunk,
        )
        out.update((str(r[0]), int(r[1])) for r in rows)
    return out


def check_link(conn: sqlite3.Connection, unit_id: int, code: str | None) -> None:
    """An entry's link names a live engagement of the entry's own unit, or is refused."""
    if code is None:
        return
    if find_by_code(conn, unit_id, code) is not None:
        return
    elsewhere = conn.execute(
        "SELECT 1 FROM engagements WHERE code = ? AND unit_id != ? AND deleted_at IS NULL",
        (code, unit_id),
    ).fetchone()
    if elsewhere:
        raise ValidationError("engagement", f"Familjeinsatsen {code} hör till en annan enhet.")
    raise ValidationError("engagement", f"Okänd familjeinsats: {code}.")
