"""A bar chart of a fact's figures, drawn with reportlab's graphics in the brand colours."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from msgkit.l10n import format_number
from msgkit.pdf.styles import Palette
from msgkit.pdf.typeface import BOLD, REGULAR

_LABEL_SIZE = 7.5
_VALUE_SIZE = 8.0


def bar_chart(
    series: list[tuple[str, float]], lang: str, palette: Palette, width: float
) -> Drawing:
    """Columns when the labels are short (years), else horizontal bars with labels at the left."""
    slot = width / max(len(series), 1)
    if all(stringWidth(lbl, REGULAR, _LABEL_SIZE) <= slot - 6 for lbl, _ in series):
        drawing = _columns(series, lang, palette, width)
    else:
        drawing = _bars(series, lang, palette, width)
    return embedded_fonts_only(drawing)


def embedded_fonts_only(drawing: Drawing) -> Drawing:
    """Start the drawing's graphics state in Fira Sans, not reportlab's default Helvetica,
    so the PDF references no font it does not embed."""
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = _LABEL_SIZE
    return drawing


def _range(values: list[float]) -> tuple[float, float]:
    lo, hi = min(0.0, *values), max(0.0, *values)
    return (lo, hi) if hi > lo else (lo, lo + 1.0)


def _columns(series: list[tuple[str, float]], lang: str, p: Palette, width: float) -> Drawing:
    height, bottom, top = 132.0, 16.0, 14.0
    plot = height - bottom - top
    lo, hi = _range([v for _, v in series])
    scale = plot / (hi - lo)
    zero = bottom + (0 - lo) * scale
    slot = width / len(series)
    bar = min(slot * 0.62, 46.0)
    d = Drawing(width, height)
    for i, (label, value) in enumerate(series):
        x = i * slot + (slot - bar) / 2
        y0, y1 = sorted((zero, zero + value * scale))
        d.add(Rect(x, y0, bar, max(y1 - y0, 0.5), fillColor=p.primary, strokeColor=None))
        d.add(
            String(
                x + bar / 2,
                y1 + 3,
                format_number(value, lang),
                fontName=BOLD,
                fontSize=_VALUE_SIZE,
                fillColor=p.primary,
                textAnchor="middle",
            )
        )
        d.add(
            String(
                x + bar / 2,
                4,
                label,
                fontName=REGULAR,
                fontSize=_LABEL_SIZE,
                fillColor=p.muted,
                textAnchor="middle",
            )
        )
    d.add(Line(0, zero, width, zero, strokeColor=p.rule, strokeWidth=0.75))
    return d


def _wrap(text: str, width: float) -> list[str]:
    """Greedy word wrap by measured width (a label longer than a line keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", REGULAR, _LABEL_SIZE) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _bars(series: list[tuple[str, float]], lang: str, p: Palette, width: float) -> Drawing:
    label_w = min(max(stringWidth(lbl, REGULAR, _LABEL_SIZE) for lbl, _ in series), width * 0.38)
    values = [format_number(v, lang) for _, v in series]
    value_w = max(stringWidth(v, BOLD, _VALUE_SIZE) for v in values) + 4
    x0 = label_w + 8
    plot = width - x0 - value_w
    lo, hi = _range([v for _, v in series])
    scale = plot / (hi - lo)
    zero = x0 + (0 - lo) * scale
    rows = [_wrap(lbl, label_w) for lbl, _ in series]
    line_h = _LABEL_SIZE * 1.25
    heights = [max(16.0, len(lines) * line_h + 6) for lines in rows]
    total = sum(heights)
    d = Drawing(width, total)
    y = total
    for (_, value), text, lines, row_h in zip(series, values, rows, heights, strict=True):
        y -= row_h
        mid = y + row_h / 2
        bar_h = min(row_h - 6, 10.0)
        x_a, x_b = sorted((zero, zero + value * scale))
        d.add(
            Rect(
                x_a,
                mid - bar_h / 2,
                max(x_b - x_a, 0.5),
                bar_h,
                fillColor=p.primary,
                strokeColor=None,
            )
        )
        d.add(
            String(
                x_b + 4,
                mid - _VALUE_SIZE * 0.35,
                text,
                fontName=BOLD,
                fontSize=_VALUE_SIZE,
                fillColor=p.primary,
            )
        )
        first = mid + (len(lines) - 1) * line_h / 2 - _LABEL_SIZE * 0.35
        for k, line in enumerate(lines):
            d.add(
                String(
                    label_w,
                    first - k * line_h,
                    line,
                    fontName=REGULAR,
                    fontSize=_LABEL_SIZE,
                    fillColor=p.muted,
                    textAnchor="end",
                )
            )
    d.add(Line(zero, 0, zero, total, strokeColor=p.rule, strokeWidth=0.75))
    return d
