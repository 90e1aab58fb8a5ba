"""A menu filled when it first opens, while its items' shortcuts work from the start."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget


class LazyMenu:
    """Actions go to the window at once (their shortcuts) and into the menu on `aboutToShow`."""

    def __init__(self, menu: QMenu, window: QWidget) -> None:
        self.menu = menu
        self._window = window
        self._items: list[QAction | None] = []  # None is a separator
        self._end = 0  # add_before_end inserts here: above the closing items (Quit)
        menu.aboutToShow.connect(self._fill)

    def add(self, action: QAction, owner: QWidget | None = None) -> QAction:
        """`owner` (default: the window) is where the shortcut works; see Qt.ShortcutContext."""
        (owner or self._window).addAction(action)
        self._items.append(action)
        return action

    def add_separator(self) -> None:
        self._items.append(None)

    def mark_end(self) -> None:
        """Later `add_before_end` calls go here, above what is added after this."""
        self._end = len(self._items)

    def add_before_end(self, action: QAction) -> QAction:
        self._window.addAction(action)
        self._items.insert(self._end, action)
        self._end += 1
        return action

    def actions(self) -> list[QAction]:
        return [a for a in self._items if a is not None]

    def _fill(self) -> None:
        if not self.menu.isEmpty():
            return
        for item in self._items:
            if item is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(item)
