"""What the command line prints for each imported file, in Swedish."""

from __future__ import annotations

from omradesapp.exchange.csv_import import ImportResult
from omradesapp.exchange.engagement_csv import EngagementFileResult
from omradesapp.exchange.importer import FileResult
from omradesapp.exchange.package_merge import changed_fields


def _new_workers(names: list[str]) -> str:
    return f"; nya medarbetare: {', '.join(names)}" if names else ""


def summary_lines(result: FileResult) -> list[str]:
    """One line per file, and for a package one per updated, deleted or conflicting entry."""
    if isinstance(result, EngagementFileResult):
        return [
            f"{result.file_name}: {result.added} nya familjeinsatser, {len(result.updated)} "
            f"ändrade, {result.unchanged} oförändrade",
            *(f"  ändrad familjeinsats {code}" for code in result.updated),
        ]
    if isinstance(result, ImportResult):
        return [
            f"{result.file_name}: {result.added} nya, {result.unchanged} fanns redan"
            + _new_workers(result.workers_created)
        ]
    r = result
    lines = [
        f"{r.file_name}: {len(r.added)} nya, {len(r.updated)} ändrade, {len(r.deleted)} "
        f"borttagna, {r.unchanged} oförändrade, {_conflicts(len(r.conflicts))}"
        + _new_workers(r.workers_created)
    ]
    if r.codes_learned:
        lines.append(f"  nya koder från paketet: {', '.join(r.codes_learned)}")
    lines.extend(f"  KODKONFLIKT: {clash}" for clash in r.code_clashes)
    g = r.engagements
    if g.added or g.updated or g.deleted or g.unchanged or g.conflicts:
        lines.append(
            f"  familjeinsatser: {len(g.added)} nya, {len(g.updated)} ändrade, {len(g.deleted)} "
            f"borttagna, {g.unchanged} oförändrade, {_conflicts(len(g.conflicts))}"
        )
        lines += [f"  ändrad familjeinsats {code}" for code in g.updated]
        lines += [f"  borttagen familjeinsats {code}" for code in g.deleted]
        for code, taken in g.conflicts:
            kept = "paketets version togs" if taken else "den här databasens version behölls"
            lines.append(f"  KONFLIKT familjeinsats {code}: ändrad på två ställen; {kept}")
    for ch in r.updated:
        diff = "; ".join(
            f"{k} {a or '-'} -> {b or '-'}"
            for k, (a, b) in changed_fields(r, ch.old.entry, ch.new.entry).items()
        )
        lines.append(f"  ändrad {ch.new.entry.id} ({ch.new.entry.kind}): {diff}")
    for ch in r.deleted:
        e = ch.old.entry
        lines.append(f"  borttagen {e.id} ({e.kind} {e.date} {r.unit_names.get(e.unit_id, '')})")
    for cf in r.conflicts:
        kept = "paketets version togs" if cf.taken else "den här databasens version behölls"
        lines.append(f"  KONFLIKT {cf.head.entry.id}: ändrad på två ställen; {kept}")
        for label, entry, deleted in (
            ("här:    ", cf.head.entry, cf.head.deleted_at is not None),
            ("paketet:", cf.package.entry, cf.package.deleted),
        ):
            text = " ".join(f"{k}={v}" for k, v in r.fields(entry).items() if v)
            lines.append(f"    {label} {'BORTTAGEN ' if deleted else ''}{text}")
    unresolved = [cf for cf in r.conflicts if not cf.taken] + [c for c, t in g.conflicts if not t]
    if unresolved and not any(cf.taken for cf in r.conflicts):
        lines.append("  (importera igen med --take-package för att ta paketets versioner)")
    return lines


def _conflicts(n: int) -> str:
    return f"{n} konflikt" if n == 1 else f"{n} konflikter"
