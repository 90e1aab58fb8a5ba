"""Logging at the desk by keyboard: each kind, as last time, refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import all_entries, enter, shortcut, type_text

from omradesapp.domain import codes
from omradesapp.domain.entry import Entry
from omradesapp.store import entries


def test_a_visit_is_one_shortcut_plus_enter(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, Qt.Key.Key_1)
    enter(qtbot, window)
    [saved] = all_entries(store)
    assert saved.kind == "visit"
    assert saved.adults == 1
    assert saved.date == dt.date.today()
    assert saved.unit_id == window.desk.unit_id
    assert saved.worker_id == window.desk.worker_id
    assert saved.time is not None
    assert "Spontant besök" in window.statusBar().currentMessage()
    assert window.log_page.recent.model.rowCount() == 1


def _fill(window, kind: str) -> None:  # type: ignore[no-untyped-def]
    form = window.log_page.form
    if kind == "contact":
        form.singles["contact_type"].setCurrentIndex(
            form.singles["contact_type"].findData("advice")
        )
        form.singles["form"].setCurrentIndex(form.singles["form"].findData("phone"))
        form.numbers["adults"].setText("2")
    elif kind == "group":
        form.singles["group_type"].setCurrentIndex(form.singles["group_type"].findData("lecture"))
        form.numbers["adults"].setText("12")
        form.evening.setChecked(True)
    elif kind == "meeting":
        form.singles["meeting_type"].setCurrentIndex(form.singles["meeting_type"].findData("sip"))
        form.multis["partners"].set_checked(("bvc", "school"))
    elif kind == "time":
        form.singles["category"].setCurrentIndex(form.singles["category"].findData("apt"))
    form.numbers["minutes"].setText("60")


@pytest.mark.parametrize(("key", "kind"), [
    (Qt.Key.Key_2, "contact"),
    (Qt.Key.Key_3, "group"),
    (Qt.Key.Key_4, "meeting"),
    (Qt.Key.Key_5, "time"),
])  # fmt: skip
def test_each_kind_has_a_shortcut_and_is_saved(qtbot, store, window, key, kind) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, key)
    assert window.log_page.form.kind == kind
    _fill(window, kind)
    enter(qtbot, window)
    [saved] = all_entries(store)
    assert saved.kind == kind
    assert saved.minutes == 60
    if kind == "meeting":
        assert saved.partners == ("bvc", "school")
    if kind == "group":
        assert saved.evening and saved.adults == 12
    assert codes.KINDS.label(kind) in window.statusBar().currentMessage()


def test_required_code_missing_is_named_and_nothing_saved(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, Qt.Key.Key_2)
    form = window.log_page.form
    form.singles["contact_type"].setCurrentIndex(-1)
    enter(qtbot, window)
    assert not all_entries(store)
    assert "Ärendetyp" in form.error.text()


def test_topics_are_ticked_by_typing_and_space(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, Qt.Key.Key_1)
    topics = window.log_page.form.multis["topics"]
    topics.setFocus()
    qtbot.keyClicks(topics, "Eko")
    qtbot.keyClick(topics, Qt.Key.Key_Space)
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # type-to-find starts afresh
    qtbot.keyClicks(topics, "Bo")
    qtbot.keyClick(topics, Qt.Key.Key_Space)
    enter(qtbot, window)
    [saved] = all_entries(store)
    assert saved.topics == ("economy", "housing")


def test_as_last_time_fills_the_form(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    desk = window.desk
    entries.add_entry(
        store,
        Entry("contact", dt.date(2026, 1, 5), desk.unit_id, desk.worker_id, time="10:00",
              minutes=45, adults=2, contact_type="service", form="couple",
              topics=("economy",), note="Gammal anteckning"),
        "test",
    )  # fmt: skip
    shortcut(qtbot, window, Qt.Key.Key_2)
    shortcut(qtbot, window, Qt.Key.Key_L)
    form = window.log_page.form
    assert form.numbers["minutes"].text() == "45"
    assert form.singles["form"].currentData() == "couple"
    assert form.note.text() == ""
    enter(qtbot, window)
    new = [e for e in all_entries(store) if e.date == dt.date.today()]
    assert len(new) == 1
    assert (new[0].contact_type, new[0].form, new[0].topics) == ("service", "couple", ("economy",))


def test_identity_number_in_note_is_refused(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, Qt.Key.Key_1)
    note = window.log_page.form.note
    note.setFocus()
    type_text(note, "Pappa 19121212-1212 ringde")
    enter(qtbot, window)
    assert not all_entries(store)
    error = window.log_page.form.error
    assert error.isVisible()
    assert "personnummer" in error.text().lower()


@pytest.mark.parametrize(("field", "text", "words"), [
    ("adults", "600", "Vuxna måste vara 0–500"),
    ("minutes", "2000", "Minuter måste vara 0–1440"),
    ("children", "två", "“två”"),
])  # fmt: skip
def test_impossible_numbers_are_refused(qtbot, store, window, field, text, words) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, Qt.Key.Key_1)
    widget = window.log_page.form.numbers[field]
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)
    enter(qtbot, window)
    assert not all_entries(store)
    assert words in window.log_page.form.error.text()


def test_swedish_note_typed_and_saved(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, Qt.Key.Key_1)
    note = window.log_page.form.note
    note.setFocus()
    type_text(note, "Frågor om förskoleplats, vägledning")
    enter(qtbot, window)
    [saved] = all_entries(store)
    assert saved.note == "Frågor om förskoleplats, vägledning"


def test_template_saved_and_logged_in_one_action(qtbot, store, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, Qt.Key.Key_3)
    _fill(window, "group")
    page = window.log_page
    page.templates.save_named(page.form.entry(), "Pappagruppen tisdag")
    assert page.templates.combo.currentText() == "Pappagruppen tisdag (Gruppverksamhet)"
    assert not all_entries(store)
    shortcut(qtbot, window, Qt.Key.Key_T)
    [saved] = all_entries(store)
    assert (saved.kind, saved.group_type, saved.adults, saved.evening) == (
        "group",
        "lecture",
        12,
        True,
    )
    assert saved.date == dt.date.today()
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    with pytest.raises(ValueError, match="redan en mall"):
        page.templates.save_named(page.form.entry(), "pappagruppen TISDAG")
    window.remove_template_action.trigger()  # Logga → Ta bort mall…
    assert "Pappagruppen tisdag" in asked[0]
    assert page.templates.combo.count() == 0
    assert not page.templates.combo.isEnabled()


def test_a_template_name_that_identifies_someone_is_refused(
    qtbot, store, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QMessageBox

    from omradesapp.store.templates import list_templates
    from omradesapp.ui.template_dialog import TemplateDialog

    shortcut(qtbot, window, Qt.Key.Key_3)
    _fill(window, "group")
    said: list[str] = []

    def named(dialog: TemplateDialog) -> int:
        dialog.title.setText("Pappa 070-123 45 67")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", named)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: said.append(text))
    )
    window.log_page.save_template()
    assert said and "telefonnummer" in said[0]
    assert list_templates(store) == []


def test_a_recurring_template_is_marked_on_its_day(qtbot, store, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from omradesapp.store.templates import list_templates
    from omradesapp.ui.template_dialog import TemplateDialog

    shortcut(qtbot, window, Qt.Key.Key_3)
    _fill(window, "group")

    def every_other_week(dialog: TemplateDialog) -> int:
        qtbot.addWidget(dialog)
        weekday = window.desk.locale.dayName(dt.date.today().isoweekday())
        assert dialog.repeat.itemText(2).endswith(weekday)  # the form's weekday, in Swedish
        dialog.title.setText("Unga mammor")
        dialog.repeat.setCurrentIndex(2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", every_other_week)
    window.log_page.save_template()
    [saved] = list_templates(store)
    assert saved.schedule == f"2w:{dt.date.today().isoformat()}"
    shown = window.log_page.templates.combo.currentText()
    assert shown.startswith("Unga mammor (") and shown != "Unga mammor"  # marked: due today


def test_a_closed_month_is_refused_in_swedish(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    from omradesapp.store.months import close_month

    today = dt.date.today()
    close_month(store, f"{today:%Y-%m}", [window.desk.unit_id], "test")
    shortcut(qtbot, window, Qt.Key.Key_1)
    enter(qtbot, window)
    assert not all_entries(store)
    assert "avslutad" in window.log_page.form.error.text()
