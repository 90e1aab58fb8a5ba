"""Importing a mix of CSV files and export packages: all files or none, or a dry run."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from omradesapp.exchange.csv_import import ImportResult, import_csv
from omradesapp.exchange.package import looks_like_package
from omradesapp.exchange.package_merge import PackageResult, import_package
from omradesapp.store.database import Store

FileResult = ImportResult | PackageResult


def import_file(
    store: Store, path: Path, actor: str, again: bool = False, take_package: bool = False
) -> FileResult:
    """One file, by what it is: an export package (by name or content), else CSV."""
    if looks_like_package(path):
        return import_package(store, path, actor, take_package=take_package)
    return import_csv(store, path, actor, again=again)


def import_files(
    store: Store,
    paths: Sequence[Path],
    actor: str,
    again: bool = False,
    take_package: bool = False,
) -> list[FileResult]:
    """Every file in one transaction: when one is refused, none is imported."""
    with store.transaction():
        return [import_file(store, p, actor, again, take_package) for p in paths]


class _DryRun(Exception):
    pass


def preview_files(
    store: Store,
    paths: Sequence[Path],
    actor: str,
    again: bool = False,
    take_package: bool = False,
) -> list[FileResult]:
    """What importing would do, computed by importing and rolling back: nothing changes."""
    results: list[FileResult] = []
    try:
        with store.transaction():  # around import_files' own, which becomes a savepoint
            results = import_files(store, paths, actor, again, take_package)
            raise _DryRun
    except _DryRun:
        pass
    return results
