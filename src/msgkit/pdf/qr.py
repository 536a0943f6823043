"""The campaign URL as a QR code: reportlab's QR encoder, drawn as one vector path."""

from __future__ import annotations

import itertools
from functools import cache

from reportlab.lib.colors import Color
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

#: Modules of white space around the code, which scanners need.
_QUIET = 2


@cache
def _modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The dark/light module matrix of `value` (level M: survives a smudged print)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    widget = QrCodeWidget(value, barLevel="M")
    widget.qr.make()
    return tuple(tuple(bool(m) for m in row) for row in widget.qr.modules)


class QrCode(Flowable):  # type: ignore[misc]
    """A square QR code with its quiet zone on a light square.

    reportlab's widget draws every dark run as a separate shape; one path with a rectangle
    per run draws the same code in a fraction of the time and bytes.
    """

    def __init__(self, value: str, size: float, dark: Color, light: Color) -> None:
        super().__init__()
        self.value = value
        self.size = size
        self.dark = dark
        self.light = light
        self.hAlign = "LEFT"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.light)
        canv.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canv.setFillColor(self.dark)
        canv.drawPath(_path(self.value, self.size), stroke=0, fill=1)
        canv.restoreState()


@cache
def _path(value: str, size: float) -> PDFPathObject:
    """The dark modules of `value`'s code as one path, a rectangle per run; the same campaign
    link is on every sheet, so it is traced once per process."""
    modules = _modules(value)
    box = size / (len(modules) + 2 * _QUIET)
    path = PDFPathObject()
    for r, row in enumerate(modules):
        c = 0
        for dark, run in itertools.groupby(row):
            count = len(list(run))
            if dark:
                y = size - (r + _QUIET + 1) * box
                path.rect((c + _QUIET) * box, y, count * box, box)
            c += count
    return path
