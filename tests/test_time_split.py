"""The time split of SPEC §9: meetings about one family count as client work, and each share
is shown beside its reference with the gap in percentage points, both ways, in every format."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from test_report_tabular import block, csv_rows

from omradesapp.domain.entry import Entry
from omradesapp.reports.figures import compute
from omradesapp.reports.render import render
from omradesapp.reports.sections_detail import gap_text, reference_gap
from omradesapp.store.database import Store
from omradesapp.store.entries import add_entry
from omradesapp.store.org import unit_by_name

OCT = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
DAY = dt.date(2026, 10, 14)
TITLE = "Tidsfördelning mot uppföljningens referens"

# 600 minutes: client 270 (45 %), area 48 (8 %), admin 222 (37 %), other 60 (10 %).
ENTRIES: list[tuple[str, int, dict[str, Any]]] = [
    ("visit", 30, {}),
    ("contact", 60, {"contact_type": "advice", "adults": 1}),
    ("meeting", 40, {"meeting_type": "sip"}),
    ("meeting", 40, {"meeting_type": "network_meeting"}),
    ("meeting", 20, {"meeting_type": "pre_meeting"}),
    ("meeting", 20, {"meeting_type": "follow_up"}),
    ("time", 60, {"category": "client"}),
    ("group", 24, {"group_type": "lecture", "adults": 5}),
    ("meeting", 24, {"meeting_type": "steering_group"}),
    ("time", 100, {"category": "admin"}),
    ("time", 122, {"category": "training"}),
    ("time", 60, {"category": "travel"}),
]
EXPECTED_ROWS = [
    ["Klientarbete", "4,5", "45,0", "cirka 50 %", "5 procentenheter under referensen"],
    ["Områdesarbete", "0,8", "8,0", "strax under 20 %", "12 procentenheter under referensen"],
    ["Administration, utbildning, utveckling", "3,7", "37,0", "cirka 30 %",
     "7 procentenheter över referensen"],
    ["Övrigt", "1,0", "10,0", "strax under 10 %", "i nivå med referensen"],
]  # fmt: skip


@pytest.fixture
def split(store: Store) -> Store:
    unit = unit_by_name(store, "Berga")
    assert unit is not None
    for kind, minutes, fields in ENTRIES:
        add_entry(store, Entry(kind, DAY, unit.id, minutes=minutes, **fields), "test")
    return store


def test_minutes_by_category_with_the_schema_2_mapping(split: Store) -> None:
    want = {"client": 270, "area": 48, "admin": 222, "other": 60}
    assert compute(split, *OCT).to_json()["total"]["minutes_by_category"] == want
    # A part month is counted from the entries, a whole one from the tallies: the same split.
    part = compute(split, dt.date(2026, 10, 2), OCT[1]).to_json()["total"]
    assert part["minutes_by_category"] == want


def test_gap_in_points_both_ways() -> None:
    assert reference_gap("area", 8.0) == -12.0  # far below "strax under 20": not fine
    assert reference_gap("area", 19.0) == -1.0
    assert reference_gap("admin", 37.0) == 7.0
    assert gap_text(-12.0) == "12 procentenheter under referensen"
    assert gap_text(-1.0) == "1 procentenhet under referensen"
    assert gap_text(2.5) == "2,5 procentenheter över referensen"
    assert gap_text(0.0) == "i nivå med referensen"
    assert gap_text(None) == "–"


def test_csv_shows_share_reference_and_gap(split: Store) -> None:
    table = block(csv_rows(render(split, compute(split, *OCT), "csv")), TITLE)
    assert table[0] == ["Kategori", "Timmar", "Andel (%)", "Referens", "Skillnad mot referensen"]
    assert table[1:5] == EXPECTED_ROWS
    assert not any("OK" in cell or "Inom" in cell for row in table for cell in row)


def test_xlsx_shows_the_same(split: Store) -> None:
    wb = load_workbook(io.BytesIO(render(split, compute(split, *OCT), "xlsx")))
    rows = {r[0]: r[1:5] for r in wb["Tidsfördelning"].iter_rows(values_only=True) if r[0]}
    assert rows["Områdesarbete"] == (0.8, 8.0, "strax under 20 %", EXPECTED_ROWS[1][4])
    assert rows["Övrigt"][3] == "i nivå med referensen"


def test_pdf_shows_the_same(split: Store) -> None:
    data = render(split, compute(split, *OCT), "pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    for row in EXPECTED_ROWS:
        assert f"{row[2]} {row[3]}" in text
    assert "12 procentenheter under referensen" in text
    assert "7 procentenheter över referensen" in text
