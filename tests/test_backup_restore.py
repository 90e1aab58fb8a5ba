"""Automatic rotating backups, restore after real damage, and the refusals around restore."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from exchange_helpers import entry

from omradesapp import cli, paths
from omradesapp.store import backup
from omradesapp.store.audit import read_audit
from omradesapp.store.database import InUseError, Store, StoreError, open_store
from omradesapp.store.entries import add_entry
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
    """Overwrite pages in the middle of the file with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 4, len(data) - page, page * 3):
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
        open_store(db_path)  # the start's quick check finds it
    assert damaged(db_path)
    capsys.readouterr()
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
        assert read_audit(s.conn, 1)[0].action == "restore"
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
    good = backup.backup_to(store.conn, tmp_path / "b" / "good.db")
    store.close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from omradesapp.store.database import open_store; "
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
