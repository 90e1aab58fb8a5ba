"""The logging page: the form (with templates) beside today's and this week's entries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from omradesapp.domain import codes
from omradesapp.domain.entry import Entry, ValidationError
from omradesapp.store import entries
from omradesapp.store.database import StoreError
from omradesapp.ui import entry_actions
from omradesapp.ui.desk import Desk
from omradesapp.ui.entry_form import EntryForm, FormError
from omradesapp.ui.recent_view import RecentView
from omradesapp.ui.template_bar import TemplateBar


class LogPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.form = EntryForm(desk)
        self.templates = TemplateBar(desk)
        self.recent = RecentView(desk)
        left = QWidget()
        box = QVBoxLayout(left)
        box.addWidget(self.templates)
        box.addWidget(self.form, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.recent)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        # Room for the date, kind and what of each entry beside the form.
        self.recent.setMinimumWidth(self.recent.fontMetrics().horizontalAdvance("x") * 70)
        split.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        self.form.submitted.connect(self.save)
        self.form.kind_changed.connect(self.templates.set_kind)
        self.form.last_button.clicked.connect(self.as_last_time)
        self.templates.log_requested.connect(self.log_template)
        self.recent.edit_requested.connect(self.edit)
        self.recent.delete_requested.connect(self.delete)
        self.templates.set_kind(self.form.kind)

    def start(self, kind: str) -> None:
        """A fresh form of a kind (the kind shortcuts)."""
        self.form.start(kind)

    def save(self, entry: Entry, editing: bool) -> None:
        try:
            if editing:
                entry_actions.edit(self.desk, entry)
            else:
                entry_actions.add(self.desk, entry)
        except ValidationError as e:
            self.form.show_error(e.field, e.message)
            return
        except StoreError as e:
            self.form.show_error("", str(e))
            return
        what = self.desk.label(codes.KINDS, entry.kind)
        text = (
            self.tr("Saved: {what}, {date}.")
            if not editing
            else self.tr("Changed: {what}, {date}.")
        )
        self.desk.message.emit(text.format(what=what, date=entry.date.isoformat()))
        self.form.start(entry.kind)

    def as_last_time(self) -> None:
        last = entries.last_of_kind(self.desk.store, self.form.kind, self.desk.worker_id)
        if last is None:
            self.desk.message.emit(self.tr("Nothing of this kind has been logged yet."))
            return
        self.form.load(last, editing=False)

    def log_template(self, entry: Entry) -> None:
        self.form.load(entry, editing=False)
        self.form.submit()

    def save_template(self) -> None:
        try:
            entry = self.form.entry()
        except (FormError, ValidationError) as e:
            self.form.show_error(e.field, str(e))
            return
        try:
            saved = self.templates.ask_and_save(entry)
        except ValueError as e:  # a name that identifies someone, or fields no entry can have
            QMessageBox.warning(self, self.tr("Template not saved"), str(e))
            return
        if saved is not None:
            self.desk.message.emit(self.tr("Template saved: {name}.").format(name=saved.name))

    def edit_selected(self) -> None:
        """F2: the entry chosen in this week's list into the form, else the latest one."""
        entry = self.recent.chosen_or_latest()
        if entry is None:
            self.desk.message.emit(self.tr("There is no entry this week to edit."))
            return
        self.edit(entry)

    def edit(self, entry: Entry) -> None:
        self.form.load(entry, editing=True)

    def delete(self, entry: Entry) -> None:
        try:
            entry_actions.delete(self.desk, entry.id)
        except StoreError as e:
            QMessageBox.warning(self, self.tr("Not deleted"), str(e))
            return
        self.desk.message.emit(
            self.tr("Deleted: {what}, {date}. Undo with Ctrl+Z.").format(
                what=self.desk.label(codes.KINDS, entry.kind), date=entry.date.isoformat()
            )
        )
