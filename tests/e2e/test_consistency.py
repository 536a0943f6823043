"""One truth per text: every output says the same thing, and `check` refuses what `build` would.

Each test is one kind of inconsistency found in 0.1, on a small kit made by `msgkit init`
(issue "one truth per text"); the generic properties run over the real kit and generated kits.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from pathlib import Path

import pytest
from outputs import pdf_text, texts_of
from typer.testing import CliRunner

from conftest import REAL_KIT
from msgkit.cli import app
from msgkit.markdown import escape
from msgkit.typography import typeset
from msgkit.validate import load_kit

AREA = Path("areas") / "week-1.yaml"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), "utf-8")


def _where(path: Path, needle: str, kit: Path) -> str:
    """`kits/starter/areas/week-1.yaml:L:C` of the value that holds `needle` (its first char)."""
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if needle in line:
            col = line.index(needle) + 1
            if line[col - 2 : col - 1] == '"':  # a quoted scalar starts at its quote
                col -= 1
            return f"{path.relative_to(kit.parent.parent).as_posix()}:{n}:{col}"
    raise AssertionError(needle)


def _check(runner: CliRunner, kit: Path, *flags: str) -> tuple[int, str]:
    result = runner.invoke(app, ["check", str(kit), *flags])
    return result.exit_code, result.output


def _build(runner: CliRunner, kit: Path, out: Path, *flags: str) -> tuple[int, str]:
    result = runner.invoke(app, ["build", str(kit), "--out", str(out), "--jobs", "1", *flags])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def _diagnostic_lines(output: str) -> list[str]:
    """The `file:line:col: level: message` and hint lines, without summaries."""
    return sorted(
        line
        for line in output.splitlines()
        if re.match(r"^\S.*: (error|warning): ", line) or line.startswith("  hint: ")
    )


@pytest.fixture
def kit(starter_kit: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(starter_kit.parent.parent)
    return starter_kit.relative_to(starter_kit.parent.parent)


# --- 1. canonical hashtags in every output ----------------------------------------------------


def test_a_hashtag_in_another_case_is_canonical_in_every_output(
    kit: Path, runner: CliRunner, tmp_path: Path
) -> None:
    _edit(
        kit / "kit.yaml", "{tag: OurCampaign, campaign: true}", "{tag: BeatTheHeat, campaign: true}"
    )
    _edit(
        kit / AREA,
        "en: Our first post. Read more on our website.",
        'en: "Drink water. #beattheheat"',
    )
    _edit(
        kit / AREA,
        "sl: Naša prva objava. Več na naši spletni strani.",
        'sl: "Pijte vodo. #beattheheat"',
    )
    where = _where(kit / AREA, '"Drink water. #beattheheat"', kit)
    code, output = _check(runner, kit, "--strict")
    assert code == 1
    assert (
        f"{where}: error: hashtag #beattheheat is registered as #BeatTheHeat\n"
        "  hint: write `#BeatTheHeat`: every output shows the registered spelling, so the kit "
        "should too\n"
    ) in output
    code, output = _build(runner, kit, tmp_path / "out")
    assert code == 0, output
    texts = texts_of(tmp_path / "out" / "my-campaign")
    assert any("#BeatTheHeat" in t for t in texts.values())
    wrong = sorted(path for path, text in texts.items() if "#beattheheat" in text)
    assert wrong == []
    for name in ("en/calendar.ics", "en/calendar.csv", "en/messages.md", "en/index.html"):
        assert "Drink water. #BeatTheHeat" in texts[name], name
    assert "Drink water. #BeatTheHeat" in texts["en/deck.pptx"]


# --- 2. fallback text: marked in the reader's language, tagged with its real language ------------


@pytest.fixture
def greek_kit(kit: Path) -> Path:
    """The starter kit in English and Greek (the Greek texts are placeholders in Latin script),
    with one post written in English only."""
    for path in (kit / "kit.yaml", kit / AREA):
        path.write_text(path.read_text("utf-8").replace("  sl: ", "  el: "), "utf-8")
    _edit(kit / "kit.yaml", "name: Slovenščina", "name: Ελληνικά")
    _edit(kit / AREA, "      el: Naša prva objava. Več na naši spletni strani.\n", "")
    return kit


def test_fallback_text_is_marked_and_tagged_in_every_output(
    greek_kit: Path, runner: CliRunner, tmp_path: Path
) -> None:
    code, output = _build(runner, greek_kit, tmp_path / "out")
    assert code == 0, output
    root = tmp_path / "out" / "my-campaign"
    texts = texts_of(root)
    english = "Our first post. Read more on our website."
    marker = "δεν έχει μεταφραστεί ακόμη – στα Αγγλικά"
    assert f"{escape(english)} *({marker})*" in texts["el/messages.md"]
    assert f"*{marker}*" in texts["el/posts/x.md"]
    assert f"({marker})\n\n{english}" in texts["el/calendar.ics"]
    assert marker in texts["el/calendar.csv"]
    assert marker in texts["el/deck.pptx"]
    # The page: the English text carries lang="en", the note is in Greek.
    page = texts["el/index.html"]
    assert re.search(r'<div class="text" id="text-t\d+" lang="en">Our first post', page)
    assert marker[:1].upper() + marker[1:] in page
    # The deck: the English runs are tagged English, everything else Greek.
    import zipfile

    with zipfile.ZipFile(root / "el" / "deck.pptx") as package:
        slides = "".join(
            package.read(n).decode() for n in package.namelist() if n.startswith("ppt/slides/")
        )
    assert re.search(r'lang="en-GB"[^>]*>(?:<[^>]+>)*<a:t>Our first post', slides)
    # The card says so on its banner, and its alt text is tagged English in the manifest.
    manifest = json.loads((root / "manifest.json").read_text("utf-8"))
    card = next(e for e in manifest["files"] if e["path"].startswith("el/images/week-1-post-1-"))
    assert card["alt_lang"] == "en"
    # Nothing else on the Greek side is marked: translated texts stay unmarked.
    assert texts["el/messages.md"].count(marker) == 1


# --- 3. check refuses exactly what build refuses ---------------------------------------------


def _png(width: int, height: int, *, truncate: bool = False) -> bytes:
    """A PNG of `width`×`height` black pixels built by hand (any size: only the header is big)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    if width * height > 10_000_000:
        body = zlib.compress(b"\x00" * 1024)  # the header alone says how large it is
    else:
        body = zlib.compress((b"\x00" + b"\x00" * width) * height)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body)
    data += chunk(b"IEND", b"")
    return data[: len(data) // 2] if truncate else data


def _same_verdict(runner: CliRunner, kit: Path, out: Path) -> tuple[int, list[str]]:
    """Run `check --strict` and `build --strict`: they must agree, message for message."""
    check_code, check_output = _check(runner, kit, "--strict")
    build_code, build_output = _build(runner, kit, out, "--strict")
    assert "Traceback" not in check_output
    assert check_code == build_code, (check_output, build_output)
    assert _diagnostic_lines(check_output) == _diagnostic_lines(build_output)
    return check_code, _diagnostic_lines(check_output)


def test_a_long_post_with_an_image_on_instagram(
    kit: Path, runner: CliRunner, tmp_path: Path
) -> None:
    (kit / "images").mkdir()
    (kit / "images" / "photo.png").write_bytes(_png(64, 64))
    _edit(kit / "kit.yaml", "  mastodon: {limit: 500}", "  mastodon: {limit: 500}\n  instagram: {}")
    words = " ".join(["Traffickers count on silence, and silence is what we break together."] * 6)
    post = (
        "  - id: long\n    day: 2\n    text:\n"
        f"      en: {words[:430]}\n      sl: {words[:430]}\n"
        "    image:\n      src: images/photo.png\n"
        "      alt: {en: A black square., sl: Črn kvadrat.}\n"
    )
    (kit / AREA).write_text((kit / AREA).read_text("utf-8") + post, "utf-8")
    _same_verdict(runner, kit, tmp_path / "out")


def test_a_character_no_font_has_is_refused_by_check_too(
    kit: Path, runner: CliRunner, tmp_path: Path
) -> None:
    _edit(
        kit / AREA,
        "en: Our first post. Read more on our website.",
        'en: "‼️ Traffickers walk free."',
    )
    code, lines = _same_verdict(runner, kit, tmp_path / "out")
    assert code == 1
    assert any("U+203C DOUBLE EXCLAMATION MARK" in line and "no glyph" in line for line in lines)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "truncated.png",
            _png(32, 32, truncate=True),
            "cannot be read as an image",
        ),
        (
            "drawing.png",
            b"\x89PNG\r\n\x1a\n<svg xmlns='http://www.w3.org/2000/svg'/>",
            "cannot be read as an image",
        ),
        (
            "huge.png",
            _png(40_000, 40_000),
            "is 40000×40000 pixels (1600 megapixels), more than the 50 megapixels msgkit accepts",
        ),
    ],
)
def test_an_unusable_image_is_a_located_error_for_check_and_build(
    kit: Path, runner: CliRunner, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    (kit / "images").mkdir()
    (kit / "images" / name).write_bytes(data)
    _edit(
        kit / AREA,
        "    link: https://example.org/campaign\n",
        "    link: https://example.org/campaign\n"
        f"    image:\n      src: images/{name}\n      alt: {{en: A picture., sl: Slika.}}\n",
    )
    code, lines = _same_verdict(runner, kit, tmp_path / "out")
    assert code == 1
    where = _where(kit / AREA, f"images/{name}", kit)
    assert any(
        line.startswith(f"{where}: error: posts[0].image.src: image `images/{name}` {message}")
        for line in lines
    ), lines


# --- 4. every command that reads a kit reports its errors ---------------------------------------


def test_posts_preview_refuses_a_kit_check_refuses(kit: Path, runner: CliRunner) -> None:
    _edit(
        kit / "kit.yaml",
        "{tag: OurCampaign, campaign: true}",
        "{tag: CheckOnYourNeighbours, campaign: true}",
    )
    _edit(
        kit / AREA,
        "en: Our first post. Read more on our website.",
        'en: "Knock on a door. #CheckOnYourNeighbors"',
    )
    result = runner.invoke(app, ["posts", str(kit)])
    assert result.exit_code == 1
    assert (
        "error: hashtag #CheckOnYourNeighbors is not registered; it is close to "
        "#CheckOnYourNeighbours\n  hint: did you mean `#CheckOnYourNeighbours`?"
    ) in result.output
    assert "Knock on a door" not in result.stdout


# --- 5. every problem at once, the same set from every command ---------------------------------


def test_every_problem_of_every_file_in_one_pass(
    kit: Path, runner: CliRunner, tmp_path: Path
) -> None:
    # kit.yaml: an undeclared language; week-1: a placeholder and a tag in the wrong case;
    # week-2: a value the model refuses. Every one is reported at once, by check and build alike.
    _edit(kit / "kit.yaml", "  sl: Naša kampanja\n", "  sl: Naša kampanja\n  gr: Η καμπάνια μας\n")
    _edit(kit / "kit.yaml", "  - id: week-1\n", "  - id: week-1\n  - id: week-2\n")
    week2 = (kit / AREA).read_text("utf-8").replace("id: week-1", "id: week-2")
    (kit / "areas" / "week-2.yaml").write_text(week2.replace("    day: 1 ", "    day: 9 "), "utf-8")
    _edit(
        kit / AREA,
        "en: Our first post. Read more on our website.",
        'en: "Our first post <link>. #ourcampaign"',
    )
    check_code, check_output = _check(runner, kit, "--strict")
    build_code, build_output = _build(runner, kit, tmp_path / "out", "--strict")
    assert check_code == build_code == 1
    lines = _diagnostic_lines(check_output)
    assert lines == _diagnostic_lines(build_output)
    joined = "\n".join(lines)
    assert "kit.yaml:12:3: error: title: language `gr` is not one of the kit's languages" in joined
    assert "week-2.yaml:" in joined and "must be at most 7, not 9" in joined
    assert "week-1.yaml:" in joined and "`<link>` looks like a placeholder" in joined
    assert "hashtag #ourcampaign is registered as #OurCampaign" in joined


# --- 7. placeholders ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "placeholder", ["<tips>", "[TBD: figure]", "TODO", "XXX", "{name}", "Lorem ipsum"]
)
def test_a_placeholder_is_a_located_warning(kit: Path, runner: CliRunner, placeholder: str) -> None:
    text = f"The one thing everyone should remember: {placeholder}."
    _edit(kit / AREA, "en: The one thing everyone should remember.", f'en: "{text}"')
    where = _where(kit / AREA, f'"{text}"', kit)
    code, output = _check(runner, kit)
    assert code == 0
    assert (
        f"{where}: warning: key_messages[0].text.en: `{placeholder}` looks like a placeholder; "
        "it would be published as written\n"
        "  hint: replace it with the real text before the kit goes to partners\n"
    ) in output
    code, output = _check(runner, kit, "--strict")
    assert code == 1
    assert f"{where}: error: key_messages[0].text.en: `{placeholder}`" in output


