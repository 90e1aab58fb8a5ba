"""Recurring templates: every one, two or four weeks, or one weekday of each month."""

from __future__ import annotations

import datetime as dt

import pytest

from omradesapp.domain.entry import ValidationError
from omradesapp.domain.schedule import LAST, Schedule, monthly, parse_schedule
from omradesapp.store.database import Store
from omradesapp.store.templates import Template, list_templates, save_template

TUESDAY = dt.date(2026, 11, 24)


def test_every_other_tuesday() -> None:
    plan = parse_schedule("2w:2026-11-24")
    assert plan == Schedule(2, TUESDAY)
    due = [d for d in (TUESDAY + dt.timedelta(days=i) for i in range(-7, 36)) if plan.due_on(d)]
    assert due == [TUESDAY, dt.date(2026, 12, 8), dt.date(2026, 12, 22)]
    assert parse_schedule(plan.to_text()) == plan


def test_every_thursday() -> None:
    plan = Schedule(1, dt.date(2026, 11, 26))
    assert plan.due_on(dt.date(2026, 12, 3)) and not plan.due_on(dt.date(2026, 12, 4))


def due_between(plan: Schedule, start: dt.date, end: dt.date) -> list[dt.date]:
    days = (start + dt.timedelta(days=i) for i in range((end - start).days + 1))
    return [d for d in days if plan.due_on(d)]


def test_every_fourth_week_across_the_new_year() -> None:
    plan = parse_schedule("4w:2026-12-03")
    assert plan == Schedule(4, dt.date(2026, 12, 3))
    assert due_between(plan, dt.date(2026, 11, 1), dt.date(2027, 3, 1)) == [
        dt.date(2026, 12, 3),
        dt.date(2026, 12, 31),
        dt.date(2027, 1, 28),
        dt.date(2027, 2, 25),
    ]
    assert parse_schedule(plan.to_text()) == plan


def test_the_first_tuesday_of_the_month() -> None:
    plan = monthly(dt.date(2026, 11, 3), 1)
    assert plan.to_text() == "m1:2026-11-03" and parse_schedule("m1:2026-11-03") == plan
    assert due_between(plan, dt.date(2026, 10, 1), dt.date(2027, 3, 31)) == [
        dt.date(2026, 11, 3),
        dt.date(2026, 12, 1),
        dt.date(2027, 1, 5),
        dt.date(2027, 2, 2),
        dt.date(2027, 3, 2),
    ]


def test_the_last_thursday_of_the_month_in_short_and_leap_months() -> None:
    plan = parse_schedule("m-1:2026-11-26")
    assert plan == monthly(dt.date(2026, 11, 26), LAST)
    assert due_between(plan, dt.date(2026, 11, 1), dt.date(2028, 3, 1))[:4] == [
        dt.date(2026, 11, 26),
        dt.date(2026, 12, 31),
        dt.date(2027, 1, 28),
        dt.date(2027, 2, 25),
    ]
    # February 2028 has 29 days: its last Thursday is the 24th, not the 17th.
    assert plan.due_on(dt.date(2028, 2, 24)) and not plan.due_on(dt.date(2028, 2, 17))
    assert len(due_between(plan, dt.date(2027, 1, 1), dt.date(2027, 12, 31))) == 12


def test_the_fourth_weekday_is_not_the_fifth() -> None:
    plan = monthly(dt.date(2026, 10, 22), 4)  # the fourth Thursday of October 2026
    assert plan.due_on(dt.date(2026, 12, 24)) and not plan.due_on(dt.date(2026, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "3w:2026-11-24",
        "2w:24/11/2026",
        "varannan tisdag",
        "m5:2026-11-24",
        "m1:2026-02-30",
        "2w:2026-11-24\n",
    ],
)
def test_a_malformed_schedule_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_schedule(text)


def test_templates_keep_their_schedule_and_no_identities(store: Store) -> None:
    fields = {"unit_id": 1, "meeting_type": "collab_group", "partners": ["school"]}
    saved = save_template(
        store, Template(0, "Samverkansgruppen", "meeting", fields, "2w:2026-11-24"), "AB"
    )
    [kept] = list_templates(store)
    assert kept == saved and kept.due_on(TUESDAY) and not kept.due_on(TUESDAY + dt.timedelta(7))
    with pytest.raises(ValidationError):
        save_template(store, Template(0, "ring 070-123 45 67", "meeting", fields), "AB")
    with pytest.raises(ValueError):
        save_template(
            store, Template(0, "Med anteckning", "meeting", {**fields, "note": "x"}), "AB"
        )
    with pytest.raises(ValidationError):
        save_template(
            store, Template(0, "Fel kod", "meeting", {**fields, "partners": ["pub"]}), "AB"
        )
    assert len(list_templates(store)) == 1
