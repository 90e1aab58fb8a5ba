"""Averages "per familjecentral" (SPEC §5): over the family centres that had årsarbetare,
never over area offices, the team or units without staff; each of those gets its own sentence.

January–March 2026: Berga (2,0 årsarbetare) meets 100 persons a month, Ryd 68; the other
family centres have 1,0 each and meet nobody; Valla has no årsarbetare in 2026. So the seven
staffed family centres meet 504 persons in three months: 24 per month and family centre, 21
per årsarbetare (8,0) and month.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from omradesapp.exchange.csv_import import import_csv
from omradesapp.reports.assemble import build
from omradesapp.reports.content import Table
from omradesapp.reports.figures import compute
from omradesapp.store.database import Store
from omradesapp.store.org import list_units, set_fte, unit_by_name

Q1 = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
TEAM = "Samordnat stöd och nätverksarbete"
HEADER = "kind;date;unit;adults;contact_type;meeting_type"


def _rows() -> list[str]:
    rows = []
    for month in ("01", "02", "03"):
        rows.append(f"contact;2026-{month}-10;Berga;100;advice;")
        rows.append(f"contact;2026-{month}-11;Ryd;68;service;")
        rows.append(f"contact;2026-{month}-12;Områdeslokal Berga;15;advice;")
    rows.append("visit;2026-01-05;Områdeslokal Berga;2;;")
    rows.append("visit;2026-01-06;Områdeslokal Berga;1;;")
    rows.append(f"contact;2026-02-03;{TEAM};2;assistance;")
    rows.append(f"meeting;2026-02-04;{TEAM};;;network_meeting")
    rows.append(f"meeting;2026-03-04;{TEAM};;;steering_group")
    return rows


@pytest.fixture
def quarter(store: Store, tmp_path: Path) -> Store:
    path = tmp_path / "q1.csv"
    path.write_text("\n".join([HEADER, *_rows()]) + "\n", "utf-8")
    import_csv(store, path, "test")
    for name, fte in (("Berga", 2.0), ("Valla", 0.0)):
        unit = unit_by_name(store, name)
        assert unit is not None
        set_fte(store, unit.id, 2026, fte, "test")
    return store


def _doc_for(store: Store, names: list[str] | None):
    ids = [] if names is None else [u.id for u in list_units(store) if u.name in names]
    return build(store, compute(store, *Q1, ids), dt.date(2026, 4, 2))


def _averages(doc) -> Table:  # type: ignore[no-untyped-def]
    return next(
        t
        for s in doc.sections
        for t in s.tables
        if t.title == "Genomsnitt per månad och per årsarbetare"
    )


def _row(table: Table, name: str) -> list[object]:
    return next(r for r in table.rows if r[0] == name)


def test_all_units_average_over_the_staffed_family_centres_only(quarter: Store) -> None:
    doc = _doc_for(quarter, None)
    assert doc.sentences == [
        "Under perioden januari–mars 2026 träffade områdesarbetarna vid familjecentralerna "
        "504 personer enskilt, i genomsnitt 24 per månad och familjecentral.",
        "Under samma period tog områdeslokalerna emot 2 spontana besök med 3 besökare och "
        "träffade 45 personer enskilt, i genomsnitt 7,5 per månad och områdeslokal.",
        f"Under samma period träffade {TEAM} 2 personer enskilt och deltog i 2 samverkansmöten.",
        "Alla enheter i urvalet hade tillsammans 551 personer mötta enskilt, 2 spontana besök "
        "med 3 besökare, 0 grupptillfällen med 0 deltagare och 2 samverkansmöten.",
    ]
    table = _averages(doc)
    # Per month, per årsarbetare and month: the family centres' row is over seven of them.
    assert table.total is not None
    assert table.total[:3] == ["Per familjecentral", 24.0, 21.0]
    assert _row(table, "Berga")[:3] == ["Berga", 100.0, 50.0]
    assert _row(table, "Valla")[:3] == ["Valla", 0.0, None]  # no årsarbetare: '–'
    assert _row(table, "Områdeslokal Berga")[:3] == ["Områdeslokal Berga", 15.0, 15.0]
    assert _row(table, TEAM)[:3] == [TEAM, 0.7, 0.2]  # 2 persons / 3 months / 4,0
    assert "de 7 familjecentraler" in table.note


def test_family_centres_only(quarter: Store) -> None:
    centres = ["Berga", "Ekholmen", "Lambohov", "Ljungsbro", "Ryd", "Skäggetorp", "Tannefors"]
    doc = _doc_for(quarter, [*centres, "Valla"])
    assert doc.sentences == [
        "Under perioden januari–mars 2026 träffade områdesarbetarna 504 personer enskilt, "
        "i genomsnitt 24 per månad och familjecentral.",
        "Därtill kom 0 spontana besök med 0 besökare, 0 grupptillfällen med 0 deltagare och "
        "0 samverkansmöten.",
    ]
    table = _averages(doc)
    assert table.total is not None and table.total[:3] == ["Per familjecentral", 24.0, 21.0]
    assert [r[0] for r in table.rows] == [*centres, "Valla"]


def test_one_area_office(quarter: Store) -> None:
    doc = _doc_for(quarter, ["Områdeslokal Berga"])
    assert doc.sentences == [
        "Under perioden januari–mars 2026 tog Områdeslokal Berga emot 2 spontana besök med "
        "3 besökare och träffade 45 personer enskilt, i genomsnitt 15 per månad.",
        "Därtill kom 0 grupptillfällen med 0 deltagare och 0 samverkansmöten.",
    ]
    table = _averages(doc)
    # 45 persons met and 3 contacts over three months at 1,0 årsarbetare; 3 visitors.
    assert table.rows == [["Områdeslokal Berga", 15.0, 15.0, 1.0, 1.0, 0.0, 0.0]]
    assert table.total is None  # no family centre to average over
