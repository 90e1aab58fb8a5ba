"""Retention of engagement codes (SPEC §12): some years after the end the code is replaced
by an opaque one, here, in the linked entries and in backups; counts and hours stay."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from engagement_helpers import Team, contact, draft, make_team

from omradesapp.domain.engagement_code import code_parts, code_problem
from omradesapp.store import backup
from omradesapp.store.audit import read_audit
from omradesapp.store.database import Store
from omradesapp.store.engagements import (
    close_engagement,
    engagement_by_code,
    get_engagement,
    linked_minutes,
    open_engagement,
)
from omradesapp.store.entries import add_entry, get_entry
from omradesapp.store.retention import CODE_SETTING, opaque_code, replace_old_codes

D = dt.date


@pytest.fixture
def team(store: Store) -> Team:
    return make_team(store)


def _closed(t: Team, end: dt.date) -> str:
    start = min(end, D(2026, 2, 9))
    e = open_engagement(t.store, draft(t.team, requested=start, start=start), "AB")
    close_engagement(t.store, e.id, end, "goals_met", "AB")
    return e.id


def test_codes_two_years_after_the_end_are_replaced_and_entries_follow(team: Team) -> None:
    s = team.store
    due = _closed(team, D(2026, 3, 31))
    kept = _closed(team, D(2026, 6, 1))
    active = open_engagement(s, draft(team.team), "AB")
    old_code = get_engagement(s, due).engagement.code
    linked = add_entry(s, contact(team.team, old_code, 50), "AB")
    revision = get_engagement(s, due).revision

    assert replace_old_codes(s, D(2028, 5, 2)) == 1
    stored = get_engagement(s, due)
    new_code = stored.engagement.code
    assert new_code != old_code and code_problem(new_code) is None
    assert code_parts(new_code)[:2] == code_parts(old_code)[:2]  # prefix and year kept
    assert stored.revision == revision  # every copy makes the same code: no edit to merge
    assert get_entry(s, linked.id).entry.engagement == new_code
    assert engagement_by_code(s, team.team, old_code) is None
    assert linked_minutes(s, [due]) == {due: 50}  # hours stay
    assert get_engagement(s, kept).engagement.code == "NV-2026-002"
    assert get_engagement(s, active.id).engagement.code == "NV-2026-003"
    line = read_audit(s, 1)[0]
    assert line.details == {"codes_replaced": 1, "before": "2026-05-02"}
    assert old_code not in str([a.details for a in read_audit(s)])
    assert replace_old_codes(s, D(2028, 5, 2)) == 0  # once only
    # A new engagement of that year goes on from the running numbers, not the opaque one.
    late = open_engagement(s, draft(team.team, requested=D(2026, 1, 2), start=D(2026, 1, 5)), "AB")
    assert late.code == "NV-2026-004"


def test_the_period_is_a_setting_and_the_code_is_the_same_in_every_copy(team: Team) -> None:
    s = team.store
    due = _closed(team, D(2026, 3, 31))
    s.set_setting(CODE_SETTING, "5")
    assert replace_old_codes(s, D(2028, 5, 2)) == 0
    assert replace_old_codes(s, D(2031, 4, 1)) == 1
    code = get_engagement(s, due).engagement.code
    assert opaque_code(due, "NV-2026-001", set()) == code


def test_an_opaque_code_passes_over_numbers_taken_in_the_unit_and_year() -> None:
    first = opaque_code("x", "SS-2025-007", set())
    number = code_parts(first)[2]
    again = opaque_code("x", "SS-2025-007", {number})
    assert again != first and again.startswith("SS-2025-")


def test_a_backup_holds_no_code_due_to_be_replaced(team: Team, tmp_path: Path) -> None:
    s = team.store
    due = _closed(team, D(2020, 1, 31))
    old_code = get_engagement(s, due).engagement.code
    copy = tmp_path / "copy.db"
    backup.backup_to(s, copy)
    conn = sqlite3.connect(copy)
    codes = [r[0] for r in conn.execute("SELECT code FROM engagements")]
    conn.close()
    assert old_code not in codes and len(codes) == 1
    assert get_engagement(s, due).engagement.code == old_code  # the database's own turn
