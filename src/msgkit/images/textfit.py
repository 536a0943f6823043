"""Text fitted into a box by measurement: wrap to the width, balance the lines, shrink to a minimum.

Every size is measured with the real font (Pillow, basic layout engine, so results do not depend
on whether libraqm is installed), and a fit is accepted only when the ink of every line lies
inside the box: nothing is ever drawn off the card.
"""

from __future__ import annotations

import contextvars
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

from PIL import ImageFont

from msgkit.fonts import Style, font_path

if TYPE_CHECKING:
    from PIL import ImageDraw

Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]
Bbox = tuple[int, int, int, int]

#: Extra space between paragraphs (a blank line in the text), as a share of the line advance.
PARAGRAPH_GAP = 0.5


@cache
def font(style: Style, size: int) -> ImageFont.FreeTypeFont:
    """Fira Sans in `style` at `size` pixels, with the basic (libraqm-free) layout engine."""
    return ImageFont.truetype(str(font_path(style)), size, layout_engine=ImageFont.Layout.BASIC)


@dataclass(frozen=True)
class Box:
    """A rectangle on the card, in pixels."""

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    def contains(self, bbox: Bbox) -> bool:
        """Whether a (left, top, right, bottom) rectangle lies inside this box."""
        left, top, right, bottom = bbox
        return (
            left >= self.left and top >= self.top and right <= self.right and bottom <= self.bottom
        )


@dataclass(frozen=True)
class FittedText:
    """Lines placed in a box: each line's left baseline point, and the ink's bounding box."""

    style: Style
    size: int
    lines: tuple[str, ...]
    origins: tuple[tuple[int, int], ...]
    bbox: Bbox
    box: Box

    def draw(self, draw: ImageDraw.ImageDraw, fill: tuple[int, int, int]) -> None:
        """Draw the lines."""
        face = font(self.style, self.size)
        for origin, line in zip(self.origins, self.lines, strict=True):
            draw.text(origin, line, font=face, fill=fill, anchor="ls")


class TextDoesNotFit(Exception):
    """The text overflows its box even at the smallest allowed size."""

    def __init__(self, min_size: int, box: Box, part: str = "text") -> None:
        self.min_size = min_size
        self.box = box
        #: Which text of the card overflowed: `message`, `kicker`, `brand`, `tags`, `draft`.
        self.part = part
        super().__init__(f"{part} does not fit {box.width}x{box.height} at {min_size}px")


#: A wrapped line and whether a paragraph gap comes before it.
_Line = tuple[str, bool]
#: One fitting attempt: (size, split over-long words, width) → the fit, or None.
_Attempt = Callable[[int, bool, float], "FittedText | None"]


def _paragraphs(text: str) -> list[tuple[list[str], bool]]:
    """Each line break of the text as a paragraph of words; True where a blank line precedes."""
    result: list[tuple[list[str], bool]] = []
    gap = False
    for raw in text.split("\n"):
        words = raw.split()
        if not words:
            gap = bool(result)
            continue
        result.append((words, gap))
        gap = False
    return result


