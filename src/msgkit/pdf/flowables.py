"""The sheets' own flowables: paragraphs, bookmarked headings, boxed callouts, keeping, placing."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Paragraph, Table

from msgkit.pdf.tagging import artifact

#: Room above a section heading for its short accent bar.
_BAR_SPACE = 8.0


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width.

    reportlab wraps a paragraph again whenever a frame, a split or a keep-together asks, and
    a sheet asks about half of its paragraphs twice (the side column is measured, then laid
    out; a heading's keeping measures what follows). The words never change, so the broken
    lines (`blPara`) are kept per available width, in points, and given back.
    """

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        state = self.__dict__
        wraps: dict[float, dict[str, Any]] = state.setdefault("_msgkit_wraps", {})
        known = wraps.get(avail_width)
        if known is None:
            width, height = super().wrap(avail_width, avail_height)
            if "blPara" in state and state["width"] == avail_width:  # not refused as too narrow
                wraps[avail_width] = {key: state[key] for key in _WRAP_STATE}
            return width, height
        state.update(known)
        return known["width"], known["height"]


#: What reportlab's `Paragraph.wrap` sets, and `split` and `draw` read.
_WRAP_STATE = ("blPara", "_wrapWidths", "width", "height")


class Heading(Para):
    """A section heading: a short accent bar above it, and an entry in the PDF outline.

    It never splits, so it is never left alone at the foot of a page: with `keepWithNext`
    in its style it moves to the next page together with what follows.
    """

    def __init__(
        self, text: str, style: Any, outline: str, bar: Color | None = None, level: int = 0
    ) -> None:
        super().__init__(text, style)
        self.outline = outline
        self.level = level
        self.bar = bar

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = super().wrap(avail_width, avail_height)
        self._text_height = height
        return width, height + (_BAR_SPACE if self.bar is not None else 0.0)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        if self.bar is not None:
            with artifact(self.canv):
                self.canv.saveState()
                self.canv.setFillColor(self.bar)
                self.canv.rect(0, self._text_height + _BAR_SPACE - 3, 22, 3, stroke=0, fill=1)
                self.canv.restoreState()
        super().draw()


class Callout(Flowable):  # type: ignore[misc]
    """Paragraphs on a tinted panel with a coloured bar on the left; splits across pages, and
    the part on the next page starts with `continued` (e.g. "Week 1 (cont.)") when given."""

    def __init__(
        self,
        content: list[Flowable],
        fill: Color,
        bar: Color,
        pad: float = 10.0,
        bar_width: float = 4.0,
        space_after: float = 8.0,
        continued: Flowable | None = None,
    ) -> None:
        super().__init__()
        self.content = content
        self.continued = continued
        self.fill = fill
        self.bar = bar
        self.pad = pad
        self.bar_width = bar_width
        self.spaceAfter = space_after
        self._sizes: list[float] = []

    def _inner(self, avail_width: float) -> float:
        return avail_width - self.bar_width - 2 * self.pad

    def _gap(self, i: int) -> float:
        """Space between item i-1 and item i: the larger of their spaceAfter / spaceBefore."""
        if i == 0:
            return 0.0
        return float(max(self.content[i].getSpaceBefore(), self.content[i - 1].getSpaceAfter()))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = self._inner(avail_width)
        self._sizes = [f.wrap(inner, 1e6)[1] for f in self.content]
        self.width = avail_width
        self.height = sum(self._sizes) + sum(self._gap(i) for i in range(len(self.content)))
        self.height += 2 * self.pad
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        inner = self._inner(avail_width)
        room = avail_height - 2 * self.pad
        used = 0.0
        for i, item in enumerate(self.content):
            gap = self._gap(i)
            height = item.wrap(inner, 1e6)[1]
            if used + gap + height <= room:
                used += gap + height
                continue
            parts = item.split(inner, room - used - gap) if room - used - gap > 0 else []
            head = self.content[:i] + parts[:1]
            tail = parts[1:] + self.content[i + 1 :] if parts else self.content[i:]
            if not head or not tail:
                return []
            if self.continued is not None:
                tail = [self.continued, *tail]
            return [self._like(head, space_after=0.0), self._like(tail)]
        return [self]

    def _like(self, content: list[Flowable], space_after: float | None = None) -> Callout:
        return Callout(
            content,
            self.fill,
            self.bar,
            self.pad,
            self.bar_width,
            self.spaceAfter if space_after is None else space_after,
            self.continued,
        )

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.fill)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(self.bar)
        canv.rect(0, 0, self.bar_width, self.height, stroke=0, fill=1)
        canv.restoreState()
        inner = self._inner(self.width)
        x = self.bar_width + self.pad
        y = self.height - self.pad
        for i, (item, height) in enumerate(zip(self.content, self._sizes, strict=True)):
            y -= self._gap(i) + height
            item.wrap(inner, 1e6)
            item.drawOn(canv, x, y)


class KeepWithFirst(Flowable):  # type: ignore[misc]
    """A heading that moves to the next page unless the start of what it heads fits under it.

    reportlab's keep-with-next keeps the *whole* next item with a heading, leaving a gap when
    a long box would have fitted in part; this keeps just as much as the item needs: all of
    it when it cannot split, else the first piece its own split would place.
    """

    def __init__(self, head: list[Flowable], first: Flowable) -> None:
        super().__init__()
        self.head = head
        self.first = first

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 0xFFFFFF  # always asked to split, where the decision is made

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        from reportlab.platypus.doctemplate import FrameBreak

        content = [*self.head, self.first]
        head_h = sum(_outer_height(f, avail_width) for f in self.head)
        room = avail_height - head_h
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if at_top or _starts_in(self.first, avail_width, room):
            return content
        return [FrameBreak(), *content]


def _outer_height(flowable: Flowable, width: float) -> float:
    height = flowable.wrap(width, 1e6)[1]
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def _starts_in(flowable: Flowable, width: float, room: float) -> bool:
    """Whether some of `flowable` (all of it, if it must stay whole) fits in `room` points."""
    from reportlab.platypus import KeepTogether

    if room <= 0:
        return False
    if isinstance(flowable, KeepTogether):
        return sum(_outer_height(f, width) for f in flowable._content) <= room
    if _outer_height(flowable, width) <= room:
        return True
    return bool(flowable.split(width, room - flowable.getSpaceBefore()))


class FractionTable(Flowable):  # type: ignore[misc]
    """A table whose column widths are fractions of whatever width its frame offers."""

    def __init__(self, table: Table) -> None:
        super().__init__()
        self.table = table
        self.fractions = list(table._colWidths)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.table._argW = [f * avail_width for f in self.fractions]
        self.table._colWidths = self.table._argW
        w, h = self.table.wrap(avail_width, avail_height)
        self.width, self.height = w, h
        return w, h

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        return list(self.table.split(avail_width, avail_height))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        self.table.drawOn(canvas, x, y, _sW)


class Indented(Flowable):  # type: ignore[misc]
    """A drawing placed `indent` points in from the frame's left edge."""

    def __init__(self, drawing: Drawing, indent: float) -> None:
        super().__init__()
        self.drawing = drawing
        self.indent = indent

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.drawing.width + self.indent, self.drawing.height
        return self.width, self.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, self.indent, 0)
