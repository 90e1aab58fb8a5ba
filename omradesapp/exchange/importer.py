"""Importing a mix of CSV files and export packages: all files or none, or a dry run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from omradesapp.exchange.csv_import import ImportResult, import_csv
from omradesapp.exchange.package import looks_like_package
from omradesapp.exchange.package_merge import PackageResult, changed_fields, import_package
from omradesapp.store.database import Store

FileResult = ImportResult | PackageResult
# (file name, bytes read, bytes in the file): how far the reading of a CSV file has come.
FileProgress = Callable[[str, int, int], None]
# A CSV file this large (about 150 000 rows) gets its progress printed by the command line.
LARGE_FILE = 20_000_000


def import_file(
    store: Store,
    path: Path,
    actor: str,
    again: bool = False,
    take_package: bool = False,
    progress: FileProgress | None = None,
) -> FileResult:
    """One file, by what it is: an export package (by name or content), else CSV."""
    if looks_like_package(path):
        return import_package(store, path, actor, take_package=take_package)
    name = path.name
    return import_csv(
        store,
        path,
        actor,
        again=again,
        progress=None if progress is None else lambda done, total: progress(name, done, total),
    )


def import_files(
    store: Store,
    paths: Sequence[Path],
    actor: str,
    again: bool = False,
    take_package: bool = False,
    progress: FileProgress | None = None,
) -> list[FileResult]:
    """Every file in one transaction: when one is refused, none is imported."""
    with store.transaction():
        return [import_file(store, p, actor, again, take_package, progress) for p in paths]


def progress_printer(stream: TextIO) -> FileProgress:
    """Progress for the command line: every tenth of a large file, in Swedish."""
    shown: dict[str, int] = {}

    def show(name: str, done: int, total: int) -> None:
        tenths = done * 10 // total if total >= LARGE_FILE else 0
        if tenths > shown.get(name, 0):
            shown[name] = tenths
            print(f"{name}: {tenths * 10} % inläst", file=stream, flush=True)

    return show


class _DryRun(Exception):
    pass


def preview_files(
    store: Store,
    paths: Sequence[Path],
    actor: str,
    again: bool = False,
    take_package: bool = False,
    progress: FileProgress | None = None,
) -> list[FileResult]:
    """What importing would do, computed by importing and rolling back: nothing changes."""
    results: list[FileResult] = []
    try:
        with store.transaction():  # around import_files' own, which becomes a savepoint
            results = import_files(store, paths, actor, again, take_package, progress)
            raise _DryRun
    except _DryRun:
        pass
    return results


def summary_lines(result: FileResult) -> list[str]:
    """What the CLI prints for one imported file (English, like the rest of the CLI)."""
    if isinstance(result, ImportResult):
        extra = (
            f", new workers: {', '.join(result.workers_created)}" if result.workers_created else ""
        )
        return [
            f"{result.file_name}: {result.added} added, {result.unchanged} already there{extra}"
        ]
    r = result
    lines = [
        f"{r.file_name}: {len(r.added)} added, {len(r.updated)} updated, {len(r.deleted)} "
        f"deleted, {r.unchanged} unchanged, {len(r.conflicts)} conflict(s)"
        + (f", new workers: {', '.join(r.workers_created)}" if r.workers_created else "")
    ]
    for ch in r.updated:
        diff = "; ".join(
            f"{k} {a or '-'} -> {b or '-'}"
            for k, (a, b) in changed_fields(r, ch.old.entry, ch.new.entry).items()
        )
        lines.append(f"  updated {ch.new.entry.id} ({ch.new.entry.kind}): {diff}")
    for ch in r.deleted:
        e = ch.old.entry
        lines.append(f"  deleted {e.id} ({e.kind} {e.date} {r.unit_names.get(e.unit_id, '')})")
    for cf in r.conflicts:
        kept = "took the package's version" if cf.taken else "kept this database's version"
        lines.append(f"  CONFLICT {cf.head.entry.id}: changed in two places; {kept}")
        for label, entry, deleted in (
            ("here:   ", cf.head.entry, cf.head.deleted_at is not None),
            ("package:", cf.package.entry, cf.package.deleted),
        ):
            text = " ".join(f"{k}={v}" for k, v in r.fields(entry).items() if v)
            lines.append(f"    {label} {'DELETED ' if deleted else ''}{text}")
    if r.conflicts and not any(cf.taken for cf in r.conflicts):
        lines.append("  (import again with --take-package to take the package's versions)")
    return lines
