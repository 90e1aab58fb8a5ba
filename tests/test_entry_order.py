"""The entry list's sort orders, read by SQL: first page and row ids agree, ties newest first."""

from __future__ import annotations

import datetime as dt

import pytest

from omradesapp.demo import populate
from omradesapp.store.database import Store
from omradesapp.store.entries import (
    EntryFilter,
    EntryOrder,
    entries_at,
    list_entries,
    list_row_ids,
)
from omradesapp.store.org import list_units, list_workers


@pytest.fixture
def filled(store: Store) -> Store:
    populate(store, dt.date(2026, 1, 1), dt.date(2026, 2, 28), per_unit_month=4, seed=5)
    return store


def in_order(store: Store, order: EntryOrder) -> list:  # type: ignore[type-arg]
    ids = list_row_ids(store, EntryFilter(), order)
    return [s.entry for s in entries_at(store, ids) if s is not None]


@pytest.mark.parametrize("descending", [False, True])
def test_every_column_sorts_and_the_first_page_agrees(filled: Store, descending: bool) -> None:
    units = {u.id: u.name.casefold() for u in list_units(filled)}
    workers = {w.id: w.name.casefold() for w in list_workers(filled)}
    keys = {
        "date": lambda e: (e.date, e.time or ""),
        "kind": lambda e: ("visit", "contact", "group", "meeting", "time").index(e.kind),
        "unit": lambda e: units[e.unit_id],
        "worker": lambda e: workers[e.worker_id],
        "minutes": lambda e: -1 if e.minutes is None else e.minutes,
    }
    for column, key in keys.items():
        order = EntryOrder(column, descending)
        rows = in_order(filled, order)
        assert len(rows) > 50
        values = [key(e) for e in rows]
        assert values == sorted(values, reverse=descending), column
        first = [s.entry.id for _, s in list_entries(filled, EntryFilter(), 10, order=order)]
        assert first == [e.id for e in rows[:10]], column


def test_ties_are_broken_newest_first(filled: Store) -> None:
    rows = in_order(filled, EntryOrder("kind", descending=False))
    visits = [e.date for e in rows if e.kind == "visit"]
    assert visits == sorted(visits, reverse=True)


def test_an_unknown_column_or_paging_a_sorted_list_is_refused(filled: Store) -> None:
    with pytest.raises(ValueError, match="sorteringskolumn: note"):
        list_row_ids(filled, EntryFilter(), EntryOrder("note"))
    key = list_entries(filled, EntryFilter(), 1)[0][0]
    with pytest.raises(ValueError, match="sida för sida"):
        list_entries(filled, EntryFilter(), 10, after=key, order=EntryOrder("unit"))
