"""The list of all entries: filters, lazy fetching, edit from the list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from ui_support import configure, open_window, type_text

from omradesapp import demo
from omradesapp.domain.entry import Entry
from omradesapp.store import entries
from omradesapp.ui.entry_model import CACHED_PAGES, PAGE


@pytest.fixture
def window(qtbot, store):  # type: ignore[no-untyped-def]
    configure(store)
    demo.populate(store, dt.date(2026, 9, 1), dt.date(2026, 10, 31), per_unit_month=30, seed=3)
    w = open_window(qtbot, store)
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert w.current_page() is w.entries
    return w


def settled(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    """Wait for the page being read off the UI thread."""
    qtbot.waitUntil(lambda: not view.model.loading)


def shown(qtbot, view) -> list[Entry]:  # type: ignore[no-untyped-def]
    """Every entry the list holds, once the row ids of all of them have arrived."""
    model = view.model
    qtbot.waitUntil(lambda: not model.loading and model.indexed)
    return [model.entry_at(r) for r in range(model.rowCount())]


def test_the_first_page_then_every_entry_to_the_end(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    model = window.entries.model
    total = entries.count_entries(store, entries.EntryFilter())
    assert total > 3 * PAGE
    qtbot.waitUntil(lambda: model.rowCount() == total)  # row ids arrive off the UI thread
    assert not model.canFetchMore()
    window.entries.table.scrollToBottom()
    oldest = min(e.date for e in shown(qtbot, window.entries))
    assert model.entry_at(total - 1).date == oldest
    dates = [model.entry_at(r).date for r in range(total)]
    assert dates == sorted(dates, reverse=True)
    assert len(model._pages) <= CACHED_PAGES  # only pages in view are kept


def test_filter_by_kind_unit_and_period(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    view = window.entries
    view.kind.setCurrentIndex(view.kind.findData("meeting"))
    view.unit.setCurrentIndex(2)
    view.date_from.setFocus()
    qtbot.keyClicks(view.date_from, "2026-10-01")
    qtbot.keyClick(view.date_from, Qt.Key.Key_Return)
    rows = shown(qtbot, view)
    assert rows
    unit_id = view.unit.currentData()
    assert all(e.kind == "meeting" and e.unit_id == unit_id for e in rows)
    assert all(e.date >= dt.date(2026, 10, 1) for e in rows)
    assert view.model.index(0, 2).data() == "Samverkansmöte"


def test_filter_by_code_and_note_text(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    desk = window.desk
    entries.add_entry(
        store,
        Entry("visit", dt.date(2026, 10, 7), desk.unit_id, desk.worker_id,
              topics=("housing",), note="Frågade om bostadsbidrag"),
        "test",
    )  # fmt: skip
    view = window.entries
    view.code.setCurrentIndex(view.code.findData("topics:housing"))
    assert all("housing" in e.topics for e in shown(qtbot, view))
    view.text.setFocus()
    type_text(view.text, "bostadsbidrag")
    qtbot.keyClick(view.text, Qt.Key.Key_Return)
    [e] = shown(qtbot, view)
    assert e.note == "Frågade om bostadsbidrag"
    assert view.model.index(0, 8).data() == "Frågade om bostadsbidrag"


def test_a_bad_date_in_the_filter_is_named(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.entries
    settled(qtbot, view)
    before = view.model.rowCount()
    view.date_to.setFocus()
    qtbot.keyClicks(view.date_to, "2026-13-01")
    qtbot.keyClick(view.date_to, Qt.Key.Key_Return)
    assert view.error.isVisible()
    assert "2026-13-01" in view.error.text()
    assert view.model.rowCount() == before


def test_edit_from_the_list_opens_the_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    table = window.entries.table
    settled(qtbot, window.entries)
    table.setFocus()
    table.selectRow(3)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.log_page
    assert window.log_page.form.editing == window.entries.model.entry_at(3)