def test_ordinary_words_are_not_placeholders(kit: Path, runner: CliRunner) -> None:
    text = "Todo lo que importa: xxx is not a marker, and a <3 is a heart."
    _edit(kit / AREA, "en: The one thing everyone should remember.", f'en: "{text}"')
    code, output = _check(runner, kit, "--strict")
    assert code == 0, output


# --- 8. one source, one number ------------------------------------------------------------------


def test_facts_citing_one_source_share_its_number(
    kit: Path, runner: CliRunner, tmp_path: Path
) -> None:
    second = (
        "  - id: fact-2\n    text:\n      en: A second fact from the same report.\n"
        "      sl: Drugo dejstvo iz istega poročila.\n    source:\n"
        "      title: Where the fact comes from, 2005\n      url: https://example.org/report\n"
    )
    _edit(kit / AREA, "\ncalls_to_action:", f"{second}\ncalls_to_action:")
    where = _where(kit / AREA, "Where the fact comes from, 2005", kit)
    code, output = _check(runner, kit)
    assert f"{where}: warning: facts[1].source: the same address is cited as" in output
    code, output = _build(runner, kit, tmp_path / "out", "--only", "pdf", "--lang", "en")
    assert code == 0, output
    text = pdf_text(tmp_path / "out" / "my-campaign" / "en" / "factsheets" / "week-1.pdf")
    assert "[2]" not in text
    assert text.count("Where the fact comes from") == 1


