"""What a deck says: the kit's texts in one language arranged as slide specs (no python-pptx).

The specs name a layout role, a title, the content of each body placeholder (text blocks or a
picture), the speaker notes and the footer. `msgkit.deck.render` turns them into slides on a
template; keeping the two apart makes the content testable without opening a presentation.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from msgkit.deck.fit import Block, Para, Span
from msgkit.l10n import format_datetime, format_range
from msgkit.labels import label
from msgkit.model import Kit
from msgkit.resolve import Content, ResolvedArea, ResolvedPost, Text, resolve, untranslated_note

LayoutRole = Literal["title", "section", "content", "two", "closing"]

#: The layout name in the template for each layout role.
LAYOUT_NAMES: dict[LayoutRole, str] = {
    "title": "msgkit Title",
    "section": "msgkit Section",
    "content": "msgkit Content",
    "two": "msgkit Two Content",
    "closing": "msgkit Closing",
}

#: Characters that only shape emoji (joiners, variation selectors, keycaps, tag sequences).
_EMOJI_GLUE = re.compile("[\u200d\ufe0e\ufe0f\u20e3\U000e0020-\U000e007f]")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")


@dataclass(frozen=True)
class Picture:
    """An image on a slide and its alt text."""

    path: Path
    alt: str


#: A body placeholder gets text blocks or a picture placed in its box.
Slot = tuple[Block, ...] | Picture


@dataclass(frozen=True)
class SlideSpec:
    """One slide (before fitting; long content may become several slides)."""

    layout: LayoutRole
    title: str
    slots: tuple[Slot, ...]
    notes: str
    footer: str = ""
    #: The campaign mark, placed in the layout's picture placeholder.
    mark: Picture | None = None
    #: Set in the picture placeholder's place as text when the kit has no mark.
    wordmark: str = ""


@dataclass(frozen=True)
class DeckSpec:
    """A whole deck: its slides and its document properties."""

    slides: tuple[SlideSpec, ...]
    title: str
    author: str
    subject: str
    keywords: str
    draft: bool
    #: Post texts whose emoji were left out on the slides: (area id, post id, removed).
    stripped: tuple[tuple[str, str, str], ...] = ()


def strip_emoji(text: str) -> tuple[str, str]:
    """`text` without the emoji the deck font cannot draw, and the removed characters.

    Fira Sans has no emoji; PowerPoint and Impress would show boxes or substitute a font the
    measurements did not account for. Symbols the font has (✓, →) stay.
    """
    from msgkit.fonts import covered

    regular, bold = covered("regular"), covered("bold")
    kept: list[str] = []
    removed: list[str] = []
    for ch in text:
        if _EMOJI_GLUE.match(ch):
            continue
        is_symbol = unicodedata.category(ch) in ("So", "Sk") or 0x1F000 <= ord(ch) <= 0x1FAFF
        if is_symbol and (ord(ch) not in regular or ord(ch) not in bold):
            removed.append(ch)
            continue
        kept.append(ch)
    if not removed:
        return text, ""
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(kept).split("\n")]
    cleaned = "\n".join(lines)
    # A space left before punctuation where an emoji stood ("Act now 👉 ." → "Act now.").
    cleaned = re.sub(r" +([.,;:!?])", r"\1", cleaned)
    return cleaned.strip(), "".join(removed)


def display_url(url: str) -> str:
    """A URL as people read it on a slide: no scheme, no trailing slash, no tracking parameters
    (a partner's deck links keep them; the text shows the plain address)."""
    from msgkit.tracking import untracked

    shown = re.sub(r"^(https?://|mailto:)", "", untracked(url))
    return shown.rstrip("/")


def _site(url: str) -> str:
    """The site a URL points to, as people say it: `ohchr.org`, `eur-lex.europa.eu`."""
    host = re.sub(r"^(https?://)", "", url).split("/")[0].split("?")[0]
    return host.removeprefix("www.")


def _p(text: str, **kwargs: object) -> Para:
    return Para((Span(text),), **kwargs)  # type: ignore[arg-type]


def _spans(text: Text, lang: str, **style: object) -> tuple[Span, ...]:
    """A resolved text as runs: tagged with its language when it is not the deck's, and
    followed by the untranslated/stale marker in the deck's language."""
    spans = [Span(text.text, lang=text.lang if text.lang != lang else None, **style)]  # type: ignore[arg-type]
    note = untranslated_note(text, lang)
    if note:
        spans.append(Span(f" ({note})", italic=True))
    return tuple(spans)


def _tp(text: Text, lang: str, **kwargs: object) -> Para:
    return Para(_spans(text, lang), **kwargs)  # type: ignore[arg-type]


def _noted(text: Text, lang: str) -> str:
    """A resolved text in the speaker notes, with its marker."""
    note = untranslated_note(text, lang)
    return f"{text.text} ({note})" if note else text.text


def compose(
    kit: Kit, lang: str, area_ids: list[str] | None = None, partner: str | None = None
) -> DeckSpec:
    """The deck of `lang`: the whole campaign, or only the areas in `area_ids` (per-area decks);
    for `partner`, with its name and contact on the closing slide and its links tracked."""
    c = kit.campaign
    content = resolve(kit, lang, partner, "deck")
    areas = [a for a in content.areas if area_ids is None or a.id in area_ids]
    title = content.title.text
    first = content.areas[0].starts
    last = content.areas[-1].ends
    mark = _mark(kit, lang)
    orgs = [o.name.text for o in content.organisations]
    slides: list[SlideSpec] = [_title_slide(content, first, last, mark)]
    slides.append(_overview(content))
    stripped: list[tuple[str, str, str]] = []
    for area in areas:
        slides += _area_slides(kit, content, area, stripped)
    slides.append(_closing(content, kit, mark))
    tags = [f"#{tag}" for tag in content.campaign_tags]
    deck_title = title
    if area_ids is not None and len(areas) == 1:
        deck_title = f"{title}: {areas[0].title.text}"
    return DeckSpec(
        slides=tuple(slides),
        title=deck_title,
        author="; ".join(orgs) or c.brand.name,
        subject=content.description.text,
        keywords=", ".join(tags),
        draft=content.draft,
        stripped=tuple(stripped),
    )


def _mark(kit: Kit, lang: str) -> Picture | None:
    brand = kit.campaign.brand
    if not brand.logo:
        return None
    return Picture(kit.asset(brand.logo), label("deck_mark_alt", lang, name=brand.name))


def _title_slide(
    content: Content, first: dt.date, last: dt.date, mark: Picture | None
) -> SlideSpec:
    lang = content.lang
    blocks = [
        Block((_tp(content.description, lang),)),
        Block((Para((Span(format_range(first, last, lang), bold=True),), gap=0.8),)),
    ]
    orgs = " · ".join(o.name.text for o in content.organisations)
    if orgs:
        blocks.append(Block((_p(orgs, scale=0.75, gap=0.5),)))
    if content.draft:
        blocks.append(Block((Para((Span(label("draft", lang), bold=True),), scale=0.75, gap=0.8),)))
    notes = [
        _noted(content.description, lang),
        f"{label('schedule', lang)}: {format_range(first, last, lang)}",
    ]
    if orgs:
        names = "; ".join(o.name.text for o in content.organisations)
        notes.append(f"{label('organisations', lang)}: {names}")
    notes.append(f"{label('campaign_url', lang)}: {content.url}")
    if content.draft:
        notes.append(label("draft", lang))
    return SlideSpec(
        "title",
        content.title.text,
        (tuple(blocks),),
        "\n".join(notes),
        mark=mark,
        wordmark="" if mark else content.brand,
    )


def _overview(content: Content) -> SlideSpec:
    lang = content.lang
    blocks = [Block((_tp(content.description, lang, scale=0.85),))]
    notes = [_noted(content.description, lang)]
    for area in content.areas:
        dates = format_range(area.starts, area.ends, lang)
        when = f"{label('week', lang, n=area.week)} · {dates}"
        blocks.append(
            Block(
                (
                    Para((Span(when, bold=True, color="accent2"),), scale=0.75, gap=1.0),
                    Para(_spans(area.title, lang, bold=True), gap=0.15),
                )
            )
        )
        notes.append(f"{when}: {_noted(area.title, lang)}. {_noted(area.summary, lang)}")
    return SlideSpec(
        "content",
        label("overview", lang),
        (tuple(blocks),),
        "\n".join(notes),
        footer=content.title.text,
    )


def _area_slides(
    kit: Kit, content: Content, area: ResolvedArea, stripped: list[tuple[str, str, str]]
) -> list[SlideSpec]:
    lang = content.lang
    week = label("week", lang, n=area.week)
    when = f"{week} · {format_range(area.starts, area.ends, lang)}"
    area_title = area.title.text
    footer = f"{week} · {area_title}"
    summary = _noted(area.summary, lang)
    slides = [
        SlideSpec(
            "section",
            area_title,
            (
                (
                    Block((Para((Span(when, bold=True),)),)),
                    Block((_tp(area.summary, lang, gap=0.6),)),
                ),
            ),
            "\n".join([f"{when}: {_noted(area.title, lang)}", summary]),
        )
    ]
    talking = label("deck_talking_points", lang)
    if area.key_messages:
        texts = [m.text for m in area.key_messages]
        slides.append(
            SlideSpec(
                "content",
                label("key_messages", lang),
                (tuple(Block((_tp(x, lang, bullet=True, gap=0.7),)) for x in texts),),
                "\n".join([f"{talking}:", summary, *(f"• {_noted(x, lang)}" for x in texts)]),
                footer=footer,
            )
        )
    if area.facts:
        sources = {s.number: s for s in area.sources}
        blocks = []
        notes = [f"{talking}:"]
        for fact in area.facts:
            paras = [_tp(fact.text, lang, bullet=True, gap=0.8)]
            notes.append(f"• {_noted(fact.text, lang)}")
            if fact.source:
                s = sources[fact.source]
                detail = ", ".join(str(x) for x in (s.publisher, s.year) if x)
                title_lang = s.title.lang if s.title.lang != lang else None
                # The link goes on the short site name: Impress cannot wrap inside a link.
                spans = [
                    Span(f"{label('deck_source', lang)}: ", color="accent2"),
                    Span(s.title.text, color="accent2", lang=title_lang),
                    Span((f" ({detail})" if detail else "") + " · ", color="accent2"),
                    Span(_site(s.url), color="accent2", link=s.url),
                ]
                paras.append(Para(tuple(spans), scale=0.7, hang=True, gap=0.3))
                notes.append(
                    f"  {label('deck_source', lang)}: {s.title.text}"
                    + (f" ({detail})" if detail else "")
                    + f" – {s.url}"
                )
            blocks.append(Block(tuple(paras)))
        slides.append(
            SlideSpec("content", label("facts", lang), (tuple(blocks),), "\n".join(notes), footer)
        )
    if area.calls_to_action:
        blocks = []
        notes = [f"{talking}:"]
        for cta in area.calls_to_action:
            paras = [_tp(cta.text, lang, bullet=True, gap=0.8)]
            notes.append(f"• {_noted(cta.text, lang)}" + (f" – {cta.link}" if cta.link else ""))
            if cta.link:
                link = Span(display_url(cta.link), color="accent2", link=cta.link)
                paras.append(Para((link,), scale=0.7, hang=True, gap=0.3))
            blocks.append(Block(tuple(paras)))
        slides.append(
            SlideSpec(
                "content",
                label("calls_to_action", lang),
                (tuple(blocks),),
                "\n".join(notes),
                footer,
            )
        )
    slides += _post_slides(kit, area, lang, footer, stripped)
    return slides


def _post_slides(
    kit: Kit, area: ResolvedArea, lang: str, footer: str, stripped: list[tuple[str, str, str]]
) -> list[SlideSpec]:
    """Sample posts two to a slide; a post with an image gets a slide with its picture."""
    title = label("sample_posts", lang)
    slides: list[SlideSpec] = []
    pending: list[ResolvedPost] = []

    def column(post: ResolvedPost) -> tuple[tuple[Block, ...], str]:
        text = post.text.text
        shown, removed = strip_emoji(text)
        if removed:
            stripped.append((area.id, post.id, removed))
        when = post.scheduled_at
        meta = f"{label('day', lang, n=post.day)} · {format_datetime(when, lang)}"
        paras = [Para((Span(meta, bold=True, color="accent2"),), scale=0.7)]
        lines = [x for x in shown.split("\n") if x.strip()]
        for i, line in enumerate(lines):
            runs = _spans(Text(line, post.text.lang), lang)
            paras.append(Para(runs, gap=0.6 if i == 0 else 0.4))
        note = untranslated_note(post.text, lang)
        if note:
            paras.append(Para((Span(f"({note})", italic=True),), scale=0.7, gap=0.3))
        if post.link:
            paras.append(
                Para(
                    (Span(display_url(post.link), color="accent2", link=post.link),),
                    scale=0.7,
                    gap=0.5,
                )
            )
        stamp = format_datetime(when, lang)
        notes = [f"{post.title.text} ({stamp})", _noted(post.text, lang)]
        if post.link:
            notes.append(post.link)
        if post.image:
            notes.append(f"{label('alt_text', lang)}: {_noted(post.image.alt, lang)}")
        if removed:
            notes.append(label("deck_emoji_note", lang))
        return (Block(tuple(paras[:2])), *(Block((p,)) for p in paras[2:])), "\n".join(notes)

    def flush() -> None:
        if not pending:
            return
        cols = [column(p) for p in pending]
        slots = tuple(blocks for blocks, _ in cols)
        layout: LayoutRole = "two" if len(slots) == 2 else "content"
        slides.append(SlideSpec(layout, title, slots, "\n\n".join(n for _, n in cols), footer))
        pending.clear()

    for post in area.posts:
        if post.image is not None:
            flush()
            blocks, notes = column(post)
            picture = Picture(kit.asset(post.image.src), post.image.alt.text)
            slides.append(SlideSpec("two", title, (blocks, picture), notes, footer))
            continue
        pending.append(post)
        if len(pending) == 2:
            flush()
    flush()
    return slides


def _closing(content: Content, kit: Kit, mark: Picture | None) -> SlideSpec:
    lang = content.lang
    c = kit.campaign
    tags = " ".join(f"#{tag}" for tag in content.campaign_tags)
    blocks: list[Block] = []
    notes: list[str] = []
    if tags:
        blocks.append(Block((Para((Span(tags, bold=True),), scale=1.1),)))
        notes.append(f"{label('hashtags', lang)}: {tags}")
    blocks.append(Block((_p(display_url(content.url), scale=0.8, gap=0.9),)))
    notes.append(f"{label('campaign_url', lang)}: {content.url}")
    contact = c.brand.contact
    who = " · ".join(
        x
        for x in (
            content.contact_name.text if content.contact_name else "",
            contact.email,
            content.contact_url and display_url(content.contact_url),
        )
        if x
    )
    if who:
        blocks.append(
            Block(
                (
                    Para((Span(label("contact", lang), bold=True),), scale=0.75, gap=0.9),
                    _p(who, scale=0.8, gap=0.2),
                )
            )
        )
        notes.append(f"{label('contact', lang)}: {who}")
    partner = content.partner
    if partner is not None:
        shared = label("shared_by", lang, partner=partner.name.text)
        theirs = " · ".join(
            x
            for x in (
                partner.contact_name.text if partner.contact_name else "",
                partner.email,
                (partner.contact_url or partner.url) and display_url(
                    partner.contact_url or partner.url or ""
                ),
            )
            if x
        )
        paras = [Para((Span(shared, bold=True),), scale=0.75, gap=0.9)]
        if theirs:
            paras.append(_p(theirs, scale=0.8, gap=0.2))
        blocks.append(Block(tuple(paras)))
        notes.append(f"{shared}: {theirs}" if theirs else shared)
    if content.terms is not None:
        blocks.append(Block((_tp(content.terms, lang, scale=0.65, gap=0.9),)))
        notes.append(f"{label('usage_terms', lang)}: {_noted(content.terms, lang)}")
    return SlideSpec(
        "closing",
        label("deck_closing", lang),
        (tuple(blocks),),
        "\n".join(notes),
        mark=mark,
        wordmark="" if mark else content.brand,
    )
