"""The field table (domain/fields.py) is the one definition every restated list derives from."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from csv_rows import entries_to_csv

from omradesapp.domain import codes, fields
from omradesapp.domain.entry import Entry, entry_from
from omradesapp.store.entries import DATA_COLUMNS, entry_values


def test_the_table_names_every_attribute_of_an_entry_in_order() -> None:
    assert {f.attr for f in fields.FIELDS} == {f.name for f in dataclasses.fields(Entry)}
    assert DATA_COLUMNS == tuple(f.attr for f in fields.FIELDS if f.name != "id")


def test_coded_fields_take_their_lists_and_kinds_from_the_code_lists() -> None:
    for f in fields.of_type("code", "codes"):
        if f.name == "kind":
            continue
        coded = codes.FIELDS_BY_NAME[f.name]
        assert (f.codes, f.kinds, f.required_for) == (coded.codes, coded.kinds, coded.required_for)
        assert (f.type == "codes") == coded.multi


def test_notes_are_never_exported_packaged_or_reported() -> None:
    note = fields.BY_NAME["note"]
    assert not (note.exported or note.in_package or note.in_report_rows)
    assert "note" not in fields.EXPORTED_COLUMNS and "note" not in fields.PACKAGE_KEYS


def test_entry_values_follow_the_data_columns() -> None:
    e = Entry(kind="contact", date=dt.date(2026, 3, 2), unit_id=3, worker_id=4, time="10:00",
              minutes=45, adults=1, children=2, contact_type="advice", form="phone",
              age_group="adult", topics=("economy",), partners=("bvc",), referral=("school",),
              note="hej")  # fmt: skip
    stored = dict(zip(DATA_COLUMNS, entry_values(e), strict=True))
    for name in DATA_COLUMNS:
        value = getattr(e, name)
        if isinstance(value, tuple):
            value = '["' + '", "'.join(value) + '"]'
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        assert stored[name] == value, name


def test_csv_export_writes_the_exported_columns() -> None:
    text = entries_to_csv([], {}, {})
    assert text.strip().split(";") == list(fields.EXPORTED_COLUMNS)


def test_the_typed_constructor_refuses_unknown_fields_and_wrong_types() -> None:
    base: dict[str, object] = {"kind": "visit", "date": dt.date(2026, 3, 2), "unit_id": 1}
    assert entry_from(base).kind == "visit"
    with pytest.raises(TypeError, match="colour"):
        entry_from({**base, "colour": "red"})
    with pytest.raises(TypeError, match="adults"):
        entry_from({**base, "adults": "2"})
    with pytest.raises(TypeError, match="adults"):
        entry_from({**base, "adults": True})
    with pytest.raises(TypeError, match="date"):
        entry_from({**base, "date": "2026-03-02"})
