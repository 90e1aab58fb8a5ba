"""The engagements file (SPEC §12): imported with entries files in one run, idempotent on the
code within the unit, a changed row updated and listed, bad input refused (exit 2, nothing
changed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from dbcheck import fingerprint

from omradesapp import cli
from omradesapp.store.engagements import engagement_by_code, linked_minutes
from omradesapp.store.opening import open_store
from omradesapp.store.org import unit_by_name

TEAM = "Samordnat stöd och nätverksarbete"
HEADER = (
    "code;unit;assignment;basis;source;requested;start;end;consent;age_band;girls;boys;"
    "sip_at_start;sip_date;employment_start;employment_end;economy_start;economy_end;"
    "soc_start;soc_end;eligible;end_reason"
)
ROWS = (
    f"NV-2026-001;{TEAM};network;service;school;2026-01-05;2026-01-12;;1;13-16;1;0;0;;"
    "partial;;support;;40;;;\n"
    f"SS-2026-002;{TEAM};coordinated;service;family;2026-01-07;2026-01-20;2026-03-30;1;6-12;"
    "0;2;1;2026-02-02;none;partial;support;partial;35;50;;goals_met\n"
)
ENTRIES = (
    "kind;date;unit;minutes;contact_type;form;engagement\n"
    f"contact;2026-02-03;{TEAM};45;service;phone;NV-2026-001\n"
    f"contact;2026-02-04;{TEAM};30;service;individual;SS-2026-002\n"
)


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_text(text, encoding)
    return path


def _import(db: Path, *files: Path) -> int:
    return cli.main(["--db", str(db), "import", *map(str, files)])


def test_engagements_and_entries_in_one_run_engagements_first(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = _write(tmp_path, "poster.csv", ENTRIES)
    engagements = _write(tmp_path, "insatser.csv", f"{HEADER}\n{ROWS}")
    assert _import(db_path, entries, engagements) == 0  # entries named first: still fine
    assert "2 nya familjeinsatser" in capsys.readouterr().out
    with open_store(db_path, write=False) as s:
        team = unit_by_name(s, TEAM).id  # type: ignore[union-attr]
        nv = engagement_by_code(s, team, "NV-2026-001")
        ss = engagement_by_code(s, team, "SS-2026-002")
        assert nv is not None and ss is not None
        assert (nv.consent, nv.girls, nv.soc_start, nv.end) == (True, 1, 40, None)
        assert (ss.end_reason, ss.boys, ss.sip_at_start) == ("goals_met", 2, True)
        assert linked_minutes(s, [nv.id, ss.id]) == {nv.id: 45, ss.id: 30}


def test_the_same_file_again_changes_nothing_and_a_changed_row_is_updated_and_listed(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _write(tmp_path, "insatser.csv", f"{HEADER}\n{ROWS}")
    assert _import(db_path, first) == 0
    before = fingerprint(db_path)
    # Re-saved by Excel: commas, Windows-1252, CRLF. The same content changes nothing.
    again = _write(
        tmp_path, "igen.csv", f"{HEADER}\n{ROWS}".replace(";", ",").replace("\n", "\r\n"), "cp1252"
    )
    capsys.readouterr()
    assert _import(db_path, again) == 0
    assert "0 nya familjeinsatser, 0 ändrade, 2 oförändrade" in capsys.readouterr().out
    assert fingerprint(db_path) == before
    changed = _write(
        tmp_path, "ändrad.csv", f"{HEADER}\n{ROWS.replace(';1;13-16;1;0;', ';1;13-16;2;0;')}"
    )
    assert _import(db_path, changed) == 0
    out = capsys.readouterr().out
    assert "1 ändrade" in out and "ändrad familjeinsats NV-2026-001" in out
    with open_store(db_path, write=False) as s:
        team = unit_by_name(s, TEAM).id  # type: ignore[union-attr]
        nv = engagement_by_code(s, team, "NV-2026-001")
        assert nv is not None and nv.girls == 2


BAD = {
    "unknown column": (f"{HEADER};name\n" + ROWS.replace("\n", ";\n"), "kolumn name"),
    "missing code": (
        HEADER.replace("code;", "")
        + "\n"
        + ROWS.replace("NV-2026-001;", "").replace("SS-2026-002;", ""),
        "kolumn code",
    ),
    "identity-like code": (
        HEADER + "\n" + ROWS.replace("NV-2026-001", "198112189876"),
        "rad 2, kolumn code",
    ),
    "bad code list": (HEADER + "\n" + ROWS.replace(";school;", ";granne;"), "rad 2, kolumn source"),
    "not a team": (HEADER + "\n" + ROWS.replace(f"001;{TEAM}", "001;Berga"), "rad 2, kolumn unit"),
    "bad date": (HEADER + "\n" + ROWS.replace("2026-01-12", "12/1 2026"), "rad 2, kolumn start"),
    "end before start": (
        HEADER + "\n" + ROWS.replace("2026-03-30", "2026-01-01"),
        "rad 3, kolumn end",
    ),
    "girls too many": (
        HEADER + "\n" + ROWS.replace(";13-16;1;0;", ";13-16;11;0;"),
        "rad 2, kolumn girls",
    ),
    "same code twice": (HEADER + "\n" + ROWS + ROWS.splitlines()[0] + "\n", "rad 4, kolumn code"),
    "stray quote": (HEADER + "\n" + '"' + ROWS, "stängs"),
    "wrong prefix": (
        HEADER + "\n" + ROWS.replace("NV-2026-001", "SS-2026-001"),
        "rad 2, kolumn assignment",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_engagements_file_is_refused_naming_row_and_column_and_changes_nothing(
    case: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, named = BAD[case]
    good_entries = _write(tmp_path, "annat.csv", "kind;date;unit\nvisit;2026-02-03;Berga\n")
    bad = _write(tmp_path, "insatser.csv", text)
    before = fingerprint(db_path)
    assert _import(db_path, good_entries, bad) == 2
    err = capsys.readouterr().err
    assert "insatser.csv" in err and named in err
    assert fingerprint(db_path) == before


@pytest.mark.parametrize(
    ("code", "unit", "why"),
    [
        ("NV-2026-077", TEAM, "Okänd familjeinsats"),
        ("NV-2026-001", "Team Norr", "annan enhet"),
    ],
)
def test_entries_naming_an_unknown_or_another_units_engagement_are_refused_by_row(
    code: str,
    unit: str,
    why: str,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with open_store(db_path) as s:
        from engagement_helpers import make_team

        make_team(s)  # adds Team Norr
    assert _import(db_path, _write(tmp_path, "insatser.csv", f"{HEADER}\n{ROWS}")) == 0
    before = fingerprint(db_path)
    entries = _write(
        tmp_path,
        "poster.csv",
        f"kind;date;unit;contact_type;engagement\n"
        f"contact;2026-02-03;{TEAM};service;\n"
        f"contact;2026-02-04;{unit};service;{code}\n",
    )
    assert _import(db_path, entries) == 2
    err = capsys.readouterr().err
    assert "poster.csv, rad 3, kolumn engagement" in err and why in err
    assert fingerprint(db_path) == before
