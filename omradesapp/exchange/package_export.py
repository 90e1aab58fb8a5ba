"""Writing export packages: a desk's entries and its team's family engagements (deletions
included) for a period, no notes.

The format is in docs/package-format.md; package.py reads it back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omradesapp.atomic import write_atomic
from omradesapp.domain.codebook import AddedCode
from omradesapp.domain.codes import CODED_FIELDS
from omradesapp.domain.entry import Entry
from omradesapp.domain.fields import FIELDS
from omradesapp.exchange import limits
from omradesapp.exchange.package import FORMAT, FORMAT_VERSION
from omradesapp.exchange.package_engagements import engagement_record
from omradesapp.store.audit import record
from omradesapp.store.codebook import code_book
from omradesapp.store.database import Store, now_iso
from omradesapp.store.desks import own_desk
from omradesapp.store.engagement_exchange import export_engagements
from omradesapp.store.entries import StoredEntry
from omradesapp.store.packages import (
    count_export_rows,
    export_rows,
    unit_names,
    worker_names_by_id,
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    entries: int
    tombstones: int


def _record(s: StoredEntry, units: dict[int, str], workers: dict[int, str]) -> dict[str, Any]:
    """One entry as a package record: its packaged fields (domain/fields.py), no empty ones,
    then its bookkeeping. The note is not a packaged field: notes never leave the desk."""
    rec: dict[str, Any] = {}
    for f in FIELDS:
        value = getattr(s.entry, f.attr)
        if not f.in_package or value is None or value == () or value is False:
            continue
        if f.name == "unit":
            value = units[value]
        elif f.name == "worker":
            value = workers[value]
        elif f.type == "date":
            value = value.isoformat()
        elif f.type == "codes":
            value = list(value)
        rec[f.name] = value
    rec.update(
        created_at=s.created_at, updated_at=s.updated_at, device=s.device, revision=s.revision
    )
    if s.deleted_at is not None:
        rec["deleted_at"] = s.deleted_at
    return rec


def _codes_of(entry: Entry) -> list[tuple[str, str]]:
    """(list, code) of every code an entry holds; referrals are partner codes."""
    found = []
    for f in CODED_FIELDS:
        value = getattr(entry, f.name)
        list_name = "partners" if f.name == "referral" else f.codes.name
        for code in value if f.multi else (value,) if value is not None else ():
            found.append((list_name, code))
    return found


def build_package(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
) -> tuple[bytes, int, int]:
    """The bytes of a package for the period, and its numbers of entries and tombstones.

    A period with more records than an import takes is refused (ValueError, Swedish),
    not split: the unit head expects one package per desk and period, and a split
    would leave the head to find and import every part for the figures to be right.
    """
    count = count_export_rows(store, start, end, unit_ids, worker_id)
    if count > limits.MAX_PACKAGE_ENTRIES:
        raise ValueError(
            f"Perioden {start}–{end} har {count} poster; ett exportpaket får ha högst "
            f"{limits.MAX_PACKAGE_ENTRIES}. Välj en kortare period eller färre enheter."
        )
    units = unit_names(store)
    workers = worker_names_by_id(store)
    own = {(a.list, a.code): a for a in code_book(store).added}
    used: dict[tuple[str, str], AddedCode] = {}
    lines = []
    tombstones = 0
    linked: set[tuple[int, str]] = set()
    for s in export_rows(store, start, end, unit_ids, worker_id):
        tombstones += s.deleted_at is not None
        if s.entry.engagement is not None and s.deleted_at is None:
            linked.add((s.entry.unit_id, s.entry.engagement))
        lines.append(json.dumps(_record(s, units, workers), ensure_ascii=False))
        if own:
            used.update((key, own[key]) for key in _codes_of(s.entry) if key in own)
    # Engagements go before the entries: the head merges them first (package_merge.py).
    engagements = [
        json.dumps(engagement_record(g, units), ensure_ascii=False)
        for g in export_engagements(store, start, end, unit_ids, sorted(linked))
    ]
    meta = {
        "schema_version": store.schema_version,
        "origin": store.device,
        "exported_at": now_iso(),
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "units": sorted(units[u] for u in unit_ids),
        "worker": workers.get(worker_id) if worker_id is not None else None,
        "desk": dict(zip(("worker", "units"), own_desk(store), strict=True)),
        # The municipality's own codes the entries use, so that the head's database learns them.
        "codes": [
            {"list": a.list, "code": a.code, "label": a.label, "split": a.split}
            for a in used.values()
        ],
    }
    head_json = json.dumps(meta, ensure_ascii=False)[:-1]
    body = (
        head_json
        + ', "engagements": [\n'
        + ",\n".join(engagements)
        + '\n], "entries": [\n'
        + ",\n".join(lines)
        + "\n]}\n"
    ).encode("utf-8")
    header = json.dumps(
        {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "body_bytes": len(body),
            "body_sha256": hashlib.sha256(body).hexdigest(),
        },
        separators=(",", ":"),
    ).encode("ascii")
    return header + b"\n" + body, len(lines) - tombstones, tombstones


def export_package(
    store: Store,
    out: Path,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
) -> ExportResult:
    """Write a package atomically to `out`."""
    data, entries, tombstones = build_package(store, start, end, unit_ids, worker_id)
    if len(data) > limits.MAX_PACKAGE_BYTES:
        raise ValueError(
            f"Paketet skulle bli {len(data) // 1_048_576} MiB; högst "
            f"{limits.MAX_PACKAGE_BYTES // 1_048_576} MiB går. Välj en kortare period."
        )
    return ExportResult(write_atomic(out, data), entries, tombstones)


def record_export(
    store: Store,
    actor: str,
    result: ExportResult,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
) -> None:
    """The export in the audit log (SPEC §6): who, the period, the units and the number of
    entries. Only the file's name, never its path (a folder may be named after a person),
    and the name goes through the identity guard like every stored text."""
    details: dict[str, Any] = {
        "file": result.path.name,
        "period": f"{start.isoformat()}–{end.isoformat()}",
        "unit_ids": list(unit_ids) or sorted(unit_names(store)),  # none chosen: every unit
        "entries": result.entries,
        "tombstones": result.tombstones,
    }
    if worker_id is not None:
        details["worker"] = worker_names_by_id(store).get(worker_id, "")
    with store.transaction() as c:
        record(c, actor, "export", None, details)
