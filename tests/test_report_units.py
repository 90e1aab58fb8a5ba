"""Breakdowns per unit (SPEC §5), the unit head's comment under a unit's figures, and the
XLSX's data sheets: every figure per month and unit, and the entries themselves."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from dbcheck import fingerprint
from openpyxl import load_workbook
from pypdf import PdfReader

from omradesapp.domain.identity import IdentityError
from omradesapp.exchange.csv_import import import_csv
from omradesapp.reports.assemble import build
from omradesapp.reports.content import Document, Section, Table
from omradesapp.reports.data_sheets import flat_figures
from omradesapp.reports.figures import compute
from omradesapp.reports.render import render
from omradesapp.store.comments import CommentError, comment, set_comment
from omradesapp.store.database import Store
from omradesapp.store.org import unit_by_name
from omradesapp.store.tallies import month_bounds

DATA = Path(__file__).parent / "data"
OCT = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
NOTES = ("Kom in med en fråga om förskola", "kl 10-12", "2 barn, 3 vuxna")


def unit_id(store: Store, name: str) -> int:
    unit = unit_by_name(store, name)
    assert unit is not None
    return unit.id


def section(doc: Document, title: str) -> Section:
    return next(s for s in doc.sections if s.title == title)


def table(s: Section, title: str) -> Table:
    return next(t for t in s.tables if t.title == title)


def test_each_unit_has_its_breakdowns(october: Store) -> None:
    doc = build(october, compute(october, *OCT), dt.date(2026, 11, 2))
    berga = section(doc, "Bilaga: Berga")
    assert berga.new_page
    # Adults and children apart: 2 visits (2 + 1, and one with no counts: 1 adult), three
    # contacts (1, 1, 2 + 2), one evening parent group (8 + 5).
    assert table(berga, "Vuxna och barn").rows == [
        ["Spontana besök", 2, 3, 1, 4],
        ["Kontakter (mötta enskilt)", 3, 4, 2, 6],
        ["Grupptillfällen", 1, 8, 5, 13],
    ]
    assert table(berga, "Kontakter per ärendetyp").rows == [
        ["Rådgivning", 1], ["Service", 1], ["Bistånd", 1],
    ]  # fmt: skip
    assert table(berga, "Kontakter per form").rows == [
        ["Enskilt samtal", 1], ["Familjesamtal", 1], ["Telefon", 1],
    ]  # fmt: skip
    assert table(berga, "Ämnen").rows == [["Föräldraskap", 1], ["Brev och blanketter", 1],
                                          ["Ekonomi", 1]]  # fmt: skip
    groups = table(berga, "Grupptillfällen per typ")
    assert groups.header == ["Typ av grupp", "Antal", "Varav kvällstid", "Deltagare"]
    assert groups.rows == [["Föräldragrupp", 1, 1, 13]]
    assert groups.total == ["Totalt", 1, 1, 13]
    ryd = section(doc, "Bilaga: Ryd")
    assert table(ryd, "Samverkansmöten per typ").rows == [["Trygghetsråd", 1], ["SIP-möte", 1]]
    assert table(ryd, "Grupptillfällen per typ").rows == [["Föreläsning", 1, 0, 20]]
    assert table(ryd, "Åldersgrupper").rows == [["Inga", 0]]
    appendices = [s.title for s in doc.sections if s.title.startswith("Bilaga: ")]
    assert len(appendices) == 11  # every unit of the report, without entries too


def test_young_parent_work_in_one_table(october: Store, tmp_path: Path) -> None:
    path = tmp_path / "young.csv"
    path.write_text(
        "kind;date;unit;adults;children;group_type;evening\n"
        "group;2026-10-05;Valla;4;3;young_mothers;0\n"
        "group;2026-10-12;Valla;5;2;young_mothers;1\n"
        "group;2026-10-13;Valla;3;0;young_fathers;1\n"
        "group;2026-10-14;Tannefors;6;0;young_parents;0\n",
        "utf-8",
    )
    import_csv(october, path, "test")
    doc = build(october, compute(october, *OCT), dt.date(2026, 11, 2))
    young = table(section(doc, "Unga föräldrar"), "Unga föräldrar: grupptillfällen dagtid och "
                  "kvällstid")  # fmt: skip
    assert young.header == ["Enhet", "Grupp", "Tillfällen dagtid", "Tillfällen kvällstid",
                            "Deltagare"]  # fmt: skip
    assert young.rows == [
        ["Tannefors", "Unga föräldrar – mammor", 0, 0, 0],
        ["Tannefors", "Unga föräldrar – pappor", 0, 0, 0],
        ["Tannefors", "Unga föräldrar – gemensam", 1, 0, 6],
        ["Valla", "Unga föräldrar – mammor", 1, 1, 14],
        ["Valla", "Unga föräldrar – pappor", 0, 1, 3],
        ["Valla", "Unga föräldrar – gemensam", 0, 0, 0],
    ]
    assert young.total == ["Totalt", "", 2, 2, 23]
    valla = table(section(doc, "Bilaga: Valla"), "Grupptillfällen per typ")
    assert valla.rows == [["Unga föräldrar – mammor", 2, 1, 14],
                          ["Unga föräldrar – pappor", 1, 1, 3]]  # fmt: skip


def test_the_comment_is_printed_under_its_units_figures(october: Store) -> None:
    berga = unit_id(october, "Berga")
    set_comment(october, "2026-10", berga, "Öppna förskolan  stängd vecka 43.", "Enhetschef")
    set_comment(october, "2026-09", berga, "Inte i oktober.", "Enhetschef")
    assert comment(october, "2026-10", berga) == "Öppna förskolan stängd vecka 43."
    report = compute(october, *OCT)
    said = "Enhetschefens kommentar, oktober 2026: Öppna förskolan stängd vecka 43."
    doc = build(october, report, dt.date(2026, 11, 2))
    assert section(doc, "Bilaga: Berga").closing == [said]
    assert section(doc, "Bilaga: Ryd").closing == []

    pages = [p.extract_text() for p in PdfReader(io.BytesIO(render(october, report, "pdf"))).pages]
    text = " ".join(" ".join(pages).split())
    at = text.index(said)
    assert text.index("Bilaga: Berga") < text.index("Grupptillfällen per typ", text.index(
        "Bilaga: Berga")) < at < text.index("Bilaga: Ekholmen")  # fmt: skip
    assert "Inte i oktober" not in text

    wb = load_workbook(io.BytesIO(render(october, report, "xlsx")))
    sheet = [r[0] for r in wb["Bilaga- Berga"].iter_rows(values_only=True) if r]
    assert sheet[-1] == said
    rows = list(csv.reader(io.StringIO(render(october, report, "csv")[3:].decode()), delimiter=";"))
    assert [said] in rows


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ring 070-123 45 67", "telefon"),
        ("Gäller 19121212-1212", "personnummer"),
        ("x" * 301, "högst 300"),
    ],
)
def test_a_comment_the_guard_refuses_changes_nothing(
    october: Store, db_path: Path, text: str, words: str
) -> None:
    berga = unit_id(october, "Berga")
    set_comment(october, "2026-10", berga, "Som förut.", "Enhetschef")
    before = fingerprint(db_path)
    with pytest.raises((IdentityError, CommentError)) as refused:
        set_comment(october, "2026-10", berga, text, "Enhetschef")
    assert words in str(refused.value).lower()
    assert fingerprint(db_path) == before
    assert comment(october, "2026-10", berga) == "Som förut."


def test_an_empty_comment_removes_it(october: Store) -> None:
    berga = unit_id(october, "Berga")
    set_comment(october, "2026-10", berga, "Något.", "Enhetschef")
    set_comment(october, "2026-10", berga, "  ", "Enhetschef")
    assert comment(october, "2026-10", berga) == ""


def _sheet(wb, name: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    return list(wb[name].iter_rows(values_only=True))


def test_the_month_sheet_holds_every_figure_per_month_and_unit(october: Store) -> None:
    report = compute(october, dt.date(2026, 9, 1), dt.date(2026, 11, 30))
    wb = load_workbook(io.BytesIO(render(october, report, "xlsx")))
    header, *rows = _sheet(wb, "Per månad")
    assert header == ("Månad", "Enhet", "Mått", "Nyckel", "Värde")
    got = {(m, u, key): value for m, u, _, key, value in rows}
    expected = {}
    for month in report.months:
        alone = compute(october, *month_bounds(month))  # one report per month
        for unit, fig in alone.units.items():
            for key, value in flat_figures(fig):
                expected[(month, unit, key)] = value
    assert got == expected
    assert got[("2026-10", "Ryd", "meetings_by_type.sip")] == 1
    assert got[("2026-09", "Ryd", "visits")] == 1
    names = {key: name for _, _, name, key, _ in rows}
    assert names["meetings_by_type.sip"] == "Samverkansmöten: SIP-möte"
    assert names["persons_met"] == "Personer mötta enskilt"


def test_the_row_sheet_holds_exactly_the_periods_entries_without_notes(october: Store) -> None:
    with open(DATA / "october.csv", encoding="utf-8") as f:
        source = [r for r in csv.DictReader(f, delimiter=";") if r["date"].startswith("2026-10")]
    report = compute(october, *OCT)
    wb = load_workbook(io.BytesIO(render(october, report, "xlsx")))
    header, *rows = _sheet(wb, "Poster")
    assert "Anteckning" not in header and "Id" not in header
    assert len(rows) == len(source) == 16
    at = {h: i for i, h in enumerate(header)}
    assert sorted((r[at["Datum"]], r[at["Minuter"]]) for r in rows) == sorted(
        (s["date"], int(s["minutes"])) for s in source
    )
    flat_text = " ".join(str(c) for r in rows for c in r if c is not None)
    for note in NOTES:
        assert note not in flat_text
    first = rows[0]  # oldest first: the visit of 1 October at 09:10
    assert (first[at["Typ"]], first[at["Enhet"]], first[at["Medarbetare"]]) == (
        "Spontant besök", "Berga", "AB",
    )  # fmt: skip
    contact = next(r for r in rows if r[at["Datum"]] == "2026-10-02")
    assert contact[at["Ärendetyp"]] == "Rådgivning"
    assert contact[at["Ämne"]] == "Föräldraskap, Ekonomi"
    assert contact[at["Hänvisad till"]] == "BVC"
    assert contact[at["Typ av grupp"]] is None  # not a field of a contact
    group = next(r for r in rows if r[at["Datum"]] == "2026-10-07")
    assert group[at["Kväll"]] == "Ja"

    ryd = compute(october, *OCT, [unit_id(october, "Ryd")])
    wb = load_workbook(io.BytesIO(render(october, ryd, "xlsx")))
    assert {r[at["Enhet"]] for r in _sheet(wb, "Poster")[1:]} == {"Ryd"}
    assert len(_sheet(wb, "Poster")) == 1 + 6
