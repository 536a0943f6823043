"""X's own text rules (twitter-text v3): links, hashtags, mentions, cashtags, counting.

A port of the extractors and validators of twitter/twitter-text, checked against its whole
conformance suite (`tests/data/twitter-text/`). The top-level domains a bare `example.tld` needs
are twitter-text's complete list, kept as data (`data/twitter-text-tlds.yml`). Indices are code
points. Every extractor is linear in the text's length: the URL pattern only runs on runs of
non-space text holding a dot, and the other patterns have no nested repetition.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

import regex


@dataclass(frozen=True)
class Span:
    """A run of a text: `text[start:end]`, indexed in code points."""

    start: int
    end: int
    text: str


@functools.cache
def tlds() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """twitter-text's (country, generic) top-level domains, from the package's data file."""
    import yaml

    # libyaml's loader where PyYAML has it: the list is long (0.07 s pure Python, 0.005 s C).
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(  # noqa: S506 - a safe loader
        resources.files("msgkit").joinpath("data/twitter-text-tlds.yml").read_text("utf-8"),
        Loader=loader,
    )
    return tuple(data["country"]), tuple(data["generic"])


# --- URLs ---------------------------------------------------------------------------------

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
_TLD = rf"(?:\L<tlds>){_TLD_END}"


def _domain(tld: str) -> str:
    sub = rf"(?:(?:{_DC}(?:[_-]|{_DC})*)?{_DC}\.)"
    name = rf"(?:(?:{_DC}(?:-|{_DC})*)?{_DC}\.)"
    return rf"(?:{sub}*{name}(?:{tld}|xn--[-0-9a-z]+))"


_URL_TAIL = rf"(?::[0-9]+)?(?P<path>/{_PATH}*)?(?:\?{_QUERY}*{_QUERY_END})?"


@functools.cache
def _url_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The URL pattern and the ASCII-domain pattern, compiled on first use (the TLD list is big)."""
    country, generic = tlds()
    # Longest first, so `.co.uk`-style alternation never stops at a shorter ending.
    names = sorted(set(country) | set(generic), key=lambda t: (-len(t), t))
    url = regex.compile(
        rf"(?<![A-Za-z0-9@＠$#＃{_INVALID}])(?:"
        rf"(?P<scheme>https?://)(?P<sdomain>{_domain(_TLD)})"
        rf"|(?P<domain>{_domain(_TLD)})"
        rf"){_URL_TAIL}",
        regex.IGNORECASE | regex.VERSION0,
        tlds=names,
    )
    ascii_domain = regex.compile(
        rf"(?:[\-a-z0-9\u00c0-\u024f\u1e00-\u1eff]+\.)+(?:{_TLD}|xn--[-0-9a-z]+)",
        regex.IGNORECASE,
        tlds=names,
    )
    return url, ascii_domain


_MAX_URL_LENGTH = 4096
#: twitter-text ignores a t.co link whose slug is longer than this.
_MAX_TCO_SLUG = 40
_TCO = regex.compile(
    rf"^https?://t\.co/(?P<slug>[a-z0-9]+)(?:\?{_QUERY}*{_QUERY_END})?", regex.IGNORECASE
)


def _host_ok(domain: str, url_length: int, has_scheme: bool) -> bool:
    """twitter-text's host check: every label ≤ 63 characters once punycode-encoded."""
    encoded = 0
    for label in domain.split("."):
        if not label.isascii() and label[:4].lower() == "xn--":
            return False  # IDNA: a label with the ACE prefix must already be ASCII
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
    url_re, ascii_re = _url_patterns()
    previous_end = -1
    while m := url_re.search(text, pos, endpos):
        start, end = m.span()
        if start == previous_end:
            # twitter-text consumes the character before a URL, so a URL never starts right
            # where the previous one ended: look again from the next character.
            m = url_re.search(text, start + 1, endpos)
            if m is None:
                return
            start, end = m.span()
        pos = previous_end = end
        if m.group("scheme"):
            if _host_ok(m.group("sdomain"), end - start, True):
                tco = _TCO.match(m.group())
                if tco is None:
                    yield Span(start, end, m.group())
                elif len(tco.group("slug")) <= _MAX_TCO_SLUG:
                    yield Span(start, start + tco.end(), tco.group())
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
        for a in ascii_re.finditer(domain):
            a_start = domain.index(a.group(), offset)
            offset = a_start + len(a.group())
            spans.append(Span(start + a_start, start + offset, a.group()))
        if spans and m.group("path"):
            last = spans[-1]
            spans[-1] = Span(last.start, end, text[last.start : end])
        yield from spans


# --- hashtags -----------------------------------------------------------------------------

#: Characters twitter-text allows inside a hashtag (letters, marks, digits, `_` and a few joiners).
TAG_CHARS = (
    r"\p{L}\p{M}\p{Nd}_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0"
    r"\u30fb\u3003\u0f0b\u0f0c\u00b7"
)
_TAG_RUN = regex.compile(rf"[{TAG_CHARS}]+")
_ALNUM_OR_AMP = regex.compile(rf"[{TAG_CHARS}&]")
_ALPHA = regex.compile(r"[\p{L}\p{M}]")
_HASHTAG_END = regex.compile(r"[#＃]|://")


