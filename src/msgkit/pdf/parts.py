"""Pieces every sheet uses: dates, the chart block, URLs, the source list, footer and rail."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from msgkit.l10n import format_date, format_number, format_range
from msgkit.labels import label
from msgkit.pdf import typeface
from msgkit.pdf.chart import bar_chart
from msgkit.pdf.flowables import Indented, Para
from msgkit.pdf.layout import Geometry
from msgkit.pdf.markup import esc, link, mailto, plain, safe_href, shown, url_lines, url_link
from msgkit.pdf.qr import QrCode
from msgkit.pdf.styles import Palette, Styles
from msgkit.pdf.tagging import ASIDE, Node, Tagged, node, tag, text_lang

_QR_SIZE = 96.0


def date_text(iso: str, lang: str) -> str:
    """A date in the sheet's language, or in English where msgkit's own words are English."""
    return format_date(dt.date.fromisoformat(iso), lang)


def range_text(first: str, last: str, lang: str) -> str:
    """A span of days in the sheet's language (English where msgkit's words are English)."""
    return format_range(dt.date.fromisoformat(first), dt.date.fromisoformat(last), lang)


def chart_block(
    figures: dict[str, Any],
    lang: str,
    s: Styles,
    p: Palette,
    g: Geometry,
    parent: Node | None = None,
) -> list[Flowable]:
    """A fact's figures as a captioned bar chart, indented under the fact (tagged in `parent`:
    the caption a `P`, the chart a `Figure` whose alternative text states every value)."""
    series = [(plain(f["label"]), float(f["value"])) for f in figures["series"]]
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
    unit = figures["unit"]
    alt = f"{plain(unit)}: " + "; ".join(
        f"{name} {format_number(value, lang)}" for name, value in series
    )
    # The lead figure: the latest point of a series over years, else the largest one — the
    # number a reader takes away, set large before the chart that details it.
    by_year = all(name.strip().isdigit() for name, _ in series)
    name, value = series[-1] if by_year else max(series, key=lambda point: point[1])
    lead = s.small.clone(
        "lead_figure", leftIndent=18, spaceBefore=6, spaceAfter=0, leading=24, textColor=p.muted
    )
    figure = (
        f'<font name="{typeface.BOLD}" size="20" color="{p.hex("primary")}">'
        f"{esc(format_number(value, lang))}</font>\u00a0\u00a0{esc(name)}"
    )
    return [
        tag(Para(figure, lead), "P", parent, lang=text_lang(unit)),
        tag(Para(shown(unit, lang), caption), "P", parent, lang=text_lang(unit)),
        tag(Indented(drawing, 18), "Figure", parent, alt=alt, lang=text_lang(unit)),
    ]


def fits(width: float, size: float, font: str = typeface.REGULAR) -> Callable[[str], bool]:
    """Whether a piece of text set in `font` at `size` fits in `width` points."""
    # URL breaking asks about `line + ch` for every character: the width of the text asked
    # about last is kept, so a one-character extension costs one addition instead of a sum
    # over the line. Both paths add left to right (not `sum`, which compensates from Python
    # 3.12 on), so they give the same float.
    last_text, last_width = "", 0.0

    def check(text: str) -> bool:
        nonlocal last_text, last_width
        if len(text) == len(last_text) + 1 and text.startswith(last_text):
            total = last_width + _char_width(text[-1], font)
        else:
            total = 0.0
            for ch in text:
                total += _char_width(ch, font)
        last_text, last_width = text, total
        return total * size <= width

    return check


@cache
def _char_width(ch: str, font: str) -> float:
    # reportlab sets text without kerning, so a string's width is the sum of its characters'.
    return float(stringWidth(ch, font, 1))


def url_line(url: str, p: Palette, size: float, width: float) -> str:
    """A URL printed small in the link colour and linked (when its scheme is allowed)."""
    shown = url_link(url, p.hex("secondary"), fits(width, size))
    return f'<font size="{size}" name="{typeface.REGULAR}">{shown}</font>'


def source_markup(source: dict[str, Any], n: int, p: Palette, width: float) -> str:
    """`title. publisher, year.` then the URL; the anchor lets the fact's [n] jump here."""
    parts = [f'<a name="source-{n}"/>{esc(plain(source["title"]))}']
    detail = ", ".join(str(v) for v in (source.get("publisher"), source.get("year")) if v)
    if detail:
        parts.append(esc(detail))
    text = ". ".join(parts).rstrip(".") + "."
    return f"{text}<br/>{url_link(source['url'], p.hex('secondary'), fits(width, 8))}"


