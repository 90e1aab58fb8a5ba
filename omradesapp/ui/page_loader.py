"""Reads pages of entries as ops of a lane of their own, so a slow filter never freezes the window.

The lane is one thread with its own read-only connection (WAL lets it read beside the
desk's writes), so its queries run one at a time. A new list (filter or order)
interrupts the query still running for an older one, and reads that a newer list
overtook are skipped unread; the model, which numbers its requests, drops any stale
answer that still arrives. After the first page of a filter the lane also reads the row ids of every
matching entry (`indexed`), so that the list can then be scrolled end to end, a
million rows included, reading only the rows in view.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

from omradesapp.store.database import Store
from omradesapp.store.entries import (
    NEWEST_FIRST,
    EntryFilter,
    EntryOrder,
    ListKey,
    StoredEntry,
    list_entries,
    list_row_ids,
)
from omradesapp.store.opening import open_store
from omradesapp.ui.ops import Op

T = TypeVar("T")


class _Overtaken(Exception):
    """A newer request came in before this one was read (or while it was)."""


class PageLoader(QObject):
    """`loaded(request, page)`, `failed(request, message)` and `indexed(request, row ids)`
    arrive on the UI thread."""

    loaded = Signal(int, object)
    failed = Signal(int, str)
    indexed = Signal(int, object)  # request number, array of row ids in list order

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._lane = QThreadPool(self)
        self._lane.setMaxThreadCount(1)  # one connection, one query at a time
        self._store: Store | None = None  # opened and used only on the lane
        self._generation = 0  # counts first pages: a new filter or order starts a new one
        self._busy = False
        self._closed = False

    def request(
        self,
        number: int,
        entry_filter: EntryFilter,
        limit: int,
        after: ListKey | None,
        order: EntryOrder = NEWEST_FIRST,
    ) -> None:
        if after is None:  # a new list: whatever runs now answers what is no longer wanted
            self._interrupt()
            self._generation += 1
        seq = self._generation

        def read() -> list[tuple[ListKey, StoredEntry]]:
            return self._read(seq, lambda s: list_entries(s, entry_filter, limit, after, order))

        def then(page: list[tuple[ListKey, StoredEntry]]) -> None:
            self.loaded.emit(number, page)
            if after is None and seq == self._generation:
                self._index(seq, number, entry_filter, order)

        self._start(read, then, number)

    def _index(self, seq: int, number: int, entry_filter: EntryFilter, order: EntryOrder) -> None:
        def read() -> array:
            return self._read(seq, lambda s: list_row_ids(s, entry_filter, order))

        # Without the row ids the list still shows what was paged in: no message for that.
        self._start(read, lambda ids: self.indexed.emit(number, ids), number, quiet=True)

    def _start(
        self, read: Callable[[], T], then: Callable[[T], None], number: int, quiet: bool = False
    ) -> None:
        op = Op(read, pool=self._lane, owner=self)

        def failed(message: str) -> None:
            overtaken = isinstance(op.exception, _Overtaken)
            if not (overtaken or quiet or self._closed):
                self.failed.emit(number, message)

        op.start(then, failed)

    def _read(self, seq: int, query: Callable[[Store], T]) -> T:
        """Run `query(store)` on the lane for generation `seq`, unless a newer list overtook it."""
        while True:
            if seq != self._generation or self._closed:
                raise _Overtaken
            if self._store is None:
                self._store = open_store(self.path, write=False, create=False, check=False)
            self._busy = True
            try:
                return query(self._store)
            except sqlite3.OperationalError as e:
                if "interrupt" not in str(e):
                    raise
                # Interrupted for a newer request (or just too late for an older one): the
                # loop skips this one if a newer request is waiting, else asks again.
            finally:
                self._busy = False

    def _interrupt(self) -> None:
        if self._busy and self._store is not None:
            self._store.interrupt()

    def close(self) -> None:
        """Stop reading and close the connection (on the lane, once its query has ended)."""
        self._closed = True
        self._interrupt()
        Op(self._close_store, pool=self._lane).start()

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
