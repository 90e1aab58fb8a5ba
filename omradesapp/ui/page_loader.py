"""Reads pages of entries on a thread of its own, so that a slow filter never freezes the window.

It has its own read-only connection (WAL lets it read beside the desk's writes). A new
request interrupts the query still running for an older one; stale pages are dropped
by the model, which numbers its requests. After the first page of a filter it also
reads the row ids of every matching entry (`indexed`), so that the list can then be
scrolled end to end, a million rows included, reading only the rows in view.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from omradesapp.store.database import Store, open_store
from omradesapp.store.entries import EntryFilter, ListKey, list_entries, list_row_ids

_STOP = object()


class PageLoader(QObject):
    """`loaded(request, page)` arrives on the UI thread; page is a list or an Exception."""

    loaded = Signal(int, object)
    indexed = Signal(int, object)  # request number, array of row ids in list order

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._queue: queue.Queue = queue.Queue()
        self._store: Store | None = None
        self._busy = False
        self._thread = threading.Thread(target=self._serve, name="entry-pages", daemon=True)
        self._thread.start()

    def request(
        self, number: int, entry_filter: EntryFilter, limit: int, after: ListKey | None
    ) -> None:
        if self._busy and self._store is not None:
            self._store.interrupt()  # its answer would be dropped anyway
        self._queue.put((number, entry_filter, limit, after))

    def _index(self, number: int, entry_filter: EntryFilter) -> None:
        assert self._store is not None
        try:
            ids = list_row_ids(self._store, entry_filter)
        except sqlite3.OperationalError:  # interrupted by a newer request: it indexes itself
            return
        self.indexed.emit(number, ids)

    def close(self) -> None:
        if self._busy and self._store is not None:
            self._store.interrupt()
        self._queue.put(_STOP)

    def _serve(self) -> None:
        while True:
            jobs = [self._queue.get()]
            while not self._queue.empty():
                jobs.append(self._queue.get())
            if any(job is _STOP for job in jobs):
                break
            number, entry_filter, limit, after = jobs[-1]  # only the newest request matters
            self._busy = True
            while True:
                try:
                    if self._store is None:
                        self._store = open_store(self.path, write=False, create=False, check=False)
                    page: object = list_entries(self._store, entry_filter, limit, after)
                except sqlite3.OperationalError as e:
                    if "interrupt" in str(e) and self._queue.empty():
                        continue  # meant for the request before this one: ask again
                    page = e
                except Exception as e:  # noqa: BLE001 - handed to the UI thread, not lost here
                    page = e
                break
            self.loaded.emit(number, page)
            if after is None and not isinstance(page, Exception) and self._queue.empty():
                self._index(number, entry_filter)
            self._busy = False
        if self._store is not None:
            self._store.close()
