"""Writing an export package for the unit head: period, units or worker, file.

The file is named after whose it is (exchange/file_names.py) until the user picks another;
every export goes to the audit log.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain.identity import IdentityError, check_free_text
from omradesapp.exchange.file_names import suggested_name
from omradesapp.exchange.package import SUFFIX
from omradesapp.exchange.package_export import ExportResult, export_package, record_export
from omradesapp.store.database import Store, StoreError
from omradesapp.store.opening import open_store
from omradesapp.store.org import list_units, list_workers
from omradesapp.ui.check_list import CheckList
from omradesapp.ui.date_field import DateField, DateRefused, dates_of
from omradesapp.ui.ops import Op, start_for
from omradesapp.ui.widgets import ErrorLabel, name


class ExportDialog(QDialog):
    """Choose a period, units (none ticked: all) or one worker, and a file; writes the package."""

    exported = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, actor: str = "desk") -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor  # who the audit log names
        self._task: Op[Any] | None = None
        self._folder = Path.home()
        self._suggested = ""  # the path last suggested: replaced as the choices change
        self.setWindowTitle(self.tr("Export package for the unit head"))
        today = dt.date.today()
        first = today.replace(day=1)
        start = (first - dt.timedelta(days=1)).replace(day=1)  # from the previous month on

        self.date_from = DateField(start)
        self.date_to = DateField(today)
        name(self.date_from, self.tr("From date"))
        name(self.date_to, self.tr("To date"))
        self.units = CheckList()
        self.units.set_items([(str(u.id), u.name) for u in list_units(store)])
        name(self.units, self.tr("Units (none ticked: all units)"))
        self.worker = QComboBox()
        self.worker.addItem(self.tr("All workers"), None)
        for w in list_workers(store):
            self.worker.addItem(w.name, w.id)
        name(self.worker, self.tr("Worker"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File to write"))
        name(self.path, self.tr("File to write"))
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&From"), self.date_from)
        form.addRow(self.tr("&To"), self.date_to)
        form.addRow(self.tr("&Units"), self.units)
        form.addRow(self.tr("&Worker"), self.worker)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        note = QLabel(self.tr("Notes are never exported; counts, codes and dates are."))
        note.setWordWrap(True)
        self.error = ErrorLabel()
        self.status = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.do_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for field in (self.date_from, self.date_to):
            field.edit.textChanged.connect(self._suggest)
        self.worker.currentIndexChanged.connect(self._suggest)
        self.units.checked_changed.connect(self._suggest)
        self._suggest()

    def _default_name(self, start: dt.date, end: dt.date) -> str:
        """omradesapp-<unit>-<worker>-<from>-<to>.omrpkg for the choices made."""
        return suggested_name(
            self.store, start, end, [int(u) for u in self.units.checked()],
            self.worker.currentData(),
        )  # fmt: skip

    def _suggest(self) -> None:
        """Name the file after the choices, unless the user has written a path of their own."""
        start, end = self.date_from.date(), self.date_to.date()
        if start is None or end is None:  # a date half typed: the name waits for it
            return
        suggestion = str(self._folder / self._default_name(start, end))
        if self.path.text().strip() in ("", self._suggested):
            self.path.setText(suggestion)
        self._suggested = suggestion

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save export package"),
            str(self._folder / self._default_name()),
            self.tr("Export packages (*.omrpkg)"),
        )
        if chosen:
            self._folder = Path(chosen).parent
            self.path.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def busy(self) -> bool:
        return self._task is not None

    def do_export(self) -> None:
        if self._task is not None:
            return
        try:
            start, end = dates_of((self.date_from, self.tr("From")), (self.date_to, self.tr("To")))
        except DateRefused as e:
            self.error.show_error(e.message)
            e.field.setFocus()
            return
        if end < start:
            self.error.show_error(self.tr("The end date is before the start date."))
            return
        if not self.path.text().strip():
            self.error.show_error(self.tr("Choose a file to write the package to."))
            return
        out = Path(self.path.text().strip())
        try:
            check_free_text(out.name)  # the audit log keeps the file's name
        except IdentityError as e:
            self.error.show_error(self.tr("The file name: %1").replace("%1", str(e)))
            return
        self.error.clear_error()
        unit_ids = [int(u) for u in self.units.checked()]
        worker_id = self.worker.currentData()
        db = self.store.path

        def work() -> ExportResult:
            # A connection of its own: reading a long period must not hold up the desk.
            with open_store(db, write=False, check=False) as reader:
                return export_package(reader, out, start, end, unit_ids, worker_id)

        self.status.setText(self.tr("Writing the package..."))
        self.export_button.setEnabled(False)
        start_for(self, work, lambda result: self._done(result, start, end, unit_ids, worker_id))

    def _finished(self, task: Op[Any]) -> None:
        if self._task is task:
            self._task = None
        self.export_button.setEnabled(True)

    def _done(
        self,
        result: ExportResult,
        start: dt.date,
        end: dt.date,
        unit_ids: list[int],
        worker_id: int | None,
    ) -> None:
        try:
            record_export(self.store, self.actor, result, start, end, unit_ids, worker_id)
        except (StoreError, sqlite3.Error, OSError) as e:
            self.status.clear()
            self.error.show_error(
                self.tr(
                    "The package was written, but the audit log could not record it: %1"
                ).replace("%1", str(e))
            )
            return
        self.status.setText(
            self.tr("Wrote %1 entries and %2 deletions to %3.")
            .replace("%1", QLocale().toString(result.entries))
            .replace("%2", QLocale().toString(result.tombstones))
            .replace("%3", str(result.path))
        )
        self.exported.emit(str(result.path))
        self.accept()

    def _failed(self, message: str) -> None:
        self.status.clear()
        self.error.show_error(message)

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.wait()
        super().done(result)
