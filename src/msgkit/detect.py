"""Hashtags, links and mentions as each platform's own published rules find them.

- X (and, lacking published rules of their own, Threads, LinkedIn, Facebook, Instagram):
  twitter-text (`msgkit.twittertext`).
- Bluesky: the AT Protocol rich-text facet detection of the reference client
  (`@atproto/api`, `RichText.detectFacets`): a hashtag needs the start of the text or white
  space before `#`, may hold any non-space character and loses only trailing punctuation
  (`(#Tag)` is no tag; `#Tag's` is the tag `Tag's`); links with `http(s)://`, or a bare domain
  with a known top-level domain, lose one trailing `.,;:!?` and an unbalanced `)`. The client
  checks top-level domains against the IANA list (npm `tlds`); msgkit uses twitter-text's list,
  which is close to it, rather than keep a second copy.
- Mastodon: `Tag::HASHTAG_RE` of mastodon/mastodon (`app/models/tag.rb`): `#` not after a
  letter, digit, `=`, `/` or `)`, then word characters and `_ · ・ ZWNJ` with at least one
  letter; links only with `http(s)://`; mentions `@user` or `@user@server`.

Each function returns `Span`s in code points; a hashtag's `text` is the tag without `#`.
"""

from __future__ import annotations

import functools

import regex

from msgkit.twittertext import Span, extract_mentions, extract_urls, tlds
from msgkit.twittertext import extract_hashtags as x_hashtags

# --- Bluesky (packages/api/src/rich-text/detection.ts and util.ts) --------------------------

_BSKY_INVISIBLE = r"\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2"
_BSKY_TAG = regex.compile(
    rf"(?:^|(?<=\s))[#＃](?!\ufe0f)(?P<tag>[^\s{_BSKY_INVISIBLE}]*"
    rf"[^\d\s\p{{P}}{_BSKY_INVISIBLE}]+[^\s{_BSKY_INVISIBLE}]*)"
)
_TRAILING_PUNCT = regex.compile(r"\p{P}+$")
#: Bluesky's longest tag, in characters (without `#`).
BLUESKY_MAX_TAG = 64
_BSKY_URL = regex.compile(
    r"(?:^|(?<=[\s(]))(?P<uri>https?://\S+|(?P<domain>[a-z][a-z0-9]*(?:\.[a-z0-9]+)+)\S*)",
    regex.IGNORECASE,
)
_BSKY_MENTION = regex.compile(
    r"(?:^|(?<=[\s(]))@(?P<handle>[a-zA-Z0-9.-]+)\b",
)
_HANDLE = regex.compile(
    r"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$"
)


@functools.cache
def _tld_set() -> frozenset[str]:
    country, generic = tlds()
    return frozenset(t.casefold() for t in (*country, *generic))


def bluesky_hashtags(text: str) -> tuple[Span, ...]:
    """Hashtags as Bluesky's rich-text detection finds them."""
    found: list[Span] = []
    for m in _BSKY_TAG.finditer(text):
        tag = _TRAILING_PUNCT.sub("", m.group("tag").strip())
        if not tag or len(tag) > BLUESKY_MAX_TAG:
            continue
        start = m.start()
        found.append(Span(start, start + 1 + len(tag), tag))
    return tuple(found)


def bluesky_links(text: str) -> tuple[Span, ...]:
    """Links as Bluesky's rich-text detection finds them (bare domains need a known TLD)."""
    found: list[Span] = []
    for m in _BSKY_URL.finditer(text):
        uri = m.group("uri")
        domain = m.group("domain")
        if domain is not None and domain.rsplit(".", 1)[1].casefold() not in _tld_set():
            continue
        if uri[-1] in ".,;:!?":
            uri = uri[:-1]
        if uri.endswith(")") and "(" not in uri:
            uri = uri[:-1]
        found.append(Span(m.start(), m.start() + len(uri), uri))
    return tuple(found)


def bluesky_mentions(text: str) -> tuple[Span, ...]:
    """`@handle.domain` mentions as Bluesky detects them; `text` is the handle."""
    found: list[Span] = []
    for m in _BSKY_MENTION.finditer(text):
        handle = m.group("handle").rstrip(".")
        if not _HANDLE.match(handle) or handle.rsplit(".", 1)[1].casefold() not in _tld_set():
            continue
        found.append(Span(m.start(), m.start() + 1 + len(handle), handle))
    return tuple(found)


# --- Mastodon (app/models/tag.rb, app/models/account.rb, app/lib/extractor.rb) --------------

_SEPARATORS = "_\u00b7\u30fb\u200c"
_WORD = r"\p{L}\p{M}\p{Nd}\p{Pc}"
_MASTODON_TAG = regex.compile(
    rf"(?<![=/)\p{{L}}\p{{M}}\p{{N}}])[#＃](?P<tag>"
    rf"[{_WORD}_][{_WORD}{_SEPARATORS}]*[\p{{L}}{_SEPARATORS}][{_WORD}{_SEPARATORS}]*[{_WORD}_]"
    rf"|[{_WORD}_]*\p{{L}}[{_WORD}_]*)",
    regex.IGNORECASE,
)
_MASTODON_MENTION = regex.compile(
    rf"(?<![=/{_WORD}])@(?P<name>[a-z0-9_]+(?:[a-z0-9_.\-]+[a-z0-9_]+)?)"
    rf"(?:@[{_WORD}.\-]+[{_WORD}]+)?",
    regex.IGNORECASE,
)


def mastodon_links(text: str) -> tuple[Span, ...]:
    """Links as Mastodon finds them: only those written with `http(s)://`."""
    return tuple(
        u for u in extract_urls(text) if u.text.lower().startswith(("http://", "https://"))
    )


def mastodon_hashtags(text: str) -> tuple[Span, ...]:
    """Hashtags as Mastodon's `HASHTAG_RE` finds them (none inside a link)."""
    links = mastodon_links(text)
    found: list[Span] = []
    for m in _MASTODON_TAG.finditer(text):
        if any(u.start < m.end() and m.start() < u.end for u in links):
            continue
        found.append(Span(m.start(), m.end(), m.group("tag")))
    return tuple(found)


def mastodon_mentions(text: str) -> tuple[Span, ...]:
    """`@user` and `@user@server` as Mastodon finds them; `text` is the mention without `@`."""
    return tuple(
        Span(m.start(), m.end(), m.group()[1:]) for m in _MASTODON_MENTION.finditer(text)
    )


# --- per platform -------------------------------------------------------------------------


def hashtags(text: str, platform: str) -> tuple[Span, ...]:
    """The hashtags `platform` makes of `text`."""
    if platform == "bluesky":
        return bluesky_hashtags(text)
    if platform == "mastodon":
        return mastodon_hashtags(text)
    return x_hashtags(text)


def links(text: str, platform: str) -> tuple[Span, ...]:
    """The links `platform` makes of `text`."""
    if platform == "bluesky":
        return bluesky_links(text)
    if platform == "mastodon":
        return mastodon_links(text)
    return extract_urls(text)


def mentions(text: str, platform: str) -> tuple[Span, ...]:
    """The mentions `platform` makes of `text` (`text` without `@`)."""
    if platform == "bluesky":
        return bluesky_mentions(text)
    if platform == "mastodon":
        return mastodon_mentions(text)
    return tuple(Span(m.start, m.end, m.name) for m in extract_mentions(text))
