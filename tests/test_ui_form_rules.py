"""A contact needs a person and a form; each kind starts with its default minutes, visibly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import all_entries, enter, shortcut


def _choose(combo, code: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(code))


def test_a_contact_without_form_or_person_is_refused(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    form = window.log_page.form
    shortcut(qtbot, window, Qt.Key.Key_2)
    enter(qtbot, window)  # Ctrl+2, Enter: no form, nobody met
    assert all_entries(store) == []
    assert form.error.text()
    assert window.focusWidget() is form.singles["form"]
    _choose(form.singles["form"], "phone")
    enter(qtbot, window)
    assert all_entries(store) == []
    assert window.focusWidget() is form.numbers["adults"]
    qtbot.keyClicks(form.numbers["adults"], "0")
    enter(qtbot, window)  # zero people is nobody met either
    assert all_entries(store) == []
    form.numbers["children"].setText("1")
    enter(qtbot, window)
    [saved] = all_entries(store)
    assert (saved.form, saved.adults, saved.children) == ("phone", 0, 1)
    assert form.error.text() == ""


@pytest.mark.parametrize(
    ("key", "minutes"),
    [(Qt.Key.Key_1, "15"), (Qt.Key.Key_2, "45"), (Qt.Key.Key_3, "90"), (Qt.Key.Key_4, "60"),
     (Qt.Key.Key_5, "")],
)  # fmt: skip
def test_each_kind_starts_with_its_default_minutes_shown(qtbot, window, key, minutes) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, key)
    field = window.log_page.form.numbers["minutes"]
    assert field.isVisible()
    assert field.text() == minutes


def test_a_visit_is_saved_with_its_default_minutes(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    shortcut(qtbot, window, Qt.Key.Key_1)
    enter(qtbot, window)
    [saved] = all_entries(store)
    assert saved.minutes == 15


def test_the_form_does_not_move_when_an_error_shows(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    form = window.log_page.form
    shortcut(qtbot, window, Qt.Key.Key_5)
    form.numbers["minutes"].setText("en timme")  # no number: refused
    QApplication.processEvents()
    before = form.note.mapTo(window, form.note.rect().topLeft())
    enter(qtbot, window)
    QApplication.processEvents()
    assert form.error.text()
    assert all_entries(store) == []
    assert form.note.mapTo(window, form.note.rect().topLeft()) == before


def test_the_units_own_default_minutes_are_prefilled(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    from omradesapp.store.durations import set_default_minutes

    form = window.log_page.form
    set_default_minutes(store, int(form.unit.currentData()), {"visit": 20, "time": 30}, "chef")
    shortcut(qtbot, window, Qt.Key.Key_1)
    assert form.numbers["minutes"].text() == "20"
    shortcut(qtbot, window, Qt.Key.Key_5)
    assert form.numbers["minutes"].text() == "30"
