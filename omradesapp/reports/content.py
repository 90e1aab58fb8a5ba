"""What a printed report holds, independent of its format: titled tables, a chart, facts.

`build()` turns a `Report` into a `Document`; the PDF, CSV and XLSX writers only lay
it out, so the three formats always show the same numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from omradesapp.reports.figures import Report
from omradesapp.store.database import Store

# A table cell: text, a count, a decimal figure, or None for "not applicable" (shown as '–').
Cell = str | int | float | None


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[Cell]]
    total: list[Cell] | None = None
    note: str = ""
    wide: bool = False  # too wide for A4 portrait: the PDF prints it on a landscape page
    half: bool = False  # narrow: the PDF sets two such tables side by side
    signed_cols: tuple[int, ...] = ()  # changes, printed with their sign ('+12')


@dataclass
class Chart:
    title: str
    categories: list[str]
    series: list[tuple[str, list[int]]]


@dataclass
class Section:
    title: str
    tables: list[Table] = field(default_factory=list)
    chart: Chart | None = None
    text: list[str] = field(default_factory=list)


@dataclass
class Document:
    title: str
    period: str
    selection: str
    created: str
    sentences: list[str]
    facts: list[tuple[str, str]]
    sections: list[Section]


def build(store: Store, report: Report, today: dt.date | None = None) -> Document:
    """Every section of SPEC §5 for the report (a few more compute() calls for comparisons)."""
    from omradesapp.reports import sections, sections_detail
    from omradesapp.reports.periods import comparisons

    today = today or dt.date.today()
    ctx = sections.Context(store, report, comparisons(store, report))
    return Document(
        title=sections.title(report),
        period=sections.period(report),
        selection=sections.selection(report),
        created=today.isoformat(),
        sentences=sections.decision_sentences(ctx),
        facts=sections.facts(ctx),
        sections=[
            sections.key_figures(ctx),
            sections.comparison(ctx),
            sections.trend(ctx),
            sections_detail.meetings(ctx),
            sections_detail.breakdowns(ctx),
            sections_detail.time_split(ctx),
            sections_detail.targets(ctx),
        ],
    )
