"""The font family every output uses (Fira Sans, from a pip package) and its glyph coverage."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Literal

from msgkit.errors import Diagnostic, error
from msgkit.load import KeyPath
from msgkit.model import Kit, KitText

Style = Literal["regular", "bold", "italic", "bold-italic", "semibold", "light"]

FAMILY = "Fira Sans"
_FILES: dict[str, str] = {
    "regular": "FiraSans-Regular.ttf",
    "bold": "FiraSans-Bold.ttf",
    "italic": "FiraSans-Italic.ttf",
    "bold-italic": "FiraSans-BoldItalic.ttf",
    "semibold": "FiraSans-SemiBold.ttf",
    "light": "FiraSans-Light.ttf",
}

#: Characters that never need a glyph: line breaks, joiners, variation selectors, BOM.
_INVISIBLE = {"\n", "\r", "\t", "\u200b", "\u200c", "\u200d", "\ufe0e", "\ufe0f", "\ufeff"}


def font_path(style: Style = "regular") -> Path:
    """The TTF file of a style, from the `fontpkg-fira-sans` package (never the system)."""
    import fontpkg_fira_sans

    return Path(fontpkg_fira_sans.ROOT) / "files" / _FILES[style]


def shipped_fonts() -> list[tuple[str, Path]]:
    """The font files the outputs use and their licence, as (file name, path): what a pack
    ships in `fonts/` so a partner's PC shows the deck as designed (SIL OFL 1.1 allows it)."""
    files = [(font_path(style).name, font_path(style)) for style in _FILES]  # type: ignore[arg-type]
    return [*files, ("OFL.txt", font_path().parents[1] / "LICENSE")]


@cache
def _drawable(styles: tuple[Style, ...]) -> frozenset[int]:
    return frozenset.intersection(*(covered(s) for s in styles))


@cache
def covered(style: Style = "regular") -> frozenset[int]:
    """The code points the font has a glyph for."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(font_path(style))).charToGlyph)


def missing_glyphs(text: str, styles: Iterable[Style] = ("regular", "bold")) -> list[str]:
    """Characters of `text` that some of the given styles cannot draw, in order of appearance."""
    return list(_missing_glyphs(text, tuple(styles)))


@cache
def _missing_glyphs(text: str, styles: tuple[Style, ...]) -> tuple[str, ...]:
    # Cached: several outputs check the same texts, and a kit repeats many strings. Each
    # distinct character is looked at once; the answer keeps the order of appearance.
    drawable = _drawable(styles)
    return tuple(
        ch
        for ch in dict.fromkeys(text)
        if ord(ch) not in drawable
        and ch not in _INVISIBLE
        and unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")
    )


def check_glyphs(
    kit: Kit,
    languages: Iterable[str],
    what: str,
    include: Callable[[KitText], bool] | None = None,
) -> list[Diagnostic]:
    """A located error for every character of a text in `languages` that the font cannot draw.

    `what` names the output that needs the glyph (e.g. "the PDF fact sheets"); `include`
    narrows the texts to those the output really shows (e.g. not post texts with emoji).
    """
    wanted = set(languages)
    problems: list[Diagnostic] = []
    for item in kit.texts():
        if item.lang not in wanted or (include is not None and not include(item)):
            continue
        for ch in missing_glyphs(item.text):
            problems.append(glyph_error(kit, item.source, item.keypath, ch, what))
    return problems


def glyph_error(kit: Kit, source: str, keypath: KeyPath, ch: str, what: str) -> Diagnostic:
    """The located error for a character `what` (an output) cannot draw in the font."""
    name = unicodedata.name(ch, "unnamed character")
    return error(
        f"character U+{ord(ch):04X} {name} ({ch!r}) has no glyph in {FAMILY}, "
        f"so {what} cannot show it",
        kit.locate(source, keypath),
        "replace it with a similar character the font has, or remove it "
        "(emoji belong in posts only)",
    )
