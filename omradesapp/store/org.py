"""Units, workers, FTEs and targets (SPEC §2)."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from typing import Any

from omradesapp.domain.codebook import DEFAULT_BOOK, CodeBook
from omradesapp.domain.names import clean_name
from omradesapp.domain.report_figures import known_figure
from omradesapp.store.audit import record
from omradesapp.store.codebook import read_book
from omradesapp.store.database import Store

UNIT_KINDS = {"family_centre": "Familjecentral", "area_office": "Områdeslokal", "team": "Team"}


@dataclass(frozen=True)
class Unit:
    id: int
    name: str
    kind: str
    age_from: int | None
    age_to: int | None
    fte: float
    active_from: str | None
    active_to: str | None

    def active_in(self, month: str) -> bool:
        """Whether the unit was active in month 'YYYY-MM'."""
        return (self.active_from is None or self.active_from[:7] <= month) and (
            self.active_to is None or self.active_to[:7] >= month
        )


@dataclass(frozen=True)
class Worker:
    id: int
    name: str
    unit_id: int | None
    active: bool


def _unit(row: sqlite3.Row | tuple[Any, ...]) -> Unit:
    return Unit(*row)


def list_units(store: Store) -> list[Unit]:
    rows = store.conn.execute(
        "SELECT id, name, kind, age_from, age_to, fte, active_from, active_to FROM units "
        "ORDER BY CASE kind WHEN 'family_centre' THEN 0 WHEN 'area_office' THEN 1 ELSE 2 END, name"
    )
    return [_unit(r) for r in rows]


def unit_by_name(store: Store, name: str) -> Unit | None:
    row = store.conn.execute(
        "SELECT id, name, kind, age_from, age_to, fte, active_from, active_to FROM units "
        "WHERE name = ? COLLATE NOCASE",
        (name.strip(),),
    ).fetchone()
    return None if row is None else _unit(row)


def save_unit(store: Store, unit: Unit, actor: str) -> Unit:
    """Insert (id 0) or update a unit."""
    name = clean_name(unit.name, "unit", "Enhetens namn")
    values = (
        name,
        unit.kind,
        unit.age_from,
        unit.age_to,
        unit.fte,
        unit.active_from,
        unit.active_to,
    )
    if unit.kind not in UNIT_KINDS:
        raise ValueError(f"Okänd typ av enhet: {unit.kind!r}.")
    if unit.fte < 0:
        raise ValueError("Årsarbetare kan inte vara negativt.")
    with store.transaction() as c:
        other = c.execute(
            "SELECT id FROM units WHERE name = ? COLLATE NOCASE AND id != ?",
            (name, unit.id),
        ).fetchone()
        if other:
            raise ValueError(f"Det finns redan en enhet som heter {name}.")
        if unit.id:
            c.execute(
                "UPDATE units SET name=?, kind=?, age_from=?, age_to=?, fte=?, active_from=?, "
                "active_to=? WHERE id=?",
                (*values, unit.id),
            )
            uid = unit.id
        else:
            cur = c.execute(
                "INSERT INTO units(name, kind, age_from, age_to, fte, active_from, active_to) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            uid = int(cur.lastrowid or 0)
        record(c, actor, "unit", None, {"unit": name, "fte": unit.fte})
    return Unit(uid, *values)


def list_workers(store: Store, include_inactive: bool = False) -> list[Worker]:
    where = "" if include_inactive else "WHERE active = 1"
    rows = store.conn.execute(
        f"SELECT id, name, unit_id, active FROM workers {where} ORDER BY name"
    )
    return [Worker(r[0], r[1], r[2], bool(r[3])) for r in rows]


def worker_by_name(store: Store, name: str) -> Worker | None:
    row = store.conn.execute(
        "SELECT id, name, unit_id, active FROM workers WHERE name = ? COLLATE NOCASE",
        (name.strip(),),
    ).fetchone()
    return None if row is None else Worker(row[0], row[1], row[2], bool(row[3]))


def ensure_worker(conn: sqlite3.Connection, name: str, unit_id: int | None) -> int:
    """The id of the worker called `name`, created (in the caller's transaction) if new."""
    name = clean_name(name, "worker", "Medarbetarens namn")
    row = conn.execute("SELECT id FROM workers WHERE name = ? COLLATE NOCASE", (name,)).fetchone()
    if row:
        return int(row[0])
    cur = conn.execute("INSERT INTO workers(name, unit_id) VALUES (?, ?)", (name, unit_id))
    return int(cur.lastrowid or 0)


def save_worker(store: Store, worker: Worker, actor: str) -> Worker:
    name = clean_name(worker.name, "worker", "Medarbetarens namn")
    with store.transaction() as c:
        other = c.execute(
            "SELECT id FROM workers WHERE name = ? COLLATE NOCASE AND id != ?", (name, worker.id)
        ).fetchone()
        if other:
            raise ValueError(f"Det finns redan en medarbetare som heter {name}.")
        if worker.id:
            c.execute(
                "UPDATE workers SET name=?, unit_id=?, active=? WHERE id=?",
                (name, worker.unit_id, int(worker.active), worker.id),
            )
            wid = worker.id
        else:
            cur = c.execute(
                "INSERT INTO workers(name, unit_id, active) VALUES (?, ?, ?)",
                (name, worker.unit_id, int(worker.active)),
            )
            wid = int(cur.lastrowid or 0)
        record(c, actor, "worker", None, {"worker": name})
    return Worker(wid, name, worker.unit_id, worker.active)


def fte_by_year(store: Store) -> dict[tuple[int, int], float]:
    """Per-year FTE overrides: (unit_id, year) -> FTE."""
    return {
        (r[0], r[1]): r[2] for r in store.conn.execute("SELECT unit_id, year, fte FROM unit_fte")
    }


def set_fte(store: Store, unit_id: int, year: int, fte: float, actor: str) -> None:
    if fte < 0:
        raise ValueError("Årsarbetare kan inte vara negativt.")
    with store.transaction() as c:
        c.execute(
            "INSERT INTO unit_fte(unit_id, year, fte) VALUES (?, ?, ?) "
            "ON CONFLICT(unit_id, year) DO UPDATE SET fte = excluded.fte",
            (unit_id, year, fte),
        )
        record(c, actor, "fte", None, {"unit_id": unit_id, "year": year, "fte": fte})


@dataclass(frozen=True)
class Target:
    """A unit's target for one figure, from `from_year` until a later target for it.

    `per_fte`: the value is per årsarbetare and year, scaled by the unit's FTE that year.
    """

    unit_id: int
    from_year: int
    figure: str
    value: float
    per_fte: bool = False

    def for_fte(self, fte: float) -> float:
        """The target for a whole year of a unit with `fte` årsarbetare."""
        return round(self.value * fte, 1) if self.per_fte else self.value


def list_targets(store: Store) -> list[Target]:
    """Every target row, as set (each holds from its year until the next for its figure)."""
    rows = store.conn.execute(
        "SELECT unit_id, from_year, figure, value, per_fte FROM targets "
        "ORDER BY unit_id, figure, from_year"
    )
    return [Target(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def targets_in(store: Store, year: int) -> list[Target]:
    """The targets that hold in `year`: per unit and figure, the latest set for it or before."""
    holding: dict[tuple[int, str], Target] = {}
    for t in list_targets(store):  # ordered by from_year within unit and figure
        if t.from_year <= year:
            holding[(t.unit_id, t.figure)] = t
    return list(holding.values())


def fte_in_year(unit: Unit, year: int, overrides: dict[tuple[int, int], float]) -> float:
    """A unit's FTE in `year`: the year's own figure where one is set, else the unit's."""
    return overrides.get((unit.id, year), unit.fte)


def check_target(target: Target, book: CodeBook = DEFAULT_BOOK) -> None:
    """ValueError (Swedish) unless `target` can be stored."""
    if not known_figure(target.figure, book):
        raise ValueError(f"Okänt mått för ett mål: {target.figure[:60]!r}.")
    if not math.isfinite(target.value) or target.value < 0:
        raise ValueError("Ett mål ska vara ett tal, 0 eller mer.")
    if not 1900 <= target.from_year <= 9999:
        raise ValueError(f"Målets första år ska vara ett årtal, inte {target.from_year}.")


def insert_target(conn: sqlite3.Connection, target: Target) -> None:
    conn.execute(
        "INSERT INTO targets(unit_id, from_year, figure, value, per_fte) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(unit_id, figure, from_year) DO UPDATE SET value = excluded.value, "
        "per_fte = excluded.per_fte",
        (target.unit_id, target.from_year, target.figure, target.value, int(target.per_fte)),
    )


def set_target(
    store: Store, target: Target | None, actor: str, remove: Target | None = None
) -> None:
    """Set a target (or, with `remove`, delete one)."""
    with store.transaction() as c:
        if remove is not None:
            c.execute(
                "DELETE FROM targets WHERE unit_id=? AND from_year=? AND figure=?",
                (remove.unit_id, remove.from_year, remove.figure),
            )
        if target is not None:
            check_target(target, read_book(c))
            insert_target(c, target)
        record(c, actor, "target", None, {"set": str(target), "removed": str(remove)})


def labels(store: Store) -> dict[tuple[str, str], str]:
    """Renamed code-list labels: (list, code) -> label."""
    return {(r[0], r[1]): r[2] for r in store.conn.execute("SELECT list, code, label FROM labels")}


def set_label(store: Store, list_name: str, code: str, label: str | None, actor: str) -> None:
    """Rename a code's label (None or '' restores the default). Codes never change."""
    if label and label.strip():
        label = clean_name(label, "label", "Etiketten")
    with store.transaction() as c:
        if label:
            c.execute(
                "INSERT INTO labels(list, code, label) VALUES (?, ?, ?) "
                "ON CONFLICT(list, code) DO UPDATE SET label = excluded.label",
                (list_name, code, label.strip()),
            )
        else:
            c.execute("DELETE FROM labels WHERE list = ? AND code = ?", (list_name, code))
        record(c, actor, "label", None, {"list": list_name, "code": code, "label": label})


# The desk's own worker (chosen at first start); the audit log names it for this database.
DESK_WORKER_SETTING = "desk_worker"


def desk_worker(store: Store) -> str | None:
    """The name of this database's desk worker, or None where none was chosen."""
    row = store.conn.execute(
        "SELECT w.name FROM settings s JOIN workers w ON w.id = CAST(s.value AS INTEGER) "
        "WHERE s.key = ?",
        (DESK_WORKER_SETTING,),
    ).fetchone()
    return None if row is None else str(row[0])
