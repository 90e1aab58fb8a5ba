"""A wide table turned on its side on a portrait page, so that every page of the report is
A4 portrait (a printer then needs no turn of the paper mid-document)."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


class Sideways(Flowable):
    """Flowables laid out across the page's height and turned a quarter to the left; read
    with the page turned clockwise. Splits over pages like a frame of its own."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self._laid: list[tuple[Flowable, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # Turned: the parts' width is the page's height, their height the page's width.
        self._laid = [(p, p.wrap(avail_height, avail_width)[1]) for p in self.parts]
        self.width, self.height = avail_width, avail_height
        too_much = sum(h for _, h in self._laid) > avail_width  # makes the frame split it
        return avail_width, avail_height + (1 if too_much else 0)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """As many parts as fit across the page here; the rest, split if need be, follows."""
        room, here = avail_width, []
        rest = list(self.parts)
        while rest:
            part = rest[0]
            height = part.wrap(avail_height, avail_width)[1]
            if height <= room:
                here.append(rest.pop(0))
                room -= height
                continue
            pieces = part.split(avail_height, room) or []
            if len(pieces) > 1:
                here.append(pieces[0])
                rest[0:1] = pieces[1:]
            break
        if not here:
            return []
        # Each claims a whole page: the rest starts on the next.
        return [Sideways(here), Sideways(rest)] if rest else [Sideways(here)]

    def draw(self) -> None:
        canv: Canvas = self.canv
        canv.saveState()
        canv.translate(self.width, 0)
        canv.rotate(90)
        top = self.width  # the turned content's height is the page's width
        for part, height in self._laid:
            top -= height
            part.drawOn(canv, 0, top)
        canv.restoreState()
