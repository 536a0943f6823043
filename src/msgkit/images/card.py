"""Drawing a share card with Pillow: brand colours, the campaign mark, fitted text, a post's photo.

The layout is proportional to the card's shorter side, so one design serves every size:

    ┌──────────────────────────────┐   draft strip (unreviewed languages only)
    │ Week 1 · Area title          │   kicker: semibold, on_primary on primary
    │ ▬▬                           │   accent bar
    │ The message, bold, as large  │   message: bold, fitted by measurement,
    │ as fits, lines balanced      │   centred vertically in the space left
    │ #Tag #Tag #Tag               │   campaign tags
    ├──────────────────────────────┤   secondary rule
    │ [mark] Brand  example.org/x  │   footer: background colour, the mark, the
    └──────────────────────────────┘   brand name and the campaign address

A partner's card has a strip above the footer: "Shared by <partner>" (its `short_name` where
it has one), after the partner's mark when the kit has one. The campaign's footer stays as it is.

A post's own image is one of two things. A photo is an element of the card: it takes the left
half of a landscape card or the top of a portrait or square one, cropped to fill where little is
lost, else shown whole on the brand colour. A designed graphic (flat colours: it already carries
its own text, tags and mark) is the card: shown whole at every size on its own edge colour, with
a margin, and nothing added — a card inside a card would repeat its hashtags and mark.

Flat cards are saved as 8-bit palette PNGs (Pillow's fast octree quantizer), about a third of
the RGB file, where that is visually the same; photo cards stay RGB.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops, ImageDraw, ImageOps

from msgkit.images.content import CardContent
from msgkit.images.contrast import AA_TEXT, contrast_ratio, rgb
from msgkit.images.sizes import Size
from msgkit.images.textfit import MEASURING, Box, FittedText, TextDoesNotFit, fit_text, font
from msgkit.model import BrandColors

#: The smallest text on a card: its capital letters at least this share of the card's shorter
#: side (the height of a landscape card), so a phone feed showing a 1200x675 card 360 px wide
#: still shows 6 px capitals (issue 14: 14 px caps became 4 px there). Text that cannot be this
#: large is left off the card (kicker, tags, address) rather than shrunk.
MIN_CAP = 0.03
#: How much of a portrait or square card's height a post's photo takes.
PHOTO_SHARE = 0.46
#: The message is at least this much larger than the kicker, or the kicker goes.
HIERARCHY = 1.25
#: A post's own image whose proportions are this close to the card's is the whole card (a
#: designed graphic: 1200x675 for a 1200x630 link preview is shown whole, on the brand colour).
SAME_ASPECT = 0.08
#: An image is cropped to fill its place when that cuts off at most this share of it; beyond,
#: it is shown whole on the brand colour (a designed graphic must not lose its edges).
MAX_CROP = 0.12


@dataclass
class RenderedCard:
    """A card's PNG bytes and the text placed on it (for checks: nothing off the card)."""

    png: bytes
    size: Size
    texts: dict[str, FittedText] = field(default_factory=dict)
    #: True when the post's photo is the whole card.
    full_bleed: bool = False


def cap_height(size: int) -> int:
    """The height of Fira Sans capitals at a font size of `size` pixels (as drawn, measured)."""
    _, top, _, bottom = font("regular", size).getbbox("H", anchor="ls")
    return round(bottom - top)


def min_text_size(size: Size) -> int:
    """The smallest font size any text on a card of `size` may have, in pixels: the size whose
    capitals are `MIN_CAP` of the shorter side (30 px on a 1200x675 card)."""
    wanted = MIN_CAP * min(size)
    px = max(12, math.floor(wanted / 0.689))  # Fira Sans caps are 0.689 em: start just below
    while cap_height(px) < wanted:
        px += 1
    return px


def safe_area(size: Size) -> Box:
    """The rectangle all text stays inside: the card minus a margin on every side."""
    inset = round(0.015 * min(size))
    return Box(inset, inset, size[0] - 2 * inset, size[1] - 2 * inset)


#: True while `measure_card` runs: the layout is computed, nothing is drawn or encoded.
_MEASURING = MEASURING


class _NullDraw:
    """An ImageDraw stand-in that draws nothing (for `measure_card`)."""

    def text(self, *args: object, **kwargs: object) -> None:
        return None

    def rectangle(self, *args: object, **kwargs: object) -> None:
        return None


