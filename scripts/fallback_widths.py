"""Write src/msgkit/data/fallback-widths.json: DejaVu Sans advances for Fira Sans's characters.

LibreOffice substitutes DejaVu Sans for a missing Fira Sans (PowerPoint substitutes its own
sans, narrower than DejaVu), so decks are fitted against the wider of the two. Only advance
widths are stored (font units per 1000 em, per code point that Fira Sans draws and DejaVu
has), so building a deck never depends on which fonts the machine has.
Run with Debian's fonts-dejavu-core installed:  python scripts/fallback_widths.py
"""

from __future__ import annotations

import json
from pathlib import Path

from PIL import ImageFont

from msgkit.fonts import covered

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "bold-italic": "DejaVuSans-BoldOblique.ttf",
}
OUT = Path(__file__).resolve().parents[1] / "src" / "msgkit" / "data" / "fallback-widths.json"


def main() -> None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    chars = sorted(covered("regular"))
    table: dict[str, object] = {"font": "DejaVu Sans 2.37", "units_per_em": 1000}
    for weight, name in FILES.items():
        cmap = TTFontFile(str(DEJAVU / name)).charToGlyph
        font = ImageFont.truetype(str(DEJAVU / name), 1000, layout_engine=ImageFont.Layout.BASIC)
        table[weight] = {
            str(cp): round(font.getlength(chr(cp)), 1) for cp in chars if cp in cmap and cp > 31
        }
    OUT.write_text(json.dumps(table, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
