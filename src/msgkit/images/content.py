"""What a share card says: its message, kicker, hashtags and alt text, from the kit (no Pillow).

Decisions, in one place:
- A post's card shows its `short` variant when the kit gives one (authors write it as the tight
  version of the message, and a card carries one idea), else its full text.
- Links are dropped (nobody can click a picture) together with a dangling `:` or arrow before
  them; the trailing block of hashtags is dropped too (the card's footer carries the campaign
  tags); hashtags inside a sentence stay, because they are part of it.
- Emoji are dropped (Fira Sans has no colour emoji and a tofu box looks broken); text symbols
  Fira Sans draws (© ® ™ ↔ …) stay. Whatever else the font lacks is a preflight error.
- Alt text is the kit's own alt text when the post has an image; else it is composed from what
  the card shows: "Campaign card: <message>. <hashtags>" in the post's language.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

import regex

from msgkit.labels import label
from msgkit.model import Area, Kit
from msgkit.resolve import Text, resolve, untranslated_note

_URL = regex.compile(r"(?:https?://|www\.)\S+", regex.IGNORECASE)
#: A short lead-in that points at a link ("Read more: https://…", "Više → https://…"): it
#: means nothing once the link is gone. Up to four words after a sentence's end, or two at the
#: start of a line (so "Trafficking is a crime: https://…" keeps its words).
_LINK = r"\s*[:→»]+\s*(?=(?:https?://|www\.))"
_LINK_LEAD_IN = regex.compile(
    rf"(?:(?<=[.!?…])\s*(?:[^\s.!?…:→»]+\s+){{0,3}}|^\s*(?:[^\s.!?…:→»]+\s+)?)"
    rf"[^\s.!?…:→»]+{_LINK}",
    regex.IGNORECASE,
)
_HASHTAG = r"#[\p{L}\p{M}\p{Nd}_]+"
_TRAILING_TAGS = regex.compile(rf"(?:\s*{_HASHTAG})+[\s.]*$")
_TAG_LINE = regex.compile(rf"^\s*(?:{_HASHTAG}\s*)+$")
#: Emoji and the invisible characters that build emoji sequences (joiners, variation selectors,
#: skin tones, keycaps, flag tags). Pictographs below U+2300 (© ® ™ ‼ ↔) are text symbols the
#: font has, so they stay.
_EMOJI = regex.compile(
    r"[\p{Extended_Pictographic}--[\x00-\u22ff]]|[\U0001F1E6-\U0001F1FF]|\p{Emoji_Modifier}"
    r"|[\u200d\ufe0e\ufe0f\u20e3]|[\U000E0020-\U000E007F]",
    regex.V1,
)
# Possessive, and only from the start of a run of emoji: a long run that is not followed by
# punctuation is scanned once, not once per emoji (linear, not quadratic).
_EMOJI_BEFORE_STOP = regex.compile(
    rf"[ \t]*+(?<!{_EMOJI.pattern})(?:{_EMOJI.pattern})++(?=[.,!?;:…)])", regex.V1
)
#: What may dangle at the end of a line once its link is gone ("Read more: ", "→").
_DANGLING = " \t:;,–—-→»>|"
_TERMINAL = ".!?…:;»\"'”’)"

CardKind = Literal["post", "key-message"]


@dataclass(frozen=True)
class CardContent:
    """Everything a card shows, resolved for one language; JSON-able, so it is a target input."""

    kind: CardKind
    #: The post's or key message's id, and its position in its section (for error locations).
    item_id: str
    index: int
    #: The message as drawn, and the key (`text` or `short`) it comes from.
    text: str
    text_key: str
    #: "Week 1 · Policies and cooperation".
    kicker: str
    tags: tuple[str, ...]
    #: The campaign address as printed: no scheme, no trailing slash.
    url: str
    brand: str
    #: The "draft translation" label, or None for approved languages.
    draft: str | None
    #: The post's own image (kit-relative path), if any.
    image: str | None
    alt: str
    #: The languages the message and the alt text are really in (a fallback's: the default).
    text_lang: str = ""
    alt_lang: str = ""
    #: On a partner's card: "Shared by <partner>" in the card's language, and the partner's
    #: mark (kit-relative path) if the kit has one.
    shared_by: str | None = None
    partner_logo: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The content as plain JSON (for fingerprints)."""
        return asdict(self)


def card_text(text: str) -> str:
    """A post text as a card shows it: no links, no trailing hashtags, no emoji, tidy spaces."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        # An emoji before punctuation takes its space along ("post 👋." → "post.").
        line = _EMOJI.sub("", _EMOJI_BEFORE_STOP.sub("", raw))
        if _URL.search(line):
            line = _URL.sub("", _LINK_LEAD_IN.sub("", line)).rstrip(_DANGLING)
        if _TAG_LINE.match(line):
            continue
        lines.append(regex.sub(r"[ \t]+", " ", line).strip())
    body = "\n".join(lines)
    body = _TRAILING_TAGS.sub("", body).rstrip(_DANGLING)
    # At most one blank line between paragraphs, none at the ends.
    return regex.sub(r"\n{3,}", "\n\n", body).strip()


#: The most text a card carries (characters): beyond, a card becomes a paragraph that nobody
#: reads in a feed; the full text belongs in the post.
CARD_CHARS = 140
_SENTENCE_END = regex.compile(r"(?<=[.!?…])[\s]+(?=[\p{Lu}\p{N}„“\"«‚‘(])")


def cap_card_text(text: str, limit: int = CARD_CHARS) -> str:
    """`text` if it is at most `limit` characters, else its leading whole sentences up to `limit`
    (always at least the first sentence): `A. B. C.` → `A. B.`."""
    if len(text) <= limit:
        return text
    sentences = _SENTENCE_END.split(text.replace("\n", " "))
    kept = sentences[0]
    for sentence in sentences[1:]:
        if len(kept) + 1 + len(sentence) > limit:
            break
        kept += " " + sentence
    return kept


def campaign_tags(kit: Kit, lang: str) -> tuple[str, ...]:
    """The campaign hashtags of `lang` as the card's footer prints them."""
    return tuple(f"#{tag}" for tag in resolve(kit, lang).campaign_tags)


