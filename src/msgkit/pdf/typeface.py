"""Fira Sans registered with reportlab as one family, so `<b>` and `<i>` pick the right files."""

from __future__ import annotations

from functools import cache

from msgkit.fonts import Style, font_path

#: reportlab font names; prefixed so they cannot clash with fonts other code registers.
REGULAR = "msgkit-FiraSans"
BOLD = "msgkit-FiraSans-Bold"
ITALIC = "msgkit-FiraSans-Italic"
BOLD_ITALIC = "msgkit-FiraSans-BoldItalic"
SEMIBOLD = "msgkit-FiraSans-SemiBold"

_FILES: dict[str, Style] = {
    REGULAR: "regular",
    BOLD: "bold",
    ITALIC: "italic",
    BOLD_ITALIC: "bold-italic",
    SEMIBOLD: "semibold",
}


@cache
def register() -> None:
    """Register the family once per process (parsing the TTFs is the slow part)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, style in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(style))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    # SemiBold is used on its own (key messages); give it a family so <i> inside it works.
    pdfmetrics.registerFontFamily(
        SEMIBOLD, normal=SEMIBOLD, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


def font_files() -> list[str]:
    """The style names the sheets embed, for the target's asset list."""
    return list(_FILES.values())
