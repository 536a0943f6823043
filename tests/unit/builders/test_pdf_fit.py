"""Fact sheets a designer would sign: two pages per area, links in their column, whole headers."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pdf_kits import write_kit
from pypdf import PdfReader
from typer.testing import CliRunner

from msgkit.build import BuildRequest, build_kit
from msgkit.cli import app
from msgkit.pdf.layout import GUTTER, MARGIN, RAIL_WIDTH

REPO = Path(__file__).resolve().parents[3]
REAL_KIT = REPO / "kits" / "no-impunity-thb"
EPOCH = "1634515200"
LONG_URL = (
    "https://ec.europa.eu/home-affairs/system/files/2020-10/"
    "third_progress_report_on_trafficking_in_human_beings_en.pdf?utm_source=kit&utm_medium=pdf"
)


def _build(kit: Path, out: Path, *langs: str) -> Path:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        result = build_kit(kit, BuildRequest(out_root=out, languages=langs, only=("pdf",)))
    return result.out_dir


@pytest.mark.slow
def test_every_area_sheet_of_the_real_kit_is_one_double_sided_sheet(tmp_path: Path) -> None:
    out = _build(REAL_KIT, tmp_path)
    pages = {
        pdf.relative_to(out).as_posix(): len(PdfReader(pdf).pages)
        for pdf in sorted(out.glob("**/factsheets/*.pdf"))
    }
    # An overview and three areas in every language, and in every partner's editions.
    assert len(pages) >= 16 and any(path.startswith("partners/") for path in pages)
    assert {k: v for k, v in pages.items() if v > 2} == {}


def test_a_sheet_that_cannot_fit_two_pages_is_a_located_warning_in_check(tmp_path: Path) -> None:
    # The long fixture kit needs three pages even when tightened: `check` measures it.
    kit = write_kit(tmp_path / "kit", ["en"], long=True)
    result = CliRunner().invoke(app, ["check", str(kit)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "fact sheet" in line]
    assert len(lines) == 1, result.output
    assert re.fullmatch(
        r".*/kit/areas/policies\.yaml:\d+:\d+: warning: the en fact sheet of `policies` needs 3 "
        r"pages, more than one double-sided sheet \(2\), even with smaller source list \(7 pt\)",
        lines[0],
    ), lines[0]
    hint = result.output.splitlines()[result.output.splitlines().index(lines[0]) + 1]
    assert hint == (
        "  hint: shorten this area's en facts, calls to action or sources, or move a fact to "
        "another area"
    )
    strict = CliRunner().invoke(app, ["check", str(kit), "--strict"])
    assert strict.exit_code == 1


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<')


def _words(pdf: Path, page: int) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) of every word on a page, from poppler's own text layout."""
    html = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [(float(a), float(b), w) for a, b, w in _WORD.findall(html)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
def test_a_long_link_in_any_text_stays_inside_its_column_and_links_in_full(tmp_path: Path) -> None:
    kit = write_kit(
        tmp_path / "kit",
        ["en"],
        area_overrides={
            "key_messages": [
                {"id": "report", "text": {"en": f"Read the report: {LONG_URL} and share it."}}
            ],
            "summary": {"en": f"This week draws on {LONG_URL}."},
        },
    )
    pdf = _build(kit, tmp_path / "out", "en") / "en" / "factsheets" / "policies.pdf"
    right = MARGIN + (595.276 - 2 * MARGIN - RAIL_WIDTH - GUTTER)  # page 1's main column
    main = [(a, b, w) for a, b, w in _words(pdf, 1) if a < right]
    assert main
    assert [w for a, b, w in main if b > right + 0.5] == []
    shown = " ".join(w for _, _, w in main)
    assert "ec.europa.eu/…/third_progress_report_on_traf" in shown.replace(" ", "")
    uris = [
        annot.get_object()["/A"]["/URI"]
        for page in PdfReader(pdf).pages
        for annot in page.get("/Annots", [])
        if "/A" in annot.get_object()
    ]
    assert LONG_URL in uris


def test_the_running_header_of_a_draft_language_is_whole(tmp_path: Path) -> None:
    kit = write_kit(tmp_path / "kit", ["en", "sl"], long=True, drafts=("sl",))
    pdf = _build(kit, tmp_path / "out", "sl") / "sl" / "factsheets" / "policies.pdf"
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 2
    header = reader.pages[1].extract_text().splitlines()[0]
    assert "…" not in header
    assert header.strip()


def test_a_box_that_runs_on_says_so_at_the_top_of_its_next_part() -> None:
    from reportlab.lib.colors import white
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from msgkit.pdf.flowables import Callout

    body = getSampleStyleSheet()["BodyText"]
    more = Paragraph("Week 1 (cont.)", body)
    box = Callout(
        [Paragraph(f"Line {n} of the card.", body) for n in range(30)], white, white, continued=more
    )
    head, tail = box.split(300, 200)
    assert head.content[0].text == "Line 0 of the card."
    assert tail.content[0] is more
    assert tail.content[1].text.startswith("Line ")
    assert box.split(300, 10_000) == [box]  # a box that fits is not split
