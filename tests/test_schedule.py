"""Recurring templates: every week or every other week on the weekday of the first time."""

from __future__ import annotations

import datetime as dt

import pytest

from omradesapp.domain.entry import ValidationError
from omradesapp.domain.schedule import Schedule, parse_schedule
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


@pytest.mark.parametrize("text", ["3w:2026-11-24", "2w:24/11/2026", "varannan tisdag"])
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
