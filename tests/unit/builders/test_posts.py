"""The posts builder and the `msgkit posts` / `msgkit measure` commands, on a kit made for them."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from msgkit.build import BuildRequest, build_kit, build_time
from msgkit.builders import BuildOptions
from msgkit.builders.posts import BUILDER, SCHEDULER_COLUMNS, posts_slice
from msgkit.cli import app
from msgkit.errors import MsgkitError
from msgkit.labels import label
from msgkit.platforms import RULES, length
from msgkit.scaffold import scaffold
from msgkit.validate import load_kit

EPOCH = "1634515200"

PLATFORMS = """\
platforms:
  x: {}
  bluesky: {}
  mastodon: {limit: 500}
  threads: {}
  linkedin: {tags: [post, campaign]}
  facebook: {}
  instagram: {max_hashtags: 2}
"""

AREA = """\
id: week-1
title:
  en: Why it matters
  sl: Zakaj je pomembno
  sr-Cyrl: Зашто је важно
summary:
  en: A short paragraph that introduces the area.
hashtags: [AreaTag]
posts:
  - id: post-1
    text:
      en: "Our first post, with \\"quotes\\", commas and #ourcampaign spelled wrong. Read more."
      sl: Naša prva objava. Več na naši spletni strani.
      sr-Cyrl: Наша прва објава, са „наводницима“ и зарезима. Прочитајте више.
    link: https://example.org/campaign
  - id: tight
    day: 2
    time: "09:30"
    hashtags: [PostTag]
    text:
      en: >-
        This post is written to sit just under the limit of X once its link is added, so the
        campaign-wide tags cannot all come along with it and msgkit has to leave some of them
        behind, as it says. Trafficking is a crime.
    link: https://example.org/tight
  - id: long
    day: 3
    text:
      en: >-
        Trafficking in human beings rarely stops at a border, and justice cannot stop there
        either. Joint investigation teams let police and prosecutors follow a case wherever it
        leads. Fast mutual legal assistance keeps evidence alive while it still matters. Clear
        rules on jurisdiction mean no case falls between two countries. Traffickers count on
        the gaps, so we close them together. 🤝
      sr-Cyrl: >-
        Трговина људима ретко стаје на граници, а ни правда не сме да стане ту. Заједнички
        истражни тимови омогућавају полицији и тужиоцима да прате случај куда год води.
        Брза међусобна правна помоћ чува доказе док су још важни. Јасна правила о надлежности
        значе да ниједан случај не пада између две државе. Трговци рачунају на празнине. 🤝
    link: https://example.org/justice-across-borders-in-south-east-europe
  - id: summary
    day: 4
    text:
      en: >-
        Justice must cross borders as easily as traffickers do: joint investigation teams,
        fast mutual legal assistance and clear rules on jurisdiction let police and prosecutors
        follow a case wherever it leads, in the Western Balkans, in every Member State and
        in every court that hears them.
    short:
      en: Justice must cross borders as easily as traffickers do.
      sl: Pravica mora prečkati meje tako zlahka kot trgovci z ljudmi.
