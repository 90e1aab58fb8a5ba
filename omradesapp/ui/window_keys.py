"""The window's shortcuts work wherever the cursor is, also in a text field.

A line edit claims some keys for itself when a shortcut would want them (Ctrl+E moves
to the end of the line on Linux, Ctrl+Z undoes typing even in an empty field), so
without this Ctrl+E did nothing with the cursor in a field - and after saving it
always is in one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget


def _field_can(watched: QObject, event: QKeyEvent) -> bool:
    """Ctrl+Z / Ctrl+Shift+Z stay with a field that has typing of its own to undo or redo."""
    if not isinstance(watched, QLineEdit):
        return False
    if event.matches(QKeySequence.StandardKey.Undo):
        return watched.isUndoAvailable()
    if event.matches(QKeySequence.StandardKey.Redo):
        return watched.isRedoAvailable()
    return False


class WindowShortcuts(QObject):
    """Lets `window`'s action shortcuts win over the field that has the focus.

    It watches only the widget with the focus (ShortcutOverride goes there): a filter on
    the whole application would run Python for every event of every object, and wrapping
    those objects for Python made the window take four times as long to show.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if new is not None and new.window() is self._window:
            new.installEventFilter(self)

    def _is_ours(self, keys: QKeySequence) -> bool:
        return any(
            action.isEnabled()
            and action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
            and keys in action.shortcuts()
            for action in self._window.findChildren(QAction)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() != QEvent.Type.ShortcutOverride
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QWidget)
            or watched.window() is not self._window
            or _field_can(watched, event)
        ):
            return False
        if self._is_ours(QKeySequence(event.keyCombination())):
            event.ignore()  # not the field's: the shortcut goes to the window's action
            return True
        return False
