"""Platform rules as data, and pure functions that count text and find hashtags as platforms do.

Each platform's rule is one frozen `PlatformRule` in `RULES`; `measure(text, rule)` applies it.
Counting works on a *countable* copy of the text: URLs become `x` × their fixed weight (X,
Mastodon), emoji sequences become `x` × their weight (2 on X, their UTF-8 byte length on
Threads), Mastodon's `@user@domain` becomes `@user`; then the copy is counted in the rule's
unit (twitter-text v3 weights, grapheme clusters, code points or UTF-16 code units).

URL and hashtag extraction follow twitter-text (the reference X itself publishes), so a tag
inside a URL is not a tag and `europa.eu` is a URL on X.
"""

from __future__ import annotations

import dataclasses
import unicodedata
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import regex

from msgkit import detect
from msgkit.twittertext import TAG_CHARS
from msgkit.twittertext import Span as Span
from msgkit.twittertext import extract_hashtags as extract_hashtags
from msgkit.twittertext import extract_urls as extract_urls

if TYPE_CHECKING:
    from msgkit.model import PlatformSpec

#: The platforms msgkit knows, in the order outputs list them.
PLATFORMS = ("x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram")

Unit = Literal["weighted", "grapheme", "codepoint", "utf16"]
TagSource = Literal["post", "area", "campaign"]
#: Where appended hashtags go: at the end of the last line, or in a paragraph of their own.
TagLayout = Literal["inline", "block"]

ALL_SOURCES: tuple[TagSource, ...] = ("post", "area", "campaign")


@dataclass(frozen=True)
class PlatformRule:
    """How one platform counts a post and what else it limits."""

    id: str
    name: str
    #: The most the platform accepts, in `unit`s after URL/emoji substitution.
    limit: int
    unit: Unit
    #: How the rule counts, in plain English words (shown by `msgkit measure`); the posts files
    #: say it in their own language with the `counts_<id>` labels.
    counts: str
    #: Every URL weighs this many units (None: a URL counts as typed).
    url_length: int | None = None
    #: Only `http(s)://` URLs get `url_length` (Mastodon); X also shortens bare domains.
    url_needs_scheme: bool = False
    #: Every emoji sequence weighs this many units; "utf8": its UTF-8 byte length; None: per unit.
    emoji_weight: int | Literal["utf8"] | None = None
    #: twitter-text normalises to NFC before counting.
    nfc: bool = False
    #: Mastodon counts `@user@domain` as `@user`.
    local_mentions: bool = False
    #: A second, independent limit on the UTF-8 size (Bluesky's 3,000 bytes).
    byte_limit: int | None = None
    #: Most hashtags a post may carry (Instagram 5; Threads makes one a topic).
    max_hashtags: int | None = None
    #: Whether more hashtags in the text itself make the post fail (Instagram) or just stay text.
    hashtag_cap_hard: bool = True
    max_links: int | None = None
    #: Whether a long post may become a numbered thread of replies.
    threads: bool = False
    #: Characters shown before "… more" on mobile; the first sentence should end before it.
    fold: int | None = None
    #: Units kept free below `limit` where the platform's own counters disagree (LinkedIn).
    margin: int = 0
    tag_layout: TagLayout = "inline"
    #: False where links in the text are not clickable (Instagram captions).
    link_in_text: bool = True
    #: Which hashtags the platform gets: post-specific, area and campaign-wide ones.
    tags: tuple[TagSource, ...] = ALL_SOURCES
    #: The app shows links shortened (host + start of path) though they count as typed.
    short_link_display: bool = False

    @property
    def budget(self) -> int:
        """The length msgkit fits to: the limit less the safety margin."""
        return max(1, self.limit - self.margin)


