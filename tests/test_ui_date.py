"""A date is taken exactly as typed, however the cursor reached the field (SPEC §4)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from ui_support import all_entries, enter

from omradesapp.ui.date_field import parse_date

TYPED = "2026-11-27"  # a day in the past: a whole date typed over today's


def _caption(form) -> str:  # type: ignore[no-untyped-def]
    """The date field's caption as shown ("Datum"), so the message names the field."""
    return str(form._captions["date"].text().replace("&", ""))


def _by_alt_letter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)


def _by_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = window.log_page.form
    form.kind_combo.setFocus()
    qtbot.keyClick(form.kind_combo, Qt.Key.Key_Tab)


def _by_click(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    edit = window.log_page.form.date.edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center())


@pytest.mark.parametrize("reach", [_by_alt_letter, _by_tab, _by_click])
def test_a_typed_date_is_saved_exactly(qtbot, store, window, reach) -> None:  # type: ignore[no-untyped-def]
    form = window.log_page.form
    reach(qtbot, window)
    assert window.focusWidget() is form.date.edit
    qtbot.keyClicks(window.focusWidget(), TYPED)
    enter(qtbot, window)
    [saved] = all_entries(store)
    assert saved.date == dt.date(2026, 11, 27)
    assert "2026-11-27" in window.statusBar().currentMessage()


def test_a_compact_date_is_taken_too(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    _by_alt_letter(qtbot, window)
    qtbot.keyClicks(window.focusWidget(), "20261127")
    enter(qtbot, window)
    [saved] = all_entries(store)
    assert saved.date == dt.date(2026, 11, 27)


def test_a_date_after_today_is_refused(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    form = window.log_page.form
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    _by_alt_letter(qtbot, window)
    qtbot.keyClicks(window.focusWidget(), tomorrow)
    enter(qtbot, window)
    assert all_entries(store) == []
    assert form.error.isVisible()
    assert _caption(form) in form.error.text() and tomorrow in form.error.text()
    assert window.focusWidget() is form.date.edit


@pytest.mark.parametrize("typed", ["2026-02-30", "27/11/2026", "2026-11"])
def test_a_date_that_is_no_date_is_refused_by_name(qtbot, store, window, typed) -> None:  # type: ignore[no-untyped-def]
    form = window.log_page.form
    _by_alt_letter(qtbot, window)
    qtbot.keyClicks(window.focusWidget(), typed)
    enter(qtbot, window)
    assert all_entries(store) == []
    assert _caption(form) in form.error.text() and typed in form.error.text()


def test_the_calendar_opens_with_alt_down_and_sets_the_day(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    field = window.log_page.form.date
    _by_alt_letter(qtbot, window)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field._calendar
    assert calendar is not None and calendar.isVisible()
    calendar.activated.emit(calendar.selectedDate().addDays(-3))
    assert not calendar.isVisible()
    assert field.date() == dt.date.today() - dt.timedelta(days=3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026-11-27", dt.date(2026, 11, 27)),
        (" 20261127 ", dt.date(2026, 11, 27)),
        ("2026-1-5", dt.date(2026, 1, 5)),
        ("2026-13-01", None),
        ("2026-11-27\n", dt.date(2026, 11, 27)),
        ("", None),
        ("x2026-11-27", None),
    ],
)
def test_parse_date(text: str, value: dt.date | None) -> None:
    assert parse_date(text) == value
