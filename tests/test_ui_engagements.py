"""Familjeinsatser at the desk (SPEC §12), by keyboard: open one and see its code, link an
entry to it, see its hours, close it with a reason; deletion refused while linked."""

from __future__ import annotations

import datetime as dt

import pytest
from dbcheck import fingerprint
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from ui_support import enter, open_window, shortcut, type_text

from omradesapp.domain.engagement import Engagement
from omradesapp.domain.entry import Entry
from omradesapp.store import engagements, entries, org
from omradesapp.store.database import Store
from omradesapp.store.entries import EntryFilter
from omradesapp.ui import i18n
from omradesapp.ui.desk import Desk
from omradesapp.ui.engagement_choice import choices, remember
from omradesapp.ui.engagements_view import EngagementsView

ALT = Qt.KeyboardModifier.AltModifier


def team_unit(store: Store) -> org.Unit:
    return next(u for u in org.list_units(store) if u.kind == "team")


def configure_team(store: Store) -> tuple[org.Unit, org.Worker]:
    """This desk logs for the team Samordnat stöd och nätverksarbete."""
    unit = team_unit(store)
    worker = org.save_worker(store, org.Worker(0, "TE", unit.id, True), "test")
    Desk(store).set_me(unit.id, worker.id)
    return unit, worker


def opened(store: Store, unit_id: int, **values: object) -> Engagement:
    today = dt.date.today()
    draft = Engagement(
        unit_id=unit_id, assignment="network", basis="service", source="school",
        requested=today, start=today,
    ).with_changes(**values)  # fmt: skip
    return engagements.open_engagement(store, draft, "test")


@pytest.fixture
def view(qtbot, store):  # type: ignore[no-untyped-def]
    configure_team(store)
    i18n.use_swedish_locale()  # as the app does at start
    page = EngagementsView(Desk(store))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def shown(view: EngagementsView, row: int, column: int) -> str:
    """The text the list shows in a cell."""
    return str(view.model.data(view.model.index(row, column)))


def alt(qtbot, widget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or widget, key, ALT)


def press(qtbot, view, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A button's Alt letter: it clicks (animated, so a moment later) and opens a dialog."""
    view.dialog = None
    alt(qtbot, view, key)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isActiveWindow())


def test_open_an_engagement_by_keyboard_and_see_its_code(qtbot, store, view) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, view, Qt.Key.Key_N)
    dialog = view.dialog
    # Nätverksarbete: Down in the assignment combo, which has the focus.
    assert QApplication.focusWidget() is dialog.widgets["assignment"]
    qtbot.keyClick(dialog.widgets["assignment"], Qt.Key.Key_Down)
    start = dt.date.today() - dt.timedelta(days=3)
    for key in (Qt.Key.Key_Q, Qt.Key.Key_S):  # Re&quested on, &Start
        alt(qtbot, dialog, key)
        type_text(QApplication.focusWidget(), start.isoformat())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [saved] = engagements.list_engagements(store, [view.unit_id])
    assert saved.assignment == "network"
    assert saved.start == start and saved.requested == start
    assert saved.code == f"NV-{start.year}-001"
    assert view.code_banner.isVisible()
    assert view.code_banner.text() == f"Write the code {saved.code} in the journal."
    assert view.model.rowCount() == 1
    assert shown(view, 0, 0) == saved.code
    assert shown(view, 0, 5) == "Active"


def test_a_refusal_is_shown_in_the_dialog_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, store, db_path, view
) -> None:
    before = fingerprint(db_path)
    press(qtbot, view, Qt.Key.Key_N)
    dialog = view.dialog
    alt(qtbot, dialog, Qt.Key.Key_S)
    type_text(QApplication.focusWidget(), "2020-01-01")  # before the request (today)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "⚠ Start kan inte ligga före förfrågan."
    assert QApplication.focusWidget() is dialog.widgets["start"].edit
    alt(qtbot, dialog, Qt.Key.Key_Q)
    alt(qtbot, dialog, Qt.Key.Key_S)  # the whole date selected again: typing replaces it
    type_text(QApplication.focusWidget(), "2026-02-30")  # no such day
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.error.text() == "⚠ Start: write the date as YYYY-MM-DD, not “2026-02-30”."
    assert QApplication.focusWidget() is dialog.widgets["start"].edit
    dialog.reject()
    assert fingerprint(db_path) == before
    assert view.model.rowCount() == 0


