"""Importing a mix of CSV files and export packages: all files or none, or a dry run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from omradesapp.exchange.csv_import import ImportResult, import_csv
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
