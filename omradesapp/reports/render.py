"""A report in a printable or spreadsheet format: `render(store, report, 'pdf'|'csv'|'xlsx')`."""

from __future__ import annotations

import datetime as dt

from omradesapp.reports.assemble import build
from omradesapp.reports.content import Document
from omradesapp.reports.data_sheets import data_sheets
from omradesapp.reports.figures import Report
from omradesapp.store.database import Store

FORMATS = ("pdf", "csv", "xlsx")


def write(doc: Document, fmt: str) -> bytes:
    """The bytes of a built document in one format."""
    if fmt == "pdf":
        from omradesapp.reports.pdf import to_pdf

        return to_pdf(doc)
    if fmt == "csv":
        from omradesapp.reports.tabular import to_csv

        return to_csv(doc)
    if fmt == "xlsx":
        from omradesapp.reports.tabular import to_xlsx

        return to_xlsx(doc)
    raise ValueError(f"Okänt format: {fmt!r} (pdf, csv eller xlsx).")


def render(store: Store, report: Report, fmt: str, today: dt.date | None = None) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"Okänt format: {fmt!r} (pdf, csv eller xlsx).")
    doc = build(store, report, today)
    if fmt == "xlsx":
        doc.sheets = data_sheets(store, report)
    return write(doc, fmt)
