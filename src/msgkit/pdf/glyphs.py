"""Before rendering: every character a fact sheet shows must have a glyph in the font."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from msgkit.errors import Diagnostic, error
from msgkit.fonts import FAMILY, Style, check_glyphs, missing_glyphs
from msgkit.model import Kit
from msgkit.pdf.content import plain_texts, shows

WHAT = "the PDF fact sheets"
#: The styles the sheets use; a character must exist in each (Fira's styles cover the same set,
#: but a kit text may be set in any of them).
_STYLES: tuple[Style, ...] = ("regular", "bold", "italic", "semibold")


def check_sheet_glyphs(kit: Kit, languages: Iterable[str]) -> list[Diagnostic]:
    """Located errors for characters of the sheets' texts (in `languages`) the font lacks.

    The default language is always checked too: a missing translation falls back to it.
    """
    wanted = {*languages, kit.campaign.default_language}
    problems = check_glyphs(kit, wanted, WHAT, include=shows)
    for source, keypath, text in plain_texts(kit):
        for ch in missing_glyphs(text, _STYLES):
            name = unicodedata.name(ch, "unnamed character")
            problems.append(
                error(
                    f"character U+{ord(ch):04X} {name} ({ch!r}) has no glyph in {FAMILY}, "
                    f"so {WHAT} cannot show it",
                    kit.locate(source, keypath),
                    "replace it with a similar character the font has, or remove it "
                    "(emoji belong in posts only)",
                )
            )
    return problems
