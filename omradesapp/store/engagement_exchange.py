"""The SQL behind family engagements in export packages and engagements files (SPEC §12).

A package carries the engagements of its units that were active in its period, changed in
it, or named by one of its entries, deleted ones (tombstones) included. The unit head's
bookkeeping of what it took from which device is the table `package_versions`, shared with
entries: an engagement's id is a UUID like an entry's, so one row per (id, origin) serves
both and no schema step is needed.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from omradesapp.domain.engagement import Engagement
from omradesapp.store.database import Store
from omradesapp.store.engagements import (
    COLUMNS,
    STORED_COLUMNS,
    StoredEngagement,
    row_to_stored,
    values_of,
)
from omradesapp.store.packages import Travelled

_QUOTED = ", ".join(f'"{c}"' for c in STORED_COLUMNS)
_SELECT = f"SELECT {_QUOTED} FROM engagements"


class EngagementVersion(Travelled[Engagement]):
    """A family engagement as it travels."""

    @property
    def engagement(self) -> Engagement:
        return self.data


def export_engagements(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    linked: Sequence[tuple[int, str]] = (),
) -> list[StoredEngagement]:
    """The engagements a package of [start, end] carries, tombstones included, oldest first:
    active in the period, changed in it, or named by one of its entries (`linked`: unit id
    and code)."""
    where = (
        '(start <= ? AND ("end" IS NULL OR "end" >= ?)) '
        "OR substr(updated_at, 1, 10) BETWEEN ? AND ?"
    )
    args: list[object] = [end.isoformat(), start.isoformat(), start.isoformat(), end.isoformat()]
    if unit_ids:
        where = f"({where}) AND unit_id IN ({', '.join('?' * len(unit_ids))})"
        args.extend(unit_ids)
    found = {
        s.engagement.id: s
        for s in map(row_to_stored, store.conn.execute(f"{_SELECT} WHERE {where}", args))
    }
    for unit_id, code in set(linked):
        row = store.conn.execute(
            _SELECT + " WHERE unit_id = ? AND code = ? AND deleted_at IS NULL", (unit_id, code)
        ).fetchone()
        if row is not None:
            s = row_to_stored(row)
            found.setdefault(s.engagement.id, s)
    return sorted(found.values(), key=lambda s: (s.created_at, s.engagement.id))


def stored_engagements(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, StoredEngagement]:
    """The stored rows (deleted ones included) of those of `ids` that exist."""
    found: dict[str, StoredEngagement] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        sql = f"{_SELECT} WHERE id IN ({', '.join('?' * len(chunk))})"
        for row in conn.execute(sql, chunk):
            s = row_to_stored(row)
            found[s.engagement.id] = s
    return found


def live_code_holder(conn: sqlite3.Connection, unit_id: int, code: str) -> str | None:
    """The id of the live engagement of the unit that has this code, if any."""
    row = conn.execute(
        "SELECT id FROM engagements WHERE unit_id = ? AND code = ? AND deleted_at IS NULL",
        (unit_id, code),
    ).fetchone()
    return None if row is None else str(row[0])


def linked_count(conn: sqlite3.Connection, unit_id: int, code: str) -> int:
    """How many live entries of the unit name the code."""
    row = conn.execute(
        "SELECT count(*) FROM entries WHERE unit_id = ? AND engagement = ? AND deleted_at IS NULL",
        (unit_id, code),
    ).fetchone()
    return int(row[0])


def insert_engagement_versions(
    conn: sqlite3.Connection, versions: Sequence[EngagementVersion]
) -> None:
    """Insert engagements new to this database as they were on their device (tombstones too)."""
    columns = (*COLUMNS, "created_at", "updated_at", "deleted_at", "device", "revision")
    conn.executemany(
        f"INSERT INTO engagements({', '.join(f'{chr(34)}{c}{chr(34)}' for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})",
        [
            (*values_of(v.engagement), v.created_at, v.updated_at, v.deleted_at, v.device,
             v.revision)
            for v in versions
        ],
    )  # fmt: skip


def replaced_engagement_revision(old: StoredEngagement, new: EngagementVersion) -> int:
    """As for entries: the package's revision, never lower than the stored one before."""
    return max(new.revision, old.revision + 1)


def replace_engagement_versions(
    conn: sqlite3.Connection, pairs: Sequence[tuple[StoredEngagement, EngagementVersion]]
) -> None:
    """Overwrite stored engagements with newer versions from a package."""
    names = [c for c in COLUMNS if c != "id"]
    sets = ", ".join(f'"{c}" = ?' for c in names)
    rows = []
    for old, new in pairs:
        values = dict(zip(COLUMNS, values_of(new.engagement), strict=True))
        rows.append((*(values[c] for c in names), new.updated_at, new.deleted_at, new.device,
                     replaced_engagement_revision(old, new), old.engagement.id))  # fmt: skip
    conn.executemany(
        f"UPDATE engagements SET {sets}, updated_at = ?, deleted_at = ?, device = ?, "
        "revision = ? WHERE id = ?",
        rows,
    )


def upsert_from_file(
    conn: sqlite3.Connection,
    added: Sequence[Engagement],
    changed: Sequence[Engagement],
    device: str,
    at: str,
) -> None:
    """Write an engagements file's new and changed rows (a changed one's revision rises by
    one, as for an edit in the desk), in the caller's transaction."""
    columns = (*COLUMNS, "created_at", "updated_at", "device")
    conn.executemany(
        f"INSERT INTO engagements({', '.join(f'{chr(34)}{c}{chr(34)}' for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})",
        [(*values_of(e), at, at, device) for e in added],
    )
    names = [c for c in COLUMNS if c != "id"]
    sets = ", ".join(f'"{c}" = ?' for c in names)
    conn.executemany(
        f"UPDATE engagements SET {sets}, updated_at = ?, device = ?, revision = revision + 1 "
        "WHERE id = ?",
        [
            (*(dict(zip(COLUMNS, values_of(e), strict=True))[c] for c in names), at, device, e.id)
            for e in changed
        ],
    )


def live_by_code(conn: sqlite3.Connection, unit_id: int) -> dict[str, Engagement]:
    """The unit's live engagements by code."""
    rows = conn.execute(_SELECT + " WHERE unit_id = ? AND deleted_at IS NULL", (unit_id,))
    return {s.engagement.code: s.engagement for s in map(row_to_stored, rows)}
