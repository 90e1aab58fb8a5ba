"""When a recurring group or meeting meets, counted from a first occurrence.

Two rhythms: every n weeks on one weekday ("the collaboration group every other Tuesday",
"var fjärde vecka"), or one weekday of each month ("första tisdagen i månaden",
"sista torsdagen i månaden"). The weekday is always that of the first occurrence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

WEEK_RHYTHMS = (1, 2, 4)  # every week, every other week, every fourth week
LAST = -1  # the last such weekday of the month
MONTH_WEEKS = (1, 2, 3, 4, LAST)

_TEXT = re.compile(r"(?:(?P<weeks>\d+)w|m(?P<nth>-?\d+)):(?P<first>\d{4}-\d{2}-\d{2})")


def nth_in_month(day: dt.date) -> int:
    """Which of the month's weekdays of its kind `day` is: 1 for the first, up to 5."""
    return (day.day - 1) // 7 + 1


def is_last_in_month(day: dt.date) -> bool:
    return day.day + 7 > calendar.monthrange(day.year, day.month)[1]


@dataclass(frozen=True)
class Schedule:
    every_weeks: int  # 1, 2 or 4: the week rhythm; 0 when the schedule is monthly
    first: dt.date  # one occurrence; the weekday (and the week rhythm) follow from it
    month_week: int = 0  # monthly: 1–4 for the first to fourth weekday, LAST for the last

    def due_on(self, day: dt.date) -> bool:
        if day < self.first or day.weekday() != self.first.weekday():
            return False
        if self.month_week == LAST:
            return is_last_in_month(day)
        if self.month_week:
            return nth_in_month(day) == self.month_week
        return ((day - self.first).days // 7) % self.every_weeks == 0

    def to_text(self) -> str:
        rule = f"m{self.month_week}" if self.month_week else f"{self.every_weeks}w"
        return f"{rule}:{self.first.isoformat()}"


def monthly(first: dt.date, month_week: int) -> Schedule:
    return Schedule(0, first, month_week)


def parse_schedule(text: str | None) -> Schedule | None:
    """The schedule stored as '2w:2026-11-24' or 'm-1:2026-11-26' (None: no schedule).

    ValueError if malformed.
    """
    if not text:
        return None
    m = _TEXT.fullmatch(text)
    try:
        first = dt.date.fromisoformat(m["first"]) if m else None
    except ValueError:
        first = None
    if m is None or first is None:
        raise ValueError(f"Okänt schema för en mall: {text!r}.")
    if m["weeks"] is not None and int(m["weeks"]) in WEEK_RHYTHMS:
        return Schedule(int(m["weeks"]), first)
    if m["nth"] is not None and int(m["nth"]) in MONTH_WEEKS:
        return monthly(first, int(m["nth"]))
    raise ValueError(f"Okänt schema för en mall: {text!r}.")
