"""The Reports page: choose a month or period and units or a worker, see the PDF, print, save."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QIODevice,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from omradesapp.atomic import write_atomic
from omradesapp.domain import swedish
from omradesapp.domain.identity import IdentityError
from omradesapp.reports.assemble import build
from omradesapp.reports.content import Document
from omradesapp.reports.data_sheets import data_sheets
from omradesapp.reports.figures import Report, compute
from omradesapp.reports.periods import last_whole_month_end
from omradesapp.reports.render import write
from omradesapp.store.comments import MAX_COMMENT, CommentError, comment, set_comment
from omradesapp.store.database import Store
from omradesapp.store.opening import open_store
from omradesapp.store.org import desk_worker, list_units, list_workers
from omradesapp.ui.check_list import CheckList
from omradesapp.ui.date_field import DateField, DateRefused, dates_of
from omradesapp.ui.ops import Op
from omradesapp.ui.report_printing import print_pdf
from omradesapp.ui.widgets import ErrorLabel, buddy_label, name


@dataclass(frozen=True)
class Selection:
    start: dt.date
    end: dt.date
    unit_ids: tuple[int, ...]
    worker_id: int | None
    worker_name: str | None


def _make_document(db: Path, sel: Selection) -> tuple[Report, Document, bytes]:
    """The report built on its own read connection, so the desk can keep writing meanwhile."""
    store = open_store(db, write=False, create=False, check=False)
    try:
        report = compute(store, sel.start, sel.end, sel.unit_ids, sel.worker_id, sel.worker_name)
        doc = build(store, report)
    finally:
        store.close()
    return report, doc, write(doc, "pdf")


def _with_data_sheets(db: Path, report: Report, doc: Document) -> Document:
    """The XLSX's data sheets (every figure per month and unit, the entries) for a report."""
    store = open_store(db, write=False, create=False, check=False)
    try:
        sheets = data_sheets(store, report)
    finally:
        store.close()
    return dataclasses.replace(doc, sheets=sheets)


