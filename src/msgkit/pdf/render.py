"""A fact sheet's content (see `content.py`) composed into pages and rendered to PDF bytes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from msgkit.labels import has_labels, label
from msgkit.pdf import typeface
from msgkit.pdf.chart import bar_chart
from msgkit.pdf.flowables import Callout, Heading, KeepWithFirst
from msgkit.pdf.formats import format_date, format_range
from msgkit.pdf.layout import PAPER, Chrome, Geometry, build_pdf, footer_text_width, rail_fits
from msgkit.pdf.markup import anchor_link, esc, link, mailto, url_link
from msgkit.pdf.qr import QrCode
from msgkit.pdf.styles import Palette, Styles, make_styles

_QR_SIZE = 96.0


def render_sheet(content: dict[str, Any], logo: Path | None, build_time: dt.datetime) -> bytes:
    """The PDF of one fact sheet (an area's or the campaign overview)."""
    typeface.register()
    lang = content["lang"]
    palette = Palette.from_brand(content["brand"]["colors"])
    styles = make_styles(palette)
    width, height = PAPER[content["paper"]]
    footer = _footer_markup(content, palette, footer_text_width(width))
    footer_height = Paragraph(footer, styles.footer).wrap(footer_text_width(width), 1e6)[1]
    geometry = Geometry(width, height, max(footer_height, 20.0))

    def rail() -> list[Flowable]:
        return _rail(content, styles, palette, geometry.rail_box()[2] - 24)

    in_rail = rail_fits(rail(), geometry)
    if content["kind"] == "area":
        sheet_title = content["area"]["title"]
        kind = label("fact_sheet", lang)

        def story() -> list[Flowable]:
            return _area_story(content, styles, palette, geometry, None if in_rail else rail)
    else:
        sheet_title = label("overview", lang)
        kind = label("overview", lang)

        def story() -> list[Flowable]:
            return _overview_story(content, styles, palette, geometry, None if in_rail else rail)

    chrome = Chrome(
        palette=palette,
        styles=styles,
        geometry=geometry,
        brand_line=esc(f"{content['brand']['name']} · {kind}"),
        title=esc(content["title"]),
        running=f"{content['title']} · {sheet_title}",
        draft=label("draft", lang) if content["draft"] else None,
        footer=footer,
        built=label("built", lang, date=_date(content["built"], lang)),
        page_label=lambda n, total: label("page", lang, n=n, total=total),
        logo=logo,
        rail=rail if in_rail else None,
    )
    hashtags = [f"#{tag}" for tag in content["hashtags"]]
    organisations = [o["name"] for o in content["organisations"]] or [content["brand"]["name"]]
    meta = {
        "title": f"{sheet_title} – {content['title']}",
        "author": ", ".join(organisations),
        "subject": content["area"]["summary"]
        if content["kind"] == "area"
        else content["description"],
        "keywords": hashtags,
        "lang": lang,
    }
    return build_pdf(chrome, story, build_time, meta)


# --- the two kinds of sheet --------------------------------------------------------------------


def _area_story(
    content: dict[str, Any],
    s: Styles,
    p: Palette,
    g: Geometry,
    panel: Callable[[], list[Flowable]] | None,
) -> list[Flowable]:
    lang = content["lang"]
    area = content["area"]
    days = _range(area["starts"], area["ends"], lang)
    week = label("week_of", lang, n=area["week"], total=content["weeks"])
    story: list[Flowable] = [
        Paragraph(esc(f"{week} · {days}"), s.kicker),
        Heading(esc(area["title"]), s.title, outline=area["title"]),
        Paragraph(esc(area["summary"]), s.lead),
    ]
    messages: list[Flowable] = [
        Callout([Paragraph(esc(text), s.message)], p.tint, p.accent)
        for text in area["key_messages"]
    ]
    story += _section(label("key_messages", lang), messages, s, p)
    facts = area["facts"]
    sourced = [i for i, fact in enumerate(facts) if fact["source"]]
    numbers = {i: n for n, i in enumerate(sourced, 1)}
    items: list[Flowable] = []
    for i, fact in enumerate(facts):
        text = esc(fact["text"])
        if i in numbers:
            ref = anchor_link(f"[{numbers[i]}]", f"source-{numbers[i]}", p.hex("accent"))
            text += f"\u00a0<super>{ref}</super>"
        para = Paragraph(text, s.fact, bulletText="•")
        figures = fact["figures"]
        # A fact and its chart stay on one page: a chart without its statement means nothing.
        items.append(KeepTogether([para, *_chart(figures, lang, s, p, g)]) if figures else para)
    story += _section(label("facts", lang), items, s, p)
    actions: list[Flowable] = []
    for cta in area["calls_to_action"]:
        text = esc(cta["text"])
        if cta["link"]:
            width = g.main_width - s.action.leftIndent
            text += "<br/>" + _url_line(cta["link"], p, s.action.fontSize - 1.5, width)
        actions.append(Paragraph(text, s.action, bulletText="→"))
    story += _section(label("calls_to_action", lang), actions, s, p)
    sources: list[Flowable] = [
        Paragraph(
            _source_markup(facts[i]["source"], numbers[i], p, g.main_width - s.source.leftIndent),
            s.source,
            bulletText=f"[{numbers[i]}]",
        )
        for i in sourced
    ]
    story += _section(label("sources", lang), sources, s, p)
    return _closing(content, story, s, p, panel)


def _overview_story(
    content: dict[str, Any],
    s: Styles,
    p: Palette,
    g: Geometry,
    panel: Callable[[], list[Flowable]] | None,
) -> list[Flowable]:
    lang = content["lang"]
    areas = content["areas"]
    days = _range(min(a["starts"] for a in areas), max(a["ends"] for a in areas), lang)
    story: list[Flowable] = [
        Paragraph(esc(days), s.kicker),
        Heading(esc(label("overview", lang)), s.title, outline=label("overview", lang)),
        Paragraph(esc(content["description"]), s.lead),
    ]
    rows = [
        [
            Paragraph(esc(label("week", lang, n=a["week"])), s.cell_bold),
            Paragraph(esc(_range(a["starts"], a["ends"], lang)), s.cell),
            Paragraph(esc(a["title"]), s.cell_bold),
        ]
        for a in sorted(areas, key=lambda a: (a["week"], a["starts"]))
    ]
    table = Table(rows, colWidths=[0.2, 0.32, 0.48], hAlign="LEFT", repeatRows=0)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Cells are paragraphs; the table's own default font (Helvetica) must not appear.
                ("FONT", (0, 0), (-1, -1), typeface.REGULAR, 9.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, p.rule),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, p.primary),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    story += _section(label("schedule", lang), [_FractionTable(table), Spacer(1, 8)], s, p)
    cards: list[Flowable] = []
    for a in areas:
        card: list[Flowable] = [
            Paragraph(esc(label("week", lang, n=a["week"])), s.kicker),
            Paragraph(esc(a["title"]), s.card_title),
            Paragraph(esc(a["summary"]), s.body),
        ]
        card += [Paragraph(esc(m), s.item, bulletText="•") for m in a["key_messages"]]
        if a["hashtags"]:
            card.append(Paragraph(esc(" ".join(f"#{t}" for t in a["hashtags"])), s.cell_bold))
        cards.append(Callout(card, p.tint, p.primary, pad=12))
    story += _section(label("areas", lang), cards, s, p)
    return _closing(content, story, s, p, panel)


