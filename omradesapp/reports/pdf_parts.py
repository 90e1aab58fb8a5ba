"""Building blocks of the PDF report: fonts, styles, tables and the trend chart."""

from __future__ import annotations

import io
from functools import cache
from importlib.resources import files
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, TableStyle
from reportlab.platypus import Table as RLTable

from omradesapp.domain import swedish
from omradesapp.reports.content import Cell, Chart, Table

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK = colors.HexColor("#1f2a36")
MUTED = colors.HexColor("#5b6670")
RULE = colors.HexColor("#9aa5ad")
HEAD_BG = colors.HexColor("#e4eaef")
ZEBRA = colors.HexColor("#f5f7f9")
ACCENT = colors.HexColor("#1f5f8b")
SERIES_COLOURS = ("#1f5f8b", "#d9822b", "#3a8a4a", "#8e44ad")


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (shipped as package data) so the PDF looks the same everywhere."""
    fonts = files("omradesapp.resources").joinpath("fonts")
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        data = fonts.joinpath(file).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _style(
    name: str, size: float, bold: bool = False, colour: colors.Color = INK, **kw: Any
) -> ParagraphStyle:
    kw.setdefault("leading", size * 1.3)
    return ParagraphStyle(
        name, fontName=BOLD if bold else FONT, fontSize=size, textColor=colour,
        alignment=TA_LEFT, **kw,
    )  # fmt: skip


STYLES = {
    "h1": _style("h1", 18, True, spaceAfter=2 * mm),
    "sub": _style("sub", 10.5, colour=MUTED, spaceAfter=4 * mm),
    "h2": _style("h2", 13, True, ACCENT, spaceBefore=6 * mm, spaceAfter=2 * mm, keepWithNext=1),
    "h3": _style("h3", 9.5, True, spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=1),
    "body": _style("body", 9),
    "sentence": _style("sentence", 10.5, leading=14.5),
    "note": _style("note", 7.5, colour=MUTED, spaceBefore=1 * mm),
    "cell": _style("cell", 7.5),
    "cellb": _style("cellb", 7.5, True),
    "head": _style("head", 7, True),
    "warn": _style("warn", 10, True, colors.HexColor("#a3360f")),
}


def cell_text(value: Cell, signed: bool = False) -> str:
    if isinstance(value, str):
        return value
    if signed:
        return swedish.signed(value)
    return swedish.number(value)


# Where our own compound words may break in a narrow header column (soft hyphen).
_BREAKS = ("grupp", "samverkans", "samarbets", "års", "områdes", "skägge", "nätverks", "arbets")


def _hyphenate(text: str) -> str:
    for prefix in _BREAKS:
        for variant in (prefix, prefix.capitalize()):
            text = text.replace(variant, variant + "\u00ad")
    return text.replace("\u00ad ", " ")


def _header_size(headers: list[str], widths: list[float]) -> float:
    """The largest header font (7 pt at most) at which no word is wider than its column."""
    size = 7.0
    for h, w in zip(headers, widths, strict=True):
        for word in _hyphenate(h).replace("\u00ad", " ").split():
            while size > 5.5 and pdfmetrics.stringWidth(word, BOLD, size) > w - 6:
                size -= 0.25
    return size


def _text_columns(t: Table) -> set[int]:
    body = list(t.rows) + ([t.total] if t.total is not None else [])
    return {0} | {
        j
        for j in range(1, len(t.header))
        if j not in t.count_cols and any(isinstance(r[j], str) and r[j] for r in body)
    }


def table(t: Table, width: float) -> RLTable:
    """A titled table as a reportlab Table: header wraps, numbers right-aligned, bold total."""
    text_cols = _text_columns(t)
    weights = [2.4 if j == 0 else 2.0 if j in text_cols else 1.0 for j in range(len(t.header))]
    widths = [width * w / sum(weights) for w in weights]
    size = _header_size(t.header, widths)
    head = {
        align: ParagraphStyle(f"head{align}", parent=STYLES["head"], fontSize=size,
                              leading=size * 1.2, alignment=align)
        for align in (TA_LEFT, TA_RIGHT)
    }  # fmt: skip
    data: list[list[object]] = [
        [
            Paragraph(escape(_hyphenate(h)), head[TA_LEFT if j in text_cols else TA_RIGHT])
            for j, h in enumerate(t.header)
        ]
    ]
    body = list(t.rows) + ([t.total] if t.total is not None else [])
    for i, row in enumerate(body):
        total = t.total is not None and i == len(body) - 1
        style = STYLES["cellb" if total else "cell"]
        data.append(
            [
                Paragraph(escape(str(v)), style) if j in text_cols and isinstance(v, str)
                else cell_text(v, j in t.signed_cols)
                for j, v in enumerate(row)
            ]
        )  # fmt: skip
    rl = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(2, len(data), 2):
        cmds.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    if t.total is not None:
        cmds += [
            ("FONT", (1, -1), (-1, -1), BOLD, 7.5),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
            ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG),
        ]
    rl.setStyle(TableStyle(cmds))
    return rl


def chart(c: Chart, width: float) -> Drawing:
    """The trend as a line chart with a legend below it."""
    height = 78 * mm
    d = Drawing(width, height, initialFontName=FONT)
    lc = HorizontalLineChart()
    lc.x, lc.y = round(14 * mm), round(20 * mm)
    lc.width, lc.height = round(width - 18 * mm), round(height - 26 * mm)
    lc.data = [tuple(values) for _, values in c.series] or [(0,)]
    lc.joinedLines = 1
    top = max((max(v) for _, v in c.series if v), default=0)
    lc.valueAxis.valueMin = 0
    lc.valueAxis.valueMax = max(10, int(top * 1.1) + 1)
    lc.valueAxis.labelTextFormat = swedish.integer
    lc.valueAxis.visibleGrid = 1
    lc.valueAxis.gridStrokeColor = colors.HexColor("#dde3e8")
    lc.valueAxis.gridStrokeWidth = 0.4
    lc.categoryAxis.categoryNames = c.categories
    for axis in (lc.valueAxis, lc.categoryAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
        axis.labels.fillColor = INK
        axis.strokeColor = RULE
    lc.categoryAxis.labels.boxAnchor = "n"
    for i, colour in enumerate(SERIES_COLOURS[: len(c.series)]):
        lc.lines[i].strokeColor = colors.HexColor(colour)
        lc.lines[i].strokeWidth = 1.6
        lc.lines[i].symbol = makeMarker("FilledCircle", size=3)  # type: ignore[no-untyped-call]
        lc.lines[i].symbol.fillColor = colors.HexColor(colour)
        lc.lines[i].symbol.strokeColor = colors.HexColor(colour)
    d.add(lc)
    legend = Legend()
    legend.x, legend.y = round(14 * mm), round(6 * mm)
    legend.alignment = "right"
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.columnMaximum = 1
    legend.deltax = 0  # each column as wide as the longest name: evenly spaced
    legend.autoXPadding = 12
    legend.dxTextSpace = 4
    legend.colorNamePairs = [
        (colors.HexColor(colour), name)
        for colour, (name, _) in zip(SERIES_COLOURS, c.series, strict=False)
    ]
    d.add(legend)
    d.add(String(0, height - 3 * mm, "Antal", fontName=FONT, fontSize=7, fillColor=MUTED))
    return d
