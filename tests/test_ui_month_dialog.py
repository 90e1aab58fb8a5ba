"""Closing a month for every unit at once, by keyboard, and reaching the dialog from Reports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_support import configure, open_window, shortcut

from omradesapp.store.database import Store
from omradesapp.store.months import closed_units, reopen_month
from omradesapp.store.org import list_units
from omradesapp.ui.month_dialog import MonthDialog


@pytest.fixture
def dialog(qtbot, store: Store) -> MonthDialog:  # type: ignore[no-untyped-def]
    d = MonthDialog(store, "chef")
    qtbot.addWidget(d)
    d.set_month("2026-10")
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    return d


def test_all_units_closed_at_once_by_keyboard(qtbot, store: Store, dialog: MonthDialog) -> None:  # type: ignore[no-untyped-def]
    every = {u.id for u in list_units(store)}
    shortcut(qtbot, dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # A&ll units
    qtbot.waitUntil(dialog.all_units.isChecked)  # a mnemonic clicks as an animated click
    assert len(dialog.units.checked()) == len(every)
    shortcut(qtbot, dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Close month
    qtbot.waitUntil(lambda: closed_units(store, "2026-10") == every)
    assert (
        dialog.status.text()
        == "oktober 2026 closed for " + ", ".join(u.name for u in list_units(store)) + "."
    )
    shortcut(qtbot, dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.status.text() == "oktober 2026 was already closed.")


def test_the_all_box_follows_the_list(qtbot, store: Store, dialog: MonthDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.all_units.click()
    dialog.units.setFocus()
    QTest.keyClick(dialog.units, Qt.Key.Key_Space)  # untick the first unit
    assert dialog.all_units.checkState() == Qt.CheckState.PartiallyChecked
    dialog.all_units.click()  # from partly: all again
    assert dialog.all_units.checkState() == Qt.CheckState.Checked
    dialog.all_units.click()
    assert dialog.units.checked() == () and not dialog.all_units.isChecked()


def test_reopen_for_all_units_names_them(qtbot, store: Store, dialog: MonthDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.all_units.click()
    dialog.close_selected()
    dialog.reason.setText("Sen rättelse")
    dialog.reopen_selected()
    assert closed_units(store, "2026-10") == set()
    assert dialog.status.text().startswith("oktober 2026 reopened for Berga, ")
    assert reopen_month(store, "2026-10", [1], "chef", "igen") == []  # nothing left closed


def test_the_reports_page_opens_the_month_dialog(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    configure(store)
    window = open_window(qtbot, store)
    opened: list[MonthDialog] = []
    monkeypatch.setattr(MonthDialog, "exec", lambda d: opened.append(d) or 0)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # the Reports page
    reports = window.current_page()
    assert reports.month_button.text() == "Mo&nth close…"
    reports.month_button.click()
    assert len(opened) == 1
