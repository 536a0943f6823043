"""The images builder: sizes per platform, alt text in the manifest, fitted text, same bytes."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from msgkit.build import BuildRequest, build_kit
from msgkit.builders.images import BUILDER
from msgkit.errors import Diagnostic, MsgkitError
from msgkit.images.card import render_card, safe_area
from msgkit.images.content import CardContent, card_text
from msgkit.images.sizes import SIZES
from msgkit.images.textfit import Box, TextDoesNotFit, fit_text, font, metrics
from msgkit.model import BrandColors
from msgkit.validate import load_kit

#: The build date conftest sets for every test, for the module-scoped builds here.
EPOCH = "1634515200"

KIT_YAML = """\
id: cards
title: {en: Card campaign, sl: Kampanja s karticami}
description: {en: A kit for share cards., sl: Komplet za kartice.}
url: https://example.org/campaign
start: 2030-10-18
timezone: Europe/Ljubljana
default_language: en
languages:
  en: {status: approved}
  sl: {status: draft}
brand:
  name: Card campaign
  logo: mark.png
  colors: {primary: "#1D3557", secondary: "#457B9D", accent: "#E63946"%(extra_colors)s}
hashtags:
  - {tag: OurCampaign, campaign: true}
  - {tag: EndHumanTrafficking, campaign: true}
platforms:
%(platforms)s
areas:
  - id: week-1
outputs:
  key_message_cards: %(km_cards)s
%(sizes)s"""

AREA_YAML = """\
id: week-1
title: {en: Why it matters, sl: Zakaj je pomembno}
summary: {en: A short paragraph., sl: Kratek odstavek.}
key_messages:
  - id: km-1
    text: {en: "The one thing everyone should remember.", sl: "Ena stvar, ki si jo zapomni vsak."}
posts:
  - id: post-1
    day: 1
    time: "10:00"
    text:
      en: "Our first post 👋. Read more: https://example.org/campaign #OurCampaign"
      sl: "Naša prva objava. Več: https://example.org/campaign"
  - id: post-2
    day: 2
    time: "12:00"
    text:
      en: %(post2)s
    image:
      src: photo.png
      alt: {en: "Two hands holding a paper boat.", sl: "Dve roki držita ladjico."}
"""


def write_kit(
    folder: Path,
    *,
    platforms: tuple[str, ...] = ("x", "instagram", "facebook"),
    km_cards: bool = True,
    sizes: str = "",
    post2: str = '"Victims need protection, not prosecution."',
    extra_colors: str = "",
) -> Path:
    """A small kit with a logo, a photo post and a key-message card."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "areas").mkdir(exist_ok=True)
    (folder / "kit.yaml").write_text(
        KIT_YAML
        % {
            "platforms": "\n".join(f"  {p}: {{}}" for p in platforms),
            "km_cards": str(km_cards).lower(),
            "sizes": sizes,
            "extra_colors": extra_colors,
        },
        encoding="utf-8",
    )
    (folder / "areas" / "week-1.yaml").write_text(AREA_YAML % {"post2": post2}, encoding="utf-8")
    mark = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(mark).ellipse((10, 10, 190, 190), fill=(29, 53, 87, 255))
    mark.save(folder / "mark.png")
    _photo((800, 600)).save(folder / "photo.png")
    return folder


def _photo(size: tuple[int, int]) -> Image.Image:
    """A stand-in for a photo: smooth gradients in every channel (thousands of colours)."""
    ramp = Image.linear_gradient("L").resize(size)
    return Image.merge(
        "RGB", (ramp, ramp.rotate(90, expand=False), Image.radial_gradient("L").resize(size))
    )


def _graphic(size: tuple[int, int]) -> Image.Image:
    """A stand-in for a designed week graphic: flat colours, its own text and mark."""
    image = Image.new("RGB", size, (20, 40, 80))
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 40, 200, 200), fill=(255, 255, 255))
    draw.text((240, 100), "#OwnTag on the graphic", fill=(255, 255, 255), font_size=48)
    return image


