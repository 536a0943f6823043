"""The build engine as CI and campaign staff use it: incremental, parallel, --check, crash-safe."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from msgkit.build import BuildRequest, build_kit
from msgkit.cli import app

#: Builders that are cheap enough to run on every engine test; per-area and per-language ones.
FAST = ("sheet", "posts", "pdf")


def _tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its sha256, manifest excluded."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _mtimes(folder: Path) -> dict[str, int]:
    return {
        p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
        for p in folder.rglob("*")
        if p.is_file() and p.name != "manifest.json"
    }


@pytest.fixture
def two_area_kit(starter_kit: Path) -> Path:
    """The starter kit with a second area, so per-area targets can be told apart."""
    second = (starter_kit / "areas" / "week-1.yaml").read_text("utf-8")
    second = second.replace("id: week-1", "id: week-2").replace("Why it matters", "What to do")
    (starter_kit / "areas" / "week-2.yaml").write_text(second, "utf-8")
    kit_yaml = starter_kit / "kit.yaml"
    kit_yaml.write_text(kit_yaml.read_text("utf-8") + "  - id: week-2\n", "utf-8")
    return starter_kit


def test_noop_rebuild_writes_nothing_and_keeps_mtimes(two_area_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    request = BuildRequest(out_root=out, only=FAST)
    first = build_kit(two_area_kit, request)
    assert first.added and not first.changed and not first.unchanged
    before, mtimes = _tree(out), _mtimes(out)
    second = build_kit(two_area_kit, request)
    assert set(second.unchanged) == set(first.added)
    assert not (second.added or second.changed or second.removed)
    assert second.files_written == 0
    assert _tree(out) == before
    assert _mtimes(out) == mtimes


def test_comment_only_edit_rewrites_nothing(two_area_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    request = BuildRequest(out_root=out, only=FAST)
    build_kit(two_area_kit, request)
    mtimes = _mtimes(out)
    area = two_area_kit / "areas" / "week-2.yaml"
    area.write_text("# a reviewer's comment\n" + area.read_text("utf-8"), "utf-8")
    result = build_kit(two_area_kit, request)
    assert not result.stale
    assert result.files_written == 0
    assert _mtimes(out) == mtimes


def test_editing_one_area_rebuilds_only_what_reads_it(two_area_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    request = BuildRequest(out_root=out, only=FAST)
    build_kit(two_area_kit, request)
    area = two_area_kit / "areas" / "week-2.yaml"
    area.write_text(
        area.read_text("utf-8").replace("Our first post.", "Our first post, edited."), "utf-8"
    )
    result = build_kit(two_area_kit, request)
    manifest = json.loads((out / "my-campaign" / "manifest.json").read_text("utf-8"))
    rebuilt = set(result.changed)
    assert rebuilt, "the edit must rebuild something"
    # Nothing that belongs to the untouched area is rebuilt.
    for entry in manifest["files"]:
        if entry["area"] == "week-1":
            assert entry["target"] not in rebuilt, entry
    # The edited language-independent post text is English and Slovenian: both rebuild,
    # but only the per-area targets of week-2 among the per-area ones.
    per_area = {t for t in rebuilt if t.startswith("pdf:") and "overview" not in t}
    assert all("week-2" in t for t in per_area)


def test_removed_area_deletes_its_outputs(two_area_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    request = BuildRequest(out_root=out, only=FAST)
    build_kit(two_area_kit, request)
    (two_area_kit / "areas" / "week-2.yaml").unlink()
    kit_yaml = two_area_kit / "kit.yaml"
    kit_yaml.write_text(kit_yaml.read_text("utf-8").replace("  - id: week-2\n", ""), "utf-8")
    result = build_kit(two_area_kit, request)
    manifest = json.loads((out / "my-campaign" / "manifest.json").read_text("utf-8"))
    assert all(e["area"] != "week-2" for e in manifest["files"])
    assert not list((out / "my-campaign").rglob("*week-2*"))
    assert "pdf:en/week-2" in result.removed


def test_only_and_lang_keep_other_outputs(two_area_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    build_kit(two_area_kit, BuildRequest(out_root=out, only=("sheet",)))
    before = _tree(out / "my-campaign")
    result = build_kit(two_area_kit, BuildRequest(out_root=out, only=("sheet",), languages=("en",)))
    assert not result.removed
    assert _tree(out / "my-campaign") == before


def test_jobs_do_not_change_bytes(two_area_kit: Path, tmp_path: Path) -> None:
    one = build_kit(two_area_kit, BuildRequest(out_root=tmp_path / "j1", only=FAST, jobs=1))
    two = build_kit(two_area_kit, BuildRequest(out_root=tmp_path / "j2", only=FAST, jobs=2))
    assert one.added and sorted(one.added) == sorted(two.added)
    assert _tree(tmp_path / "j1") == _tree(tmp_path / "j2")


def test_check_exit_codes(two_area_kit: Path, tmp_path: Path, runner: CliRunner) -> None:
    out = tmp_path / "dist"
    args = ["build", str(two_area_kit), "--out", str(out), "--only", "sheet"]
    missing = runner.invoke(app, [*args, "--check"])
    assert missing.exit_code == 1, missing.output
    assert "is out of date" in missing.output
    assert not out.exists(), "--check must write nothing"
    assert runner.invoke(app, args).exit_code == 0
    current = runner.invoke(app, [*args, "--check"])
    assert current.exit_code == 0, current.output
    assert "is up to date" in current.output
    area = two_area_kit / "areas" / "week-1.yaml"
    area.write_text(
        area.read_text("utf-8").replace("Why it matters", "Why it matters now"), "utf-8"
    )
    before = _tree(out)
    stale = runner.invoke(app, [*args, "--check"])
    assert stale.exit_code == 1
    assert "1 to rebuild" in stale.output  # only the English sheet shows the edited title
    assert _tree(out) == before
    (out / "my-campaign" / "en" / "messages.md").unlink()
    assert runner.invoke(app, [*args, "--check"]).exit_code == 1


def test_json_summary(two_area_kit: Path, tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["build", str(two_area_kit), "--out", str(tmp_path / "d"), "--only", "sheet", "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["ok"] is True
    (kit,) = payload["kits"]
    assert kit["targets"]["added"] == ["sheet:en", "sheet:sl"]
    assert kit["files"]["written"] == 2
    assert "sheet" in kit["seconds_by_builder"]


def test_failed_build_keeps_previous_output(two_area_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    build_kit(two_area_kit, BuildRequest(out_root=out, only=("sheet",)))
    before = _tree(out)
    kit_yaml = two_area_kit / "kit.yaml"
    kit_yaml.write_text(kit_yaml.read_text("utf-8").replace("title:", "titel:", 1), "utf-8")
    from msgkit.errors import MsgkitError

    with pytest.raises(MsgkitError):
        build_kit(two_area_kit, BuildRequest(out_root=out, only=("sheet",)))
    assert _tree(out) == before


def _manifest_is_true(folder: Path) -> None:
    manifest_path = folder / "manifest.json"
    if not manifest_path.exists():
        return
    manifest = json.loads(manifest_path.read_text("utf-8"))
    for entry in manifest["files"]:
        path = folder / entry["path"]
        assert path.is_file(), f"manifest claims missing {entry['path']}"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], entry["path"]
    claimed = {p for t in manifest["targets"].values() for p in t["files"]}
    assert claimed <= {e["path"] for e in manifest["files"]}


@pytest.mark.slow
def test_sigkill_at_any_point_leaves_manifest_true(two_area_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    folder = out / "my-campaign"
    base = [sys.executable, "-m", "msgkit", "build", str(two_area_kit)]
    base += [a for name in FAST for a in ("--only", name)]
    cmd = [*base, "--out", str(out), "-j", "2"]
    env = dict(os.environ)
    reference = tmp_path / "reference"
    subprocess.run([*base, "--out", str(reference), "-j", "1"], check=True, env=env)
    area = two_area_kit / "areas" / "week-1.yaml"
    text = area.read_text("utf-8")
    for i, delay in enumerate((0.3, 0.6, 0.9, 1.2, 1.6, 2.2)):
        # Alternate the content so each run has real work to commit.
        area.write_text(text.replace("Why it matters", f"Why it matters {i}"), "utf-8")
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _manifest_is_true(folder)
    area.write_text(text, "utf-8")
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    _manifest_is_true(folder)
    assert not (folder / ".msgkit-staging").exists()
    assert _tree(folder) == _tree(reference / "my-campaign")


def test_cli_import_is_light() -> None:
    code = (
        "import sys, msgkit.cli, msgkit.check, msgkit.builders;"
        "msgkit.builders.registry();"
        "heavy = [m for m in ('reportlab', 'pptx', 'PIL', 'babel') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"imported at start-up: {result.stdout.strip()}"


def test_help_does_not_import_heavy_libraries() -> None:
    # `check` lays out cards and reads templates (it refuses what `build` would), so it may
    # load Pillow and python-pptx; `--help` must stay light.
    code = (
        "import sys; from msgkit.cli import app;"
        "from typer.testing import CliRunner;"
        "r = CliRunner().invoke(app, ['--help']);"
        "heavy = [m for m in ('reportlab', 'pptx', 'PIL') if m in sys.modules];"
        "print(r.exit_code, ','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "0", result.stdout


@pytest.mark.slow
def test_watch_rebuilds_on_save(two_area_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    cmd = [sys.executable, "-m", "msgkit", "build", str(two_area_kit), "--out", str(out)]
    proc = subprocess.Popen(
        [*cmd, "--only", "sheet", "--watch"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    sheet = out / "my-campaign" / "en" / "messages.md"
    try:
        deadline = time.monotonic() + 30
        while not sheet.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sheet.exists(), "the first build did not happen"
        time.sleep(0.5)  # let the watcher start
        area = two_area_kit / "areas" / "week-1.yaml"
        area.write_text(area.read_text("utf-8").replace("Why it matters", "Why it matters today"))
        while "Why it matters today" not in sheet.read_text("utf-8"):
            assert time.monotonic() < deadline, "no rebuild after the edit"
            time.sleep(0.1)
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=10)
    assert "changed: " in stderr and "week-1.yaml" in stderr


def test_building_from_another_folder_rebuilds_nothing(
    starter_kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "dist"
    monkeypatch.chdir(starter_kit.parent)
    build_kit(Path(starter_kit.name), BuildRequest(out_root=out, jobs=2))
    monkeypatch.chdir(tmp_path.parent)
    again = build_kit(starter_kit, BuildRequest(out_root=out, jobs=2))
    assert not again.stale, again.summary()


def test_a_fingerprint_does_not_depend_on_where_the_files_sit(tmp_path: Path) -> None:
    """The same kit in another checkout fingerprints the same (so its manifest is the same
    bytes): assets are hashed by name and content, whatever their absolute paths' order."""
    from msgkit.build import _fingerprint
    from msgkit.builders import Target, registry

    shared = tmp_path / "m" / "font.ttf"
    shared.parent.mkdir()
    shared.write_bytes(b"font")
    prints = []
    for root in ("a", "z"):  # the kit's image sorts before the shared font, then after it
        image = tmp_path / root / "kit" / "mark.png"
        image.parent.mkdir(parents=True)
        image.write_bytes(b"mark")
        target = Target(builder="deck", key="en", lang="en", inputs={}, assets=(image, shared))
        prints.append(_fingerprint(registry()["deck"], target, [], {}))
    assert prints[0] == prints[1]


def test_editing_one_language_rebuilds_only_that_language(
    two_area_kit: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dist"
    request = BuildRequest(out_root=out, only=("sheet", "posts", "pdf", "html"))
    build_kit(two_area_kit, request)
    area = two_area_kit / "areas" / "week-2.yaml"
    area.write_text(
        area.read_text("utf-8").replace("Naša prva objava.", "Naša prva, popravljena objava."),
        "utf-8",
    )
    result = build_kit(two_area_kit, request)
    assert result.changed, "the Slovenian edit must rebuild something"
    assert all(t.split(":")[1].startswith("sl") for t in result.changed), result.changed