# --- shared parts ------------------------------------------------------------------------------


class _FractionTable(Flowable):  # type: ignore[misc]
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


def _section(title: str, items: list[Flowable], s: Styles, p: Palette) -> list[Flowable]:
    """A headed section whose heading never ends a page without the start of its text."""
    if not items:
        return []
    head = [Spacer(1, 10), Heading(esc(title), s.heading, outline=title, bar=p.accent)]
    return [KeepWithFirst(head, items[0]), *items[1:]]


def _closing(
    content: dict[str, Any],
    story: list[Flowable],
    s: Styles,
    p: Palette,
    panel: Callable[[], list[Flowable]] | None,
) -> list[Flowable]:
    """The end of a sheet: the rail's content, when it did not fit the first page's rail."""
    if panel is not None:
        # The panel's first item is a heading saying what _section already says.
        story += _section(label("campaign_url", content["lang"]), panel()[1:], s, p)
    return story


def _date(iso: str, lang: str) -> str:
    """A date in the sheet's language, or in English where msgkit's own words are English."""
    return format_date(dt.date.fromisoformat(iso), lang if has_labels(lang) else "en")


def _range(first: str, last: str, lang: str) -> str:
    when = lang if has_labels(lang) else "en"
    return format_range(dt.date.fromisoformat(first), dt.date.fromisoformat(last), when)


