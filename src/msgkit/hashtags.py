"""The campaign's hashtag registry: canonical spelling, near misses, unregistered tags.

Every hashtag in a kit text or attached to a post is matched against `kit.campaign.hashtags`:
a case-insensitive match is the registered tag (posts are rewritten to its canonical spelling),
a near miss (small edit distance) is an error with did-you-mean, anything else is a warning.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

import regex

from msgkit.errors import Diagnostic, SourceLocation, error, warning
from msgkit.load import KeyPath
from msgkit.model import Hashtag, Kit
from msgkit.platforms import extract_hashtags, hashtag_syntax_problem

Kind = Literal["canonical", "case", "near-miss", "unregistered", "other-language", "invalid"]

#: An all-lower-case tag this long probably joins several words (a heuristic: no dictionary).
LOWERCASE_MULTIWORD_MIN = 12

# `#` + letters/digits joined by a hyphen: platforms end the tag at the hyphen.
_WORD = r"[\p{L}\p{M}\p{Nd}_]"
_HYPHENATED = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{Nd}}_&/])[#＃]({_WORD}+(?:-{_WORD}+)+)")
_HYPHEN_AFTER = regex.compile(r"-[\p{L}\p{M}\p{Nd}_]")
# `#` + digits only: no platform makes that a hashtag.
_ALL_DIGITS = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}_&/])[#＃](\p{Nd}+)(?![\p{L}\p{M}\p{Nd}_])")


def _key(tag: str) -> str:
    return tag.casefold()


def edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Levenshtein distance of `a` and `b` (case-sensitive), stopping early above `cap`."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > cap:
            return cap + 1
        previous = current
    return previous[-1]


@dataclass(frozen=True)
class Match:
    """What the registry says about one tag (written without `#`)."""

    kind: Kind
    tag: str
    #: The registered spelling for `canonical`, `case`, `near-miss` and `other-language`.
    canonical: str | None = None


@dataclass(frozen=True)
class Registry:
    """The registered hashtags, looked up case-insensitively."""

    entries: tuple[Hashtag, ...]
    _by_key: dict[str, Hashtag] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, entries: Iterable[Hashtag]) -> Registry:
        """A registry of these entries (the first of two spellings wins)."""
        items = tuple(entries)
        by_key: dict[str, Hashtag] = {}
        for entry in items:
            by_key.setdefault(_key(entry.tag.removeprefix("#")), entry)
        return cls(items, by_key)

    @classmethod
    def from_kit(cls, kit: Kit) -> Registry:
        """The kit's registry."""
        return cls.of(kit.campaign.hashtags)

    def lookup(self, tag: str, lang: str | None = None) -> Match:
        """Classify `tag` (without `#`) for a text in `lang`."""
        entry = self._by_key.get(_key(tag))
        if entry is not None:
            canonical = entry.tag.removeprefix("#")
            if lang is not None and entry.lang is not None and entry.lang != lang:
                return Match("other-language", tag, canonical)
            return Match("canonical" if tag == canonical else "case", tag, canonical)
        near = self.near_miss(tag)
        if near is not None:
            return Match("near-miss", tag, near)
        return Match("unregistered", tag)

    def entry(self, tag: str) -> Hashtag | None:
        """The registry entry of `tag` (any case), if registered."""
        return self._by_key.get(_key(tag))

    def near_miss(self, tag: str) -> str | None:
        """The registered tag `tag` is probably a misspelling of, if any."""
        key = _key(tag)
        best: tuple[int, str] | None = None
        for entry_key, entry in self._by_key.items():
            # Allow one slip per eight letters, at most two, and never on very short tags.
            allowed = min(2, len(entry_key) // 8) or (1 if len(entry_key) >= 5 else 0)
            if not allowed:
                continue
            distance = edit_distance(key, entry_key, cap=allowed)
            if distance <= allowed and (best is None or distance < best[0]):
                best = (distance, entry.tag.removeprefix("#"))
        return best[1] if best else None


def looks_lowercase_multiword(tag: str) -> bool:
    """True for a long all-lower-case tag, which screen readers read as one word."""
    letters = [ch for ch in tag if ch.isalpha()]
    return (
        len(letters) >= LOWERCASE_MULTIWORD_MIN
        and any(ch.islower() for ch in letters)
        and not any(ch.isupper() for ch in letters)
        and "_" not in tag
    )


def canonicalize(text: str, registry: Registry) -> tuple[str, list[str]]:
    """`text` with every registered hashtag in its canonical spelling, and a note per rewrite."""
    notes: list[str] = []
    out: list[str] = []
    pos = 0
    for span in extract_hashtags(text):
        match = registry.lookup(span.text)
        if match.kind in ("case", "other-language") and match.canonical != span.text:
            assert match.canonical is not None
            out.append(text[pos : span.start + 1])
            out.append(match.canonical)
            pos = span.end
            note = f"wrote #{match.canonical} for #{span.text}"
            if note not in notes:
                notes.append(note)
    out.append(text[pos:])
    return "".join(out), notes


def attached_tag(tag: str) -> str:
    """A tag from a post's or area's `hashtags:` list, without the optional `#`."""
    return tag.strip().removeprefix("#").removeprefix("＃")


# --- lint -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Occurrence:
    tag: str
    lang: str | None
    source: str
    keypath: KeyPath
    in_post: bool
    attached: bool


def lint_hashtags(kit: Kit) -> list[Diagnostic]:
    """Every hashtag problem of the kit, located: texts, attached tags and the registry itself."""
    registry = Registry.from_kit(kit)
    found: list[Diagnostic] = []
    kit_src = kit.source
    for i, entry in enumerate(kit.campaign.hashtags):
        tag = entry.tag.removeprefix("#")
        if hashtag_syntax_problem(tag) is None and looks_lowercase_multiword(tag):
            found.append(_lowercase_warning(tag, kit.locate(kit_src, ("hashtags", i, "tag"))))
    occurrences = list(_occurrences(kit, found))
    warned: set[tuple[str, str]] = set()
    for occ in occurrences:
        where = kit.locate(occ.source, occ.keypath)
        match = registry.lookup(occ.tag, occ.lang)
        if match.kind == "near-miss":
            found.append(
                error(
                    f"hashtag #{occ.tag} is not registered; it is close to #{match.canonical}",
                    where,
                    f"did you mean `#{match.canonical}`? (or register #{occ.tag} under "
                    "`hashtags:` in kit.yaml if it is a different tag)",
                )
            )
        elif match.kind == "case":
            found.append(
                warning(
                    f"hashtag #{occ.tag} is registered as #{match.canonical}",
                    where,
                    f"write `#{match.canonical}`: every output shows the registered spelling, "
                    "so the kit should too",
                )
            )
        elif match.kind == "other-language" and ("lang", _key(occ.tag)) not in warned:
            warned.add(("lang", _key(occ.tag)))
            registered = registry.entry(occ.tag)
            found.append(
                warning(
                    f"hashtag #{match.canonical} is registered for "
                    f"`{registered.lang if registered else '?'}` texts "
                    f"but used in the `{occ.lang}` text",
                    where,
                    "use the tag of this language, or remove `lang:` from its registry entry",
                )
            )
        elif match.kind == "unregistered" and ("unregistered", _key(occ.tag)) not in warned:
            warned.add(("unregistered", _key(occ.tag)))
            found.append(
                warning(
                    f"hashtag #{occ.tag} is not in the campaign's hashtag registry",
                    where,
                    f"add `- {{tag: {occ.tag}}}` under `hashtags:` in kit.yaml so its spelling "
                    "is checked everywhere",
                )
            )
            if looks_lowercase_multiword(occ.tag):
                found.append(_lowercase_warning(occ.tag, where))
    # In file order, like the kit reads; problems at one place keep the order found.
    return sorted(found, key=lambda d: _order(d.location))


def _order(where: SourceLocation | None) -> tuple[str, int, int]:
    return (where.path, where.line, where.col) if where else ("", 0, 0)


def _lowercase_warning(tag: str, where: SourceLocation) -> Diagnostic:
    return warning(
        f"hashtag #{tag} is all lower case: screen readers cannot tell where its words begin",
        where,
        "if it joins several words, capitalise each one (CamelCase), e.g. #EndHumanTrafficking",
    )


def _occurrences(kit: Kit, found: list[Diagnostic]) -> Iterator[_Occurrence]:
    """Every hashtag of the kit's texts and `hashtags:` lists; syntax errors go to `found`."""
    for text in kit.texts():
        if text.keypath and text.keypath[0] == "hashtags":
            continue
        in_post = len(text.keypath) >= 3 and text.keypath[0] == "posts" and text.keypath[2] in (
            "text",
            "short",
        )
        where = kit.locate(text.source, text.keypath)
        for m in _HYPHENATED.finditer(text.text):
            first = m.group(1).split("-")[0]
            found.append(
                error(
                    f"hashtag #{m.group(1)} contains a hyphen: platforms end it at #{first}",
                    where,
                    f"join the words without the hyphen, e.g. #{m.group(1).replace('-', '')}",
                )
            )
        if in_post:
            for m in _ALL_DIGITS.finditer(text.text):
                found.append(
                    error(
                        f"#{m.group(1)} is all digits, which no platform makes a hashtag",
                        where,
                        "add a letter (e.g. #Day2021) or remove the `#`",
                    )
                )
        for span in extract_hashtags(text.text):
            if _HYPHEN_AFTER.match(text.text, span.end):
                continue  # reported above as a hyphenated tag
            yield _Occurrence(span.text, text.lang, text.source, text.keypath, in_post, False)
    for area in kit.areas:
        lists: list[tuple[KeyPath, list[str]]] = [(("hashtags",), area.content.hashtags)]
        for i, post in enumerate(area.content.posts):
            lists.append((("posts", i, "hashtags"), post.hashtags))
        for keypath, tags in lists:
            for j, raw in enumerate(tags):
                tag = attached_tag(raw)
                where = kit.locate(area.source, (*keypath, j))
                problem = hashtag_syntax_problem(tag)
                if problem:
                    found.append(
                        error(
                            f"hashtag `{raw}` is not a valid hashtag: {problem}",
                            where,
                            "hashtags are letters, digits and `_` only, and not all digits: "
                            "`EndHumanTrafficking`",
                        )
                    )
                    continue
                yield _Occurrence(tag, None, area.source, (*keypath, j), False, True)
