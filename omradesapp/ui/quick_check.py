"""Upkeep beside the desk, off the UI thread: the quick check at start, then the backup
of the day (tried again every hour, so a desk left open over night still gets one)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from omradesapp import paths
from omradesapp.store import verdict
from omradesapp.store.backup import maybe_backup
from omradesapp.store.database import StoreError
from omradesapp.store.opening import open_store
from omradesapp.ui.ops import Op

BACKUP_EVERY_MS = 60 * 60 * 1000


def check_file(path: Path) -> list[str]:
    """The quick check on a read-only connection of its own (the desk's stays free)."""
    try:
        store = open_store(path, write=False, create=False, check=False)
        try:
            problems = store.quick_check()
        finally:
            store.close()
        verdict.remember(path, problems, verdict.QUICK)  # damage stops later writes
        return problems
    except (StoreError, OSError, sqlite3.Error) as e:
        return [str(e)]


def backup_file(path: Path) -> str | None:
    """The backup of the day, if not made yet: its path, or None."""
    store = open_store(path, write=False, create=False, check=False)
    try:
        made = maybe_backup(store, paths.backup_dir(path))
    finally:
        store.close()
    return None if made is None else str(made)


class QuickCheck(QObject):
    """Emits `finished(problems)` on the UI thread (empty: the file is sound), then
    `backed_up(path)` when a backup was made or `backup_failed(message)`."""

    finished = Signal(list)
    backed_up = Signal(str)
    backup_failed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._op: Op[Any] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(BACKUP_EVERY_MS)
        self._timer.timeout.connect(self._backup)

    def start(self) -> None:
        self._run(lambda: check_file(self.path), self._checked)

    def _run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        if self._op is not None and self._op.running:
            return  # one piece of upkeep at a time
        self._op = Op(fn).start(done, failed)

    def _checked(self, problems: list[str]) -> None:
        self.finished.emit(problems)
        if not problems:  # a damaged file is not copied over the good backups
            self._timer.start()
            self._backup()

    def _backup(self) -> None:
        self._run(lambda: backup_file(self.path), self._backed_up, self.backup_failed.emit)

    def _backed_up(self, made: str | None) -> None:
        if made is not None:
            self.backed_up.emit(made)

    def wait(self, timeout: float | None = None) -> None:
        if self._op is not None:
            self._op.wait(timeout)