def extract_hashtags(text: str) -> tuple[Span, ...]:
    """Hashtags as X sees them; `Span.text` is the tag without `#`."""
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
    if not tags or not _may_hold_a_url(text, tags):
        return tuple(tags)
    urls = extract_urls(text)
    return tuple(t for t in tags if not any(u.start < t.end and t.start < u.end for u in urls))


#: What every URL holds: a dot before its top-level domain (all TLDs begin with a letter).
_DOT_LETTER = regex.compile(r"\.\p{L}")


def _may_hold_a_url(text: str, tags: list[Span]) -> bool:
    """Whether a URL could overlap one of the tags: only one in a tag's own run of non-space
    text (URLs never hold white space, `_RUN_RE`) with a dot before a letter. Most tags have
    none, and the URL pattern (the whole TLD list) need not even be compiled for them."""
    return any(
        _DOT_LETTER.search(run.group())
        and any(run.start() <= t.start < run.end() for t in tags)
        for run in _RUN_RE.finditer(text)
    )


# --- mentions, lists, replies, cashtags ---------------------------------------------------

_MENTION_OR_LIST = regex.compile(
    r"(?:^|(?<=[^a-zA-Z0-9_!#$%&*@＠])|(?<=(?:^|[^a-zA-Z0-9_+~.\-])(?:rt|RT|rT|Rt):?))"
    r"[@＠](?P<name>[a-zA-Z0-9_]{1,20})(?P<slug>/[a-zA-Z][a-zA-Z0-9_\-]{0,24})?"
)
_MENTION_END = regex.compile(rf"[@＠{_LATIN_ACCENTS}]|://")
_REPLY = regex.compile(rf"^[{_SPACES}{_DIRECTIONAL}]*[@＠](?P<name>[a-zA-Z0-9_]{{1,20}})")
_CASHTAG = regex.compile(
    rf"(?:^|(?<=[{_SPACES}]))\$(?P<tag>[a-z]{{1,6}}(?:[._][a-z]{{1,2}})?)(?=$|\s|[{_PUNCT}])",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """`@name` or `@name/list-slug`; `slug` keeps its `/` and is empty for a plain mention."""

    start: int
    end: int
    name: str
    slug: str


def extract_mentions_or_lists(text: str) -> list[Mention]:
    """Mentions and list references as X finds them (not in e-mail addresses or `@x://`)."""
    found: list[Mention] = []
    for m in _MENTION_OR_LIST.finditer(text):
        if _MENTION_END.match(text, m.end()):
            continue
        found.append(Mention(m.start(), m.end(), m.group("name"), m.group("slug") or ""))
    return found


def extract_mentions(text: str) -> list[Mention]:
    """Plain mentions (`@name`), as X finds them."""
    return [m for m in extract_mentions_or_lists(text) if not m.slug]


def extract_reply(text: str) -> str | None:
    """The user a post replies to: a mention at its very start (after spaces), or None."""
    m = _REPLY.match(text)
    if m is None or _MENTION_END.match(text, m.end()):
        return None
    return m.group("name")


def extract_cashtags(text: str) -> list[Span]:
    """`$TICKER` symbols as X finds them; `Span.text` is the symbol without `$`."""
    return [Span(m.start(), m.end(), m.group("tag")) for m in _CASHTAG.finditer(text)]


# --- validation ---------------------------------------------------------------------------

_UNRESERVED = r"[a-z\u0400-\u04FF0-9\-._~]"
_PCT = r"(?:%[0-9a-f]{2})"
_SUB_DELIMS = r"[!$&'()*+,;=]"
_PCHAR = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|[:|@])"
_USERINFO = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|:)*"
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])"
_IP = rf"(?:{_OCTET}(?:\.{_OCTET}){{3}}|\[[a-f0-9:.]+\])"
_U = r"[^\x00-\x7f]"
_SUBDOMAIN = rf"(?:(?:[a-z0-9]|{_U})(?:(?:[a-z0-9_\-]|{_U})*(?:[a-z0-9]|{_U}))?)"
_DOMAIN_SEGMENT = rf"(?:(?:[a-z0-9]|{_U})(?:(?:[a-z0-9\-]|{_U})*(?:[a-z0-9]|{_U}))?)"
_DOMAIN_TLD = rf"(?:(?:[a-z]|{_U})(?:(?:[a-z0-9\-]|{_U})*(?:[a-z0-9]|{_U}))?)"
_HOST = rf"(?:{_IP}|(?:{_SUBDOMAIN}\.)*{_DOMAIN_SEGMENT}\.{_DOMAIN_TLD})"
_PARTS = regex.compile(r"(?:([^:/?#]+)://)?([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?")
_SCHEME = regex.compile(r"https?", regex.IGNORECASE)
_AUTHORITY = regex.compile(rf"(?:{_USERINFO}@)?{_HOST}(?::[0-9]{{1,5}})?", regex.IGNORECASE)
_PATH_RE = regex.compile(rf"(?:/{_PCHAR}*)*", regex.IGNORECASE)
_QUERY_RE = regex.compile(rf"(?:{_PCHAR}|/|\?)*", regex.IGNORECASE)


