"""The message sheet builder: golden Markdown per language, and the target it plans."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from msgkit.build import BuildRequest, build_kit
from msgkit.builders import BuildContext, BuildOptions
from msgkit.builders.sheet import BUILDER, render_sheet
from msgkit.validate import load_kit

OPTIONS = BuildOptions(build_time=dt.datetime(2021, 10, 18, tzinfo=dt.UTC))


@pytest.mark.parametrize("lang", ["en", "sl"])
def test_starter_sheet_matches_golden(
    starter_kit: Path, golden: Callable[[str, str], None], lang: str
) -> None:
    kit, _ = load_kit(starter_kit)
    golden(f"sheet/starter-{lang}.md", render_sheet(kit, lang))


def test_built_file_is_the_rendered_sheet(starter_kit: Path, tmp_path: Path) -> None:
    result = build_kit(starter_kit, BuildRequest(out_root=tmp_path / "dist", only=("sheet",)))
    kit, _ = load_kit(starter_kit)
    for lang in ("en", "sl"):
        built = (result.out_dir / lang / "messages.md").read_text("utf-8")
        assert built == render_sheet(kit, lang)


def test_draft_languages_are_marked(starter_kit: Path) -> None:
    kit, _ = load_kit(starter_kit)
    assert kit.is_draft("sl") and not kit.is_draft("en")
    en, sl = render_sheet(kit, "en"), render_sheet(kit, "sl")
    assert sl.splitlines()[2].startswith("> **") and not en.splitlines()[2].startswith(">")


def test_missing_translation_falls_back_to_the_default_language(starter_kit: Path) -> None:
    area = starter_kit / "areas" / "week-1.yaml"
    area.write_text(
        area.read_text("utf-8").replace("      sl: Delite to objavo.\n", ""), encoding="utf-8"
    )
    kit, warnings = load_kit(starter_kit)
    assert len(warnings.items) == 1
    assert "- Share this post." in render_sheet(kit, "sl")


def test_one_target_per_wanted_language(starter_kit: Path) -> None:
    kit, _ = load_kit(starter_kit)
    targets = BUILDER.plan(kit, OPTIONS)
    assert [(t.id, t.lang, t.area) for t in targets] == [
        ("sheet:en", "en", None),
        ("sheet:sl", "sl", None),
    ]
    only_sl = BuildOptions(build_time=OPTIONS.build_time, languages=("sl",))
    assert [t.key for t in BUILDER.plan(kit, only_sl)] == ["sl"]
    for target in targets:
        json.dumps(target.inputs)  # the fingerprint needs JSON-able inputs


def test_platform_settings_do_not_touch_the_sheet_fingerprint(starter_kit: Path) -> None:
    kit, _ = load_kit(starter_kit)
    before = [t.inputs for t in BUILDER.plan(kit, OPTIONS)]
    kit_yaml = starter_kit / "kit.yaml"
    kit_yaml.write_text(
        kit_yaml.read_text("utf-8").replace("mastodon: {limit: 500}", "mastodon: {limit: 1000}"),
        encoding="utf-8",
    )
    kit, _ = load_kit(starter_kit)
    assert [t.inputs for t in BUILDER.plan(kit, OPTIONS)] == before


def test_build_output_entry(starter_kit: Path) -> None:
    kit, _ = load_kit(starter_kit)
    [target, _] = BUILDER.plan(kit, OPTIONS)
    ctx = BuildContext(kit=kit, options=OPTIONS, read_output=lambda _p: b"")
    [out] = BUILDER.build(target, ctx)
    assert (out.relpath, out.kind, out.lang, out.area) == ("en/messages.md", "sheet", "en", None)
    assert out.data.decode("utf-8").startswith("# Our campaign\n")
    assert ctx.findings == []
