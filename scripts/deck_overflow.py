"""Check that decks opened WITHOUT Fira Sans keep every word inside its text box.

Converts each deck to PDF with LibreOffice (which then substitutes DejaVu Sans), reads every
word's box with poppler's `pdftotext -bbox`, and reports each word that lies outside all text
boxes of its slide whose text contains it (frames from python-pptx, in points).

    python scripts/deck_overflow.py dist/no-impunity-thb/*/deck.pptx

Exit code 0 when nothing overflows, 1 otherwise, 2 when Fira Sans is installed (the check
would then not test the substitute) or a tool is missing. Needs libreoffice-impress and
poppler-utils. A word that also occurs in another box on the slide can hide an overflow into
that box; the report is a check, not a proof.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.util import Emu

#: Points a glyph may stick out of its box (hinting, italic overhang, rounding).
TOLERANCE = 1.5
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float
    words: frozenset[str]

    def holds(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        t = TOLERANCE
        # poppler's word box runs from the font's ascent to its descent, and DejaVu's descent
        # (0.24 em) hangs below the box of a bottom-anchored title without any ink there:
        # a quarter of the line height is allowed vertically.
        v = max(t, 0.25 * (y1 - y0))
        return (
            x0 >= self.left - t
            and x1 <= self.right + t
            and y0 >= self.top - v
            and y1 <= self.bottom + v
        )


def _norm(word: str) -> str:
    return re.sub(r"\W", "", word.casefold())


def _boxes(pptx: Path) -> list[list[Box]]:
    """Per slide, the frame of every shape with text, and the words it holds."""
    slides = []
    for slide in Presentation(str(pptx)).slides:
        boxes = []
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue
            left, top = Emu(shape.left).pt, Emu(shape.top).pt
            words = frozenset(_norm(w) for w in shape.text_frame.text.split()) - {""}
            boxes.append(
                Box(left, top, left + Emu(shape.width).pt, top + Emu(shape.height).pt, words)
            )
        slides.append(boxes)
    return slides


def _words(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append(
            [
                (float(a), float(b), float(c), float(d), html.unescape(w))
                for a, b, c, d, w in _WORD.findall(page)
            ]
        )
    return pages


def check(pptx: Path, workdir: Path) -> list[str]:
    """Every word of `pptx`, rendered by LibreOffice, that lies outside its text boxes."""
    profile = workdir / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(workdir),
            str(pptx),
        ],
        capture_output=True,
        check=True,
    )
    pdf = workdir / (pptx.stem + ".pdf")
    problems = []
    slides = _boxes(pptx)
    pages = _words(pdf)
    if len(pages) != len(slides):
        return [f"{pptx}: {len(pages)} PDF pages for {len(slides)} slides"]
    for n, (boxes, words) in enumerate(zip(slides, pages, strict=True), 1):
        for x0, y0, x1, y1, word in words:
            key = _norm(word)
            owners = [b for b in boxes if key in b.words] or boxes
            if not any(b.holds(x0, y0, x1, y1) for b in owners):
                problems.append(
                    f"{pptx}: slide {n}: {word!r} at ({x0:.0f}, {y0:.0f})–({x1:.0f}, {y1:.0f}) pt "
                    "is outside its text box"
                )
    pdf.unlink()
    return problems


def main(paths: list[str]) -> int:
    for tool in ("soffice", "pdftotext", "fc-list"):
        if shutil.which(tool) is None:
            print(f"error: {tool} is not installed", file=sys.stderr)
            return 2
    fonts = subprocess.run(["fc-list", ":family=Fira Sans"], capture_output=True, text=True)
    if fonts.stdout.strip():
        message = "error: Fira Sans is installed; this check needs a machine without it"
        print(message, file=sys.stderr)
        return 2
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            found = check(Path(path), Path(tmp))
            problems += found
            slides = len(_boxes(Path(path)))
            print(f"{path}: {slides} slides, {len(found)} words outside their boxes")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
