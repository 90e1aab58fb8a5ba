"""Merging an export package into the unit head's database (SPEC §6).

Merging goes by revisions, never by clocks (laptops' clocks drift): every entry
carries a `revision` that its database raises by one on every change, and the
head remembers per entry and exporting device (`package_versions`) the
revision it last took from that device and the entry's own revision here right
after that take. An incoming version

- whose revision is not above the one taken before from the same device
  changes nothing (equal: re-importing a package; lower: an older package after
  a newer one);
- of an entry the head does not hold is added (a tombstone is kept as one);
- equal in content to the head's copy changes nothing;
- where the head's copy is still exactly as that take left it, replaces it
  (listed as updated or deleted);
- otherwise the entry was changed in two places (at the head, or on another
  desk): a conflict, reported with both versions. The head's version stays
  unless `take_package` is given; either way nothing is silently dropped, and
  an unresolved conflict is reported again on the next import.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from omradesapp.domain.codebook import BUILT_IN
from omradesapp.domain.entry import Entry, ValidationError
from omradesapp.exchange.package import EngagementsRefused, Package, PackageError, read_package
from omradesapp.exchange.package_engagements import CodeTaken, EngagementMerge, merge_engagements
from omradesapp.exchange.refusal import Problem
from omradesapp.store.audit import record
from omradesapp.store.codebook import code_book, learn
from omradesapp.store.database import Store
from omradesapp.store.desks import covered_to, remember_package
from omradesapp.store.engagement_exchange import linked_count
from omradesapp.store.engagements import check_link
from omradesapp.store.entries import DATA_COLUMNS, StoredEntry
from omradesapp.store.imports import worker_names
from omradesapp.store.months import closed_months, closed_sentence
from omradesapp.store.org import ensure_worker
from omradesapp.store.packages import (
    Taken,
    Version,
    insert_versions,
    remember,
    replace_versions,
    replaced_revision,
    stored_versions,
    taken_versions,
    unit_names,
    worker_names_by_id,
)


@dataclass(frozen=True)
class Change:
    old: StoredEntry
    new: Version


@dataclass(frozen=True)
class Conflict:
    head: StoredEntry
    package: Version
    taken: bool  # True: the package's version replaced the head's


@dataclass
class PackageResult:
    file_name: str
    origin: str
    sender: str = ""  # the exporting desk's worker and units, as the package tells them
    added: list[Version] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    deleted: list[Change] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    engagements: EngagementMerge = field(default_factory=EngagementMerge)
    workers_created: list[str] = field(default_factory=list)
    codes_learned: list[str] = field(default_factory=list)  # labels of codes new here
    code_clashes: list[str] = field(default_factory=list)  # Swedish, one per clash
    unit_names: dict[int, str] = field(default_factory=dict)
    worker_names: dict[int, str] = field(default_factory=dict)

    def fields(self, entry: Entry) -> dict[str, str]:
        """An entry's fields as text, unit and worker by name, for lists of changes."""
        return entry_fields(entry, self.unit_names, self.worker_names)


