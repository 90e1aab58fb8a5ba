"""The database's quick check, run off the UI thread once the window is up."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from omradesapp.store.database import StoreError, open_store


class QuickCheck(QObject):
    """Emits `finished(problems)` on the UI thread; an empty list means the file is sound."""

    finished = Signal(list)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        # Its own read-only connection: the window's connection stays free meanwhile.
        try:
            store = open_store(self.path, write=False, create=False, check=False)
            try:
                problems = store.quick_check()
            finally:
                store.close()
        except (StoreError, OSError) as e:
            problems = [str(e)]
        except Exception as e:  # noqa: BLE001 - sqlite3.DatabaseError and friends
            problems = [str(e)]
        self.finished.emit(problems)

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
