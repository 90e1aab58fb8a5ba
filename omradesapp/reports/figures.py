"""The report figures of SPEC §8, per unit and in total, computed once for every format.

The PDF, CSV, XLSX and JSON reports all render a `Report` from `compute()`; no
other module counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from omradesapp.domain import codes
from omradesapp.domain.codebook import DEFAULT_BOOK, CodeBook
from omradesapp.domain.report_figures import empty_figures
from omradesapp.reports import engagement_figures
from omradesapp.store.codebook import code_book
from omradesapp.store.database import Store
from omradesapp.store.org import Unit, fte_by_year, list_units
from omradesapp.store.tallies import TallyRow, month_bounds, months_between, tally

SCHEMA = "omradesapp.report/2"


_BY_MEASURE = {
    # (kind or None for any kind, measure) -> figure that counts entries per code
    ("contact", "contact_type"): "contacts_by_type",
    ("contact", "form"): "contacts_by_form",
    ("group", "group_type"): "groups_by_type",
    ("meeting", "meeting_type"): "meetings_by_type",
    ("meeting", "partners"): "meetings_by_partner",
    (None, "topics"): "entries_by_topic",
    (None, "age_group"): "entries_by_age_group",
    (None, "referral"): "referrals",
}
_COUNT_AND_PEOPLE = {
    "visit": ("visits", "visitors"),
    "contact": ("contacts", "persons_met"),
    "group": ("groups", "group_participants"),
    "meeting": ("meetings", None),
}


def add_row(fig: dict[str, Any], r: TallyRow, book: CodeBook = DEFAULT_BOOK) -> None:
    """Count one tally row into a figures dict."""
    if r.measure == "":
        if r.kind in _COUNT_AND_PEOPLE:
            count_key, people_key = _COUNT_AND_PEOPLE[r.kind]
            fig[count_key] += r.n
            if people_key:
                fig[people_key] += r.people
            if r.kind in codes.SPLIT_BY_KIND:
                fig["minutes_by_category"][codes.SPLIT_BY_KIND[r.kind]] += r.minutes
        if r.kind in codes.PEOPLE_KINDS:
            fig["adults_by_kind"][r.kind] += r.adults
            fig["children_by_kind"][r.kind] += r.children
        if r.kind == "group":
            fig["evening_groups"] += r.evening
        return
    if r.kind == "group" and r.measure == "group_type" and r.code in fig["groups_by_type"]:
        fig["evening_groups_by_type"][r.code] += r.evening
        fig["group_participants_by_type"][r.code] += r.people
    if codes.SPLIT_CODE_FIELD.get(r.kind) == r.measure:
        # A meeting's or time entry's minutes count by its code; a municipality's own code
        # names its category (SPEC §9).
        own = book.split(r.measure, r.code) if book.is_added(r.measure, r.code) else None
        fig["minutes_by_category"][own or codes.split_category(r.kind, r.code)] += r.minutes
    if r.kind == "time" and r.measure == "category":
        fig["minutes_by_time_category"][r.code] += r.minutes
        return
    key = _BY_MEASURE.get((r.kind, r.measure)) or _BY_MEASURE.get((None, r.measure))
    if key and r.code in fig[key]:
        fig[key][r.code] += r.n


def merge(into: dict[str, Any], other: dict[str, Any]) -> None:
    """Add the figures of `other` into `into` (FTE included)."""
    for k, v in other.items():
        if isinstance(v, dict):
            for code, n in v.items():
                into[k][code] += n
        else:
            into[k] += v


@dataclass
class Report:
    start: dt.date
    end: dt.date
    months: list[str]
    units: dict[str, dict[str, Any]]
    total: dict[str, Any]
    by_month: dict[str, dict[str, Any]] = field(default_factory=dict)
    unit_list: list[Unit] = field(default_factory=list)
    worker: str | None = None
    # The selection the figures were computed for, so that a renderer can compute the
    # same selection for other periods (comparisons, trend).
    unit_ids: tuple[int, ...] = ()
    worker_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "months": len(self.months),
            "units": self.units,
            "total": self.total,
            "by_month": self.by_month,
        }
        if self.worker is not None:
            out["worker"] = self.worker
        return out


def unit_fte(unit: Unit, months: Iterable[str], overrides: dict[tuple[int, int], float]) -> float:
    """A unit's FTE in a period: the mean over its months (0 where the unit was not active)."""
    months = list(months)
    if not months:
        return 0.0
    total = sum(
        overrides.get((unit.id, int(m[:4])), unit.fte) if unit.active_in(m) else 0.0 for m in months
    )
    return round(total / len(months), 3)


