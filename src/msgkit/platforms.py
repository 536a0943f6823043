"""Platform rules as data, and pure functions that count text and find hashtags as platforms do."""

from __future__ import annotations

import regex

#: The platforms msgkit knows, in the order outputs list them.
PLATFORMS = ("x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram")

_HASHTAG_BODY = regex.compile(r"^[\p{L}\p{M}\p{Nd}_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7]+$")


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
    if tag.isdigit() or regex.match(r"^[\p{Nd}_]+$", tag):
        return "it is all digits"
    return None
