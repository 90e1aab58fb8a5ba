"""Read-only stores, the files the app writes, empty and damaged database files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from omradesapp import atomic, cli, paths
from omradesapp.atomic import NotARegularFile, write_atomic
from omradesapp.store import backup, schema, verdict
from omradesapp.store.database import Store, StoreError
from omradesapp.store.opening import open_store
from omradesapp.store.org import list_units


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- read-only ------------------------------------------------------------


def test_a_read_only_store_refuses_every_write_and_leaves_the_file_as_it_was(
    db_path: Path,
) -> None:
    writer = open_store(db_path)  # a writer holds the lock meanwhile, as the desk does
    writer.close()
    before = digest(db_path)
    writer = open_store(db_path)
    reader = open_store(db_path, write=False)
    assert len(list_units(reader)) == 11
    assert reader.conn.execute("PRAGMA query_only").fetchone()[0] == 1
    with pytest.raises(StoreError, match="bara för läsning"):
        reader.set_setting("x", "y")
    for sql in (
        "INSERT INTO settings(key, value) VALUES ('x', 'y')",
        "CREATE TABLE extra (x)",
        "PRAGMA user_version = 7",
    ):
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.conn.execute(sql)
    reader.conn.execute("PRAGMA query_only = OFF")  # the file itself is opened read-only too
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.conn.execute("DELETE FROM settings")
    reader.close()
    writer.close()
    assert digest(db_path) == before
    assert open_store(db_path, write=False).setting("x") is None


def test_a_read_only_open_never_creates_or_migrates(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "sub" / "none.db"
    with pytest.raises(StoreError, match="finns inte"):
        open_store(missing, write=False)
    assert not missing.parent.exists()
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, lambda c: None))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    before = digest(db_path)
    with pytest.raises(StoreError, match="behöver uppgraderas"):
        open_store(db_path, write=False)
    assert digest(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_every_connection_has_a_bounded_cache(store: Store, db_path: Path) -> None:
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -8192
    with open_store(db_path, write=False) as reader:
        assert reader.conn.execute("PRAGMA cache_size").fetchone()[0] == -8192


def test_opening_runs_no_full_read_of_the_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Store) -> list[str]:
        raise AssertionError("quick_check on open")

    monkeypatch.setattr(Store, "quick_check", refuse)
    assert cli.main(["--db", str(db_path), "close-month", "2026-01"]) == 0
    open_store(db_path, write=False).close()


# -- files the app writes ---------------------------------------------------


def test_atomic_writes_replace_only_regular_files(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    kept = tmp_path / "kept.txt"
    kept.write_text("orörd")
    link = tmp_path / "link.txt"
    link.symlink_to(kept)
    for target in (fifo, link):
        with pytest.raises(NotARegularFile, match="ingen vanlig fil"):
            write_atomic(target, b"data")
    assert fifo.is_fifo() and link.is_symlink() and kept.read_text() == "orörd"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt", "link.txt", "pipe"]
    assert write_atomic(kept, b"ny").read_bytes() == b"ny"  # a regular file is replaced


def test_an_atomic_write_makes_its_rename_durable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(atomic, "fsync_dir", synced.append)
    write_atomic(tmp_path / "out" / "report.json", b"{}")
    assert synced == [tmp_path / "out"]


def test_cli_out_refuses_a_pipe_or_a_link(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    kept = tmp_path / "kept.json"
    kept.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(kept)
    base = ["--db", str(db_path)]
    month = ["report", "--month", "2026-10", "--format", "json", "--out"]
    period = ["export", "--from", "2026-10-01", "--to", "2026-10-31", "--out"]
    for args in ([*month, str(fifo)], [*month, str(link)], [*period, str(link)]):
        assert cli.main([*base, *args]) == 2
        assert "ingen vanlig fil" in capsys.readouterr().err
    assert fifo.is_fifo() and link.is_symlink() and kept.read_text() == "{}"


def test_schema_script_keeps_a_trigger_body_whole() -> None:
    conn = sqlite3.connect(":memory:")
    schema._script(
        conn,
        """
        CREATE TABLE a (x);
        CREATE TABLE log (what TEXT);
        CREATE TRIGGER a_logged AFTER INSERT ON a BEGIN
            INSERT INTO log VALUES ('ett; två');
            INSERT INTO log VALUES ('tre');
        END;
        """,
    )
    conn.execute("INSERT INTO a VALUES (1)")
    assert conn.execute("SELECT what FROM log").fetchall() == [("ett; två",), ("tre",)]
    with pytest.raises(ValueError, match="Ofullständig"):
        schema._script(conn, "CREATE TRIGGER b AFTER INSERT ON a BEGIN SELECT 1;")


# -- empty and damaged files ------------------------------------------------


def _sound_backup(db_path: Path) -> Path:
    with open_store(db_path, write=False) as s:
        made = backup.maybe_backup(s, paths.backup_dir(db_path))
    assert made is not None
    return made


def test_an_empty_database_file_is_refused_with_the_backup_to_restore(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = _sound_backup(db_path)
    db_path.write_bytes(b"")
    for write in (True, False):
        with pytest.raises(StoreError, match="tom") as refused:
            open_store(db_path, write=write)
        assert f"restore {made}" in str(refused.value)
    assert cli.main(["--db", str(db_path), "close-month", "2026-01"]) == 2
    assert "tom (0 byte)" in capsys.readouterr().err
    assert db_path.read_bytes() == b""
    assert cli.main(["--db", str(db_path), "restore", str(made)]) == 0
    assert len(list_units(open_store(db_path, write=False))) == 11


def test_only_a_missing_path_is_created_and_never_half_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from omradesapp.store import defaults

    def broken(conn: sqlite3.Connection, org_file: Path | None = None) -> None:
        raise ValueError("trasig organisationsfil")

    monkeypatch.setattr(defaults, "install", broken)
    path = tmp_path / "new.db"
    with pytest.raises(ValueError):
        open_store(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db.lock"]


def test_a_file_known_to_be_damaged_takes_no_writes_until_a_clean_check(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = _sound_backup(db_path)
    verdict.remember(db_path, ["*** in database main *** Page 7: btreeInitPage error"], "full")
    before = digest(db_path)
    with pytest.raises(StoreError, match="skadad") as refused:
        open_store(db_path)
    assert f"restore {made}" in str(refused.value)
    assert cli.main(["--db", str(db_path), "close-month", "2026-01"]) == 2
    assert "btreeInitPage" in capsys.readouterr().err
    assert digest(db_path) == before
    with open_store(db_path, write=False) as reader:  # reading is still allowed
        assert len(list_units(reader)) == 11
    verdict.remember(db_path, [], verdict.QUICK)  # a quick check cannot clear it ...
    with pytest.raises(StoreError, match="skadad"):
        open_store(db_path)
    assert cli.main(["--db", str(db_path), "check"]) == 0  # ... a clean full check does
    assert "integritet: ok" in capsys.readouterr().out
    known = verdict.read_verdict(db_path)
    assert known is not None and not known.damaged and known.kind == verdict.FULL
    open_store(db_path).close()
