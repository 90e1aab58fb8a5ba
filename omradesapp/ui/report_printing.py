"""Printing the report's PDF as it is (vector pages) wherever the platform allows.

Qt cannot hand a PDF to a printer itself: QPdfDocument only renders pages as images,
and QPrinter embeds drawn images as large JPEGs. So:

- a "print to file" (PDF) printer gets the report's own PDF bytes: exact and small;
- on Linux and macOS, a real printer gets the PDF file through CUPS (`lp`), which prints
  PDF natively;
- elsewhere (Windows' GDI printers), the pages are rendered at the printer's resolution
  and drawn, without turning the paper: every page of the report is portrait.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from omradesapp.atomic import write_atomic

MAX_RENDER_DPI = 300  # enough for text on paper; a printer reporting more gets 300
CUPS_TIMEOUT_S = 60


def print_pdf(pdf: bytes, printer: QPrinter, title: str) -> None:
    """Send the PDF to the printer by the best path there is; OSError if it failed."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        write_atomic(Path(printer.outputFileName()), pdf)
    elif sys.platform != "win32" and shutil.which("lp") and printer.printerName():
        send_to_cups(pdf, printer.printerName(), printer.copyCount(), title)
    else:
        draw_pages(page_images(pdf, min(printer.resolution(), MAX_RENDER_DPI)), printer)


def send_to_cups(pdf: bytes, printer_name: str, copies: int, title: str) -> None:
    """`lp` reads the PDF from standard input; OSError with lp's own words if it refused."""
    done = subprocess.run(
        ["lp", "-d", printer_name, "-n", str(max(1, copies)), "-t", title, "-"],
        input=pdf,
        capture_output=True,
        timeout=CUPS_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        raise OSError(done.stderr.decode("utf-8", "replace").strip() or f"lp: {done.returncode}")


def page_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page as an image at `dpi` (a document of its own: safe off the UI thread)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    images = []
    for i in range(doc.pageCount()):
        size = (doc.pagePointSize(i) * dpi / 72).toSize()
        images.append(doc.render(i, size))
    doc.close()
    return images


def draw_pages(images: list[QImage], printer: QPrinter) -> None:
    """Draw page images on the printer's pages, each scaled to fit its paper."""
    painter = QPainter()
    for i, image in enumerate(images):
        if i == 0:
            painter.begin(printer)
        else:
            printer.newPage()
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        scaled: QSize = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
    if painter.isActive():
        painter.end()
