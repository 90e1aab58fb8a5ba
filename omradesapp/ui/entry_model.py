"""Entries as a lazily fetched table: one keyset page at a time, never a count of them all.

With a page loader the model also gets the row ids of every matching entry (8 bytes a
row, read off the UI thread); from then on it shows any row by reading just its page,
so a million entries scroll end to end with a small, bounded cache.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from omradesapp.domain import codes
from omradesapp.domain.entry import Entry
from omradesapp.store.entries import (
    EntryFilter,
    ListKey,
    StoredEntry,
    entries_at,
    list_entries,
)
from omradesapp.ui.desk import Desk
from omradesapp.ui.page_loader import PageLoader

PAGE = 100  # rows read at a time; a screenful is about 30
CACHED_PAGES = 50  # pages kept once the row ids are known (5 000 rows)
COLUMNS = (
    ("date", QT_TRANSLATE_NOOP("EntryModel", "Date")),
    ("time", QT_TRANSLATE_NOOP("EntryModel", "Time")),
    ("kind", QT_TRANSLATE_NOOP("EntryModel", "Kind")),
    ("what", QT_TRANSLATE_NOOP("EntryModel", "What")),
    ("people", QT_TRANSLATE_NOOP("EntryModel", "People")),
    ("minutes", QT_TRANSLATE_NOOP("EntryModel", "Minutes")),
    ("unit", QT_TRANSLATE_NOOP("EntryModel", "Unit")),
    ("worker", QT_TRANSLATE_NOOP("EntryModel", "Worker")),
    ("note", QT_TRANSLATE_NOOP("EntryModel", "Note")),
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}
ENTRY_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class EntryModel(QAbstractTableModel):
    """Newest first; `fetchMore` reads the next page after the last row's key."""

    loading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(
        self,
        desk: Desk,
        entry_filter: EntryFilter | None = None,
        loader: PageLoader | None = None,
    ) -> None:
        super().__init__(desk)
        self.desk = desk
        self._filter = entry_filter or EntryFilter()
        self._rows: list[StoredEntry] = []
        self._last: ListKey | None = None
        self._more = True
        self._ids: array | None = None  # row ids in list order, once the loader has them
        self._pages: OrderedDict[int, list[StoredEntry | None]] = OrderedDict()
        # With a loader, pages are read off the UI thread; `_request` numbers them so
        # that a page asked for under an older filter is dropped.
        self._loader = loader
        self._request = 0
        self._waiting = False
        if loader is not None:
            loader.loaded.connect(self._on_loaded)
            loader.indexed.connect(self._on_indexed)

    @property
    def loading(self) -> bool:
        return self._waiting

    @property
    def indexed(self) -> bool:
        """Whether every matching row is known (and the list can scroll to its end)."""
        return self._ids is not None

    # -- the filter -----------------------------------------------------
    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, entry_filter: EntryFilter) -> None:
        self._filter = entry_filter
        self.reload()

    def reload(self) -> None:
        """Start again from the newest entry (after a change or a new filter)."""
        self.beginResetModel()
        self._rows, self._last, self._more = [], None, True
        self._ids = None
        self._pages.clear()
        self._request += 1
        self._waiting = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    # -- lazy fetching --------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._waiting and self._ids is None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or self._waiting:
            return
        if self._loader is not None:
            self._waiting = True
            self._loader.request(self._request, self._filter, PAGE, self._last)
            self.loading_changed.emit(True)
            return
        self._append(list_entries(self.desk.store, self._filter, PAGE, self._last))

    def _on_loaded(self, request: int, page: object) -> None:
        if request != self._request or not self._waiting:
            return  # asked for under an older filter
        self._waiting = False
        if isinstance(page, Exception):
            self._more = False
            self.failed.emit(str(page))
        else:
            self._append(page)  # type: ignore[arg-type]
        self.loading_changed.emit(False)

    def _on_indexed(self, request: int, ids: object) -> None:
        if request != self._request or not isinstance(ids, array):
            return
        first = len(self._rows)
        if len(ids) >= first:
            if len(ids) > first:
                self.beginInsertRows(QModelIndex(), first, len(ids) - 1)
            self._ids, self._more = ids, False
            if len(ids) > first:
                self.endInsertRows()
        else:  # entries went away between the first page and the index: start from the index
            self.beginResetModel()
            self._rows, self._ids, self._more = [], ids, False
            self.endResetModel()

    def _stored(self, row: int) -> StoredEntry | None:
        if row < len(self._rows):
            return self._rows[row]
        assert self._ids is not None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:  # one indexed read of a hundred rows: a few milliseconds
            page = entries_at(self.desk.store, self._ids[number * PAGE : (number + 1) * PAGE])
            self._pages[number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row - number * PAGE]

    def _append(self, page: list[tuple[ListKey, StoredEntry]]) -> None:
        self._more = len(page) == PAGE
        if not page:
            return
        self._last = page[-1][0]
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(stored for _, stored in page)
        self.endInsertRows()

    # -- the table ------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return len(self._ids) if self._ids is not None else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EntryModel", COLUMNS[section][1])
        return None

    def entry_at(self, row: int) -> Entry:
        stored = self._stored(row)
        if stored is None:
            raise LookupError(f"row {row} is no longer stored")
        return stored.entry

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        stored = self._stored(index.row())
        if stored is None:
            return None
        entry = stored.entry
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("people", "minutes"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and key == "what":
            return self._text(entry, key)
        return None

    def _text(self, e: Entry, key: str) -> str:
        desk = self.desk
        if key == "date":
            return e.date.isoformat()
        if key == "time":
            return e.time or ""
        if key == "kind":
            return desk.label(codes.KINDS, e.kind)
        if key == "what":
            return describe(desk, e)
        if key == "people":
            return desk.locale.toString(e.people) if e.kind in codes.PEOPLE_KINDS else ""
        if key == "minutes":
            return "" if e.minutes is None else desk.locale.toString(e.minutes)
        if key == "unit":
            return desk.unit_name(e.unit_id)
        if key == "worker":
            return desk.worker_name(e.worker_id)
        return e.note or ""


def describe(desk: Desk, e: Entry) -> str:
    """The entry's codes in words: its main code first, then topics and partners."""
    parts: list[str] = []
    for f in codes.CODED_FIELDS:
        value = getattr(e, f.name)
        values = value if f.multi else ((value,) if value else ())
        parts.extend(desk.label(f.codes, v) for v in values)
    return ", ".join(parts)
