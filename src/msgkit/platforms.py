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
import functools
import unicodedata
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import regex

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
            counts="every character counts as 1, but an emoji as 4 or more; at most 5 links; "
            "one hashtag per post becomes a topic",
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

#: Characters twitter-text allows inside a hashtag (letters, marks, digits, `_` and a few joiners).
_TAG_CHARS = (
    r"\p{L}\p{M}\p{Nd}_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0"
    r"\u30fb\u3003\u0f0b\u0f0c\u00b7"
)
_HASHTAG_BODY = regex.compile(rf"^[{_TAG_CHARS}]+$")


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


# --- URLs (twitter-text's extractor, condensed) ------------------------------------------------

# Country-code TLDs and the generic TLDs campaigns meet; a bare domain needs one of them
# (with `https://` any alphabetic TLD is accepted, as link previews do).
_CCTLDS = """
ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo bq br bs
bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee
eg eh er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk
hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb
lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz
na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru
rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm
tn to tp tr tt tv tw tz ua ug uk um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
""".split()
_GTLDS = """
com net org edu gov mil int info biz name pro aero asia cat coop jobs mobi museum post tel
travel xxx arpa academy agency app art blog business capital care center charity city cloud
club community company consulting dev digital directory education email energy eus events
expert foundation fund gal global group guide health help institute international law legal
life link live london media network news ngo ong online paris partners press report reviews
school science services shop site social solutions space store studio support systems team
tech today tools top training university vote website wiki work works world xyz berlin wien
brussels amsterdam africa swiss gmbh page zone plus one
""".split()
_TLDS = sorted(set(_CCTLDS) | set(_GTLDS))
_TLD = r"\L<tlds>"

