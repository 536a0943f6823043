"""Glyph coverage: the stored table is what the installed fonts really cover."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from msgkit import fonts


def test_stored_coverage_is_what_the_fonts_cover(request: pytest.FixtureRequest) -> None:
    measured = fonts.coverage_table()
    if request.config.getoption("--update-golden"):
        text = json.dumps(measured, sort_keys=True, separators=(",", ":")) + "\n"
        fonts.COVERAGE_FILE.write_text(text, "utf-8")
    stored = json.loads(fonts.COVERAGE_FILE.read_text("utf-8"))
    assert stored == measured, "fonts changed: pytest tests/unit/test_fonts.py --update-golden"


@pytest.mark.parametrize("style", ["regular", "bold", "italic", "bold-italic", "semibold"])
def test_covered_agrees_with_reportlab(style: fonts.Style) -> None:
    assert fonts.covered(style) == fonts.measured_coverage(fonts.font_path(style))


def test_glyph_check_does_not_import_reportlab() -> None:
    code = (
        "import sys; from msgkit.fonts import missing_glyphs;"
        "print(missing_glyphs('Živjo Ђ ☃', ('regular', 'bold')), 'reportlab' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['☃'] False"
