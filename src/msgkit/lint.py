"""Kit-wide checks on what the texts say: placeholders left in, one source cited under two titles.

These run in every diagnosis (`msgkit.check.diagnose`), so `check`, `build` and `posts` report
them alike: warnings, which `--strict` turns into errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from msgkit.errors import Diagnostic, warning
from msgkit.model import Kit
from msgkit.validate import format_keypath

#: Text people leave in a draft to be filled in later. Each would be published literally (and
#: `<…>` vanishes in a Markdown viewer), so a kit that still has one is not finished.
PLACEHOLDERS = re.compile(
    r"<[^<>\n]{1,40}>"  # <tips>, <link to report>
    r"|\[\s*(?:TBD|TBC|TODO|TK|XXX|FIXME|INSERT|PLACEHOLDER)\b[^\]\n]{0,40}\]"  # [TBD: figure]
    r"|\b(?:TODO|TBD|FIXME|XXX+)\b"  # written in capitals, as people mark them
    r"|\{\s*[A-Za-z_][A-Za-z0-9_]{0,30}\s*\}"  # {name}, {partner}
    r"|\blorem\s+ipsum\b",
    re.IGNORECASE,
)
#: Words matched only in capitals: "xxx" or "todo" in running text are not markers.
_CAPITALS_ONLY = re.compile(r"(?:TODO|TBD|FIXME|XXX+)")


def lint_texts(kit: Kit) -> list[Diagnostic]:
    """Placeholder warnings for every kit text, and conflicting source titles."""
    return [*_placeholders(kit), *_sources(kit)]


def placeholders_in(text: str) -> list[str]:
    """The placeholders `text` contains, as written, in order."""
    found = []
    for match in PLACEHOLDERS.finditer(text):
        shown = match.group(0)
        if shown.isalpha() and not _CAPITALS_ONLY.fullmatch(shown):
            continue
        found.append(shown)
    return found


def _placeholders(kit: Kit) -> Iterator[Diagnostic]:
    for item in kit.texts():
        for shown in placeholders_in(item.text):
            yield warning(
                f"{format_keypath(item.keypath)}: `{shown}` looks like a placeholder; "
                "it would be published as written",
                kit.locate(item.source, item.keypath),
                "replace it with the real text before the kit goes to partners",
            )


def _sources(kit: Kit) -> Iterator[Diagnostic]:
    """Two facts citing one address under different titles: outputs number it once."""
    from msgkit.resolve import source_key

    first: dict[str, tuple[str, str]] = {}
    for area in kit.areas:
        for i, fact in enumerate(area.content.facts):
            if fact.source is None:
                continue
            key = source_key(fact.source.url)
            title = fact.source.title
            if key not in first:
                first[key] = (title, str(kit.locate(area.source, ("facts", i, "source"))))
                continue
            if first[key][0] != title:
                yield warning(
                    f"facts[{i}].source: the same address is cited as “{first[key][0]}” "
                    f"at {first[key][1]} and as “{title}” here",
                    kit.locate(area.source, ("facts", i, "source", "title")),
                    "give one source one title (sheets list it once, with the first title)",
                )