class _Metrics:
    """Advance and ink box of each character of one font at one size, measured once.

    The basic layout engine neither kerns Fira Sans nor forms ligatures, so a line's advance is
    the sum of its characters' advances (checked by the tests against Pillow), and its ink box
    follows from its first and last characters and the tallest ones. Measuring per character
    instead of per candidate line makes fitting about twenty times faster.
    """

    def __init__(self, style: Style, size: int) -> None:
        self.face = font(style, size)
        self.ascent, self.descent = self.face.getmetrics()
        self._advance: dict[str, float] = {}
        self._ink: dict[str, tuple[int, int, int, int]] = {}
        self._width: dict[str, float] = {}

    def advance(self, ch: str) -> float:
        value = self._advance.get(ch)
        if value is None:
            value = self._advance[ch] = self.face.getlength(ch)
        return value

    def ink(self, ch: str) -> tuple[int, int, int, int]:
        value = self._ink.get(ch)
        if value is None:
            x0, y0, x1, y1 = self.face.getbbox(ch, anchor="ls")
            value = self._ink[ch] = (int(x0), int(y0), int(x1), int(y1))
        return value

    def width(self, text: str) -> float:
        """The advance width of `text` (remembered: fitting measures the same lines often)."""
        value = self._width.get(text)
        if value is None:
            advance = self._advance
            value = 0.0
            for ch in text:
                step = advance.get(ch)
                value += step if step is not None else self.advance(ch)
            self._width[text] = value
        return value

    def ink_width(self, line: str) -> float:
        """The horizontal room a line needs: its advance, widened by overhanging ink."""
        left, right, _, _ = self.extent(line)
        return right - left

    def fits(self, line: str, advance: float, width: float) -> bool:
        """Whether a line of the given advance fits `width`, overhangs included.

        Overhangs are at most a tenth of the size, so only lines that close to the edge are
        measured exactly.
        """
        if advance > width:
            return False
        return advance <= width - 0.1 * self.face.size or self.ink_width(line) <= width

    def extent(self, line: str) -> tuple[float, float, int, int]:
        """(left, right, top, bottom) of a line's ink and advance, relative to its origin."""
        width = self.width(line)
        first, last = self.ink(line[0]), self.ink(line[-1])
        left = min(0.0, first[0])
        right = max(width, width - self.advance(line[-1]) + last[2])
        inks = [self.ink(ch) for ch in set(line) if not ch.isspace()]
        top = min((i[1] for i in inks), default=0)
        bottom = max((i[3] for i in inks), default=0)
        return left, right, top, bottom


@cache
def metrics(style: Style, size: int) -> _Metrics:
    """The per-character measurements of Fira Sans `style` at `size`."""
    return _Metrics(style, size)


def _split_word(word: str, m: _Metrics, width: float) -> list[str]:
    """A word too long for the width, cut into pieces that fit (only at the minimum size)."""
    pieces: list[str] = []
    current, used = "", 0.0
    for ch in word:
        if current and not m.fits(current + ch, used + m.advance(ch), width):
            pieces.append(current)
            current, used = "", 0.0
        current += ch
        used += m.advance(ch)
    pieces.append(current)
    return pieces


def _wrap(
    paragraphs: list[tuple[list[str], bool]],
    m: _Metrics,
    width: float,
    split_words: bool,
) -> list[_Line] | None:
    """Greedy wrapping by measured width; None when a word is wider than the box."""
    space = m.advance(" ")
    lines: list[_Line] = []
    for words, gap in paragraphs:
        current: list[str] = []
        used = 0.0
        first = True
        for word in words:
            length = m.width(word)
            if not m.fits(word, length, width):
                if not split_words:
                    return None
                pieces = _split_word(word, m, width)
                if current:
                    lines.append((" ".join(current), gap and first))
                    first = False
                lines.extend((p, gap and first and i == 0) for i, p in enumerate(pieces[:-1]))
                first = first and len(pieces) == 1
                current, used = [pieces[-1]], m.width(pieces[-1])
                continue
            if current and not m.fits(
                " ".join([*current, word]), used + space + length, width
            ):
                lines.append((" ".join(current), gap and first))
                first = False
                current, used = [], 0.0
            used = used + space + length if current else length
            current.append(word)
        if current:
            lines.append((" ".join(current), gap and first))
    return lines


def _place(
    lines: list[_Line],
    m: _Metrics,
    box: Box,
    leading: float,
    align: Align,
    valign: VAlign,
) -> tuple[tuple[tuple[int, int], ...], Bbox] | None:
    """Baseline origins and the ink bbox of wrapped lines, or None if they overflow the box."""
    advance = m.face.size * leading
    gap = advance * PARAGRAPH_GAP
    baselines: list[float] = []
    y = float(m.ascent)
    for i, (_, gap_before) in enumerate(lines):
        if i:
            y += advance + (gap if gap_before else 0.0)
        baselines.append(y)
    height = baselines[-1] + m.descent
    if height > box.height:
        return None
    spare = box.height - height
    offset = {"top": 0.0, "middle": spare / 2, "bottom": spare}[valign]
    origins: list[tuple[int, int]] = []
    left, top, right, bottom = float(box.right), float(box.bottom), float(box.left), float(box.top)
    for (line, _), baseline in zip(lines, baselines, strict=True):
        # A line's extent is its advance width, widened where ink overhangs it (the V of
        # "Victims" starts left of its origin): the ink, not the advance, must stay inside.
        start, end, ink_top, ink_bottom = m.extent(line)
        extent = end - start
        if extent > box.width:
            return None
        x = box.left - start + {
            "left": 0.0, "center": (box.width - extent) / 2, "right": box.width - extent
        }[align]
        origin = (math.floor(x), math.floor(box.top + offset + baseline))
        origins.append(origin)
        left, top = min(left, origin[0] + start), min(top, origin[1] + ink_top)
        right, bottom = max(right, origin[0] + end), max(bottom, origin[1] + ink_bottom)
    bbox = (math.floor(left), math.floor(top), math.ceil(right), math.ceil(bottom))
    if not box.contains(bbox):
        return None
    return tuple(origins), bbox