def footer_markup(
    content: dict[str, Any], p: Palette, width: float, partner_logo: Path | None = None
) -> str:
    """Organisations (linked) and the contact, for the footer of every page; on a partner's
    sheet then "Shared by <partner>" after the partner's mark (`partner_logo`, a checked
    image file) and the partner's contact.

    The footer is page furniture (a PDF/UA pagination artifact, read by no screen reader);
    `rail` says the same in the sheet's tagged content."""
    color = p.hex("text")
    orgs = [link(plain(o["name"]), o.get("url"), color) for o in content["organisations"]]
    line = " · ".join(orgs) or esc(content["brand"]["name"])
    contact = content["contact"]
    bits = _contact_bits(
        contact.get("name"), contact.get("email"), contact.get("url"), color, width
    )
    if bits:
        line += f"<br/>{esc(label('contact', content['lang']))}: " + ", ".join(bits)
    partner = content.get("partner")
    if partner:
        # The campaign stays first; the partner who hands the sheet on says so, with its contact.
        name = plain(partner["name"])
        mark = (
            f'<img src="{esc(str(partner_logo))}" width="{_FOOTER_MARK}" '
            f'height="{_FOOTER_MARK}" valign="middle"/>\u00a0'
            if partner_logo is not None
            else ""
        )
        line += f"<br/>{mark}<b>{esc(label('shared_by', content['lang'], partner=name))}</b>"
        theirs = _contact_bits(
            partner.get("contact_name"), partner.get("email"), partner.get("url"), color, width
        )
        if theirs:
            line += " · " + ", ".join(theirs)
    return line


#: The partner's mark in the footer's "Shared by" line (pt): a little over the line's height.
_FOOTER_MARK = 12


def _contact_bits(
    name: str | dict[str, Any] | None,
    email: str | None,
    url: str | None,
    color: str,
    width: float,
) -> list[str]:
    """A contact's name, linked e-mail address and linked web address, as markup pieces."""
    bits = [esc(plain(name))] if name else []
    href = mailto(email)
    if href and email:
        bits.append(f'<a href="{href}" color="{color}">{esc(email)}</a>')
    if url:
        bits.append(url_link(url, color, fits(width, 7.5)))
    return bits


#: A link inside running text (a key message, a fact, a call to action).
_PROSE_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]]")


def prose(
    value: str | dict[str, object], lang: str, p: Palette, width: float, size: float
) -> str:
    """A content-slice text as paragraph markup, like `markup.shown` (escaped, with its
    untranslated or stale marker), and each link in it shown short and linked in full.

    A link in a sentence is shown as `host/…/last-part` (`typography.short_url`), broken after
    `/ ? & = - .` where even that is wider than the column, so no link runs out of its box.
    """
    from msgkit.typography import short_url

    text = plain(value)
    # The marker alone: `shown` of the same text with no words.
    marker = "" if isinstance(value, str) else shown({**value, "text": ""}, lang)
    out: list[str] = []
    pos = 0
    for match in _PROSE_URL.finditer(text):
        out.append(esc(text[pos : match.start()]))
        url = match.group()
        href = safe_href(url if "://" in url else f"https://{url}")
        display = "<br/>".join(
            esc(line) for line in url_lines(short_url(url, 56), fits(width, size))
        )
        colour = p.hex("secondary")
        out.append(display if href is None else f'<a href="{href}" color="{colour}">{display}</a>')
        pos = match.end()
    out.append(esc(text[pos:]))
    return "".join(out) + marker


