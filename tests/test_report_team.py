"""The team's pages in the printed and spreadsheet reports: labels, never codes; outcome counts
of one or two families as "<3" in PDF, CSV and XLSX while the JSON stays exact."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from team_fixture import TEAM, D, build_team
from test_report_tabular import block, csv_rows

from omradesapp.domain import codes
from omradesapp.reports.figures import compute
from omradesapp.reports.render import render
from omradesapp.store.database import Store
from omradesapp.store.opening import open_store

# January–June 2026: school started 4 engagements (A, F, G, L), the family 2 (B, I), the social
# office and BVC 1 each (C, E).
H1 = (D(2026, 1, 1), D(2026, 6, 30))
SOURCES = "Vem tog initiativet (påbörjade)"


@pytest.fixture
def team(store: Store) -> Store:
    return build_team(store)


def test_json_keeps_small_counts_exact(team: Store) -> None:
    by_source = compute(team, *H1).to_json()["units"][TEAM]["engagements"]["by_source"]
    assert (by_source["school"], by_source["family"], by_source["bvc"]) == (4, 2, 1)


def test_csv_prints_one_or_two_families_as_under_three(team: Store) -> None:
    rows = csv_rows(render(team, compute(team, *H1), "csv"))
    table = block(rows, SOURCES)
    assert table[0] == ["Initiativ från", "Familjer"]
    assert dict(r for r in table[1:] if len(r) == 2) == {
        "Skola": "4",
        "Familjen själv": "<3",
        "Socialkontoret": "<3",
        "BVC": "<3",
    }
    reasons = dict(block(rows, "Avslutsorsak (avslutade)")[1:])  # a full list: no note
    # Closed in January–June: A, G (goals met), C (partly), E, H (moved), L (declined).
    assert reasons["Målen uppnådda"] == "<3" and reasons["Flyttat"] == "<3"
    assert reasons["Annat"] == "0"


def test_xlsx_prints_the_same(team: Store) -> None:
    wb = load_workbook(io.BytesIO(render(team, compute(team, *H1), "xlsx")))
    cells = [[c for c in row] for ws in wb.worksheets for row in ws.iter_rows(values_only=True)]
    rows = {r[0]: r[1] for r in cells if r and r[0] in ("Skola", "Familjen själv", "BVC")}
    assert rows == {"Skola": 4, "Familjen själv": "<3", "BVC": "<3"}


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_prints_the_same_and_no_codes(team: Store) -> None:
    text = _pdf_text(render(team, compute(team, *H1), "pdf"))
    lines = [line.strip() for line in text.split("\n")]
    assert "Familjen själv <3" in lines or lines[lines.index("Familjen själv") + 1] == "<3"
    assert f"Familjeinsatser – {TEAM}" in text
    assert "Samordnat stöd" in text and "Nätverksarbete" in text
    for code in ("coordinated", "network", "goals_met", "social_office", "student_health"):
        assert code not in text


def test_team_page_figures_against_the_contract(team: Store) -> None:
    rows = csv_rows(render(team, compute(team, D(2026, 3, 1), D(2026, 6, 30)), "csv"))
    hours = {r[0]: r[1:] for r in block(rows, "Timmar per familj (avslutade insatser)")[1:]}
    # Closed | median | mean | reference | median against it
    assert hours["Nätverksarbete"] == ["3", "4,2", "5,7", "13", "8,8 timmar under referensen"]
    assert hours["Samordnat stöd"] == ["2", "8,0", "8,0", "", ""]
    steering = {r[0]: r[1:] for r in block(rows, "Styrgrupp och e-post")[1:]}
    assert steering["E-post besvarad inom 24 timmar (%)"][0] == "100,0"
    assert steering["Styrgruppsmöten"][2] == "minst 3 per år"


def test_no_team_pages_without_a_team(team: Store) -> None:
    berga = [u for u in compute(team, *H1).unit_list if u.name == "Berga"]
    rows = csv_rows(render(team, compute(team, *H1, [berga[0].id]), "csv"))
    assert not any(r and r[0].startswith("Familjeinsatser") for r in rows)
    assert codes.ASSIGNMENTS.label("network") not in {c for r in rows for c in r}


def test_a_workers_report_has_no_engagements(team: Store) -> None:
    report = compute(team, *H1, worker_id=1, worker_name="AB")
    assert "engagements" not in report.to_json()["total"]


ORG = Path(__file__).parent.parent / "resources" / "org" / "linkoping.json"


def test_started_against_the_default_targets_with_a_forecast(tmp_path: Path) -> None:
    store = open_store(tmp_path / "org.db", org_file=ORG)
    try:
        build_team(store)
        created = dt.date.today().year  # the organisation's targets hold from this year
        report = compute(store, dt.date(created, 1, 1), dt.date(created, 6, 30))
        rows = csv_rows(render(store, report, "csv"))
    finally:
        store.close()
    started = {r[0]: r[1:] for r in block(rows, f"målen för {created}")[1:] if len(r) > 1}
    assert started["Samordnat stöd"][1] == "30" and started["Nätverksarbete"][1] == "150"
    targets = {
        r[1] for r in block(rows, f"Mål för {created}: utfall och prognos")[1:] if len(r) > 1
    }
    assert "Familjeinsatser, påbörjade: Nätverksarbete" in targets
    assert "Samverkansmöten: Styrgrupp" in targets
    assert not any("engagements" in cell for row in rows for cell in row)
