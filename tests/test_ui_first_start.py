"""First start asks for unit and worker once, then never again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import type_text

from omradesapp.store import org
from omradesapp.ui.desk import Desk
from omradesapp.ui.first_start import FirstStartDialog, ensure_configured


def test_first_start_creates_the_worker_and_remembers_the_desk(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(store)
    assert not desk.configured
    dialog = FirstStartDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.unit.setCurrentIndex(dialog.unit.findText("Ryd"))
    dialog.worker.setFocus()
    type_text(dialog.worker, "ÅS")
    qtbot.keyClick(dialog.worker, Qt.Key.Key_Return)
    assert dialog.result() == FirstStartDialog.DialogCode.Accepted
    assert Desk(store).configured
    worker = org.worker_by_name(store, "ÅS")
    assert worker is not None
    assert desk.worker_id == worker.id
    assert desk.unit_name(desk.unit_id) == "Ryd"
    assert ensure_configured(Desk(store)) is True  # asked no more


def test_first_start_without_initials_says_so(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(store)
    dialog = FirstStartDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.unit.setCurrentIndex(dialog.unit.findText("Ryd"))
    qtbot.keyClick(dialog.worker, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert not desk.configured
    assert org.list_workers(store) == []


def test_first_start_preselects_no_unit_and_refuses_none(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(store)
    dialog = FirstStartDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.unit.currentData() is None
    assert dialog.focusWidget() is dialog.unit
    dialog.worker.setFocus()
    qtbot.keyClicks(dialog.worker, "AB")
    qtbot.keyClick(dialog.worker, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text()
    assert dialog.focusWidget() is dialog.unit
    assert not desk.configured
    assert org.list_workers(store) == []


def test_first_start_fields_are_not_squashed(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstStartDialog(Desk(store))
    qtbot.addWidget(dialog)
    dialog.show()
    longest = max((u.name for u in org.list_units(store)), key=len)
    assert dialog.unit.width() >= dialog.unit.fontMetrics().horizontalAdvance(longest)
    assert dialog.worker.width() >= dialog.worker.fontMetrics().horizontalAdvance("x" * 20)
