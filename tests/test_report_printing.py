"""Printing sends the report's vector PDF, not page images; every page is A4 portrait."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from omradesapp.reports.assemble import build
from omradesapp.reports.figures import compute
from omradesapp.reports.render import write
from omradesapp.store.database import Store
from omradesapp.ui.report_printing import draw_pages, page_images, print_pdf, send_to_cups

A4_POINTS = (595, 842)


@pytest.fixture
def pdf(october: Store) -> bytes:
    report = compute(october, dt.date(2026, 10, 1), dt.date(2026, 10, 31), (), None, None)
    return write(build(october, report), "pdf")


def _sizes(path: Path) -> list[tuple[int, int]]:
    pages = PdfReader(path).pages
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]


def test_every_page_of_the_monthly_summary_is_portrait(pdf: bytes, tmp_path: Path) -> None:
    (tmp_path / "r.pdf").write_bytes(pdf)
    sizes = _sizes(tmp_path / "r.pdf")
    assert len(sizes) >= 4 and set(sizes) == {A4_POINTS}
    # The wide units × partners table is on its side on a portrait page, all of it there.
    turned = PdfReader(tmp_path / "r.pdf").pages[3].extract_text()
    assert "Samverkansmöten per enhet och samarbetspartner" in turned and "Skäggetorp" in turned


def test_a_pdf_printer_gets_the_vector_pdf_far_smaller_than_page_images(
    qapp, pdf: bytes, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    def printer(name: str) -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(tmp_path / name))
        return p

    print_pdf(pdf, printer("vector.pdf"), "Rapport")
    raster = printer("raster.pdf")
    draw_pages(page_images(pdf, 150), raster)  # what printing used to send
    vector_size = (tmp_path / "vector.pdf").stat().st_size
    raster_size = (tmp_path / "raster.pdf").stat().st_size
    assert (tmp_path / "vector.pdf").read_bytes() == pdf
    assert vector_size * 5 < raster_size
    assert _sizes(tmp_path / "raster.pdf") == _sizes(tmp_path / "vector.pdf")


@pytest.mark.skipif(sys.platform == "win32", reason="CUPS")
def test_a_cups_printer_gets_the_pdf_file(
    pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shims = tmp_path / "bin"
    shims.mkdir()
    lp = shims / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\ncat > {tmp_path}/job.pdf\n', "utf-8")
    lp.chmod(0o755)
    monkeypatch.setenv("PATH", f"{shims}{os.pathsep}{os.environ['PATH']}")
    assert shutil.which("lp") == str(lp)
    send_to_cups(pdf, "Skrivaren", 2, "Månadssammanställning oktober 2026")
    assert (tmp_path / "job.pdf").read_bytes() == pdf
    args = (tmp_path / "args").read_text("utf-8").split()
    assert args[:4] == ["-d", "Skrivaren", "-n", "2"] and args[-1] == "-"


def test_a_refusing_cups_printer_is_an_error(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shims = tmp_path / "bin"
    shims.mkdir()
    lp = shims / "lp"
    lp.write_text('#!/bin/sh\necho "lp: skrivaren finns inte" >&2\nexit 1\n', "utf-8")
    lp.chmod(0o755)
    monkeypatch.setenv("PATH", f"{shims}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(OSError, match="skrivaren finns inte"):
        send_to_cups(b"%PDF-1.4", "Borta", 1, "Rapport")
