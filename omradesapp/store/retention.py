"""Gallring (SPEC §7): notes are cleared after the retention period; counts and codes stay."""

from __future__ import annotations

import datetime as dt

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


def clear_old_notes(store: Store, today: dt.date | None = None, actor: str = "gallring") -> int:
    """Clear the notes of entries dated before the retention period; returns how many.

    `updated_at` stays as it was: a cleared note is no change to the entry as it
    travels (notes never do), so it must not look like an edit to a unit head's
    merge. Closed months are no obstacle: figures do not change.
    """
    today = today or dt.date.today()
    cutoff = (today - dt.timedelta(days=retention_days(store))).isoformat()
    with store.transaction() as c:
        n = c.execute(
            "UPDATE entries SET note = NULL WHERE note IS NOT NULL AND date < ?", (cutoff,)
        ).rowcount
        if n:
            record(c, actor, "retention", None, {"notes_cleared": n, "before": cutoff})
    return n
