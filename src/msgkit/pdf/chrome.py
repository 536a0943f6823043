"""What every page shows around the flowing text: header band, first-page side column, footer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame

from msgkit.pdf import tagging
from msgkit.pdf.flowables import Para
from msgkit.pdf.layout import BAND_FIRST, BAND_LATER, MARGIN, STRIPE, Geometry, footer_text_width
from msgkit.pdf.styles import Palette, Styles
from msgkit.pdf.typeface import BOLD


@dataclass
class Chrome:
    """What every page shows around the flowing text; drawn by the page templates."""

    palette: Palette
    styles: Styles
    geometry: Geometry
    brand_line: str  # header kicker: brand name · kind of sheet
    title: str  # header title: the campaign's
    running: str  # later pages' header line
    draft: str | None  # the draft-translation marker, when the language is a draft
    footer: Para  # organisations and contact, on every page (its lines broken once)
    built: str  # "Built 18 October 2021"
    page_label: Callable[[int, int], str]
    logo: Path | None = None
    logo_alt: str = ""  # the logo's alternative text: the brand's name
    rail: Callable[[], list[Flowable]] | None = None
    total_pages: int = 0
    pages_seen: int = field(default=0, init=False)

    def first_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Page 1: background, tall header band, side column, footer."""
        if getattr(canv, "dry", False):  # nothing drawn here changes the layout
            self.pages_seen = max(self.pages_seen, doc.page)
            return
        self._background(canv)
        with tagging.artifact(canv, "Header"):
            self._band(canv, first=True)
        if self.rail is not None:
            self._rail(canv)
        with tagging.artifact(canv, "Footer"):
            self._footer(canv, doc.page)

    def later_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Pages 2…: background, slim header band with the running title, footer."""
        if getattr(canv, "dry", False):
            self.pages_seen = max(self.pages_seen, doc.page)
            return
        self._background(canv)
        with tagging.artifact(canv, "Header"):
            self._band(canv, first=False)
        with tagging.artifact(canv, "Footer"):
            self._footer(canv, doc.page)

    def _background(self, canv: Canvas) -> None:
        p = self.palette
        if p.background.hexval() != "0xffffff":
            canv.setFillColor(p.background)
            canv.rect(0, 0, self.geometry.width, self.geometry.height, stroke=0, fill=1)

    def _band(self, canv: Canvas, first: bool) -> None:
        g, p, s = self.geometry, self.palette, self.styles
        band = BAND_FIRST if first else BAND_LATER
        top = g.height
        canv.saveState()
        canv.setFillColor(p.primary)
        canv.rect(0, top - band, g.width, band, stroke=0, fill=1)
        canv.setFillColor(p.accent)
        canv.rect(0, top - band - STRIPE, g.width, STRIPE, stroke=0, fill=1)
        right = g.width - MARGIN
        if self.draft:
            right = self._pill(canv, self.draft, right, top - (22 if first else band / 2 + 8))
        x = MARGIN
        if first:
            if self.logo is not None:
                self._logo(canv, x, top - band + 18, band - 36)
                x += band - 36 + 16
            block = [Para(self.brand_line, s.header_kicker), self._fit_title(right - x - 12)]
            heights = [f.wrap(right - x - 12, band)[1] for f in block]
            y = top - band / 2 + (sum(heights) + 3) / 2
            for f, h in zip(block, heights, strict=True):
                y -= h
                f.drawOn(canv, x, y)
                y -= 3
        else:
            size = 9.0
            text = self.running
            width = right - x - 12
            while stringWidth(text, BOLD, size) > width and size > 7:
                size -= 0.5
            while stringWidth(text, BOLD, size) > width and len(text) > 1:
                text = text[:-2].rstrip() + "…"
            canv.setFillColor(p.on_primary)
            canv.setFont(BOLD, size)
            canv.drawString(x, top - band / 2 - size * 0.35, text)
        canv.restoreState()

    def _fit_title(self, width: float) -> Para:
        """The campaign title in at most two lines: shrink the type before it would need a third."""
        base = self.styles.header_title
        size = base.fontSize
        while True:
            style = base.clone("header_title_fit", fontSize=size, leading=size * 1.2)
            para = Para(self.title, style)
            if para.wrap(width, 1e6)[1] <= 2 * style.leading + 0.1 or size <= 9:
                return para
            size -= 0.5

    def _pill(self, canv: Canvas, text: str, right: float, y: float) -> float:
        """The draft marker: a filled accent label at the top right; returns its left edge."""
        size, pad, height = 8.0, 7.0, 16.0
        width = float(stringWidth(text, BOLD, size)) + 2 * pad
        left = right - width
        canv.setFillColor(self.palette.accent)
        canv.roundRect(left, y, width, height, 3, stroke=0, fill=1)
        canv.setFillColor(self.palette.on_primary)
        canv.setFont(BOLD, size)
        canv.drawString(left + pad, y + 5, text)
        return left

    def _logo(self, canv: Canvas, x: float, y: float, size: float) -> None:
        """The campaign mark on a white tile, so any mark reads on any brand colour."""
        assert self.logo is not None
        canv.setFillColor(self.palette.background)
        canv.roundRect(x, y, size, size, 6, stroke=0, fill=1)
        pad = 6.0
        with tagging.content(canv, tagging.node("Figure", alt=self.logo_alt)):
            self._draw_mark(canv, x + pad, y + pad, size - 2 * pad)

    def _draw_mark(self, canv: Canvas, x: float, y: float, size: float) -> None:
        assert self.logo is not None
        canv.drawImage(
            _mark(str(self.logo)),
            x,
            y,
            size,
            size,
            preserveAspectRatio=True,
            anchor="c",
            mask="auto",
        )

    def _rail(self, canv: Canvas) -> None:
        assert self.rail is not None
        x, y, w, h = self.geometry.rail_box()
        canv.saveState()
        canv.setFillColor(self.palette.tint)
        canv.roundRect(x, y, w, h, 4, stroke=0, fill=1)
        canv.restoreState()
        frame = Frame(x, y, w, h, leftPadding=12, rightPadding=12, topPadding=8, bottomPadding=10)
        frame.addFromList(self.rail(), canv)

    def _footer(self, canv: Canvas, page: int) -> None:
        g, p, s = self.geometry, self.palette, self.styles
        self.pages_seen = max(self.pages_seen, page)
        canv.saveState()
        canv.setStrokeColor(p.rule)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, g.footer_top, g.width - MARGIN, g.footer_top)
        _, height = self.footer.wrap(footer_text_width(g.width), 1e6)
        self.footer.drawOn(canv, MARGIN, g.footer_top - 6 - height)
        right = g.width - MARGIN

        def number(canv: Canvas, total: int) -> None:
            canv.setFont(BOLD, 7.5)
            canv.setFillColor(p.text)
            canv.drawRightString(right, g.footer_top - 6 - 7.5, self.page_label(page, total))

        if self.total_pages:
            number(canv, self.total_pages)
        else:
            # "Page 1 of N" before N is known: the canvas fills it in when the document ends.
            canv.msgkit_defer(number)
        canv.setFont(s.footer.fontName, 7.5)
        canv.setFillColor(p.muted)
        canv.drawRightString(right, g.footer_top - 6 - 7.5 - 10, self.built)
        canv.restoreState()


@cache
def _mark(path: str) -> ImageReader:
    """The logo scaled down to what a 64 pt tile needs at print resolution (~280 dpi).

    A 1024 px mark would be embedded at full size on every sheet, and encoding it is most
    of the time a sheet takes; the scaled copy is made once per process.
    """
    from PIL import Image

    with Image.open(path) as image:
        image.load()
        mark = image.convert("RGBA") if image.mode not in ("RGB", "RGBA") else image.copy()
    mark.thumbnail((_MARK_PIXELS, _MARK_PIXELS), Image.Resampling.LANCZOS)
    return ImageReader(mark)


_MARK_PIXELS = 200
