"""Default durations: how many minutes each kind of entry is prefilled with, per unit (SPEC §4).

So that the time split is not built on zeros, the form starts from these; what a unit has
not set comes from the built-in defaults (Linköping's). Imported rows keep what they say.
"""

from __future__ import annotations

from omradesapp.domain import codes
from omradesapp.domain.durations import DEFAULT_MINUTES
from omradesapp.domain.entry import MAX_MINUTES
from omradesapp.store.audit import record
from omradesapp.store.database import Store


def default_minutes(store: Store, unit_id: int, kind: str) -> int:
    """The minutes a new entry of `kind` at the unit starts with: the unit's own, else the
    built-in default (domain/durations.py); 0 where there is none (other time)."""
    row = store.conn.execute(
        "SELECT minutes FROM default_minutes WHERE unit_id = ? AND kind = ?", (unit_id, kind)
    ).fetchone()
    return int(row[0]) if row else DEFAULT_MINUTES.get(kind, 0)


def unit_minutes(store: Store, unit_id: int) -> dict[str, int]:
    """Every kind's default minutes at the unit, in the order of the kinds."""
    return {kind: default_minutes(store, unit_id, kind) for kind in codes.KINDS.codes}


def set_default_minutes(store: Store, unit_id: int, minutes: dict[str, int], actor: str) -> None:
    """Set the unit's default minutes per kind; all or nothing, with a Swedish message."""
    for kind, value in minutes.items():
        if kind not in codes.KINDS:
            raise ValueError(f"Okänd typ av post: {kind!r}.")
        if not 0 <= value <= MAX_MINUTES:
            raise ValueError(
                f"Standardtiden för {codes.KINDS.label(kind).lower()} måste vara 0–{MAX_MINUTES} "
                f"minuter, inte {value}."
            )
    with store.transaction() as c:
        if c.execute("SELECT 1 FROM units WHERE id = ?", (unit_id,)).fetchone() is None:
            raise ValueError("Enheten finns inte.")
        c.executemany(
            "INSERT INTO default_minutes(unit_id, kind, minutes) VALUES (?, ?, ?) "
            "ON CONFLICT(unit_id, kind) DO UPDATE SET minutes = excluded.minutes",
            [(unit_id, kind, value) for kind, value in minutes.items()],
        )
        record(c, actor, "default_minutes", None, {"unit_id": unit_id, "minutes_by_kind": minutes})