def test_hours_come_from_linked_entries(qtbot, store, view) -> None:  # type: ignore[no-untyped-def]
    e = opened(store, view.unit_id)
    for minutes in (60, 45):
        entries.add_entry(
            store,
            Entry("meeting", dt.date.today(), view.unit_id, meeting_type="network_meeting",
                  minutes=minutes, engagement=e.code),
            "test",
        )  # fmt: skip
    view.desk.entries_changed.emit()
    view.refresh()
    assert shown(view, 0, 3) == "1,8"  # 105 minutes


def test_close_with_an_end_reason(qtbot, store, view) -> None:  # type: ignore[no-untyped-def]
    e = opened(store, view.unit_id, employment_start="partial", economy_start="support")
    view.refresh()
    view.table.setFocus()
    view.select(e.code)
    press(qtbot, view, Qt.Key.Key_O)
    dialog = view.dialog
    reason = dialog.widgets["end_reason"]
    assert isinstance(reason, QComboBox)
    assert dialog.widgets["employment_end"].currentData() == "partial"  # from the start
    reason.setFocus()
    qtbot.keyClick(reason, Qt.Key.Key_Down)  # Delvis uppnådda
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    closed = engagements.get_engagement(store, e.id).engagement
    assert closed.end == dt.date.today()
    assert closed.end_reason == "partly"
    assert closed.economy_end == "support"
    assert shown(view, 0, 5).startswith(f"Closed {dt.date.today().isoformat()}")


