"""The XLSX's data sheets (SPEC §5): "Per månad", every figure per month and unit in one long
table, and "Poster", one row per entry, ready for a pivot table."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from omradesapp.domain.fields import REPORT_ROW_FIELDS, EntryField
from omradesapp.reports.content import Cell, Table
from omradesapp.reports.figures import Report, by_unit_and_month
from omradesapp.reports.sections_detail import BREAKDOWNS, FIGURE_NAMES
from omradesapp.store.database import Store
from omradesapp.store.org import labels
from omradesapp.store.report_meta import report_rows

MONTH_SHEET = "Per månad"
ROW_SHEET = "Poster"


def flat_figures(fig: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, float]]:
    """Every numeric figure with its key, nested keys dotted: ('meetings_by_type.sip', 3)."""
    for key, value in fig.items():
        if isinstance(value, dict):
            yield from flat_figures(value, f"{prefix}{key}.")
        elif isinstance(value, int | float) and not isinstance(value, bool):
            yield f"{prefix}{key}", value


def figure_label(key: str, renamed: dict[tuple[str, str], str]) -> str:
    """'meetings_by_type.sip' -> 'Samverkansmöten: SIP-möte', with the municipality's labels."""
    figure, _, code = key.partition(".")
    if figure in BREAKDOWNS and code in BREAKDOWNS[figure][1]:
        parent, cl = BREAKDOWNS[figure]
        return f"{parent}: {renamed.get((cl.name, code), cl.label(code))}"
    return {**FIGURE_NAMES, "fte": "Årsarbetare"}.get(key, key)


def month_sheet(store: Store, report: Report) -> Table:
    """Month × unit × figure, one value a row: a trend of any figure is one pivot away."""
    renamed = labels(store)
    named: dict[str, str] = {}
    rows: list[list[Cell]] = []
    for month, units in by_unit_and_month(store, report).items():
        for unit, fig in units.items():
            for key, value in flat_figures(fig):
                if key not in named:
                    named[key] = figure_label(key, renamed)
                rows.append([month, unit, named[key], key, value])
    return Table(MONTH_SHEET, ["Månad", "Enhet", "Mått", "Nyckel", "Värde"], rows)


def _cell(f: EntryField, kind: str, value: object, renamed: dict[tuple[str, str], str]) -> Cell:
    """A field's value as the row sheet shows it: codes as Swedish labels, never as codes."""
    if kind not in f.kinds or value is None:
        return None
    if f.codes is not None:
        cl = f.codes

        def label(code: str) -> str:
            return renamed.get((cl.name, code), cl.labels.get(code, code))

        if isinstance(value, tuple):
            return ", ".join(label(c) for c in value) or None
        return label(str(value))
    if f.type == "bool":
        return "Ja" if value else "Nej"
    return value if isinstance(value, str | int | float) else str(value)


def row_sheet(store: Store, report: Report) -> Table:
    """One row per entry of the period and selection; no notes, no ids (fields.py decides)."""
    renamed = labels(store)
    kind_at = [f.name for f in REPORT_ROW_FIELDS].index("kind")
    rows: list[list[Cell]] = []
    for values in report_rows(store, report.start, report.end, report.unit_ids, report.worker_id):
        kind = str(values[kind_at])
        rows.append(
            [_cell(f, kind, v, renamed) for f, v in zip(REPORT_ROW_FIELDS, values, strict=True)]
        )
    return Table(ROW_SHEET, [f.heading for f in REPORT_ROW_FIELDS], rows)


def data_sheets(store: Store, report: Report) -> list[Table]:
    return [month_sheet(store, report), row_sheet(store, report)]
