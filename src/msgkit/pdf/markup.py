"""Kit text made safe for reportlab's paragraph markup, and the only links msgkit writes."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote, urlsplit

#: The schemes a fact sheet may link to; anything else is printed, never linked.
SAFE_SCHEMES = ("http", "https", "mailto")
# Characters that may stay as they are in a URL; everything else is percent-encoded
# (`%` is kept so an already-encoded URL is not encoded twice).
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def esc(text: str) -> str:
    """Kit text as literal paragraph content: `<b>`, `&` and `<a href=…>` print as typed."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def plain(value: str | dict[str, object]) -> str:
    """The words of a content-slice text: a string, or a resolved text `{"text", "lang", …}`."""
    return value if isinstance(value, str) else str(value["text"])


def shown(value: str | dict[str, object], lang: str) -> str:
    """A content-slice text as paragraph markup: escaped, and followed by the untranslated or
    stale marker in the sheet's language `lang` (`msgkit.resolve.untranslated_note`)."""
    text = esc(plain(value))
    if isinstance(value, str):
        return text
    from msgkit.resolve import Text, untranslated_note

    note = untranslated_note(
        Text("", str(value["lang"]), bool(value.get("fallback")), bool(value.get("stale"))), lang
    )
    return f"{text} <i>({esc(note)})</i>" if note else text


def safe_href(url: str | None) -> str | None:
    """A URL percent-encoded and escaped for an `href` attribute, or None if not http(s)/mailto."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    if scheme not in SAFE_SCHEMES:
        return None
    return esc(quote(url.strip(), safe=_URL_SAFE))


def mailto(email: str | None) -> str | None:
    """The `mailto:` href of an e-mail address, or None when there is none."""
    if not email:
        return None
    return safe_href("mailto:" + quote(email.strip(), safe="@+-._"))


def link(text: str, url: str | None, color: str) -> str:
    """`text` (escaped) as a link to `url` if the URL is safe, else the plain escaped text."""
    href = safe_href(url)
    if href is None:
        return esc(text)
    return f'<a href="{href}" color="{color}">{esc(text)}</a>'


def anchor_link(text: str, name: str, color: str) -> str:
    """`text` (escaped) as a link to an anchor of the same document; `name` is msgkit's own."""
    return f'<a href="#{name}" color="{color}">{esc(text)}</a>'


def url_lines(url: str, fits: Callable[[str], bool]) -> list[str]:
    """`url` cut into lines that each `fits`, preferably after `/`, `?`, `&`, `=`, `-`, `.`, `@`.

    reportlab only breaks at spaces, and a long URL has none: unbroken it would run past the
    edge of a narrow column.
    """
    lines: list[str] = []
    line = ""
    for ch in url:
        if line and not fits(line + ch):
            cut = max(line.rfind(c) for c in _URL_BREAKS) + 1
            if cut <= 0 or cut == len(line) + 1:
                cut = len(line)
            lines.append(line[:cut])
            line = line[cut:]
        line += ch
    return [*lines, line] if line else lines


_URL_BREAKS = "/?&=-._#@"


def url_link(url: str, color: str, fits: Callable[[str], bool]) -> str:
    """A URL shown in full (without a partner's tracking parameters, which only the link
    keeps), broken into lines that fit, and linked when its scheme is allowed."""
    from msgkit.tracking import untracked

    href = safe_href(url)
    text = "<br/>".join(esc(line) for line in url_lines(untracked(url), fits))
    return text if href is None else f'<a href="{href}" color="{color}">{text}</a>'