def measure_card(
    content: CardContent,
    size: Size,
    colors: BrandColors,
    logo: Path | None = None,
    photo: Path | None = None,
    partner_logo: Path | None = None,
) -> RenderedCard:
    """Lay the card out exactly as `render_card` does, without drawing or encoding it.

    `msgkit check` calls it so that every card `build` would refuse (TextDoesNotFit) is found
    first, at a fraction of the cost of rendering. The returned card has no PNG bytes.
    """
    token = _MEASURING.set(True)
    try:
        return render_card(content, size, colors, logo, photo, partner_logo)
    finally:
        _MEASURING.reset(token)


def render_card(
    content: CardContent,
    size: Size,
    colors: BrandColors,
    logo: Path | None = None,
    photo: Path | None = None,
    partner_logo: Path | None = None,
) -> RenderedCard:
    """Draw the card of `content` at `size`; raises TextDoesNotFit when a text cannot fit.

    `logo` is the campaign's mark, `photo` the post's own image, `partner_logo` the mark of the
    partner a co-branded card is shared by (`content.shared_by`)."""
    width, height = size
    if photo is not None and _is_graphic(photo):
        if _MEASURING.get():  # a designed graphic carries no text of ours: nothing can fail
            return RenderedCard(b"", size, full_bleed=True)
        return RenderedCard(_png(_graphic(photo, size)), size, full_bleed=True)
    if photo is not None and _aspect_gap(photo, size) <= SAME_ASPECT:
        if _MEASURING.get():
            return RenderedCard(b"", size, full_bleed=True)
        backdrop = rgb(colors.primary)
        return RenderedCard(_png(_photo(photo, size, backdrop), flat=False), size, full_bleed=True)

    unit = min(width, height)
    margin = round(0.075 * unit)
    smallest = min_text_size(size)
    image = Image.new("RGB", size, rgb(colors.primary))
    draw: Any = _NullDraw() if _MEASURING.get() else ImageDraw.Draw(image)
    texts: dict[str, FittedText] = {}

    top = _draft_strip(draw, content.draft, size, colors, smallest, texts) if content.draft else 0
    footer_top = height - round(0.15 * unit)
    _footer(image, draw, content, size, colors, logo, footer_top, margin, smallest, texts)
    if content.shared_by:
        footer_top -= _partner_strip(image, draw, content.shared_by, partner_logo, size,
                                     footer_top, colors, smallest, texts)

    # The panel the text goes in: all of the main area, or what the photo leaves of it.
    inset = round(margin * 0.8)
    panel = Box(margin, top + inset, width - 2 * margin, footer_top - inset - top - inset)
    if photo is not None:
        if width / height >= 1.3:
            photo_box = Box(0, top, width // 2, footer_top - top)
            panel = Box(photo_box.right + margin, panel.top, width - photo_box.right - 2 * margin,
                        panel.height)
        else:
            photo_box = Box(0, top, width, round((footer_top - top) * PHOTO_SHARE))
            panel_top = photo_box.bottom + round(margin * 0.7)
            panel = Box(margin, panel_top, width - 2 * margin, footer_top - inset - panel_top)
        placed = _photo(photo, (photo_box.width, photo_box.height), rgb(colors.primary))
        image.paste(placed, (photo_box.left, photo_box.top))

    # Where space is short (a long message), the kicker gives way first, then the tags (the
    # post itself carries them); the message never does. A photo card has no kicker: the
    # photo catches the eye and the text needs the room.
    fitted: dict[str, FittedText] = {}
    options: tuple[tuple[str, ...], ...] = (("kicker", "tags"), ("tags",), ())
    if _MEASURING.get():
        # Only the last arrangement can make the card fail: it alone is tried when measuring.
        options = ((),)
    for keep in options[1:] if photo is not None and len(options) > 1 else options:
        try:
            fitted = _panel(content, panel, unit, smallest, photo is not None, keep)
            break
        except TextDoesNotFit:
            if not keep:
                raise
    on_primary = rgb(colors.on_primary)
    for key in ("kicker", "tags", "message"):
        if key in fitted:
            fitted[key].draw(draw, on_primary)
    texts.update(fitted)
    # The accent bar sits just above the message, wherever centring put it.
    gap, bar_h = _bar(unit)
    bar_top = fitted["message"].bbox[1] - gap - bar_h
    draw.rectangle(
        (panel.left, bar_top, panel.left + round(0.09 * width) - 1, bar_top + bar_h - 1),
        fill=rgb(colors.accent),
    )
    return RenderedCard(_png(image, flat=photo is None), size, texts)


def _bar(unit: int) -> tuple[int, int]:
    """The accent bar's gap to the text around it, and its thickness."""
    return round(0.045 * unit), max(4, round(0.011 * unit))


def _panel(
    content: CardContent,
    panel: Box,
    unit: int,
    smallest: int,
    photo: bool,
    keep: tuple[str, ...],
) -> dict[str, FittedText]:
    """Fit the kicker (top), tags (bottom) and message (between) of the text panel."""
    fitted: dict[str, FittedText] = {}
    top, bottom = panel.top, panel.bottom
    if "kicker" in keep:
        fitted["kicker"] = kicker = fit_text(
            content.kicker, "semibold", Box(panel.left, panel.top, panel.width, panel.height // 3),
            max_size=max(smallest, round(0.036 * unit)), min_size=smallest, max_lines=2,
            leading=1.15, part="kicker",
        )
        top = kicker.bbox[3]
    # A hashtag the message already shows is not repeated under it.
    said = content.text.casefold()
    tag_line = [t for t in content.tags if t.casefold() not in said]
    if tag_line and "tags" in keep:
        height = max(panel.height // 4, round(smallest * 2.7))
        fitted["tags"] = tags = fit_text(
            " ".join(tag_line), "semibold",
            Box(panel.left, panel.bottom - height, panel.width, height),
            max_size=smallest, min_size=smallest, max_lines=2,
            leading=1.15, valign="bottom", part="tags",
        )
        bottom = tags.bbox[1] - round(0.04 * unit)
    gap, bar_h = _bar(unit)
    top += gap + bar_h + gap if "kicker" in keep else bar_h + gap
    if bottom - top < smallest:
        raise TextDoesNotFit(smallest, Box(panel.left, top, panel.width, 0), "message")
    fitted["message"] = message = fit_text(
        content.text, "bold", Box(panel.left, top, panel.width, bottom - top),
        max_size=max(smallest, round((0.075 if photo else 0.1) * unit)),
        min_size=smallest, leading=1.16, valign="middle", part="message",
    )
    # The message must stay clearly the largest text; else this arrangement has too much in it.
    if "kicker" in fitted and message.size < HIERARCHY * fitted["kicker"].size:
        raise TextDoesNotFit(smallest, message.box, "message")
    return fitted


def _draft_strip(
    draw: ImageDraw.ImageDraw,
    text: str,
    size: Size,
    colors: BrandColors,
    smallest: int,
    texts: dict[str, FittedText],
) -> int:
    """A strip across the top saying the translation is a draft; returns its height."""
    width, _ = size
    safe = safe_area(size)
    # One line where it fits, else two (a narrow card and a long label).
    for lines in (1, 2):
        box = Box(safe.left, safe.top, safe.width, round(smallest * 1.25 * lines))
        try:
            fitted = fit_text(
                text, "semibold", box, max_size=smallest, min_size=smallest, max_lines=lines,
                leading=1.1, align="center", valign="middle", part="draft",
            )
            break
        except TextDoesNotFit:
            if lines == 2:
                raise
    strip_h = box.bottom + safe.top
    draw.rectangle((0, 0, width - 1, strip_h - 1), fill=rgb(colors.background))
    fitted.draw(draw, rgb(colors.text))
    texts["draft"] = fitted
    return strip_h


def _footer(
    image: Image.Image,
    draw: ImageDraw.ImageDraw,
    content: CardContent,
    size: Size,
    colors: BrandColors,
    logo: Path | None,
    top: int,
    margin: int,
    smallest: int,
    texts: dict[str, FittedText],
) -> None:
    """The footer band: the campaign mark and name left, the campaign address right."""
    width, height = size
    unit = min(size)
    band_h = height - top
    draw.rectangle((0, top, width - 1, height - 1), fill=rgb(colors.background))
    draw.rectangle((0, top, width - 1, top + max(3, round(0.008 * unit)) - 1),
                   fill=rgb(colors.secondary))
    # The name in the brand colour where that is readable on the background, else body text.
    readable = contrast_ratio(colors.primary, colors.background) >= AA_TEXT
    name_color = rgb(colors.primary if readable else colors.text)
    pad = round(band_h * 0.2)
    inner = Box(margin, top + pad, width - 2 * margin, band_h - 2 * pad)

    left = inner.left
    if logo is not None:
        mark_size = _logo_size(logo, round(band_h * 0.58), round(width * 0.3))
        if not _MEASURING.get():
            mark = _logo(logo, round(band_h * 0.58), round(width * 0.3))
            image.paste(mark, (left, top + (band_h - mark.height) // 2), mark)
        left += mark_size[0] + round(margin * 0.35)
    try:
        name = fit_text(
            content.brand, "bold", Box(left, inner.top, round(width * 0.62) - left, inner.height),
            max_size=max(smallest, round(0.04 * unit)), min_size=smallest, max_lines=2,
            leading=1.05, valign="middle", part="brand",
        )
    except TextDoesNotFit:
        if logo is None:
            raise
        name_right = left  # the mark alone stands for the campaign
    else:
        name.draw(draw, name_color)
        texts["brand"] = name
        name_right = name.bbox[2]
    room = Box(name_right + margin, inner.top, inner.right - name_right - margin, inner.height)
    if not content.url or room.width < smallest * 4:
        return
    # The full address where it fits, else its host: the address is a courtesy, so a card
    # without it is still complete.
    for shown in dict.fromkeys((content.url, content.url.split("/")[0])):
        try:
            url = fit_text(
                shown, "regular", room, max_size=smallest, min_size=smallest,
                max_lines=1, align="right", valign="middle",
            )
        except TextDoesNotFit:
            continue
        url.draw(draw, rgb(colors.text))
        texts["url"] = url
        return


def _partner_strip(
    image: Image.Image,
    draw: ImageDraw.ImageDraw,
    text: str,
    logo: Path | None,
    size: Size,
    bottom: int,
    colors: BrandColors,
    smallest: int,
    texts: dict[str, FittedText],
) -> int:
    """"Shared by <partner>" in a strip just above the footer, after the partner's mark if
    any, at the card's smallest text size on as few lines as hold it (at most three); returns
    the strip's height. Raises TextDoesNotFit (part `partner`) when three lines cannot."""
    width, _ = size
    margin = round(0.075 * min(size))
    pad = round(smallest * 0.45)
    left = margin
    mark_h = round(smallest * 1.6)
    if logo is not None:
        left += _logo_size(logo, mark_h, round(width * 0.25))[0] + round(smallest * 0.5)
    for lines in (1, 2, 3):
        height = round(smallest * 1.15 * lines)
        box = Box(left, bottom - pad - height, width - margin - left, height)
        try:
            fitted = fit_text(
                text, "regular", box, max_size=smallest, min_size=smallest, max_lines=lines,
                leading=1.1, valign="middle", part="partner",
            )
            break
        except TextDoesNotFit:
            if lines == 3:
                raise
    strip_h = max(height, mark_h if logo is not None else 0) + 2 * pad
    top = bottom - strip_h
    fitted = fit_text(
        text, "regular", Box(box.left, top + pad, box.width, strip_h - 2 * pad),
        max_size=smallest, min_size=smallest, max_lines=lines, leading=1.1, valign="middle",
        part="partner",
    )
    draw.rectangle((0, top, width - 1, bottom - 1), fill=rgb(colors.background))
    if logo is not None and not _MEASURING.get():
        mark = _logo(logo, mark_h, round(width * 0.25))
        image.paste(mark, (margin, top + (strip_h - mark.height) // 2), mark)
    fitted.draw(draw, rgb(colors.text))
    texts["partner"] = fitted
    return strip_h


def _stamp(path: Path) -> tuple[int, int]:
    """A file's version for the caches below (a watch session sees edits): mtime and size."""
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


def _logo(path: Path, height: int, max_width: int) -> Image.Image:
    """The campaign mark scaled to `height` (and at most `max_width`), with its transparency."""
    return _scaled_logo(path, _stamp(path), height, max_width)


def _logo_size(path: Path, height: int, max_width: int) -> Size:
    """The size `_logo` scales the mark to, read from the file's header alone."""
    with Image.open(path) as source:
        width, tall = source.size
    scale = min(height / tall, max_width / width)
    return max(1, round(width * scale)), max(1, round(tall * scale))


@lru_cache(maxsize=16)
def _scaled_logo(path: Path, stamp: tuple[int, int], height: int, max_width: int) -> Image.Image:
    # Every card of a size uses the same scaled mark: scale it once.
    with Image.open(path) as source:
        mark = source.convert("RGBA")
    return mark.resize(_logo_size(path, height, max_width), Image.Resampling.LANCZOS)


@lru_cache(maxsize=2)
def _decoded(path: Path, stamp: tuple[int, int]) -> Image.Image:
    """A post's photo decoded once for all the sizes of its cards (EXIF orientation applied)."""
    with Image.open(path) as source:
        return ImageOps.exif_transpose(source).convert("RGB")


def _natural_size(photo: Path) -> Size:
    """A photo's width and height as shown (EXIF orientation applied)."""
    size: Size = _decoded(photo, _stamp(photo)).size
    return size


def _aspect_gap(photo: Path, size: Size) -> float:
    """How far a photo's proportions are from `size`'s, as a share (0 = the same)."""
    width, height = _natural_size(photo)
    ratio = (width / height) / (size[0] / size[1])
    return 1 - min(ratio, 1 / ratio)


def _photo(path: Path, size: Size, backdrop: tuple[int, int, int]) -> Image.Image:
    """A photo filling `size`: cropped where little is lost, else whole on the backdrop."""
    photo = _decoded(path, _stamp(path))
    if _MEASURING.get():
        return Image.new("RGB", size, backdrop)
    if _aspect_gap(path, size) <= MAX_CROP:
        return ImageOps.fit(photo, size, Image.Resampling.LANCZOS)
    return ImageOps.pad(photo, size, Image.Resampling.LANCZOS, color=backdrop)


#: No pixel of a palette card differs from the RGB render by more than this, in any channel
#: (of 255): invisible, and the octree's error on anti-aliased blends of a flat card stays below
#: it (measured: at most 15 on the real kit's cards), while a photo exceeds it at once.
PALETTE_TOLERANCE = 16


def palette_image(image: Image.Image) -> Image.Image | None:
    """`image` (RGB) as an 8-bit palette image (fast octree), or None where that would show."""
    quantized = image.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    diff = ImageChops.difference(image, quantized.convert("RGB"))
    extrema: tuple[tuple[int, int], ...] = diff.getextrema()  # type: ignore[assignment]
    if max(high for _, high in extrema) > PALETTE_TOLERANCE:
        return None
    return quantized


def _is_graphic(path: Path) -> bool:
    """Whether a post's image is a designed flat-colour graphic (not a photo)."""
    return _graphic_kind(path, _stamp(path))


@lru_cache(maxsize=8)
def _graphic_kind(path: Path, stamp: tuple[int, int]) -> bool:
    image = _decoded(path, stamp)
    small = image.copy()
    small.thumbnail((400, 400))
    # A photo has thousands of colours in smooth gradients: 256 octree colours show.
    return palette_image(small) is not None


def _edge_colour(image: Image.Image) -> tuple[int, int, int]:
    """The most common colour of an image's outermost pixels (its background, for a graphic)."""
    w, h = image.size
    strips = [image.crop(box) for box in ((0, 0, w, 1), (0, h - 1, w, h), (0, 0, 1, h),
                                          (w - 1, 0, w, h))]
    counts: dict[tuple[int, int, int], int] = {}
    for strip in strips:
        for count, colour in strip.getcolors(w + h) or []:
            assert isinstance(colour, tuple)  # an RGB image's colours are (r, g, b)
            key = (int(colour[0]), int(colour[1]), int(colour[2]))
            counts[key] = counts.get(key, 0) + count
    return max(sorted(counts), key=lambda c: counts[c])


def _graphic(path: Path, size: Size) -> Image.Image:
    """A designed graphic as the whole card: fitted whole inside a margin, on its edge colour."""
    image = _decoded(path, _stamp(path))
    if _aspect_gap(path, size) <= 0.01:  # drawn for this size: scaled, never cropped
        return image.resize(size, Image.Resampling.LANCZOS)
    margin = round(0.04 * min(size))
    inner = (size[0] - 2 * margin, size[1] - 2 * margin)
    placed = ImageOps.contain(image, inner, Image.Resampling.LANCZOS)
    card = Image.new("RGB", size, _edge_colour(image))
    card.paste(placed, ((size[0] - placed.width) // 2, (size[1] - placed.height) // 2))
    return card


def _png(image: Image.Image, flat: bool = True) -> bytes:
    """PNG bytes with no time or other metadata, the same for the same pixels.

    A flat card is saved with a palette where `palette_image` accepts it (about a third of the
    RGB file); a card with a photo stays RGB.
    """
    if _MEASURING.get():
        return b""
    buffer = io.BytesIO()
    shown = (palette_image(image) if flat else None) or image
    # Level 3 encodes about twice as fast as the default 6 for files some 8% larger.
    shown.save(buffer, "PNG", optimize=False, compress_level=3)
    return buffer.getvalue()
