"""Entries written as CSV interchange v1 (SPEC §9), without notes (notes never travel)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from omradesapp.domain.entry import Entry
from omradesapp.domain.fields import EXPORTED_COLUMNS

_EXPORTED = EXPORTED_COLUMNS


def entries_to_csv(
    entries: Iterable[Entry], unit_names: Mapping[int, str], worker_names: Mapping[int, str]
) -> str:
    """CSV text (semicolon, with a header row) that `import_csv` reads back to the same entries."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow(_EXPORTED)
    for e in entries:
        cells = {
            "id": e.id,
            "kind": e.kind,
            "date": e.date.isoformat(),
            "time": e.time,
            "minutes": e.minutes,
            "unit": unit_names[e.unit_id],
            "worker": worker_names.get(e.worker_id) if e.worker_id is not None else None,
            "adults": e.adults,
            "children": e.children,
            "contact_type": e.contact_type,
            "form": e.form,
            "age_group": e.age_group,
            "topics": "|".join(e.topics),
            "meeting_type": e.meeting_type,
            "partners": "|".join(e.partners),
            "referral": "|".join(e.referral),
            "group_type": e.group_type,
            "evening": "1" if e.evening else "",
            "category": e.category,
            "private_network": e.private_network,
            "professional_network": e.professional_network,
            "answered_24h": "1" if e.answered_24h else "",
            "engagement": e.engagement,
        }
        w.writerow(["" if cells[c] is None else cells[c] for c in _EXPORTED])
    return out.getvalue()
