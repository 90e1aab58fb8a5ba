"""The command line refuses bad arguments with exit 2 and a message, and changes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from dbcheck import fingerprint

from omradesapp.cli import main


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["report", "--month", "2026-13", "--format", "json", "--out", "-"], "ÅÅÅÅ-MM"),
        (["report", "--from", "2026-01-01", "--format", "json", "--out", "-"], "--to"),
        (
            [
                "report",
                "--from",
                "2026-02-01",
                "--to",
                "2026-01-01",
                "--format",
                "json",
                "--out",
                "-",
            ],
            "ligger före",
        ),
        (
            [
                "report",
                "--month",
                "2026-01",
                "--unit",
                "Atlantis",
                "--format",
                "json",
                "--out",
                "-",
            ],
            "Atlantis",
        ),
        (
            ["report", "--month", "2026-01", "--worker", "ZZ", "--format", "json", "--out", "-"],
            "ZZ",
        ),
        (["report", "--month", "2026-01", "--format", "pdf", "--out", "-"], "behöver ett filnamn"),
        (["report", "--month", "2026-01", "--format", "doc", "--out", "-"], "ogiltigt val"),
        (["close-month", "2026-1"], "ÅÅÅÅ-MM"),
        (["close-month", "2026-01", "--unit", "Atlantis"], "Atlantis"),
        (["reopen-month", "2026-01", "--reason", "gäller 850709-9805"], "personnummer"),
        (
            [
                "report",
                "--month",
                "2026-01",
                "--to",
                "2025-01-01",
                "--format",
                "json",
                "--out",
                "-",
            ],
            "--to",
        ),
        (["report", "--month", "2026-01", "--format", "json", "--out", "."], "är en mapp"),
    ],
)
def test_bad_arguments_exit_2(
    db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    before = fingerprint(db_path)
    try:
        code = main(["--db", str(db_path), *args])
    except SystemExit as e:  # argparse's own refusals
        code = int(e.code or 0)
    assert code == 2
    assert words in capsys.readouterr().err
    assert fingerprint(db_path) == before


def test_a_missing_database_is_not_created_by_check_or_report(tmp_path: Path) -> None:
    db = tmp_path / "nowhere.db"
    for args in (["check"], ["report", "--month", "2026-01", "--format", "json", "--out", "-"]):
        out = subprocess.run(
            [sys.executable, "-m", "omradesapp", "--db", str(db), *args],
            capture_output=True,
            text=True,
        )
        assert out.returncode == 2, out.stderr
        assert "nowhere.db" in out.stderr
    assert not db.exists()


def test_the_same_unit_twice_is_closed_once(db_path: Path) -> None:
    assert (
        main(["--db", str(db_path), "close-month", "2026-01", "--unit", "Berga", "--unit", "berga"])
        == 0
    )


def test_a_refused_command_leaves_no_trace(tmp_path: Path) -> None:
    """No database is created by a refused import, and no housekeeping runs on a refusal."""
    bad = tmp_path / "bad.csv"
    bad.write_text("kind;date;unit\nvisit;2026-01-01;Atlantis\n", "utf-8")
    db = tmp_path / "new.db"
    assert main(["--db", str(db), "import", str(bad)]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]

    old = tmp_path / "old.csv"
    old.write_text("kind;date;unit;note\nvisit;2020-01-07;Berga;frågade om förskola\n", "utf-8")
    assert main(["--db", str(db), "import", str(old)]) == 0  # retention runs after success ...
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT note FROM entries").fetchall() == [(None,)]
    conn.execute("UPDATE entries SET note = 'kvar'")
    conn.commit()
    conn.close()
    before = fingerprint(db)
    assert main(["--db", str(db), "close-month", "2026-01", "--unit", "Atlantis"]) == 2
    assert fingerprint(db) == before  # ... and not when the command was refused
