"""Kit text inside Markdown: escaped, so what a Markdown viewer shows is the text, literally."""

from __future__ import annotations

import re

#: Characters that start inline markup anywhere: emphasis, code, links, raw HTML, entities.
_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
#: What starts a block at the beginning of a line: headings, quotes, lists, rules, tables.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])", re.MULTILINE)


def md_text(text: str) -> str:
    """`text` with every Markdown and HTML markup character backslash-escaped.

    Line breaks stay (a text may have paragraphs); a line that would start a heading, quote or
    list is escaped at its start. `<img src=x onerror=…>` shows as those characters, and a
    title cannot break out of its heading. CommonMark renders each `\\x` as `x`.
    """
    escaped = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def md_line(text: str) -> str:
    """`md_text` for a heading or list item: whitespace runs (line breaks too) become one space."""
    return md_text(" ".join(text.split()))