def display_url(url: str) -> str:
    """`https://www.example.org/campaign/` → `example.org/campaign` (no tracking parameters)."""
    from msgkit.tracking import untracked

    shown = regex.sub(r"^[a-z]+://", "", untracked(url), flags=regex.IGNORECASE)
    shown = regex.sub(r"^www\.", "", shown, flags=regex.IGNORECASE)
    return shown.rstrip("/")


def _common(
    kit: Kit, area: Area, lang: str, shown: Text | None = None, partner: str | None = None
) -> dict[str, Any]:
    """What every card of `area` shows; `shown` is the message (a fallback is marked)."""
    content = resolve(kit, lang, partner)
    title = content.area(area.id).title.text
    banner = untranslated_note(shown, lang) if shown is not None else ""
    if not banner and content.draft:
        banner = label("draft", lang)
    return {
        "kicker": f"{label('week', lang, n=area.week)} · {title}",
        "tags": campaign_tags(kit, lang),
        "url": display_url(content.url),
        "brand": kit.campaign.brand.name,
        "draft": banner[:1].upper() + banner[1:] if banner else None,
        "shared_by": (
            label("shared_by", lang, partner=content.partner.short_name.text)
            if content.partner
            else None
        ),
        "partner_logo": content.partner.logo if content.partner else None,
    }


def composed_alt(text: str, lang: str) -> str:
    """Alt text for a card without a photo: what it says, in the post's language.

    The card's hashtags are left out: a screen reader spells each one out ("number sign …"),
    and the post that carries the image has them already.
    """
    body = " ".join(text.split())
    if body and not body.endswith(tuple(_TERMINAL)):
        body += "."
    return f"{label('card_alt', lang)}: {body}"


def post_card(
    kit: Kit, area: Area, index: int, lang: str, partner: str | None = None
) -> CardContent:
    """The card of `area`'s post number `index` in `lang` (co-branded for `partner`)."""
    resolved_area = resolve(kit, lang, partner).area(area.id)
    post = resolved_area.posts[index]
    # The short variant is the tight version of the message: a card carries one idea.
    choices = [("short", post.short), ("text", post.text)] if post.short else [("text", post.text)]
    # A post of nothing but a link and tags: the area's title is the message.
    chosen, text, key = resolved_area.title, resolved_area.title.text, "text"
    for choice, value in choices:
        assert value is not None
        shown = cap_card_text(card_text(value.text))
        if shown:
            chosen, text, key = value, shown, choice
            break
    common = _common(kit, area, lang, chosen, partner)
    if post.image is not None:
        alt, alt_lang = post.image.alt.text, post.image.alt.lang
    else:
        alt, alt_lang = composed_alt(text, chosen.lang), chosen.lang
    return CardContent(
        kind="post",
        item_id=post.id,
        index=index,
        text=text,
        text_key=key,
        image=post.image.src if post.image else None,
        alt=alt,
        text_lang=chosen.lang,
        alt_lang=alt_lang,
        **common,
    )


def key_message_card(
    kit: Kit, area: Area, index: int, lang: str, partner: str | None = None
) -> CardContent:
    """The card of `area`'s key message number `index` in `lang` (co-branded for `partner`)."""
    message = resolve(kit, lang, partner).area(area.id).key_messages[index]
    common = _common(kit, area, lang, message.text, partner)
    text = cap_card_text(card_text(message.text.text) or message.text.text)
    return CardContent(
        kind="key-message",
        item_id=message.id,
        index=index,
        text=text,
        text_key="text",
        image=None,
        alt=composed_alt(text, lang),
        text_lang=message.text.lang,
        alt_lang=message.text.lang,
        **common,
    )


def wants_key_message_cards(kit: Kit, area: Area) -> list[int]:
    """Indexes of the key messages of `area` that get a card."""
    every = kit.campaign.outputs.key_message_cards
    return [i for i, m in enumerate(area.content.key_messages) if every or m.card]


def image_relpath(folder: str, area_id: str, item_id: str, size: tuple[int, int]) -> str:
    """Where a card lands in the output folder: `<folder>/images/<area>-<item>-<W>x<H>.png`,
    `folder` being the edition's (`<lang>` or `partners/<id>/<lang>`; "" for the path inside)."""
    return f"{folder}/images/{area_id}-{item_id}-{size[0]}x{size[1]}.png".lstrip("/")
