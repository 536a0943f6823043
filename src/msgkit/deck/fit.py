"""Fit text into a slide box at build time, measured with the wider of Fira Sans's glyph advances
and those of DejaVu Sans, the font LibreOffice substitutes where Fira Sans is not installed.

PowerPoint only shrinks text after someone edits a slide, and LibreOffice shrinks differently,
so msgkit never relies on autofit: it wraps every paragraph the way a renderer would (greedy,
at spaces), picks the largest size between the box's designed size and a readable minimum at
which everything fits, and otherwise splits the content over follow-on pages at block, then
paragraph, then line boundaries. Line spacing and paragraph spacing are written as exact
points, so the height computed here is the height the renderer uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from msgkit.fonts import font_path

Weight = Literal["regular", "bold", "italic", "bold-italic"]

#: Measured widths are compared against this share of the box width: renderers hint, kern and
#: round differently from the font's design advances, and a line that wraps one word earlier
#: than predicted must still fit.
WIDTH_SLACK = 0.96
_TOKEN = re.compile(r"\s+|\S+")


@dataclass(frozen=True)
class Span:
    """A run of text in one style; `color` is a theme colour name such as `accent2`."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    color: str | None = None
    #: The run's BCP-47 language when it is not the deck's (a fallback text, a source title).
    lang: str | None = None

    @property
    def weight(self) -> Weight:
        if self.bold and self.italic:
            return "bold-italic"
        if self.bold:
            return "bold"
        return "italic" if self.italic else "regular"


@dataclass(frozen=True)
class Para:
    """A paragraph: spans, a size relative to its box's size, a bullet, space before it."""

    spans: tuple[Span, ...]
    scale: float = 1.0
    bullet: bool = False
    #: Indented like a bulleted paragraph, without a bullet (a fact's source line).
    hang: bool = False
    #: Space before the paragraph, in ems of its own size (dropped at the top of a page).
    gap: float = 0.0

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class Block:
    """Paragraphs that belong together (a fact and its source) and move as one when possible."""

    paras: tuple[Para, ...]


@dataclass(frozen=True)
class Spec:
    """How text in one kind of box may be sized."""

    #: The designed size (points) and the smallest size the box's main text may shrink to.
    max_pt: int
    min_pt: int
    #: The smallest size a scaled-down paragraph (a source line) may have.
    floor_pt: int = 12
    #: Line height as a multiple of the size; Fira Sans's ascender + descender is 1.2 em.
    line: float = 1.2
    #: Hanging indent of bulleted paragraphs, in ems of the box's size (the same for every
    #: paragraph of a box, so a source line lines up with its fact's text).
    indent: float = 1.0


@dataclass(frozen=True)
class Fitted:
    """The outcome: one size for every page, the paragraphs of each page, and whether it fits."""

    size: int
    pages: tuple[tuple[Para, ...], ...]
    spec: Spec
    fits: bool = True

    def para_size(self, para: Para) -> int:
        """The size (points) of one paragraph at the fitted size."""
        return para_size(para, self.size, self.spec)


def para_size(para: Para, size: int, spec: Spec) -> int:
    """A paragraph's size in points: its scale of the box size, never below the floor."""
    if para.scale == 1.0:
        return size
    return max(spec.floor_pt, int(size * para.scale + 0.5))


@cache
def _font(weight: Weight) -> object:
    from PIL import ImageFont

    # The basic layout engine, so results do not depend on whether libraqm is installed;
    # 1000 px per em makes getlength() return font units.
    return ImageFont.truetype(str(font_path(weight)), 1000, layout_engine=ImageFont.Layout.BASIC)


@cache
def _fira_units(text: str, weight: Weight) -> float:
    font = _font(weight)
    return float(font.getlength(text))  # type: ignore[attr-defined]


