"""Swedish numbers, month names and periods, shared by the PDF, CSV and XLSX reports."""

from __future__ import annotations

import calendar
import datetime as dt

# A no-break space keeps "1 362" on one line in the printed report.
THOUSANDS = "\u00a0"
DASH = "–"

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip
SHORT_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def integer(n: float | None) -> str:
    """1362 -> '1 362'; None -> '–'."""
    if n is None:
        return DASH
    text = f"{round(n):,}".replace(",", THOUSANDS)
    return text.replace("-", "−")  # a real minus sign, as in print


def decimal(x: float | None, places: int = 1) -> str:
    """24.25 -> '24,3' (with thousands separated); None -> '–'."""
    if x is None:
        return DASH
    text = f"{x:,.{places}f}".replace(",", THOUSANDS).replace(".", ",")
    return text.replace("-", "−")


def number(x: float | None) -> str:
    """An int as an integer, a float with one decimal."""
    if isinstance(x, int) or x is None:
        return integer(x)
    return decimal(x)


def signed(x: float | None) -> str:
    """A change: '+12', '−3', '±0'."""
    if x is None:
        return DASH
    if round(x) == 0:
        return "±0"
    return ("+" if x > 0 else "") + integer(x)


def month_label(month: str) -> str:
    """'2026-10' -> 'oktober 2026'."""
    return f"{MONTHS[int(month[5:7]) - 1]} {month[:4]}"


def short_month(month: str, with_year: bool = False) -> str:
    """'2026-01' -> 'jan' (or 'jan 2026')."""
    name = SHORT_MONTHS[int(month[5:7]) - 1]
    return f"{name} {month[:4]}" if with_year else name


def date_label(d: dt.date) -> str:
    """2026-10-05 -> '5 oktober 2026'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def whole_months(start: dt.date, end: dt.date) -> bool:
    """Whether start..end begins on a month's first day and ends on a month's last day."""
    return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]


def period_label(start: dt.date, end: dt.date) -> str:
    """'oktober 2026', 'januari–oktober 2026', 'november 2025–februari 2026', or dates."""
    if not whole_months(start, end):
        if start == end:
            return date_label(start)
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}{DASH}{date_label(end)}"
        if start.year == end.year:
            return f"{start.day} {MONTHS[start.month - 1]}{DASH}{date_label(end)}"
        return f"{date_label(start)}{DASH}{date_label(end)}"
    first, last = MONTHS[start.month - 1], MONTHS[end.month - 1]
    if (start.year, start.month) == (end.year, end.month):
        return f"{first} {start.year}"
    if start.year == end.year:
        return f"{first}{DASH}{last} {end.year}"
    return f"{first} {start.year}{DASH}{last} {end.year}"


def hours(minutes: int) -> float:
    return round(minutes / 60, 1)
