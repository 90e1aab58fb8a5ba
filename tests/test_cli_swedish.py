"""Everything the command line says is Swedish (SPEC §8): help, success, refusal, warning."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from omradesapp.cli import COMMANDS, main

ENGLISH = re.compile(
    r"\b(error|file|not found|usage|imported|written|closed|reopened|warning|unknown|entries|"
    r"options|arguments|added|updated|deleted|invalid|required|cannot|no such|database|"
    r"backup|show this|help message|expected|choose from|restored)\b",
    re.IGNORECASE,
)


def _say(argv: list[str], capsys: pytest.CaptureFixture[str], folder: Path) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as e:  # argparse: --help and its own refusals
        code = int(e.code or 0)
    out = capsys.readouterr()
    text = (out.out + out.err).replace(str(folder), "<mapp>")
    return code, text


def _english(text: str) -> list[str]:
    # Option names are the command line's own vocabulary, not English prose.
    prose = re.sub(r"--[a-z-]+", "", text)
    return ENGLISH.findall(prose)


def test_every_help_is_swedish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], *([name, "--help"] for name in COMMANDS)):
        code, text = _say(list(argv), capsys, tmp_path)
        assert code == 0
        assert "användning:" in text and "flaggor:" in text, text
        assert _english(text) == [], (argv, text)


def test_every_command_speaks_swedish(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    good = tmp_path / "in.csv"
    good.write_text("kind;date;unit;worker\nvisit;2026-10-05;Berga;AB\n", "utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("kind;date;unit\nvisit;2026-10-05;Atlantis\n", "utf-8")
    damaged = tmp_path / "damaged.db"
    shutil.copy(db_path, damaged)
    with open(damaged, "r+b") as f:
        f.seek(8192)
        f.write(b"\xa5" * 4096)
    month = ["--month", "2026-10"]
    runs: list[tuple[list[str], int]] = [
        ([*db, "import", str(good)], 0),
        ([*db, "import", str(good)], 2),  # the same file again: refused
        ([*db, "import", str(bad)], 2),
        ([*db, "import", str(tmp_path / "nej.csv")], 2),
        ([*db, "import", str(tmp_path)], 2),
        ([*db, "export", "--from", "2026-10-01", "--to", "2026-10-31", "--out",
          str(tmp_path / "p.omrpkg")], 0),
        ([*db, "export", "--from", "2026-10-31", "--to", "2026-10-01", "--out",
          str(tmp_path / "q.omrpkg")], 2),
        ([*db, "export", "--from", "2026-10-01", "--to", "2026-10-31", "--worker", "ZZ",
          "--out", str(tmp_path / "q.omrpkg")], 2),
        ([*db, "report", *month, "--format", "pdf", "--out", str(tmp_path / "r.pdf")], 0),
        ([*db, "report", *month, "--format", "xlsx", "--out", "-"], 2),
        ([*db, "report", *month, "--unit", "Atlantis", "--format", "csv", "--out", "-"], 2),
        ([*db, "report", *month, "--format", "doc", "--out", "-"], 2),
        ([*db, "report", "--format", "json", "--out", "-"], 2),
        ([*db, "close-month", "2026-10"], 0),
        ([*db, "close-month", "2026-10", "--unit", "Atlantis"], 2),
        ([*db, "close-month", "2026-13"], 2),
        ([*db, "reopen-month", "2026-10", "--reason", "rättelse"], 0),
        ([*db, "reopen-month", "2026-10", "--reason", "gäller 850709-9805"], 2),
        ([*db, "check"], 0),
        ([*db, "check", "--repair-tallies"], 0),
        (["--db", str(tmp_path / "nej.db"), "check"], 2),
        ([*db, "restore"], 0),
        ([*db, "restore", str(damaged)], 2),
        ([*db, "restore", str(tmp_path / "nej.db")], 2),
        ([*db, "frobnicate"], 2),
        ([*db, "import"], 2),
        (["--db", str(tmp_path / "x.db"), "--org", str(bad), "check"], 2),
    ]  # fmt: skip
    for argv, expected in runs:
        code, text = _say(argv, capsys, tmp_path)
        assert code == expected, (argv, text)
        assert text.strip(), argv  # every command says what it did or why not
        assert _english(text) == [], (argv, text)
