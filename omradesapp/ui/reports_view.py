"""The Reports page: choose a month or period and units or a worker, see the PDF, print, save."""

from __future__ import annotations

import calendar
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
    QRect,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPainter, QShortcut
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
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from omradesapp.atomic import write_atomic
from omradesapp.reports.content import Document, build
from omradesapp.reports.figures import compute
from omradesapp.reports.render import write
from omradesapp.store.database import Store, StoreError, open_store
from omradesapp.store.org import list_units, list_workers
from omradesapp.ui.check_list import CheckList
from omradesapp.ui.widgets import ErrorLabel, name

PRINT_DPI = 200  # sharp on paper, and a page image stays around 30 MB


@dataclass(frozen=True)
class Selection:
    start: dt.date
    end: dt.date
    unit_ids: tuple[int, ...]
    worker_id: int | None
    worker_name: str | None


class _Job(QThread):
    """Runs one function off the UI thread; `done`/`failed` arrive on the UI thread."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[], Any], parent: QWidget) -> None:
        super().__init__(parent)
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except (StoreError, ValueError, OSError) as e:
            self.failed.emit(str(e))
        except Exception as e:  # noqa: BLE001 - shown to the user instead of lost in a thread
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.done.emit(result)


def _make_document(db: Path, sel: Selection) -> tuple[Document, bytes]:
    """The report built on its own read connection, so the desk can keep writing meanwhile."""
    store = open_store(db, write=False, create=False, check=False)
    try:
        report = compute(store, sel.start, sel.end, sel.unit_ids, sel.worker_id, sel.worker_name)
        doc = build(store, report)
    finally:
        store.close()
    return doc, write(doc, "pdf")


def _page_images(pdf: bytes) -> list[QImage]:
    """Every page as an image at print resolution (a document of its own: thread-safe)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    images = []
    for i in range(doc.pageCount()):
        points = doc.pagePointSize(i)
        size = (points * PRINT_DPI / 72).toSize()
        images.append(doc.render(i, size))
    doc.close()
    return images


class ReportsView(QWidget):
    """Monthly summary or period report as a PDF shown here, then printed or saved."""

    generated = Signal(int)  # page count
    saved = Signal(str)  # file path
    printed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._doc: Document | None = None
        self._pdf_bytes = b""
        self._jobs: list[_Job] = []
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
        self.from_edit = QDateEdit(QDate(today.year(), 1, 1), self)
        self.to_edit = QDateEdit(today, self)
        for edit, text in ((self.from_edit, self.tr("&From")), (self.to_edit, self.tr("&To"))):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            name(edit, text)
            form.addRow(text, edit)
        self.units = CheckList(self)
        name(self.units, self.tr("Units"))
        form.addRow(self.tr("&Units"), self.units)
        self.worker_combo = QComboBox(self)
        name(self.worker_combo, self.tr("Worker"))
        form.addRow(self.tr("Wor&ker"), self.worker_combo)
        self.error = ErrorLabel(self)
        form.addRow(self.error)
        self.generate_button = QPushButton(self.tr("&Create report"), self)
        QShortcut(QKeySequence("Ctrl+R"), self, self.generate_button.animateClick)  # keeps Alt+S
        self.generate_button.setToolTip(self.tr("Create the report (Ctrl+R)"))
        form.addRow(self.generate_button)
        self.month_radio.toggled.connect(self._update_enabled)
        self.generate_button.clicked.connect(self.generate)

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
            start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
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
    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None], busy_text: str) -> _Job:
        job = _Job(fn, self)
        self._jobs.append(job)
        job.done.connect(done)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._finished(job))
        self.status.setText(busy_text)
        self._update_enabled()
        job.start()
        return job

    def _finished(self, job: _Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        job.deleteLater()
        self._update_enabled()

    def _failed(self, message: str) -> None:
        self.error.show_error(self.tr("The report could not be made: {0}").format(message))
        self.status.setText(self.tr("Nothing was changed."))

    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self) -> None:
        """Let work under way finish (a file being saved is written) before the app ends."""
        for job in list(self._jobs):
            job.wait()

    def generate(self) -> None:
        sel = self.selection()
        if sel is None or self._jobs:
            return
        db = Path(self.store.path)
        self._run(lambda: _make_document(db, sel), self._show, self.tr("Creating the report…"))

    def _show(self, result: tuple[Document, bytes]) -> None:
        self._doc, self._pdf_bytes = result
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
        doc, pdf = self._doc, self._pdf_bytes
        if doc is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")

        def work() -> str:
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
        """Print every page, turning the paper for landscape pages; pages are drawn off-thread."""
        pdf = self._pdf_bytes
        if not pdf:
            return

        def done(images: list[QImage]) -> None:
            painter = QPainter()
            for i, image in enumerate(images):
                wide = image.width() > image.height()
                orientation = (
                    QPageLayout.Orientation.Landscape
                    if wide
                    else (QPageLayout.Orientation.Portrait)
                )
                printer.setPageOrientation(orientation)
                if i == 0:
                    painter.begin(printer)
                else:
                    printer.newPage()
                page = printer.pageLayout().paintRectPixels(printer.resolution())
                scaled = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
            if painter.isActive():
                painter.end()
            self.status.setText(self.tr("Sent to the printer."))
            self.printed.emit()

        self._run(lambda: _page_images(pdf), done, self.tr("Preparing the pages for printing…"))