#: Set while a card is only measured (`msgkit.images.card.measure_card`): `fit_text` then
#: decides only whether the text fits, not the largest size it fits at (a text that fits at
#: its minimum size fits; where it ends up between the limits changes no refusal).
MEASURING: contextvars.ContextVar[bool] = contextvars.ContextVar("measuring", default=False)


def fit_text(
    text: str,
    style: Style,
    box: Box,
    *,
    max_size: int,
    min_size: int,
    leading: float = 1.2,
    max_lines: int | None = None,
    align: Align = "left",
    valign: VAlign = "top",
    balance: bool = True,
    part: str = "text",
) -> FittedText:
    """The largest size between `min_size` and `max_size` at which `text` fits `box`.

    Words are never split unless one is wider than the box at the minimum size. With
    `balance`, lines are then re-wrapped to the narrowest width that keeps their number, so
    the last line is not a lone word. Raises TextDoesNotFit naming `part`.

    A pure function of its arguments, remembered per process: a partner's cards fit the same
    texts in the same boxes as its language's (only the "Shared by" strip is new).
    """
    fitted = _fit(
        text, style, box, max_size, min(min_size, max_size), leading, max_lines, align, valign,
        balance, MEASURING.get(),
    )
    if fitted is None:
        raise TextDoesNotFit(min(min_size, max_size), box, part)
    return fitted


@lru_cache(maxsize=8192)
def _fit(
    text: str,
    style: Style,
    box: Box,
    max_size: int,
    min_size: int,
    leading: float,
    max_lines: int | None,
    align: Align,
    valign: VAlign,
    balance: bool,
    measuring: bool,
) -> FittedText | None:
    """`fit_text`'s fit, or None where even `min_size` does not fit (a refusal is remembered
    as None, not as an exception, whose traceback would grow with each raise)."""
    paragraphs = _paragraphs(text)
    if not paragraphs:
        raise ValueError("nothing to fit")

    def attempt(size: int, split_words: bool, width: float) -> FittedText | None:
        m = metrics(style, size)
        lines = _wrap(paragraphs, m, width, split_words)
        if lines is None or (max_lines is not None and len(lines) > max_lines):
            return None
        placed = _place(lines, m, box, leading, align, valign)
        if placed is None:
            return None
        origins, bbox = placed
        return FittedText(style, size, tuple(line for line, _ in lines), origins, bbox, box)

    split = False
    best = attempt(max_size, False, box.width)
    if best is None:
        low = attempt(min_size, False, box.width)
        if low is None:
            split = True
            low = attempt(min_size, True, box.width)
        if low is None:
            return None
        best = low
        if measuring:
            return best
        # The largest fitting size, by bisection between a size that fits and one that does not.
        lo, hi = min_size, max_size
        while hi - lo > 1:
            mid = (lo + hi) // 2
            found = attempt(mid, split, box.width)
            if found is None:
                hi = mid
            else:
                lo, best = mid, found
    if balance and len(best.lines) > 1 and not split and not measuring:
        best = _balance(best, attempt)
    return best


def _balance(best: FittedText, attempt: _Attempt) -> FittedText:
    """Re-wrap at the narrowest width that keeps the number of lines."""
    count = len(best.lines)
    lo, hi = best.box.width * 0.5, float(best.box.width)
    result = best
    for _ in range(7):
        mid = (lo + hi) / 2
        found = attempt(best.size, False, mid)
        if found is not None and len(found.lines) == count:
            hi, result = mid, found
        else:
            lo = mid
    return result
