"""A checkable list for multi-select codes: arrows move, Space ticks, typing finds; and the
same list under a search line that narrows it as you type (for long lists of codes)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

CODE_ROLE = Qt.ItemDataRole.UserRole


class _RoomyRows(QStyledItemDelegate):
    """Rows a little taller than the font's line, so that Å, Ä and Ö keep their dots."""

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 3)


class CheckList(QListWidget):
    """Codes with tick boxes. Typing a label's first letters moves to it (keyboardSearch)."""

    checked_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setUniformItemSizes(True)
        self.setItemDelegate(_RoomyRows(self))
        self.itemChanged.connect(lambda _item: self.checked_changed.emit())

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        keep = set(self.checked())
        self.blockSignals(True)
        self.clear()
        for code, label in items:
            item = QListWidgetItem(label, self)
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in keep else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        if self.count():
            # Current (for the keyboard) without looking selected, which would read as ticked.
            self.selectionModel().setCurrentIndex(
                self.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def checked(self) -> tuple[str, ...]:
        return tuple(
            self.item(i).data(CODE_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(CODE_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def toggle_current(self) -> None:
        item = self.currentItem()
        if item is not None:
            on = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_current()
            event.accept()
            return
        super().keyPressEvent(event)

    def narrow(self, text: str) -> None:
        """Show only the rows whose label contains `text` (any case); ticks are kept."""
        wanted = text.strip().casefold()
        first: QListWidgetItem | None = None
        for i in range(self.count()):
            item = self.item(i)
            hidden = wanted not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.selectionModel().setCurrentIndex(
                self.indexFromItem(first), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def shown_labels(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count()) if not self.item(i).isHidden()]


class SearchableCheckList(QWidget):
    """A search line above a CheckList: typing narrows the list, Down moves into it."""

    checked_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type to narrow the list"))
        self.list = CheckList()
        self.search.textChanged.connect(self.list.narrow)
        self.list.checked_changed.connect(self.checked_changed)
        self.setFocusProxy(self.search)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.search)
        box.addWidget(self.list, 1)
        self.search.installEventFilter(self)

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        self.list.set_items(items)
        self.list.narrow(self.search.text())

    def checked(self) -> tuple[str, ...]:
        return self.list.checked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus()
            return True
        return super().eventFilter(watched, event)
