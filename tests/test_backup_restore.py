"""Automatic rotating backups, restore after real damage, and the refusals around restore."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from exchange_helpers import entry

from omradesapp import cli, paths
from omradesapp.store import backup, verdict
from omradesapp.store import restore as restore_module
from omradesapp.store.audit import read_audit
from omradesapp.store.database import InUseError, Store, StoreError
from omradesapp.store.entries import add_entry
from omradesapp.store.opening import open_store
from omradesapp.store.restore import damaged, restore


def test_one_backup_a_day_and_only_the_newest_kept(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    day = dt.datetime(2026, 3, 1, 8, 0)
    assert backup.maybe_backup(store, folder, keep=3, now=day) is not None
    assert backup.maybe_backup(store, folder, keep=3, now=day.replace(hour=17)) is None
    for i in range(1, 6):
        assert backup.maybe_backup(store, folder, keep=3, now=day + dt.timedelta(days=i))
    names = sorted(p.name for p in folder.glob("*.db"))
    assert names == [f"omradesapp-auto-202603{d:02d}-080000.db" for d in (4, 5, 6)]
    assert backup.check_backup(folder / names[-1]) == []


def test_cli_write_commands_make_todays_backup(db_path: Path) -> None:
    assert cli.main(["--db", str(db_path), "close-month", "2026-01"]) == 0
    made = list(paths.backup_dir(db_path).glob("omradesapp-auto-*.db"))
    assert len(made) == 1
    assert backup.latest(paths.backup_dir(db_path)) == made[0]


def _damage(path: Path) -> None:
    """Overwrite every other page in the middle of the file with garbage, as a failing disk
    would: enough that any command reading the entries meets a damaged page."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 4, len(data) - page, page * 2):
        data[start + 100 : start + 1200] = b"\xde\xad\xbe\xef" * 275
    path.write_bytes(bytes(data))


def test_restore_after_the_database_file_is_damaged(db_path: Path, capsys) -> None:
    with open_store(db_path) as s:
        kept = [add_entry(s, entry(s, adults=i % 5 + 1), "ab").id for i in range(300)]
    assert cli.main(["--db", str(db_path), "close-month", "2026-01"]) == 0  # makes the backup
    with open_store(db_path) as s:
        add_entry(s, entry(s), "ab")  # after the backup: lost by the restore, kept aside
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(db_path)
    with pytest.raises(StoreError, match="skadad"):
        open_store(db_path, check=True)
    capsys.readouterr()
    assert cli.main(["--db", str(db_path), "check"]) == 2  # the full check finds it ...
    assert damaged(db_path)
    before = db_path.read_bytes()
    assert cli.main(["--db", str(db_path), "close-month", "2026-02"]) == 2  # ... and writes stop
    err = capsys.readouterr().err
    assert "skadad" in err and "restore" in err and "omradesapp-auto-" in err
    assert db_path.read_bytes() == before
    assert cli.main(["--db", str(db_path), "restore"]) == 0
    listing = capsys.readouterr().out
    [name] = [p.name for p in paths.backup_dir(db_path).glob("*.db")]
    assert name in listing
    assert cli.main(["--db", str(db_path), "restore", name]) == 0
    assert "ersatta filen" in capsys.readouterr().out
    with open_store(db_path) as s:
        assert s.integrity_check() == []
        ids = {r[0] for r in s.conn.execute("SELECT id FROM entries")}
        assert ids == set(kept)
        assert read_audit(s, 1)[0].action == "restore"
    assert list(db_path.parent.glob("omradesapp.db.replaced-*"))


def test_restore_refuses_a_file_that_is_not_a_sound_backup(db_path: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert cli.main(["--db", str(db_path), "restore", str(junk)]) == 2
    foreign = tmp_path / "foreign.db"
    import sqlite3

    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="inte"):
        restore(db_path, foreign)


def test_restore_refused_while_another_process_holds_the_database(
    db_path: Path, store: Store, tmp_path: Path
) -> None:
    good = backup.backup_to(store, tmp_path / "b" / "good.db")
    store.close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from omradesapp.store.opening import open_store; "
         f"s = open_store({str(db_path)!r}); print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(InUseError):
            restore(db_path, good)
        assert cli.main(["--db", str(db_path), "restore", str(good)]) == 2
    finally:
        holder.communicate("")


def test_a_damaged_copy_is_not_kept_nor_counted(db_path: Path, tmp_path: Path) -> None:
    with open_store(db_path) as s:
        for i in range(300):
            add_entry(s, entry(s, adults=i % 5 + 1), "ab")
    folder = tmp_path / "b"
    day = dt.datetime(2026, 3, 1, 8, 0)
    with open_store(db_path, write=False) as s:
        for i in range(2):
            assert backup.maybe_backup(s, folder, keep=2, now=day + dt.timedelta(days=i))
    sound = sorted(p.name for p in folder.iterdir())
    _damage(db_path)
    with open_store(db_path, write=False) as s:
        with pytest.raises(StoreError, match="skadad") as refused:
            backup.maybe_backup(s, folder, keep=2, now=day + dt.timedelta(days=2))
    assert "ingen säkerhetskopia" in str(refused.value)
    assert sorted(p.name for p in folder.iterdir()) == sound  # rotation dropped no sound copy
    assert all(backup.check_backup(folder / name) == [] for name in sound)
    known = verdict.read_verdict(db_path)
    assert known is not None and known.damaged
    with pytest.raises(StoreError, match="skadad"):
        open_store(db_path)  # the damage found by the backup stops writes


def test_two_restores_in_the_same_second_keep_both_replaced_files(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Frozen:
            return cls(2026, 5, 4, 10, 0, 0)

    with open_store(db_path) as s:
        good = backup.backup_to(s, tmp_path / "b" / "good.db")
        add_entry(s, entry(s), "ab")
    first_bytes = db_path.read_bytes()
    monkeypatch.setattr(restore_module.dt, "datetime", Frozen)
    first = restore(db_path, good)
    second = restore(db_path, good)
    assert first is not None and second is not None and first != second
    assert first.name == "omradesapp.db.replaced-20260504-100000"
    assert second.name == "omradesapp.db.replaced-20260504-100000-2"
    assert first.read_bytes() == first_bytes
    assert len(list(db_path.parent.glob("omradesapp.db.replaced-*"))) >= 2


def test_a_command_that_meets_damage_refuses_and_remembers_it(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path) as s:
        for i in range(300):
            add_entry(s, entry(s, adults=i % 5 + 1), "ab")
    _damage(db_path)
    out = db_path.with_name("paket.omrpkg")
    args = ["export", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out)]
    assert cli.main(["--db", str(db_path), *args]) == 2
    assert "skadad" in capsys.readouterr().err
    assert not out.exists()
    known = verdict.read_verdict(db_path)
    assert known is not None and known.damaged