#: The built-in rules. A kit overrides `limit`, `tags` and `max_hashtags` per platform.
RULES: dict[str, PlatformRule] = {
    rule.id: rule
    for rule in (
        PlatformRule(
            id="x",
            name="X",
            limit=280,
            unit="weighted",
            counts="Latin, Cyrillic and Greek letters and common punctuation count as 1; emoji, "
            "Chinese or Japanese characters and some symbols (such as € and …) as 2; every link "
            "as 23, even a web address written without https://",
            url_length=23,
            emoji_weight=2,
            nfc=True,
            threads=True,
        ),
        PlatformRule(
            id="bluesky",
            name="Bluesky",
            limit=300,
            unit="grapheme",
            counts="every character you see counts as 1, an emoji too; a link counts in full, "
            "as written; at most 3,000 bytes of text (only posts full of emoji reach it)",
            byte_limit=3000,
            threads=True,
            short_link_display=True,
        ),
        PlatformRule(
            id="mastodon",
            name="Mastodon",
            limit=500,
            unit="grapheme",
            counts="every character you see counts as 1, an emoji too; every link starting "
            "with http counts as 23; a mention @name@server counts as @name",
            url_length=23,
            url_needs_scheme=True,
            local_mentions=True,
            threads=True,
        ),
        PlatformRule(
            id="threads",
            name="Threads",
            limit=500,
            unit="codepoint",
            counts="every character counts as 1, but an emoji as 4 or more; at most 5 different "
            "links; one hashtag per post becomes a topic",
            emoji_weight="utf8",
            max_hashtags=1,
            hashtag_cap_hard=False,
            max_links=5,
            threads=True,
        ),
        PlatformRule(
            id="linkedin",
            name="LinkedIn",
            limit=3000,
            unit="utf16",
            counts="most characters count as 1, an emoji as 2 or more; posts are kept 100 "
            "under the limit, as LinkedIn's own counters do not always agree",
            margin=100,
            tag_layout="block",
        ),
        PlatformRule(
            id="facebook",
            name="Facebook",
            limit=63206,
            unit="utf16",
            counts="most characters count as 1, an emoji as 2 or more; on phones only about "
            "the first 125 show before “See more”",
            fold=125,
            tag_layout="block",
        ),
        PlatformRule(
            id="instagram",
            name="Instagram",
            limit=2200,
            unit="utf16",
            counts="most characters count as 1, an emoji as 2 or more; at most 5 hashtags; only "
            "about the first 125 show before “more”; links in the caption cannot be clicked",
            max_hashtags=5,
            fold=125,
            tag_layout="block",
            link_in_text=False,
        ),
    )
}
assert tuple(RULES) == PLATFORMS


def platform_hint(name: str) -> str | None:
    """A hint for a platform name msgkit does not know but can guess (Twitter is now X)."""
    return "Twitter is now X: write `x`" if name.lower().startswith("tw") else None


#: How platforms are named where people read them, in msgkit's platform order.
PLATFORM_NAMES: dict[str, str] = {p: RULES[p].name for p in PLATFORMS}


def rule_for(platform: str, spec: PlatformSpec | None = None) -> PlatformRule:
    """The platform's rule with a kit's overrides (`limit`, `tags`, `max_hashtags`) applied."""
    rule = RULES[platform]
    if spec is None:
        return rule
    if spec.limit is not None:
        rule = dataclasses.replace(rule, limit=spec.limit)
    if spec.tags is not None:
        rule = dataclasses.replace(rule, tags=tuple(s for s in ALL_SOURCES if s in spec.tags))
    if spec.max_hashtags is not None:
        rule = dataclasses.replace(rule, max_hashtags=spec.max_hashtags, hashtag_cap_hard=True)
    return rule


# --- hashtag syntax -------------------------------------------------------------------------

_HASHTAG_BODY = regex.compile(rf"^[{TAG_CHARS}]+$")


def hashtag_syntax_problem(tag: str) -> str | None:
    """Why `tag` (without `#`) cannot be a hashtag, or None when it is a valid one."""
    if not tag:
        return "it is empty"
    if regex.search(r"\s", tag):
        return "it contains a space"
    if "-" in tag:
        return "it contains a hyphen, which ends a hashtag"
    if not _HASHTAG_BODY.match(tag):
        return "it contains punctuation or symbols"
    if not regex.search(r"[\p{L}\p{M}]", tag):
        return "it is all digits" if regex.match(r"^\p{Nd}+$", tag) else "it has no letter"
    return None


