"""The unit head's comment, written in the Reports view by keyboard: stored for the unit and
month, printed under that unit's figures; an identity in it is refused and nothing changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dbcheck import fingerprint
from PySide6.QtCore import QDate, Qt
from ui_support import open_reports_view

from omradesapp.reports.periods import last_whole_month_end
from omradesapp.store.comments import comment
from omradesapp.store.database import Store
from omradesapp.store.org import unit_by_name
from omradesapp.ui.reports_view import ReportsView

WAIT = 30_000  # ms; creating the report runs in a worker thread
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def view(qtbot, october: Store) -> ReportsView:  # type: ignore[no-untyped-def]
    v = open_reports_view(qtbot, october)
    v.activateWindow()
    v.month_edit.setDate(QDate(2026, 10, 1))
    return v


def write_comment(qtbot, view: ReportsView, unit: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+I to the unit, type its name; Alt+H to the comment, type it (ASCII: see PITFALLS)."""
    qtbot.keyClick(view, Qt.Key.Key_I, ALT)
    assert view.comment_unit.hasFocus()
    qtbot.keyClicks(view.comment_unit, unit)
    assert view.comment_unit.currentText() == unit
    qtbot.keyClick(view, Qt.Key.Key_H, ALT)
    assert view.comment_edit.hasFocus()
    view.comment_edit.selectAll()
    qtbot.keyClicks(view.comment_edit, text)


def test_a_comment_written_by_keyboard_is_printed_under_the_units_figures(
    qtbot,
    view: ReportsView,
    store: Store,  # type: ignore[no-untyped-def]
) -> None:
    write_comment(qtbot, view, "Ryd", "Lokalen stangd vecka 43.")
    ryd = unit_by_name(store, "Ryd")
    assert ryd is not None
    qtbot.keyClick(view, Qt.Key.Key_O, ALT)  # Save comment: the button clicks a moment later
    qtbot.waitUntil(lambda: comment(store, "2026-10", ryd.id) == "Lokalen stangd vecka 43.")
    assert "Ryd" in view.status.text()
    assert "oktober 2026" in view.comment_hint.text()

    with qtbot.waitSignal(view.generated, timeout=WAIT):
        qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy(), timeout=WAIT)
    text = " ".join(
        " ".join(view.pdf.getAllText(p).text().split()) for p in range(view.page_count())
    )
    said = "Enhetschefens kommentar, oktober 2026: Lokalen stangd vecka 43."
    assert text.index("Bilaga: Ryd") < text.index(said) < text.index("Bilaga: Skäggetorp")

    # Back on another month and unit, the field shows what is stored there: nothing.
    view.month_edit.setDate(QDate(2026, 9, 1))
    assert view.comment_edit.text() == ""
    view.month_edit.setDate(QDate(2026, 10, 1))
    assert view.comment_edit.text() == "Lokalen stangd vecka 43."


def test_a_comment_with_a_phone_number_is_refused_and_changes_nothing(
    qtbot,
    view: ReportsView,
    store: Store,
    db_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    before = fingerprint(db_path)
    write_comment(qtbot, view, "Berga", "Ring mamman 070-123 45 67")
    qtbot.keyClick(view.comment_edit, Qt.Key.Key_Return)
    assert view.comment_error.isVisible()
    assert "telefonnummer" in view.comment_error.text()
    assert fingerprint(db_path) == before
    assert view.comment_edit.text() == "Ring mamman 070-123 45 67"  # kept, to be corrected


def test_the_period_ends_with_the_last_whole_month(view: ReportsView) -> None:
    end = view.to_edit.date()
    assert end == last_whole_month_end(QDate.currentDate().toPython())
    assert view.from_edit.date() == end.replace(month=1, day=1)


def test_in_a_period_the_comment_is_on_its_last_month(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    view.period_radio.setChecked(True)
    view.to_edit.set_date(dt.date(2026, 8, 31))
    assert view.comment_month() == "2026-08"
    assert "augusti 2026" in view.comment_hint.text()
