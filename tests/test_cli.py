"""The command line refuses bad arguments with exit 2 and a message, and changes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from dbcheck import fingerprint

from omradesapp.cli import main


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["report", "--month", "2026-13", "--format", "json", "--out", "-"], "YYYY-MM"),
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
            "before",
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
        (["report", "--month", "2026-01", "--format", "pdf", "--out", "-"], "needs a file"),
        (["report", "--month", "2026-01", "--format", "doc", "--out", "-"], "invalid choice"),
        (["close-month", "2026-1"], "YYYY-MM"),
        (["close-month", "2026-01", "--unit", "Atlantis"], "Atlantis"),
        (["reopen-month", "2026-01", "--reason", "gäller 850709-9805"], "personnummer"),
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
