"""Helpers for the desk's UI tests: a configured desk window, typing, reading what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from omradesapp.domain.entry import Entry
from omradesapp.store import entries, org
from omradesapp.store.database import Store
from omradesapp.store.entries import EntryFilter
from omradesapp.ui import i18n
from omradesapp.ui.desk import Desk
from omradesapp.ui.main_window import MainWindow
from omradesapp.ui.reports_view import ReportsView


def all_entries(store: Store) -> list[Entry]:
    return [s.entry for _, s in entries.list_entries(store, EntryFilter(), 1000)]


def configure(store: Store, initials: str = "AB") -> tuple[org.Unit, org.Worker]:
    unit = org.list_units(store)[0]
    worker = org.save_worker(store, org.Worker(0, initials, unit.id, True), "test")
    desk = Desk(store)
    desk.set_me(unit.id, worker.id)
    return unit, worker


def open_window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    i18n.use_swedish_locale()  # as the app does at start
    desk = Desk(store)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, åäö included, one key event per character."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def shortcut(qtbot, window: QWidget, key: Qt.Key, mods=Qt.KeyboardModifier.ControlModifier):  # type: ignore[no-untyped-def]
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, mods)


def enter(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)


def open_reports_view(qtbot, store: Store) -> ReportsView:  # type: ignore[no-untyped-def]
    """The reports page on its own, shown at a size that fits its preview."""
    view = ReportsView(store)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    qtbot.waitExposed(view)
    return view
