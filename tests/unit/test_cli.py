"""The command line: init, check, build and their exit codes (0 ok, 1 problems, 2 usage)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import msgkit
from msgkit.cli import app

#: The pipeline itself is tested with the sheet builder only: other builders come and go.
SHEET = ["--only", "sheet"]


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _no_traceback(result: object) -> None:
    exception = getattr(result, "exception", None)
    assert exception is None or isinstance(exception, SystemExit), exception


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work inside tmp_path, so paths print relative and `./kits`, `./dist` are private."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- exit codes and usage -----------------------------------------------------------------------


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"msgkit {msgkit.__version__}\n"


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["frobnicate"],
        ["check", "--frobnicate"],
        ["build", "--jobs", "-1"],
        ["build", "--jobs", "many"],
        ["init"],
        ["init", "a", "b"],
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, here: Path, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    _no_traceback(result)
    assert "Usage: msgkit" in result.output


def test_no_kits_found_is_a_problem_not_a_crash(runner: CliRunner, here: Path) -> None:
    for command in ("check", "build"):
        result = runner.invoke(app, [command])
        assert result.exit_code == 1
        _no_traceback(result)
        assert result.stderr.startswith("error: no kits found under ./kits\n  hint: ")


# --- init ---------------------------------------------------------------------------------------


def test_init_makes_a_kit_that_checks_and_builds(runner: CliRunner, here: Path) -> None:
    made = runner.invoke(app, ["init", "kits/new"])
    assert made.exit_code == 0, made.output
    assert made.stderr.splitlines() == [
        "created kits/new/kit.yaml",
        "created kits/new/areas/week-1.yaml",
        "created kits/new/schema/kit.schema.json",
        "created kits/new/schema/area.schema.json",
        "next: edit the files, then `msgkit check kits/new` and `msgkit build kits/new`",
    ]
    checked = runner.invoke(app, ["check", "--strict"])  # finds ./kits/new by itself
    assert checked.exit_code == 0, checked.output
    assert checked.stderr == "kits/new: ok (0 errors, 0 warnings)\n"
    built = runner.invoke(app, ["build", *SHEET])
    assert built.exit_code == 0, built.output
    assert (here / "dist" / "new" / "en" / "messages.md").is_file()


def test_init_teaches_the_format_in_comments(starter_kit: Path) -> None:
    kit_yaml = (starter_kit / "kit.yaml").read_text("utf-8")
    assert kit_yaml.count("#") > 10
    assert "yaml-language-server: $schema=" in kit_yaml.splitlines()[0]


def test_init_refuses_an_existing_kit(runner: CliRunner, here: Path) -> None:
    assert runner.invoke(app, ["init", "kit"]).exit_code == 0
    (here / "kit" / "kit.yaml").write_text("id: mine\n", encoding="utf-8")
    before = _tree(here / "kit")
    result = runner.invoke(app, ["init", "kit"])
    assert result.exit_code == 1
    _no_traceback(result)
    assert result.stderr == (
        "error: `kit` already holds a kit\n"
        "  hint: choose a new folder name; msgkit init never overwrites files\n"
        "failed: 1 error, 0 warnings\n"
    )
    assert _tree(here / "kit") == before


def test_init_into_an_existing_empty_folder(runner: CliRunner, here: Path) -> None:
    (here / "empty").mkdir()
    assert runner.invoke(app, ["init", "empty"]).exit_code == 0
    assert (here / "empty" / "kit.yaml").is_file()


def test_init_over_a_file_is_refused(runner: CliRunner, here: Path) -> None:
    (here / "notes.txt").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["init", "notes.txt"])
    assert result.exit_code == 1
    _no_traceback(result)
    assert result.stderr.startswith("error: `notes.txt` is a file\n  hint: ")


# --- check --------------------------------------------------------------------------------------


def test_check_json(runner: CliRunner, starter_kit: Path) -> None:
    result = runner.invoke(app, ["check", str(starter_kit), "--json"])
    assert result.exit_code == 0
    [report] = json.loads(result.stdout)
    assert report["ok"] is True and report["diagnostics"] == []


def test_check_reports_every_kit_and_fails_if_one_fails(
    runner: CliRunner, here: Path, starter_kit: Path
) -> None:
    bad = here / "bad"
    shutil.copytree(starter_kit, bad)
    area = bad / "areas" / "week-1.yaml"
    area.write_text(area.read_text("utf-8").replace("day: 1 ", "day: 8 "), encoding="utf-8")
    result = runner.invoke(app, ["check", str(starter_kit), "bad"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].endswith("kits/starter: ok (0 errors, 0 warnings)")
    assert lines[1].startswith("bad/areas/week-1.yaml:")
    assert lines[1].endswith("error: posts[0].day: must be at most 7, not 8")
    assert lines[2].startswith("  hint: ")
    assert lines[3:] == ["bad: failed (1 error, 0 warnings)"]


def test_check_given_the_kit_yaml_file(runner: CliRunner, here: Path, starter_kit: Path) -> None:
    shutil.copytree(starter_kit, here / "k")
    result = runner.invoke(app, ["check", "k/kit.yaml"])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "error: `k/kit.yaml` is a file; msgkit needs the kit folder\n"
        "  hint: give the folder that holds kit.yaml, e.g. `k`\n"
    )


# --- build --------------------------------------------------------------------------------------


def test_build_twice_gives_byte_identical_trees(
    runner: CliRunner, here: Path, starter_kit: Path
) -> None:
    first = runner.invoke(app, ["build", str(starter_kit), "--out", "one", *SHEET])
    second = runner.invoke(app, ["build", str(starter_kit), "--out", "two", *SHEET])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert _tree(here / "one") == _tree(here / "two")
    again = runner.invoke(app, ["build", str(starter_kit), "--out", "one", *SHEET])
    assert again.exit_code == 0
    assert "0 added, 0 changed, 0 removed, 2 unchanged; 0 files written" in again.stderr
    assert _tree(here / "one") == _tree(here / "two")


def test_build_does_not_depend_on_the_clock_or_the_epoch_format(
    runner: CliRunner, here: Path, starter_kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert runner.invoke(app, ["build", str(starter_kit), "--out", "a", *SHEET]).exit_code == 0
    manifest = json.loads((here / "a" / "my-campaign" / "manifest.json").read_text("utf-8"))
    assert manifest["build_time"] == "2030-10-18T00:00:00+00:00"  # the kit's start date
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    result = runner.invoke(app, ["build", str(starter_kit), "--out", "b", *SHEET])
    assert result.exit_code == 1
    assert "error: SOURCE_DATE_EPOCH='yesterday' is not a whole number of seconds" in result.stderr
    assert not (here / "b").exists()


def test_manifest_lists_every_output_file(runner: CliRunner, here: Path, starter_kit: Path) -> None:
    result = runner.invoke(app, ["build", str(starter_kit), "--out", "dist", *SHEET])
    assert result.exit_code == 0, result.output
    out = here / "dist" / "my-campaign"
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["kit"] == "my-campaign"
    assert manifest["build_time"] == "2021-10-18T00:00:00+00:00"  # SOURCE_DATE_EPOCH
    entries = {e["path"]: e for e in manifest["files"]}
    on_disk = {p for p in _tree(out) if p != "manifest.json"}
    assert set(entries) == on_disk == {"en/messages.md", "sl/messages.md"}
    for path, entry in entries.items():
        assert entry["sha256"] == hashlib.sha256((out / path).read_bytes()).hexdigest()
        assert (entry["kind"], entry["lang"], entry["area"]) == ("sheet", path[:2], None)
        assert not Path(entry["path"]).is_absolute()
    assert [e["path"] for e in manifest["files"]] == sorted(entries)


def test_build_one_language(runner: CliRunner, here: Path, starter_kit: Path) -> None:
    result = runner.invoke(app, ["build", str(starter_kit), "--lang", "sl", *SHEET])
    assert result.exit_code == 0, result.output
    assert set(_tree(here / "dist" / "my-campaign")) == {"manifest.json", "sl/messages.md"}


def test_unknown_language_is_refused_with_a_hint(
    runner: CliRunner, here: Path, starter_kit: Path
) -> None:
    result = runner.invoke(app, ["build", str(starter_kit), "--lang", "xx", "--lang", "SL"])
    assert result.exit_code == 2  # a mistake in the command line, not in the kit
    _no_traceback(result)
    assert result.stderr.startswith(
        "error: --lang xx: the kit has no language `xx`\n"
        "  hint: the kit's languages: en, sl\n"
        "error: --lang SL: the kit has no language `SL`\n"
        "  hint: did you mean `sl`?\n"
    )
    assert not (here / "dist").exists()


def test_unknown_format_is_refused_with_did_you_mean(
    runner: CliRunner, here: Path, starter_kit: Path
) -> None:
    result = runner.invoke(app, ["build", str(starter_kit), "--only", "shet"])
    assert result.exit_code == 2
    _no_traceback(result)
    assert result.stderr.startswith(
        "error: --only shet: no such output format\n  hint: did you mean `sheet`?\n"
    )
    nope = runner.invoke(app, ["build", str(starter_kit), "--only", "nope"])
    assert nope.exit_code == 2
    assert "build failed" not in nope.stderr
    assert nope.stderr.startswith("error: --only nope: no such output format\n  hint: formats: ")
    assert "sheet" in nope.stderr.splitlines()[1]
    assert not (here / "dist").exists()


@pytest.mark.parametrize("inside", [True, False])
def test_output_overlapping_the_kit_is_refused(
    runner: CliRunner, here: Path, starter_kit: Path, inside: bool
) -> None:
    if inside:
        # dist/ inside the kit: the output would land among the kit files.
        kit, out = here / "kit", "kit"
    else:
        # the kit inside the output folder: a rebuild could delete it.
        kit, out = here / "dist" / "my-campaign" / "source", "dist"
    shutil.copytree(starter_kit, kit)
    before = _tree(kit)
    result = runner.invoke(app, ["build", str(kit), "--out", out, *SHEET])
    assert result.exit_code == 1
    _no_traceback(result)
    first = result.stderr.splitlines()[0]
    assert first.startswith("error: output folder `") and "overlaps the kit folder" in first
    assert "hint: this could overwrite or delete your kit files" in result.stderr
    assert _tree(kit) == before


def test_verbose_narrates(runner: CliRunner, here: Path, starter_kit: Path) -> None:
    result = runner.invoke(app, ["build", str(starter_kit), "-v", *SHEET])
    assert result.exit_code == 0
    assert "my-campaign: builders sheet; languages en, sl" in result.stderr
    assert "built sheet:en (1 file)" in result.stderr
    quiet = runner.invoke(app, ["build", str(starter_kit), "--out", "q", *SHEET])
    assert "builders sheet" not in quiet.stderr


def test_build_json_summary(runner: CliRunner, here: Path, starter_kit: Path) -> None:
    result = runner.invoke(app, ["build", str(starter_kit), "--json", *SHEET])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["ok"] is True
    [kit] = summary["kits"]
    assert kit["kit"] == "my-campaign"
    assert sorted(kit["targets"]["added"]) == ["sheet:en", "sheet:sl"]


def test_init_names_the_kit_after_its_folder(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "Our Campaign 2030")])
    assert result.exit_code == 0, result.output
    kit_yaml = (tmp_path / "Our Campaign 2030" / "kit.yaml").read_text("utf-8")
    assert "\nid: our-campaign-2030 " in kit_yaml


def test_two_kits_with_one_id_are_refused_before_anything_is_built(
    tmp_path: Path, runner: CliRunner, starter_kit: Path
) -> None:
    import shutil

    twin = tmp_path / "twin"
    shutil.copytree(starter_kit, twin)
    result = runner.invoke(
        app,
        ["build", str(starter_kit), str(twin), "--out", str(tmp_path / "out"), "--only", "sheet"],
    )
    assert result.exit_code == 1
    assert "kit id `my-campaign` is also the id of" in result.output
    assert "hint: give each kit its own `id:` in kit.yaml" in result.output
    assert not (tmp_path / "out").exists()


def test_init_never_overwrites_a_file(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "half"
    (folder / "areas").mkdir(parents=True)
    (folder / "areas" / "week-1.yaml").write_text("# my own notes\n", "utf-8")
    result = runner.invoke(app, ["init", str(folder)])
    assert result.exit_code == 1
    assert "is in the way" in result.output
    assert "never overwrites files" in result.output
    assert (folder / "areas" / "week-1.yaml").read_text("utf-8") == "# my own notes\n"
    assert not (folder / "kit.yaml").exists()


# --- several values after one flag (issue 12) -------------------------------------------------


def test_only_and_lang_take_several_values_after_one_flag() -> None:
    from msgkit.cliargs import expand

    assert expand(["--only", "posts", "calendar", "--lang", "en", "sl", "kits/x"]) == [
        "--only", "posts", "--only", "calendar", "--lang", "en", "--lang", "sl", "kits/x",
    ]
    assert expand(["--only=posts,calendar", "-l", "sr-Cyrl"]) == [
        "--only", "posts", "--only", "calendar", "-l", "sr-Cyrl",
    ]
    # A word that is no format stays a KIT argument; `--` ends the options.
    assert expand(["--only", "posts", "mykit"]) == ["--only", "posts", "mykit"]
    assert expand(["--only", "posts", "--", "calendar"]) == ["--only", "posts", "--", "calendar"]


def test_build_only_posts_calendar_as_the_readme_writes_it(
    starter_kit: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dist"
    result = CliRunner().invoke(
        app, ["build", str(starter_kit), "--out", str(out), "--only", "posts", "calendar",
              "--lang", "en", "sl"]
    )
    assert result.exit_code == 0, result.output
    built = next(out.iterdir())
    assert sorted(p.name for p in built.iterdir()) == ["en", "manifest.json", "sl"]
    assert sorted(p.name for p in (built / "en").iterdir()) == [
        "calendar.csv", "calendar.ics", "posts",
    ]
