"""The write path: validation, closed months, audit lines, and tallies that match the entries."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from entry_changes import change_at_random

from omradesapp.demo import populate
from omradesapp.domain.entry import Entry, ValidationError, new_id
from omradesapp.store.audit import read_audit
from omradesapp.store.database import Store
from omradesapp.store.entries import (
    EntryFilter,
    add_entry,
    count_entries,
    delete_entry,
    get_entry,
    last_of_kind,
    list_entries,
    undelete_entry,
    update_entry,
)
from omradesapp.store.months import ClosedMonthError, close_month, reopen_month
from omradesapp.store.org import unit_by_name
from omradesapp.store.tallies import _from_entries, _from_tallies, rebuild_tallies


def berga(store: Store) -> int:
    unit = unit_by_name(store, "Berga")
    assert unit is not None
    return unit.id


def visit(store: Store, day: int = 3, **kw: object) -> Entry:
    return Entry(kind="visit", date=dt.date(2026, 3, day), unit_id=berga(store), **kw)  # type: ignore[arg-type]


def test_add_edit_delete_undelete_with_audit(store: Store) -> None:
    e = add_entry(store, visit(store), "AB")
    assert e.adults == 1  # a visit with no counts is one adult
    update_entry(store, e.with_changes(children=2), "AB")
    assert get_entry(store, e.id).entry.children == 2
    delete_entry(store, e.id, "AB")
    assert count_entries(store, EntryFilter()) == 0
    undelete_entry(store, e.with_changes(children=2), "AB")
    assert count_entries(store, EntryFilter()) == 1
    actions = [a.action for a in read_audit(store)]
    assert actions[:4] == ["undelete", "delete", "edit", "create"]
    assert read_audit(store)[2].details == {"children": [None, 2]}


def test_invalid_entries_change_nothing(store: Store) -> None:
    for bad, field in [
        (visit(store, note="ring 0701234567"), "note"),
        (visit(store, adults=900), "adults"),
        (visit(store, minutes=2000), "minutes"),
        (Entry(kind="contact", date=dt.date(2026, 3, 3), unit_id=berga(store)), "contact_type"),
        (visit(store, meeting_type="sip"), "meeting_type"),
        (visit(store, time="25:00"), "time"),
    ]:
        with pytest.raises(ValidationError) as info:
            add_entry(store, bad, "AB")
        assert info.value.field == field
    assert count_entries(store, EntryFilter()) == 0
    assert read_audit(store) == []


def test_closed_month_refuses_every_change_until_reopened(store: Store) -> None:
    e = add_entry(store, visit(store), "AB")
    close_month(store, "2026-03", [berga(store)], "chef")
    with pytest.raises(ClosedMonthError, match="Mars 2026 är avslutad för Berga"):
        add_entry(store, visit(store, day=4), "AB")
    with pytest.raises(ClosedMonthError):
        update_entry(store, e.with_changes(adults=2), "AB")
    with pytest.raises(ClosedMonthError):
        update_entry(store, e.with_changes(date=dt.date(2026, 4, 1)), "AB")  # moving out
    with pytest.raises(ClosedMonthError):
        delete_entry(store, e.id, "AB")
    april = add_entry(store, visit(store).with_changes(date=dt.date(2026, 4, 2), id=new_id()), "AB")
    with pytest.raises(ClosedMonthError):
        update_entry(store, april.with_changes(date=dt.date(2026, 3, 30)), "AB")  # moving in
    reopen_month(store, "2026-03", [berga(store)], "chef", "rättelse")
    update_entry(store, e.with_changes(adults=2), "AB")
    actions = [a.action for a in read_audit(store)]
    assert "close_month" in actions and "reopen_month" in actions
    reopen = next(a for a in read_audit(store) if a.action == "reopen_month")
    assert reopen.actor == "chef" and reopen.details["reason"] == "rättelse"


def test_list_pages_newest_first_and_as_last_time(store: Store) -> None:
    for day in range(1, 29):
        add_entry(store, visit(store, day=day, time="09:00"), "AB")
    page1 = list_entries(store, EntryFilter(), limit=10)
    page2 = list_entries(store, EntryFilter(), limit=10, after=page1[-1][0])
    days = [s.entry.date.day for _, s in page1 + page2]
    assert days == list(range(28, 8, -1))
    assert last_of_kind(store, "visit").date.day == 28  # type: ignore[union-attr]
    assert count_entries(store, EntryFilter(date_from=dt.date(2026, 3, 10))) == 19


def tally_totals(rows) -> Counter:  # type: ignore[no-untyped-def]
    c: Counter = Counter()
    for r in rows:
        key = (r.month, r.unit_id, r.kind, r.measure, r.code)
        c[key + ("n",)] += r.n
        c[key + ("people",)] += r.people
        c[key + ("minutes",)] += r.minutes
        c[key + ("evening",)] += r.evening
    return +c  # drop zeros


def test_tallies_match_the_entries_after_many_changes(store: Store) -> None:
    populate(store, dt.date(2026, 1, 1), dt.date(2026, 3, 31), per_unit_month=15, seed=7)
    change_at_random(store, 3, 60, lambda rng: dt.date(2026, rng.randint(1, 3), 15), 10)
    from_tallies = tally_totals(_from_tallies(store, "2026-01", "2026-03", ()))
    from_entries = tally_totals(
        _from_entries(store, dt.date(2026, 1, 1), dt.date(2026, 3, 31), (), None)
    )
    assert from_tallies == from_entries
    rebuild_tallies(store)
    assert tally_totals(_from_tallies(store, "2026-01", "2026-03", ())) == from_entries


def test_new_ids_are_time_ordered_uuids() -> None:
    import time
    import uuid

    first = new_id()
    time.sleep(0.002)
    second = new_id()
    assert uuid.UUID(first).version == 7
    assert first < second
