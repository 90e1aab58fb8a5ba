"""The remembered verdict of the last check of a database file (SPEC §7).

It lives in `<db>.check` beside the database, not inside it: a damaged file cannot be
trusted to say that it is damaged. A file known to be damaged takes no writes until a
restore or a clean full check (`omradesapp check`) replaces the verdict.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from omradesapp.atomic import write_atomic

FULL = "full"  # PRAGMA integrity_check: `omradesapp check`, or a restore of a checked backup
QUICK = "quick"  # PRAGMA quick_check: the desk's start-up check, the check before a backup


@dataclass(frozen=True)
class Verdict:
    checked: str  # local date and time of the check, ISO
    kind: str
    problems: tuple[str, ...]

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def verdict_path(db: Path) -> Path:
    return db.with_name(db.name + ".check")


def read_verdict(db: Path) -> Verdict | None:
    """The last verdict, or None when there is none (or it cannot be read: then the next
    check writes a new one)."""
    try:
        data = json.loads(verdict_path(db).read_text("utf-8"))
        return Verdict(str(data["checked"]), str(data["kind"]), tuple(map(str, data["problems"])))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(db: Path, problems: list[str], kind: str, now: dt.datetime | None = None) -> None:
    """Write the verdict of a check that just ran on `db`.

    A clean quick check does not clear a damaged verdict: the quick check misses some
    damage the full check finds, so only a full check or a restore may.
    """
    if not problems and kind == QUICK:
        known = read_verdict(db)
        if known is not None and known.damaged:
            return
    now = now or dt.datetime.now()
    data = {"checked": now.isoformat(timespec="seconds"), "kind": kind, "problems": problems}
    write_atomic(verdict_path(db), (json.dumps(data, ensure_ascii=False) + "\n").encode())
