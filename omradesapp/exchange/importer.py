"""Importing a mix of CSV files and export packages: all files or none, or a dry run.

Engagements files (SPEC §12) go first, whatever the order given, so that entries files of
the same run can name the engagements they bring.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from omradesapp.exchange.csv_import import ImportResult, import_csv
from omradesapp.exchange.engagement_csv import (
    first_line_columns,
    import_engagements_csv,
    is_engagements_header,
)
from omradesapp.exchange.package import looks_like_package
from omradesapp.exchange.package_merge import PackageResult, import_package
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
    """One file, by what it is: an export package (by name or content), an engagements
    file (by its header), else an entries CSV."""
    if looks_like_package(path):
        return import_package(store, path, actor, take_package=take_package)
    name = path.name
    shown = None if progress is None else lambda done, total: progress(name, done, total)
    if _is_engagements_file(path):
        return import_engagements_csv(store, path, actor, shown)
    return import_csv(store, path, actor, again=again, progress=shown)


def _is_engagements_file(path: Path) -> bool:
    return not looks_like_package(path) and is_engagements_header(first_line_columns(path))


def import_files(
    store: Store,
    paths: Sequence[Path],
    actor: str,
    again: bool = False,
    take_package: bool = False,
    progress: FileProgress | None = None,
) -> list[FileResult]:
    """Every file in one transaction: when one is refused, none is imported. Engagements
    files are imported first; the results come in the order the files were imported."""
    ordered = sorted(paths, key=lambda p: not _is_engagements_file(p))  # stable
    with store.transaction():
        return [import_file(store, p, actor, again, take_package, progress) for p in ordered]


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
