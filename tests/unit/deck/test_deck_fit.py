"""Text fitting with Fira Sans (and substitute) metrics: wrap, shrink, continue — never overflow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msgkit.deck.fit import (
    WIDTH_SLACK,
    Block,
    Para,
    Span,
    Spec,
    fit,
    para_height,
    text_width,
    wrap,
)

BODY = Spec(max_pt=22, min_pt=18)
WORDS = "Cooperation between police prosecutors and NGOs ends impunity".split()


def _para(text: str, **kwargs: object) -> Para:
    return Para((Span(text),), **kwargs)  # type: ignore[arg-type]


def _line_text(line: list[tuple[int, str]]) -> str:
    return "".join(t for _, t in line).strip()


def test_widths_come_from_the_font() -> None:
    assert text_width("Hello", 10) == text_width("Hello", 20) / 2
    assert text_width("WWW", 20) > text_width("iii", 20)
    assert text_width("Hello", 20, "bold") > text_width("Hello", 20)
    assert text_width("Трговина", 20) > 0


_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@pytest.mark.skipif(
    not (_DEJAVU / "DejaVuSans.ttf").exists(),
    reason="Debian's fonts-dejavu-core (the font LibreOffice substitutes) is not installed",
)
@pytest.mark.parametrize(
    ("weight", "file"),
    [("regular", "DejaVuSans.ttf"), ("bold", "DejaVuSans-Bold.ttf")],
)
@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCXYZ ŠšĐđЉљЖжЫëç.,–0123456789"))
def test_text_is_measured_at_least_as_wide_as_fira_sans_and_its_substitute(
    weight: str, file: str, text: str
) -> None:
    """Measured against the fonts themselves (not msgkit's width table): a line that fits the
    measure fits in Fira Sans and in DejaVu Sans, which LibreOffice uses without Fira Sans."""
    from PIL import ImageFont

    from msgkit.fonts import font_path

    basic = ImageFont.Layout.BASIC
    fira = ImageFont.truetype(str(font_path(weight)), 1000, layout_engine=basic)  # type: ignore[arg-type]
    dejavu = ImageFont.truetype(str(_DEJAVU / file), 1000, layout_engine=basic)
    measured = text_width(text, 1000, weight)  # type: ignore[arg-type]
    assert measured >= fira.getlength(text) - 0.5
    assert measured >= dejavu.getlength(text) - 0.5 * len(text) - 0.5


def test_substitute_metrics_widen_what_fira_sans_sets_narrow() -> None:
    # DejaVu Sans is about a sixth wider than Fira Sans: the measure follows the wider font.
    assert text_width("Трговина људима", 20) > 1.1 * _fira_width("Трговина људима", 20)


def _fira_width(text: str, size: float) -> float:
    from PIL import ImageFont

    from msgkit.fonts import font_path

    font = ImageFont.truetype(str(font_path("regular")), 1000, layout_engine=ImageFont.Layout.BASIC)
    return float(font.getlength(text)) * size / 1000


def test_wrap_breaks_at_spaces_within_the_width() -> None:
    para = _para(" ".join(WORDS * 3))
    lines = wrap(para, 20, 200)
    assert len(lines) > 3
    for line in lines:
        assert text_width(_line_text(line), 20) <= 200 * WIDTH_SLACK
    assert " ".join(_line_text(line) for line in lines) == para.text


def test_a_word_longer_than_the_line_breaks_between_characters() -> None:
    url = "example.org/" + "a" * 80
    lines = wrap(_para(url), 20, 150)
    assert len(lines) > 1
    assert "".join(_line_text(line) for line in lines) == url


def test_a_link_is_measured_as_one_unbreakable_unit() -> None:
    title = "Data collection on trafficking in human beings"
    width = text_width(title, 20) / WIDTH_SLACK + 5  # the title just fits a line on its own
    plain = wrap(Para((Span("Source: "), Span(title))), 20, width)
    linked = wrap(Para((Span("Source: "), Span(title, link="https://example.org"))), 20, width)
    assert _line_text(plain[0]).startswith("Source: Data")
    # Impress cannot wrap inside a link, so the whole title moves to the next line.
    assert [_line_text(line) for line in linked] == ["Source:", title]


def test_short_text_keeps_the_designed_size() -> None:
    result = fit([Block((_para("Share this post."),))], 500, 300, BODY)
    assert result.fits and result.size == 22 and len(result.pages) == 1


def test_text_shrinks_before_it_continues() -> None:
    blocks = [Block((_para(" ".join(WORDS), bullet=True, gap=0.7),)) for _ in range(5)]
    height = sum(para_height(b.paras[0], 20, 500, BODY, i == 0) for i, b in enumerate(blocks))
    result = fit(blocks, 500, height, BODY)
    assert len(result.pages) == 1 and 18 <= result.size < 22


def test_too_much_text_continues_on_more_pages_at_one_readable_size() -> None:
    blocks = [Block((_para(" ".join(WORDS * 2), bullet=True, gap=0.7),)) for _ in range(12)]
    result = fit(blocks, 500, 250, BODY)
    assert len(result.pages) > 1
    assert result.size >= BODY.min_pt
    for page in result.pages:
        assert page[0].gap == 0.0  # no space above the first paragraph of a page
        assert _page_height(page, result.size, 500) <= 250
    texts = [p.text for page in result.pages for p in page]
    assert texts == [p.text for b in blocks for p in b.paras]


def test_a_paragraph_taller_than_a_page_is_split_between_lines() -> None:
    long = " ".join(WORDS * 30)
    result = fit([Block((_para(long),))], 300, 120, BODY)
    assert len(result.pages) > 2
    assert " ".join(p.text for page in result.pages for p in page) == long
    for page in result.pages:
        assert _page_height(page, result.size, 300) <= 120


def test_without_pagination_an_impossible_fit_is_reported() -> None:
    result = fit([Block((_para(" ".join(WORDS * 10)),))], 200, 30, BODY, paginate=False)
    assert not result.fits and result.size == BODY.min_pt


def test_scaled_paragraphs_never_go_below_the_floor() -> None:
    spec = Spec(max_pt=18, min_pt=14, floor_pt=12)
    result = fit([Block((_para("a", scale=0.5),))], 500, 500, spec)
    assert result.para_size(result.pages[0][0]) == 12


def _page_height(page: tuple[Para, ...], size: int, width: float) -> float:
    return sum(para_height(p, size, width, BODY, i == 0) for i, p in enumerate(page))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.sampled_from("abc xyzŠčćЖжΩ -.,"),
            min_size=1,
            max_size=300,
        ),
        min_size=1,
        max_size=8,
    ),
    st.integers(min_value=150, max_value=900),
    st.integers(min_value=60, max_value=400),
)
def test_every_page_fits_its_box(texts: list[str], width: int, height: int) -> None:
    blocks = [Block((_para(t, bullet=True, gap=0.5),)) for t in texts]
    result = fit(blocks, width, height, BODY)
    assert BODY.min_pt <= result.size <= BODY.max_pt
    for page in result.pages:
        assert _page_height(page, result.size, width) <= height
        for para in page:
            for line in wrap(para, result.size, width - BODY.indent * result.size):
                assert text_width(_line_text(line), result.size) <= width


def test_fitting_a_long_text_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not a timing: count the characters `wrap` is given. A text longer than a slide used to be
    # re-wrapped from each page break on (quadratic: 100,000 characters took 64 s).
    from msgkit.deck import fit as fitting

    wrapped = 0
    real_wrap = fitting.wrap

    def counting_wrap(para: fitting.Para, size: float, width: float) -> Any:
        nonlocal wrapped
        wrapped += len(para.text)
        return real_wrap(para, size, width)

    monkeypatch.setattr(fitting, "wrap", counting_wrap)
    spec = fitting.Spec(28, 14)

    def cost(words: int) -> int:
        nonlocal wrapped
        wrapped = 0
        text = " ".join(["trafficking", "victims", "rights", "a"] * (words // 4))
        fitting.fit([fitting.Block((fitting.Para((fitting.Span(text),)),))], 600, 300, spec)
        return wrapped

    small, large = cost(400), cost(4000)
    assert large <= 12 * small  # ten times the text, at most ~ten times the work
