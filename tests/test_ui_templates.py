"""Templates of every kind are reachable from any form; the audit log names what was done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from ui_support import shortcut

from omradesapp.domain.schedule import Schedule
from omradesapp.store import entries
from omradesapp.store.audit import read_audit
from omradesapp.store.entries import EntryFilter
from omradesapp.store.templates import Template, delete_template, save_template
from omradesapp.ui.template_dialog import TemplateDialog

MEETING = {"unit_id": 1, "meeting_type": "collab_group", "partners": ["school"], "minutes": 60}


def _save(store, window, name: str, kind: str, fields: dict, schedule: str | None) -> Template:  # type: ignore[no-untyped-def]
    fields = {**fields, "unit_id": window.desk.unit_id, "worker_id": window.desk.worker_id}
    saved = save_template(store, Template(0, name, kind, fields, schedule), "AB")
    window.log_page.templates.refresh()
    return saved


def test_ctrl_t_on_the_visit_form_logs_the_meeting_due_today(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    _save(store, window, "Arbetsplatsträff", "time", {"category": "apt"}, None)
    _save(store, window, "Samverkansgruppen", "meeting", MEETING, Schedule(1, today).to_text())
    shortcut(qtbot, window, Qt.Key.Key_1)
    bar = window.log_page.templates
    assert window.log_page.form.kind == "visit"
    shown = [bar.combo.itemText(i) for i in range(bar.combo.count())]
    # Kinds by their Swedish labels (the UI's own words are the English source here).
    assert shown == ["Samverkansgruppen (Samverkansmöte, today)", "Arbetsplatsträff (Övrig tid)"]
    shortcut(qtbot, window, Qt.Key.Key_T)
    [(_, saved)] = entries.list_entries(store, EntryFilter(), 10)
    assert (saved.entry.kind, saved.entry.meeting_type, saved.entry.date) == (
        "meeting",
        "collab_group",
        today,
    )
    assert window.log_page.form.kind == "meeting"  # the form switched to the template's kind


def test_the_dialog_offers_every_fourth_week_and_monthly_rhythms(qtbot, store, window) -> None:  # type: ignore[no-untyped-def]
    from omradesapp.ui.desk import Desk

    desk: Desk = window.desk
    dialog = TemplateDialog(dt.date(2026, 11, 26), desk.locale, window)  # the last Thursday
    qtbot.addWidget(dialog)
    texts = [dialog.repeat.itemText(i) for i in range(dialog.repeat.count())]
    assert texts[3:] == [
        "Every fourth torsdag",
        "The fourth torsdag of the month",
        "The last torsdag of the month",
    ]
    dialog.title.setText("Trygghetsrådet")
    dialog.repeat.setCurrentIndex(5)
    assert dialog.values() == ("Trygghetsrådet", "m-1:2026-11-26")
    dialog.repeat.setCurrentIndex(0)
    assert dialog.values() == ("Trygghetsrådet", None)
    november_5th = TemplateDialog(dt.date(2026, 11, 5), desk.locale, window)  # first Thursday
    qtbot.addWidget(november_5th)
    texts = [november_5th.repeat.itemText(i) for i in range(november_5th.repeat.count())]
    assert texts[4:] == ["The first torsdag of the month", "The last torsdag of the month"]
    november_5th.repeat.setCurrentIndex(4)
    assert november_5th.values()[1] == "m1:2026-11-05"


def test_a_new_template_is_audited_as_new_not_changed(store) -> None:  # type: ignore[no-untyped-def]
    saved = save_template(store, Template(0, "Trygghetsrådet", "meeting", MEETING), "AB")
    save_template(store, Template(saved.id, "Trygghetsrådet Berga", "meeting", MEETING), "AB")
    delete_template(store, saved.id, "AB")
    actions = [(line.action, line.details["template"]) for line in read_audit(store)]
    assert actions == [
        ("template_removed", "Trygghetsrådet Berga"),
        ("template_changed", "Trygghetsrådet Berga"),
        ("template_added", "Trygghetsrådet"),
    ]
