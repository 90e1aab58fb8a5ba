"""Known desks (SPEC §6): every device that has sent this database an export package.

A desk is remembered by its device id but always shown by its worker and units,
with the last day its packages cover, so that the unit head can see whose data
are still missing before closing a month (store/months.py).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from omradesapp.store.database import Store, now_iso
from omradesapp.store.org import desk_worker

# The desk's own unit (chosen at first start), beside its worker (org.DESK_WORKER_SETTING).
DESK_UNIT_SETTING = "desk_unit"


@dataclass(frozen=True)
class Desk:
    """A desk as the unit head sees it: who, which units, and how far its data reach."""

    worker: str | None
    units: tuple[str, ...]
    covered_to: dt.date

    @property
    def name(self) -> str:
        """ "AB, Berga": the worker, then the units; never the device id."""
        who = [self.worker or "okänd medarbetare", *self.units]
        return ", ".join(who)


def own_desk(store: Store) -> tuple[str | None, list[str]]:
    """This database's own desk: its worker and its unit, as far as first start set them."""
    value = store.setting(DESK_UNIT_SETTING)
    units: list[str] = []
    if value and value.isdigit():
        row = store.conn.execute("SELECT name FROM units WHERE id = ?", (int(value),)).fetchone()
        units = [str(row[0])] if row else []
    return desk_worker(store), units


def covered_to(period_end: dt.date, exported_at: str) -> dt.date:
    """The last day a package covers: its period's end, but never after the day it was
    exported (a package "up to the end of the month" made on the 15th covers the 15th)."""
    exported = dt.datetime.fromisoformat(exported_at).astimezone().date()
    return min(period_end, exported)


def remember_package(
    conn: sqlite3.Connection,
    origin: str,
    worker: str | None,
    unit_ids: Iterable[int],
    last_day: dt.date,
) -> None:
    """Remember a package from `origin`, in the caller's (the import's) transaction.

    The worker is the latest one told; the units add up; the covered day only grows.
    """
    row = conn.execute(
        "SELECT worker, unit_ids, covered_to FROM desks WHERE origin = ?", (origin,)
    ).fetchone()
    units = set(unit_ids)
    day = last_day.isoformat()
    if row is not None:
        worker = worker or row[0]
        units |= set(json.loads(row[1]))
        day = max(day, str(row[2]))
    conn.execute(
        "INSERT INTO desks(origin, worker, unit_ids, covered_to, last_import) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(origin) DO UPDATE SET worker = excluded.worker, "
        "unit_ids = excluded.unit_ids, covered_to = excluded.covered_to, "
        "last_import = excluded.last_import",
        (origin, worker, json.dumps(sorted(units)), day, now_iso()),
    )


def known_desks(store: Store, unit_ids: Iterable[int] = ()) -> list[Desk]:
    """The desks that have sent packages, by name; with `unit_ids`, only those that log for
    any of them (a desk whose units are unknown counts for every unit)."""
    wanted = set(unit_ids)
    names = {r[0]: str(r[1]) for r in store.conn.execute("SELECT id, name FROM units")}
    desks = []
    for worker, ids_json, day in store.conn.execute(
        "SELECT worker, unit_ids, covered_to FROM desks"
    ):
        ids = [i for i in json.loads(ids_json) if i in names]
        if wanted and ids and not wanted.intersection(ids):
            continue
        units = tuple(sorted(names[i] for i in ids))
        desks.append(Desk(worker, units, dt.date.fromisoformat(day)))
    return sorted(desks, key=lambda d: d.name.casefold())
