"""Upkeep beside the desk, off the UI thread: the quick check at start, then the backup
of the day (tried again every hour, so a desk left open over night still gets one)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from omradesapp import paths
from omradesapp.store import verdict
from omradesapp.store.backup import maybe_backup
from omradesapp.store.database import StoreError, open_store

BACKUP_EVERY_MS = 60 * 60 * 1000


def _emit(signal, *args) -> None:  # type: ignore[no-untyped-def]
    """Emit from the worker thread; the window may have been closed meanwhile."""
    try:
        signal.emit(*args)
    except RuntimeError:  # its QObject is gone: nobody is waiting for the answer
        pass


class QuickCheck(QObject):
    """Emits `finished(problems)` on the UI thread (empty: the file is sound), then
    `backed_up(path)` when a backup was made or `backup_failed(message)`."""

    finished = Signal(list)
    backed_up = Signal(str)
    backup_failed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(BACKUP_EVERY_MS)
        self._timer.timeout.connect(lambda: self._run_in_thread(self._backup))
        self.finished.connect(self._after_check)

    def start(self) -> None:
        self._run_in_thread(self._check)

    def _run_in_thread(self, work) -> None:  # type: ignore[no-untyped-def]
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=work, name="upkeep", daemon=True)
        self._thread.start()

    def _check(self) -> None:
        # Its own read-only connection: the window's connection stays free meanwhile.
        try:
            store = open_store(self.path, write=False, create=False, check=False)
            try:
                problems = store.quick_check()
            finally:
                store.close()
            verdict.remember(self.path, problems, verdict.QUICK)  # damage stops later writes
        except (StoreError, OSError, sqlite3.Error) as e:
            problems = [str(e)]
        _emit(self.finished, problems)

    def _after_check(self, problems: list[str]) -> None:
        if not problems:  # a damaged file is not copied over the good backups
            self._timer.start()
            self._run_in_thread(self._backup)

    def _backup(self) -> None:
        try:
            store = open_store(self.path, write=False, create=False, check=False)
            try:
                made = maybe_backup(store, paths.backup_dir(self.path))
            finally:
                store.close()
        except (StoreError, OSError, sqlite3.Error) as e:
            _emit(self.backup_failed, str(e))
            return
        if made is not None:
            _emit(self.backed_up, str(made))

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
