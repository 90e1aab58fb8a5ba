"""The report as CSV (for Swedish Excel) and as XLSX (one sheet per section)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from omradesapp.reports.content import Cell, Document, Table

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(text: str) -> str:
    """Neutralise spreadsheet formula injection: text starting with = + - @ is quoted."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Swedish Excel reads a decimal comma; no thousands separator, so it stays a number.
        return f"{value:.1f}".replace(".", ",")
    return safe_text(value)


def _table_rows(table: Table) -> Iterator[list[Cell]]:
    yield list(table.header)
    yield from table.rows
    if table.total is not None:
        yield table.total


def _summary_rows(doc: Document) -> Iterator[list[Cell]]:
    yield [f"{doc.title} {doc.period}"]
    for label, value in [*doc.facts, ("Skapad", doc.created)]:
        yield [label, value]
    for sentence in doc.sentences:
        yield ["Text för beslut", sentence]


def to_csv(doc: Document) -> bytes:
    """Semicolon-separated, UTF-8 with BOM, CRLF: opens as columns in Swedish Excel."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in _summary_rows(doc):
        w.writerow([_csv_cell(c) for c in row])
    for section in doc.sections:
        for table in section.tables:
            w.writerow([])
            w.writerow([_csv_cell(f"{section.title}: {table.title}")])
            for row in _table_rows(table):
                w.writerow([_csv_cell(c) for c in row])
            if table.note:
                w.writerow([_csv_cell(table.note)])
        for text in section.text:
            w.writerow([])
            w.writerow([_csv_cell(section.title)])
            w.writerow([_csv_cell(text)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(title: str, taken: set[str]) -> str:
    base = _SHEET_BAD.sub("-", title)[:31].strip() or "Blad"
    name, n = base, 2
    while name.lower() in taken:
        name = f"{base[:27]} ({n})"
        n += 1
    taken.add(name.lower())
    return name


def to_xlsx(doc: Document) -> bytes:
    """One sheet for the summary and one per section; numbers are stored as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    bold = Font(bold=True)
    wb = Workbook()
    taken: set[str] = set()
    ws = wb.active
    assert ws is not None  # a new workbook has its first sheet
    ws.title = _sheet_name("Sammanfattning", taken)
    for row in _summary_rows(doc):
        ws.append([_xlsx_cell(c) for c in row])
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 100
    for section in doc.sections:
        ws = wb.create_sheet(_sheet_name(section.title, taken))
        for table in section.tables:
            if ws.max_row > 1:
                ws.append([])
            ws.append([_xlsx_cell(table.title)])
            ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
            for i, row in enumerate(_table_rows(table)):
                ws.append([_xlsx_cell(c) for c in row])
                is_total = table.total is not None and i == len(table.rows) + 1
                if i == 0 or is_total:
                    for cell in ws[ws.max_row]:
                        cell.font = bold
                for cell in ws[ws.max_row]:
                    if isinstance(cell.value, float):
                        cell.number_format = "0.0"
                    elif isinstance(cell.value, int):
                        cell.number_format = "#,##0"
            if table.note:
                ws.append([_xlsx_cell(table.note)])
        for text in section.text:
            ws.append([_xlsx_cell(text)])
        ws.column_dimensions["A"].width = 36
        for col in "BCDEFGHIJKLMNOP":
            ws.column_dimensions[col].width = 16
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _xlsx_cell(value: Cell) -> Cell:
    return safe_text(value) if isinstance(value, str) else value
