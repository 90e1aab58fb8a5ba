"""Default durations per kind (SPEC §4), prefilled in the form so the time split is not zeros.

These are Linköping's defaults; a unit may set its own in the admin pages
(store/durations.py). Other time has none: its minutes vary too much to guess.
"""

from __future__ import annotations

DEFAULT_MINUTES: dict[str, int] = {"visit": 15, "contact": 45, "group": 90, "meeting": 60}
