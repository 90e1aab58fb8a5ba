"""A hand-built organisation and drafts for the engagement tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omradesapp.domain.engagement import Engagement
from omradesapp.domain.entry import Entry
from omradesapp.store.database import Store
from omradesapp.store.org import Unit, save_unit, unit_by_name

D = dt.date


@dataclass(frozen=True)
class Team:
    store: Store
    team: int  # Samordnat stöd och nätverksarbete
    other_team: int
    centre: int  # a family centre


def make_team(store: Store) -> Team:
    """The default team, a second team and a family centre of the default organisation."""
    found = unit_by_name(store, "Samordnat stöd och nätverksarbete")
    berga = unit_by_name(store, "Berga")
    assert found is not None and berga is not None
    other = save_unit(store, Unit(0, "Team Norr", "team", None, None, 1.0, None, None), "test")
    return Team(store, found.id, other.id, berga.id)


def draft(unit_id: int, assignment: str = "network", **changes: object) -> Engagement:
    e = Engagement(
        unit_id=unit_id, assignment=assignment, basis="service", source="school",
        requested=D(2026, 2, 2), start=D(2026, 2, 9), age_band="13-16", girls=1,
        employment_start="partial", economy_start="support", soc_start=40,
    )  # fmt: skip
    return e.with_changes(**changes)


def contact(unit_id: int, code: str | None, minutes: int = 45) -> Entry:
    return Entry(
        "contact", D(2026, 3, 2), unit_id, contact_type="service", form="phone", adults=1,
        minutes=minutes, engagement=code,
    )  # fmt: skip