def compute(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
    worker_name: str | None = None,
    by_month: bool = True,
) -> Report:
    """The figures for entries dated start..end (inclusive); `by_month` adds each month's."""
    if end < start:
        raise ValueError(f"Perioden slutar ({end}) före den börjar ({start}).")
    months = months_between(start, end)
    all_units = list_units(store)
    chosen = [u for u in all_units if not unit_ids or u.id in unit_ids]
    overrides = fte_by_year(store)
    book = code_book(store)
    by_unit: dict[int, dict[str, Any]] = {}
    months_fig: dict[str, dict[str, Any]] = (
        {m: empty_figures(book) for m in months} if by_month else {}
    )
    ids = [u.id for u in chosen] if unit_ids else ()
    # A worker's months: each unit where the worker logged (read from the entries, few).
    per_unit_months = by_month and worker_id is not None
    seen: set[tuple[str, int]] = set()  # (month, unit) of a worker's entries
    for r in tally(store, start, end, ids, worker_id, per_unit_months):
        fig = by_unit.get(r.unit_id)
        if fig is None:  # not setdefault(): building a figures dict per row is slow
            fig = by_unit[r.unit_id] = empty_figures(book)
        add_row(fig, r, book)
        if per_unit_months:
            add_row(months_fig[r.month], r, book)
            seen.add((r.month, r.unit_id))
    if by_month and not per_unit_months:
        # All units' months: summed over units by SQLite, a tenth of the rows to read.
        for r in tally(store, start, end, ids, None, True, per_unit=False):
            add_row(months_fig[r.month], r, book)
    units: dict[str, dict[str, Any]] = {}
    total = empty_figures(book)
    for u in chosen:
        if worker_id is not None and u.id not in by_unit:
            continue
        if u.id not in by_unit and not any(u.active_in(m) for m in months):
            continue
        fig = by_unit.get(u.id) or empty_figures(book)
        fig["fte"] = unit_fte(u, months, overrides)
        units[u.name] = fig
        merge(total, fig)
    total["fte"] = round(total["fte"], 3)
    for m, fig in months_fig.items():
        # The units a report of that month alone would list (above), so that each month of
        # `by_month` equals that report's total; an inactive unit's FTE is 0 anyway.
        shown = [u for u in chosen if (m, u.id) in seen or (worker_id is None and u.active_in(m))]
        fig["fte"] = round(sum(unit_fte(u, [m], overrides) for u in shown), 3)
    if worker_id is None:  # engagements belong to a team, not to one worker's entries
        teams = [u for u in chosen if u.kind == "team"]
        engagement_figures.attach(store, start, end, teams, units, total, months_fig)
    return Report(
        start,
        end,
        months,
        units,
        total,
        months_fig,
        chosen,
        worker_name,
        tuple(unit_ids),
        worker_id,
    )


def by_unit_and_month(store: Store, report: Report) -> dict[str, dict[str, dict[str, Any]]]:
    """month -> unit name -> figures for the report's selection: for each month, the units
    and figures a report of that month alone lists (the XLSX's long sheet)."""
    overrides = fte_by_year(store)
    book = code_book(store)
    rows = tally(store, report.start, report.end, report.unit_ids, report.worker_id, True)
    figs: dict[tuple[str, int], dict[str, Any]] = {}
    for r in rows:
        fig = figs.get((r.month, r.unit_id))
        if fig is None:
            fig = figs[(r.month, r.unit_id)] = empty_figures(book)
        add_row(fig, r, book)
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for m in report.months:
        out[m] = {}
        for u in report.unit_list:
            fig = figs.get((m, u.id))
            if fig is None:
                if report.worker_id is not None or not u.active_in(m):
                    continue
                fig = empty_figures(book)
            fig["fte"] = unit_fte(u, [m], overrides)
            out[m][u.name] = fig
        if report.worker_id is None:  # as compute(): a team's engagements of that month
            first, last = month_bounds(m)
            teams = [u for u in report.unit_list if u.kind == "team"]
            period = (max(report.start, first), min(report.end, last))
            engagement_figures.attach(store, *period, teams, out[m], empty_figures(book), {})
    return out
