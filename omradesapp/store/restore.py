"""Putting a backup back in place of the database, with the current file kept aside."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from omradesapp.atomic import replace_into
from omradesapp.store import verdict
from omradesapp.store.audit import record
from omradesapp.store.backup import check_backup
from omradesapp.store.database import InUseError, StoreError, writer_lock
from omradesapp.store.opening import open_store


def damaged(db: Path, *, remembered: bool = True) -> list[str]:
    """What is known or found wrong with the file; empty when it is sound or absent.

    A remembered damaged verdict counts (verdict.py) unless `remembered` is False (the
    `check` command looks afresh); an empty file has lost its
    content; otherwise SQLite's quick check decides. A sound file that is refused for
    another reason (in use, newer, not ours) is no case for a restore.
    """
    if not db.exists():
        return []
    known = verdict.read_verdict(db) if remembered else None
    if known is not None and known.damaged:
        return list(known.problems)
    if db.is_file() and db.stat().st_size == 0:
        return ["Filen är tom (0 byte)."]
    try:
        conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True, timeout=1.0)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        return [str(e)]
    return [] if rows == ["ok"] else rows


def _refuse_if_in_use(db: Path) -> None:
    """InUseError while another program holds the database in a transaction; else its
    log is checkpointed, so that taking the log away below loses nothing.

    Another program's write would be lost, or land on the restored file. Only a
    lock refuses: a damaged file is what a restore is for.
    """
    if not db.is_file():
        return
    try:
        conn = sqlite3.connect(db, timeout=1.0)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the log into the file it belongs to
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        if "locked" in str(e) or "busy" in str(e):
            raise InUseError(
                f"Databasen {db} är låst av ett annat program – stäng det och försök igen; "
                "inget har ändrats."
            ) from None


def _fsync(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def _keep_aside(db: Path) -> Path:
    """Copy `db` to a new `<db>.replaced-<time>[-n]` name; never over an earlier copy."""
    stamp = f"{db.name}.replaced-{dt.datetime.now():%Y%m%d-%H%M%S}"
    n = 1
    while True:
        aside = db.with_name(stamp if n == 1 else f"{stamp}-{n}")
        try:
            with open(db, "rb") as src, open(aside, "xb") as dst:
                shutil.copyfileobj(src, dst)
                dst.flush()
                os.fsync(dst.fileno())
            return aside
        except FileExistsError:
            n += 1


def restore(db: Path, backup: Path, actor: str = "restore") -> Path | None:
    """Replace `db` by `backup`; returns where the replaced file was kept (None if there was none).

    Refused (StoreError) when the backup is not a sound database of ours, and
    (InUseError) while another window or command has the database open.
    """
    problems = check_backup(backup)
    if problems:
        raise StoreError(f"Säkerhetskopian kan inte användas: {problems[0]}")
    lock = writer_lock(db)
    tmp = db.with_name(f".{db.name}.restore.tmp")
    aside = None
    made: list[Path] = [tmp]  # removed again if the restore fails: nothing changes
    try:
        _refuse_if_in_use(db)
        shutil.copyfile(backup, tmp)
        _fsync(tmp)
        if db.exists():
            # The current file (and its write-ahead log) is kept, named so that it is not
            # taken for a backup: it may hold entries the backup lacks.
            aside = _keep_aside(db)
            made.append(aside)
            for suffix in ("-wal", "-shm"):
                side = db.with_name(db.name + suffix)
                if side.exists():
                    made.append(aside.with_name(aside.name + suffix))
                    shutil.copyfile(side, made[-1])
        # A stale log would be replayed onto the restored file and damage it. (Taken away
        # only now: every copy above is made, so a full disk stops us before this.)
        log = db.with_name(db.name + "-wal")
        if log.exists() and log.stat().st_size:
            del made[1:]  # from here on the copies aside may be all that holds the log
        for suffix in ("-wal", "-shm"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        replace_into(tmp, db)  # and the folder fsynced: the removals above last too
        # check_backup ran the full integrity check on what is now the database.
        verdict.remember(db, [], verdict.FULL)
    except BaseException:
        for path in made:
            path.unlink(missing_ok=True)
        raise
    finally:
        lock.release()
    with open_store(db, create=False) as store, store.transaction() as c:
        record(c, actor, "restore", None, {"backup": backup.name, "replaced": aside and aside.name})
    return aside
