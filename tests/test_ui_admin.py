"""Administration: units, FTE per year, workers, targets, labels."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from ui_support import configure, open_window

from omradesapp.domain import codes
from omradesapp.store import org


@pytest.fixture
def admin(qtbot, store):  # type: ignore[no-untyped-def]
    configure(store)
    window = open_window(qtbot, store)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is window.admin
    return window


def test_unit_fte_and_fte_per_year(qtbot, store, admin) -> None:  # type: ignore[no-untyped-def]
    page = admin.admin.units
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Valla")
    page.table.selectRow(row)
    assert page.name.text() == "Valla"
    page.fte.setValue(0.75)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert org.unit_by_name(store, "Valla").fte == 0.75
    assert page.table.item(row, 3).text() == "0,75"  # Swedish decimal comma
    page.year.setValue(2025)
    page.year_fte.setValue(1.5)
    qtbot.mouseClick(page.fte_button, Qt.MouseButton.LeftButton)
    valla = org.unit_by_name(store, "Valla").id
    assert org.fte_by_year(store)[(valla, 2025)] == 1.5


def test_a_unit_without_name_is_refused(qtbot, store, admin) -> None:  # type: ignore[no-untyped-def]
    page = admin.admin.units
    before = org.list_units(store)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible()
    assert "namn" in page.error.text()
    assert org.list_units(store) == before


def test_new_worker_appears_in_the_form(qtbot, store, admin) -> None:  # type: ignore[no-untyped-def]
    page = admin.admin.workers
    admin.admin.setCurrentWidget(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name, "CD")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert org.worker_by_name(store, "CD") is not None
    assert admin.log_page.form.worker.findText("CD") >= 0


def test_target_saved(qtbot, store, admin) -> None:  # type: ignore[no-untyped-def]
    page = admin.admin.targets
    page.unit.setCurrentIndex(page.unit.findText("Ryd"))
    page.figure.setCurrentIndex(page.figure.findData("persons_met"))
    page.value.setValue(288)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    ryd = org.unit_by_name(store, "Ryd").id
    [t] = [t for t in org.list_targets(store) if t.unit_id == ryd and t.figure == "persons_met"]
    assert (t.value, t.from_year, t.per_fte) == (288, dt.date.today().year, False)
    shown = [[page.table.item(r, c).text() for c in range(4)] for r in range(page.table.rowCount())]
    assert ["Ryd", str(t.from_year), "Persons met individually", "288,0"] in shown


def test_renamed_label_shows_in_the_form_and_code_stays(qtbot, store, admin) -> None:  # type: ignore[no-untyped-def]
    page = admin.admin.labels
    page.lists.setCurrentIndex(page.lists.findData("topics"))
    row = codes.TOPICS.codes.index("economy")
    page.table.item(row, 2).setText("Ekonomi och skulder")
    assert org.labels(store) == {("topics", "economy"): "Ekonomi och skulder"}
    topics = admin.log_page.form.multis["topics"]
    assert topics.item(row).text() == "Ekonomi och skulder"
    page.table.item(row, 2).setText("")  # back to the default
    assert org.labels(store) == {}
    assert topics.item(row).text() == "Ekonomi"


def test_this_desk_can_change_unit_and_worker(qtbot, store, admin) -> None:  # type: ignore[no-untyped-def]
    page = admin.admin.this_desk
    admin.admin.setCurrentWidget(page)
    page.unit.setCurrentIndex(page.unit.findText("Ryd"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert admin.desk.unit_name(admin.desk.unit_id) == "Ryd"
    assert "Ryd" in admin.who.text()
    admin.log_kind("visit")
    assert admin.log_page.form.unit.currentText() == "Ryd"


def test_a_target_per_fte_from_a_year_for_a_nested_figure(qtbot, store, admin) -> None:  # type: ignore[no-untyped-def]
    page = admin.admin.targets
    figures = [page.figure.itemData(i) for i in range(page.figure.count())]
    assert "meetings_by_type.steering_group" in figures and "persons_met" in figures
    page.unit.setCurrentIndex(page.unit.findText("Valla"))
    page.year.setValue(2025)
    page.figure.setCurrentIndex(page.figure.findData("meetings_by_type.steering_group"))
    page.value.setValue(6)
    page.per.setCurrentIndex(page.per.findData(True))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    valla = org.unit_by_name(store, "Valla").id
    assert org.Target(valla, 2025, "meetings_by_type.steering_group", 6, True) in (
        org.list_targets(store)
    )
    assert [t.for_fte(0.5) for t in org.targets_in(store, 2026) if t.unit_id == valla
            and t.figure == "meetings_by_type.steering_group"] == [3]  # fmt: skip


def test_an_own_code_added_and_a_code_retired_in_the_codes_page(qtbot, store, admin) -> None:  # type: ignore[no-untyped-def]
    page = admin.admin.labels
    page.lists.setCurrentIndex(page.lists.findData("meeting_type"))
    assert page.split.isEnabled()
    page.new_label.setText("Föräldraråd")
    page.split.setCurrentIndex(page.split.findData("client"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = admin.log_page.form
    form.start("meeting")  # a kind's code lists are filled when it is shown
    assert form.singles["meeting_type"].findData("foraldrarad") >= 0
    assert form.singles["meeting_type"].findText("Föräldraråd") >= 0
    row = codes.MEETING_TYPES.codes.index("crisis_group")
    page.table.item(row, 3).setCheckState(Qt.CheckState.Unchecked)
    assert form.singles["meeting_type"].findData("crisis_group") < 0
    # Adding twice, or to the kinds of entry, is refused in Swedish and changes nothing.
    page.new_label.setText("Föräldraråd")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "finns redan" in page.error.text()
    page.lists.setCurrentIndex(page.lists.findData("kind"))
    assert not page.add_button.isEnabled()
