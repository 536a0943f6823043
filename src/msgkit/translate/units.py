"""The kit's translatable texts as units: id, source, translations, context, notes, budgets."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from msgkit.load import KeyPath
from msgkit.model import Kit

#: Where each kind of text appears, for the translator's context line (by the text's key).
_SHOWN = {
    "description": "campaign description: fact sheets, deck, index page",
    "summary": "area summary: fact sheet, deck, index page",
    "terms": "usage terms line: footers of fact sheets and deck, pack README",
    "name": "contact name: fact sheets, deck, index page",
    "unit": "chart unit: the fact's chart in the fact sheet",
    "label": "chart label: one bar of the fact's chart",
    "alt": "alt text of the post image, for people who cannot see it: posts, index page, pack",
    "short": "short variant of the post: used where the full text does not fit a platform",
}
_SECTIONS = {
    "key_messages": "key message: fact sheet, deck, index page",
    "facts": "fact: fact sheet, deck (keep figures and names exact)",
    "calls_to_action": "call to action: fact sheet, deck, index page",
    "posts": "post text",
    "dos": "do for partners: index page, deck, pack README",
    "donts": "don't for partners: index page, deck, pack README",
}


@dataclass
class Budget:
    """How long a post text may be on one platform before msgkit has to drop tags or split it."""

    platform: str
    limit: int
    text: str


@dataclass
class TextUnit:
    """One translatable text: every language's version of one `{lang: text}` mapping."""

    #: Stable id: `<file relative to the kit>#<key path with item ids>`, e.g.
    #: `areas/week-1.yaml#posts[launch].text`; survives reordering of list items.
    id: str
    #: The display path of the file (as `Kit.locate` takes it) and the index key path.
    source: str
    keypath: KeyPath
    source_text: str
    translations: dict[str, str]
    context: str
    notes: list[str] = field(default_factory=list)
    #: Only post texts have budgets; computed per target language (campaign tags differ).
    post: Any = None
    area: Any = None


def source_hash(text: str) -> str:
    """12 hex digits of SHA-256 of the text with its whitespace collapsed.

    Re-wrapping a folded YAML text does not change its hash; any change of words does.
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def kit_relpath(kit: Kit, source: str) -> str:
    """A kit file's path relative to the kit folder, POSIX style (`areas/week-1.yaml`)."""
    path = Path(source)
    if not path.is_absolute():
        path = Path.cwd() / path
    try:
        return path.resolve().relative_to(kit.root).as_posix()
    except ValueError:
        return path.name


def stable_keypath(data: Any, keypath: KeyPath) -> str:
    """`('posts', 2, 'text')` → `posts[launch].text`: items by `id` where they have one."""
    out = ""
    node = data
    for part in keypath:
        if isinstance(part, int):
            item = node[part] if isinstance(node, list) and part < len(node) else None
            ident = item.get("id") if isinstance(item, dict) else None
            out += f"[{ident}]" if isinstance(ident, str) else f"[{part}]"
            node = item
        else:
            out += f".{part}" if out else part
            node = node.get(part) if isinstance(node, dict) else None
    return out


def text_units(kit: Kit) -> list[TextUnit]:
    """Every translatable text of the kit, in file order (the message sheet's enumeration)."""
    default = kit.campaign.default_language
    grouped: dict[tuple[str, KeyPath], dict[str, str]] = {}
    for text in kit.texts():
        grouped.setdefault((text.source, text.keypath[:-1]), {})[text.lang] = text.text
    data = {kit.source: kit.campaign.model_dump(mode="json")}
    areas = {area.source: area for area in kit.areas}
    for placed in kit.areas:
        data[placed.source] = placed.content.model_dump(mode="json")
    units = []
    for (source, keypath), texts in grouped.items():
        # A partner's names are its own, in its languages: not the translators' to write.
        if default not in texts or (source == kit.source and keypath[:1] == ("partners",)):
            continue
        area = areas.get(source)
        post = None
        if area is not None and keypath[:1] == ("posts",) and len(keypath) > 1:
            index = keypath[1]
            assert isinstance(index, int)
            post = area.content.posts[index] if keypath[2:3] in (("text",), ("short",)) else None
        stable = stable_keypath(data[source], keypath)
        units.append(
            TextUnit(
                id=f"{kit_relpath(kit, source)}#{stable}",
                source=source,
                keypath=keypath,
                source_text=texts[default],
                translations={k: v for k, v in texts.items() if k != default},
                context=_context(kit, area, stable, keypath),
                notes=_comments(kit, source, keypath),
                post=post,
                area=area,
            )
        )
    return units


