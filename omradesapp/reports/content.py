"""What a printed report holds, independent of its format: titled tables, a chart, facts.

`assemble.build()` turns a `Report` into a `Document`; the PDF, CSV and XLSX writers only
lay it out, so the three formats always show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    count_cols: tuple[int, ...] = ()  # counts laid out as numbers even where a cell says '<3'


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
    closing: list[str] = field(default_factory=list)  # printed after the tables
    new_page: bool = False  # an appendix: the PDF starts it on a page of its own


@dataclass
class Document:
    title: str
    period: str
    selection: str
    created: str
    sentences: list[str]
    facts: list[tuple[str, str]]
    sections: list[Section]
    # Data sheets of the XLSX only (reports/data_sheets.py): long tables for pivot tables.
    sheets: list[Table] = field(default_factory=list)
