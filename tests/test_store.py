"""Opening the store: ours or refused untouched, pragmas on every open, one writer, migrations."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from omradesapp.store import schema
from omradesapp.store.database import InUseError, StoreError
from omradesapp.store.opening import open_store
from omradesapp.store.org import list_units


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_ours_with_linkoping_defaults(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.db")
    c = store.conn
    assert c.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert store.schema_version == schema.SCHEMA_VERSION
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert c.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    units = {u.name: u for u in list_units(store)}
    assert len(units) == 11
    assert units["Valla"].fte == 0.5 and units["Valla"].kind == "family_centre"
    assert units["Samordnat stöd och nätverksarbete"].fte == 4.0
    assert units["Områdeslokal Berga"].kind == "area_office"
    assert len(store.device) == 36
    store.close()


def test_other_organisation_from_a_file(tmp_path: Path) -> None:
    org = tmp_path / "org.json"
    org.write_text(
        '{"units": [{"name": "Familjecentralen Norr", "kind": "family_centre", "fte": 2}]}',
        "utf-8",
    )
    store = open_store(tmp_path / "norr.db", org_file=org)
    assert [(u.name, u.fte) for u in list_units(store)] == [("Familjecentralen Norr", 2.0)]
    store.close()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"Detta ar ingen databas, bara text.\n" * 200)
    before = digest(path)
    with pytest.raises(StoreError, match="notes.db"):
        open_store(path)
    assert digest(path) == before
    assert not path.with_name("notes.db-wal").exists()


def test_another_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="inte en databas från Områdesappen"):
        open_store(path)
    assert digest(path) == before


def test_a_newer_schema_is_refused_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="nyare version"):
        open_store(db_path)
    assert digest(db_path) == before


def test_a_second_writer_is_refused(db_path: Path) -> None:
    first = open_store(db_path)
    with pytest.raises(InUseError, match="används redan"):
        open_store(db_path)
    reader = open_store(db_path, write=False)  # reading alongside is fine
    assert len(list_units(reader)) == 11
    reader.close()
    first.close()
    open_store(db_path).close()  # and free again once the first has closed


HOLD = """
import sys, time
from omradesapp.store.opening import open_store
s = open_store(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def test_second_writer_process_refused_and_a_killed_writer_leaves_no_stuck_lock(
    db_path: Path,
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        cli = subprocess.run(
            [sys.executable, "-m", "omradesapp", "--db", str(db_path), "close-month", "2026-01"],
            capture_output=True,
            text=True,
        )
        assert cli.returncode == 2
        assert "används redan" in cli.stderr
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 10
    while True:  # the OS frees the lock with the process
        try:
            open_store(db_path).close()
            break
        except InUseError:
            assert time.monotonic() < deadline
            time.sleep(0.05)


def test_migration_takes_a_backup_first(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later schema step runs on the released schema only after a backup of the file."""

    def later(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE entries ADD COLUMN extra TEXT")

    released = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, later))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", released + 1)
    backups = tmp_path / "backups"
    store = open_store(db_path, backup_dir=backups)
    assert store.schema_version == released + 1
    store.close()
    [backup] = list(backups.glob("*.db"))
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == released
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 11
    conn.close()


def test_a_failing_migration_leaves_the_database_as_it_was(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE entries ADD COLUMN extra TEXT")
        raise RuntimeError("step failed")

    released = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", released + 1)
    with pytest.raises(RuntimeError):
        open_store(db_path, backup_dir=tmp_path / "b")
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == released
    cols = [r[1] for r in conn.execute("PRAGMA table_info(entries)")]
    assert "extra" not in cols
    conn.close()


def test_check_command_reports_a_sound_database(db_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "omradesapp", "--db", str(db_path), "check"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert f"schemaversion: {schema.SCHEMA_VERSION}" in out.stdout
    assert "integritet: ok" in out.stdout
