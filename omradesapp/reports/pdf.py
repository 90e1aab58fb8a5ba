"""The report as an A4 PDF in Swedish: portrait pages, a wide table turned on its side."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from omradesapp.reports import pdf_parts
from omradesapp.reports.content import Document, Section, Table
from omradesapp.reports.pdf_parts import BOLD, FONT, HEAD_BG, INK, MUTED, RULE, STYLES
from omradesapp.reports.pdf_sideways import Sideways
from omradesapp.reports.sections import is_preliminary

MARGIN = 18 * mm
FRAME_SPARE = 32 * mm  # above and below the frame: the page number and the margins


def _numbered_canvas(doc: Document) -> type[Canvas]:
    """A canvas that knows the page count when it draws each page's header and footer."""
    head = f"Områdesappen · {doc.title} {doc.period}"

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own, not in its stubs

        def save(self) -> None:
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._decorate(number, len(self._pages))
                super().showPage()
            super().save()

        def _decorate(self, number: int, count: int) -> None:
            w, h = self._pagesize  # type: ignore[attr-defined]  # reportlab's own, not in its stubs
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, h - 12 * mm, w - MARGIN, h - 12 * mm)
            self.line(MARGIN, 12 * mm, w - MARGIN, 12 * mm)
            self.setFillColor(MUTED)
            self.setFont(FONT, 7.5)
            self.drawString(MARGIN, h - 10.5 * mm, head)
            self.drawRightString(w - MARGIN, h - 10.5 * mm, doc.selection[:90])
            self.drawString(MARGIN, 8 * mm, f"Skapad {doc.created}")
            self.setFont(BOLD, 8)
            self.drawRightString(w - MARGIN, 8 * mm, f"Sida {number} av {count}")

    return NumberedCanvas


def _templates() -> list[PageTemplate]:
    w, h = A4
    frame = Frame(MARGIN, 16 * mm, w - 2 * MARGIN, h - FRAME_SPARE, id="portrait", showBoundary=0)
    return [PageTemplate(id="portrait", frames=[frame], pagesize=A4)]


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text), STYLES[style])


def _boxed(flowables: list[Flowable], width: float) -> RLTable:
    box = RLTable([[flowables]], colWidths=[width])
    box.setStyle(
        TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, pdf_parts.ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ])
    )  # fmt: skip
    return box


def _facts(doc: Document, width: float) -> RLTable:
    rows = [[_p(k, "cellb"), _p(v, "cell")] for k, v in doc.facts]
    t = RLTable(rows, colWidths=[48 * mm, width - 48 * mm], hAlign="LEFT")
    t.setStyle(
        TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ])
    )  # fmt: skip
    return t


def _titled(t: Table, width: float) -> list[Flowable]:
    parts: list[Flowable] = [_p(t.title, "h3"), pdf_parts.table(t, width)]
    if t.note:
        parts.append(_p(t.note, "note"))
    return parts


def _section(section: Section, width: float, wide: float) -> list[Flowable]:
    """A section's blocks; its heading is kept on the page of its first block."""
    heading: list[Flowable] = [_p(section.title, "h2")]
    out: list[Flowable] = [CondPageBreak(60 * mm)]
    first: list[Flowable] = []
    if section.chart is not None:
        first.append(pdf_parts.chart(section.chart, width))
    first += [_p(text, "body") for text in section.text]
    if first:
        out.append(KeepTogether(heading + first))
        heading = []
    tables = list(section.tables)
    while tables:
        t = tables.pop(0)
        if t.wide:
            out += [PageBreak(), Sideways([*heading, *_titled(t, wide)])]
        elif t.half:
            group = [t]
            while tables and tables[0].half:
                group.append(tables.pop(0))
            out.append(KeepTogether([*heading, _columns(group, width)]))
        elif len(t.rows) < 25:
            out.append(KeepTogether([*heading, *_titled(t, width)]))
        else:
            out += [*heading, *_titled(t, width)]
        heading = []
    return out


def _columns(group: list[Table], width: float) -> RLTable:
    """Narrow tables in two columns, each added to the shorter column."""
    gap = 8 * mm
    half = (width - gap) / 2
    cols: list[list[Flowable]] = [[], []]
    heights = [0, 0]
    for t in group:
        side = 0 if heights[0] <= heights[1] else 1
        cols[side] += _titled(t, half)
        heights[side] += len(t.rows) + 3 + (t.total is not None)
    pair = RLTable([cols], colWidths=[half + gap, half], hAlign="LEFT")
    pair.setStyle(
        TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), gap),
        ])
    )  # fmt: skip
    return pair


def _signature(width: float) -> KeepTogether:
    """Lines for the unit head's date, signature and printed name."""
    gap = 8 * mm
    cols = [width * 0.22, gap, width * 0.4, gap, width * 0.38 - 2 * gap]
    lines = RLTable(
        [["", "", "", "", ""], ["Datum", "", "Underskrift", "", "Namnförtydligande"]],
        colWidths=cols,
        rowHeights=[14 * mm, 5 * mm],
        hAlign="LEFT",
    )
    lines.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("TEXTCOLOR", (0, 1), (-1, 1), MUTED),
            ("LINEBELOW", (0, 0), (0, 0), 0.6, INK),
            ("LINEBELOW", (2, 0), (2, 0), 0.6, INK),
            ("LINEBELOW", (4, 0), (4, 0), 0.6, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ])
    )  # fmt: skip
    return KeepTogether([_p("Granskad och godkänd", "h2"), lines])


def to_pdf(doc: Document) -> bytes:
    pdf_parts.register_fonts()
    out = io.BytesIO()
    template = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"{doc.title} {doc.period}",
        author="Områdesappen",
        subject=doc.selection,
        lang="sv",
        initialFontName=FONT,  # else every page names Helvetica, a font not embedded
    )
    template.addPageTemplates(_templates())
    width = A4[0] - 2 * MARGIN
    wide = A4[1] - FRAME_SPARE  # a table on its side spans the frame's height
    story: list[Flowable] = [_p(f"{doc.title} {doc.period}", "h1"), _p(doc.selection, "sub")]
    if is_preliminary(doc.facts):
        story += [_p("Preliminära siffror: månaden är inte avslutad för alla enheter.", "warn")]
        story.append(Spacer(1, 2 * mm))
    story.append(_boxed([_p(s, "sentence") for s in doc.sentences], width))
    story += [Spacer(1, 3 * mm), _p("Underlag", "h3"), _facts(doc, width)]
    for section in doc.sections:
        story += _section(section, width, wide)
    story.append(_signature(width))
    template.build(story, canvasmaker=_numbered_canvas(doc))
    return out.getvalue()