def url_label(content: dict[str, Any]) -> str:
    """What the campaign link is: the kit's own `url_label`, else "Campaign website"."""
    return str(content.get("url_label") or label("campaign_url", content["lang"]))


def rail(content: dict[str, Any], s: Styles, p: Palette, width: float) -> list[Flowable]:
    """The first page's side column: QR code and URL, hashtags, organisations, contact."""
    lang = content["lang"]
    fit = fits(width, s.rail.fontSize)
    qr = QrCode(content["url"], min(_QR_SIZE, width), p.text, p.background)
    # The side column is read after the main column, wherever it sits on the page.
    aside = node("Sect", group=ASIDE)
    items: list[Flowable] = [
        Para(esc(url_label(content)), s.rail_heading.clone("first", spaceBefore=4)),
        tag(qr, "Figure", aside, alt=f"{label('scan', lang)}: {content['url']}"),
        Para(esc(label("scan", lang)), s.rail.clone("scan", textColor=p.muted, spaceBefore=4)),
        Para(url_link(content["url"], p.hex("primary"), fit), s.rail),
    ]
    if content["hashtags"]:
        items.append(Para(esc(label("hashtags", lang)), s.rail_heading))
        items += [Para(esc(f"#{tag}"), s.rail_tag) for tag in content["hashtags"]]
    if content["organisations"]:
        items.append(Para(esc(label("organisations", lang)), s.rail_heading))
        items += [
            tag(
                Para(link(plain(o["name"]), o.get("url"), p.hex("text")), s.rail),
                "P",
                aside,
                lang=text_lang(o["name"]),
            )
            for o in content["organisations"]
        ]
    contact = content["contact"]
    if any(contact.get(k) for k in ("name", "email", "url")):
        heading = Para(esc(label("contact", lang)), s.rail_heading)
        items += [heading, *_rail_contact(contact, aside, lang, s, p, fit)]
    partner = content.get("partner")
    if partner:
        # The footer's "Shared by" is an artifact: here it is read once, after the campaign's.
        name = plain(partner["name"])
        heading = Para(esc(label("shared_by", lang, partner=name)), s.rail_heading)
        named = {**partner, "name": partner.get("contact_name")}
        items += [heading, *_rail_contact(named, aside, lang, s, p, fit)]
    if content["terms"]:
        items.append(Para(esc(label("usage_terms", lang)), s.rail_heading))
        terms = Para(shown(content["terms"], lang), s.rail.clone("terms", textColor=p.muted))
        items.append(tag(terms, "P", aside, lang=text_lang(content["terms"])))
    for item in items:
        if not isinstance(item, Tagged):
            is_heading = item.style.name in (s.rail_heading.name, "first")
            tag(item, "H2" if is_heading else "P", aside)
    return items


def _rail_contact(
    contact: dict[str, Any],
    aside: Node,
    lang: str,
    s: Styles,
    p: Palette,
    fit: Callable[[str], bool],
) -> list[Flowable]:
    """A contact's name, linked e-mail address and linked web address, a paragraph each."""
    items: list[Flowable] = []
    if contact.get("name"):
        name = Para(shown(contact["name"], lang), s.rail)
        items.append(tag(name, "P", aside, lang=text_lang(contact["name"])))
    href = mailto(contact.get("email"))
    if href:
        # A long address is broken where a reader expects it (after `.` or `@`), not mid-word.
        email = "<br/>".join(esc(line) for line in url_lines(contact["email"], fit))
        items.append(Para(f'<a href="{href}" color="{p.hex("primary")}">{email}</a>', s.rail))
    if contact.get("url"):
        items.append(Para(url_link(contact["url"], p.hex("primary"), fit), s.rail))
    return items
