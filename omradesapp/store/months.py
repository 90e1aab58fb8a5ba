"""Closing a month (månadsavslut): a closed month's entries are locked until reopened."""

from __future__ import annotations

import calendar
import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence

from omradesapp.domain.identity import check_free_text
from omradesapp.domain.swedish import date_label, month_label
from omradesapp.store.audit import record
from omradesapp.store.database import Store, StoreError, now_iso
from omradesapp.store.desks import Desk, known_desks


class ClosedMonthError(StoreError):
    """A write touches a month that is closed for that unit."""


def closed_units(store: Store, month: str) -> set[int]:
    return {
        r[0]
        for r in store.conn.execute("SELECT unit_id FROM closed_months WHERE month = ?", (month,))
    }


def closed_months(store: Store) -> set[tuple[str, int]]:
    return {(r[0], r[1]) for r in store.conn.execute("SELECT month, unit_id FROM closed_months")}


# Where the unit head reopens a month in the app.
REOPEN_WHERE = "öppna månaden igen under Rapporter → Månadsavslut"


def closed_sentence(closed: Iterable[tuple[str, str]], purpose: str) -> str:
    """One sentence for the (month, unit name) pairs that are closed, each named once:
    "Oktober 2026 är avslutad för Berga och Ryd – öppna månaden igen under Rapporter →
    Månadsavslut för att importera."
    """
    by_month: dict[str, list[str]] = {}
    for month, unit in sorted(set(closed)):
        by_month.setdefault(month, []).append(unit)
    parts = []
    for month, units in by_month.items():
        names = [u for u in units if u]
        who = " för " + _and(names) if names else ""
        parts.append(f"{month_label(month)} är avslutad{who}")
    text = "; ".join(parts)
    return f"{text[:1].upper()}{text[1:]} – {REOPEN_WHERE} {purpose}."


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} och {names[-1]}"


def check_open(conn: sqlite3.Connection, date: str, unit_id: int, unit_name: str = "") -> None:
    """Raise ClosedMonthError if `date`'s month is closed for the unit (inside the
    caller's transaction, on its connection)."""
    month = date[:7]
    row = conn.execute(
        "SELECT 1 FROM closed_months WHERE month = ? AND unit_id = ?", (month, unit_id)
    ).fetchone()
    if row:
        if not unit_name:
            found = conn.execute("SELECT name FROM units WHERE id = ?", (unit_id,)).fetchone()
            unit_name = found[0] if found else ""
        raise ClosedMonthError(closed_sentence([(month, unit_name)], "innan något i den ändras"))


def last_day(month: str) -> dt.date:
    """The last day of month 'YYYY-MM'."""
    year, number = int(month[:4]), int(month[5:7])
    return dt.date(year, number, calendar.monthrange(year, number)[1])


def completeness(store: Store, month: str, unit_ids: Iterable[int] = ()) -> list[tuple[Desk, bool]]:
    """Each known desk logging for the units (all: every desk) with whether it is behind:
    its data end before the month's last day (SPEC §6, as DHIS2's reporting rates)."""
    end = last_day(month)
    return [(d, d.covered_to < end) for d in known_desks(store, unit_ids)]


def behind_sentence(month: str, behind: Sequence[Desk]) -> str:
    """Whose data are missing: "Oktober 2026 är inte komplett: data från CD, Ryd (till och
    med 30 september 2026) slutar före 31 oktober 2026."
    """
    parts = [f"{d.name} (till och med {date_label(d.covered_to)})" for d in behind]
    text = (
        f"{month_label(month)} är inte komplett: data från {_and(parts)} slutar före "
        f"{date_label(last_day(month))}."
    )
    return text[:1].upper() + text[1:]


def close_month(
    store: Store, month: str, unit_ids: Iterable[int], actor: str, behind: Sequence[str] = ()
) -> list[int]:
    """Close `month` for the units; returns the units that were newly closed.

    `behind` names the desks whose data ended before the month did when the unit head
    closed it anyway; the audit line keeps them.
    """
    done = []
    with store.transaction() as c:
        already = closed_units(store, month)
        for uid in dict.fromkeys(unit_ids):  # each unit once, in the order given
            if uid in already:
                continue
            c.execute(
                "INSERT INTO closed_months(month, unit_id, closed_at, closed_by) "
                "VALUES (?, ?, ?, ?)",
                (month, uid, now_iso(), actor),
            )
            done.append(uid)
        details: dict[str, object] = {"month": month, "unit_ids": done}
        if behind:
            details["behind"] = ", ".join(behind)
        record(c, actor, "close_month", None, details)
    return done


def reopen_month(
    store: Store, month: str, unit_ids: Iterable[int], actor: str, reason: str = ""
) -> list[int]:
    """Reopen `month` for the units (recorded in the audit log, with the reason)."""
    check_free_text(reason)  # the reason is free text too: no identities
    done = []
    with store.transaction() as c:
        closed = closed_units(store, month)
        for uid in dict.fromkeys(unit_ids):
            if uid not in closed:
                continue
            c.execute("DELETE FROM closed_months WHERE month = ? AND unit_id = ?", (month, uid))
            done.append(uid)
        record(c, actor, "reopen_month", None, {"month": month, "unit_ids": done, "reason": reason})
    return done
