"""Gallring (SPEC §7): notes are cleared after the retention period; counts and codes stay.

Copies of the database hold notes too. A backup is made without the notes already due
(backup.backup_to clears them in the copy), and backups and the safety copies a restore
keeps go once they are older than the retention period (remove_expired_copies).

An engagement's code (SPEC §12) is the key to a family in the journal system: some time
after the engagement ended (two years by default) the code is replaced by an opaque one,
here and in its linked entries. Counts and hours stay.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

from omradesapp.domain.engagement_code import MAX_NUMBER, code_parts
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


CODE_SETTING = "engagement_code_retention_years"
DEFAULT_CODE_YEARS = 2


def code_retention_years(store: Store) -> int:
    """Years after an engagement's end until its code is replaced (setting, default 2)."""
    value = store.setting(CODE_SETTING)
    try:
        years = int(value) if value is not None else DEFAULT_CODE_YEARS
    except ValueError:
        years = DEFAULT_CODE_YEARS
    return max(years, 1)


def code_cutoff(store: Store, today: dt.date | None = None) -> str:
    """Codes of engagements that ended before this ISO date are due to be replaced."""
    today = today or dt.date.today()
    years = code_retention_years(store)
    try:
        return today.replace(year=today.year - years).isoformat()
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28).isoformat()


def opaque_code(engagement_id: str, code: str, taken: set[int]) -> str:
    """A code of the same assignment and year that says nothing of the old one.

    The number is drawn from the engagement's id, so every copy of the database (a desk's
    and the unit head's) makes the same code for it without asking the other; a number
    already `taken` in the unit and year, or the old one, is passed over.
    """
    prefix, year, old = code_parts(code)
    for attempt in range(10 * MAX_NUMBER):
        digest = hashlib.sha256(f"{engagement_id}:{attempt}".encode()).digest()
        number = int.from_bytes(digest[:8], "big") % MAX_NUMBER + 1
        if number != old and number not in taken:
            return f"{prefix}-{year:04d}-{number:03d}"
    raise RuntimeError(f"Inga lediga nummer för {prefix}-{year} i enheten.")


def replace_codes_ended_before(conn: sqlite3.Connection, cutoff: str) -> int:
    """Replace the due codes, in the caller's transaction on `conn`; returns how many.

    Neither the engagement's nor the entries' revision changes: every copy of the database
    replaces the code by the same rule (opaque_code), so it is no edit for a merge to take.
    A database from before engagements (a migration's backup) has nothing to replace.
    """
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'engagements'"
    ).fetchone():
        return 0
    due = conn.execute(
        'SELECT id, unit_id, code FROM engagements WHERE "end" < ? AND code_replaced = 0 '
        "ORDER BY id",
        (cutoff,),
    ).fetchall()
    if not due:
        return 0
    conn.execute("PRAGMA secure_delete = ON")
    try:
        for engagement_id, unit_id, code in due:
            year = code[3:7]
            taken = {
                code_parts(str(r[0]))[2]
                for r in conn.execute(
                    "SELECT code FROM engagements WHERE unit_id = ? AND substr(code, 4, 4) = ?",
                    (unit_id, year),
                )
            }
            new = opaque_code(str(engagement_id), str(code), taken)
            conn.execute(
                "UPDATE engagements SET code = ?, code_replaced = 1 WHERE id = ?",
                (new, engagement_id),
            )
            conn.execute(
                "UPDATE entries SET engagement = ? WHERE unit_id = ? AND engagement = ?",
                (new, unit_id, code),
            )
    finally:
        conn.execute("PRAGMA secure_delete = OFF")
    return len(due)


def replace_old_codes(store: Store, today: dt.date | None = None, actor: str = "gallring") -> int:
    """Replace the codes of engagements that ended before the retention period; returns how
    many. The audit line holds only the number: an old code kept there would undo it."""
    cutoff = code_cutoff(store, today)
    with store.transaction() as c:
        n = replace_codes_ended_before(c, cutoff)
        if n:
            record(c, actor, "retention", None, {"codes_replaced": n, "before": cutoff})
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
