"""`msgkit merge`: per-language builds (a CI matrix) combined into the tree one build makes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import keep_languages, keep_partners
from msgkit.build import BuildRequest, build_kit
from msgkit.cli import app
from msgkit.errors import display_path
from msgkit.validate import load_kit


def _tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` (manifest included) with its sha256."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.slow
def test_three_language_shards_merge_into_the_full_build(
    real_kit: Path, tmp_path: Path, runner: CliRunner
) -> None:
    # Three of the ten languages and two of the eleven partners keep the test within bounds:
    # one partner in a single shard, and one whose pack spans shards (en and sl), which only
    # the build after the merge can make. The full build runs in worker processes, the shards
    # in one: the bytes must not depend on where a target was built.
    keep_languages(real_kit, {"en", "sl", "bs"})
    keep_partners(real_kit, {"bosnia-herzegovina": ["bs"], "slovenia": ["sl", "en"]})
    full = build_kit(real_kit, BuildRequest(out_root=tmp_path / "full", jobs=2))
    languages = load_kit(real_kit)[0].languages
    assert sorted(languages) == ["bs", "en", "sl"]
    rest = tuple(lang for lang in languages if lang not in ("en", "sl"))
    shards = {"en": ("en",), "sl": ("sl",), "rest": rest}
    for name, langs in shards.items():
        build_kit(real_kit, BuildRequest(out_root=tmp_path / name, languages=langs))
    # One part given as the --out folder, one as the kit folder inside it: both are accepted.
    parts = [str(tmp_path / "en"), str(tmp_path / "sl"), str(tmp_path / "rest" / real_kit.name)]
    result = runner.invoke(app, ["merge", *parts, "--out", str(tmp_path / "merged")])
    assert result.exit_code == 0, result.output
    merged = tmp_path / "merged" / real_kit.name
    spanning = "packs/no-impunity-thb-slovenia.zip"
    assert not (merged / spanning).exists()
    n = len(full.added)
    assert f"merged 3 parts into {display_path(merged)}: {n - 1} targets" in result.output
    # The merged folder is a build like any other: a full build on top of it makes only the
    # partner pack no shard could, and then the tree is the full build's, byte for byte.
    again = build_kit(real_kit, BuildRequest(out_root=tmp_path / "merged", jobs=1))
    assert again.added == ["pack:partner/slovenia"]
    assert not (again.changed or again.removed)
    assert _tree(merged) == _tree(tmp_path / "full" / real_kit.name)


@pytest.fixture
def shards(starter_kit: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The starter kit's two languages built apart (sheets and posts only, to stay quick)."""
    for lang in ("en", "sl"):
        build_kit(
            starter_kit,
            BuildRequest(out_root=tmp_path / lang, languages=(lang,), only=("sheet", "posts")),
        )
    return tmp_path / "en", tmp_path / "sl"


def test_merge_of_two_languages_has_both_and_one_manifest(
    shards: tuple[Path, Path], starter_kit: Path, tmp_path: Path, runner: CliRunner
) -> None:
    out = tmp_path / "merged"
    result = runner.invoke(app, ["merge", *map(str, shards), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["kits"][0]["languages"] == ["en", "sl"]
    manifest = json.loads((out / "my-campaign" / "manifest.json").read_text("utf-8"))
    assert {t.split(":")[1] for t in manifest["targets"]} == {"en", "sl"}
    assert all((out / "my-campaign" / e["path"]).is_file() for e in manifest["files"])


def test_parts_of_different_kit_versions_are_refused(
    starter_kit: Path, tmp_path: Path, runner: CliRunner
) -> None:
    only = ("sheet",)
    build_kit(starter_kit, BuildRequest(out_root=tmp_path / "en", languages=("en",), only=only))
    area = starter_kit / "areas" / "week-1.yaml"
    area.write_text(area.read_text("utf-8") + "# edited after the English job\n", "utf-8")
    build_kit(starter_kit, BuildRequest(out_root=tmp_path / "sl", languages=("sl",), only=only))
    digests = [
        json.loads((tmp_path / p / "my-campaign" / "manifest.json").read_text())["kit_sha256"]
        for p in ("en", "sl")
    ]
    out = tmp_path / "merged"
    result = runner.invoke(
        app, ["merge", str(tmp_path / "en"), str(tmp_path / "sl"), "--out", str(out)]
    )
    assert result.exit_code == 1
    en, sl = (display_path(tmp_path / p / "my-campaign") for p in ("en", "sl"))
    assert result.output == (
        "error: parts of kit `my-campaign` were built from different kit versions "
        f"({en}: {digests[0][:12]}; {sl}: {digests[1][:12]})\n"
        "  hint: build every part from the same commit of the kit, with the same msgkit and "
        "SOURCE_DATE_EPOCH, then merge again\n"
        "failed: 1 error, 0 warnings\n"
    )
    assert not out.exists()


def test_a_part_changed_after_its_build_is_refused(
    shards: tuple[Path, Path], tmp_path: Path, runner: CliRunner
) -> None:
    sheet = next((shards[1] / "my-campaign").rglob("*.md"))
    sheet.write_text("edited by hand\n", "utf-8")
    relpath = sheet.relative_to(shards[1] / "my-campaign").as_posix()
    out = tmp_path / "merged"
    result = runner.invoke(app, ["merge", *map(str, shards), "--out", str(out)])
    assert result.exit_code == 1
    manifest = display_path(shards[1] / "my-campaign" / "manifest.json")
    assert result.output == (
        f"{manifest}: error: {relpath} is missing or changed since this part was built\n"
        "  hint: build the part again; do not edit output folders by hand\n"
        "failed: 1 error, 0 warnings\n"
    )
    assert not out.exists()


def test_a_folder_without_a_build_is_refused(
    shards: tuple[Path, Path], tmp_path: Path, runner: CliRunner
) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    result = runner.invoke(app, ["merge", str(shards[0]), str(empty), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert result.output == (
        f"error: `{display_path(empty)}` holds no msgkit build (no manifest.json in it or in a "
        "folder inside it)\n"
        "  hint: pass the --out folder of `msgkit build`, or the kit folder inside it\n"
        "failed: 1 error, 0 warnings\n"
    )


def test_merging_again_removes_what_the_parts_no_longer_have(
    shards: tuple[Path, Path], tmp_path: Path, runner: CliRunner
) -> None:
    out = tmp_path / "merged"
    assert runner.invoke(app, ["merge", *map(str, shards), "--out", str(out)]).exit_code == 0
    result = runner.invoke(app, ["merge", str(shards[0]), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _tree(out / "my-campaign") == _tree(shards[0] / "my-campaign")
