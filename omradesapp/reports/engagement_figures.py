"""The `engagements` figures of SPEC §12: a team's family engagements in a period.

Counts of started, closed and active engagements, hours per family, throughput and SIP are
split by assignment (`{"coordinated": n, "network": n}`); the outcome counts are not. Every
code key is present, zero where none. Beside the block, a team's figures count its e-mail
contacts answered within 24 hours. `figures.compute()` hooks these into the team units, the
total and each month; nothing else counts engagements.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from omradesapp.domain import codes
from omradesapp.domain.engagement import Engagement
from omradesapp.domain.engagement_block import empty_engagements
from omradesapp.store.database import Store
from omradesapp.store.email_replies import answered_within_24h
from omradesapp.store.engagements import engagements_in_period, linked_minutes
from omradesapp.store.org import Unit
from omradesapp.store.tallies import month_bounds, months_between

# Outcomes that compare a value at the start with one at the end: (start field, end field, the
# scale the values are ranked on, worst first).
_CHANGE_FIELDS: dict[str, tuple[str, str, codes.CodeList]] = {
    "employment": ("employment_start", "employment_end", codes.EMPLOYMENT),
    "economy": ("economy_start", "economy_end", codes.ECONOMY),
}
OVER_A_YEAR = 365


def _within(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def is_active(e: Engagement, start: dt.date, end: dt.date) -> bool:
    """Started by `end` and not ended before `start`."""
    return e.start <= end and (e.end is None or e.end >= start)


def _change(before: str, after: str, scale: codes.CodeList) -> str:
    """'better', 'same' or 'worse' by the values' places on the scale (worst first)."""
    rank = scale.codes.index
    if rank(after) == rank(before):
        return "same"
    return "better" if rank(after) > rank(before) else "worse"


def _mid(values: Sequence[float]) -> float | int | None:
    """The median (an int where it is whole), or None for no values."""
    if not values:
        return None
    m = statistics.median(values)
    return int(m) if float(m).is_integer() else round(m, 1)


def engagement_figures(
    engagements: Iterable[Engagement],
    minutes: Mapping[str, int],
    start: dt.date,
    end: dt.date,
) -> dict[str, Any]:
    """The `engagements` block for [start, end] from engagements and their linked minutes
    (engagement id -> minutes of every entry linked to it, whatever the entry's date)."""
    fig = empty_engagements()
    hours: dict[str, list[float]] = {a: [] for a in codes.ASSIGNMENTS.codes}
    days: dict[str, list[int]] = {a: [] for a in codes.ASSIGNMENTS.codes}
    for e in engagements:
        a = e.assignment
        if _within(e.start, start, end):
            fig["started"][a] += 1
            fig["sip_at_start"][a] += int(e.sip_at_start)
            fig["by_basis"][e.basis] += 1
            fig["by_source"][e.source] += 1
        if is_active(e, start, end):
            fig["active"][a] += 1
        if is_active(e, end, end) and (end - e.start).days > OVER_A_YEAR:
            fig["open_over_365"][a] += 1
        if _within(e.sip_date, start, end):
            fig["sip_set_up"][a] += 1
        if e.end is None or not _within(e.end, start, end):
            continue
        fig["closed"][a] += 1
        hours[a].append(minutes.get(e.id, 0) / 60)
        days[a].append((e.end - e.start).days)
        if e.end_reason is not None:
            fig["end_reasons"][e.end_reason] += 1
        if e.eligible is not None:
            fig["eligible"][e.eligible] += 1
        for key, (before, after, scale) in _CHANGE_FIELDS.items():
            was, now = getattr(e, before), getattr(e, after)
            if was is not None and now is not None:
                fig[key][_change(was, now, scale)] += 1
    for a in codes.ASSIGNMENTS.codes:
        median = _mid(hours[a])
        fig["hours_median"][a] = None if median is None else round(float(median), 1)
        fig["hours_mean"][a] = round(statistics.fmean(hours[a]), 1) if hours[a] else None
        fig["days_median"][a] = _mid(days[a])
    return fig


def attach(
    store: Store,
    start: dt.date,
    end: dt.date,
    teams: Sequence[Unit],
    units: dict[str, dict[str, Any]],
    total: dict[str, Any],
    by_month: Mapping[str, dict[str, Any]],
) -> None:
    """Add `engagements` and `emails_answered_24h` to each team unit's figures, and to the
    total and each month's figures when the report has a team unit at all."""
    teams = [u for u in teams if u.name in units]
    if not teams:
        return
    ids = [u.id for u in teams]
    found = engagements_in_period(store, ids, start, end)
    minutes = linked_minutes(store, [e.id for e in found])
    answered = answered_within_24h(store, ids, start, end)
    for u in teams:
        own = [e for e in found if e.unit_id == u.id]
        units[u.name]["engagements"] = engagement_figures(own, minutes, start, end)
        units[u.name]["emails_answered_24h"] = sum(
            n for (unit_id, _), n in answered.items() if unit_id == u.id
        )
    total["engagements"] = engagement_figures(found, minutes, start, end)
    total["emails_answered_24h"] = sum(answered.values())
    active = _active_by_month(found, start, end)
    for month, fig in by_month.items():
        first, last = month_bounds(month)
        fig["engagements"] = engagement_figures(
            active.get(month, []), minutes, max(start, first), min(end, last)
        )
        fig["emails_answered_24h"] = sum(n for (_, m), n in answered.items() if m == month)


def _active_by_month(
    found: Iterable[Engagement], start: dt.date, end: dt.date
) -> dict[str, list[Engagement]]:
    """Each month of start..end -> the engagements active in it. Everything a month counts
    happens while an engagement is active, so each month's figures need only these; a ten-year
    report then touches each engagement for its own few months, not for all 120."""
    out: dict[str, list[Engagement]] = {}
    for e in found:
        first = max(e.start, start)
        last = min(e.end or end, end)
        for month in months_between(first, last):
            out.setdefault(month, []).append(e)
    return out
