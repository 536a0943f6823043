"""WCAG contrast ratios, checked against the values the WCAG documents and common tools give."""

from __future__ import annotations

import pytest

from msgkit.images.contrast import AA_TEXT, contrast_ratio, luminance


def test_extremes() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#1D3557", "#1D3557") == pytest.approx(1.0)
    assert luminance("#FFFFFF") == pytest.approx(1.0)
    assert luminance("#000000") == 0.0


@pytest.mark.parametrize(
    ("fg", "bg", "ratio"),
    [
        ("#777777", "#FFFFFF", 4.48),  # the classic "just fails AA" grey
        ("#767676", "#FFFFFF", 4.54),  # the lightest grey that passes on white
        ("#FFFFFF", "#1D3557", 12.36),
        ("#E63946", "#FFFFFF", 4.17),
        ("#0000FF", "#FFFFFF", 8.59),
    ],
)
def test_known_ratios(fg: str, bg: str, ratio: float) -> None:
    assert contrast_ratio(fg, bg) == pytest.approx(ratio, abs=0.01)
    # The ratio does not depend on which colour is in front.
    assert contrast_ratio(bg, fg) == pytest.approx(contrast_ratio(fg, bg))


def test_aa_threshold_separates_the_greys() -> None:
    assert contrast_ratio("#777777", "#ffffff") < AA_TEXT <= contrast_ratio("#767676", "#ffffff")
