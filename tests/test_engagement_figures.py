"""The `engagements` block of SPEC §12 from a hand-built team whose numbers are written out here.

The period, March–June 2026, cuts engagements at both ends: some started before it, some end
after it, one ended the day before it began and one starts after it (tests/team_fixture.py).
"""

from __future__ import annotations

from typing import Any

import pytest
from team_fixture import FROM, TEAM, TO, D, build_team

from omradesapp.domain import codes
from omradesapp.domain.engagement_block import empty_engagements
from omradesapp.reports.figures import compute
from omradesapp.store.database import Store
from omradesapp.store.org import unit_by_name


@pytest.fixture
def team(store: Store) -> Store:
    return build_team(store)


def both(coordinated: object, network: object) -> dict[str, object]:
    return {"coordinated": coordinated, "network": network}


# Every source a partner code or the family itself (SPEC §12): all keys, zero where none.
SOURCES = {**dict.fromkeys(codes.PARTNERS.codes, 0), "family": 0}

EXPECTED: dict[str, Any] = {
    "started": both(2, 3),  # B, C | F, G, I
    "closed": both(2, 3),  # A, C | G, H (on the first day), L
    "active": both(4, 7),  # A, B, C, M | D, F, G, H, I, K, L
    "hours_median": both(8.0, 4.2),  # 10.0 and 6.0 | 13.0, 4.17 and 0.0
    "hours_mean": both(8.0, 5.7),
    "days_median": both(80, 160),  # 100 and 60 | 60, 273 and 160
    "open_over_365": both(1, 1),  # M | D (K is exactly 365 days)
    "sip_at_start": both(1, 1),  # C (A started before the period) | G
    "sip_set_up": both(2, 1),  # A, B | D
    "by_basis": {"service": 4, "assistance": 1, "investigation": 0},
    "by_source": {**SOURCES, "family": 2, "social_office": 1, "school": 2},
    "end_reasons": {
        "goals_met": 2,
        "partly": 1,
        "declined": 1,
        "moved": 1,
        "other_support": 0,
        "other": 0,
    },  # fmt: skip
    "employment": {"better": 2, "same": 1, "worse": 1},  # H has no values
    "economy": {"better": 1, "same": 1, "worse": 1},  # G has no end value
    "eligible": {"yes": 2, "no": 1, "unknown": 1},
}
NOTHING: dict[str, Any] = {
    **{key: both(0, 0) for key in ("started", "closed", "active")},
    **{key: both(None, None) for key in ("hours_median", "hours_mean", "days_median")},
    **{key: both(0, 0) for key in ("open_over_365", "sip_at_start", "sip_set_up")},
    "by_basis": {"service": 0, "assistance": 0, "investigation": 0},
    "by_source": SOURCES,
    "end_reasons": dict.fromkeys(EXPECTED["end_reasons"], 0),
    "employment": {"better": 0, "same": 0, "worse": 0},
    "economy": {"better": 0, "same": 0, "worse": 0},
    "eligible": {"yes": 0, "no": 0, "unknown": 0},
}


def test_engagements_block_spelled_out(team: Store) -> None:
    js = compute(team, FROM, TO).to_json()
    assert js["units"][TEAM]["engagements"] == EXPECTED
    assert js["total"]["engagements"] == EXPECTED


def test_every_key_present_and_exactly_the_specs(team: Store) -> None:
    block = compute(team, FROM, TO).to_json()["units"][TEAM]["engagements"]
    assert list(block) == [
        "started", "closed", "active", "hours_median", "hours_mean", "days_median",
        "open_over_365", "sip_at_start", "sip_set_up", "by_basis", "by_source", "end_reasons",
        "employment", "economy", "eligible",
    ]  # fmt: skip
    assert set(block["by_source"]) >= {"school", "student_health", "social_office", "bvc"}
    assert "family" in block["by_source"]


def test_only_team_units_and_a_total_with_a_team(team: Store) -> None:
    js = compute(team, FROM, TO).to_json()
    assert [n for n, fig in js["units"].items() if "engagements" in fig] == [TEAM]
    berga = unit_by_name(team, "Berga")
    assert berga is not None
    without = compute(team, FROM, TO, [berga.id]).to_json()
    assert "engagements" not in without["total"]
    assert "engagements" not in without["units"]["Berga"]


def test_nothing_in_a_period_without_engagements(team: Store) -> None:
    block = compute(team, D(2020, 1, 1), D(2020, 12, 31)).to_json()["total"]["engagements"]
    assert block == NOTHING == empty_engagements()


def test_by_month_splits_the_period(team: Store) -> None:
    report = compute(team, FROM, TO)
    months = report.by_month
    assert months["2026-03"]["engagements"]["started"] == both(1, 1)  # B | G
    assert months["2026-05"]["engagements"]["started"] == both(1, 0)  # C
    assert months["2026-06"]["engagements"]["started"] == both(0, 2)  # F, I
    assert sum(m["engagements"]["started"]["network"] for m in months.values()) == 3
    assert months["2026-03"]["engagements"]["closed"] == both(0, 1)  # H on 1 March


def test_email_answered_within_a_day(team: Store) -> None:
    fig = compute(team, FROM, TO).to_json()["units"][TEAM]
    assert fig["contacts_by_form"]["email"] == 1
    assert fig["emails_answered_24h"] == 1
