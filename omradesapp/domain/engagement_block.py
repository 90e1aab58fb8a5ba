"""The shape of the `engagements` block in a team's report figures (SPEC §12): every key,
zero where none, and what each figure is called in print.

Defined here, below the store, so that a target such as `engagements.started.network` can be
checked where targets are stored; `reports.engagement_figures` fills it in.
"""

from __future__ import annotations

from typing import Any

from omradesapp.domain import codes

# Figures split by assignment, in the order of SPEC §12's table.
SPLIT = (
    "started",
    "closed",
    "active",
    "hours_median",
    "hours_mean",
    "days_median",
    "open_over_365",
    "sip_at_start",
    "sip_set_up",
)
# What each split figure is called in a printed report and in a target's name.
NAMES = {
    "started": "Påbörjade",
    "closed": "Avslutade",
    "active": "Pågående",
    "hours_median": "Timmar per familj (median)",
    "hours_mean": "Timmar per familj (medel)",
    "days_median": "Dagar per insats (median)",
    "open_over_365": "Pågått mer än ett år",
    "sip_at_start": "Med SIP vid start",
    "sip_set_up": "SIP upprättad",
}
# How a family's employment or economy moved from the start to the end of an engagement.
CHANGES = codes.CodeList(
    "change", (("better", "Bättre"), ("same", "Oförändrad"), ("worse", "Sämre"))
)
# Outcome counts, not split: figure -> the code list of its keys.
OUTCOMES: dict[str, codes.CodeList] = {
    "by_basis": codes.BASES,
    "by_source": codes.SOURCES,
    "end_reasons": codes.END_REASONS,
    "employment": CHANGES,
    "economy": CHANGES,
    "eligible": codes.ELIGIBLE,
}


def empty_engagements() -> dict[str, Any]:
    """The `engagements` block with every key: counts zero, medians and means null."""
    block: dict[str, Any] = {}
    for key in SPLIT:
        counted = not key.startswith(("hours_", "days_"))
        block[key] = dict.fromkeys(codes.ASSIGNMENTS.codes, 0 if counted else None)
    for key, cl in OUTCOMES.items():
        block[key] = dict.fromkeys(cl.codes, 0)
    return block
