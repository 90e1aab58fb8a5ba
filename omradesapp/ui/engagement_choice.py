"""Which family engagements an entry of a team unit may name, recent ones first, and which
one "this engagement" (Ctrl+J in the form) is: the one this desk last opened or logged for.

The last one is kept per unit in the desk's settings, so it is still "this engagement" the
next morning. The others follow most recently started first.
"""

from __future__ import annotations

import datetime as dt

from omradesapp.domain import codes
from omradesapp.store import engagements, org
from omradesapp.ui.desk import Desk

TEAM = "team"
# Entries are logged after the fact: an engagement closed this long ago is still offered.
CLOSED_OFFERED_DAYS = 30
_SETTING = "desk_engagement_{unit}"


def team_units(desk: Desk) -> list[org.Unit]:
    """The units that keep family engagements (SPEC §12)."""
    return [u for u in desk.units() if u.kind == TEAM]


def is_team(desk: Desk, unit_id: int | None) -> bool:
    return any(u.id == unit_id for u in team_units(desk))


def choices(desk: Desk, unit_id: int | None) -> list[tuple[str, str]]:
    """(code, label) of the unit's engagements to log for; none for a unit that is no team."""
    if unit_id is None or not is_team(desk, unit_id):
        return []
    since = dt.date.today() - dt.timedelta(days=CLOSED_OFFERED_DAYS)
    found = engagements.list_engagements(desk.store, [unit_id], since=since)
    last = desk.store.setting(_SETTING.format(unit=unit_id))
    found.sort(key=lambda e: e.code != last)  # stable: the rest stay newest first
    return [(e.code, f"{e.code} – {desk.label(codes.ASSIGNMENTS, e.assignment)}") for e in found]


def remember(desk: Desk, unit_id: int, code: str) -> None:
    """`code` is now "this engagement" of the unit."""
    key = _SETTING.format(unit=unit_id)
    if desk.store.setting(key) != code:  # no write when logging on for the same family
        desk.store.set_setting(key, code)