def test_deletion_refused_while_entries_link_to_it(  # type: ignore[no-untyped-def]
    qtbot, store, db_path, view, monkeypatch
) -> None:
    e = opened(store, view.unit_id)
    entries.add_entry(
        store,
        Entry("time", dt.date.today(), view.unit_id, category="client", minutes=30,
              engagement=e.code),
        "test",
    )  # fmt: skip
    view.refresh()
    view.table.setFocus()
    view.select(e.code)
    asked: list[str] = []

    def yes(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    before = fingerprint(db_path)
    alt(qtbot, view, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [f"Delete the family engagement {e.code}?"]
    assert view.error.text() == "⚠ Familjeinsatsen har 1 kopplade poster och kan inte tas bort."
    assert fingerprint(db_path) == before
    assert view.model.rowCount() == 1


def test_a_desk_without_a_team_says_so(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    for unit in org.list_units(store):
        if unit.kind == "team":
            org.save_unit(store, unit.__class__(**{**vars(unit), "kind": "area_office"}), "test")
    page = EngagementsView(Desk(store))
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible()
    assert not page.new_button.isEnabled()
    assert page.model.rowCount() == 0


# -- in the desk window: the page's shortcut, and the entry form --------------------------


@pytest.fixture
def window(qtbot, store):  # type: ignore[no-untyped-def]
    configure_team(store)
    return open_window(qtbot, store)


def test_link_a_meeting_in_one_keystroke_and_see_its_hours(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    alt(qtbot, window, Qt.Key.Key_6)
    page = window.current_page()
    assert isinstance(page, EngagementsView)
    qtbot.waitUntil(page.isVisible)
    press(qtbot, page, Qt.Key.Key_N)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    window.activateWindow()  # as a window manager does when the dialog has closed
    qtbot.waitUntil(window.isActiveWindow)
    [e] = engagements.list_engagements(store, [page.unit_id])
    assert page.code_banner.text() == f"Write the code {e.code} in the journal."
    opened(store, page.unit_id)  # a later one: the one just opened stays "this engagement"
    shortcut(qtbot, window, Qt.Key.Key_4)  # a meeting
    form = window.log_page.form
    qtbot.waitUntil(form.isVisible)
    assert form.engagement.isVisible()
    assert form.engagement.currentData() is None  # none unless chosen
    form.singles["meeting_type"].setCurrentIndex(form.singles["meeting_type"].findData("sip"))
    shortcut(qtbot, window, Qt.Key.Key_J)
    assert form.engagement.currentData() == e.code
    assert QApplication.focusWidget() is form.engagement
    enter(qtbot, window)
    [meeting] = [s.entry for _, s in entries.list_entries(store, EntryFilter(), 10)]
    assert meeting.engagement == e.code
    assert meeting.minutes == 60  # the meeting's default
    alt(qtbot, window, Qt.Key.Key_6)
    qtbot.waitUntil(page.isVisible)
    row = page.model.row_of(e.code)
    assert shown(page, row, 3) == "1,0"


def test_schema_2_fields_of_the_form(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    form = window.log_page.form
    shortcut(qtbot, window, Qt.Key.Key_2)  # a contact
    form.singles["contact_type"].setCurrentIndex(0)
    assert not form.answered.isVisible()
    form.singles["form"].setCurrentIndex(form.singles["form"].findData("email"))
    assert form.answered.isVisible()
    form.answered.setChecked(True)
    form.evening.setChecked(True)
    form.numbers["adults"].setText("1")
    assert not form.numbers["private_network"].isVisible()
    enter(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_4)  # a network meeting with its counts
    form.singles["meeting_type"].setCurrentIndex(
        form.singles["meeting_type"].findData("network_meeting")
    )
    form.numbers["private_network"].setText("3")
    form.numbers["professional_network"].setText("4")
    enter(qtbot, window)
    saved = {s.entry.kind: s.entry for _, s in entries.list_entries(store, EntryFilter(), 10)}
    assert saved["contact"].answered_24h and saved["contact"].evening
    assert (saved["meeting"].private_network, saved["meeting"].professional_network) == (3, 4)
    assert saved["meeting"].engagement is None


def test_no_engagement_on_a_family_centre(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    opened(store, team_unit(store).id)
    window.desk.entries_changed.emit()  # as after an import
    form = window.log_page.form
    shortcut(qtbot, window, Qt.Key.Key_4)
    assert form.engagement.isVisible()
    centre = next(u for u in org.list_units(store) if u.kind == "family_centre")
    form.unit.setCurrentIndex(form.unit.findData(centre.id))
    assert not form.engagement.isVisible()
    shortcut(qtbot, window, Qt.Key.Key_J)
    assert "team" in window.statusBar().currentMessage()


def test_the_help_names_the_page_and_ctrl_j(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    text = window._help.browser.toPlainText()
    assert "Familjeinsatser" in text and "Ctrl+J" in text
    assert "Family engagements" in text and "Alt+6" in text  # read from the page's action


def test_recent_engagements_first_the_last_used_at_the_top(store) -> None:  # type: ignore[no-untyped-def]
    unit, _ = configure_team(store)
    desk = Desk(store)
    today = dt.date.today()
    older = opened(store, unit.id, requested=today - dt.timedelta(days=40),
                   start=today - dt.timedelta(days=30))  # fmt: skip
    newer = opened(store, unit.id)
    long_closed = opened(store, unit.id, requested=today - dt.timedelta(days=400),
                         start=today - dt.timedelta(days=400))  # fmt: skip
    engagements.close_engagement(
        store, long_closed.id, today - dt.timedelta(days=200), "moved", "test"
    )
    assert [code for code, _ in choices(desk, unit.id)] == [newer.code, older.code]
    remember(desk, unit.id, older.code)
    assert [code for code, _ in choices(desk, unit.id)] == [older.code, newer.code]
    assert choices(desk, org.list_units(store)[0].id) == []  # a family centre has none


def test_an_entry_edited_keeps_its_engagement(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    unit = team_unit(store)
    long_ago = dt.date.today() - dt.timedelta(days=300)
    e = opened(store, unit.id, requested=long_ago, start=long_ago)
    entry = entries.add_entry(
        store,
        Entry("time", long_ago, unit.id, category="client", minutes=30, engagement=e.code),
        "test",
    )
    engagements.close_engagement(store, e.id, long_ago + dt.timedelta(days=10), "moved", "test")
    window.desk.entries_changed.emit()
    form = window.log_page.form
    window.log_page.edit(entry)  # closed long ago: no longer offered, but kept on its entries
    assert form.engagement.isVisible()
    assert form.engagement.currentData() == e.code
    form.numbers["minutes"].setText("45")
    enter(qtbot, window)
    assert entries.get_entry(store, entry.id).entry == entry.with_changes(minutes=45)