"""


def make_kit(folder: Path) -> Path:
    """The starter kit with three posts, Serbian Cyrillic and every platform."""
    scaffold(folder)
    kit_yaml = folder / "kit.yaml"
    text = kit_yaml.read_text("utf-8")
    text = text.replace(
        "  sl: {status: draft, name: Slovenščina}",
        "  sl: {status: draft, name: Slovenščina}\n  sr-Cyrl: {status: draft, name: Српски}",
    )
    text = text.replace(
        "platforms:\n  x: {}\n  bluesky: {}\n  mastodon: {limit: 500}\n", PLATFORMS
    )
    text = text.replace(
        "  - {tag: OurCampaign, campaign: true}",
        "  - {tag: OurCampaign, campaign: true}\n  - {tag: EndHumanTrafficking, campaign: true}",
    )
    kit_yaml.write_text(text, "utf-8")
    (folder / "areas" / "week-1.yaml").write_text(AREA, "utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """The posts of the test kit, built once for the module: (kit folder, output folder)."""
    root = tmp_path_factory.mktemp("posts")
    kit = make_kit(root / "kits" / "posts-kit")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        result = build_kit(kit, BuildRequest(out_root=root / "dist", only=("posts",)))
    yield kit, result.out_dir


def _read(out: Path, relpath: str) -> bytes:
    return (out / relpath).read_bytes()


def test_builds_every_file_per_language(built: tuple[Path, Path]) -> None:
    _, out = built
    for lang in ("en", "sl", "sr-Cyrl"):
        names = sorted(p.name for p in (out / lang / "posts").iterdir())
        assert names == sorted(
            [f"{p}.md" for p in RULES]
            + [f"hootsuite-{p}.csv" for p in RULES]
            + ["posts.json", "scheduler.csv"]
        )


@pytest.mark.parametrize(
    "relpath",
    ["en/posts/x.md", "en/posts/instagram.md", "sr-Cyrl/posts/bluesky.md", "en/posts/posts.json"],
)
def test_text_outputs_match_golden(
    built: tuple[Path, Path], golden: Callable[[str, str], None], relpath: str
) -> None:
    _, out = built
    golden(f"posts/{relpath}", _read(out, relpath).decode("utf-8"))


@pytest.mark.parametrize("relpath", ["sr-Cyrl/posts/scheduler.csv", "en/posts/hootsuite-x.csv"])
def test_csv_outputs_match_golden(
    built: tuple[Path, Path], golden: Callable[[str, str], None], relpath: str
) -> None:
    _, out = built
    text = _read(out, relpath).decode("utf-8-sig").replace("\r\n", "\n")
    golden(f"posts/{relpath}", text)


def test_every_variant_fits_by_the_platforms_own_count(built: tuple[Path, Path]) -> None:
    _, out = built
    variants = json.loads(_read(out, "en/posts/posts.json"))
    assert {v["platform"] for v in variants} == set(RULES)
    for v in variants:
        assert set(v) >= {
            "area", "post", "lang", "platform", "parts", "limit", "hashtags", "notes",
            "scheduled_at", "link", "image", "alt_text",
        }
        for part in v["parts"]:
            assert part["length"] == length(part["text"], RULES[v["platform"]]) <= v["limit"]


def _variants(out: Path, lang: str) -> dict[tuple[str, str], dict[str, Any]]:
    data = json.loads(_read(out, f"{lang}/posts/posts.json"))
    return {(v["post"], v["platform"]): v for v in data}


def _codes(notes: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(n["code"], n["values"]) for n in notes]


def test_the_variants_record_drops_threads_and_rewrites(built: tuple[Path, Path]) -> None:
    _, out = built
    variants = _variants(out, "en")
    assert variants[("tight", "x")]["notes"] == [
        {
            "code": "dropped_tag",
            "values": {"platform": "x", "tag": "EndHumanTrafficking"},
            "text": "left out #EndHumanTrafficking to keep the post within the length limit",
        }
    ]
    assert _codes(variants[("summary", "x")]["notes"]) == [("used_short", {"platform": "x"})]
    long_x = variants[("long", "x")]
    assert [p["text"][-4:] for p in long_x["parts"]] == [" 1/2", " 2/2"]
    assert _codes(long_x["notes"]) == [("thread", {"platform": "x", "n": 2})]
    assert variants[("long", "instagram")]["parts"][0]["text"].endswith(
        "\n\n#AreaTag #OurCampaign"
    )
    # The spelling was corrected once, upstream of every output (`msgkit.resolve`): the post
    # is canonical and `check` warns about the spelling instead (see test_consistency).
    assert "#OurCampaign" in variants[("post-1", "x")]["parts"][0]["text"]
    assert "#ourcampaign" not in variants[("post-1", "x")]["parts"][0]["text"]
    assert variants[("post-1", "linkedin")]["hashtags"] == ["OurCampaign", "EndHumanTrafficking"]
    assert _codes(variants[("tight", "facebook")]["warnings"]) == [
        ("fold", {"platform": "facebook", "end": 190, "fold": 125})
    ]


# What the English notes and counting header say; none of it may reach another language's files.
ENGLISH_TOOL_TEXT = (
    "dropped", "to fit", "thread of", "left out", "left the link", "the short", "counted as",
    "length limit", "hashtag limit", "shows the link", "characters", "count as", "counts as",
    "twitter-text", "NFC", "grapheme", "UTF-16", "UTF-8", "bytes",
)


def _msgkit_words(markdown: str, lang: str) -> str:
    """The lines of a posts file msgkit writes itself: no post texts (fenced) and no alt text."""
    kept, fenced = [], False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and not line.startswith(label("alt_text", lang)):
            kept.append(line)
    return "\n".join(kept)


@pytest.mark.parametrize("lang", ["sl", "sr-Cyrl"])
def test_a_translated_languages_posts_say_everything_in_that_language(
    built: tuple[Path, Path], lang: str
) -> None:
    _, out = built
    # The kit's untranslated posts fall back to English text: only msgkit's own words count.
    for path in sorted((out / lang / "posts").glob("*.md")):
        words = _msgkit_words(path.read_text("utf-8"), lang).casefold()
        assert [w for w in ENGLISH_TOOL_TEXT if w.casefold() in words] == [], path.name
    variants = _variants(out, lang).values()
    notes = [n for v in variants for n in v["notes"] + v["warnings"]]
    # Every kind of note the kit gives rise to is looked at, in both languages.
    assert {n["code"] for n in notes} >= {
        "dropped_tag", "used_short", "thread", "link_left_out", "tag_over_cap",
        "tag_over_topic_cap", "area_tag_not_used", "link_shown_short", "fold",
    }
    for note in notes:
        assert [w for w in ENGLISH_TOOL_TEXT if w.casefold() in note["text"].casefold()] == []
        assert note["text"] == label(f"note_{note['code']}", lang, **_named(note["values"]))


def _named(values: dict[str, Any]) -> dict[str, Any]:
    """Note values as the words show them: the platform by its name."""
    return {k: RULES[v].name if k == "platform" else v for k, v in values.items()}


def test_the_counting_header_is_plain_words_in_the_files_language(
    built: tuple[Path, Path],
) -> None:
    _, out = built
    header = _read(out, "sr-Cyrl/posts/x.md").decode("utf-8").split("\n\n")[2]
    assert header.startswith("Ограничење дужине: 280. Слова латинице, ћирилице")
    assert "свака веза као 23" in header
    instagram = _read(out, "en/posts/instagram.md").decode("utf-8")
    # The kit caps Instagram at 2 hashtags: the header says the kit's cap, not the platform's 5.
    assert "Length limit: 2200. Most characters count as 1" in instagram
    assert "Hashtag limit: 2." in instagram
    linkedin = _read(out, "sl/posts/linkedin.md").decode("utf-8")
    assert "Omejitev dolžine: 3000. Objave so prilagojene na 2900" in linkedin


def test_scheduler_csv_is_rfc4180_utf8_with_bom_and_a_row_per_thread_part(
    built: tuple[Path, Path],
) -> None:
    _, out = built
    data = _read(out, "sr-Cyrl/posts/scheduler.csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n")
    assert data.split(b"\r\n")[0] == b"\xef\xbb\xbf" + ",".join(SCHEDULER_COLUMNS).encode()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    first = rows[0]
    assert first["platform"] == "x"
    assert first["scheduled_at"] == "2030-10-18T10:00:00+02:00"
    assert first["text"].startswith("Наша прва објава, са „наводницима“ и зарезима.")
    assert first["image"] == "images/week-1-post-1-1200x675.png"
    assert first["lang"] == "sr-Cyrl"
    thread = [r for r in rows if r["post"] == "long" and r["platform"] == "x"]
    assert [(r["part"], r["scheduled_at"]) for r in thread] == [
        ("1 of 2", "2030-10-20T10:00:00+02:00"),
        ("2 of 2", "2030-10-20T10:05:00+02:00"),
    ]
    # Only the first part of a thread carries the card.
    assert [r["image"] for r in thread] == ["images/week-1-long-1200x675.png", ""]
    assert [bool(r["alt_text"]) for r in thread] == [True, False]
    assert [r["link"] for r in thread] == ["", "https://example.org/justice-across-borders-in-south-east-europe"]


def test_hootsuite_csv_has_its_date_format_and_leaves_the_link_to_its_column(
    built: tuple[Path, Path],
) -> None:
    _, out = built
    data = _read(out, "en/posts/hootsuite-x.csv")
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0][0] == "18/10/2030 10:00"
    assert rows[0][2] == "https://example.org/campaign"
    assert "https://" not in rows[0][1]
    assert rows[0][1].endswith("Read more. #AreaTag #EndHumanTrafficking")


def test_two_builds_give_the_same_bytes(built: tuple[Path, Path], tmp_path: Path) -> None:
    kit, out = built
    again = build_kit(kit, BuildRequest(out_root=tmp_path, only=("posts",))).out_dir
    for path in sorted((out / "sl" / "posts").iterdir()):
        assert (again / "sl" / "posts" / path.name).read_bytes() == path.read_bytes()


def test_editing_one_languages_post_rebuilds_only_that_language(tmp_path: Path) -> None:
    kit = make_kit(tmp_path / "kit")
    request = BuildRequest(out_root=tmp_path / "dist", only=("posts",))
    build_kit(kit, request)
    area = kit / "areas" / "week-1.yaml"
    area.write_text(
        area.read_text("utf-8").replace("Naša prva objava.", "Naša nova objava."), "utf-8"
    )
    result = build_kit(kit, request)
    assert result.changed == ["posts:sl"]
    assert sorted(result.unchanged) == ["posts:en", "posts:sr-Cyrl"]


def test_the_slice_holds_the_language_fallback_text(tmp_path: Path) -> None:
    kit, _ = load_kit(make_kit(tmp_path / "kit"))
    sl = posts_slice(kit, "sl")
    tight = sl["areas"][0]["posts"][1]
    assert tight["text"]["fallback"] is True
    assert tight["text"]["lang"] == "en"
    assert tight["text"]["text"].startswith("This post is written")


# --- posts that cannot fit ------------------------------------------------------------------


@pytest.fixture
def overlong_kit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    kit = make_kit(Path("kit"))
    area = kit / "areas" / "week-1.yaml"
    sentence = " ".join(["unbroken"] * 40)
    area.write_text(
        area.read_text("utf-8")
        + f"  - id: too-long\n    text:\n      en: {sentence}.\n",
        "utf-8",
    )
    return kit


TOO_LONG = (
    "kit/areas/week-1.yaml:54:11: error: post `too-long` (en) does not fit X: its text is too "
    "long for X without hashtags: 360/280: 80 over; a thread cannot help, as one clause "
    "alone is 360/280: “unbroken unbroken unbroken unbroken unbroken unbroken …”\n"
    "  hint: add a `short:` text, shorten the text, or split its longest sentence"
)


def test_preflight_locates_a_post_that_cannot_fit(overlong_kit: Path) -> None:
    kit, _ = load_kit(overlong_kit)
    options = BuildOptions(build_time=build_time(kit))
    errors = [d.render() for d in BUILDER.preflight(kit, options) if d.level.value == "error"]
    # The languages without their own text fall back to English and fail with it.
    assert errors[0] == TOO_LONG.replace("`too-long` (en)", "`too-long` (en, sl, sr-Cyrl)")
    platforms = [e.split(" does not fit ")[1].split(":")[0] for e in errors]
    assert platforms == ["X", "Bluesky"]


def test_check_and_build_fail_on_a_post_that_cannot_fit(
    overlong_kit: Path, runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["check", str(overlong_kit)])
    assert result.exit_code == 1
    assert TOO_LONG.replace("(en)", "(en, sl, sr-Cyrl)") in result.output
    with pytest.raises(MsgkitError) as failure:
        build_kit(overlong_kit, BuildRequest(out_root=tmp_path / "dist", only=("posts",)))
    rendered = [d.render() for d in failure.value.diagnostics]
    assert TOO_LONG.replace("(en)", "(en, sl, sr-Cyrl)") in rendered
    assert not (tmp_path / "dist" / "my-campaign").exists()
    # A build that makes no posts neither fits them nor refuses them; one language's build
    # names only that language.
    sheets = build_kit(overlong_kit, BuildRequest(out_root=tmp_path / "dist", only=("pdf",)))
    assert sheets.added and not [d for d in sheets.diagnostics if d.level.value == "error"]
    with pytest.raises(MsgkitError) as failure:
        build_kit(
            overlong_kit,
            BuildRequest(out_root=tmp_path / "dist", only=("posts",), languages=("sl",)),
        )
    rendered = [d.render() for d in failure.value.diagnostics]
    assert TOO_LONG.replace("(en)", "(sl)") in rendered


# --- msgkit posts ---------------------------------------------------------------------------


def test_posts_command_previews_a_table(
    built: tuple[Path, Path], runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msgkit import cli

    monkeypatch.setattr(cli.out_console, "width", 160)
    kit, _ = built
    result = runner.invoke(app, ["posts", str(kit), "--lang", "en"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "area / post" in out and "length" in out and "decisions" in out
    assert "left out #EndHumanTrafficking" in out
    assert "1/2" in out
    assert "same text as" in out
    assert " sl " not in out


def test_posts_command_previews_notes_in_the_language_previewed(
    built: tuple[Path, Path], runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msgkit import cli

    monkeypatch.setattr(cli.out_console, "width", 160)
    kit, _ = built
    result = runner.invoke(app, ["posts", str(kit), "--lang", "sr-Cyrl", "-p", "x"])
    assert result.exit_code == 0, result.output
    assert "изостављен #EndHumanTrafficking" in result.output
    assert "left out" not in result.output


def test_posts_command_json(built: tuple[Path, Path], runner: CliRunner) -> None:
    kit, out = built
    result = runner.invoke(app, ["posts", str(kit), "--lang", "sl", "-p", "x", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(v["post"], v["platform"], v["lang"]) for v in data] == [
        ("post-1", "x", "sl"),
        ("tight", "x", "sl"),
        ("long", "x", "sl"),
        ("summary", "x", "sl"),
    ]
    built_json = json.loads(_read(out, "sl/posts/posts.json"))
    assert data == [v for v in built_json if v["platform"] == "x"]


def test_posts_command_fails_on_a_post_that_cannot_fit(
    overlong_kit: Path, runner: CliRunner
) -> None:
    result = runner.invoke(app, ["posts", str(overlong_kit), "-l", "en", "-p", "x"])
    assert result.exit_code == 1
    # The same diagnosis as `check`: every language and platform the kit would be refused for,
    # and no preview of a kit that does not build.
    assert TOO_LONG.replace("`too-long` (en)", "`too-long` (en, sl, sr-Cyrl)") in result.output
    assert "does not fit Bluesky" in result.output
    assert re.search(r"failed: 2 errors, \d+ warnings", result.output)
    assert "unbroken unbroken unbroken." not in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--lang", "de"],
            "error: --lang de: the kit has no language `de`\n"
            "  hint: choose one of: en, sl, sr-Cyrl\n",
        ),
        (
            ["--lang", "sr-cyrl"],
            "error: --lang sr-cyrl: the kit has no language `sr-cyrl`\n"
            "  hint: did you mean `sr-Cyrl`?\n",
        ),
        (
            ["--platform", "twitter"],
            "error: --platform twitter: no such platform `twitter`\n"
            "  hint: Twitter is now X: write `x`\n",
        ),
        (
            ["--platform", "mastodn"],
            "error: --platform mastodn: no such platform `mastodn`\n"
            "  hint: did you mean `mastodon`?\n",
        ),
    ],
)
def test_posts_command_usage_errors(
    built: tuple[Path, Path], runner: CliRunner, args: list[str], message: str
) -> None:
    kit, _ = built
    result = runner.invoke(app, ["posts", str(kit), *args])
    assert result.exit_code == 2  # a mistake in the command line, not in a kit
    assert result.output == message


def test_posts_command_refuses_a_platform_the_kit_does_not_use(
    starter_kit: Path, runner: CliRunner
) -> None:
    result = runner.invoke(app, ["posts", str(starter_kit), "--platform", "threads"])
    assert result.exit_code == 2
    assert result.output == (
        "error: --platform threads: the kit does not publish on `threads`\n"
        "  hint: choose one of: x, bluesky, mastodon\n"
    )


def test_posts_command_reports_a_missing_kit(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["posts", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "error: kit folder" in result.output and "does not exist" in result.output


# --- msgkit measure -------------------------------------------------------------------------


def test_measure_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["measure", "Read europa.eu 👩🏽‍⚖️ #EUAntiTraffickingDay", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    x_length = 5 + 23 + 1 + 2 + 1 + 21
    assert data[0] == {"platform": "x", "length": x_length, "limit": 280, "fits": True}
    assert [d["platform"] for d in data] == list(RULES)
    assert all(set(d) == {"platform", "length", "limit", "fits"} for d in data)


def test_measure_table_and_standard_input(runner: CliRunner) -> None:
    result = runner.invoke(app, ["measure", "-", "-p", "bluesky"], input="👨‍👩‍👧‍👦" * 200 + "\n")
    assert result.exit_code == 0, result.output
    assert "Bluesky" in result.output and "X " not in result.output
    assert "no: 5000 UTF-8 bytes, more than 3000" in result.output


def test_measure_unknown_platform(runner: CliRunner) -> None:
    result = runner.invoke(app, ["measure", "hi", "--platform", "blusky"])
    assert result.exit_code == 2  # a mistake in the command line, not in a kit
    assert result.output == (
        "error: --platform blusky: no such platform `blusky`\n  hint: did you mean `bluesky`?\n"
    )


def test_measure_does_not_import_heavy_libraries(built: tuple[Path, Path]) -> None:
    # `posts` diagnoses the kit as `check` does (card layout, images), so only `measure`, which
    # reads no kit, stays light.
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from msgkit.cli import app\n"
        "r = CliRunner().invoke(app, ['measure', 'hello'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in ('reportlab', 'pptx', 'PIL') if m in sys.modules))\n"
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"