# --- 9. people see titles, never ids ------------------------------------------------------------


def test_posts_are_named_by_title_never_by_id(kit: Path, runner: CliRunner, tmp_path: Path) -> None:
    code, output = _build(
        runner, kit, tmp_path / "out", "--only", "calendar", "--only", "html", "--only", "deck"
    )
    assert code == 0, output
    texts = texts_of(tmp_path / "out" / "my-campaign")
    for lang, title in (
        ("en", "Day 1: Our first post. Read more on…"),
        ("sl", "1. dan: Naša prva objava. Več na naši…"),
    ):
        ics = texts[f"{lang}/calendar.ics"]
        assert f"SUMMARY:Our campaign · {title}" in ics
        assert "post-1:" not in ics and "· post-1" not in ics
        page = texts[f"{lang}/index.html"]
        assert f'-h">{title}</h4>' in page
        assert ">post-1<" not in page and "· post-1" not in page
        assert title in texts[f"{lang}/deck.pptx"]
        assert "(post-1)" not in texts[f"{lang}/deck.pptx"]


def test_a_post_title_is_used_where_given(kit: Path, runner: CliRunner, tmp_path: Path) -> None:
    _edit(kit / AREA, "    day: 1 ", "    title: {en: Launch day, sl: Dan zagona}\n    day: 1 ")
    code, output = _build(
        runner, kit, tmp_path / "out", "--only", "calendar", "--only", "html", "--only", "sheet"
    )
    assert code == 0, output
    texts = texts_of(tmp_path / "out" / "my-campaign")
    assert "SUMMARY:Our campaign · Dan zagona" in texts["sl/calendar.ics"]
    assert "Launch day" in texts["en/index.html"]
    assert "#### Dan zagona ·" in texts["sl/messages.md"]


