"""Which share-image sizes each platform wants: a table of data, overridable per kit."""

from __future__ import annotations

from collections.abc import Iterable

from msgkit.model import Kit
from msgkit.platforms import PLATFORMS

#: Width and height in pixels.
Size = tuple[int, int]

LANDSCAPE: Size = (1200, 675)
PORTRAIT: Size = (1080, 1350)
SQUARE: Size = (1080, 1080)
LINK_PREVIEW: Size = (1200, 630)

#: The sizes each platform's feed shows best, first the one it shows largest. X, Bluesky and
#: Mastodon crop to 16:9 in timelines; Instagram, Facebook, LinkedIn and Threads give 4:5
#: portrait the most room; Instagram's grid wants squares; Facebook and LinkedIn show 1.91:1
#: link previews (og:image) when a post carries a link.
SIZES: dict[str, tuple[Size, ...]] = {
    "x": (LANDSCAPE,),
    "bluesky": (LANDSCAPE,),
    "mastodon": (LANDSCAPE,),
    "threads": (PORTRAIT,),
    "instagram": (PORTRAIT, SQUARE),
    "facebook": (PORTRAIT, LINK_PREVIEW),
    "linkedin": (PORTRAIT, LINK_PREVIEW),
}

#: Sizes outside these bounds make unreadable or absurd cards; `lint` refuses them.
MIN_SIDE, MAX_SIDE, MAX_ASPECT = 300, 4096, 3.0


def parse_size(text: str) -> Size:
    """`"1200x675"` → `(1200, 675)` (the model has already checked the pattern)."""
    width, height = text.lower().split("x")
    return int(width), int(height)


def format_size(size: Size) -> str:
    """`(1200, 675)` → `"1200x675"`, as in file names and the kit."""
    return f"{size[0]}x{size[1]}"


def platform_sizes(kit: Kit) -> dict[str, tuple[Size, ...]]:
    """The sizes of each platform the kit publishes on, with the kit's overrides applied."""
    overrides = kit.campaign.outputs.image_sizes or {}
    result: dict[str, tuple[Size, ...]] = {}
    for platform in PLATFORMS:
        if platform not in kit.campaign.platforms:
            continue
        if platform in overrides:
            result[platform] = tuple(dict.fromkeys(parse_size(s) for s in overrides[platform]))
        else:
            result[platform] = SIZES.get(platform, (LANDSCAPE,))
    return result


def sizes_for(kit: Kit, platforms: Iterable[str]) -> list[tuple[Size, list[str]]]:
    """Each distinct size the given platforms need, once, with the platforms that want it.

    Sizes come in the order of the platforms (msgkit's platform order), so the plan is stable.
    """
    table = platform_sizes(kit)
    wanted = [p for p in PLATFORMS if p in set(platforms) and p in table]
    found: dict[Size, list[str]] = {}
    for platform in wanted:
        for size in table[platform]:
            found.setdefault(size, []).append(platform)
    return list(found.items())


def size_problem(size: Size) -> str | None:
    """Why a configured size cannot make a card, or None when it can."""
    width, height = size
    if min(width, height) < MIN_SIDE or max(width, height) > MAX_SIDE:
        return f"each side must be between {MIN_SIDE} and {MAX_SIDE} pixels"
    if max(width, height) / min(width, height) > MAX_ASPECT:
        return f"the longer side may be at most {MAX_ASPECT:g} times the shorter one"
    return None
