"""Kit text in Markdown outputs, escaped so any viewer shows exactly the text as typed."""

from __future__ import annotations

import re

# CommonMark's backslash-escapable ASCII punctuation that can start markup anywhere in a line
# (inline HTML `<`, emphasis, code, links, images, entities) or at a line's start (headings,
# quotes, lists, tables). Escaping all of them is safe: a viewer shows the character itself.
_INLINE = re.compile(r"([\\`*_\[\]<>!|&~])")
_LINE_START = re.compile(r"^(\s*)([#>+\-=])", re.MULTILINE)
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def escape(text: str, *, inline: bool = False) -> str:
    """`text` with every character a Markdown viewer would read as markup backslash-escaped.

    Hashtags inside a line stay readable (`#` only starts a heading at a line's start). With
    `inline`, the text continues a line (a heading's words): its first line is not a line start.
    """
    if inline and "\n" in text:
        head, tail = text.split("\n", 1)
        return escape(head, inline=True) + "\n" + escape(tail)
    escaped = _INLINE.sub(r"\\\1", text)
    if inline:
        return escaped
    escaped = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    return _ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
