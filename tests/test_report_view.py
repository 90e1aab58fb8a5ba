"""The Reports page: choose a month, create the report, see it, save it and print it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget
from ui_support import open_reports_view

from omradesapp.store.database import Store
from omradesapp.ui.reports_view import ReportsView

WAIT = 30_000  # ms; creating the report runs in a worker thread


@pytest.fixture
def view(qtbot, october: Store) -> ReportsView:  # type: ignore[no-untyped-def]
    return open_reports_view(qtbot, october)


def create(qtbot, view: ReportsView) -> int:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.generated, timeout=WAIT) as blocker:
        qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy(), timeout=WAIT)
    return int(blocker.args[0])


def page_text(view: ReportsView, page: int) -> str:
    return " ".join(view.pdf.getAllText(page).text().split())


def test_choose_a_month_and_see_the_report(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    assert not view.print_button.isEnabled()  # nothing to print yet
    view.month_edit.setDate(QDate(2026, 10, 1))
    pages = create(qtbot, view)
    assert pages == view.page_count() >= 5
    assert "Månadssammanställning oktober 2026" in view.status.text()
    assert str(pages) in view.status.text()
    assert "träffade områdesarbetarna vid familjecentralerna 8 personer enskilt" in page_text(
        view, 0
    )
    assert view.print_button.isEnabled() and view.save_buttons["csv"].isEnabled()


def test_one_worker_and_one_unit(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    view.month_edit.setDate(QDate(2026, 10, 1))
    view.worker_combo.setCurrentIndex(view.worker_combo.findText("CD"))
    create(qtbot, view)
    assert "Medarbetare CD" in page_text(view, 0)
    assert "träffade CD 2 personer enskilt" in page_text(view, 0)


def test_period_ending_before_it_starts_is_refused(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    radio = view.period_radio  # clicked on its round button, as a user does
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert view.from_edit.isEnabled() and not view.month_edit.isEnabled()
    view.from_edit.set_date(dt.date(2026, 10, 31))
    view.to_edit.set_date(dt.date(2026, 10, 1))
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    assert view.error.isVisible()
    assert view.error.text().endswith(view.tr("The period ends before it starts."))
    assert view.page_count() == 0 and not view.busy()


def test_no_unit_chosen_is_refused(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    for i in range(view.units.count()):
        view.units.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    assert view.error.isVisible()
    assert view.error.text().endswith(view.tr("Choose at least one unit."))


def test_save_as_pdf_csv_xlsx(qtbot, view: ReportsView, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view.month_edit.setDate(QDate(2026, 10, 1))
    pages = create(qtbot, view)
    for fmt in ("pdf", "csv", "xlsx"):
        target = tmp_path / f"oktober.{fmt}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        with qtbot.waitSignal(view.saved, timeout=WAIT):
            qtbot.mouseClick(view.save_buttons[fmt], Qt.MouseButton.LeftButton)
        assert target.exists()
        qtbot.waitUntil(lambda: not view.busy(), timeout=WAIT)
    assert len(PdfReader(tmp_path / "oktober.pdf").pages) == pages
    assert (tmp_path / "oktober.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    wb = load_workbook(io.BytesIO((tmp_path / "oktober.xlsx").read_bytes()))
    assert "Nyckeltal" in wb.sheetnames
    assert len(list(wb["Poster"].iter_rows())) == 1 + 16  # the data sheets come along
    assert wb["Per månad"]["A2"].value == "2026-10"
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically, no leftovers


def test_print_to_a_pdf_printer(qtbot, view: ReportsView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view.month_edit.setDate(QDate(2026, 10, 1))
    pages = create(qtbot, view)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(view.printed, timeout=WAIT):
        view.print_to(printer)
    qtbot.waitUntil(lambda: not view.busy(), timeout=WAIT)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    # The report's own vector pages: text to select, no page images.
    assert "Månadssammanställning" in printed.pages[0].extract_text()
    assert all(not page.images for page in printed.pages)


def test_workers_who_left_can_be_reported_and_new_ones_appear(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    from omradesapp.store import org

    cd = org.worker_by_name(view.store, "CD")
    assert cd is not None
    org.save_worker(view.store, org.Worker(cd.id, "CD", cd.unit_id, False), "test")
    org.save_worker(view.store, org.Worker(0, "EF", None, True), "test")
    view.refresh()  # what the main window does when the organisation changes
    names = [view.worker_combo.itemText(i) for i in range(view.worker_combo.count())]
    assert "CD" in names and "EF" in names


def test_quitting_while_a_report_is_made_waits_for_it(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    view.month_edit.setDate(QDate(2026, 10, 1))
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    assert view.busy()
    jobs = list(view._jobs)
    view.shutdown()
    assert jobs and all(job.wait(0) for job in jobs)  # returned: nothing left half done


def _type_into_clicked(qtbot, edit: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click in the middle of a date field, as a user does, and type the whole date."""
    target = edit.focusProxy() or edit
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.rect().center())
    qtbot.keyClicks(target, text)


def test_a_period_typed_after_a_click_is_the_period_reported(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    radio = view.period_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    _type_into_clicked(qtbot, view.from_edit, "2026-10-01")
    _type_into_clicked(qtbot, view.to_edit, "2026-10-31")
    create(qtbot, view)
    assert page_text(view, 0).startswith("Månadssammanställning oktober 2026")  # a whole month


def test_a_period_date_that_is_no_date_is_refused_by_name(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    radio = view.period_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    _type_into_clicked(qtbot, view.from_edit, "2026-02-30")
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    assert view.error.isVisible()
    assert "2026-02-30" in view.error.text() and view.tr("From") in view.error.text()
    assert view.page_count() == 0 and not view.busy()
