"""What a report says about its own data: whose entries it covers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from omradesapp.store.database import Store


@dataclass(frozen=True)
class WorkerShare:
    """A worker (None: entries logged without one) and their number of entries in a period."""

    name: str | None
    entries: int


def workers_in_period(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
) -> list[WorkerShare]:
    """The workers with entries dated start..end (inclusive) in the units, by name."""
    sql = (
        "SELECT w.name, count(*) FROM entries e LEFT JOIN workers w ON w.id = e.worker_id "
        "WHERE e.deleted_at IS NULL AND e.date BETWEEN ? AND ?"
    )
    args: list[object] = [start.isoformat(), end.isoformat()]
    if unit_ids:
        sql += f" AND e.unit_id IN ({', '.join('?' * len(unit_ids))})"
        args.extend(unit_ids)
    if worker_id is not None:
        sql += " AND e.worker_id = ?"
        args.append(worker_id)
    sql += " GROUP BY e.worker_id ORDER BY w.name IS NULL, w.name COLLATE NOCASE"
    return [WorkerShare(r[0], r[1]) for r in store.conn.execute(sql, args)]
