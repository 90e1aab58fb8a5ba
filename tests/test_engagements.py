"""Family engagements (SPEC §12) in the store: codes made here, links checked, every
refusal leaves the database as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from dbcheck import fingerprint
from engagement_helpers import Team, contact, draft, make_team

from omradesapp.domain.entry import Entry, ValidationError
from omradesapp.store.audit import read_audit
from omradesapp.store.database import Store
from omradesapp.store.engagements import (
    close_engagement,
    delete_engagement,
    engagement_by_code,
    engagements_in_period,
    get_engagement,
    linked_minutes,
    list_engagements,
    open_engagement,
    update_engagement,
)
from omradesapp.store.entries import add_entry, delete_entry, insert_rows, update_entry

D = dt.date


@pytest.fixture
def team(store: Store) -> Team:
    return make_team(store)


def test_opening_makes_the_code_a_running_number_per_unit_and_year(team: Team) -> None:
    s = team.store
    first = open_engagement(s, draft(team.team, "coordinated"), "AB")
    second = open_engagement(s, draft(team.team), "AB")
    other_year = open_engagement(
        s, draft(team.team, requested=D(2025, 11, 3), start=D(2025, 11, 4)), "AB"
    )
    elsewhere = open_engagement(s, draft(team.other_team), "AB")
    assert [first.code, second.code, other_year.code] == ["SS-2026-001", "NV-2026-002",
                                                           "NV-2025-001"]  # fmt: skip
    assert elsewhere.code == "NV-2026-001"
    stored = get_engagement(s, first.id)
    assert stored.engagement == first and stored.revision == 1 and stored.device == s.device
    assert engagement_by_code(s, team.team, "NV-2026-002") == second
    assert engagement_by_code(s, team.other_team, "SS-2026-001") is None
    # Audit lines name the engagement by id only: a code kept in the log would outlive
    # the retention that replaces it.
    opened = [a for a in read_audit(s) if a.action == "engagement_open"]
    assert len(opened) == 4 and all(set(a.details) == {"engagement"} for a in opened)
    assert not any(first.code in str(a.details) for a in read_audit(s))


def test_a_deleted_engagements_number_is_not_given_again(team: Team) -> None:
    s = team.store
    first = open_engagement(s, draft(team.team), "AB")
    delete_engagement(s, first.id, "AB")
    assert open_engagement(s, draft(team.team), "AB").code == "NV-2026-002"
    assert get_engagement(s, first.id, include_deleted=True).revision == 2


def test_update_and_close_raise_the_revision_and_are_audited(team: Team) -> None:
    s = team.store
    e = open_engagement(s, draft(team.team), "AB")
    e = update_engagement(s, e.with_changes(sip_date=D(2026, 3, 1), consent=True), "AB")
    closed = close_engagement(
        s, e.id, D(2026, 6, 12), "goals_met", "AB", employment_end="full",
        economy_end="partial", soc_end=55, eligible="yes",
    )  # fmt: skip
    stored = get_engagement(s, e.id)
    assert stored.engagement == closed and stored.revision == 3
    assert (closed.end, closed.end_reason, closed.consent) == (D(2026, 6, 12), "goals_met", True)
    actions = [a.action for a in read_audit(s)][:3]
    assert actions == ["engagement_close", "engagement_edit", "engagement_open"]
    edit = next(a for a in read_audit(s) if a.action == "engagement_edit")
    assert edit.details["sip_date"] == [None, "2026-03-01"]
    assert list_engagements(s, [team.team], active_on=D(2026, 7, 1)) == []


def test_lists_recent_first_and_the_period_of_a_report(team: Team) -> None:
    s = team.store
    old = open_engagement(s, draft(team.team, requested=D(2025, 1, 7), start=D(2025, 1, 8)), "AB")
    done = open_engagement(s, draft(team.team, requested=D(2025, 9, 1), start=D(2025, 9, 2)), "AB")
    close_engagement(s, done.id, D(2025, 12, 19), "moved", "AB")
    new = open_engagement(s, draft(team.team), "AB")
    open_engagement(s, draft(team.other_team), "AB")
    assert [e.id for e in list_engagements(s, [team.team])] == [new.id, done.id, old.id]
    assert [e.id for e in list_engagements(s, [team.team], since=D(2026, 1, 1))] == [
        new.id, old.id,
    ]  # fmt: skip
    assert [e.id for e in list_engagements(s, [team.team], active_on=D(2025, 10, 1))] == [
        done.id, old.id,
    ]  # fmt: skip
    in_january = engagements_in_period(s, [team.team], D(2026, 1, 1), D(2026, 1, 31))
    assert [e.id for e in in_january] == [old.id]
    in_december = engagements_in_period(s, [team.team], D(2025, 12, 1), D(2025, 12, 31))
    assert {e.id for e in in_december} == {old.id, done.id}
    both = engagements_in_period(s, [team.team, team.other_team], D(2026, 2, 1), D(2026, 2, 28))
    assert len(both) == 3
    assert engagements_in_period(s, [], D(2026, 1, 1), D(2026, 12, 31)) == []


def test_hours_per_family_are_the_minutes_of_every_linked_entry(team: Team) -> None:
    s = team.store
    e = open_engagement(s, draft(team.team), "AB")
    other = open_engagement(s, draft(team.team), "AB")
    add_entry(s, contact(team.team, e.code, 45), "AB")
    meeting = Entry(
        "meeting", D(2026, 1, 20), team.team, meeting_type="network_meeting", minutes=90,
        partners=("school",), adults=2, children=1, private_network=3, professional_network=4,
        engagement=e.code,
    )  # fmt: skip
    add_entry(s, meeting, "AB")
    gone = add_entry(s, contact(team.team, e.code, 30), "AB")
    delete_entry(s, gone.id, "AB")
    add_entry(s, Entry("time", D(2026, 3, 3), team.team, category="client", minutes=15,
                       engagement=e.code), "AB")  # fmt: skip
    assert linked_minutes(s, [e.id, other.id]) == {e.id: 150, other.id: 0}
    assert linked_minutes(s, []) == {}


def test_an_entry_linked_to_an_unknown_or_another_units_engagement_is_refused(
    team: Team,
) -> None:
    s = team.store
    theirs = open_engagement(s, draft(team.other_team), "AB")
    mine = open_engagement(s, draft(team.team, "coordinated"), "AB")
    kept = add_entry(s, contact(team.team, mine.code), "AB")
    before = fingerprint(s.path)
    with pytest.raises(ValidationError, match="annan enhet") as e:
        add_entry(s, contact(team.team, theirs.code), "AB")
    assert e.value.field == "engagement"
    with pytest.raises(ValidationError, match="Okänd familjeinsats"):
        add_entry(s, contact(team.team, "NV-2026-099"), "AB")
    with pytest.raises(ValidationError, match="Okänd familjeinsats"):
        update_entry(s, kept.with_changes(engagement="SS-2026-002"), "AB")
    with pytest.raises(ValidationError, match="annan enhet"):
        with s.transaction() as c:
            insert_rows(c, [contact(team.team, mine.code), contact(team.team, theirs.code)],
                        s.device, "2026-03-02T10:00:00+00:00")  # fmt: skip
    with pytest.raises(ValidationError, match="annan enhet"):
        add_entry(s, contact(team.centre, mine.code), "AB")
    assert fingerprint(s.path) == before


def test_refusals_change_nothing(team: Team) -> None:
    s = team.store
    e = open_engagement(s, draft(team.team), "AB")
    add_entry(s, contact(team.team, e.code), "AB")
    before = fingerprint(s.path)
    refused: list[tuple[str, object]] = [
        ("code", lambda: open_engagement(s, draft(team.team, code="NV-2026-050"), "AB")),
        ("end", lambda: close_engagement(s, e.id, D(2026, 2, 1), "moved", "AB")),
        ("end_reason", lambda: close_engagement(s, e.id, D(2026, 4, 1), "bored", "AB")),
        ("start", lambda: open_engagement(s, draft(team.team, start=D(2026, 1, 1)), "AB")),
        ("basis", lambda: open_engagement(
            s, draft(team.team, "coordinated", basis="assistance"), "AB")),
        ("unit", lambda: open_engagement(s, draft(team.centre), "AB")),
        ("source", lambda: open_engagement(s, draft(team.team, source="Anna Andersson"), "AB")),
        ("girls", lambda: open_engagement(s, draft(team.team, girls=11), "AB")),
        ("soc_start", lambda: open_engagement(s, draft(team.team, soc_start=12), "AB")),
        ("code", lambda: update_engagement(s, e.with_changes(code="NV-2026-777"), "AB")),
        ("code", lambda: update_engagement(s, e.with_changes(code="850101-1236"), "AB")),
        ("engagement", lambda: delete_engagement(s, e.id, "AB")),
        ("eligible", lambda: update_engagement(s, e.with_changes(eligible="yes"), "AB")),
        ("assignment", lambda: update_engagement(
            s, e.with_changes(assignment="coordinated"), "AB")),
    ]  # fmt: skip
    for field, attempt in refused:
        with pytest.raises(ValidationError) as caught:
            attempt()  # type: ignore[operator]
        assert caught.value.field == field, (field, caught.value.message)
        assert caught.value.message  # Swedish, naming what is wrong
    assert fingerprint(s.path) == before


def test_an_unlinked_engagement_can_be_deleted_and_then_the_entry_link_is_refused(
    team: Team,
) -> None:
    s = team.store
    e = open_engagement(s, draft(team.team), "AB")
    linked = add_entry(s, contact(team.team, e.code), "AB")
    delete_entry(s, linked.id, "AB")  # a deleted entry links nothing
    delete_engagement(s, e.id, "AB")
    assert list_engagements(s, [team.team]) == []
    with pytest.raises(ValidationError, match="Okänd familjeinsats"):
        add_entry(s, contact(team.team, e.code), "AB")
