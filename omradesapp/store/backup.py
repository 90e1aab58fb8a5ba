"""Copies of the database made with SQLite's backup API, written atomically."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from omradesapp.atomic import check_target, replace_into
from omradesapp.store import schema, verdict
from omradesapp.store.database import Store, StoreError, is_damage
from omradesapp.store.retention import (
    clear_notes_before,
    code_cutoff,
    note_cutoff,
    remove_expired_copies,
    replace_codes_ended_before,
)


class BackupDamaged(StoreError):
    """The copy failed its quick check; it was not kept."""


def backup_to(store: Store, target: Path) -> Path:
    """Copy the open database to `target` (temp file, quick check, fsync, rename).

    Notes due for clearing (retention.py) are cleared in the copy. The copy is checked
    where it is made, before it takes its name: a damaged copy is never kept, so
    rotation never counts one (BackupDamaged).
    """
    check_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(tmp)
        try:
            store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            try:
                with dest:  # however the caller ordered its work, no due note is copied
                    clear_notes_before(dest, note_cutoff(store))
                    replace_codes_ended_before(dest, code_cutoff(store))
                rows = [str(r[0]) for r in dest.execute("PRAGMA quick_check").fetchall()]
            except sqlite3.DatabaseError as e:
                if not is_damage(e):
                    raise
                rows = [str(e)]
        finally:
            dest.close()
        if rows != ["ok"]:
            raise BackupDamaged(
                f"Säkerhetskopian {target.name} blev skadad och sparades inte: {rows[0]}"
            )
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        replace_into(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def latest(folder: Path) -> Path | None:
    """The newest backup in `folder`, or None."""
    if not folder.is_dir():
        return None
    found = sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


AUTO = "auto"  # automatic backups are named <db stem>-auto-<YYYYMMDD-HHMMSS>.db
KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: dt.datetime  # local time of the file
    size: int


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in `folder` (automatic and before migrations), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob("*.db"):
        st = p.stat()
        found.append(BackupInfo(p, dt.datetime.fromtimestamp(st.st_mtime), st.st_size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def _auto(folder: Path, stem: str) -> list[Path]:
    return sorted(folder.glob(f"{stem}-{AUTO}-*.db")) if folder.is_dir() else []


def maybe_backup(
    store: Store,
    folder: Path | None = None,
    keep: int = KEEP,
    now: dt.datetime | None = None,
) -> Path | None:
    """Back up the open database unless today's automatic backup exists; keep the newest `keep`.

    `folder` defaults to `backups/` beside the database (paths.backup_dir). Called when
    the app starts, daily while it runs, and by every CLI command that writes, after the
    day's clearing of old notes. Once today's sound backup exists, copies older than the
    note retention period go (retention.remove_expired_copies).

    A copy that fails its check means the database itself is damaged (or, rarely, the
    backup disk): the database is checked, its verdict remembered, and StoreError raised.
    """
    now = now or dt.datetime.now()
    folder = folder or store.path.parent / "backups"
    stem = store.path.stem
    made = None
    if not any(p.name.startswith(f"{stem}-{AUTO}-{now:%Y%m%d}-") for p in _auto(folder, stem)):
        try:
            made = backup_to(store, folder / f"{stem}-{AUTO}-{now:%Y%m%d-%H%M%S}.db")
        except BackupDamaged:
            problems = store.quick_check()
            if not problems:
                raise
            verdict.remember(store.path, problems, verdict.QUICK, now)
            raise StoreError(
                f"Databasen {store.path} är skadad ({problems[0]}); ingen säkerhetskopia "
                f"gjordes. {restore_advice(store.path, folder)}"
            ) from None
    for old in _auto(folder, stem)[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    remove_expired_copies(store, folder, now)
    return made


def restore_advice(db: Path, folder: Path) -> str:
    """Which backup to restore (the newest sound one), as the command that does it."""
    for b in list_backups(folder):
        if not check_backup(b.path):
            return (
                f"Den senaste hela säkerhetskopian är från {b.made:%Y-%m-%d %H:%M}; återställ "
                f"den med: omradesapp --db {db} restore {b.path}"
            )
    return f"Det finns ingen hel säkerhetskopia i {folder} att återställa med `omradesapp restore`."


def _sqlite_words(e: sqlite3.Error) -> str:
    """SQLite's English reason in Swedish, where it is one of the usual."""
    text = str(e)
    if "malformed" in text:
        return "filen är skadad"
    if "not a database" in text:
        return "filen är ingen SQLite-databas"
    return "SQLite kan inte läsa den"


def check_backup(path: Path) -> list[str]:
    """Why `path` cannot be restored (Swedish); empty when it is a sound database of ours."""
    if not path.is_file():
        return [f"{path.name} finns inte."]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as e:
        return [f"{path.name} kan inte öppnas ({_sqlite_words(e)})."]
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != schema.APPLICATION_ID:
            return [f"{path.name} är ingen databas från Områdesappen."]
        if version > schema.SCHEMA_VERSION:
            return [f"{path.name} är skriven av en nyare version (schema {version})."]
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else [f"{path.name} är skadad: {rows[0]}"]
    except sqlite3.DatabaseError as e:
        return [f"{path.name} är skadad eller ingen databas ({_sqlite_words(e)})."]
    finally:
        conn.close()
