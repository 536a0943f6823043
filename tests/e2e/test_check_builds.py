"""Property: over generated kits, `check --strict` passing means `build --strict` passes.

Kits are drawn small but hostile to consistency: hashtags in the wrong case, texts missing in
a language, emoji and symbols no font has, over-long posts, placeholders, broken images. For
each one, `check` and `build` must give the same verdict with the same messages, and a kit that
builds must show every registered hashtag canonically and every text in its message sheet.
"""

from __future__ import annotations

import re
import struct
import tempfile
import zlib
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from outputs import texts_of
from test_consistency import _MD_ESCAPE, _diagnostic_lines
from typer.testing import CliRunner

from msgkit.cli import app
from msgkit.typography import typeset
from msgkit.validate import load_kit

REGISTERED = ("OurCampaign", "BeatTheHeat", "EndHumanTrafficking")
#: Words every output can show.
WORDS = (
    "traffickers",
    "justice",
    "victims",
    "support",
    "border",
    "police",
    "Trgovina",
    "ljudmi",
    "трговина",
    "људима",
    "εμπορία",
    "ανθρώπων",
    "Shqipëri",
    "2021",
    "18.",
    "Dr.",
    "€29.4",
    "→",
    "https://example.org/report?id=7",
    "example.org",
)
#: Words some outputs refuse or `check --strict` warns about: drawn now and then.
TROUBLE = ("😀", "‼️", "🇪🇺", "<tips>", "TODO", "{name}")


def _png(size: int, *, broken: bool) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)
    body = zlib.compress((b"\x00" + b"\x80" * size) * size)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body)
    data += chunk(b"IEND", b"")
    return data[: len(data) // 2] if broken else data


@st.composite
def _text(draw: st.DrawFn, min_words: int, max_words: int, trouble: bool) -> str:
    """Sentences of up to eight words; with `trouble`, now and then a word or a tag's case
    that some output refuses or `check --strict` warns about."""
    count = draw(st.integers(min_words, max_words))
    words = []
    for n in range(count):
        pool = TROUBLE if trouble and draw(st.integers(0, 12)) == 0 else WORDS
        words.append(draw(st.sampled_from(pool)) + ("." if n % 8 == 7 else ""))
    tags = draw(st.lists(st.sampled_from(REGISTERED), max_size=2))
    if trouble:
        tags = [draw(st.sampled_from((t, t.lower(), t.upper()))) for t in tags]
    return " ".join([*words, *(f"#{t}" for t in tags)]).strip() + "."


@st.composite
def kits(draw: st.DrawFn) -> dict[str, object]:
    """A kit as data: kit.yaml, one area file, and which images exist."""
    with_sl = draw(st.booleans())
    langs = ["en", "sl"] if with_sl else ["en"]
    # One kit in three is troubled: odd characters, tags in the wrong case, missing texts.
    trouble = draw(st.integers(0, 2)) == 0

    def localized(min_words: int = 1, max_words: int = 12) -> dict[str, str]:
        value = {"en": draw(_text(min_words, max_words, trouble))}
        if with_sl and (not trouble or draw(st.integers(0, 5))):
            value["sl"] = draw(_text(min_words, max_words, trouble))
        return value

    posts = []
    images: dict[str, bool] = {}
    for i in range(draw(st.integers(1, 3))):
        post: dict[str, object] = {"id": f"p{i}", "day": i + 1, "text": localized(3, 70)}
        if draw(st.booleans()):
            post["short"] = localized(2, 12)
        if draw(st.integers(0, 3)) == 0:
            name = f"images/p{i}.png"
            images[name] = trouble and draw(st.booleans())  # True: a broken file
            post["image"] = {"src": name, "alt": localized(2, 8)}
        posts.append(post)
    kit = {
        "id": "generated",
        "title": localized(1, 5),
        "description": localized(3, 15),
        "url": "https://example.org/campaign",
        "start": "2030-10-14",
        "timezone": "Europe/Ljubljana",
        "default_language": "en",
        "languages": {lang: {"status": "draft"} for lang in langs},
        "brand": {"name": "Generated campaign"},
        "hashtags": [{"tag": t, "campaign": i == 0} for i, t in enumerate(REGISTERED)],
        "platforms": {
            p: {} for p in draw(st.sets(st.sampled_from(("x", "bluesky", "instagram")), min_size=1))
        },
        "areas": [{"id": "week-1"}],
    }
    area = {
        "id": "week-1",
        "title": localized(1, 5),
        "summary": localized(3, 20),
        "key_messages": [{"id": "km", "text": localized(2, 20)}],
        "facts": [
            {
                "id": "f1",
                "text": localized(3, 20),
                "source": {"title": "A report", "url": "https://example.org/report"},
            }
        ],
        "posts": posts,
    }
    return {"kit": kit, "area": area, "images": images}


def _write(root: Path, data: dict[str, object]) -> Path:
    folder = root / "generated"
    (folder / "areas").mkdir(parents=True)
    (folder / "images").mkdir()
    dump = {"allow_unicode": True, "sort_keys": False, "width": 1000}
    (folder / "kit.yaml").write_text(yaml.safe_dump(data["kit"], **dump), "utf-8")
    area = yaml.safe_dump(data["area"], **dump)
    (folder / "areas" / "week-1.yaml").write_text(area, "utf-8")
    images = data["images"]
    assert isinstance(images, dict)
    for name, broken in images.items():
        (folder / name).write_bytes(_png(40, broken=broken))
    return folder


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(kits())
def test_check_strict_passing_means_build_strict_passes(data: dict[str, object]) -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp:
        kit = _write(Path(tmp), data)
        out = Path(tmp) / "out"
        checked = runner.invoke(app, ["check", str(kit), "--strict"])
        formats = [
            f
            for name in ("sheet", "posts", "images", "pdf", "deck", "calendar", "html")
            for f in ("--only", name)
        ]
        built = runner.invoke(
            app, ["build", str(kit), "--out", str(out), "--strict", "--jobs", "1", *formats]
        )
        assert "Traceback" not in checked.output + built.output
        assert checked.exit_code in (0, 1) and built.exit_code in (0, 1), built.output
        assert checked.exit_code == built.exit_code, (checked.output, built.output)
        assert _diagnostic_lines(checked.output) == _diagnostic_lines(built.output)
        if built.exit_code != 0:
            return
        loaded, _ = load_kit(kit)
        texts = texts_of(out / "generated")
        for tag in REGISTERED:
            wrong = re.compile(rf"#(?!{tag}\b)(?i:{tag})\b")
            assert not [p for p, t in texts.items() if wrong.search(t)], tag
        for lang in loaded.languages:
            sheet = _MD_ESCAPE.sub(r"\1", texts[f"{lang}/messages.md"])
            for item in loaded.texts():
                if item.lang == lang:
                    assert typeset(item.text, lang) in sheet, (item.keypath, item.text)
