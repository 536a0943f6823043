"""WCAG 2.x contrast ratio between two `#RRGGBB` colours, and the AA threshold for text."""

from __future__ import annotations

#: WCAG 2.1 success criterion 1.4.3 (AA) for normal-size text.
AA_TEXT = 4.5


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """Relative luminance of `#RRGGBB` as WCAG defines it (0 black … 1 white)."""
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """The contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def rgb(color: str) -> tuple[int, int, int]:
    """`#RRGGBB` → `(r, g, b)`."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)
