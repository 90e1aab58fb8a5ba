"""A batch converted a column at a time gives what each row parsed alone gives, or hands the
batch back: it never takes a row that the row-by-row parser refuses."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools

import pytest
from csv_rows import entries_to_csv
from hypothesis import given, settings
from hypothesis import strategies as st

from omradesapp.demo import generate
from omradesapp.domain import codes
from omradesapp.domain.entry import Entry, ValidationError
from omradesapp.domain.fields import FIELDS
from omradesapp.exchange.csv_columns import RowParser
from omradesapp.store.database import Store
from omradesapp.store.org import list_units

# Cells that look almost right: a converter over a whole column must refuse them as the
# row-by-row one does (non-ASCII digits, ISO week dates, an impossible day, codes of
# another list, one more than allowed, a count with a sign).
TRICKY = (
    "", " ", "0", "1", "2", "-1", "+1", "1.5", "١٢", "²", "99999", "2026-02-30",
    "20261127", "2026-W48-5", "2026-11-27T10:00", "2026-11-27", "BERGA", "berga", "Atlantis",
    "visit", "Visit", "contact", "|", "advice|advice", "phone", "email", "x" * 300,
    "19121212-1212", "10:00", "25:00", "NV-2026-001", "AB", "0001",
)  # fmt: skip


def rows_and_parser(store: Store, n: int, id_every: int) -> tuple[list[list[str]], RowParser]:
    units = list_units(store)
    made = generate(units, {u.id: [] for u in units}, dt.date(2026, 1, 1), dt.date(2026, 6, 30),
                    40, 5)  # fmt: skip
    entries = [
        e if i % id_every == 0 else e.with_changes(id="")
        for i, e in enumerate(itertools.islice(made, n))
    ]
    text = entries_to_csv(entries, {u.id: u.name for u in units}, {})
    header, *rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    for i, cells in enumerate(rows):  # a worker's name on every third row
        cells[header.index("worker")] = "Anna B" if i % 3 == 0 else ""
    return rows, RowParser(header, {u.name.casefold(): u.id for u in units})


def one_by_one(parser: RowParser, rows: list[list[str]]) -> list[tuple[Entry, str | None]]:
    return [parser.parse(cells) for cells in rows]


def same(a: list[tuple[Entry, str | None]], b: list[tuple[Entry, str | None]]) -> None:
    """Equal but for the ids made for rows without one."""
    assert len(a) == len(b)
    for (ea, wa), (eb, wb) in zip(a, b, strict=True):
        assert wa == wb
        assert ea.with_changes(id="") == eb.with_changes(id="") or ea == eb


def test_a_batch_of_sound_rows_gives_what_each_row_gives(store: Store) -> None:
    rows, parser = rows_and_parser(store, 3000, id_every=2)
    fast = parser.parse_many(rows)
    assert fast is not None  # sound rows take the column path
    same(fast, one_by_one(parser, rows))
    kinds = {e.kind for e, _ in fast}
    assert kinds == set(codes.KINDS.codes)


def test_one_bad_cell_hands_the_batch_back(store: Store) -> None:
    rows, parser = rows_and_parser(store, 200, id_every=1)
    rows[150][[f.name for f in FIELDS if f.exported].index("date")] = "2026-02-30"
    assert parser.parse_many(rows) is None
    with pytest.raises(ValidationError) as e:
        parser.parse(rows[150])
    assert e.value.field == "date"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[list[str]], RowParser]:
    from omradesapp.store.opening import open_store

    with open_store(tmp_path_factory.mktemp("db") / "s.db") as store:
        return rows_and_parser(store, 40, id_every=1)


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_no_cell_the_row_parser_refuses_gets_through_a_column(
    sample: tuple[list[list[str]], RowParser], data: st.DataObject
) -> None:
    rows, parser = sample
    rows = [list(r) for r in rows]
    width = len(rows[0])
    for _ in range(data.draw(st.integers(1, 3))):
        r = data.draw(st.integers(0, len(rows) - 1))
        c = data.draw(st.integers(0, width - 1))
        rows[r][c] = data.draw(st.sampled_from(TRICKY) | st.text(max_size=6))
    fast = parser.parse_many(rows)
    if fast is None:
        return  # handed back: `parse` names the problem (or takes every row, as before)
    same(fast, one_by_one(parser, rows))  # raises if the row parser refuses any row


def test_every_tricky_cell_in_every_column_is_judged_as_the_row_parser_judges_it(
    sample: tuple[list[list[str]], RowParser],
) -> None:
    rows, parser = sample
    taken = 0
    for column in range(len(rows[0])):
        for value in TRICKY:
            for row in range(len(rows)):
                changed = [list(r) for r in rows]
                changed[row][column] = value
                fast = parser.parse_many(changed)
                if fast is not None:
                    same(fast, one_by_one(parser, changed))
                    taken += 1
                else:  # handed back: the row parser must refuse the changed row
                    with pytest.raises(ValidationError):
                        parser.parse(changed[row])
                if row >= 4:
                    break
    assert taken > 100  # the column path took many of them
