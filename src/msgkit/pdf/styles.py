"""The sheets' type scale and colours: one place that decides how every kind of text looks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from msgkit.pdf.typeface import BOLD, REGULAR


def _mix(a: Color, b: Color, share: float) -> Color:
    """`share` of colour `a` over colour `b` (a flat tint, so print and screen agree)."""
    return Color(
        a.red * share + b.red * (1 - share),
        a.green * share + b.green * (1 - share),
        a.blue * share + b.blue * (1 - share),
    )


@dataclass(frozen=True)
class Palette:
    """Brand colours plus the tints derived from them."""

    primary: Color
    secondary: Color
    accent: Color
    text: Color
    background: Color
    on_primary: Color

    @classmethod
    def from_brand(cls, colors: dict[str, str]) -> Palette:
        """The palette of a kit's `brand.colors`."""
        return cls(**{k: HexColor(v) for k, v in colors.items()})

    @property
    def tint(self) -> Color:
        """Background of key-message boxes and panels."""
        return _mix(self.primary, self.background, 0.07)

    @property
    def muted(self) -> Color:
        """Secondary text: captions, footers, source lists."""
        return _mix(self.text, self.background, 0.68)

    @property
    def rule(self) -> Color:
        """Hairlines between rows."""
        return _mix(self.text, self.background, 0.18)

    def hex(self, name: str) -> str:
        """A colour as `#rrggbb` for paragraph markup (`<a color=…>`)."""
        color: Color = getattr(self, name)
        return "#" + str(color.hexval())[2:]


@dataclass(frozen=True)
class Styles:
    """Every paragraph style of a sheet, built from its palette."""

    kicker: ParagraphStyle
    title: ParagraphStyle
    lead: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    message: ParagraphStyle
    fact: ParagraphStyle
    action: ParagraphStyle
    source: ParagraphStyle
    small: ParagraphStyle
    rail_heading: ParagraphStyle
    rail: ParagraphStyle
    rail_tag: ParagraphStyle
    header_kicker: ParagraphStyle
    header_title: ParagraphStyle
    footer: ParagraphStyle
    card_title: ParagraphStyle
    cell: ParagraphStyle
    item: ParagraphStyle
    cell_bold: ParagraphStyle
    #: Space above a section heading (points); smaller on a tightened sheet.
    section_gap: float = 10.0
    #: Inner padding of a key message's panel (points).
    callout_pad: float = 10.0


#: How an area sheet is tightened, in order, until it fits one double-sided sheet (2 pages):
#: the name of each step, as the overflow warning reports the last one tried.
TIGHTENING = (
    "as designed",
    "tighter spacing",
    "smaller facts, messages and actions (9.5 pt, the smallest comfortable body size)",
    "smaller source list (7 pt)",
)

#: Each step's spacing scale and the text sizes it sets (points) — never below these limits.
_SPACING = (1.0, 0.6, 0.5, 0.4)
_BODY = (10.5, 10.5, 9.5, 9.5)
_SOURCE = (8.0, 8.0, 8.0, 7.0)


def make_styles(p: Palette, tight: int = 0) -> Styles:
    """The type scale: 24 / 12 / 13 / 10.5 pt; `tight` (an index into `TIGHTENING`) shrinks
    spacing first, then the body text to 9.5 pt, then the sources to 7 pt."""
    gap, body, source = _SPACING[tight], _BODY[tight], _SOURCE[tight]

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": REGULAR,
            "fontSize": 10,
            "leading": 14.5,
            "textColor": p.text,
            "alignment": TA_LEFT,
            # No orphans or widows: a paragraph that must break leaves at least two lines.
            "allowOrphans": 0,
            "allowWidows": 0,
            # Long URLs break anywhere rather than run past the frame edge.
            "splitLongWords": 1,
            # Never hyphenate: the text must stay exactly as written (and extractable).
            "hyphenationLang": "",
            "embeddedHyphenation": 0,
            "uriWasteReduce": 0.3,
        }
        base.update(kw)
        for key in ("spaceBefore", "spaceAfter"):
            if key in base:
                base[key] = round(base[key] * gap, 2)
        return ParagraphStyle(name, **base)

    return Styles(
        kicker=style(
            "kicker",
            fontName=BOLD,
            fontSize=9,
            leading=12,
            textColor=p.accent,
            spaceAfter=4,
            keepWithNext=1,
        ),
        title=style(
            "title",
            fontName=BOLD,
            fontSize=24,
            leading=28,
            textColor=p.primary,
            spaceAfter=8,
            keepWithNext=1,
        ),
        # The one lead of the sheet: the summary, larger than everything but the headings.
        lead=style("lead", fontSize=12, leading=17, textColor=p.text, spaceAfter=6),
        # Not keepWithNext: sections keep their heading with their first item themselves.
        heading=style(
            "heading",
            fontName=BOLD,
            fontSize=13,
            leading=16,
            textColor=p.primary,
            spaceBefore=2,
            spaceAfter=7,
        ),
        body=style("body", spaceAfter=6),
        # Key messages: regular weight on a light panel — quoted, not shouted; the facts (the
        # evidence) carry the same weight, so no one element outweighs the lead.
        message=style(
            "message", fontSize=body + 0.5, leading=round((body + 0.5) * 1.4, 1), textColor=p.text
        ),
        fact=style(
            "fact",
            fontSize=body,
            leading=round(body * 1.43, 1),
            leftIndent=14,
            bulletIndent=1,
            bulletFontName=BOLD,
            bulletFontSize=body,
            bulletColor=p.accent,
            spaceAfter=5,
        ),
        # Calls to action in regular weight: the arrow marks them, bold would outshout the facts.
        action=style(
            "action",
            fontSize=body,
            leading=round(body * 1.43, 1),
            leftIndent=16,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=body,
            bulletColor=p.accent,
            spaceAfter=5,
        ),
        source=style(
            "source",
            fontSize=source,
            leading=round(source * 1.375, 1),
            textColor=p.muted,
            leftIndent=20,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=source,
            bulletColor=p.accent,
            spaceAfter=4,
        ),
        small=style("small", fontSize=8, leading=11, textColor=p.muted, spaceAfter=3),
        rail_heading=style(
            "rail_heading",
            fontName=BOLD,
            fontSize=8,
            leading=11,
            textColor=p.accent,
            spaceBefore=10,
            spaceAfter=3,
            keepWithNext=1,
        ),
        rail=style("rail", fontSize=8, leading=11, textColor=p.text, spaceAfter=2),
        rail_tag=style("rail_tag", fontName=BOLD, fontSize=9, leading=12.5, textColor=p.primary),
        header_kicker=style(
            "header_kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=p.on_primary
        ),
        header_title=style(
            "header_title", fontName=BOLD, fontSize=15, leading=18, textColor=p.on_primary
        ),
        footer=style("footer", fontSize=7.5, leading=10, textColor=p.muted),
        card_title=style(
            "card_title",
            fontName=BOLD,
            fontSize=12,
            leading=15.5,
            textColor=p.primary,
            spaceAfter=3,
        ),
        cell=style("cell", fontSize=9.5, leading=13),
        item=style(
            "item",
            fontSize=9.5,
            leading=13,
            leftIndent=11,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=9.5,
            bulletColor=p.accent,
            spaceAfter=2,
        ),
        cell_bold=style("cell_bold", fontName=BOLD, fontSize=9.5, leading=13, textColor=p.primary),
        section_gap=round(10.0 * gap, 1),
        callout_pad=7.0 if tight else 10.0,
    )
