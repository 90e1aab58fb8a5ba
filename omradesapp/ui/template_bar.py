"""Recurring groups and meetings: save the form as a template, log an occurrence in one action."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from omradesapp.domain import codes
from omradesapp.domain.entry import Entry
from omradesapp.store import templates
from omradesapp.ui.desk import Desk
from omradesapp.ui.widgets import buddy_label, fill_combo


def template_fields(entry: Entry) -> dict:
    fields = {}
    for name_ in sorted(templates.TEMPLATE_FIELDS):
        value = getattr(entry, name_)
        fields[name_] = list(value) if isinstance(value, tuple) else value
    return fields


def entry_from_template(t: templates.Template, date: dt.date) -> Entry:
    known = templates.TEMPLATE_FIELDS
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in t.fields.items() if k in known}
    values["kind"] = t.kind
    return Entry(date=date, **values)


class TemplateBar(QWidget):
    """Emits `log_requested(entry)` for an occurrence of the chosen template."""

    log_requested = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.kind = "visit"
        self.picked: int | None = None  # a template the user chose; otherwise the first listed
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(16)
        label = buddy_label(self.tr("Te&mplate"), self.combo)
        # Logged by Ctrl+T or the Logga menu: the desk's forms need every Alt letter a button
        # here would take.
        hint = QLabel(self.tr("Ctrl+T logs the chosen template"))
        hint.setEnabled(False)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label)
        box.addWidget(self.combo, 1)
        box.addWidget(hint)
        self.combo.activated.connect(self._on_picked)

    def set_kind(self, kind: str) -> None:
        """The form's kind: its templates come right after those due today."""
        self.kind = kind
        self.refresh()

    def refresh(self) -> None:
        """List every template, whatever the form shows: due today first, then the form's kind.

        Each shows its kind, since logging one switches the form to that kind.
        """
        today = dt.date.today()
        found = templates.list_templates(self.desk.store)
        found.sort(key=lambda t: (not t.due_on(today), t.kind != self.kind))  # stable: by name
        items = []
        for t in found:
            kind = self.desk.label(codes.KINDS, t.kind)
            text = (
                self.tr("{name} ({kind}, today)") if t.due_on(today) else self.tr("{name} ({kind})")
            )
            items.append((t.id, text.format(name=t.name, kind=kind)))
        fill_combo(self.combo, items)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.picked)))
        self.combo.setEnabled(bool(items))

    def _on_picked(self, index: int) -> None:
        self.picked = self.combo.itemData(index)

    def current(self) -> templates.Template | None:
        tid = self.combo.currentData()
        found = [t for t in templates.list_templates(self.desk.store) if t.id == tid]
        return found[0] if found else None

    def log_current(self) -> None:
        """Log the chosen template (at first the one due today), whatever kind the form shows."""
        t = self.current()
        if t is not None:
            self.picked = None  # next time, again the one due (or of the form's kind) first
            self.log_requested.emit(entry_from_template(t, dt.date.today()))

    def remove_current(self) -> None:
        t = self.current()
        answer = QMessageBox.question(
            self,
            self.tr("Remove template"),
            self.tr("Remove the template {name}? Entries logged with it stay.").format(
                name=t.name if t else ""
            ),
        )
        if t is not None and answer == QMessageBox.StandardButton.Yes:
            templates.delete_template(self.desk.store, t.id, self.desk.actor)
            self.refresh()
            self.desk.message.emit(self.tr("Template removed: {name}.").format(name=t.name))

    def ask_and_save(self, entry: Entry) -> templates.Template | None:
        """Ask for a name (and a rhythm) and save the entry's fields as a template."""
        from omradesapp.ui.template_dialog import TemplateDialog  # only when saving one

        dialog = TemplateDialog(entry.date, self.desk.locale, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        title, schedule = dialog.values()
        return self.save_named(entry, title, schedule) if title else None

    def save_named(
        self, entry: Entry, title: str, schedule: str | None = None
    ) -> templates.Template:
        saved = templates.save_template(
            self.desk.store,
            templates.Template(0, title, entry.kind, template_fields(entry), schedule),
            self.desk.actor,
        )
        self.picked = saved.id
        self.refresh()
        return saved
