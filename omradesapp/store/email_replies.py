"""E-mail contacts answered within 24 hours on weekdays (SPEC §12), counted per unit.

The tallies count contacts per form but not this yes/no, so it is read from the entries of
the period; a team logs a few hundred contacts a year, so that stays small.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from omradesapp.domain import codes
from omradesapp.store.database import Store


def answered_within_24h(
    store: Store, unit_ids: Sequence[int], start: dt.date, end: dt.date
) -> dict[tuple[int, str], int]:
    """Per (unit id, month 'YYYY-MM'): the e-mail contacts dated start..end that were answered
    within 24 hours. Units and months with none are left out."""
    if not unit_ids:
        return {}
    marks = ", ".join("?" * len(unit_ids))
    rows = store.conn.execute(
        "SELECT unit_id, substr(date, 1, 7), count(*) FROM entries WHERE deleted_at IS NULL "
        "AND kind = 'contact' AND form = ? AND answered_24h = 1 AND date BETWEEN ? AND ? "
        f"AND unit_id IN ({marks}) GROUP BY unit_id, substr(date, 1, 7)",
        (codes.ANSWERED_FORM, start.isoformat(), end.isoformat(), *unit_ids),
    )
    return {(int(r[0]), str(r[1])): int(r[2]) for r in rows}