def is_valid_url(url: str, *, require_scheme: bool = True) -> bool:
    """twitter-text `isValidUrl` (Unicode domains allowed): an http(s) URL, RFC 3986 parts."""
    parts = _PARTS.fullmatch(url)
    if parts is None:
        return False
    scheme, authority, path, query, fragment = parts.groups()
    if require_scheme and not (scheme and _SCHEME.fullmatch(scheme)):
        return False
    if path and not _PATH_RE.fullmatch(path):
        return False
    if query and not _QUERY_RE.fullmatch(query):
        return False
    if fragment and not _QUERY_RE.fullmatch(fragment):
        return False
    return bool(authority) and _AUTHORITY.fullmatch(authority) is not None


def is_valid_username(text: str) -> bool:
    """twitter-text `isValidUsername`: the whole text is one `@name`."""
    found = extract_mentions(text)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


def is_valid_list(text: str) -> bool:
    """twitter-text `isValidList`: the whole text is one `@name/list-slug`."""
    found = extract_mentions_or_lists(text)
    return (
        len(found) == 1
        and bool(found[0].slug)
        and found[0].start == 0
        and found[0].end == len(text)
    )


def is_valid_hashtag(text: str) -> bool:
    """twitter-text `isValidHashtag`: the whole text is one hashtag."""
    found = extract_hashtags(text)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


# --- counting -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    """A twitter-text counting configuration (`v3.json` and its predecessors)."""

    max_length: int
    #: Weights are in 1/`scale` units.
    scale: int
    default_weight: int
    #: (first, last, weight) code point ranges; others weigh `default_weight`.
    ranges: tuple[tuple[int, int, int], ...]
    url_length: int
    emoji: bool


_LIGHT = (
    (0x0000, 0x10FF, 100),
    (0x2000, 0x200D, 100),
    (0x2010, 0x201F, 100),
    (0x2032, 0x2037, 100),
)
CONFIGS = {
    1: Config(140, 1, 1, (), 23, False),
    2: Config(280, 100, 200, _LIGHT, 23, False),
    3: Config(280, 100, 200, _LIGHT, 23, True),
}
_X_INVALID = frozenset("\ufffe\ufeff\uffff")


@dataclass(frozen=True)
class ParsedTweet:
    """twitter-text `parseTweet`: the weighted length and the valid and display ranges.

    Ranges are inclusive UTF-16 indices into the text as given, as twitter-text returns them.
    """

    weighted_length: int
    valid: bool
    permillage: int
    valid_range: tuple[int, int]
    display_range: tuple[int, int]


def _utf16(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def parse_tweet(text: str, version: int = 3) -> ParsedTweet:
    """Count `text` as X does under config `version` (3 is today's); linear in its length."""
    from msgkit.platforms import emoji_spans

    config = CONFIGS[version]
    normal = unicodedata.normalize("NFC", text)
    entities: dict[int, int] = {}
    urls = extract_urls(normal) if config.url_length else ()
    for url in urls:
        entities[url.start] = url.end
    url_starts = set(entities)
    if config.emoji:
        u = 0
        for e in emoji_spans(normal):
            # An emoji inside a URL is part of the URL (URLs are in order: walk them along).
            while u < len(urls) and urls[u].end <= e.start:
                u += 1
            if not (u < len(urls) and urls[u].start <= e.start):
                entities.setdefault(e.start, e.end)
    weight = 0
    valid = True
    index16 = 0
    valid_end = 0
    i = 0
    while i < len(normal):
        end = entities.get(i)
        if end is not None:
            is_url = i in url_starts
            weight += config.url_length * config.scale if is_url else config.default_weight
            piece = normal[i:end]
        else:
            end = i + 1
            piece = normal[i]
            code = ord(piece)
            weight += next(
                (w for lo, hi, w in config.ranges if lo <= code <= hi), config.default_weight
            )
        # twitter-text checks only the last code unit of each piece for invalid characters.
        if valid:
            valid = piece[-1] not in _X_INVALID
        index16 += sum(_utf16(ch) for ch in piece)
        if valid and weight <= config.max_length * config.scale:
            valid_end = index16 - 1
        i = end
    length = weight // config.scale
    valid = valid and 0 < length <= config.max_length
    text16 = len(text.encode("utf-16-le")) // 2
    valid_end += text16 - index16
    return ParsedTweet(
        weighted_length=length,
        valid=valid,
        permillage=length * 1000 // config.max_length,
        valid_range=(0, valid_end),
        display_range=(0, max(0, text16 - 1)),
    )
