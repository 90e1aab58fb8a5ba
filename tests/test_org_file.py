"""A bad --org file is refused whole before anything is written (SPEC §2, §8)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from omradesapp.cli import main

GOOD_UNIT = {"name": "Norr", "kind": "family_centre", "fte": 1.0}


def _org(units: Any, targets: Any = None) -> dict[str, Any]:
    org: dict[str, Any] = {"units": units}
    if targets is not None:
        org["targets"] = targets
    return org


BAD_FILES: list[tuple[str, object, str]] = [
    ("missing units", {"municipality": "X"}, "units"),
    ("a unit that is a string", _org(["Norr"]), "enhet 1"),
    ("a bad kind", _org([{**GOOD_UNIT, "kind": "castle"}]), "okänd typ"),
    ("duplicate units", _org([GOOD_UNIT, {**GOOD_UNIT, "name": "NORR"}]), "finns redan"),
    (
        "a target for an unknown unit",
        _org([GOOD_UNIT], [{"unit": "Söder", "figure": "persons_met", "per_year": 3}]),
        "Söder",
    ),
    ("negative FTE", _org([{**GOOD_UNIT, "fte": -1}]), "årsarbetare"),
    ("no units", _org([]), "tom"),
    (
        "an unknown target figure",
        _org([GOOD_UNIT], [{"unit": "Norr", "figure": "happiness", "per_year": 3}]),
        "happiness",
    ),
    ("not JSON", "{units: [", "inte giltig JSON"),
    ("a personnummer as a unit name", _org([{**GOOD_UNIT, "name": "850101.1236"}]), "person"),
    (
        "a phone number as a target's unit",
        _org([GOOD_UNIT], [{"unit": "070\u200b-123 45 67", "figure": "visits", "per_year": 1}]),
        "telefonnummer",
    ),
    ("a unit without a name", _org([{"kind": "team"}]), "namnet saknas"),
    ("a figure that is a whole group", _org([GOOD_UNIT], [
        {"unit": "Norr", "figure": "meetings_by_type", "per_year": 1}]), "okänt mått"),
]  # fmt: skip


def _write(folder: Path, content: object) -> Path:
    path = folder / "org.json"
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(("case", "content", "words"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_a_bad_org_file_is_refused_and_leaves_no_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    content: object,
    words: str,
) -> None:
    org = _write(tmp_path, content)
    db = tmp_path / "data" / "new.db"
    csv = tmp_path / "in.csv"
    csv.write_text("kind;date;unit\nvisit;2026-01-05;Norr\n", "utf-8")
    code = main(["--db", str(db), "--org", str(org), "import", str(csv)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert words in err
    assert "org.json" in err
    assert "Traceback" not in err
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())
    # The desktop app's path refuses it too, before any window or file.
    assert main(["--db", str(db), "--org", str(org)]) == 2
    assert words in capsys.readouterr().err
    assert not db.exists()


def test_a_good_org_file_makes_the_database(tmp_path: Path) -> None:
    org = _write(
        tmp_path,
        _org(
            [GOOD_UNIT, {"name": "Team Syd", "kind": "team", "fte": 2}],
            [
                {"unit": "norr", "figure": "meetings_by_type.sip", "per_year": 4},
                {"unit": "*team", "figure": "persons_met", "per_year": 30},
            ],
        ),
    )
    db = tmp_path / "new.db"
    csv = tmp_path / "in.csv"
    csv.write_text("kind;date;unit\nvisit;2026-01-05;Norr\n", "utf-8")
    assert main(["--db", str(db), "--org", str(org), "import", str(csv)]) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT name FROM units ORDER BY name").fetchall() == [
        ("Norr",),
        ("Team Syd",),
    ]
    assert conn.execute(
        "SELECT u.name, t.figure, t.value FROM targets t JOIN units u ON u.id = t.unit_id "
        "ORDER BY u.name"
    ).fetchall() == [("Norr", "meetings_by_type.sip", 4.0), ("Team Syd", "persons_met", 30.0)]
    conn.close()


def test_a_missing_org_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new.db"
    assert main(["--db", str(db), "--org", str(tmp_path / "nej.json"), "check"]) == 2
    assert "nej.json finns inte" in capsys.readouterr().err
    assert not db.exists()


def test_an_org_file_for_an_existing_database_is_said_to_be_unused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    org = _write(tmp_path, _org([GOOD_UNIT]))
    assert main(["--db", str(db_path), "--org", str(org), "close-month", "2026-01"]) == 0
    assert "--org används bara när en ny databas skapas" in capsys.readouterr().err
    conn = sqlite3.connect(db_path)
    assert ("Norr",) not in conn.execute("SELECT name FROM units").fetchall()
    conn.close()
