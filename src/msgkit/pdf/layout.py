"""The page grid: paper sizes, margins, the first page's side column, the footer's height."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Flowable

PAPER = {"A4": A4, "Letter": LETTER}
MARGIN = 46.0
RAIL_WIDTH = 150.0
GUTTER = 22.0
BAND_FIRST = 100.0
BAND_LATER = 40.0
STRIPE = 4.0
#: Width of the later pages' text column (points): 60–75 characters of the body text.
LATER_MEASURE = 331.0
_FOOTER_BASE = 28.0


@dataclass(frozen=True)
class Geometry:
    """Where things go on a page of the given size, with the footer's measured height."""

    width: float
    height: float
    footer_height: float
    #: Text columns on pages 2…: 1 (an area sheet's running text), or 2 (the overview's cards).
    later_columns: int = 1

    @property
    def content_width(self) -> float:
        return self.width - 2 * MARGIN

    @property
    def main_width(self) -> float:
        """The text column of page 1, left of the rail."""
        return self.content_width - RAIL_WIDTH - GUTTER

    @property
    def later_width(self) -> float:
        """The text column of pages 2…: the first page's column, so a paragraph that runs on
        keeps its line length, and about 70 characters of 10.5 pt text (a readable measure)."""
        return min(self.content_width, max(self.main_width, LATER_MEASURE))

    def later_frames(self) -> list[tuple[float, float]]:
        """x and width of each text column on pages 2…."""
        if self.later_columns == 1:
            return [(MARGIN, self.later_width)]
        width = (self.content_width - GUTTER * (self.later_columns - 1)) / self.later_columns
        return [(MARGIN + n * (width + GUTTER), width) for n in range(self.later_columns)]

    @property
    def footer_top(self) -> float:
        return _FOOTER_BASE + self.footer_height + 8

    @property
    def body_bottom(self) -> float:
        return self.footer_top + 14

    def body_top(self, first: bool) -> float:
        band = BAND_FIRST if first else BAND_LATER
        return self.height - band - STRIPE - (26 if first else 20)

    def rail_box(self) -> tuple[float, float, float, float]:
        """x, y, width, height of the first page's rail."""
        top = self.body_top(True) + 4
        return (
            self.width - MARGIN - RAIL_WIDTH,
            self.body_bottom,
            RAIL_WIDTH,
            top - self.body_bottom,
        )


def footer_text_width(page_width: float) -> float:
    """Width of the footer's left column (organisations, contact); the right holds page and date."""
    return page_width - 2 * MARGIN - 130


def rail_fits(flowables: list[Flowable], geometry: Geometry) -> bool:
    """Whether the rail's content fits the first page's rail, so nothing would be cut off."""
    _, _, width, height = geometry.rail_box()
    inner = width - 24
    used = 0.0
    for f in flowables:
        used += float(f.wrap(inner, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter())
    return used <= height - 18
