"""The shape of a report's figures (SPEC §8): every key, nested ones included, all zero.

Defined here, below the store, so that targets can be checked against it where they are
stored; `reports.figures` fills it in. The `*_by_*` objects hold every code of a code book,
the municipality's own codes included.
"""

from __future__ import annotations

from typing import Any

from omradesapp.domain import codes
from omradesapp.domain.codebook import DEFAULT_BOOK, CodeBook
from omradesapp.domain.engagement_block import empty_engagements


def empty_figures(book: CodeBook = DEFAULT_BOOK) -> dict[str, Any]:
    """Every figure of SPEC §8 (plus the breakdowns the printed report needs), all zero."""

    def zeros(cl: codes.CodeList) -> dict[str, int]:
        return dict.fromkeys(book.code_list(cl).codes, 0)

    return {
        "visits": 0,
        "visitors": 0,
        "contacts": 0,
        "contacts_by_type": zeros(codes.CONTACT_TYPES),
        "contacts_by_form": zeros(codes.FORMS),
        "persons_met": 0,
        "groups": 0,
        "group_participants": 0,
        "groups_by_type": zeros(codes.GROUP_TYPES),
        "evening_groups": 0,
        "evening_groups_by_type": zeros(codes.GROUP_TYPES),
        "group_participants_by_type": zeros(codes.GROUP_TYPES),
        "adults_by_kind": dict.fromkeys(codes.PEOPLE_KINDS, 0),
        "children_by_kind": dict.fromkeys(codes.PEOPLE_KINDS, 0),
        "meetings": 0,
        "meetings_by_type": zeros(codes.MEETING_TYPES),
        "meetings_by_partner": zeros(codes.PARTNERS),
        "entries_by_topic": zeros(codes.TOPICS),
        "entries_by_age_group": zeros(codes.AGE_GROUPS),
        "referrals": zeros(codes.REFERRALS),
        "minutes_by_category": zeros(codes.SPLIT_CATEGORIES),
        "minutes_by_time_category": zeros(codes.TIME_CATEGORIES),
        "fte": 0.0,
    }


def known_figure(figure: object, book: CodeBook = DEFAULT_BOOK) -> bool:
    """Whether `figure` names a number in a report: `persons_met`, `meetings_by_type.sip`.

    Nested keys are taken as deep as the figures go (`engagements.started.network`), so a
    new figure block, or a code the municipality added, takes a target once it exists.
    """
    if not isinstance(figure, str):
        return False
    value: object = {**empty_figures(book), "engagements": empty_engagements()}
    for part in figure.split("."):
        if not isinstance(value, dict) or part not in value:
            return False
        value = value[part]
    return isinstance(value, int | float) and not isinstance(value, bool)