@pytest.fixture(scope="module")
def epoch() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        yield


def _build(kit: Path, out: Path, *langs: str) -> dict[str, Any]:
    build_kit(kit, BuildRequest(out_root=out, languages=langs, only=("images",)))
    manifest: dict[str, Any] = json.loads((out / "cards" / "manifest.json").read_text("utf-8"))
    return manifest


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, epoch: None) -> tuple[Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("images")
    kit = write_kit(root / "kit")
    return root / "out" / "cards", _build(kit, root / "out")


def _images(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in manifest["files"] if f["builder"] == "images"]


def test_each_post_gets_one_card_per_size_its_platforms_want(
    built: tuple[Path, dict[str, Any]],
) -> None:
    out, manifest = built
    wanted = {size for p in ("x", "instagram", "facebook") for size in SIZES[p]}
    assert wanted == {(1200, 675), (1080, 1350), (1080, 1080), (1200, 630)}
    for lang in ("en", "sl"):
        for item in ("post-1", "post-2", "km-1"):
            entries = [e for e in _images(manifest) if e["lang"] == lang and item in e["path"]]
            assert {(e["width"], e["height"]) for e in entries} == wanted
            for entry in entries:
                assert entry["path"] == (
                    f"{lang}/images/week-1-{item}-{entry['width']}x{entry['height']}.png"
                )
                with Image.open(out / entry["path"]) as image:
                    assert image.size == (entry["width"], entry["height"])
                    assert image.format == "PNG"


def test_manifest_carries_platforms_per_size(built: tuple[Path, dict[str, Any]]) -> None:
    _, manifest = built
    by_size = {
        (e["width"], e["height"]): e["platforms"]
        for e in _images(manifest)
        if e["lang"] == "en" and e.get("post") == "post-1"
    }
    assert by_size == {
        (1200, 675): ["x"],
        (1080, 1350): ["facebook", "instagram"],
        (1080, 1080): ["instagram"],
        (1200, 630): ["facebook"],
    }


def test_every_image_has_alt_text_in_the_manifest(built: tuple[Path, dict[str, Any]]) -> None:
    _, manifest = built
    alts = {(e["lang"], e.get("post") or e.get("key_message")): e["alt"] for e in _images(manifest)}
    assert all(alts.values())
    # Composed from what the card shows: no link, no emoji, no "Read more:" pointing nowhere.
    assert alts[("en", "post-1")] == (
        "Campaign card: Our first post."
    )
    assert alts[("sl", "post-1")] == (
        "Kartica kampanje: Naša prva objava."
    )
    # The kit's own alt text where the post has its own image.
    assert alts[("en", "post-2")] == "Two hands holding a paper boat."
    assert alts[("sl", "post-2")] == "Dve roki držita ladjico."
    assert alts[("en", "km-1")].startswith("Campaign card: The one thing everyone should remember.")


def test_png_bytes_are_deterministic_and_carry_no_metadata(
    tmp_path: Path, built: tuple[Path, dict[str, Any]]
) -> None:
    out, manifest = built
    again = _build(write_kit(tmp_path / "kit"), tmp_path / "out")
    first = {e["path"]: e["sha256"] for e in _images(manifest)}
    assert first == {e["path"]: e["sha256"] for e in _images(again)}
    for relpath, digest in first.items():
        data = (out / relpath).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest
        # PLTE: flat cards are palette PNGs.
        assert _chunk_types(data) <= {b"IHDR", b"PLTE", b"IDAT", b"IEND"}, relpath


def _chunk_types(png: bytes) -> set[bytes]:
    """The chunk types of a PNG (tIME, tEXt, pHYs… would be metadata)."""
    types, pos = set(), 8
    while pos < len(png):
        length = int.from_bytes(png[pos : pos + 4], "big")
        types.add(png[pos + 4 : pos + 8])
        pos += 12 + length
    return types


def test_editing_one_post_rebuilds_only_its_images(tmp_path: Path, epoch: None) -> None:
    kit = write_kit(tmp_path / "kit")
    build_kit(kit, BuildRequest(out_root=tmp_path / "out", languages=("en",), only=("images",)))
    area = kit / "areas" / "week-1.yaml"
    area.write_text(
        area.read_text("utf-8").replace("Victims need protection", "Victims need care"), "utf-8"
    )
    result = build_kit(
        kit, BuildRequest(out_root=tmp_path / "out", languages=("en",), only=("images",))
    )
    assert result.changed == ["images:en/week-1/post-2"]
    assert result.added == [] and result.removed == []
    assert sorted(result.unchanged) == [
        "images:en/week-1/key-message/km-1",
        "images:en/week-1/post-1",
    ]


def test_kit_sizes_override_the_built_in_table(tmp_path: Path, epoch: None) -> None:
    kit = write_kit(
        tmp_path / "kit",
        platforms=("x", "mastodon"),
        km_cards=False,
        sizes="  image_sizes: {x: [1080x1080, 1200x675]}\n",
    )
    manifest = _build(kit, tmp_path / "out", "en")
    sizes = {(e["width"], e["height"], tuple(e["platforms"])) for e in _images(manifest)}
    assert sizes == {(1080, 1080, ("x",)), (1200, 675, ("x", "mastodon"))}
    assert not [e for e in _images(manifest) if "km-1" in e["path"]]


def test_text_too_long_for_any_size_is_a_located_error(tmp_path: Path, epoch: None) -> None:
    words = " ".join(["trafficking"] * 400)  # under the 5,000-character maximum of a text
    kit = write_kit(tmp_path / "kit", platforms=("x",), km_cards=False, post2=f'"{words}"')
    with pytest.raises(MsgkitError) as caught:
        _build(kit, tmp_path / "out", "en")
    rendered = [d.render() for d in caught.value.diagnostics if d.level == "error"]
    # The posts lint runs too (the same diagnosis as `check`): X refuses the text as well.
    card = [r for r in rendered if "share image" in r]
    assert len(card) == 1, rendered
    assert card[0].endswith(
        "areas/week-1.yaml:18:11: error: posts[1] `post-2`: the en text does not fit the "
        "1200x675 share image, even at the smallest readable size (31px)\n"
        "  hint: shorten it, or give the post a `short:` variant (cards use it)"
    ), card[0]
    assert not (tmp_path / "out" / "cards").exists()


def test_a_worker_checks_the_cards_and_refuses_as_check_does(
    tmp_path: Path, epoch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a pool, the cards' preflight runs in a worker beside the posts' fitting here."""
    import msgkit.build
    from msgkit.check import check_kit_folder

    words = " ".join(["trafficking"] * 400)
    kit = write_kit(tmp_path / "kit", platforms=("x",), km_cards=False, post2=f'"{words}"')
    monkeypatch.setattr(msgkit.build, "_WORKER_START", 0.0)  # a pool even for this small kit
    narrated: list[str] = []
    with pytest.raises(MsgkitError) as caught:
        build_kit(
            kit,
            BuildRequest(out_root=tmp_path / "out", only=("images", "posts"), jobs=2),
            narrate=narrated.append,
        )
    assert "images: preflight checks in a worker process, beside this one's" in narrated
    built = [d.render() for d in caught.value.diagnostics if d.level == "error"]
    checked = [d.render() for d in check_kit_folder(kit)[0] if d.level == "error"]
    assert any("posts[1] `post-2`: the en text does not fit the 1200x675" in r for r in built)
    assert sorted(built) == sorted(checked)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.png"))


# --- the fitter and the card: nothing off the card ------------------------------------------


LONG = (
    "Cooperation between police, prosecutors, labour inspectors, judges and NGOs is how "
    "trafficking stops being a low-risk, high-profit crime. Everyone has a part: report, "
    "protect, prosecute, support — and keep victims' trust from the first contact to the verdict."
)
CYRILLIC = "Жртве не смеју бити кажњене за кривична дела која су биле приморане да почине."


def _content(text: str, draft: str | None = None) -> CardContent:
    return CardContent(
        kind="post", item_id="p", index=0, text=text, text_key="text",
        kicker="Week 1 · Policies and stakeholders' cooperation", tags=("#A", "#B"),
        url="example.org/campaign", brand="Card campaign", draft=draft, image=None, alt="",
    )


@pytest.mark.parametrize(
    "size", [(1200, 675), (1080, 1350), (1080, 1080), (1200, 630), (400, 1200)], ids=str
)
@pytest.mark.parametrize(
    "text",
    ["No impunity.", LONG, CYRILLIC, "Averyveryverylongwordwithoutspaces" * 3],
    ids=["short", "long", "cyrillic", "one-long-word"],
)
def test_every_text_on_a_card_lies_inside_its_safe_area(
    size: tuple[int, int], text: str
) -> None:
    draft = "Draft translation – not yet reviewed"
    rendered = render_card(_content(text, draft=draft), size, BrandColors())
    safe = safe_area(size)
    assert {"message", "brand", "draft"} <= set(rendered.texts)
    for name, fitted in rendered.texts.items():
        assert safe.contains(fitted.bbox), (name, fitted.bbox, safe)
        assert fitted.box.contains(fitted.bbox), name
        # Pillow's own measure of the drawn lines agrees with the fitter's.
        draw = ImageDraw.Draw(Image.new("RGB", size))
        face = font(fitted.style, fitted.size)
        for origin, line in zip(fitted.origins, fitted.lines, strict=True):
            assert fitted.box.contains(draw.textbbox(origin, line, font=face, anchor="ls")), line
    assert rendered.texts["message"].size >= max(12, round(0.032 * min(size)))
    with Image.open(io.BytesIO(rendered.png)) as image:
        assert image.size == size


def test_fitter_prefers_the_largest_size_and_shrinks_long_text() -> None:
    box = Box(0, 0, 600, 300)
    short = fit_text("No impunity.", "bold", box, max_size=80, min_size=20)
    long = fit_text(LONG, "bold", box, max_size=80, min_size=20)
    assert short.size == 80 and len(short.lines) == 1
    assert 20 <= long.size < 40 and len(long.lines) > 3
    assert " ".join(long.lines) == " ".join(LONG.split())


def test_fitter_raises_when_nothing_fits() -> None:
    with pytest.raises(TextDoesNotFit) as caught:
        fit_text(LONG * 4, "bold", Box(0, 0, 300, 100), max_size=40, min_size=20, part="message")
    assert caught.value.min_size == 20 and caught.value.part == "message"


def test_a_remembered_fit_is_the_same_fit_and_measuring_does_not_leak_into_drawing() -> None:
    from msgkit.images.textfit import MEASURING

    box = Box(0, 0, 600, 300)
    token = MEASURING.set(True)
    try:
        # Measuring stops at the first size that fits: the minimum, for a long text.
        measured = fit_text(LONG, "bold", box, max_size=80, min_size=20)
    finally:
        MEASURING.reset(token)
    drawn = fit_text(LONG, "bold", box, max_size=80, min_size=20)
    assert measured.size == 20 and drawn.size > 20
    assert fit_text(LONG, "bold", box, max_size=80, min_size=20) == drawn
    # A refusal is remembered as a refusal, raised afresh each time with its part.
    for _ in range(2):
        with pytest.raises(TextDoesNotFit) as caught:
            fit_text(LONG * 4, "bold", Box(0, 0, 300, 100), max_size=40, min_size=20, part="tags")
        assert caught.value.part == "tags" and caught.value.box == Box(0, 0, 300, 100)


def test_measured_widths_match_pillow() -> None:
    m = metrics("bold", 37)
    texts = ("Today is #EUAntiTraffickingDay. AVAWAY Tj", "Данас је Европски дан", "Përmbajtja ç ë")
    for text in texts:
        assert m.width(text) == m.face.getlength(text)
        left, right, top, bottom = m.extent(text)
        assert (left, top, right, bottom) == m.face.getbbox(text, anchor="ls")


# --- what the card says -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Join us. #NoImpunityforTHB #EndHumanTrafficking", "Join us."),
        ("Change that. Read more: https://example.org/x #A #B", "Change that."),
        ("Trafficking is a crime: https://example.org", "Trafficking is a crime"),
        ("Today #EUDay is the day! 🇪🇺 👍🏽", "Today #EUDay is the day!"),
        ("One\n\n\n#OnlyTags #Here\nTwo © ™ ↔ 1️⃣", "One\n\nTwo © ™ ↔ 1"),
    ],
)
def test_card_text_drops_links_trailing_tags_and_emoji(text: str, shown: str) -> None:
    assert card_text(text) == shown


def test_cards_use_the_short_variant(tmp_path: Path) -> None:
    kit_dir = write_kit(tmp_path / "kit")
    area = kit_dir / "areas" / "week-1.yaml"
    area.write_text(
        area.read_text("utf-8").replace(
            '    time: "12:00"\n', '    time: "12:00"\n    short: {en: "Protect victims."}\n'
        ),
        "utf-8",
    )
    kit, _ = load_kit(kit_dir)
    from msgkit.images.content import post_card

    card = post_card(kit, kit.areas[0], 1, "en")
    assert (card.text, card.text_key) == ("Protect victims.", "short")
    # Post 2 has no Slovenian text at all: the English fallback, short variant included.
    assert post_card(kit, kit.areas[0], 1, "sl").text == "Protect victims."


def test_a_translation_never_shows_another_languages_short_variant(tmp_path: Path) -> None:
    kit_dir = write_kit(tmp_path / "kit")
    area = kit_dir / "areas" / "week-1.yaml"
    area.write_text(
        area.read_text("utf-8").replace(
            '    time: "10:00"\n', '    time: "10:00"\n    short: {en: "Short English."}\n'
        ),
        "utf-8",
    )
    kit, _ = load_kit(kit_dir)
    from msgkit.images.content import post_card

    assert post_card(kit, kit.areas[0], 0, "en").text == "Short English."
    sl_card = post_card(kit, kit.areas[0], 0, "sl")
    assert (sl_card.text, sl_card.text_key) == ("Naša prva objava.", "text")


# --- lint and preflight -------------------------------------------------------------------------


def _lint(kit_dir: Path) -> list[Diagnostic]:
    kit, _ = load_kit(kit_dir)
    return BUILDER.lint(kit)


def test_low_contrast_brand_colours_are_a_located_warning(tmp_path: Path) -> None:
    kit_dir = write_kit(tmp_path / "kit", extra_colors=', text: "#999999", on_primary: "#2A4A70"')
    found = [d.render() for d in _lint(kit_dir)]
    kit_file = found[0].split(":", 1)[0]
    assert kit_file.endswith("kit/kit.yaml")
    assert found == [
        f"{kit_file}:14:102: warning: brand colours `on_primary` #2A4A70 on `primary` #1D3557 have "
        "a contrast of 1.36:1, below the 4.5:1 that WCAG AA asks for text (card messages)\n"
        "  hint: darken or lighten `on_primary` or `primary` until the ratio is at least 4.5:1, "
        "so people with low vision can read the text",
        f"{kit_file}:14:79: warning: brand colours `text` #999999 on `background` #FFFFFF have a "
        "contrast of 2.85:1, below the 4.5:1 that WCAG AA asks for text (body text and card "
        "footers)\n"
        "  hint: darken or lighten `text` or `background` until the ratio is at least 4.5:1, "
        "so people with low vision can read the text",
    ]


def test_good_palette_and_sizes_lint_clean(tmp_path: Path) -> None:
    assert _lint(write_kit(tmp_path / "kit")) == []


def test_unusable_sizes_and_unpublished_platforms_are_reported(tmp_path: Path) -> None:
    kit_dir = write_kit(
        tmp_path / "kit",
        platforms=("x",),
        sizes="  image_sizes: {x: [100x100], threads: [1080x1350]}\n",
    )
    messages = [d.message for d in _lint(kit_dir)]
    assert messages == [
        "outputs.image_sizes.x[0]: 100x100 cannot be a share image: each side must be between "
        "300 and 4096 pixels",
        "outputs.image_sizes.threads: the kit does not publish on `threads`, so these sizes are "
        "never made",
    ]


def test_emoji_are_dropped_but_other_missing_glyphs_are_errors(tmp_path: Path) -> None:
    kit_dir = write_kit(tmp_path / "kit", post2='"Protect victims 🙏 — 保护受害者"')
    kit, _ = load_kit(kit_dir)
    from msgkit.build import build_time
    from msgkit.builders import BuildOptions

    problems = BUILDER.preflight(kit, BuildOptions(build_time=build_time(kit), languages=("en",)))
    assert [d.message.split(" has no glyph")[0] for d in problems] == [
        "character U+4FDD CJK UNIFIED IDEOGRAPH-4FDD ('保')",
        "character U+62A4 CJK UNIFIED IDEOGRAPH-62A4 ('护')",
        "character U+53D7 CJK UNIFIED IDEOGRAPH-53D7 ('受')",
        "character U+5BB3 CJK UNIFIED IDEOGRAPH-5BB3 ('害')",
        "character U+8005 CJK UNIFIED IDEOGRAPH-8005 ('者')",
    ]
    assert all(str(d.location).endswith("areas/week-1.yaml:18:11") for d in problems)


def test_builder_module_does_not_import_pillow(tmp_path: Path) -> None:
    # Checking a kit decodes its images (so `check` refuses what `build` would); importing the
    # builders — as `msgkit --help` and `measure` do — must not load Pillow.
    code = (
        "import sys\n"
        "import msgkit.cli\n"
        "from msgkit.builders import registry\n"
        "from msgkit.builders.images import BUILDER\n"
        "registry()\n"
        "assert 'PIL' not in sys.modules, sorted(m for m in sys.modules if m.startswith('PIL'))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)



# --- issue 14: legible on a phone, no card in a card, palette PNGs ---------------------------


def _cap_height(style: str, size: int) -> int:
    """Capital height of Fira Sans at `size` px, measured from the pixels Pillow draws."""
    from msgkit.fonts import font_path

    face = ImageFont.truetype(str(font_path(style)), size)  # type: ignore[arg-type]
    canvas = Image.new("L", (size * 2, size * 2), 0)
    ImageDraw.Draw(canvas).text((size // 2, size * 3 // 2), "H", fill=255, font=face, anchor="ls")
    bbox = canvas.getbbox()
    assert bbox is not None
    return bbox[3] - bbox[1]


@pytest.mark.parametrize("size", [(1200, 675), (1200, 630), (1080, 1080), (1080, 1350)], ids=str)
@pytest.mark.parametrize("text", ["No impunity.", LONG, CYRILLIC], ids=["short", "long", "cyr"])
def test_no_text_on_a_card_is_smaller_than_3_percent_of_its_shorter_side(
    size: tuple[int, int], text: str
) -> None:
    rendered = render_card(_content(text, draft="Draft translation – not yet reviewed"), size,
                           BrandColors())
    for name, fitted in rendered.texts.items():
        assert _cap_height(fitted.style, fitted.size) >= 0.03 * min(size), (name, fitted.size)


def test_a_long_post_puts_only_its_leading_sentences_on_the_card(tmp_path: Path) -> None:
    long = (
        "Trafficking is a crime of profit. Traffickers count on impunity. Cooperation across "
        "borders, trained investigators and protected victims take that away, one case at a time."
    )
    kit, _ = load_kit(write_kit(tmp_path / "kit", post2=f'"{long}"'))
    from msgkit.images.content import post_card

    card = post_card(kit, kit.areas[0], 1, "en")
    assert card.text == "Trafficking is a crime of profit. Traffickers count on impunity."


def test_a_designed_graphic_is_the_whole_card_at_every_size(tmp_path: Path) -> None:
    graphic = tmp_path / "week.png"
    _graphic((1200, 675)).save(graphic)
    for size in [(1200, 675), (1080, 1080), (1080, 1350), (1200, 630)]:
        rendered = render_card(_content(LONG), size, BrandColors(), photo=graphic)
        # Nothing added: no second set of hashtags, no second mark, no footer.
        assert rendered.full_bleed and rendered.texts == {}, size
        with Image.open(io.BytesIO(rendered.png)) as card:
            rgb = card.convert("RGB")
        margin = round(0.04 * min(size))
        if size != (1200, 675):  # another shape: shown whole inside a margin of its own colour
            top_rows = rgb.crop((0, 0, size[0], margin)).getcolors()
            assert top_rows == [(size[0] * margin, (20, 40, 80))], size


def test_a_photo_is_an_element_of_an_rgb_card(tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    _photo((800, 600)).save(photo)
    rendered = render_card(_content("No impunity."), (1080, 1080), BrandColors(), photo=photo)
    assert not rendered.full_bleed and "message" in rendered.texts
    with Image.open(io.BytesIO(rendered.png)) as card:
        assert card.mode == "RGB"


@pytest.mark.parametrize("size", [(1200, 675), (1080, 1350)], ids=str)
@pytest.mark.parametrize("text", [LONG, CYRILLIC], ids=["latin", "cyrillic"])
def test_a_flat_card_is_a_palette_png_that_looks_like_the_rgb_render(
    size: tuple[int, int], text: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from msgkit.images import card as card_module

    logo = tmp_path / "mark.png"
    mark = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(mark).ellipse((10, 10, 190, 190), fill=(29, 53, 87, 255))
    mark.save(logo)
    content = _content(text, draft="Draft translation – not yet reviewed")
    palette_png = render_card(content, size, BrandColors(), logo=logo).png
    monkeypatch.setattr(card_module, "palette_image", lambda image: None)
    rgb_png = render_card(content, size, BrandColors(), logo=logo).png
    with Image.open(io.BytesIO(palette_png)) as p, Image.open(io.BytesIO(rgb_png)) as r:
        assert (p.mode, r.mode) == ("P", "RGB")
        shown, truth = p.convert("RGB"), r.convert("RGB")
    diff = ImageChops.difference(truth, shown)
    # Away from anti-aliased edges (a pixel whose 3x3 neighbourhood has one colour) the palette
    # card is exact to 2/255; on edges, within 16/255.
    spread = ImageChops.subtract(
        truth.filter(ImageFilter.MaxFilter(3)), truth.filter(ImageFilter.MinFilter(3))
    ).convert("L")
    flat = spread.point(lambda v: 255 if v == 0 else 0).convert("1")
    flat_diff = Image.new("RGB", size)
    flat_diff.paste(diff, mask=flat)
    assert max(high for _, high in flat_diff.getextrema()) <= 2
    assert max(high for _, high in diff.getextrema()) <= 16
    assert len(palette_png) < 0.7 * len(rgb_png)


def test_a_hashtag_in_the_message_is_not_repeated_in_the_tag_line() -> None:
    content = _content("Three weeks, one message: #A. Thank you for sharing.")
    rendered = render_card(content, (1200, 675), BrandColors())
    assert list(rendered.texts["tags"].lines) == ["#B"]
