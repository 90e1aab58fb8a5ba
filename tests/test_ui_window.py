"""The main window: pages by shortcut, another page in one call, the audit log follows saves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_support import configure, enter, open_window, shortcut


def test_pages_open_by_keyboard_and_the_audit_log_follows(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    configure(store)
    window = open_window(qtbot, store)
    shortcut(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is window.audit
    before = window.audit.model.rowCount()
    shortcut(qtbot, window, Qt.Key.Key_1)  # a visit: back on the desk
    assert window.current_page() is window.log_page
    enter(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert window.audit.model.rowCount() == before + 1
    shortcut(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert type(window.current_page()).__name__ == "ReportsView"


def test_another_page_is_one_call(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    configure(store)
    window = open_window(qtbot, store)
    page = QLabel("Sida")
    window.add_page("Extra", page, "Alt+7")
    shortcut(qtbot, window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is page
    assert "Extra" in [a.text() for a in window.go_menu.actions()]
