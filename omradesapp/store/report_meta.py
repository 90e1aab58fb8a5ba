"""What a report says about its own data: whose entries it covers, and the entries as rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from omradesapp.domain.fields import REPORT_ROW_FIELDS
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
    sql = "SELECT w.name, count(*) FROM entries e LEFT JOIN workers w ON w.id = e.worker_id WHERE "
    where, args = _selected(start, end, unit_ids, worker_id)
    sql += where
    sql += " GROUP BY e.worker_id ORDER BY w.name IS NULL, w.name COLLATE NOCASE"
    return [WorkerShare(r[0], r[1]) for r in store.conn.execute(sql, args)]


def report_rows(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
) -> Iterator[tuple[object, ...]]:
    """The entries dated start..end (inclusive) as a report's rows, oldest first: the values
    of `fields.REPORT_ROW_FIELDS` in order, unit and worker by name, several codes as a tuple.

    Only those columns are read: a note never leaves the database this way.
    """
    columns = [
        {"unit": "u.name", "worker": "w.name"}.get(f.name, f"e.{f.attr}") for f in REPORT_ROW_FIELDS
    ]
    multi = [f.type == "codes" for f in REPORT_ROW_FIELDS]
    sql = (
        f"SELECT {', '.join(columns)} FROM entries e JOIN units u ON u.id = e.unit_id "
        "LEFT JOIN workers w ON w.id = e.worker_id "
        "WHERE "
    )
    where, args = _selected(start, end, unit_ids, worker_id)
    sql += where
    sql += " ORDER BY e.date, coalesce(e.time, ''), e.rowid"
    for row in store.conn.execute(sql, args):
        yield tuple(
            tuple(json.loads(v)) if is_multi else v for v, is_multi in zip(row, multi, strict=True)
        )


def _selected(
    start: dt.date, end: dt.date, unit_ids: Sequence[int], worker_id: int | None
) -> tuple[str, list[object]]:
    """The condition (and its arguments) for a report's entries `e`: live, dated
    start..end, in the units and of the worker chosen."""
    where = "e.deleted_at IS NULL AND e.date BETWEEN ? AND ?"
    args: list[object] = [start.isoformat(), end.isoformat()]
    if unit_ids:
        where += f" AND e.unit_id IN ({', '.join('?' * len(unit_ids))})"
        args.extend(unit_ids)
    if worker_id is not None:
        where += " AND e.worker_id = ?"
        args.append(worker_id)
    return where, args
