"""When a recurring group or meeting meets: every week or every other week on one weekday
("the collaboration group every other Tuesday"), counted from a first occurrence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_TEXT = re.compile(r"^(?P<weeks>[12])w:(?P<first>\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True)
class Schedule:
    every_weeks: int  # 1: every week, 2: every other week
    first: dt.date  # one occurrence; the weekday and the rhythm follow from it

    def due_on(self, day: dt.date) -> bool:
        weeks, rest = divmod((day - self.first).days, 7)
        return day >= self.first and rest == 0 and weeks % self.every_weeks == 0

    def to_text(self) -> str:
        return f"{self.every_weeks}w:{self.first.isoformat()}"


def parse_schedule(text: str | None) -> Schedule | None:
    """The schedule stored as '2w:2026-11-24' (None: no schedule); ValueError if malformed."""
    if not text:
        return None
    m = _TEXT.match(text)
    if m is None:
        raise ValueError(f"Okänt schema för en mall: {text!r}.")
    return Schedule(int(m["weeks"]), dt.date.fromisoformat(m["first"]))
