"""Family engagements in export packages (SPEC §12): their records, and merging them.

An engagement travels like an entry: id, revision, origin device, a tombstone for a deleted
one, and no free text (an engagement has none). The head merges them by revision exactly as
entries (package_merge.py, whose rules apply word for word), before the entries of the same
package, so that those can name them. Codes are unique among a unit's live engagements:
a package whose engagement has a code the head's unit already gives another engagement is
refused, naming the code (two desks that opened the same number; nothing is guessed).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from omradesapp.domain.engagement import COUNTS, DATES, FLAGS, SCORES, Engagement
from omradesapp.domain.engagement import validate_engagement as _validate
from omradesapp.domain.entry import ValidationError
from omradesapp.store.engagement_exchange import (
    EngagementVersion,
    insert_engagement_versions,
    live_code_holder,
    replace_engagement_versions,
    replaced_engagement_revision,
    stored_engagements,
)
from omradesapp.store.engagements import StoredEngagement
from omradesapp.store.packages import Taken, remember, taken_versions

_DATA = tuple("unit" if f.name == "unit_id" else f.name for f in fields(Engagement))
_META_STR = ("created_at", "updated_at", "deleted_at", "device")
_INT = (*COUNTS, *SCORES, "revision")
_STR = tuple(k for k in (*_DATA, *_META_STR) if k not in (*_INT, *FLAGS))
KEYS = frozenset((*_DATA, *_META_STR, "revision"))
_REQUIRED = ("id", "code", "unit", "created_at", "updated_at", "device", "revision")


def engagement_record(s: StoredEngagement, units: dict[int, str]) -> dict[str, Any]:
    """One engagement as a package record: its fields (no empty ones), then bookkeeping."""
    rec: dict[str, Any] = {}
    for f in fields(Engagement):
        value = getattr(s.engagement, f.name)
        if value is None or value is False:
            continue
        if f.name == "unit_id":
            rec["unit"] = units[value]
            continue
        rec[f.name] = value.isoformat() if isinstance(value, dt.date) else value
    rec.update(
        created_at=s.created_at, updated_at=s.updated_at, device=s.device, revision=s.revision
    )
    if s.deleted_at is not None:
        rec["deleted_at"] = s.deleted_at
    return rec


@dataclass(frozen=True)
class IncomingEngagement:
    number: int  # position among the package's engagements, from 1
    version: EngagementVersion


def parse_engagement(
    number: int,
    raw: Any,
    teams: dict[str, int],
    canonical_uuid: Callable[[Any], str | None],
    canonical_timestamp: Callable[[str], str],
    max_revision: int,
) -> IncomingEngagement:
    """One record as an engagement version; ValidationError names the field. The canonical
    forms of ids and timestamps are package.py's, passed in (that module imports this one)."""
    if not isinstance(raw, dict):
        raise ValidationError("", "familjeinsatsen är inget JSON-objekt.")
    for key in raw:
        if key not in KEYS:
            raise ValidationError(str(key)[:40], "okänt fält.")
    rec: dict[str, Any] = {}
    for key, value in raw.items():
        if value is None:
            continue
        if key in _STR:
            if not isinstance(value, str):
                raise ValidationError(key, "ska vara en text.")
            value = value.strip() or None
        elif key in _INT and type(value) is not int:
            raise ValidationError(key, f"ska vara ett heltal, inte {json.dumps(value)[:20]}.")
        elif key in FLAGS and not isinstance(value, bool):
            raise ValidationError(key, "ska vara true eller false.")
        if value is not None:
            rec[key] = value
    for key in _REQUIRED:
        if key not in rec:
            raise ValidationError(key, "saknas.")
    for key in ("id", "device"):
        canonical = canonical_uuid(rec[key])
        if canonical is None:
            raise ValidationError(key, "ska vara ett UUID (8-4-4-4-12 hexsiffror).")
        rec[key] = canonical
    for key in ("created_at", "updated_at", "deleted_at"):
        if key in rec:
            try:
                rec[key] = canonical_timestamp(rec[key])
            except ValueError:
                raise ValidationError(key, "ogiltig tidsstämpel.") from None
    if not 1 <= rec["revision"] <= max_revision:
        raise ValidationError("revision", f"ska vara ett heltal 1–{max_revision}.")
    unit_id = teams.get(rec["unit"].casefold())
    if unit_id is None:
        raise ValidationError("unit", f"okänd enhet, eller inget team: {rec['unit'][:60]!r}.")
    values: dict[str, Any] = {"unit_id": unit_id}
    for name in _DATA:
        if name == "unit" or name not in rec:
            continue
        value = rec[name]
        if name in DATES:
            try:
                value = dt.date.fromisoformat(value) if len(value) == 10 else None
            except ValueError:
                value = None
            if value is None:
                raise ValidationError(name, f"ogiltigt datum {rec[name][:40]!r}.")
        values[name] = value
    try:
        engagement = Engagement(**values)
    except TypeError:
        raise ValidationError("", "ett obligatoriskt fält saknas.") from None
    engagement = _validate(engagement)  # codes, dates, ranges, the code's shape, identity guard
    version = EngagementVersion(
        engagement, rec["created_at"], rec["updated_at"], rec.get("deleted_at"), rec["device"],
        rec["revision"],
    )  # fmt: skip
    return IncomingEngagement(number, version)


