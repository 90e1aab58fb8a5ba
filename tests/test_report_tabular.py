"""The report as CSV (Swedish Excel) and XLSX: same numbers as JSON, no formula injection."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from omradesapp.reports.figures import compute
from omradesapp.reports.render import render
from omradesapp.reports.tabular import safe_text
from omradesapp.store.database import Store
from omradesapp.store.org import Unit, Worker, save_unit, save_worker, worker_by_name

DATA = Path(__file__).parent / "data"
OCT = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
KEY = ("visits", "visitors", "contacts", "persons_met", "groups", "group_participants", "meetings")


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads åäö right
    text = data[3:].decode("utf-8")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def block(rows: list[list[str]], title: str) -> list[list[str]]:
    """The rows of the table whose title line ends with `title`, header first."""
    start = next(i for i, r in enumerate(rows) if r and r[0].endswith(title)) + 1
    end = next((i for i in range(start, len(rows)) if not rows[i]), len(rows))
    return rows[start:end]


def test_csv_key_figures_match_json(october: Store) -> None:
    report = compute(october, *OCT)
    js = report.to_json()
    rows = csv_rows(render(october, report, "csv"))
    table = block(rows, "Nyckeltal per enhet")
    assert table[0][:5] == [
        "Enhet",
        "Spontana besök",
        "Besökare",
        "Kontakter",
        "Personer mötta enskilt",
    ]
    by_name = {r[0]: r for r in table[1:]}
    for unit in ("Berga", "Ryd", "Valla"):
        fig = js["units"][unit]
        assert by_name[unit][1:8] == [str(fig[k]) for k in KEY]
    assert by_name["Valla"][8] == "0,5"  # decimal comma, as Swedish Excel reads numbers
    assert by_name["Totalt"][1:8] == [str(js["total"][k]) for k in KEY]
    assert by_name["Totalt"][8] == "13,5"
    assert rows[0] == ["Månadssammanställning oktober 2026"]
    assert any(r[:1] == ["Text för beslut"] for r in rows)
    meetings = {r[0]: r[1] for r in block(rows, "Samverkansmöten per typ")[1:]}
    assert meetings["SIP-möte"] == "1" and meetings["Totalt"] == "3"


def test_xlsx_has_a_sheet_per_section_with_numbers(october: Store) -> None:
    report = compute(october, *OCT)
    js = report.to_json()
    wb = load_workbook(io.BytesIO(render(october, report, "xlsx")))
    assert wb.sheetnames[0] == "Sammanfattning"
    assert {"Nyckeltal", "Jämförelser", "Tidsfördelning", "Mål"} <= set(wb.sheetnames)
    # Then the team's family engagements, the young parents, one per unit and the data sheets.
    assert len(wb.sheetnames) == 8 + 1 + 1 + 11 + 2
    assert wb.sheetnames[8].startswith("Familjeinsatser")
    assert wb.sheetnames[-2:] == ["Per månad", "Poster"]
    ws = wb["Nyckeltal"]
    rows: dict = {}
    for r in ws.iter_rows(values_only=True):  # the first table on the sheet is the key figures
        if r and r[0]:
            rows.setdefault(r[0], r)
    assert list(rows["Berga"][1:8]) == [js["units"]["Berga"][k] for k in KEY]
    assert isinstance(rows["Berga"][1], int)
    assert rows["Valla"][8] == 0.5
    assert list(rows["Totalt"][1:8]) == [js["total"][k] for k in KEY]


def test_formula_injection_is_neutralised(october: Store) -> None:
    save_unit(october, Unit(0, "=HYPERLINK(1)", "family_centre", 0, 12, 1.0, None, None), "t")
    ab = worker_by_name(october, "AB")
    assert ab is not None
    save_worker(october, Worker(ab.id, "@SUM(A1)", ab.unit_id, True), "t")
    report = compute(october, *OCT)
    rows = csv_rows(render(october, report, "csv"))
    cells = [c for r in rows for c in r]
    assert "'=HYPERLINK(1)" in cells
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    assert not any(c.startswith("-") and not c[1:].replace(",", "").isdigit() for c in cells)
    assert any("'@SUM(A1)" in c for c in cells)
    wb = load_workbook(io.BytesIO(render(october, report, "xlsx")))
    texts = [
        c.value for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    ]
    assert "'=HYPERLINK(1)" in texts
    assert not any(t.startswith(("=", "+", "@", "-")) for t in texts)
    assert all(c.data_type != "f" for ws in wb for row in ws.iter_rows() for c in row)


@pytest.mark.parametrize("text", ["=1+2", "+1", "-1+2", "@x", "\t=1"])
def test_safe_text_quotes_formula_starts(text: str) -> None:
    assert safe_text(text) == "'" + text
    assert safe_text("Berga") == "Berga"
