"""Entries written as interchange CSV (SPEC §9), for tests and benchmarks that need files.

Derived from the entry field table: every exported column, in table order.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from omradesapp.domain.entry import Entry
from omradesapp.domain.fields import FIELDS


def entries_to_csv(
    entries: Iterable[Entry], unit_names: Mapping[int, str], worker_names: Mapping[int, str]
) -> str:
    """CSV text (semicolon, with a header row) that `import_csv` reads back to the same entries."""
    exported = [f for f in FIELDS if f.exported]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow([f.name for f in exported])
    for e in entries:
        row = []
        for f in exported:
            value = getattr(e, f.attr)
            if f.name == "unit":
                value = unit_names[value]
            elif f.name == "worker":
                value = worker_names.get(value) if value is not None else None
            elif f.type == "codes":
                value = "|".join(value)
            elif f.type == "bool":
                value = "1" if value else None
            elif f.type == "date":
                value = value.isoformat()
            row.append("" if value is None else value)
        w.writerow(row)
    return out.getvalue()
