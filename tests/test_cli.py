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


def _actors(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT DISTINCT actor FROM audit ORDER BY id")]
    finally:
        conn.close()


def test_the_audit_log_names_the_command_line_never_the_login(db_path: Path) -> None:
    import getpass

    assert main(["--db", str(db_path), "close-month", "2026-01", "--unit", "Berga"]) == 0
    assert main(["--db", str(db_path), "reopen-month", "2026-01", "--unit", "Berga"]) == 0
    actors = _actors(db_path)
    assert actors == ["kommandoraden"]
    assert getpass.getuser() not in actors


def test_the_audit_log_names_the_desk_worker(db_path: Path, tmp_path: Path) -> None:
    from omradesapp.store.opening import open_store
    from omradesapp.store.org import Worker, save_worker, unit_by_name

    with open_store(db_path) as s:
        unit = unit_by_name(s, "Berga")
        assert unit is not None
        worker = save_worker(s, Worker(0, "KL", unit.id, True), "KL")
        s.set_setting("desk_worker", str(worker.id))
    csv = tmp_path / "in.csv"
    csv.write_text("kind;date;unit\nvisit;2026-01-05;Berga\n", "utf-8")
    assert main(["--db", str(db_path), "import", str(csv)]) == 0
    assert main(["--db", str(db_path), "close-month", "2026-01"]) == 0
    assert set(_actors(db_path)) == {"KL"}


def test_a_backup_named_like_a_personnummer_is_not_restored(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    named = tmp_path / "850101-1236.db"
    shutil.copy(db_path, named)
    before = fingerprint(db_path)
    assert main(["--db", str(db_path), "restore", str(named)]) == 2
    assert "personnummer" in capsys.readouterr().err
    assert fingerprint(db_path) == before


@pytest.mark.parametrize(
    "args",
    [
        ["report", "--month", "0000-01", "--format", "json", "--out", "-"],
        ["close-month", "0000"],
        ["close-month", "0000-01"],
        ["reopen-month", "0000-12"],
        ["export", "--from", "0001-01-01", "--to", "2026-01-01", "--out", "x.omrpkg"],
    ],
)
def test_year_zero_is_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    before = fingerprint(db_path)
    with pytest.raises(SystemExit) as e:
        main(["--db", str(db_path), *args])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "ÅÅÅÅ" in err or "året ska vara" in err
    assert fingerprint(db_path) == before
