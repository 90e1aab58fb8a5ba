"""The printed report: the PDF's own text, read back, shows the numbers of the JSON report."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from pypdf import PdfReader

from omradesapp.cli import main
from omradesapp.domain import swedish
from omradesapp.reports.figures import compute
from omradesapp.reports.render import render
from omradesapp.store.database import Store
from omradesapp.store.months import close_month
from omradesapp.store.org import list_units, set_fte, unit_by_name

DATA = Path(__file__).parent / "data"
OCT = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
KEY = ("visits", "visitors", "contacts", "persons_met", "groups", "group_participants", "meetings")


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def tokens(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def flat(text: str) -> str:
    return " ".join(text.split())  # also folds the no-break spaces of "1 362"


def key_row(toks: list[str], name: str, after: str) -> list[str]:
    i = toks.index(name, toks.index(after))
    return toks[i + 1 : i + 1 + len(KEY) + 1]


def expected_row(fig: dict) -> list[str]:
    return [flat(swedish.integer(fig[k])) for k in KEY] + [swedish.decimal(fig["fte"])]


def test_pdf_shows_the_json_figures(october: Store) -> None:
    report = compute(october, *OCT)
    js = report.to_json()
    pages = pdf_pages(render(october, report, "pdf"))
    toks = tokens(flat_lines("\n".join(pages)))
    for unit in ("Berga", "Ryd", "Valla"):
        assert key_row(toks, unit, "Nyckeltal per enhet") == expected_row(js["units"][unit])
    assert key_row(toks, "Totalt", "Nyckeltal per enhet") == expected_row(js["total"])
    text = flat("\n".join(pages))
    assert "Månadssammanställning oktober 2026" in text
    assert (
        "Under oktober 2026 träffade områdesarbetarna vid familjecentralerna "
        f"{js['total']['persons_met']} personer "
        "enskilt" in text
    )
    assert f"{js['total']['meetings']} samverkansmöten" in text
    n = len(pages)
    assert all(f"Sida {i} av {n}" in flat(p) for i, p in enumerate(pages, 1))
    # Meetings by type, the time split reference, targets and the signature line.
    assert "SIP-möte" in text and "Trygghetsråd" in text
    assert "cirka 50 %" in text and "under 10 %" in text
    assert "Mål för 2026" in text and "Prognos helår" in text
    assert "Underskrift" in text and "Namnförtydligande" in text
    assert "AB (10), CD (6)" in text  # whose entries the figures include
    assert "PRELIMINÄR" in text


def flat_lines(text: str) -> str:
    return "\n".join(flat(line) for line in text.split("\n"))


def test_pdf_embeds_dejavu(october: Store) -> None:
    data = render(october, compute(october, *OCT), "pdf")
    reader = PdfReader(io.BytesIO(data))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            desc = font.get_object()
            fonts.add(str(desc["/BaseFont"]))
            assert "/Helvetica" not in str(desc["/BaseFont"])
    assert any("DejaVuSans" in f for f in fonts)
    assert reader.metadata.title == "Månadssammanställning oktober 2026"


def test_closed_month_is_said(october: Store) -> None:
    close_month(october, "2026-10", [u.id for u in list_units(october)], "test")
    text = flat("\n".join(pdf_pages(render(october, compute(october, *OCT), "pdf"))))
    assert "Månaden är avslutad för alla enheter." in text
    assert "PRELIMINÄR" not in text


def test_empty_month_renders(store: Store) -> None:
    report = compute(store, dt.date(2031, 2, 1), dt.date(2031, 2, 28))
    text = flat("\n".join(pdf_pages(render(store, report, "pdf"))))
    assert "Månadssammanställning februari 2031" in text
    assert "finns inga registrerade" in text
    # The targets set when the database was made still hold in 2031.
    assert "Mål för 2031: utfall och prognos" in text


def test_unit_without_fte_gets_a_dash(october: Store) -> None:
    berga = unit_by_name(october, "Berga")
    assert berga is not None
    set_fte(october, berga.id, 2026, 0.0, "test")
    report = compute(october, *OCT, [berga.id])
    assert report.units["Berga"]["fte"] == 0.0
    toks = tokens(flat_lines("\n".join(pdf_pages(render(october, report, "pdf")))))
    row = key_row(toks, "Berga", "Genomsnitt per månad och per årsarbetare")
    assert row[:3] == ["6,0", "–", "4,0"]  # persons met per month, per FTE: none, visitors


def test_period_across_a_year_boundary(october: Store) -> None:
    report = compute(october, dt.date(2025, 11, 1), dt.date(2026, 2, 28))
    text = flat("\n".join(pdf_pages(render(october, report, "pdf"))))
    assert "Periodrapport november 2025–februari 2026" in text
    assert "Föregående period: juli–oktober 2025" in text
    assert "Hittills i år: januari–februari 2026" in text


def test_cli_writes_pdf_csv_xlsx(october: Store, db_path: Path, tmp_path: Path) -> None:
    october.close()
    js_out = tmp_path / "r.json"
    base = ["--db", str(db_path), "report", "--month", "2026-10", "--unit", "Ryd"]
    assert main([*base, "--format", "json", "--out", str(js_out)]) == 0
    persons = json.loads(js_out.read_text("utf-8"))["total"]["persons_met"]
    for fmt in ("pdf", "csv", "xlsx"):
        out = tmp_path / f"r.{fmt}"
        assert main([*base, "--format", fmt, "--out", str(out)]) == 0
        assert out.stat().st_size > 0
    text = flat("\n".join(pdf_pages((tmp_path / "r.pdf").read_bytes())))
    assert f"träffade medarbetarna vid Ryd {persons} personer enskilt" in text
    assert main([*base, "--format", "pdf", "--out", "-"]) == 2


def test_reportlab_draws_with_its_compiled_helpers() -> None:
    """reportlab[accel]: without its C helpers a month's PDF takes a fifth longer to draw."""
    from reportlab.lib import rl_accel

    assert {"fp_str", "escapePDF", "instanceStringWidthTTF"} <= set(rl_accel._c_funcs)
