"""Draw the No Impunity campaign mark and the real kit's three area cards (Pillow, deterministic).

Run from the repository root:  .venv/bin/python assets/make_mark.py
It writes kits/no-impunity-thb/images/{mark,card-policies,card-capacity,card-support}.png.

Everything is drawn with geometry and Fira Sans (pip package `fontpkg-fira-sans`): no photos, no
people, no real organisation's logo. Shapes are drawn at SCALE times the final size and scaled
down once, which gives smooth edges without depending on Pillow's antialiasing of each primitive.
Pillow's basic layout engine is forced so the bytes do not depend on whether libraqm is installed,
and PNGs are saved without any time or text chunk, so the same Pillow gives the same bytes.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kits" / "no-impunity-thb" / "images"
SCALE = 4

# The kit's brand palette (kit.yaml `brand.colors`); white on NAVY is 14.6:1, on STEEL 7.0:1.
NAVY = (20, 40, 75)  # #14284B primary
STEEL = (43, 92, 138)  # #2B5C8A secondary
BRICK = (176, 58, 46)  # #B03A2E accent
WHITE = (255, 255, 255)
# A light tint of the secondary colour for quiet graphic detail on navy (not used for text).
MIST = (160, 186, 214)

RGB = tuple[int, int, int]


def _font(style: str, size: int) -> ImageFont.FreeTypeFont:
    """A Fira Sans face at `size` px (already multiplied by SCALE), basic layout engine."""
    import fontpkg_fira_sans

    path = Path(fontpkg_fira_sans.ROOT) / "files" / f"FiraSans-{style}.ttf"
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


def _text_width(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, tracking: float
) -> float:
    """Width of `text` drawn letter by letter with `tracking` px between letters."""
    widths = [draw.textlength(ch, font=font) for ch in text]
    return sum(widths) + tracking * (len(text) - 1)


def _spaced_text(
    draw: ImageDraw.ImageDraw,
    center_x: float,
    top: float,
    text: str,
    font: ImageFont.FreeTypeFont,
    fill: RGB,
    tracking: float,
) -> None:
    """Draw `text` centred on `center_x` with extra letter spacing (capitals read better spaced)."""
    x = center_x - _text_width(draw, text, font, tracking) / 2
    for ch in text:
        draw.text((x, top), ch, font=font, fill=fill)
        x += draw.textlength(ch, font=font) + tracking


def _scales(
    draw: ImageDraw.ImageDraw, cx: float, top: float, size: float, color: RGB, pans: RGB
) -> None:
    """A geometric balance: post, beam, hub, two pans and a stepped base; `size` is its width."""
    s = size
    stroke = s * 0.045
    beam_y = top + s * 0.16
    half = s * 0.40
    # Post and stepped base.
    draw.rectangle([cx - stroke / 2, beam_y, cx + stroke / 2, top + s * 0.78], fill=color)
    draw.rounded_rectangle(
        [cx - s * 0.17, top + s * 0.76, cx + s * 0.17, top + s * 0.80], radius=s * 0.012, fill=color
    )
    draw.rounded_rectangle(
        [cx - s * 0.25, top + s * 0.81, cx + s * 0.25, top + s * 0.86], radius=s * 0.015, fill=color
    )
    # Beam with rounded ends and a finial on top.
    draw.rounded_rectangle(
        [cx - half - stroke / 2, beam_y - stroke / 2, cx + half + stroke / 2, beam_y + stroke / 2],
        radius=stroke / 2,
        fill=color,
    )
    r = s * 0.05
    draw.ellipse([cx - r, beam_y - r - s * 0.06, cx + r, beam_y + r - s * 0.06], fill=color)
    draw.rectangle([cx - stroke / 2, beam_y - s * 0.06, cx + stroke / 2, beam_y], fill=color)
    # Pans: a thin V of strings from each beam end down to a flat-topped bowl.
    string = stroke * 0.42
    pan_top = top + s * 0.52
    pan_w = s * 0.15
    for end_x in (cx - half, cx + half):
        for dx in (-pan_w, pan_w):
            draw.line(
                [(end_x, beam_y), (end_x + dx * 0.92, pan_top)], fill=color, width=round(string)
            )
        draw.ellipse(
            [end_x - s * 0.022, beam_y - s * 0.022, end_x + s * 0.022, beam_y + s * 0.022],
            fill=color,
        )
        draw.pieslice(
            [end_x - pan_w, pan_top - pan_w * 0.55, end_x + pan_w, pan_top + pan_w * 0.55],
            start=0,
            end=180,
            fill=pans,
        )


def draw_mark(size: int = 1024) -> Image.Image:
    """The campaign mark: navy rounded square, white balance, NO IMPUNITY lettering, accent rule."""
    big = size * SCALE
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    inset = big * 0.02
    draw.rounded_rectangle([inset, inset, big - inset, big - inset], radius=big * 0.16, fill=NAVY)
    cx = big / 2
    _scales(draw, cx, big * 0.11, big * 0.56, WHITE, WHITE)
    # Accent rule between symbol and words: the campaign's "line that is not crossed".
    rule_w = big * 0.16
    rule_y = big * 0.625
    draw.rounded_rectangle(
        [cx - rule_w / 2, rule_y, cx + rule_w / 2, rule_y + big * 0.018],
        radius=big * 0.009,
        fill=BRICK,
    )
    _spaced_text(
        draw, cx, big * 0.665, "NO", _font("ExtraBold", round(big * 0.105)), WHITE, big * 0.012
    )
    _spaced_text(
        draw,
        cx,
        big * 0.775,
        "IMPUNITY",
        _font("ExtraBold", round(big * 0.105)),
        WHITE,
        big * 0.010,
    )
    return img.resize((size, size), Image.Resampling.LANCZOS)


def _network(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    """Cooperation: six partner nodes on a ring, all linked to each other and to a central node."""
    nodes = [
        (cx + r * math.cos(math.radians(90 + 60 * i)), cy - r * math.sin(math.radians(90 + 60 * i)))
        for i in range(6)
    ]
    width = max(2, round(r * 0.03))
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            draw.line([a, b], fill=MIST, width=width)
        draw.line([a, (cx, cy)], fill=WHITE, width=round(width * 1.6))
    for x, y in nodes:
        nr = r * 0.13
        draw.ellipse([x - nr, y - nr, x + nr, y + nr], fill=WHITE)
    cr = r * 0.2
    draw.ellipse(
        [cx - cr, cy - cr, cx + cr, cy + cr], fill=BRICK, outline=WHITE, width=round(width * 1.6)
    )


def _courthouse(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    """Capacity of the justice system: a pediment, four columns and a stepped plinth."""
    w = r * 1.9
    top = cy - r * 0.95
    draw.polygon([(cx - w / 2, top + r * 0.5), (cx, top), (cx + w / 2, top + r * 0.5)], fill=WHITE)
    draw.rectangle([cx - w / 2, top + r * 0.56, cx + w / 2, top + r * 0.66], fill=WHITE)
    col_top = top + r * 0.74
    col_bottom = cy + r * 0.62
    col_w = w * 0.11
    for i in range(4):
        x = cx - w / 2 + w * 0.08 + i * (w * 0.84 - col_w) / 3
        draw.rectangle([x, col_top, x + col_w, col_bottom], fill=WHITE)
    draw.rectangle(
        [cx - w / 2, col_bottom + r * 0.06, cx + w / 2, col_bottom + r * 0.16], fill=WHITE
    )
    draw.rectangle(
        [cx - w * 0.58, col_bottom + r * 0.22, cx + w * 0.58, col_bottom + r * 0.33], fill=WHITE
    )
    # A round accent in the pediment, echoing the hub of the mark's balance.
    dot = r * 0.1
    draw.ellipse([cx - dot, top + r * 0.3 - dot, cx + dot, top + r * 0.3 + dot], fill=BRICK)


def _shield(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    """Support and protection: a shield holding a heart."""
    top = cy - r
    w = r * 1.6
    points = [(cx - w / 2, top + r * 0.18), (cx, top), (cx + w / 2, top + r * 0.18)]
    # The shield's sides curve to a point: sample a quadratic curve on each side.
    steps = 24
    right = []
    for i in range(steps + 1):
        t = i / steps
        x = (1 - t) ** 2 * (cx + w / 2) + 2 * (1 - t) * t * (cx + w / 2) + t**2 * cx
        y = (
            (1 - t) ** 2 * (top + r * 0.18)
            + 2 * (1 - t) * t * (cy + r * 0.55)
            + t**2 * (cy + r * 1.05)
        )
        right.append((x, y))
    left = [(2 * cx - x, y) for x, y in reversed(right)]
    draw.polygon(points[1:] + right + left, fill=WHITE)
    # A heart (two circles over a point) in the accent colour: care, not a target.
    hr = r * 0.24
    hy = cy - r * 0.12
    off = hr * 0.92
    for dx in (-off, off):
        draw.ellipse([cx + dx - hr, hy - hr, cx + dx + hr, hy + hr], fill=BRICK)
    # The point joins the circles at their 45-degree tangents and fills the notch between them.
    tx, ty = hr * math.cos(math.radians(45)), hr * math.sin(math.radians(45))
    draw.polygon(
        [
            (cx - off - tx, hy + ty),
            (cx - off, hy),
            (cx + off, hy),
            (cx + off + tx, hy + ty),
            (cx, hy + ty + off + tx),
        ],
        fill=BRICK,
    )


def draw_card(
    icon: str, week: int, dates: str, width: int = 1200, height: int = 675
) -> Image.Image:
    """A language-neutral area card: icon, week of three, campaign hashtags, the week's dates."""
    w, h = width * SCALE, height * SCALE
    img = Image.new("RGB", (w, h), NAVY)
    draw = ImageDraw.Draw(img)
    # A steel band on the left holds the icon; a brick rule marks the week.
    band = w * 0.42
    draw.rectangle([0, 0, band, h], fill=STEEL)
    icons = {"network": _network, "courthouse": _courthouse, "shield": _shield}
    icons[icon](draw, band / 2, h / 2, h * 0.27)
    mark = draw_mark(round(h * 0.26))
    margin = w * 0.045
    img.paste(mark, (round(w - margin - mark.width), round(margin)), mark)
    left = band + margin * 1.2
    # Week indicator: three bars, the current one in the accent colour.
    bar_w, bar_h, gap = w * 0.06, h * 0.022, w * 0.012
    bar_y = h * 0.47
    for i in range(3):
        x = left + i * (bar_w + gap)
        fill = BRICK if i + 1 == week else MIST
        draw.rounded_rectangle([x, bar_y, x + bar_w, bar_y + bar_h], radius=bar_h / 2, fill=fill)
    big = _font("ExtraBold", round(h * 0.2))
    draw.text((left - h * 0.01, h * 0.19), f"{week}/3", font=big, fill=WHITE)
    tag = _font("SemiBold", round(h * 0.072))
    draw.text((left, h * 0.56), "#NoImpunityforTHB", font=tag, fill=WHITE)
    small = _font("Regular", round(h * 0.05))
    draw.text((left, h * 0.68), "#EndHumanTrafficking", font=small, fill=MIST)
    draw.text((left, h * 0.76), dates, font=small, fill=MIST)
    return img.resize((width, height), Image.Resampling.LANCZOS)


def _save(img: Image.Image, path: Path) -> None:
    """PNG with no metadata chunks (no tIME, no text), so equal pixels give equal bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=True)
    print(f"wrote {path.relative_to(ROOT)} ({img.width}x{img.height})")


def main() -> None:
    """Write the mark and the three area cards into the kit's images folder."""
    _save(draw_mark(1024), OUT / "mark.png")
    # Dates as day.month.year: read the same way in every language of the kit.
    _save(draw_card("network", 1, "18.–24.10.2021"), OUT / "card-policies.png")
    _save(draw_card("courthouse", 2, "25.–31.10.2021"), OUT / "card-capacity.png")
    _save(draw_card("shield", 3, "1.–7.11.2021"), OUT / "card-support.png")


if __name__ == "__main__":
    main()