def bluesky_display_url(url: str) -> str:
    """The short form the Bluesky app shows for a link: host plus at most 15 path characters."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return url
    path = "" if parsed.path == "/" else parsed.path
    rest = (
        path
        + (f"?{parsed.query}" if parsed.query else "")
        + (f"#{parsed.fragment}" if parsed.fragment else "")
    )
    if len(rest) > 15:
        return parsed.netloc + rest[:13] + "..."
    return parsed.netloc + rest


# --- emoji ----------------------------------------------------------------------------------

# An emoji sequence as one unit: keycaps, subdivision flags, country flags, and pictographs with
# their presentation selector, skin tone and ZWJ joins. © and ® count as emoji whatever follows
# them: on X that is the larger (safe) count where renderers disagree.
_PICTO = r"\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?\uFE0F?|\p{Emoji_Modifier}"
_EMOJI_RE = regex.compile(
    r"[#*0-9]\uFE0F?\u20E3"
    r"|\U0001F3F4[\U000E0020-\U000E007E]+\U000E007F"
    r"|\p{Regional_Indicator}{2}"
    rf"|(?:{_PICTO})(?:\u200D(?:{_PICTO}))*"
)


def emoji_spans(text: str) -> list[Span]:
    """Every emoji sequence in `text`."""
    return [Span(m.start(), m.end(), m.group()) for m in _EMOJI_RE.finditer(text)]


# --- counting -------------------------------------------------------------------------------

#: twitter-text v3: code points in these ranges weigh 1, all others 2.
_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
_MENTION_RE = regex.compile(r"(?<=^|[^/\w])@([a-z0-9_]+)@[a-z0-9.\-]+[a-z0-9]", regex.IGNORECASE)
_GRAPHEME_RE = regex.compile(r"\X", regex.DOTALL)
_X_INVALID = frozenset("\ufffe\ufeff\uffff")


_HEAVY_RE = regex.compile(
    "[^" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _LIGHT_RANGES) + "]"
)


def countable(text: str, rule: PlatformRule) -> str:
    """`text` with URLs, emoji and mentions replaced by `x` runs of their weight under `rule`."""
    if rule.nfc:
        text = unicodedata.normalize("NFC", text)
    if rule.local_mentions:
        text = _MENTION_RE.sub(r"@\1", text)
    spans: list[tuple[int, int, int]] = []
    if rule.url_length is not None:
        for url in extract_urls(text, bare_domains=not rule.url_needs_scheme):
            if not rule.url_needs_scheme or url.text.lower().startswith(("http://", "https://")):
                spans.append((url.start, url.end, rule.url_length))
    if rule.emoji_weight is not None:
        # URLs are few and in order: walk them alongside the emoji (linear, not emoji × spans).
        urls = [(s, t) for s, t, _ in spans]
        u = 0
        for e in emoji_spans(text):
            while u < len(urls) and urls[u][1] <= e.start:
                u += 1
            if u < len(urls) and urls[u][0] < e.end:
                continue
            weight = (
                len(e.text.encode("utf-8")) if rule.emoji_weight == "utf8" else rule.emoji_weight
            )
            spans.append((e.start, e.end, weight))
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end, weight in sorted(spans):
        out.append(text[pos:start])
        out.append("x" * weight)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def count_units(text: str, unit: Unit) -> int:
    """The length of an already countable text in one unit."""
    if unit == "weighted":
        return len(text) + len(_HEAVY_RE.findall(text))
    if unit == "grapheme":
        return len(_GRAPHEME_RE.findall(text))
    if unit == "utf16":
        return len(text.encode("utf-16-le")) // 2
    return len(text)


def length(text: str, rule: PlatformRule) -> int:
    """How long `text` is by the platform's own rule."""
    return count_units(countable(text, rule), rule.unit)


def x_weighted_length(text: str) -> int:
    """twitter-text v3 `weightedLength` of `text`."""
    return length(text, RULES["x"])


def x_is_valid(text: str) -> bool:
    """twitter-text v3 `valid`: not empty, no invalid characters, weighted length ≤ 280."""
    normal = unicodedata.normalize("NFC", text)
    if not normal or any(ch in _X_INVALID for ch in normal):
        return False
    return x_weighted_length(text) <= RULES["x"].limit


@dataclass(frozen=True)
class Measure:
    """A text measured by one platform's rule."""

    platform: str
    length: int
    limit: int
    #: UTF-8 size where the platform limits it (Bluesky), else None.
    bytes: int | None
    byte_limit: int | None
    #: Links and hashtags, counted where the platform limits them (else None).
    links: int | None
    hashtags: int | None
    #: Why the text does not fit, in words; empty when it fits.
    problems: tuple[str, ...]

    @property
    def fits(self) -> bool:
        return not self.problems


def measure(text: str, rule: PlatformRule) -> Measure:
    """Length, limit and every reason `text` would be refused by the platform of `rule`."""
    size = length(text, rule)
    problems: list[str] = []
    if not text.strip():
        problems.append("the text is empty")
    if size > rule.budget:
        over = size - rule.budget
        margin = f" (the limit less a margin of {rule.margin})" if rule.margin else ""
        problems.append(f"{size}/{rule.budget}{margin}: {over} over")
    nbytes = len(text.encode("utf-8")) if rule.byte_limit is not None else None
    if rule.byte_limit is not None and nbytes is not None and nbytes > rule.byte_limit:
        problems.append(f"{nbytes} UTF-8 bytes, more than {rule.byte_limit}")
    if rule.id == "x" and any(ch in _X_INVALID for ch in text):
        problems.append("contains a character X refuses (U+FFFE, U+FEFF or U+FFFF)")
    links = tags = None
    if rule.max_links is not None:
        # Threads caps distinct links: a repeated link does not count again.
        links = len({u.text for u in detect.links(text, rule.id)})
        if links > rule.max_links:
            problems.append(f"{links} links, more than {rule.max_links}")
    if rule.max_hashtags is not None and rule.hashtag_cap_hard:
        tags = len(detect.hashtags(text, rule.id))
        if tags > rule.max_hashtags:
            problems.append(f"{tags} hashtags, more than {rule.max_hashtags}")
    return Measure(
        platform=rule.id,
        length=size,
        limit=rule.budget,
        bytes=nbytes,
        byte_limit=rule.byte_limit,
        links=links,
        hashtags=tags,
        problems=tuple(problems),
    )


def fits(text: str, rule: PlatformRule) -> bool:
    """True when `text` is accepted by the platform of `rule`."""
    return measure(text, rule).fits
