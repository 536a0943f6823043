"""Before rendering: every character a fact sheet shows must have a glyph in the font."""

from __future__ import annotations

from collections.abc import Iterable

from msgkit.errors import Diagnostic
from msgkit.fonts import Style, check_glyphs, glyph_error, missing_glyphs
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
            problems.append(glyph_error(kit, source, keypath, ch, WHAT))
    return problems
