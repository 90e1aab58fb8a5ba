"""A report's `Document`: every section of SPEC §5, in the order they are printed."""

from __future__ import annotations

import datetime as dt

from omradesapp.reports import sections, sections_detail, sections_team, sections_units
from omradesapp.reports.content import Document
from omradesapp.reports.figures import Report
from omradesapp.reports.periods import comparisons
from omradesapp.store.database import Store


def build(store: Store, report: Report, today: dt.date | None = None) -> Document:
    """Every section of SPEC §5 for the report (a few more compute() calls for comparisons)."""
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
            *sections_team.sections(ctx),
            sections_units.young_parents(ctx),
            *sections_units.unit_appendices(ctx),
        ],
    )