def _context(kit: Kit, area: Any, stable: str, keypath: KeyPath) -> str:
    """Where the text stands and where readers meet it, for the translator."""
    where = f"area `{area.id}` (week {area.week}) › " if area is not None else "campaign › "
    last = keypath[-1] if keypath else ""
    # The field says more than the section (a post's `short` or image `alt`), except `text`.
    kind = _SHOWN.get(last) if isinstance(last, str) else None
    if kind is None:
        kind = next((_SECTIONS[p] for p in keypath if isinstance(p, str) and p in _SECTIONS), None)
    if last == "title":
        kind = (
            "area title: fact sheet heading, deck section slide, share card, calendar"
            if area is not None
            else "campaign title: fact sheets, deck, index page, pack README"
        )
    elif kind == _SECTIONS["posts"] and area is not None:
        post = area.content.posts[keypath[1]]
        platforms = post.platforms or list(kit.campaign.platforms)
        kind = (
            f"post text (day {post.day}, {post.time}) for {', '.join(platforms)}; "
            "also in the calendar and on the index page"
        )
    return f"{where}{stable} — {kind or 'text'}"


def _comments(kit: Kit, source: str, keypath: KeyPath) -> list[str]:
    """The YAML comments written just above the text's key and above its list item."""
    doc = kit.documents.get(source)
    if doc is None or not doc.lines:
        return []
    places: list[tuple[int, int]] = []
    for n in range(1, len(keypath) + 1):
        prefix = keypath[:n]
        if prefix in doc.key_locations:
            places.append((doc.key_locations[prefix].line, doc.key_locations[prefix].col))
        elif isinstance(prefix[-1], int) and prefix in doc.value_locations:
            places.append((doc.value_locations[prefix].line, doc.value_locations[prefix].col))
    notes: list[str] = []
    for line, col in dict.fromkeys(places):
        block: list[str] = []
        n = line - 2  # 0-based index of the line above
        # A comment is indented no deeper than its key; a deeper `#…` line is the continuation
        # of a folded text that starts with a hashtag.
        while n >= 0 and _is_comment(doc.lines[n], col):
            block.insert(0, doc.lines[n].strip().lstrip("#").strip())
            n -= 1
        # A comment block at the very top of the file is the file's header, not a note.
        if block and n >= 0:
            notes.append(" ".join(b for b in block if b))
    return notes


def _is_comment(line: str, col: int) -> bool:
    stripped = line.lstrip(" ")
    return stripped.startswith("#") and len(line) - len(stripped) <= max(col - 1, 0)


def budgets(kit: Kit, unit: TextUnit, lang: str) -> list[Budget]:
    """Per platform: the longest text that keeps the link and campaign tags (posts only)."""
    if unit.post is None:
        return []
    from msgkit.builders.posts import kit_rules
    from msgkit.fit import compose
    from msgkit.platforms import length

    post = unit.post
    campaign = [h.tag for h in kit.hashtags_for(lang) if h.campaign]
    found = []
    for platform, rule in kit_rules(kit).items():
        if post.platforms is not None and platform not in post.platforms:
            continue
        tags = campaign if "campaign" in rule.tags else []
        if rule.max_hashtags is not None:
            tags = tags[: rule.max_hashtags]
        link = post.link if rule.link_in_text else None
        reserved = length(compose("x", link, tags, rule), rule) - length("x", rule)
        limit = rule.budget - reserved
        room = [w for w, on in (("the link", bool(link)), ("the campaign tags", bool(tags))) if on]
        why = f", leaving room for {' and '.join(room)}" if room else ""
        found.append(
            Budget(
                platform,
                limit,
                f"{rule.name}: at most {limit} characters as {rule.name} counts{why}",
            )
        )
    return found


def over_budget(kit: Kit, unit: TextUnit, lang: str, text: str) -> list[Budget]:
    """The platforms on which `text` exceeds its budget (it would lose tags or be split)."""
    from msgkit.builders.posts import kit_rules
    from msgkit.platforms import length

    rules = kit_rules(kit)
    return [b for b in budgets(kit, unit, lang) if length(text, rules[b.platform]) > b.limit]
