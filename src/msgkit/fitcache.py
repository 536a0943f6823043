"""Post fitting done once per build: `fit_post` results kept by the exact inputs they came from.

A build fits every post twice without it: the `posts` builder's lint (the check phase, which
must report unfittable posts before anything is built) and then the `posts` targets. Both call
`fitted`, so the second call is a dictionary lookup. The key is the whole input — text, the
platform rule (a frozen dataclass, compared by value), short text, link, tags, the hashtag
registry's entries and the text's language — so two calls share a result only when `fit_post`
would compute the same one; nothing is keyed by identity or position.
"""

from __future__ import annotations

from collections.abc import Sequence

from msgkit import fit as _fit
from msgkit.fit import Fit, Tag
from msgkit.hashtags import Registry
from msgkit.platforms import PlatformRule

_Key = tuple[str, PlatformRule, str | None, str | None, tuple[Tag, ...], tuple[object, ...], str]
_CACHE: dict[_Key, Fit] = {}


def fitted(
    text: str,
    rule: PlatformRule,
    *,
    short: str | None = None,
    link: str | None = None,
    tags: Sequence[Tag] = (),
    registry: Registry | None = None,
    lang: str = "en",
) -> Fit:
    """`msgkit.fit.fit_post(...)`, computed at most once per distinct input in this process."""
    entries: tuple[object, ...] = tuple(registry.entries) if registry is not None else ()
    key: _Key = (text, rule, short, link, tuple(tags), entries, lang)
    found = _CACHE.get(key)
    if found is None:
        # Looked up on the module, not imported by name, so a test can count the real calls.
        found = _fit.fit_post(
            text, rule, short=short, link=link, tags=tags, registry=registry, lang=lang
        )
        _CACHE[key] = found
    return found


def forget() -> None:
    """Drop every kept result: a new build starts from the kit as it is now (watch mode)."""
    _CACHE.clear()


def size() -> int:
    """How many distinct fits are kept (for --verbose narration and tests)."""
    return len(_CACHE)
