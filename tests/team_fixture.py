"""A hand-built team for the engagement tests: thirteen engagements, A–M, and the entries
linked to them, spread so that March–June 2026 cuts them at both ends."""

from __future__ import annotations

import datetime as dt
from typing import Any

from omradesapp.domain.engagement import Engagement
from omradesapp.domain.entry import Entry
from omradesapp.store.database import Store
from omradesapp.store.engagements import open_engagement
from omradesapp.store.entries import add_entry
from omradesapp.store.org import unit_by_name

TEAM = "Samordnat stöd och nätverksarbete"
FROM, TO = dt.date(2026, 3, 1), dt.date(2026, 6, 30)
D = dt.date


def _open(store: Store, unit_id: int, assignment: str, **given: Any) -> Engagement:
    given.setdefault("basis", "service")
    given.setdefault("requested", given["start"])
    return open_engagement(store, Engagement(unit_id, assignment, **given), "test")


def _link(store: Store, e: Engagement, kind: str, day: dt.date, minutes: int, **f: Any) -> None:
    required = {"contact": {"contact_type": "service", "adults": 1}, "time": {"category": "client"}}
    fields = {**required.get(kind, {}), **f}
    if kind == "meeting":
        fields.setdefault("meeting_type", "network_meeting")
    entry = Entry(kind, day, e.unit_id, minutes=minutes, engagement=e.code, **fields)
    add_entry(store, entry, "test")


def build_team(store: Store) -> Store:
    """Coordinated A, B, C, M and network D–L, with the entries linked to them."""
    unit = unit_by_name(store, TEAM)
    assert unit is not None
    u = unit.id
    a = _open(
        store, u, "coordinated", source="school", start=D(2026, 1, 10), end=D(2026, 4, 20),
        sip_at_start=True, sip_date=D(2026, 3, 15), employment_start="none",
        employment_end="partial", economy_start="support", economy_end="support",
        eligible="yes", end_reason="goals_met",
    )  # fmt: skip
    _link(store, a, "contact", D(2026, 1, 15), 120)  # before the period: hours count it
    _link(store, a, "meeting", D(2026, 3, 10), 300, meeting_type="sip")
    _link(store, a, "time", D(2026, 4, 1), 180)
    _open(store, u, "coordinated", source="family", start=FROM, sip_date=D(2026, 5, 5))
    c = _open(
        store, u, "coordinated", source="social_office", start=D(2026, 5, 1), end=TO,
        sip_at_start=True, employment_start="full", employment_end="none",
        economy_start="partial", economy_end="own", eligible="no", end_reason="partly",
    )  # fmt: skip
    _link(store, c, "meeting", D(2026, 5, 10), 240)
    _link(store, c, "contact", D(2026, 6, 1), 120, form="email", answered_24h=True)
    _open(store, u, "coordinated", source="bup", start=D(2025, 1, 15))  # M: open over a year
    d = _open(
        store, u, "network", basis="assistance", source="school", start=D(2024, 11, 1),
        sip_date=D(2026, 4, 2),
    )  # fmt: skip
    _link(store, d, "meeting", D(2026, 6, 1), 90)  # active, not closed: in no hours figure
    _open(  # E: ended the day before the period began
        store, u, "network", basis="investigation", source="bvc", start=D(2026, 2, 1),
        end=D(2026, 2, 28), end_reason="moved",
    )  # fmt: skip
    _open(store, u, "network", source="school", start=D(2026, 6, 15))  # F
    g = _open(
        store, u, "network", basis="assistance", source="school", start=D(2026, 3, 20),
        end=D(2026, 5, 19), sip_at_start=True, employment_start="partial",
        employment_end="partial", economy_start="support", eligible="unknown",
        end_reason="goals_met",
    )  # fmt: skip
    _link(store, g, "meeting", D(2026, 4, 1), 480, meeting_type="pre_meeting")
    _link(store, g, "time", D(2026, 5, 1), 300)
    h = _open(
        store, u, "network", source="student_health", start=D(2025, 6, 1), end=FROM,
        end_reason="moved",
    )  # fmt: skip
    _link(store, h, "contact", D(2025, 7, 1), 250)
    _open(  # I: started in the period, ends after it
        store, u, "network", source="family", start=D(2026, 6, 20), end=D(2026, 7, 10),
        end_reason="other_support",
    )  # fmt: skip
    _open(store, u, "network", source="school", start=D(2026, 7, 5))  # J: after the period
    _open(store, u, "network", source="school", start=D(2025, 6, 30))  # K: 365 days at `to`
    _open(  # L: closed with no linked entry: 0 hours
        store, u, "network", source="school", start=D(2026, 1, 1), end=D(2026, 6, 10),
        employment_start="none", employment_end="full", economy_start="own",
        economy_end="support", eligible="yes", end_reason="declined",
    )  # fmt: skip
    return store