@cache
def _fallback(weight: Weight) -> dict[int, float]:
    """DejaVu Sans's advances (per 1000 em) for the characters Fira Sans draws, from
    `data/fallback-widths.json` (made by scripts/fallback_widths.py)."""
    import json
    from importlib.resources import files

    data = json.loads(files("msgkit").joinpath("data/fallback-widths.json").read_text("utf-8"))
    return {int(cp): float(width) for cp, width in data[weight].items()}


@cache
def _units(text: str, weight: Weight) -> float:
    # A partner without Fira Sans sees the deck in a substitute: LibreOffice takes DejaVu Sans,
    # about 12 % wider than Fira Sans (Arial is about 2 % narrower), so text that fits in both
    # fits where the usual substitutes are used.
    fira = _fira_units(text, weight)
    widths = _fallback(weight)
    fallback = sum(widths.get(ord(ch), 0.0) or _fira_units(ch, weight) for ch in text)
    return max(fira, fallback)


def text_width(text: str, size: float, weight: Weight = "regular") -> float:
    """The advance width of `text` in points at `size` points, in Fira Sans or its usual
    substitute (DejaVu Sans), whichever is wider."""
    return _units(text, weight) * size / 1000.0


# A token is (span index, text); a line is a list of tokens, spaces included.
Token = tuple[int, str]


def wrap(para: Para, size: float, width: float) -> list[list[Token]]:
    """Break a paragraph into lines no wider than `width` points, as a renderer would."""
    limit = width * WIDTH_SLACK
    words: list[tuple[list[Token], list[Token]]] = []  # (space before, word)
    space: list[Token] = []
    word: list[Token] = []
    for index, span in enumerate(para.spans):
        # Impress lays a hyperlink out as one unbreakable field: measure it as one word.
        pieces = [span.text] if span.link else _TOKEN.findall(span.text)
        for piece in pieces:
            if piece.isspace():
                if word:
                    words.append((space, word))
                    space, word = [], []
                space.append((index, " "))
            else:
                word.append((index, piece))
    if word:
        words.append((space, word))

    def measure(tokens: list[Token]) -> float:
        return sum(text_width(t, size, para.spans[i].weight) for i, t in tokens)

    lines: list[list[Token]] = []
    line: list[Token] = []
    used = 0.0
    for space, word in words:
        wide = measure(word)
        gap = measure(space[:1]) if line else 0.0
        if line and used + gap + wide <= limit:
            line += space[:1] + word
            used += gap + wide
            continue
        if line:
            lines.append(line)
            line, used = [], 0.0
        if wide <= limit:
            # The space stays with the word (unmeasured), so split lines rejoin with it.
            line, used = space[:1] + word, wide
            continue
        # A word wider than the line (a long URL): renderers break it between characters.
        for index, text in word:
            weight = para.spans[index].weight
            for ch in text:
                w = text_width(ch, size, weight)
                if line and used + w > limit:
                    lines.append(line)
                    line, used = [], 0.0
                if line and line[-1][0] == index:
                    line[-1] = (index, line[-1][1] + ch)
                else:
                    line.append((index, ch))
                used += w
    if line:
        lines.append(line)
    return lines or [[]]


def indent_pt(para: Para, size: int, spec: Spec) -> float:
    """The left indent (points) of a paragraph in a box whose text is `size` points."""
    return spec.indent * size if para.bullet or para.hang else 0.0


def _text_width(para: Para, size: int, box_width: float, spec: Spec) -> float:
    return box_width - indent_pt(para, size, spec)


def para_height(para: Para, size: int, box_width: float, spec: Spec, first: bool) -> float:
    """Height in points of a paragraph at box size `size`, space before included."""
    psize = para_size(para, size, spec)
    lines = len(wrap(para, psize, _text_width(para, size, box_width, spec)))
    gap = 0.0 if first else para.gap * psize
    return gap + lines * psize * spec.line


