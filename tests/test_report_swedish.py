"""Swedish numbers, months and periods as the reports print them."""

from __future__ import annotations

import datetime as dt

from omradesapp.domain import swedish
from omradesapp.reports.periods import previous_period, same_period_last_year


def test_numbers() -> None:
    assert swedish.integer(1362) == "1\u00a0362"
    assert swedish.integer(1234567) == "1\u00a0234\u00a0567"
    assert swedish.decimal(24.26) == "24,3"
    assert swedish.decimal(24.3) == "24,3"
    assert swedish.decimal(1362.5) == "1\u00a0362,5"
    assert swedish.integer(None) == swedish.decimal(None) == "–"
    assert swedish.signed(12) == "+12"
    assert swedish.signed(-3) == "−3"
    assert swedish.signed(0) == "±0"


def test_months_and_periods() -> None:
    assert swedish.month_label("2026-10") == "oktober 2026"
    assert (
        swedish.period_label(dt.date(2026, 1, 1), dt.date(2026, 10, 31)) == "januari–oktober 2026"
    )
    assert swedish.period_label(dt.date(2026, 10, 1), dt.date(2026, 10, 31)) == "oktober 2026"
    assert (
        swedish.period_label(dt.date(2025, 11, 1), dt.date(2026, 2, 28))
        == "november 2025–februari 2026"
    )
    assert swedish.period_label(dt.date(2026, 10, 5), dt.date(2026, 10, 9)) == "5–9 oktober 2026"
    assert (
        swedish.period_label(dt.date(2026, 9, 30), dt.date(2026, 11, 2))
        == "30 september–2 november 2026"
    )


def test_comparison_periods() -> None:
    oct_ = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert previous_period(*oct_) == (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    assert same_period_last_year(*oct_) == (dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    jan = (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert previous_period(*jan) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    feb_leap = (dt.date(2028, 2, 1), dt.date(2028, 2, 29))
    assert same_period_last_year(*feb_leap) == (dt.date(2027, 2, 1), dt.date(2027, 2, 28))
    days = (dt.date(2026, 10, 5), dt.date(2026, 10, 9))
    assert previous_period(*days) == (dt.date(2026, 9, 30), dt.date(2026, 10, 4))