_SPACES = r"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
_INVALID = r"\uFFFE\uFEFF\uFFFF"
_DIRECTIONAL = r"\u202A-\u202E\u061C\u200E\u200F\u2066-\u2069"
_PUNCT = r"!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$"
_DC = rf"[^{_PUNCT}{_SPACES}{_INVALID}{_DIRECTIONAL}]"
_LATIN_ACCENTS = (
    r"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259"
    r"\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_PATH_CHAR = rf"[a-z\u0400-\u04FF0-9!*';:=+,.$/%#\[\]\-\u2013_~|&@{_LATIN_ACCENTS}]"
_PARENS = rf"\((?:{_PATH_CHAR}+|(?:{_PATH_CHAR}*\({_PATH_CHAR}+\){_PATH_CHAR}*))\)"
_PATH_END = rf"(?:[+\-a-z\u0400-\u04FF0-9=_#/{_LATIN_ACCENTS}]|{_PARENS})"
_PATH = rf"(?:(?:{_PATH_CHAR}*(?:{_PARENS}{_PATH_CHAR}*)*{_PATH_END})|(?:@{_PATH_CHAR}+/))"
_QUERY = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
_QUERY_END = r"[a-z0-9\-_&=#/]"
_TLD_END = r"(?=[^0-9a-z@+\-]|$)"
_SCHEME_TLD = r"(?:\p{L}{2,63})" + _TLD_END


def _domain(tld: str) -> str:
    sub = rf"(?:(?:{_DC}(?:[_-]|{_DC})*)?{_DC}\.)"
    name = rf"(?:(?:{_DC}(?:-|{_DC})*)?{_DC}\.)"
    return rf"(?:{sub}*{name}(?:{tld}|xn--[-0-9a-z]+))"


_URL_TAIL = rf"(?::[0-9]+)?(?P<path>/{_PATH}*)?(?:\?{_QUERY}*{_QUERY_END})?"
_URL_RE = regex.compile(
    rf"(?<![A-Za-z0-9@＠$#＃{_INVALID}])(?:"
    rf"(?P<scheme>https?://)(?P<sdomain>{_domain(_SCHEME_TLD)})"
    rf"|(?P<domain>{_domain(f'(?:{_TLD}){_TLD_END}')})"
    rf"){_URL_TAIL}",
    regex.IGNORECASE | regex.VERSION0,
    tlds=_TLDS,
)
_ASCII_DOMAIN = regex.compile(
    rf"(?:[\-a-z0-9\u00c0-\u024f\u1e00-\u1eff]+\.)+(?:(?:{_TLD}){_TLD_END}|xn--[-0-9a-z]+)",
    regex.IGNORECASE,
    tlds=_TLDS,
)
_MAX_URL_LENGTH = 4096


@dataclass(frozen=True)
class Span:
    """A run of a text: `text[start:end]`, indexed in code points."""

    start: int
    end: int
    text: str


def _host_ok(domain: str, url_length: int, has_scheme: bool) -> bool:
    """twitter-text's host check: every label ≤ 63 characters once punycode-encoded."""
    encoded = 0
    for label in domain.split("."):
        try:
            ascii_label = label if label.isascii() else "xn--" + label.encode("punycode").decode()
        except UnicodeError:
            return False
        if not 0 < len(ascii_label) <= 63:
            return False
        encoded += len(ascii_label) + 1
    length = url_length + (encoded - 1 - len(domain)) + (0 if has_scheme else len("https://"))
    return length <= _MAX_URL_LENGTH


_RUN_RE = regex.compile(rf"[^{_SPACES}]+")


def extract_urls(text: str, *, bare_domains: bool = True) -> tuple[Span, ...]:
    """URLs as X finds them: with `http(s)://`, and (unless told not to) bare domains."""
    if "." not in text:
        return ()
    return _extract_urls(text, bare_domains)


@functools.lru_cache(maxsize=4096)
def _extract_urls(text: str, bare_domains: bool) -> tuple[Span, ...]:
    found: list[Span] = []
    # A URL never spans white space, so only runs of text holding a dot are searched.
    for run in _RUN_RE.finditer(text):
        if "." in run.group():
            found.extend(_urls_in(text, run.start(), run.end(), bare_domains))
    return tuple(found)


def _urls_in(text: str, pos: int, endpos: int, bare_domains: bool) -> Iterator[Span]:
    for m in _URL_RE.finditer(text, pos, endpos):
        start, end = m.span()
        if m.group("scheme"):
            if _host_ok(m.group("sdomain"), end - start, True):
                yield Span(start, end, m.group())
            continue
        if not bare_domains or (start > 0 and text[start - 1] in "-_./"):
            continue
        domain = m.group("domain")
        if not _host_ok(domain, end - start, False):
            continue
        # Only the ASCII part of a scheme-less domain is a link (as in twitter-text); a path
        # belongs to the last of them.
        spans: list[Span] = []
        offset = 0
        for a in _ASCII_DOMAIN.finditer(domain):
            a_start = domain.index(a.group(), offset)
            offset = a_start + len(a.group())
            spans.append(Span(start + a_start, start + offset, a.group()))
        if spans and m.group("path"):
            last = spans[-1]
            spans[-1] = Span(last.start, end, text[last.start : end])
        yield from spans


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


# --- hashtags (twitter-text) ---------------------------------------------------------------

_TAG_RUN = regex.compile(rf"[{_TAG_CHARS}]+")
_ALNUM_OR_AMP = regex.compile(rf"[{_TAG_CHARS}&]")
_ALPHA = regex.compile(r"[\p{L}\p{M}]")
_HASHTAG_END = regex.compile(r"[#＃]|://")


def extract_hashtags(text: str) -> tuple[Span, ...]:
    """Hashtags as platforms see them (twitter-text rules); `Span.text` is the tag without `#`."""
    if "#" not in text and "＃" not in text:
        return ()
    return _extract_hashtags(text)


@functools.lru_cache(maxsize=4096)
def _extract_hashtags(text: str) -> tuple[Span, ...]:
    tags: list[Span] = []
    for sign in regex.finditer(r"[#＃]", text):
        start = sign.start()
        # twitter-text: the sign follows the start, a variation selector, or a character
        # that is neither part of a tag nor `&`; it is not itself an emoji (`#️⃣`).
        if start > 0:
            before = text[start - 1]
            if before not in "\ufe0e\ufe0f" and _ALNUM_OR_AMP.match(before):
                continue
        if text.startswith(("\ufe0f", "\u20e3"), start + 1):
            continue
        run = _TAG_RUN.match(text, start + 1)
        if run is None or not _ALPHA.search(run.group()):
            continue
        if _HASHTAG_END.match(text, run.end()):
            continue
        tags.append(Span(start, run.end(), run.group()))
    if not tags:
        return ()
    urls = extract_urls(text)
    return tuple(t for t in tags if not any(u.start < t.end and t.start < u.end for u in urls))


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
        for e in emoji_spans(text):
            if any(s < e.end and e.start < t for s, t, _ in spans):
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
        links = len(extract_urls(text))
        if links > rule.max_links:
            problems.append(f"{links} links, more than {rule.max_links}")
    if rule.max_hashtags is not None and rule.hashtag_cap_hard:
        tags = len(extract_hashtags(text))
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
