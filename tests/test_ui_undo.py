"""Editing and deleting from this week's list, and undoing every step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from ui_support import configure, enter, open_window, shortcut

from omradesapp.domain.entry import Entry
from omradesapp.store import entries
from omradesapp.store.entries import EntryFilter


def live(store) -> list[Entry]:  # type: ignore[no-untyped-def]
    return [s.entry for _, s in entries.list_entries(store, EntryFilter(), 1000)]


@pytest.fixture
def window(qtbot, store):  # type: ignore[no-untyped-def]
    configure(store)
    w = open_window(qtbot, store)
    entries.add_entry(
        store,
        Entry("visit", dt.date.today(), w.desk.unit_id, w.desk.worker_id, adults=1,
              note="Kom in med frågor"),
        "test",
    )  # fmt: skip
    w.desk.entries_changed.emit()
    return w


def _select_first(qtbot, window):  # type: ignore[no-untyped-def]
    table = window.log_page.recent.table
    table.setFocus()
    table.selectRow(0)
    return table


def test_edit_from_the_list_then_undo_and_redo(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    table = _select_first(qtbot, window)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    form = window.log_page.form
    assert form.editing is not None
    assert form.numbers["adults"].text() == "1"
    form.numbers["adults"].setFocus()
    form.numbers["adults"].selectAll()
    qtbot.keyClicks(form.numbers["adults"], "3")
    enter(qtbot, window)
    [e] = live(store)
    assert e.adults == 3
    assert e.note == "Kom in med frågor"
    assert window.log_page.recent.model.index(0, 4).data() == "3"
    window.undo_action.trigger()
    assert live(store)[0].adults == 1
    assert window.log_page.recent.model.index(0, 4).data() == "1"
    window.redo_action.trigger()
    assert live(store)[0].adults == 3


def test_delete_then_undo_brings_it_back_with_its_note(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    table = _select_first(qtbot, window)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert live(store) == []
    assert window.log_page.recent.model.rowCount() == 0
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    shortcut(qtbot, window, Qt.Key.Key_Z)
    [e] = live(store)
    assert e.note == "Kom in med frågor"
    assert window.log_page.recent.model.rowCount() == 1
    # Undone: the status bar says so and no longer offers to undo the deletion.
    assert "Ctrl+Z" not in window.statusBar().currentMessage()
    assert window.desk.undo_stack.redoText() in window.statusBar().currentMessage()


def test_undo_of_a_new_entry_deletes_it(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, Qt.Key.Key_1)
    enter(qtbot, window)
    assert len(live(store)) == 2
    window.log_page.recent.table.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert len(live(store)) == 1
    window.redo_action.trigger()
    assert len(live(store)) == 2


def test_edit_and_delete_from_the_right_click_menu(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    table = _select_first(qtbot, window)
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    edit, delete = table.actions()
    edit.trigger()
    assert window.log_page.form.editing is not None
    delete.trigger()
    assert live(store) == []


def test_ctrl_z_right_after_saving_undoes_the_entry(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    before = len(live(store))
    shortcut(qtbot, window, Qt.Key.Key_1)
    enter(qtbot, window)
    assert len(live(store)) == before + 1
    shortcut(qtbot, window, Qt.Key.Key_Z)  # focus is back in the fresh form
    assert len(live(store)) == before


def test_a_refused_undo_clears_the_history_instead_of_replaying_old_versions(
    qtbot, store, window
) -> None:  # type: ignore[no-untyped-def]
    from omradesapp.store.months import close_month, reopen_month
    from omradesapp.ui import entry_actions

    e = entry_actions.add(
        window.desk, Entry("visit", dt.date.today(), window.desk.unit_id, adults=1)
    )
    entry_actions.edit(window.desk, e.with_changes(adults=4))
    month = f"{dt.date.today():%Y-%m}"
    close_month(store, month, [window.desk.unit_id], "chef")
    window.undo_action.trigger()  # refused: the month is closed
    qtbot.waitUntil(lambda: window.desk.undo_stack.count() == 0)
    reopen_month(store, month, [window.desk.unit_id], "chef")
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert entries.get_entry(store, e.id).entry.adults == 4  # the saved edit stands


def test_editing_an_entry_of_a_worker_who_left_keeps_that_worker(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    from omradesapp.store import org

    left = org.save_worker(store, org.Worker(0, "CD", window.desk.unit_id, False), "test")
    [e] = live(store)
    entries.update_entry(store, e.with_changes(worker_id=left.id), "test")
    window.desk.reload_org()
    window.desk.entries_changed.emit()
    window.log_page.edit(live(store)[0])
    form = window.log_page.form
    assert form.worker.currentText() == "CD"
    form.numbers["adults"].setText("3")
    form.submit()
    [saved] = live(store)
    assert (saved.adults, saved.worker_id) == (3, left.id)