def entry_fields(entry: Entry, units: dict[int, str], workers: dict[int, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in DATA_COLUMNS:
        if name == "note":
            continue  # notes never travel
        value = getattr(entry, name)
        if name == "unit_id":
            out["unit"] = units.get(value, str(value))
        elif name == "worker_id":
            out["worker"] = workers.get(value, "") if value is not None else ""
        elif isinstance(value, tuple):
            out[name] = "|".join(value)
        elif isinstance(value, bool):
            out[name] = "1" if value else "0"
        else:
            out[name] = "" if value is None else str(value)
    return out


def changed_fields(result: PackageResult, old: Entry, new: Entry) -> dict[str, tuple[str, str]]:
    a, b = result.fields(old), result.fields(new)
    return {k: (a[k], b[k]) for k in a if a[k] != b[k]}


def _same(head: StoredEntry, incoming: Version) -> bool:
    if head.deleted_at is not None and incoming.deleted:
        return True  # a deleted entry counts nowhere, whatever it held
    return (head.deleted_at is None) == (not incoming.deleted) and head.entry.with_changes(
        note=None
    ) == incoming.entry


def _news(incoming: Version, taken: Taken | None) -> bool:
    """Whether a version is newer than the last one taken from the same device."""
    return taken is None or incoming.revision > taken.revision


def import_package(
    store: Store, path: Path, actor: str, take_package: bool = False
) -> PackageResult:
    """Merge one package, all of it or nothing (a savepoint inside a caller's transaction)."""
    with store.transaction() as c:
        before = worker_names(c)
        # Workers new here are created as the package is read: a refusal rolls them back.
        package = read_package(path, store, lambda name, unit: ensure_worker(c, name, unit))
        result = PackageResult(package.file_name, package.origin, package.sender)
        known = code_book(store)
        result.code_clashes = learn(c, package.codes)
        result.codes_learned = [
            d.label for d in package.codes if d.code not in known.code_list(BUILT_IN[d.list])
        ]
        for d in package.codes:
            if d.label in result.codes_learned:
                record(c, actor, "code_added", None, {"list": d.list, "label": d.label})
        try:  # engagements first: the package's entries may name them
            result.engagements = merge_engagements(
                c, package.origin, package.engagements, take_package
            )
        except CodeTaken as e:
            raise EngagementsRefused(
                package.file_name,
                [Problem(e.number, "code", f"koden {e.code} har redan en annan familjeinsats i "
                         "enheten här (två datorer har öppnat samma nummer). Ingenting "
                         "importerades.")],
            ) from None  # fmt: skip
        numbers = {inc.version.entry.id: inc.number for inc in package.entries}
        incoming = [inc.version for inc in package.entries]
        taken = taken_versions(c, package.origin, [v.entry.id for v in incoming])
        # Only entries with news from this device need their stored copy (re-imports: none).
        stored = stored_versions(
            c, [v.entry.id for v in incoming if _news(v, taken.get(v.entry.id))]
        )
        closed = closed_months(store)
        result.unit_names = unit_names(store)
        result.worker_names = worker_names_by_id(store)
        closed_hit: set[tuple[str, str]] = set()  # (month, unit name): each named once

        def open_for(e: Entry) -> bool:
            month = e.date.isoformat()[:7]
            if (month, e.unit_id) not in closed:
                return True
            closed_hit.add((month, result.unit_names.get(e.unit_id, "")))
            return False

        inserts: list[Version] = []
        replaces: list[tuple[StoredEntry, Version]] = []
        seen: list[tuple[str, Taken]] = []
        for v in incoming:
            eid = v.entry.id
            base, head = taken.get(eid), stored.get(eid)
            if not _news(v, base):
                result.unchanged += 1
                continue
            if head is None:
                if v.deleted:
                    result.unchanged += 1  # nothing to remove here; kept so it stays deleted
                elif not open_for(v.entry):
                    continue
                else:
                    result.added.append(v)
                inserts.append(v)
                seen.append((eid, Taken(v.revision, v.revision)))
                continue
            if _same(head, v):
                result.unchanged += 1
                seen.append((eid, Taken(v.revision, head.revision)))
                continue
            conflict = base is None or head.revision != base.head_revision
            if conflict and not take_package:
                result.conflicts.append(Conflict(head, v, False))
                continue  # not remembered: reported again next time
            touched = [e for e, live in ((head.entry, head.deleted_at is None),
                                         (v.entry, not v.deleted)) if live]  # fmt: skip
            if not all([open_for(e) for e in touched]):
                continue
            replaces.append((head, v))
            if conflict:  # listed once, as a conflict resolved in the package's favour
                result.conflicts.append(Conflict(head, v, True))
            else:
                (result.deleted if v.deleted else result.updated).append(Change(head, v))
            seen.append((eid, Taken(v.revision, replaced_revision(head, v))))
        if closed_hit:
            why = closed_sentence(closed_hit, "för att importera")
            raise PackageError(package.file_name, summary=f"{package.file_name}: {why}")
        live = [v for v in inserts if not v.deleted] + [v for _, v in replaces if not v.deleted]
        _check_links(c, package.file_name, live, numbers)
        insert_versions(c, inserts)
        replace_versions(c, replaces)
        _check_gone(c, package.file_name, result.engagements)
        remember(c, package.origin, seen)
        if package.origin != store.device:  # the head's own package tells of no other desk
            _remember_desk(c, package, incoming, result)
        _audit(c, actor, result)
        result.workers_created = sorted(worker_names(c) - before)
    return result


def _remember_desk(
    c: sqlite3.Connection, package: Package, incoming: list[Version], result: PackageResult
) -> None:
    """The sending desk and how far its data now reach, in the import's transaction."""
    by_name = {n.casefold(): i for i, n in result.unit_names.items()}
    units = {by_name[u.casefold()] for u in package.desk_units if u.casefold() in by_name}
    units.update(v.entry.unit_id for v in incoming)
    worker = package.desk_worker
    if worker is None:  # an older package: the one worker of its entries, if there is one
        ids = {v.entry.worker_id for v in incoming}
        only = ids.pop() if len(ids) == 1 else None
        worker = result.worker_names.get(only) if only is not None else None
    last = covered_to(package.period[1], package.exported_at)
    remember_package(c, package.origin, worker, units, last)


def _check_links(
    c: sqlite3.Connection, file_name: str, versions: list[Version], numbers: dict[str, int]
) -> None:
    """Every entry taken names an engagement of its own unit here, or the package is refused."""
    problems: list[Problem] = []
    for v in versions:
        try:
            check_link(c, v.entry.unit_id, v.entry.engagement)
        except ValidationError as e:
            problems.append(Problem(numbers[v.entry.id], "engagement", e.message))
    if problems:
        raise PackageError(file_name, problems)


def _check_gone(c: sqlite3.Connection, file_name: str, merged: EngagementMerge) -> None:
    """An engagement the package deleted has no live entry left naming it."""
    for unit_id, code in merged.gone:
        n = linked_count(c, unit_id, code)
        if n:
            raise PackageError(
                file_name,
                summary=f"{file_name}: paketet tar bort familjeinsatsen {code}, men {n} poster "
                "här är kopplade till den. Ingenting importerades.",
            )


def _audit(c: sqlite3.Connection, actor: str, result: PackageResult) -> None:
    for ch in result.updated:
        changes = changed_fields(result, ch.old.entry, ch.new.entry)
        record(c, actor, "import_edit", ch.new.entry.id,
               {"file": result.file_name, **{k: list(v) for k, v in changes.items()}})  # fmt: skip
    for ch in result.deleted:
        record(c, actor, "import_delete", ch.new.entry.id,
               {"file": result.file_name, "kind": ch.old.entry.kind})  # fmt: skip
    for cf in result.conflicts:
        record(
            c, actor, "conflict", cf.head.entry.id,
            {
                "file": result.file_name,
                "kept": "package" if cf.taken else "head",
                "head": {**result.fields(cf.head.entry), "deleted": cf.head.deleted_at is not None},
                "package": {**result.fields(cf.package.entry), "deleted": cf.package.deleted},
            },
        )  # fmt: skip
    record(
        c, actor, "import", None,
        {
            "file": result.file_name, "origin": result.origin, "sender": result.sender,
            "added": len(result.added),
            "updated": len(result.updated), "deleted": len(result.deleted),
            "unchanged": result.unchanged, "conflicts": len(result.conflicts),
            "engagements": {
                "added": len(result.engagements.added),
                "updated": len(result.engagements.updated),
                "deleted": len(result.engagements.deleted),
                "unchanged": result.engagements.unchanged,
                "conflicts": len(result.engagements.conflicts),
            },
        },
    )  # fmt: skip
