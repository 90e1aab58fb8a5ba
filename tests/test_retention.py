"""Gallring: notes older than the retention period are cleared; counts and codes stay."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from exchange_helpers import entry

from omradesapp import cli, paths
from omradesapp.store import backup
from omradesapp.store.audit import read_audit
from omradesapp.store.database import Store
from omradesapp.store.entries import add_entry, get_entry
from omradesapp.store.opening import open_store
from omradesapp.store.retention import SETTING, clear_old_notes

TODAY = dt.date(2026, 11, 23)


def test_old_notes_cleared_new_ones_kept(store: Store) -> None:
    old = add_entry(store, entry(store, day="2026-08-01", adults=3, note="Gammal notering"), "ab")
    new = add_entry(store, entry(store, day="2026-11-01", note="Ny notering"), "ab")
    stamp = get_entry(store, old.id).updated_at
    assert clear_old_notes(store, TODAY) == 1
    cleared = get_entry(store, old.id)
    assert cleared.entry.note is None and cleared.entry.adults == 3
    assert cleared.updated_at == stamp  # not an edit: the unit head's merge must not see one
    assert get_entry(store, new.id).entry.note == "Ny notering"
    line = read_audit(store, 1)[0]
    assert line.action == "retention" and line.details["notes_cleared"] == 1
    assert clear_old_notes(store, TODAY) == 0


def test_retention_period_is_a_setting(store: Store) -> None:
    e = add_entry(store, entry(store, day="2026-11-01", note="Kort period"), "ab")
    store.set_setting(SETTING, "7")
    assert clear_old_notes(store, TODAY) == 1
    assert get_entry(store, e.id).entry.note is None


def test_cli_write_commands_clear_old_notes(db_path: Path) -> None:
    with open_store(db_path) as s:
        e = add_entry(s, entry(s, day="2020-01-10", note="Uråldrig"), "ab")
    assert cli.main(["--db", str(db_path), "close-month", "2026-01"]) == 0
    with open_store(db_path, write=False) as s:
        assert get_entry(s, e.id).entry.note is None


def test_no_backup_holds_a_note_due_for_clearing(db_path: Path, tmp_path: Path) -> None:
    with open_store(db_path) as s:
        old = add_entry(s, entry(s, day="2020-01-10", note="Utgången anteckning"), "ab")
        new = add_entry(s, entry(s, day=dt.date.today().isoformat(), note="Färsk"), "ab")
    # The desk's backup runs on a read-only connection, maybe before the day's clearing.
    with open_store(db_path, write=False) as s:
        made = backup.maybe_backup(s, tmp_path / "b")
    assert made is not None
    assert "Utgången".encode() not in made.read_bytes()  # overwritten, not only unlinked
    with open_store(made, write=False) as copy:
        assert get_entry(copy, old.id).entry.note is None
        assert get_entry(copy, new.id).entry.note == "Färsk"
    with open_store(db_path, write=False) as s:
        assert get_entry(s, old.id).entry.note == "Utgången anteckning"  # cleared by its writer


def test_cli_clears_notes_before_the_days_backup(db_path: Path) -> None:
    with open_store(db_path) as s:
        add_entry(s, entry(s, day="2020-01-10", note="Uråldrig anteckning"), "ab")
    assert cli.main(["--db", str(db_path), "close-month", "2026-01"]) == 0
    [made] = paths.backup_dir(db_path).glob("*.db")
    assert "Uråldrig".encode() not in made.read_bytes()
    with open_store(made, write=False) as copy:
        assert (
            copy.conn.execute("SELECT count(*) FROM entries WHERE note IS NOT NULL").fetchone()[0]
            == 0
        )


def test_copies_older_than_the_retention_period_are_removed(store: Store, db_path: Path) -> None:
    store.set_setting(SETTING, "30")
    folder = paths.backup_dir(db_path)
    folder.mkdir()
    now = dt.datetime.now()
    names = {
        "old_auto": folder / "omradesapp-auto-20200101-080000.db",
        "old_schema": folder / "omradesapp-schema1-20200101-080000.db",
        "old_aside": db_path.with_name("omradesapp.db.replaced-20200101-080000"),
        "old_aside_wal": db_path.with_name("omradesapp.db.replaced-20200101-080000-wal"),
        "young_auto": folder / "omradesapp-auto-20200102-080000.db",
        "young_aside": db_path.with_name("omradesapp.db.replaced-20200102-080000"),
        "other_db": folder / "annan-auto-20200101-080000.db",
    }
    for key, p in names.items():
        p.write_bytes(b"kopia")
        age = dt.timedelta(days=10 if key.startswith("young") else 31)
        stamp = (now - age).timestamp()
        os.utime(p, (stamp, stamp))
    made = backup.maybe_backup(store, folder, now=now)
    assert made is not None and made.exists()
    left = {k for k, p in names.items() if p.exists()}
    assert left == {"young_auto", "young_aside", "other_db"}


def test_old_copies_stay_while_no_backup_of_today_could_be_made(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = paths.backup_dir(db_path)
    folder.mkdir()
    old = folder / "omradesapp-auto-20200101-080000.db"
    old.write_bytes(b"kopia")
    os.utime(old, (0, 0))

    def full(store: Store, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "backup_to", full)
    with pytest.raises(OSError):
        backup.maybe_backup(store, folder)
    assert old.exists()  # the only copy there is is not removed before a new one exists
