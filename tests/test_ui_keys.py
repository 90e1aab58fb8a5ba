"""Application shortcuts work wherever the cursor is; F1 help; the week list by keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from ui_support import enter, shortcut

from omradesapp.domain.entry import Entry
from omradesapp.store import entries
from omradesapp.ui.entry_model import COLUMN


class ClaimsEveryKey(QObject):
    """A field that claims every key for itself, as a line edit does with Ctrl+E (end of
    line) and others under the Linux desktops' key bindings (the offscreen test platform
    has none of them)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return False


def _cursor_in_a_text_field(qtbot, window):  # type: ignore[no-untyped-def]
    """As after saving: the cursor stands in a text field of the form, which wants the keys."""
    shortcut(qtbot, window, Qt.Key.Key_1)
    enter(qtbot, window)
    field = window.focusWidget()
    assert type(field).__name__ == "QLineEdit"
    claims = ClaimsEveryKey(field)
    field.installEventFilter(claims)
    # The field's own claim comes after any filter set when it gains the focus, as a
    # line edit's handling of its keys does: so the cursor leaves the field and comes back.
    window.log_page.form.kind_combo.setFocus()
    field.setFocus()
    assert window.focusWidget() is field
    return field


def _modal_opened_by(qtbot, window, key: Qt.Key) -> str:  # type: ignore[no-untyped-def]
    """Press Ctrl+key; the name of the modal dialog it opened (then closed again), or ""."""
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(type(dialog).__name__)
            dialog.reject()

    QTimer.singleShot(0, close_it)
    qtbot.keyClick(window.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
    return seen[0] if seen else ""


@pytest.mark.parametrize(
    ("key", "dialog"),
    [
        (Qt.Key.Key_E, "ExportDialog"),
        (Qt.Key.Key_I, "ImportDialog"),
        (Qt.Key.Key_M, "MonthDialog"),
    ],
)
def test_dialog_shortcuts_work_from_a_text_field(qtbot, window, key, dialog) -> None:  # type: ignore[no-untyped-def]
    _cursor_in_a_text_field(qtbot, window)
    assert _modal_opened_by(qtbot, window, key) == dialog


def test_f1_opens_the_help_with_every_shortcut_from_a_text_field(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    field = _cursor_in_a_text_field(qtbot, window)
    qtbot.keyClick(field, Qt.Key.Key_F1)
    help_dialog = window._help
    assert help_dialog is not None and help_dialog.isVisible()
    text = help_dialog.browser.toPlainText()
    assert "Logga ett spontant besök" in text and "Stänga en månad" in text
    for menu in window.menus():  # the list is read from the actions themselves
        for action in menu.actions():
            for keys in action.shortcuts():
                assert keys.toString(keys.SequenceFormat.NativeText) in text
    assert "F1" in text and "Ctrl+E" in text and "Ctrl+W" in text


def test_a_field_keeps_ctrl_z_for_its_own_typing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = window.log_page.form
    note = form.note
    note.setFocus()
    qtbot.keyClicks(note, "kort")
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note.text() == ""


def _an_entry(store, window, day: dt.date) -> Entry:  # type: ignore[no-untyped-def]
    desk = window.desk
    saved = entries.add_entry(
        store, Entry("contact", day, desk.unit_id, desk.worker_id, contact_type="advice",
                     form="phone", adults=2, topics=("housing",)), "test"
    )  # fmt: skip
    desk.entries_changed.emit()
    return saved


def test_the_week_list_by_shortcut_tab_and_f2(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    saved = _an_entry(store, window, dt.date.today())
    page = window.log_page
    table = page.recent.table
    shortcut(qtbot, window, Qt.Key.Key_W)
    assert window.focusWidget() is table
    assert table.current_entry() == saved
    row = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # leaves the list in one step, not to the next cell
    assert window.focusWidget() is not table
    assert table.currentIndex().row() == row
    page.form.save_button.setFocus()
    qtbot.keyClick(page.form.save_button, Qt.Key.Key_Tab)  # and reaches it in one
    assert window.focusWidget() is table
    page.form.first_field().setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F2)  # from the form: the latest entry
    assert page.form.editing is not None and page.form.editing.id == saved.id
    assert page.form.numbers["adults"].text() == "2"


def test_the_week_list_shows_people_at_1280_pixels(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    _an_entry(store, window, dt.date.today())
    window.resize(1280, 760)
    table = window.log_page.recent.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    shown = [key for key, i in COLUMN.items() if not table.isColumnHidden(i)]
    assert shown == ["date", "time", "kind", "what", "people"]
    right = table.columnViewportPosition(COLUMN["people"]) + table.columnWidth(COLUMN["people"])
    assert table.columnViewportPosition(COLUMN["people"]) >= 0
    assert right <= table.viewport().width()
    assert table.columnWidth(COLUMN["what"]) > table.fontMetrics().horizontalAdvance("Rådgivning")
