"""Entries as a lazily fetched table: one keyset page at a time, never a count of them all.

With a page loader the model also gets the row ids of every matching entry (8 bytes a
row, read off the UI thread); from then on it shows any row by reading just its page,
so a million entries scroll end to end with a small, bounded cache. Each row's texts
are formatted once, when first shown, and kept with its page. A scrolling view asks
for some 1 750 roles a step, most of which the model does not serve: painting asks
through `multiData` (one call a cell, not one a role), and `data()` answers an unserved
role without looking the row up.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from omradesapp.domain import codes
from omradesapp.domain.entry import Entry
from omradesapp.store.entries import (
    NEWEST_FIRST,
    EntryFilter,
    EntryOrder,
    ListKey,
    StoredEntry,
    entries_at,
    list_entries,
)
from omradesapp.ui.desk import Desk
from omradesapp.ui.page_loader import PageLoader

PAGE = 100  # rows paged in at a time before the row ids are known; a screenful is about 30
# Once they are known, rows are read by id in smaller pages: a scroll bar dragged over a
# million rows lands on a new page at every step, and a screenful is all it shows.
ID_PAGE = 25
CACHED_PAGES = 80  # pages kept, formatted (2 000 rows)
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
SORTABLE = ("date", "kind", "unit", "worker", "minutes")  # sorted by SQL (store/entries.py)
ENTRY_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMBERS = (COLUMN["people"], COLUMN["minutes"])
_WHAT = COLUMN["what"]


class Row:
    """A stored entry and, once shown, its texts column by column."""

    __slots__ = ("stored", "texts")

    def __init__(self, stored: StoredEntry) -> None:
        self.stored = stored
        self.texts: tuple[str, ...] | None = None


class EntryModel(QAbstractTableModel):
    """Newest first unless sorted; `fetchMore` reads the next page after the last row's key."""

    loading_changed = Signal(bool)
    failed = Signal(str)
    counted = Signal(int)  # every matching row is known: how many there are

    def __init__(
        self,
        desk: Desk,
        entry_filter: EntryFilter | None = None,
        loader: PageLoader | None = None,
    ) -> None:
        super().__init__(desk)
        self.desk = desk
        self._filter = entry_filter or EntryFilter()
        self._order = NEWEST_FIRST
        self._rows: list[Row] = []
        self._last: ListKey | None = None
        self._more = True
        self._ids: array | None = None  # row ids in list order, once the loader has them
        self._pages: OrderedDict[int, list[Row | None]] = OrderedDict()
        # With a loader, pages are read off the UI thread; `_request` numbers them so
        # that a page asked for under an older filter is dropped.
        self._loader = loader
        self._request = 0
        self._waiting = False
        if loader is not None:
            loader.loaded.connect(self._on_loaded)
            loader.failed.connect(self._on_failed)
            loader.indexed.connect(self._on_indexed)
        desk.org_changed.connect(self._relabel)

    @property
    def loading(self) -> bool:
        return self._waiting

    @property
    def indexed(self) -> bool:
        """Whether every matching row is known (and the list can scroll to its end)."""
        return self._ids is not None

    # -- the filter and the order ---------------------------------------
    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, entry_filter: EntryFilter) -> None:
        self._filter = entry_filter
        self.reload()

    @property
    def order(self) -> EntryOrder:
        return self._order

    def set_order(self, order: EntryOrder) -> None:
        self._order = order
        self.reload()

    def reload(self) -> None:
        """Start again from the first row (after a change, a new filter or a new order)."""
        self.beginResetModel()
        self._rows, self._last, self._more = [], None, True
        self._ids = None
        self._pages.clear()
        self._request += 1
        self._waiting = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def _relabel(self) -> None:
        """Names or labels changed: format the rows again when next shown."""
        for row in self._rows:
            row.texts = None
        self._pages.clear()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            )

    # -- lazy fetching --------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._waiting and self._ids is None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or self._waiting:
            return
        if self._loader is not None:
            self._waiting = True
            self._loader.request(self._request, self._filter, PAGE, self._last, self._order)
            self.loading_changed.emit(True)
            return
        self._append(list_entries(self.desk.store, self._filter, PAGE, self._last, self._order))

    def _on_loaded(self, request: int, page: list[tuple[ListKey, StoredEntry]]) -> None:
        if request != self._request or not self._waiting:
            return  # asked for under an older filter
        self._waiting = False
        self._append(page)
        self.loading_changed.emit(False)

    def _on_failed(self, request: int, message: str) -> None:
        if request != self._request or not self._waiting:
            return
        self._waiting = False
        self._more = False
        self.failed.emit(message)
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
        self.counted.emit(len(ids))

    def _row(self, row: int) -> Row | None:
        if row < len(self._rows):
            return self._rows[row]
        assert self._ids is not None
        number = row // ID_PAGE
        page = self._pages.get(number)
        if page is None:  # one indexed read of 25 rows: a few milliseconds
            ids = self._ids[number * ID_PAGE : (number + 1) * ID_PAGE]
            page = [None if s is None else Row(s) for s in entries_at(self.desk.store, ids)]
            self._pages[number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row - number * ID_PAGE]

    def _append(self, page: list[tuple[ListKey, StoredEntry]]) -> None:
        # Another order than newest first is read past its first page by row ids only.
        self._more = len(page) == PAGE and self._order == NEWEST_FIRST
        if not page:
            return
        self._last = page[-1][0]
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(Row(stored) for _, stored in page)
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
            return QCoreApplication.translate("EntryModel", str(COLUMNS[section][1]))
        return None

    def entry_at(self, row: int) -> Entry:
        found = self._row(row)
        if found is None:
            raise LookupError(f"row {row} is no longer stored")
        return found.stored.entry

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # The role and column first: most calls are for roles not served here, and
        # those must cost nothing (no row looked up).
        if role == _DISPLAY or (role == _TIP and index.column() == _WHAT):
            found = self._row(index.row()) if index.isValid() else None
            if found is None:
                return None
            if found.texts is None:
                found.texts = self._texts(found.stored.entry)
            return found.texts[index.column()]
        if role == _ALIGN:
            return _RIGHT if index.column() in _NUMBERS else None
        if role == ENTRY_ROLE and index.isValid():
            found = self._row(index.row())
            return None if found is None else found.stored.entry
        return None

    def multiData(  # noqa: N802
        self, index: _Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData
    ) -> None:
        """What a painted cell asks for, all roles in one call instead of one call each."""
        column = index.column()
        texts: tuple[str, ...] | None = None
        asked = (
            (roleDataSpan,)
            if isinstance(roleDataSpan, QModelRoleData)
            else cast(Iterable[QModelRoleData], roleDataSpan)  # the stubs miss its __iter__
        )
        for role_data in asked:
            role_data.clearData()  # the view reuses its span from cell to cell
            role = role_data.role()
            if role == _DISPLAY or (role == _TIP and column == _WHAT):
                if texts is None:
                    found = self._row(index.row())
                    if found is None:
                        return
                    if found.texts is None:
                        found.texts = self._texts(found.stored.entry)
                    texts = found.texts
                role_data.setData(texts[column])
            elif role == _ALIGN and column in _NUMBERS:
                role_data.setData(_RIGHT)

    def _texts(self, e: Entry) -> tuple[str, ...]:
        desk = self.desk
        return (
            e.date.isoformat(),
            e.time or "",
            desk.label(codes.KINDS, e.kind),
            describe(desk, e),
            desk.locale.toString(e.people) if e.kind in codes.PEOPLE_KINDS else "",
            "" if e.minutes is None else desk.locale.toString(e.minutes),
            desk.unit_name(e.unit_id),
            desk.worker_name(e.worker_id),
            e.note or "",
        )


def describe(desk: Desk, e: Entry) -> str:
    """The entry's codes in words: its main code first, then topics and partners."""
    parts: list[str] = []
    for f in codes.CODED_FIELDS:
        value = getattr(e, f.name)
        values = value if f.multi else ((value,) if value else ())
        parts.extend(desk.label(f.codes, v) for v in values)
    return ", ".join(parts)
