"""Closing a month for every unit at once, by keyboard, and reaching the dialog from Reports;
the known desks and how far their data reach, and a close that asks while one is behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from desk_helpers import desk_db, send
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from ui_support import configure, open_window, shortcut

from omradesapp.store.audit import read_audit
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


@pytest.fixture
def desks_sent(store: Store, template_db: Path, tmp_path: Path) -> Store:
    """Desk A (Berga) sent October whole; desk B (Ryd) only up to 30 September."""
    a = desk_db(template_db, tmp_path / "desks", "AB", "Berga")
    b = desk_db(template_db, tmp_path / "desks", "CD", "Ryd")
    send(store, a, "Berga", "2026-10-01", "2026-10-31", tmp_path)
    send(store, b, "Ryd", "2026-09-01", "2026-09-30", tmp_path)
    return store


def test_the_close_view_shows_desk_b_behind(qtbot, desks_sent: Store) -> None:  # type: ignore[no-untyped-def]
    d = MonthDialog(desks_sent, "chef")
    qtbot.addWidget(d)
    d.set_month("2026-10")
    assert d.desk_rows() == [
        ("AB, Berga", "31 oktober 2026", "complete"),
        ("CD, Ryd", "30 september 2026", "behind"),
    ]
    assert d.desks.item(1, 2).font().bold() and not d.desks.item(0, 2).font().bold()
    d.set_month("2026-09")  # B's data reach the end of September
    assert [row[2] for row in d.desk_rows()] == ["complete", "complete"]


def test_closing_while_a_desk_is_behind_asks_first(qtbot, desks_sent: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d = MonthDialog(desks_sent, "chef")
    qtbot.addWidget(d)
    d.set_month("2026-10")
    d.all_units.click()
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    d.close_selected()
    assert closed_units(desks_sent, "2026-10") == set()
    assert "CD, Ryd: 30 september 2026" in asked[0] and "AB, Berga" not in asked[0]
    assert d.status.text() == "The month was not closed."
    answer = QMessageBox.StandardButton.Yes
    d.close_selected()
    assert len(closed_units(desks_sent, "2026-10")) == len(list_units(desks_sent))
    assert read_audit(desks_sent, 1)[0].details["behind"] == "CD, Ryd"


def test_closing_only_units_whose_desks_are_complete_asks_nothing(
    qtbot, desks_sent: Store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    d = MonthDialog(desks_sent, "chef")
    qtbot.addWidget(d)
    d.set_month("2026-10")
    berga = [u.id for u in list_units(desks_sent) if u.name == "Berga"]
    d.units.set_checked([str(berga[0])])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    d.close_selected()
    assert closed_units(desks_sent, "2026-10") == set(berga)
