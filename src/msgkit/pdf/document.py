"""The PDF document: page templates, bookmarks, metadata, a fixed date, and "Page n of N"."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from msgkit.pdf.chrome import Chrome
from msgkit.pdf.flowables import Heading
from msgkit.pdf.layout import MARGIN
from msgkit.pdf.tagging import Tagger
from msgkit.pdf.typeface import REGULAR


class _Stamp:
    """reportlab's timestamp, set to the build date: the PDF's creation and modification date."""

    def __init__(self, when: dt.datetime) -> None:
        utc = when.astimezone(dt.UTC)
        self.t = utc.timestamp()
        self.YMDhms = (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
        self.dhh = 0
        self.dmm = 0
        self.tzname = "UTC"


class _StampedCanvas(Canvas):  # type: ignore[misc]
    build_time: dt.datetime = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._doc._timeStamp = _Stamp(self.build_time)


class _TaggedCanvas(_StampedCanvas):
    """The writing pass's canvas: tells its `Tagger` where pages start and links are made."""

    msgkit_tagger: Tagger

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.msgkit_tagger.start_page(self)

    def showPage(self) -> None:  # noqa: N802
        self.msgkit_tagger.end_page(self)
        super().showPage()
        self.msgkit_tagger.start_page(self)

    def save(self) -> None:
        self.msgkit_tagger.discard_empty_page(self)
        super().save()

    def linkURL(self, url: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self.msgkit_tagger.link_to(url=url)
        super().linkURL(url, *args, **kwargs)

    def linkRect(self, contents: str, destination: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self.msgkit_tagger.link_to(anchor=destination)
        super().linkRect(contents, destination, *args, **kwargs)

    def _addAnnotation(self, annotation: Any, name: Any = None, addtopage: int = 1) -> None:  # noqa: N802
        super()._addAnnotation(annotation, name, addtopage)
        if addtopage:
            self.msgkit_tagger.annotation()


class _NumberingCanvas(_TaggedCanvas):
    """A writing canvas for a sheet whose page count is not known yet: pages are kept until
    the document ends, then what needs the count ("Page 1 of N") is drawn where it was asked
    for, and the pages are written. One layout pass instead of a counting pass and a writing
    pass (reportlab's "page x of y" canvas, keeping page references right for bookmarks)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._kept: list[dict[str, Any]] = []
        #: Per page being drawn: (index in its code, drawer of what needs the page count).
        self._deferred: list[tuple[int, Callable[[Canvas, int], None]]] = []
        super().__init__(*args, **kwargs)

    def msgkit_defer(self, draw: Callable[[Canvas, int], None]) -> None:
        """Draw `draw(canvas, page count)` here, once the page count is known."""
        self._deferred.append((len(self._code), draw))
        self._code.append("")  # the place, filled in by `save`

    def showPage(self) -> None:  # noqa: N802
        self.msgkit_tagger.end_page(self)
        self._kept.append({**self.__dict__, "_deferred": self._deferred})
        self._deferred = []
        # The page is added to the document later; bookmarks and links made on the next page
        # must still point at the next page, so its number moves on now.
        self._doc.pageCounter += 1
        self._startPage()
        self.msgkit_tagger.start_page(self)

    #: Whether a sheet of this many pages is wanted; when not, nothing is written (`build_pdf`).
    msgkit_keep: Callable[[int], bool] = staticmethod(lambda _pages: True)
    #: Set by `save` when the pages were laid out but not wanted.
    msgkit_dropped = False

    def save(self) -> None:
        self.msgkit_tagger.discard_empty_page(self)
        total = len(self._kept)
        if not self.msgkit_keep(total):
            type(self).msgkit_dropped = True  # reportlab keeps no handle on its canvas
            return
        self._doc.pageCounter -= total
        for page in self._kept:
            self.__dict__.update(page)
            for at, draw in reversed(page["_deferred"]):
                code: list[str] = self.__dict__["_code"]
                drawn: list[str] = []
                self.__dict__["_code"] = drawn
                draw(self, total)
                code[at : at + 1] = drawn
                self.__dict__["_code"] = code
            Canvas.showPage(self)
        self._kept = []
        Canvas.save(self)


class _DryCanvas(Canvas):  # type: ignore[misc]
    """The first, counting pass: lays pages out, writes nothing."""

    dry = True

    def save(self) -> None:
        pass


class SheetDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4/Letter document: a narrow column beside the rail on page 1, full width after."""

    def __init__(self, buffer: io.BytesIO, chrome: Chrome, **meta: Any) -> None:
        g = chrome.geometry
        super().__init__(
            buffer,
            pagesize=(g.width, g.height),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=g.height - g.body_top(True),
            bottomMargin=g.body_bottom,
            invariant=1,
            # Streams are written as they are: the tagging pass (qpdf, `Tagger.finish`)
            # compresses every stream as it saves, to the same bytes, so compressing them here
            # first was work done twice (~10% of a sheet).
            pageCompression=0,
            displayDocTitle=1,
            creator="msgkit",
            # Start every page in Fira Sans, so no unembedded standard font is referenced.
            initialFontName=REGULAR,
            initialFontSize=10,
            initialLeading=12,
            **meta,
        )
        first_width = g.main_width if chrome.rail is not None else g.content_width
        first = Frame(
            MARGIN,
            g.body_bottom,
            first_width,
            g.body_top(True) - g.body_bottom,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = [
            Frame(
                x,
                g.body_bottom,
                width,
                g.body_top(False) - g.body_bottom,
                id=f"later-{n}",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            for n, (x, width) in enumerate(g.later_frames())
        ]
        self.addPageTemplates(
            [
                PageTemplate(
                    "first", [first], onPage=chrome.first_page, autoNextPageTemplate="later"
                ),
                PageTemplate("later", later, onPage=chrome.later_page),
            ]
        )
        self._outline_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        """Section headings become bookmarks in the PDF outline."""
        if isinstance(flowable, Heading) and flowable.outline:
            self._outline_count += 1
            key = f"section-{self._outline_count}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline, key, level=flowable.level, closed=False)


def count_pages(
    chrome: Chrome, story: Callable[[], list[Flowable]], meta: dict[str, Any]
) -> int:
    """How many pages the sheet takes: `build_pdf`'s first (dry) layout pass alone."""
    dry = SheetDoc(io.BytesIO(), chrome, **meta)
    dry.build(story(), canvasmaker=_DryCanvas)
    return chrome.pages_seen


def build_pdf(
    chrome: Chrome,
    story: Callable[[], list[Flowable]],
    build_time: dt.datetime,
    meta: dict[str, Any],
    anchors: dict[str, str] | None = None,
    pages: int | None = None,
    keep: Callable[[int], bool] | None = None,
) -> bytes | None:
    """Lay the sheet out once and write it, "Page n of N" filled in at the end (or at once
    when the caller counted the pages: `pages`), then add its structure tree (see
    `tagging.py`). `anchors` describe in-document links. The page count is then in
    `chrome.pages_seen`. With `keep`, a sheet whose page count it refuses is laid out but
    neither written nor tagged: None (a sheet that must be tightened first)."""
    chrome.total_pages = pages or 0
    chrome.pages_seen = 0
    tagger = Tagger(meta["lang"], anchors)
    writer = _TaggedCanvas if pages else _NumberingCanvas
    fields: dict[str, Any] = {"build_time": build_time, "msgkit_tagger": tagger}
    if keep is not None:
        fields["msgkit_keep"] = staticmethod(keep)
    canvas = type("_Canvas", (writer,), fields)
    buffer = io.BytesIO()
    doc = SheetDoc(buffer, chrome, **meta)
    with _no_ascii85():
        doc.build(story(), canvasmaker=canvas)
    if getattr(canvas, "msgkit_dropped", False):
        return None
    return tagger.finish(buffer.getvalue(), meta, build_time)


@contextmanager
def _no_ascii85() -> Iterator[None]:
    """reportlab writes images without its ASCII85 text layer (`rl_config.useA85`, read as
    images are written): the tagging pass (qpdf) would only decode it again."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved
