"""Default durations per kind (SPEC §4), prefilled in the form so the time split is not zeros.

These are Linköping's defaults. A unit may set its own in the admin pages; the form asks
for a kind's default in one place only, so that it can ask the unit's setting instead.
"""

from __future__ import annotations

DEFAULT_MINUTES: dict[str, int] = {"visit": 15, "contact": 45, "group": 90, "meeting": 60}


def default_minutes(kind: str) -> int | None:
    """The minutes a new entry of `kind` starts with; None where there is none (other time)."""
    return DEFAULT_MINUTES.get(kind)
