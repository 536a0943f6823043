"""One fact sheet rendered to PDF bytes: its content (see `content.py`) laid out on pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from msgkit.labels import label
from msgkit.pdf import typeface
from msgkit.pdf.chrome import Chrome
from msgkit.pdf.document import build_pdf, count_pages
from msgkit.pdf.flowables import Para
from msgkit.pdf.layout import MARGIN, PAPER, Geometry, footer_text_width, rail_fits
from msgkit.pdf.markup import esc, plain
from msgkit.pdf.parts import date_text, footer_markup
from msgkit.pdf.parts import rail as rail_items
from msgkit.pdf.sheets import area_story, overview_story
from msgkit.pdf.styles import TIGHTENING, Palette, make_styles

#: An area sheet is one double-sided sheet of paper.
AREA_PAGES = 2


@dataclass(frozen=True)
class FittedSheet:
    """A rendered sheet, its page count and the tightening step it took (see `TIGHTENING`)."""

    pdf: bytes
    pages: int
    step: int

    @property
    def overflows(self) -> bool:
        """More pages than an area sheet may have, after every tightening step."""
        return self.pages > AREA_PAGES


#: Resolves a kit-relative asset path (a logo) to its file: `Kit.asset`.
Assets = Callable[[str], Path]


def fit_sheet(content: dict[str, Any], assets: Assets, build_time: dt.datetime) -> FittedSheet:
    """Lay a sheet out; a sheet longer than 2 pages is tightened step by step (spacing, then
    text sizes within their limits, then the source list) until it fits or no step is left.
    Check `overflows` on the result (the builder warns for area sheets)."""
    # Most sheets fit as written: they are laid out once and written. A sheet that does not
    # is neither written nor tagged at that step; it is tightened by counting pages only
    # (reportlab's dry pass) and written once, at the step that fits.
    last = len(TIGHTENING) - 1
    chrome, story, meta, anchors = _prepare(content, assets, build_time, 0)
    first = build_pdf(
        chrome, story, build_time, meta, anchors, keep=lambda pages: pages <= AREA_PAGES
    )
    pages, step = chrome.pages_seen, 0
    if first is not None:
        return FittedSheet(first, pages, step)
    for step in range(1, last + 1):
        chrome, story, meta, anchors = _prepare(content, assets, build_time, step)
        pages = count_pages(chrome, story, meta)
        if pages <= AREA_PAGES or step == last:
            break
    pdf = build_pdf(chrome, story, build_time, meta, anchors, pages=pages)
    assert pdf is not None  # nothing refused its pages
    return FittedSheet(pdf, pages, step)


def overflow_pages(content: dict[str, Any], assets: Assets, build_time: dt.datetime) -> int:
    """How many pages the sheet takes at the last tightening step, without writing it: more
    than `AREA_PAGES` exactly when `fit_sheet` would report `overflows` (every earlier step is
    looser, so `fit_sheet` only stops early on a sheet that fits). For `msgkit check`."""
    chrome, story, meta, _anchors = _prepare(content, assets, build_time, len(TIGHTENING) - 1)
    return count_pages(chrome, story, meta)


def layout_key(content: dict[str, Any], assets: Assets) -> tuple[object, ...]:
    """What a partner's sheet may change of its language's layout, as a hashable key: the
    footer's height (pt) and whether the side column fits page 1 — and when it does not, the
    partner, whose "Shared by" then flows at the end of the sheet. Sheets of one language and
    area with equal keys take the same pages at the last tightening step (`overflow_pages`);
    their links differ only in hidden tracking."""
    import json

    # The footer and side column read only these fields: sheets of one edition share them.
    chrome = json.dumps({k: content.get(k) for k in _CHROME_FIELDS}, sort_keys=True)
    if chrome not in _LAYOUT_KEYS:
        _LAYOUT_KEYS[chrome] = _layout_key(content, assets)
    return _LAYOUT_KEYS[chrome]


#: What `parts.footer_markup` and `parts.rail` read of a sheet's content, with the page size
#: and kind (the page grid): `layout_key` depends on nothing else.
_CHROME_FIELDS = (
    "lang", "paper", "kind", "brand", "url", "url_label", "hashtags", "organisations",
    "contact", "terms", "partner",
)
_LAYOUT_KEYS: dict[str, tuple[object, ...]] = {}


def _layout_key(content: dict[str, Any], assets: Assets) -> tuple[object, ...]:
    typeface.register()
    palette = Palette.from_brand(content["brand"]["colors"])
    styles = make_styles(palette, len(TIGHTENING) - 1)
    geometry, _footer = _frame(content, assets, palette, styles)
    in_rail = rail_fits(rail_items(content, styles, palette, geometry.rail_box()[2] - 24), geometry)
    if in_rail:
        return (geometry.footer_height, True)
    return (geometry.footer_height, False, (content.get("partner") or {}).get("id"))


def _frame(
    content: dict[str, Any], assets: Assets, palette: Palette, styles: Any
) -> tuple[Geometry, Para]:
    """The page grid, set by the footer's measured height, and the footer (every page's)."""
    width, height = PAPER[content["paper"]]
    partner = content.get("partner") or {}
    mark = assets(partner["logo"]) if partner.get("logo") else None
    footer = Para(footer_markup(content, palette, footer_text_width(width), mark), styles.footer)
    footer_height = footer.wrap(footer_text_width(width), 1e6)[1]
    columns = 1 if content["kind"] == "area" else 2
    return Geometry(width, height, max(footer_height, 20.0), later_columns=columns), footer


def _prepare(
    content: dict[str, Any], assets: Assets, build_time: dt.datetime, tight: int
) -> tuple[Chrome, Callable[[], list[Flowable]], dict[str, Any], dict[str, str]]:
    """The sheet's page chrome, story, metadata and link descriptions at tightening `tight`."""
    typeface.register()
    lang = content["lang"]
    palette = Palette.from_brand(content["brand"]["colors"])
    styles = make_styles(palette, tight)
    geometry, footer = _frame(content, assets, palette, styles)
    logo = assets(content["brand"]["logo"]) if content["brand"]["logo"] else None

    def rail() -> list[Flowable]:
        return rail_items(content, styles, palette, geometry.rail_box()[2] - 24)

    # The side column's paragraphs, measured here, are the ones page 1 draws (built once).
    measured = rail()
    in_rail = rail_fits(measured, geometry)
    if content["kind"] == "area":
        sheet_title = plain(content["area"]["title"])
        kind = label("fact_sheet", lang)

        def story() -> list[Flowable]:
            return area_story(content, styles, palette, geometry, None if in_rail else rail)
    else:
        sheet_title = label("overview", lang)
        kind = label("overview", lang)

        def story() -> list[Flowable]:
            return overview_story(content, styles, palette, geometry, None if in_rail else rail)

    draft = label("draft", lang) if content["draft"] else None
    chrome = Chrome(
        palette=palette,
        styles=styles,
        geometry=geometry,
        brand_line=esc(f"{content['brand']['name']} · {kind}"),
        title=esc(plain(content["title"])),
        running=_running(
            f"{plain(content['title'])} · {sheet_title}", sheet_title, geometry, draft
        ),
        draft=draft,
        footer=footer,
        built=label("built", lang, date=date_text(content["built"], lang)),
        page_label=lambda n, total: label("page", lang, n=n, total=total),
        logo=logo,
        logo_alt=content["brand"]["name"],
        rail=(lambda: list(measured)) if in_rail else None,
    )
    hashtags = [f"#{tag}" for tag in content["hashtags"]]
    organisations = [plain(o["name"]) for o in content["organisations"]] or [
        content["brand"]["name"]
    ]
    meta = {
        "title": f"{sheet_title} – {plain(content['title'])}",
        "author": ", ".join(organisations),
        "subject": plain(content["area"]["summary"])
        if content["kind"] == "area"
        else plain(content["description"]),
        "keywords": hashtags,
        "lang": lang,
    }
    return chrome, story, meta, _anchors(content)


def _running(full: str, short: str, g: Geometry, draft: str | None) -> str:
    """The later pages' header line: campaign and sheet title where they fit at 9 pt beside the
    draft marker, else the sheet title alone — never shrunk or cut (the header band draws it)."""
    room = g.width - 2 * MARGIN - 12
    if draft:
        room -= stringWidth(draft, typeface.BOLD, 8.0) + 14 + 12  # the pill and a gap
    return full if stringWidth(full, typeface.BOLD, 9.0) <= room else short


def _anchors(content: dict[str, Any]) -> dict[str, str]:
    """What each in-sheet link says to a screen reader: a fact's `[n]` jumps to source n."""
    if content["kind"] != "area":
        return {}
    sources = label("sources", content["lang"])
    numbers = [source["number"] for source in content["area"]["sources"]]
    return {f"source-{n}": f"{sources} [{n}]" for n in numbers}
