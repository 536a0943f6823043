"""Render a built kit's outputs to PNG contact sheets, to look at before a release.

    python scripts/contact_sheet.py dist/no-impunity-thb --lang sq --out /tmp/sheets

For each language folder it writes:
  <lang>-factsheets.png  every page of every fact sheet (poppler's pdftoppm), a row per PDF;
  <lang>-deck.png        every slide of the deck, converted by LibreOffice headless (soffice),
                         so fonts substitute the way they do on a partner's PC without Fira Sans;
  <lang>-cards.png       every share card at feed size (360 px wide, as a phone shows it).
Needs Pillow (a msgkit dependency), `pdftoppm` (Debian poppler-utils) and `soffice` (Debian
libreoffice-impress); a sheet whose tool is missing is skipped with a message.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

#: Width of a card as a phone feed shows it (CSS pixels).
FEED_WIDTH = 360
GAP = 12
BACKGROUND = (225, 228, 232)
LABEL = (40, 40, 40)


def _grid(tiles: list[tuple[str, Image.Image]], columns: int) -> Image.Image:
    """Tiles (caption, image) in rows of `columns`, each caption above its image."""
    if not tiles:
        return Image.new("RGB", (1, 1), BACKGROUND)
    cell_w = max(im.width for _, im in tiles)
    rows = [tiles[i : i + columns] for i in range(0, len(tiles), columns)]
    heights = [max(im.height for _, im in row) + 18 for row in rows]
    sheet = Image.new(
        "RGB",
        (columns * (cell_w + GAP) + GAP, sum(heights) + GAP * (len(rows) + 1)),
        BACKGROUND,
    )
    draw = ImageDraw.Draw(sheet)
    y = GAP
    for row, height in zip(rows, heights, strict=True):
        for n, (caption, im) in enumerate(row):
            x = GAP + n * (cell_w + GAP)
            draw.text((x, y), caption[:60], fill=LABEL)
            sheet.paste(im.convert("RGB"), (x, y + 16))
        y += height + GAP
    return sheet


def _pdf_pages(pdf: Path, dpi: int, work: Path) -> list[Image.Image]:
    prefix = work / pdf.stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True, timeout=300
    )
    pages = sorted(work.glob(f"{pdf.stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    images = [Image.open(p) for p in pages]
    for p in pages:
        p.unlink()
    return images


def factsheets(lang_dir: Path, work: Path) -> Image.Image | None:
    """Every fact sheet page at 40 dpi: one row per PDF (a 3rd page stands out at once)."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (apt-get install poppler-utils): no fact sheet sheet")
        return None
    tiles: list[tuple[str, Image.Image]] = []
    pdfs = sorted((lang_dir / "factsheets").glob("*.pdf"))
    most = 0
    rows: list[list[tuple[str, Image.Image]]] = []
    for pdf in pdfs:
        pages = _pdf_pages(pdf, 40, work)
        most = max(most, len(pages))
        rows.append([(f"{pdf.name} p{n + 1}/{len(pages)}", im) for n, im in enumerate(pages)])
    for row in rows:  # pad each row so a PDF's pages stay on one line
        tiles += row + [("", Image.new("RGB", (1, 1), BACKGROUND))] * (most - len(row))
    return _grid(tiles, most) if tiles else None


def deck(lang_dir: Path, work: Path) -> Image.Image | None:
    """Every slide of the deck, as LibreOffice renders it, at 50 dpi."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    decks = sorted(lang_dir.glob("*.pptx")) + sorted((lang_dir / "decks").glob("*.pptx"))
    if soffice is None or not decks or shutil.which("pdftoppm") is None:
        print("soffice/pdftoppm not found or no deck: no deck sheet")
        return None
    tiles: list[tuple[str, Image.Image]] = []
    for pptx in decks:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{work}/lo-profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(pptx),
            ],
            check=True,
            timeout=600,
            capture_output=True,
        )
        pages = _pdf_pages(work / f"{pptx.stem}.pdf", 50, work)
        tiles += [(f"{pptx.name} slide {n + 1}", im) for n, im in enumerate(pages)]
    return _grid(tiles, 5)


def cards(lang_dir: Path) -> Image.Image | None:
    """Every share card scaled to a phone feed's width."""
    tiles: list[tuple[str, Image.Image]] = []
    for png in sorted((lang_dir / "images").glob("*.png")):
        with Image.open(png) as im:
            scale = FEED_WIDTH / im.width
            tiles.append(
                (
                    png.stem,
                    im.convert("RGB").resize(
                        (FEED_WIDTH, round(im.height * scale)), Image.Resampling.LANCZOS
                    ),
                )
            )
    return _grid(tiles, 4) if tiles else None


def main(argv: list[str] | None = None) -> int:
    """Write the contact sheets of the chosen languages; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("built", type=Path, help="a built kit folder: dist/<kit id>")
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    parser.add_argument("--out", type=Path, default=Path("contact-sheets"))
    parser.add_argument("--only", choices=["factsheets", "deck", "cards"], action="append")
    args = parser.parse_args(argv)
    langs = args.lang or sorted(
        p.name for p in args.built.iterdir() if p.is_dir() and p.name != "packs"
    )
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        lang_dir = args.built / lang
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            for kind in ("factsheets", "deck", "cards"):
                if args.only and kind not in args.only:
                    continue
                if kind == "factsheets":
                    sheet = factsheets(lang_dir, work)
                elif kind == "deck":
                    sheet = deck(lang_dir, work)
                else:
                    sheet = cards(lang_dir)
                if sheet is not None:
                    path = args.out / f"{lang}-{kind}.png"
                    sheet.save(path, optimize=True)
                    print(f"wrote {path} ({sheet.width}×{sheet.height})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
