"""The tallies' sums per year and over all units: written with the tallies, read for long periods.

Every period shape a report asks for (whole years, years with months on either side, part
months, some units, summed over units or months) must give the numbers counted from the
entries themselves: after a bulk load (the import's write path), moves across years,
recounts, deletions and undeletions, and after `check --repair-tallies`' recount.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

import pytest
from dbcheck import tally_tables
from entry_changes import change_at_random

from omradesapp.demo import populate
from omradesapp.store.database import Store
from omradesapp.store.org import unit_by_name
from omradesapp.store.tallies import TallyRow, _from_entries, rebuild_tallies, tally

FIRST, LAST = dt.date(2023, 11, 1), dt.date(2026, 2, 28)
D = dt.date
PERIODS = [
    (FIRST, LAST),  # two whole years with months on both sides
    (D(2024, 1, 1), D(2025, 12, 31)),  # whole years only
    (D(2024, 1, 1), D(2024, 12, 31)),  # one year
    (D(2023, 12, 1), D(2025, 1, 31)),  # a year with a month on each side
    (D(2024, 1, 1), D(2025, 6, 30)),  # a year and half of the next
    (D(2023, 11, 14), D(2026, 1, 9)),  # part months at both ends
    (D(2024, 3, 1), D(2024, 8, 31)),  # months within a year
    (D(2025, 2, 3), D(2025, 2, 20)),  # days within a month
]


def totals(rows: Iterable[TallyRow]) -> Counter[tuple[object, ...]]:
    c: Counter[tuple[object, ...]] = Counter()
    for r in rows:
        for name in ("n", "adults", "children", "minutes", "evening"):
            c[(r.month, r.unit_id, r.kind, r.measure, r.code, name)] += getattr(r, name)
    return +c


@pytest.fixture
def changed(store: Store) -> Store:
    """Three years and four months of sample entries, then 120 random changes."""
    populate(store, FIRST, LAST, per_unit_month=6, seed=11)
    change_at_random(  # moves across a year's end too
        store,
        5,
        120,
        lambda rng: dt.date(rng.choice([2023, 2024, 2025]), rng.choice([1, 6, 12]), 15),
        15,
    )
    return store


@pytest.mark.parametrize("start,end", PERIODS)
def test_every_period_shape_counts_as_the_entries_do(
    changed: Store, start: dt.date, end: dt.date
) -> None:
    units = (unit_by_name(changed, "Berga").id, unit_by_name(changed, "Ryd").id)  # type: ignore[union-attr]
    for unit_ids in ((), units):
        for per_month in (True, False):
            for per_unit in (True, False):
                shape = (start, end, unit_ids, None, per_month, per_unit)
                read = totals(tally(changed, *shape))
                counted = totals(_from_entries(changed, *shape))
                assert read == counted, (unit_ids, per_month, per_unit)
                assert read  # the period has entries: the comparison says something


def test_the_sums_are_the_tallies_summed_and_survive_a_recount(changed: Store) -> None:
    kept = tally_tables(changed.conn)
    by_year: Counter[tuple[object, ...]] = Counter()
    all_units: Counter[tuple[object, ...]] = Counter()
    for month, unit_id, kind, measure, code, *counts in kept["tallies"]:
        for i, c in enumerate(counts):
            by_year[(int(month[:4]), unit_id, kind, measure, code, i)] += c
            all_units[(month, kind, measure, code, i)] += c
    assert +by_year == Counter(
        {(*r[:5], i): c for r in kept["tallies_by_year"] for i, c in enumerate(r[5:]) if c}
    )
    assert +all_units == Counter(
        {(*r[:4], i): c for r in kept["tallies_all_units"] for i, c in enumerate(r[4:]) if c}
    )
    rebuild_tallies(changed)
    assert tally_tables(changed.conn) == kept