# --- 11. the message sheet holds every text ----------------------------------------------------


_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _every_text_is_in_its_sheet(kit_dir: Path, out: Path) -> None:
    kit, _ = load_kit(kit_dir)
    sheets = {
        lang: (out / kit.id / lang / "messages.md").read_text("utf-8") for lang in kit.languages
    }
    # What a Markdown viewer shows: the sheet without its backslash escapes.
    shown = {lang: _MD_ESCAPE.sub(r"\1", sheet) for lang, sheet in sheets.items()}
    partners = {p.id: p for p in kit.campaign.partners}
    for item in kit.texts():
        if item.keypath[:1] == ("partners",):
            # A partner's names are in its own editions' sheets ("Shared by …"), for its cards.
            partner = kit.campaign.partners[int(item.keypath[1])]
            if item.lang in partner.languages and item.keypath[2] in ("name",):
                sheet = out / kit.id / "partners" / partner.id / item.lang / "messages.md"
                assert typeset(item.text, item.lang) in _MD_ESCAPE.sub(
                    r"\1", sheet.read_text("utf-8")
                ), (item.source, item.keypath)
            assert partners[partner.id] is partner
            continue
        if item.lang in shown:
            # As every output shows it: in its language's typography.
            assert typeset(item.text, item.lang) in shown[item.lang], (item.source, item.keypath)


def test_every_text_of_the_real_kit_is_in_its_message_sheet(
    runner: CliRunner, tmp_path: Path
) -> None:
    code, output = _build(runner, REAL_KIT, tmp_path / "out", "--only", "sheet")
    assert code == 0, output
    _every_text_is_in_its_sheet(REAL_KIT, tmp_path / "out")


def test_the_real_kit_passes_strict_check(runner: CliRunner) -> None:
    code, output = _check(runner, REAL_KIT, "--strict")
    assert code == 0, output


def test_a_post_of_thousands_of_emoji_is_refused_with_located_errors(
    kit: Path, runner: CliRunner
) -> None:
    # The card text, the fitter and every platform's count are linear in the text's length
    # (see benchmarks/bench.py for figures); this kit once took check half a minute.
    text = "😀" * 4990
    _edit(kit / AREA, "en: Our first post. Read more on our website.", f'en: "{text}"')
    where = _where(kit / AREA, f'"{text}"', kit)
    code, output = _check(runner, kit)
    assert code == 1
    assert f"{where}: error: post `post-1` (en) does not fit X" in output