class ReportsView(QWidget):
    """Monthly summary or period report as a PDF shown here, then printed or saved."""

    generated = Signal(int)  # page count
    saved = Signal(str)  # file path
    printed = Signal()
    month_close_requested = Signal()  # closing or reopening months is the main window's dialog

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._doc: Document | None = None
        self._report: Report | None = None
        self._pdf_bytes = b""
        self._jobs: list[Op[Any]] = []
        self._build_controls()
        self._build_result()
        layout = QHBoxLayout(self)
        layout.addWidget(self._controls, 0)
        layout.addLayout(self._result, 1)
        self.refresh()
        self._update_enabled()

    # -- layout ------------------------------------------------------------
    def _build_controls(self) -> None:
        self._controls = QWidget(self)
        form = QFormLayout(self._controls)
        self.month_radio = QRadioButton(self.tr("&Month"), self)
        self.period_radio = QRadioButton(self.tr("&Period"), self)
        self.month_radio.setChecked(True)
        kind = QHBoxLayout()
        kind.addWidget(self.month_radio)
        kind.addWidget(self.period_radio)
        form.addRow(self.tr("Report for"), kind)
        today = QDate.currentDate()
        last_month = today.addMonths(-1)
        self.month_edit = QDateEdit(QDate(last_month.year(), last_month.month(), 1), self)
        self.month_edit.setDisplayFormat("MMMM yyyy")
        name(self.month_edit, self.tr("Month"))
        form.addRow(self.tr("Mo&nth"), self.month_edit)
        # A period ends with the last whole month: a part month would pull averages down.
        end = last_whole_month_end(today.toPython())
        # Typed as text (ui/date_field.py): a QDateEdit clicked in the middle took
        # 2026-10-01 as 2026-01-10.
        self.from_edit = DateField(dt.date(end.year, 1, 1), self)
        self.to_edit = DateField(end, self)
        for edit, text in ((self.from_edit, self.tr("&From")), (self.to_edit, self.tr("&To"))):
            name(edit, text)
            form.addRow(text, edit)
        self.units = CheckList(self)
        name(self.units, self.tr("Units"))
        form.addRow(self.tr("&Units"), self.units)
        self.worker_combo = QComboBox(self)
        name(self.worker_combo, self.tr("Worker"))
        form.addRow(self.tr("Wor&ker"), self.worker_combo)
        self._build_comment(form)
        self.error = ErrorLabel(self)
        form.addRow(self.error)
        self.generate_button = QPushButton(self.tr("&Create report"), self)
        QShortcut(QKeySequence("Ctrl+R"), self, self.generate_button.animateClick)  # keeps Alt+S
        self.generate_button.setToolTip(self.tr("Create the report (Ctrl+R)"))
        form.addRow(self.generate_button)
        # Reopening a month to import into it starts here (the import refusal says so).
        self.month_button = QPushButton(self.tr("Mo&nth close…"), self)
        self.month_button.setToolTip(self.tr("Close or reopen a month (Ctrl+M)"))
        self.month_button.clicked.connect(self.month_close_requested)
        form.addRow(self.month_button)
        self.month_radio.toggled.connect(self._update_enabled)
        self.generate_button.clicked.connect(self.generate)

    def _build_comment(self, form: QFormLayout) -> None:
        """The unit head's comment on a unit's month, printed under that unit's figures."""
        self.comment_unit = QComboBox(self)
        form.addRow(buddy_label(self.tr("Comment's un&it"), self.comment_unit), self.comment_unit)
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setMaxLength(MAX_COMMENT)
        self.comment_edit.setPlaceholderText(self.tr("Write no names"))
        form.addRow(
            buddy_label(self.tr("Comment for the mont&h"), self.comment_edit), self.comment_edit
        )
        self.comment_hint = QLabel(self)
        self.comment_hint.setWordWrap(True)
        form.addRow(self.comment_hint)
        self.comment_error = ErrorLabel(self)
        form.addRow(self.comment_error)
        self.comment_button = QPushButton(self.tr("Save c&omment"), self)
        form.addRow(self.comment_button)
        self.comment_button.clicked.connect(self.save_comment)
        self.comment_edit.returnPressed.connect(self.save_comment)
        self.comment_unit.currentIndexChanged.connect(self._load_comment)
        self.month_edit.dateChanged.connect(self._load_comment)
        self.to_edit.edit.textChanged.connect(self._load_comment)
        self.month_radio.toggled.connect(self._load_comment)

    def comment_month(self) -> str:
        """The month the comment is on: the month chosen, or a period's last month."""
        end = None if self.month_radio.isChecked() else self.to_edit.date()
        if end is not None:
            return f"{end:%Y-%m}"
        d = self.month_edit.date()  # also while a period's end is being typed
        return f"{d.year():04d}-{d.month():02d}"

    def _load_comment(self) -> None:
        month, unit_id = self.comment_month(), self.comment_unit.currentData()
        self.comment_hint.setText(
            self.tr("On {0}; printed under the unit's figures.").format(swedish.month_label(month))
        )
        self.comment_error.clear_error()
        self.comment_edit.setText(comment(self.store, month, unit_id) if unit_id else "")

    def save_comment(self) -> None:
        """Store the comment (an empty one removes it); a refusal changes nothing."""
        unit_id = self.comment_unit.currentData()
        if unit_id is None:
            return
        text, month = self.comment_edit.text(), self.comment_month()
        try:
            set_comment(self.store, month, unit_id, text, desk_worker(self.store) or "desk")
        except (IdentityError, CommentError) as e:
            self.comment_error.show_error(self.tr("The comment was not saved: {0}").format(str(e)))
            return
        self._load_comment()
        self.status.setText(
            self.tr("Comment saved for {0}, {1}.").format(
                self.comment_unit.currentText(), swedish.month_label(month)
            )
        )

    def _build_result(self) -> None:
        self._result = QVBoxLayout()
        self.status = QLabel(self.tr("Choose a month or a period and create the report."), self)
        self.status.setWordWrap(True)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.pdf)
        name(self.pdf_view, self.tr("Report preview"))
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"), self)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_button.animateClick)
        self.save_buttons: dict[str, QPushButton] = {}
        for fmt, text in (
            ("pdf", self.tr("Save as P&DF…")),
            ("csv", self.tr("Save as &CSV…")),
            ("xlsx", self.tr("Save as &XLSX…")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, f=fmt: self.save(f))
            self.save_buttons[fmt] = button
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_buttons["pdf"].animateClick)
        self.print_button.clicked.connect(self.print_report)
        buttons.addWidget(self.print_button)
        for button in self.save_buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._result.addWidget(self.status)
        self._result.addWidget(self.pdf_view, 1)
        self._result.addLayout(buttons)

    def refresh(self) -> None:
        """Reload the units and workers (after the admin pages changed them)."""
        checked = self._checked_unit_ids()
        units = list_units(self.store)
        self.units.set_items([(str(u.id), u.name) for u in units])
        chosen = self.comment_unit.currentData()
        self.comment_unit.blockSignals(True)
        self.comment_unit.clear()
        for u in units:
            self.comment_unit.addItem(u.name, u.id)
        self.comment_unit.setCurrentIndex(max(0, self.comment_unit.findData(chosen)))
        self.comment_unit.blockSignals(False)
        self._load_comment()
        # All units until the user chooses.
        self.units.set_checked(str(u.id) for u in units if not checked or u.id in checked)
        current = self.worker_combo.currentData()
        self.worker_combo.clear()
        self.worker_combo.addItem(self.tr("All workers"), None)
        for worker in list_workers(self.store, include_inactive=True):  # also who left
            self.worker_combo.addItem(worker.name, (worker.id, worker.name))
        index = self.worker_combo.findData(current)
        self.worker_combo.setCurrentIndex(max(0, index))

    def _update_enabled(self) -> None:
        month = self.month_radio.isChecked()
        self.month_edit.setEnabled(month)
        self.from_edit.setEnabled(not month)
        self.to_edit.setEnabled(not month)
        busy = bool(self._jobs)
        self.generate_button.setEnabled(not busy)
        ready = self._doc is not None and not busy
        self.print_button.setEnabled(ready)
        for button in self.save_buttons.values():
            button.setEnabled(ready)

    # -- choosing ------------------------------------------------------------
    def _checked_unit_ids(self) -> set[int]:
        return {int(code) for code in self.units.checked()}

    def selection(self) -> Selection | None:
        """What the user chose, or None with a message naming what is wrong."""
        if self.month_radio.isChecked():
            d = self.month_edit.date()
            start = dt.date(d.year(), d.month(), 1)
            end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
        else:
            try:
                start, end = dates_of(
                    (self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))
                )
            except DateRefused as e:
                self.error.show_error(e.message)
                e.field.setFocus()
                return None
            if end < start:
                self.error.show_error(self.tr("The period ends before it starts."))
                return None
        checked = self._checked_unit_ids()
        if not checked:
            self.error.show_error(self.tr("Choose at least one unit."))
            return None
        all_units = len(checked) == self.units.count()
        worker = self.worker_combo.currentData()
        self.error.clear_error()
        return Selection(
            start,
            end,
            () if all_units else tuple(sorted(checked)),
            worker[0] if worker else None,
            worker[1] if worker else None,
        )

    # -- work off the UI thread ----------------------------------------------
    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None], busy_text: str) -> Op[Any]:
        op: Op[Any] = Op(fn, owner=self)
        self._jobs.append(op)
        op.ended.connect(lambda: self._finished(op))
        self.status.setText(busy_text)
        self._update_enabled()
        return op.start(done, self._failed)

    def _finished(self, op: Op[Any]) -> None:
        if op in self._jobs:
            self._jobs.remove(op)
        self._update_enabled()

    def _failed(self, message: str) -> None:
        self.error.show_error(self.tr("The report could not be made: {0}").format(message))
        self.status.setText(self.tr("Nothing was changed."))

    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self) -> None:
        """Let work under way finish (a file being saved is written) before the app ends."""
        for op in list(self._jobs):
            op.wait()

    def generate(self) -> None:
        sel = self.selection()
        if sel is None or self._jobs:
            return
        db = Path(self.store.path)
        self._run(lambda: _make_document(db, sel), self._show, self.tr("Creating the report…"))

    def _show(self, result: tuple[Report, Document, bytes]) -> None:
        self._report, self._doc, self._pdf_bytes = result
        self.pdf.close()
        self._buffer = QBuffer(self)  # kept: the document reads from it while shown
        self._buffer.setData(QByteArray(self._pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        pages = self.pdf.pageCount()
        self.status.setText(
            self.tr("{0} {1}. Pages: {2}").format(self._doc.title, self._doc.period, pages)
        )
        self.generated.emit(pages)

    def page_count(self) -> int:
        return self.pdf.pageCount()

    # -- saving and printing ----------------------------------------------------
    def default_file_name(self, fmt: str) -> str:
        doc = self._doc
        stem = "rapport" if doc is None else f"{doc.title}-{doc.period}".lower()
        return f"{stem.replace(' ', '-').replace('–', '-')}.{fmt}"

    def save(self, fmt: str) -> None:
        filters = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel files (*.xlsx)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self.default_file_name(fmt), filters[fmt]
        )
        if path:
            self.save_to(Path(path), fmt)

    def save_to(self, path: Path, fmt: str) -> None:
        """Write the report shown in `fmt` to `path` (atomically, off the UI thread)."""
        doc, pdf, report = self._doc, self._pdf_bytes, self._report
        if doc is None or report is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        db = Path(self.store.path)

        def work() -> str:
            if fmt == "xlsx":
                write_atomic(path, write(_with_data_sheets(db, report, doc), fmt))
            else:
                write_atomic(path, pdf if fmt == "pdf" else write(doc, fmt))
            return str(path)

        def done(where: str) -> None:
            self.status.setText(self.tr("Saved: {0}").format(where))
            self.saved.emit(where)

        self._run(work, done, self.tr("Saving…"))

    def print_report(self) -> None:
        if self._doc is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the report's PDF off the UI thread, as vector pages where the platform allows
        (ui/report_printing.py)."""
        pdf, doc = self._pdf_bytes, self._doc
        if not pdf or doc is None:
            return

        def done(_: object) -> None:
            self.status.setText(self.tr("Sent to the printer."))
            self.printed.emit()

        title = f"{doc.title} {doc.period}"
        self._run(lambda: print_pdf(pdf, printer, title), done, self.tr("Printing…"))
