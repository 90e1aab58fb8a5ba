"""`--demo` gives the team realistic family engagements (SPEC §12) with linked entries."""

from __future__ import annotations

import datetime as dt
import statistics

from omradesapp import demo
from omradesapp.store.database import Store
from omradesapp.store.engagements import linked_minutes, list_engagements
from omradesapp.store.org import unit_by_name

START, END = dt.date(2025, 1, 1), dt.date(2026, 6, 30)


def test_sample_engagements_have_the_contracts_volumes_and_links(store: Store) -> None:
    demo.populate(store, START, END, per_unit_month=2, seed=3, engagements=True)
    team = unit_by_name(store, "Samordnat stöd och nätverksarbete")
    assert team is not None
    found = list_engagements(store, [team.id])
    in_2025 = [e for e in found if e.start.year == 2025]
    coordinated = [e for e in in_2025 if e.assignment == "coordinated"]
    network = [e for e in in_2025 if e.assignment == "network"]
    assert 20 <= len(coordinated) <= 40 and 120 <= len(network) <= 180  # ~30 and ~150 a year
    assert {e.code[:8] for e in coordinated} == {"SS-2025-"}
    minutes = linked_minutes(store, [e.id for e in network if e.end is not None])
    assert 10 <= statistics.median(minutes.values()) / 60 <= 16  # ~13 hours per family
    durations = [(e.end - e.start).days for e in network if e.end is not None]
    assert min(durations) >= 14 and statistics.median(durations) < 180  # weeks to months
    assert any(e.end is None for e in found) and any(e.sip_date for e in found)
    assert {e.end_reason for e in found if e.end} >= {"goals_met", "partly"}
    c = store.conn
    linked = c.execute(
        "SELECT count(*), count(DISTINCT engagement) FROM entries WHERE engagement IS NOT NULL"
    ).fetchone()
    assert linked[1] == len(found) and linked[0] > 5 * len(found)
    # Every link names an engagement of the entry's own unit.
    assert c.execute(
        "SELECT count(*) FROM entries AS n WHERE engagement IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM engagements AS g WHERE g.unit_id = n.unit_id AND g.code = n.engagement)"
    ).fetchone() == (0,)
    emails, answered = c.execute(
        "SELECT count(*), sum(answered_24h) FROM entries WHERE form = 'email' AND unit_id = ?",
        (team.id,),
    ).fetchone()
    assert emails > 0 and 0.7 < answered / emails < 1
    types = dict(c.execute(
        "SELECT meeting_type, count(*) FROM entries WHERE engagement IS NOT NULL "
        "AND kind = 'meeting' GROUP BY 1"
    ).fetchall())  # fmt: skip
    assert set(types) == {"pre_meeting", "network_meeting", "sip", "follow_up"}


def test_sample_data_without_engagements_has_none(store: Store) -> None:
    demo.populate(store, START, dt.date(2025, 1, 31), per_unit_month=2, seed=3)
    assert store.conn.execute("SELECT count(*) FROM engagements").fetchone() == (0,)