def _chart(
    figures: dict[str, Any], lang: str, s: Styles, p: Palette, g: Geometry
) -> list[Flowable]:
    series = [(f["label"], float(f["value"])) for f in figures["series"]]
    width = g.main_width - s.fact.leftIndent - 18
    drawing = bar_chart(series, lang, p, width)
    drawing.hAlign = "RIGHT"
    caption = s.small.clone(
        "chart_caption",
        leftIndent=18,
        spaceBefore=4,
        spaceAfter=4,
        textColor=p.text,
        fontName=typeface.BOLD,
    )
    return [Paragraph(esc(figures["unit"]), caption), _Indented(drawing, 18)]


class _Indented(Flowable):  # type: ignore[misc]
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


def _fits(width: float, size: float, font: str = typeface.REGULAR) -> Callable[[str], bool]:
    """Whether a piece of text set in `font` at `size` fits in `width` points."""
    return lambda text: sum(_char_width(ch, font) for ch in text) * size <= width


@cache
def _char_width(ch: str, font: str) -> float:
    # reportlab sets text without kerning, so a string's width is the sum of its characters'.
    return float(stringWidth(ch, font, 1))


def _url_line(url: str, p: Palette, size: float, width: float) -> str:
    """A URL printed small in the link colour and linked (when its scheme is allowed)."""
    shown = url_link(url, p.hex("secondary"), _fits(width, size))
    return f'<font size="{size}" name="{typeface.REGULAR}">{shown}</font>'


def _source_markup(source: dict[str, Any], n: int, p: Palette, width: float) -> str:
    """`title. publisher, year.` then the URL; the anchor lets the fact's [n] jump here."""
    parts = [f'<a name="source-{n}"/>{esc(source["title"])}']
    detail = ", ".join(str(v) for v in (source.get("publisher"), source.get("year")) if v)
    if detail:
        parts.append(esc(detail))
    text = ". ".join(parts).rstrip(".") + "."
    return f"{text}<br/>{url_link(source['url'], p.hex('secondary'), _fits(width, 8))}"


def _footer_markup(content: dict[str, Any], p: Palette, width: float) -> str:
    """Organisations (linked) and the contact, for the footer of every page."""
    color = p.hex("text")
    orgs = [link(o["name"], o.get("url"), color) for o in content["organisations"]]
    line = " · ".join(orgs) or esc(content["brand"]["name"])
    contact = content["contact"]
    bits = [esc(contact["name"])] if contact.get("name") else []
    href = mailto(contact.get("email"))
    if href:
        bits.append(f'<a href="{href}" color="{color}">{esc(contact["email"])}</a>')
    if contact.get("url"):
        bits.append(url_link(contact["url"], color, _fits(width, 7.5)))
    if bits:
        line += f"<br/>{esc(label('contact', content['lang']))}: " + ", ".join(bits)
    return line


def _rail(content: dict[str, Any], s: Styles, p: Palette, width: float) -> list[Flowable]:
    """The first page's side column: QR code and URL, hashtags, organisations, contact."""
    lang = content["lang"]
    fits = _fits(width, s.rail.fontSize)
    items: list[Flowable] = [
        Paragraph(esc(label("campaign_url", lang)), s.rail_heading.clone("first", spaceBefore=4)),
        QrCode(content["url"], min(_QR_SIZE, width), p.text, p.background),
        Paragraph(esc(label("scan", lang)), s.rail.clone("scan", textColor=p.muted, spaceBefore=4)),
        Paragraph(url_link(content["url"], p.hex("primary"), fits), s.rail),
    ]
    if content["hashtags"]:
        items.append(Paragraph(esc(label("hashtags", lang)), s.rail_heading))
        items += [Paragraph(esc(f"#{tag}"), s.rail_tag) for tag in content["hashtags"]]
    if content["organisations"]:
        items.append(Paragraph(esc(label("organisations", lang)), s.rail_heading))
        items += [
            Paragraph(link(o["name"], o.get("url"), p.hex("text")), s.rail)
            for o in content["organisations"]
        ]
    contact = content["contact"]
    if any(contact.get(k) for k in ("name", "email", "url")):
        items.append(Paragraph(esc(label("contact", lang)), s.rail_heading))
        if contact.get("name"):
            items.append(Paragraph(esc(contact["name"]), s.rail))
        href = mailto(contact.get("email"))
        if href:
            items.append(
                Paragraph(
                    f'<a href="{href}" color="{p.hex("primary")}">{esc(contact["email"])}</a>',
                    s.rail,
                )
            )
        if contact.get("url"):
            items.append(Paragraph(url_link(contact["url"], p.hex("primary"), fits), s.rail))
    if content["terms"]:
        items.append(Paragraph(esc(label("usage_terms", lang)), s.rail_heading))
        items.append(Paragraph(esc(content["terms"]), s.rail.clone("terms", textColor=p.muted)))
    return items
