"""The sheets' paragraph breaks its lines once per width, and gives what reportlab would."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from msgkit.pdf.flowables import Para

TEXT = (
    "Traffickers profit because they are rarely caught: <b>fewer than one in ten</b> "
    "identified cases ends in a conviction, across the region and across the years."
)
STYLE = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)


def lines_of(para: Any) -> list[list[str]]:
    return [[str(w) for w in getattr(line, "words", [])] for line in para.blPara.lines]


@pytest.fixture
def breaks(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The widths reportlab broke lines at, in call order."""
    calls: list[float] = []
    original = Paragraph.breakLines

    def counted(self: Any, widths: Any) -> Any:
        calls.append(widths[-1] if isinstance(widths, list) else widths)
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    return calls


def test_the_same_width_breaks_lines_once(breaks: list[float]) -> None:
    para = Para(TEXT, STYLE)
    first = para.wrap(120, 1e6)
    assert para.wrap(120, 500) == first
    assert len(breaks) == 1


def test_each_width_gives_what_a_plain_paragraph_gives(breaks: list[float]) -> None:
    para = Para(TEXT, STYLE)
    for width in (120, 300, 120, 300):
        plain = Paragraph(TEXT, STYLE)
        assert para.wrap(width, 1e6) == plain.wrap(width, 1e6)
        assert lines_of(para) == lines_of(plain)
        assert para.width == width
    assert len(breaks) == 2 + 4  # the Para's two widths, the four plain paragraphs


def test_a_split_reads_the_lines_of_the_width_asked_last() -> None:
    para = Para(TEXT, STYLE)
    para.wrap(120, 1e6)
    para.wrap(300, 1e6)
    para.wrap(120, 1e6)
    parts = para.split(120, 2 * STYLE.leading)
    plain = Paragraph(TEXT, STYLE)
    plain.wrap(120, 1e6)
    expected = plain.split(120, 2 * STYLE.leading)
    assert [p.wrap(120, 1e6) for p in parts] == [p.wrap(120, 1e6) for p in expected]
    assert len(parts) == 2


def test_too_narrow_is_refused_and_not_kept(breaks: list[float]) -> None:
    para = Para(TEXT, STYLE)
    assert para.wrap(0, 1e6) == Paragraph(TEXT, STYLE).wrap(0, 1e6)
    assert para.wrap(120, 1e6)[1] > 0
    assert len(breaks) == 1