@dataclass
class EngagementMerge:
    """What a package did to the head's engagements (codes listed for the head's eyes)."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[tuple[str, bool]] = field(default_factory=list)  # (code, package's taken)
    # (unit id, code) of engagements deleted here by the merge: no live entry may name them.
    gone: list[tuple[int, str]] = field(default_factory=list)


def _news(v: EngagementVersion, taken: Taken | None) -> bool:
    return taken is None or v.revision > taken.revision


def _same(head: StoredEngagement, v: EngagementVersion) -> bool:
    if head.deleted_at is not None and v.deleted:
        return True
    return (head.deleted_at is None) == (not v.deleted) and head.engagement == v.engagement


class CodeTaken(Exception):
    """A package's engagement has a code the head's unit gives a different engagement."""

    def __init__(self, number: int, code: str) -> None:
        super().__init__(code)
        self.number, self.code = number, code


def merge_engagements(
    c: sqlite3.Connection, origin: str, incoming: list[IncomingEngagement], take_package: bool
) -> EngagementMerge:
    """Merge a package's engagements in the caller's transaction (rules: package_merge.py)."""
    result = EngagementMerge()
    ids = [i.version.engagement.id for i in incoming]
    taken = taken_versions(c, origin, ids)
    stored = stored_engagements(c, ids)  # a team's engagements: hundreds, not thousands
    replaces: list[tuple[StoredEngagement, EngagementVersion]] = []
    seen: list[tuple[str, Taken]] = []
    for inc in incoming:
        v = inc.version
        e = v.engagement
        base, head = taken.get(e.id), stored.get(e.id)
        if not _news(v, base):
            result.unchanged += 1
            continue
        if head is None:
            if v.deleted:
                result.unchanged += 1
            else:
                holder = live_code_holder(c, e.unit_id, e.code)
                if holder is not None and holder != e.id:
                    raise CodeTaken(inc.number, e.code)
                result.added.append(e.code)
            insert_engagement_versions(c, [v])  # at once: the next one's code check sees it
            seen.append((e.id, Taken(v.revision, v.revision)))
            continue
        if _same(head, v):
            result.unchanged += 1
            seen.append((e.id, Taken(v.revision, head.revision)))
            continue
        conflict = base is None or head.revision != base.head_revision
        if conflict and not take_package:
            result.conflicts.append((head.engagement.code, False))
            continue
        if not v.deleted:
            holder = live_code_holder(c, e.unit_id, e.code)
            if holder is not None and holder != e.id:
                raise CodeTaken(inc.number, e.code)
        replaces.append((head, v))
        if conflict:
            result.conflicts.append((e.code, True))
        elif v.deleted:
            result.deleted.append(head.engagement.code)
        else:
            result.updated.append(e.code)
        if v.deleted and head.deleted_at is None:
            result.gone.append((head.engagement.unit_id, head.engagement.code))
        elif head.deleted_at is None and head.engagement.code != e.code:
            result.gone.append((head.engagement.unit_id, head.engagement.code))
        seen.append((e.id, Taken(v.revision, replaced_engagement_revision(head, v))))
    replace_engagement_versions(c, replaces)
    remember(c, origin, seen)
    return result