def fit(
    blocks: Sequence[Block],
    width: float,
    height: float,
    spec: Spec,
    *,
    paginate: bool = True,
) -> Fitted:
    """Fit blocks into a `width` × `height` points box: shrink, then continue on more pages.

    Without `paginate` the result is one page at the largest size that fits, or at the
    minimum with `fits=False` when nothing does (the caller reports that).
    """
    paras = [p for b in blocks for p in b.paras]
    sizes = range(spec.max_pt, spec.min_pt - 1, -1)
    for size in sizes:
        if _height(paras, size, width, spec) <= height:
            return Fitted(size, (_top(paras),), spec)
    if not paginate:
        return Fitted(spec.min_pt, (_top(paras),), spec, fits=False)
    # The fewest pages the content needs at the minimum size; then the largest size that
    # needs no more pages than that, so continuation slides read like the first one.
    fewest = len(_paginate(blocks, spec.min_pt, width, height, spec))
    for size in sizes:
        pages = _paginate(blocks, size, width, height, spec)
        if len(pages) <= fewest:
            return Fitted(size, tuple(_top(p) for p in pages), spec)
    raise AssertionError("the minimum size always paginates")  # pragma: no cover


def _height(paras: Sequence[Para], size: int, width: float, spec: Spec) -> float:
    return sum(para_height(p, size, width, spec, i == 0) for i, p in enumerate(paras))


def _top(paras: Sequence[Para]) -> tuple[Para, ...]:
    """The paragraphs of a page, with no space before the first."""
    if not paras:
        return ()
    return (replace(paras[0], gap=0.0), *paras[1:])


def _paginate(
    blocks: Sequence[Block], size: int, width: float, height: float, spec: Spec
) -> list[list[Para]]:
    """Greedy pages: whole blocks where they fit, else paragraphs, else lines."""
    pages: list[list[Para]] = []
    page: list[Para] = []
    used = 0.0

    def close() -> None:
        nonlocal page, used
        if page:
            pages.append(page)
        page, used = [], 0.0

    for block in blocks:
        need = _height(block.paras, size, width, spec)
        if page:
            need += block.paras[0].gap * para_size(block.paras[0], size, spec)
        if page and used + need <= height:
            page += block.paras
            used += need
            continue
        close()
        if _height(block.paras, size, width, spec) <= height:
            page = list(block.paras)
            used = _height(page, size, width, spec)
            continue
        # Taller than a page on its own: place paragraph by paragraph, splitting by lines.
        for para in block.paras:
            need = para_height(para, size, width, spec, first=not page)
            if used + need <= height:
                page.append(para)
                used += need
                continue
            # Wrapped once and cut at line boundaries: re-wrapping the rest for every page
            # made a long text cost quadratic time (greedy wrapping gives the same lines).
            psize = para_size(para, size, spec)
            lines = wrap(para, psize, _text_width(para, size, width, spec))
            line_h = psize * spec.line
            start = 0
            while True:
                gap_em = para.gap if start == 0 else 0.0
                gap = 0.0 if not page else gap_em * psize
                left = len(lines) - start
                if used + gap + left * line_h <= height:
                    tail = _spans(para, [t for line in lines[start:] for t in line])
                    page.append(replace(para, spans=tail, gap=gap_em))
                    used += gap + left * line_h
                    break
                count = int((height - used - gap) // line_h)
                if count <= 0 and page:
                    close()
                    continue
                count = max(1, min(count, left - 1) if left > 1 else 1)
                head = _spans(para, [t for line in lines[start : start + count] for t in line])
                page.append(replace(para, spans=head, gap=gap_em))
                close()
                start += count
    close()
    return pages


def _spans(para: Para, tokens: list[Token]) -> tuple[Span, ...]:
    """Spans rebuilt from tokens, merging neighbours of the same span; edges trimmed."""
    merged: list[tuple[int, str]] = []
    for index, text in tokens:
        if merged and merged[-1][0] == index:
            merged[-1] = (index, merged[-1][1] + text)
        else:
            merged.append((index, text))
    if merged:
        merged[0] = (merged[0][0], merged[0][1].lstrip())
        merged[-1] = (merged[-1][0], merged[-1][1].rstrip())
    return tuple(replace(para.spans[i], text=t) for i, t in merged if t)
