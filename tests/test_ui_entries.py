"""The list of all entries: filters, lazy fetching, edit from the list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, QPoint, Qt
from ui_support import configure, open_window, type_text

from omradesapp import demo
from omradesapp.domain.entry import Entry
from omradesapp.store import entries, org
from omradesapp.ui.entry_model import CACHED_PAGES, COLUMN, PAGE


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
    view.codes.list.set_checked(["topics:housing"])
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


def click_header(qtbot, view, key: str) -> None:  # type: ignore[no-untyped-def]
    header = view.table.horizontalHeader()
    section = COLUMN[key]
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_typing_narrows_the_code_list_and_space_ticks_a_code(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    view = window.entries
    every = view.codes.list.count()
    assert every > 80
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert view.codes.search.hasFocus()  # Alt+C: the code search line
    qtbot.keyClicks(view.codes.search, "boende")
    assert view.codes.list.shown_labels() == ["Topics: Boende"]
    qtbot.keyClick(view.codes.search, Qt.Key.Key_Down)
    assert view.codes.list.hasFocus()
    qtbot.keyClick(view.codes.list, Qt.Key.Key_Space)
    assert view.codes.checked() == ("topics:housing",)
    assert view.model.entry_filter.codes == (("topics", "housing"),)
    rows = shown(qtbot, view)
    expected = entries.count_entries(store, entries.EntryFilter(codes=(("topics", "housing"),)))
    assert rows and len(rows) == expected
    assert all("housing" in e.topics for e in rows)
    view.codes.search.clear()  # the whole list again, the tick kept
    assert view.codes.list.count() == every and len(view.codes.list.shown_labels()) == every
    assert view.codes.checked() == ("topics:housing",)


def test_two_codes_show_entries_with_either(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    view = window.entries
    view.codes.list.set_checked(["topics:housing", "partners:bvc"])
    assert len(view.model.entry_filter.codes) == 2
    rows = shown(qtbot, view)
    assert rows and all("housing" in e.topics or "bvc" in e.partners for e in rows)
    assert any("housing" not in e.topics for e in rows)
    assert any("bvc" not in e.partners for e in rows)


def test_the_count_of_matching_entries_is_shown(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    view = window.entries
    total = entries.count_entries(store, entries.EntryFilter())
    qtbot.waitUntil(lambda: view.count.text().startswith(f"{total} "))
    view.kind.setCurrentIndex(view.kind.findData("meeting"))
    meetings = entries.count_entries(store, entries.EntryFilter(kind="meeting"))
    assert 0 < meetings < total
    qtbot.waitUntil(lambda: view.count.text().startswith(f"{meetings} "))


def test_a_count_in_the_thousands_is_written_the_swedish_way(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.entries
    view.model.counted.emit(1362)
    assert view.count.text().startswith("1\u00a0362 ")


def test_a_click_on_a_header_sorts_and_a_second_turns_it_round(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    view = window.entries
    shown(qtbot, view)
    everything = entries.list_entries(store, entries.EntryFilter(), 100_000)
    all_minutes = [s.entry.minutes or 0 for _, s in everything]
    number = window.desk.locale.toString
    click_header(qtbot, view, "minutes")
    rows = shown(qtbot, view)
    assert view.model.order == entries.EntryOrder("minutes", descending=False)
    assert (rows[0].minutes or 0) == min(all_minutes)
    assert view.model.index(0, COLUMN["minutes"]).data() == number(min(all_minutes))
    click_header(qtbot, view, "minutes")
    rows = shown(qtbot, view)
    assert view.model.index(0, COLUMN["minutes"]).data() == number(max(all_minutes))
    assert [e.minutes for e in rows] == sorted((e.minutes for e in rows), reverse=True)
    click_header(qtbot, view, "unit")
    rows = shown(qtbot, view)
    first_unit = min((u.name for u in org.list_units(store) if any(
        e.unit_id == u.id for e in rows)), key=str.casefold)  # fmt: skip
    assert view.model.index(0, COLUMN["unit"]).data() == first_unit
    click_header(qtbot, view, "note")  # not sortable: the order stays
    assert view.model.order.column == "unit"
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN["unit"]


def test_unused_roles_cost_no_row_and_rows_are_formatted_once(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = window.entries
    shown(qtbot, view)
    model = view.model
    looked_up: list[int] = []
    real_row = model._row
    monkeypatch.setattr(model, "_row", lambda r: looked_up.append(r) or real_row(r))
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
                 Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.SizeHintRole):  # fmt: skip
        assert model.index(5, COLUMN["kind"]).data(role) is None
    assert model.index(5, COLUMN["minutes"]).data(Qt.ItemDataRole.TextAlignmentRole)
    assert looked_up == []
    formatted: list[object] = []
    real_texts = model._texts
    monkeypatch.setattr(model, "_texts", lambda e: formatted.append(e) or real_texts(e))
    row = model.rowCount() - 1
    first = [model.index(row, c).data() for c in range(model.columnCount())]
    again = [model.index(row, c).data() for c in range(model.columnCount())]
    assert first == again and first[COLUMN["date"]]
    assert len(formatted) == 1


def test_a_renamed_worker_shows_in_rows_already_formatted(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    view = window.entries
    shown(qtbot, view)
    model = view.model
    row = model.rowCount() - 1
    worker = next(w for w in org.list_workers(store) if w.id == model.entry_at(row).worker_id)
    assert model.index(row, COLUMN["worker"]).data() == worker.name
    org.save_worker(store, org.Worker(worker.id, "XYZ", worker.unit_id, True), "test")
    window.desk.org_changed.emit()  # what the admin pages do after a change
    assert model.index(row, COLUMN["worker"]).data() == "XYZ"


def test_painting_asks_for_all_roles_at_once_and_gets_what_data_gives(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.entries
    shown(qtbot, view)
    model = view.model
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
             Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole)  # fmt: skip
    for row in (0, model.rowCount() - 1):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                asked = QModelRoleData(role)
                model.multiData(index, QModelRoleDataSpan(asked))
                wanted = model.data(index, role)
                assert (asked.data() or None) == (wanted or None), (row, column, role)
        date = QModelRoleData(Qt.ItemDataRole.DisplayRole)
        model.multiData(model.index(row, COLUMN["date"]), QModelRoleDataSpan(date))
        assert date.data() == model.entry_at(row).date.isoformat()


def test_a_page_that_cannot_be_read_is_named_not_raised(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from omradesapp.store.database import StoreError
    from omradesapp.ui import page_loader

    def refuse(*_args: object) -> None:
        raise StoreError("Databasen kunde inte läsas.")

    view = window.entries
    settled(qtbot, view)
    monkeypatch.setattr(page_loader, "list_entries", refuse)
    view.kind.setCurrentIndex(view.kind.findData("visit"))
    qtbot.waitUntil(lambda: view.error.isVisible())
    assert view.error.text().endswith("Databasen kunde inte läsas.")
    assert view.model.rowCount() == 0 and not view.model.loading


def test_only_number_columns_are_right_aligned_whatever_the_cell_before(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The view reuses its role data from cell to cell: a text cell must not keep the
    alignment of the number cell painted before it."""
    from PySide6.QtCore import QModelRoleData, Qt

    model = window.entries.model
    shown(qtbot, window.entries)
    align = Qt.ItemDataRole.TextAlignmentRole
    cell = QModelRoleData(align)
    model.multiData(model.index(0, 4), cell)  # Personer: a number
    assert cell.data() is not None
    model.multiData(model.index(0, 2), cell)  # Typ: a text, painted next with the same data
    assert cell.data() is None
