"""Gallring (SPEC §7): notes are cleared after the retention period; counts and codes stay.

Copies of the database hold notes too. A backup is made without the notes already due
(backup.backup_to clears them in the copy), and backups and the safety copies a restore
keeps go once they are older than the retention period (remove_expired_copies).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from omradesapp.store.audit import record
from omradesapp.store.database import Store

SETTING = "note_retention_days"
DEFAULT_DAYS = 90


def retention_days(store: Store) -> int:
    """The retention period in days (setting `note_retention_days`, default 90)."""
    value = store.setting(SETTING)
    try:
        days = int(value) if value is not None else DEFAULT_DAYS
    except ValueError:
        days = DEFAULT_DAYS
    return max(days, 1)


def note_cutoff(store: Store, today: dt.date | None = None) -> str:
    """Notes of entries dated before this ISO date are due to be cleared."""
    today = today or dt.date.today()
    return (today - dt.timedelta(days=retention_days(store))).isoformat()


def clear_notes_before(conn: sqlite3.Connection, cutoff: str) -> int:
    """Clear the due notes, in the caller's transaction on `conn`; returns how many.

    With secure_delete the cleared text is overwritten in the file, not only unlinked.
    """
    conn.execute("PRAGMA secure_delete = ON")
    try:
        return conn.execute(
            "UPDATE entries SET note = NULL WHERE note IS NOT NULL AND date < ?", (cutoff,)
        ).rowcount
    finally:
        conn.execute("PRAGMA secure_delete = OFF")


def clear_old_notes(store: Store, today: dt.date | None = None, actor: str = "gallring") -> int:
    """Clear the notes of entries dated before the retention period; returns how many.

    `updated_at` stays as it was: a cleared note is no change to the entry as it
    travels (notes never do), so it must not look like an edit to a unit head's
    merge. Closed months are no obstacle: figures do not change.
    """
    cutoff = note_cutoff(store, today)
    with store.transaction() as c:
        n = clear_notes_before(c, cutoff)
        if n:
            record(c, actor, "retention", None, {"notes_cleared": n, "before": cutoff})
    return n


def expired_copies(store: Store, folder: Path, now: dt.datetime) -> list[Path]:
    """Backups in `folder` and safety copies beside the database older than the period."""
    cutoff = (now - dt.timedelta(days=retention_days(store))).timestamp()
    db = store.path
    found = [
        *folder.glob(f"{db.stem}-auto-*.db"),
        *folder.glob(f"{db.stem}-schema*.db"),
        *db.parent.glob(f"{db.name}.replaced-*"),
    ]
    return [p for p in found if p.is_file() and p.stat().st_mtime < cutoff]


def remove_expired_copies(store: Store, folder: Path, now: dt.datetime | None = None) -> int:
    """Remove the copies that expired_copies names; returns how many.

    Called by backup.maybe_backup once the day's sound backup exists, so that removing
    old copies never leaves the database without one.
    """
    gone = expired_copies(store, folder, now or dt.datetime.now())
    for p in gone:
        p.unlink(missing_ok=True)
    return len(gone)
