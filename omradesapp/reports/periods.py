"""The periods a report is compared with, each counted by figures.compute()."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from omradesapp.domain import swedish
from omradesapp.reports.figures import Report, compute
from omradesapp.store.database import Store

TREND_MONTHS = 13


@dataclass
class Comparisons:
    previous: Report
    previous_label: str  # "Föregående månad" / "Föregående period"
    last_year: Report
    last_year_label: str
    year_to_date: Report
    trend: Report  # by_month holds the 13 months ending with the report's last month


def _add_months(d: dt.date, n: int) -> dt.date:
    """The first day of the month n months from d's month."""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return dt.date(y, m + 1, 1)


def _month_end(d: dt.date) -> dt.date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _year_earlier(d: dt.date) -> dt.date:
    if d.month == 2 and d.day == 29:
        return dt.date(d.year - 1, 2, 28)
    return d.replace(year=d.year - 1)


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """As many whole months (or days) immediately before start..end."""
    if swedish.whole_months(start, end):
        n = (end.year - start.year) * 12 + end.month - start.month + 1
        first = _add_months(start, -n)
        return first, start - dt.timedelta(days=1)
    days = (end - start).days + 1
    return start - dt.timedelta(days=days), start - dt.timedelta(days=1)


def same_period_last_year(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    if swedish.whole_months(start, end):
        return _year_earlier(start), _month_end(_year_earlier(end.replace(day=1)))
    return _year_earlier(start), _year_earlier(end)


def comparisons(store: Store, report: Report) -> Comparisons:
    """Previous period, same period last year, year to date and the 13-month trend."""

    def again(start: dt.date, end: dt.date, by_month: bool = False) -> Report:
        r = report
        return compute(store, start, end, r.unit_ids, r.worker_id, r.worker, by_month=by_month)

    one_month = len(report.months) == 1 and swedish.whole_months(report.start, report.end)
    trend_start = _add_months(report.end, -(TREND_MONTHS - 1))
    return Comparisons(
        previous=again(*previous_period(report.start, report.end)),
        previous_label="Föregående månad" if one_month else "Föregående period",
        last_year=again(*same_period_last_year(report.start, report.end)),
        last_year_label="Samma månad i fjol" if one_month else "Samma period i fjol",
        year_to_date=again(dt.date(report.end.year, 1, 1), report.end),
        trend=again(trend_start, report.end, by_month=True),
    )
