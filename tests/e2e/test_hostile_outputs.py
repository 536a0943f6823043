"""Output folders under attack: concurrent builds, planted links, tampered files, swapped assets."""

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

from msgkit.cli import app

KIT_ID = "my-campaign"


def _msgkit(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msgkit", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        **kw,  # type: ignore[call-overload]
    )


def manifest_is_true(folder: Path) -> None:
    """Every file the manifest lists exists with its sha256; every target's files are listed."""
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    for entry in manifest["files"]:
        path = folder / entry["path"]
        assert path.is_file() and not path.is_symlink(), f"manifest claims {entry['path']}"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], entry["path"]
    claimed = {p for t in manifest["targets"].values() for p in t["files"]}
    assert claimed <= {e["path"] for e in manifest["files"]}


def _build(kit: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return _msgkit("build", str(kit), "--out", str(out), "-j", "1", *extra)


# --- the lock -----------------------------------------------------------------------------------


def test_two_concurrent_builds_leave_a_true_manifest(starter_kit: Path, tmp_path: Path) -> None:
    # The attack: the same kit id twice, with different brand colours, built at once into one
    # folder. Without a lock one build deleted the other's staging and files kept mixed colours.
    other = tmp_path / "other" / KIT_ID
    other.parent.mkdir()
    subprocess.run(["cp", "-r", str(starter_kit), str(other)], check=True)
    kit_yaml = other / "kit.yaml"
    text = kit_yaml.read_text("utf-8")
    assert 'primary: "#1D3557"' in text
    kit_yaml.write_text(text.replace('primary: "#1D3557"', 'primary: "#7A1F5C"'), "utf-8")
    out = tmp_path / "dist"
    env = dict(os.environ)
    cmds = [
        [sys.executable, "-m", "msgkit", "build", str(k), "--out", str(out), "-j", "1"]
        for k in (starter_kit, other)
    ]
    procs = [
        subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in cmds
    ]
    results = [(p.wait(), p.communicate()) for p in procs]
    for code, (_, err) in results:
        assert code == 0, err
        assert "Traceback" not in err
    manifest_is_true(out / KIT_ID)
    # Whichever build finished last owns the folder, wholly: exactly one kit is up to date.
    checks = [_build(k, out, "--check").returncode for k in (starter_kit, other)]
    assert sorted(checks) == [0, 1]


def _hold_lock(out_dir: Path) -> subprocess.Popen[str]:
    """A process that takes the output folder's lock, says so, and sleeps until killed."""
    code = (
        "import sys, time; from pathlib import Path; from msgkit.output import output_lock\n"
        f"with output_lock(Path({str(out_dir)!r})):\n"
        "    print('locked', flush=True); time.sleep(600)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=dict(os.environ)
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_no_wait_fails_while_another_build_holds_the_folder(
    starter_kit: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dist"
    holder = _hold_lock(out / KIT_ID)
    try:
        result = _build(starter_kit, out, "--no-wait")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert result.stderr.splitlines()[:2] == [
        f"error: another msgkit build is writing `{_shown(out / KIT_ID)}`",
        "  hint: wait for it to finish and build again, or leave out --no-wait to wait",
    ]
    assert not out.exists()


def _shown(path: Path) -> str:
    from msgkit.errors import display_path

    return display_path(path)


def test_a_second_build_waits_with_a_message_then_builds(starter_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    holder = _hold_lock(out / KIT_ID)
    log = tmp_path / "stderr.txt"
    with log.open("w") as err:
        cmd = [sys.executable, "-m", "msgkit", "build", str(starter_kit), "--out", str(out)]
        proc = subprocess.Popen(cmd, stderr=err, stdout=subprocess.DEVNULL, env=dict(os.environ))
        message = f"{_shown(out / KIT_ID)}: another msgkit build is writing here; waiting"
        # Not a timing assertion: poll until the waiting build says it waits, however long.
        while message not in log.read_text("utf-8"):
            assert proc.poll() is None, log.read_text("utf-8")
            time.sleep(0.05)
        assert not (out / KIT_ID / "manifest.json").exists()
        holder.kill()
        holder.wait()
        assert proc.wait() == 0, log.read_text("utf-8")
    manifest_is_true(out / KIT_ID)


def test_a_killed_lock_holder_does_not_block_the_next_build(
    starter_kit: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dist"
    holder = _hold_lock(out / KIT_ID)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    result = _build(starter_kit, out, "--no-wait")
    assert result.returncode == 0, result.stderr
    manifest_is_true(out / KIT_ID)


# --- planted links --------------------------------------------------------------------------------


def test_a_language_folder_replaced_by_a_link_is_never_written_through(
    starter_kit: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dist"
    assert _build(starter_kit, out).returncode == 0
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "messages.md").write_text("keep me\n", "utf-8")
    folder = out / KIT_ID
    subprocess.run(["rm", "-r", str(folder / "sl")], check=True)
    (folder / "sl").symlink_to(victim, target_is_directory=True)
    result = _build(starter_kit, out)
    assert result.returncode == 1
    link = f"{_shown(folder)}/sl"
    assert result.stderr.splitlines()[:2] == [
        f"error: `{link}` is a symbolic link: msgkit never writes through a link inside "
        "its output folder",
        f"  hint: remove the link (`rm {link}`) and build again; msgkit recreates the folder",
    ]
    assert sorted(p.name for p in victim.iterdir()) == ["messages.md"]
    assert (victim / "messages.md").read_text("utf-8") == "keep me\n"
    (folder / "sl").unlink()
    assert _build(starter_kit, out).returncode == 0
    manifest_is_true(folder)


def test_a_planted_staging_link_is_removed_not_followed(starter_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    assert _build(starter_kit, out).returncode == 0
    victim = tmp_path / "victim"
    (victim / "en").mkdir(parents=True)
    (victim / "en" / "messages.md").write_text("keep me\n", "utf-8")
    folder = out / KIT_ID
    (folder / ".msgkit-staging").symlink_to(victim, target_is_directory=True)
    (folder / "en" / "messages.md").unlink()  # real work, so staging is used
    result = _build(starter_kit, out)
    assert result.returncode == 0, result.stderr
    assert (victim / "en" / "messages.md").read_text("utf-8") == "keep me\n"
    assert not (folder / ".msgkit-staging").exists()
    manifest_is_true(folder)


# --- tampered outputs ---------------------------------------------------------------------------


def test_a_tampered_file_of_the_same_size_is_rebuilt(starter_kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    assert _build(starter_kit, out).returncode == 0
    page = out / KIT_ID / "en" / "index.html"
    data = bytearray(page.read_bytes())
    data[100:103] = b"XYZ"
    page.write_bytes(bytes(data))
    stale = _build(starter_kit, out, "--check", "--json")
    assert stale.returncode == 1
    targets = json.loads(stale.stdout)["kits"][0]["targets"]
    assert "html:en" in targets["changed"]
    # A changed target is to be rebuilt, never also listed as removed.
    assert not set(targets["changed"]) & set(targets["removed"])
    assert targets["removed"] == []
    rebuilt = _build(starter_kit, out)
    assert rebuilt.returncode == 0
    assert "0 added, 1 changed, 0 removed" in rebuilt.stderr
    manifest_is_true(out / KIT_ID)
    assert _build(starter_kit, out, "--check").returncode == 0


def test_a_noop_rebuild_keeps_the_manifest_bytes_and_mtime(
    starter_kit: Path, tmp_path: Path, runner: CliRunner
) -> None:
    out = tmp_path / "dist"
    args = ["build", str(starter_kit), "--out", str(out), "-j", "1"]
    assert runner.invoke(app, args).exit_code == 0
    manifest = out / KIT_ID / "manifest.json"
    before = (manifest.read_bytes(), manifest.stat().st_mtime_ns, manifest.stat().st_ino)
    os.utime(manifest, ns=(1_000_000_000, 1_000_000_000))
    before = (manifest.read_bytes(), manifest.stat().st_mtime_ns, manifest.stat().st_ino)
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert "0 files written" in again.output
    assert (manifest.read_bytes(), manifest.stat().st_mtime_ns, manifest.stat().st_ino) == before


@pytest.mark.parametrize("leftover", [".manifest.json.msgkit-tmp"])
def test_a_failed_manifest_write_leaves_no_partial_file(
    tmp_path: Path, leftover: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Disk full while the manifest is written: the half file must not stay behind.
    from msgkit import output

    target = tmp_path / "out" / "manifest.json"

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full)
    with pytest.raises(OSError):
        output.write_atomic(target, b"{}")
    assert not (tmp_path / "out" / leftover).exists()
    assert not target.exists()


# --- an asset swapped mid-build -----------------------------------------------------------------


def _png(path: Path, colour: tuple[int, int, int]) -> None:
    from PIL import Image

    Image.new("RGB", (64, 64), colour).save(path, format="PNG")


def test_a_logo_swapped_during_the_build_reaches_no_output(
    starter_kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msgkit.build import BuildRequest, build_kit
    from msgkit.builders import registry

    (starter_kit / "images").mkdir()
    logo = starter_kit / "images" / "logo.png"
    _png(logo, (200, 0, 0))
    kit_yaml = starter_kit / "kit.yaml"
    kit_yaml.write_text(
        kit_yaml.read_text("utf-8").replace(
            "  name: Our campaign\n", "  name: Our campaign\n  logo: images/logo.png\n", 1
        ),
        "utf-8",
    )
    reference = tmp_path / "reference"
    build_kit(starter_kit, BuildRequest(out_root=reference, jobs=1))

    # The attack: the first target built replaces the logo; it is restored after the build.
    original = logo.read_bytes()
    first = sorted(registry())[0]
    builder = registry()[first]
    real_build = builder.build

    def swapping_build(target: object, ctx: object) -> object:
        _png(logo, (0, 0, 200))
        return real_build(target, ctx)  # type: ignore[arg-type]

    out = tmp_path / "dist"
    with monkeypatch.context() as patch:
        patch.setattr(builder, "build", swapping_build)
        build_kit(starter_kit, BuildRequest(out_root=out, jobs=1))
    assert logo.read_bytes() != original
    logo.write_bytes(original)
    manifest_is_true(out / KIT_ID)
    # Every output shows the logo as the build first read it: the same bytes as a clean build.
    assert _files(out / KIT_ID) == _files(reference / KIT_ID)
    assert _build(starter_kit, out, "--check").returncode == 0


def _files(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# --- output folders that cannot take the files ----------------------------------------------------


@pytest.mark.parametrize("out", ["/dev/null", "file"])
def test_out_that_is_not_a_folder_is_a_clean_error(
    starter_kit: Path, tmp_path: Path, runner: CliRunner, out: str
) -> None:
    target = Path(out) if out.startswith("/") else tmp_path / out
    if not target.exists():
        target.write_text("not a folder\n")
    result = runner.invoke(app, ["build", str(starter_kit), "--out", str(target), "-j", "1"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert result.stderr.splitlines()[:2] == [
        f"error: output path `{_shown(target)}` is not a folder",
        "  hint: choose another --out: a folder, or a path that does not exist yet",
    ]


@pytest.mark.parametrize(
    ("errno_", "strerror"), [(28, "No space left on device"), (30, "Read-only file system")]
)
def test_a_full_or_read_only_disk_is_a_clean_error_and_keeps_the_output(
    starter_kit: Path,
    tmp_path: Path,
    runner: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
    errno_: int,
    strerror: str,
) -> None:
    from msgkit import output

    out = tmp_path / "dist"
    args = ["build", str(starter_kit), "--out", str(out), "-j", "1"]
    assert runner.invoke(app, args).exit_code == 0
    before = _files(out / KIT_ID)
    (starter_kit / "areas" / "week-1.yaml").write_text(
        (starter_kit / "areas" / "week-1.yaml")
        .read_text("utf-8")
        .replace("Why it matters", "Why it matters now"),
        "utf-8",
    )

    def failing_write(self: object, relpath: str, data: bytes) -> None:
        raise OSError(errno_, strerror, str(out / KIT_ID / ".msgkit-staging" / relpath))

    monkeypatch.setattr(output.Staging, "write", failing_write)
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.stderr.splitlines()[0].startswith(f"error: cannot write the output: {strerror} (")
    assert "Traceback" not in result.output
    assert _files(out / KIT_ID) == before
    assert not list((out / KIT_ID).rglob("*.msgkit-tmp"))


def test_source_date_epoch_out_of_range_is_a_clean_error(
    starter_kit: Path, tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999999")
    result = runner.invoke(app, ["build", str(starter_kit), "--out", str(tmp_path / "d")])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:2] == [
        "error: SOURCE_DATE_EPOCH='99999999999999999' is out of range",
        "  hint: set it to a Unix timestamp between 0 and 4102444800 (2100-01-01), such as "
        "1634515200, or unset it",
    ]


def test_ids_at_their_maximum_keep_pack_paths_under_windows_limit(
    starter_kit: Path, tmp_path: Path
) -> None:
    import re
    import zipfile

    from msgkit.model import MAX_ID

    kit_yaml = starter_kit / "kit.yaml"
    text = re.sub(r"^id: .*$", f"id: {'k' * MAX_ID}", kit_yaml.read_text("utf-8"), flags=re.M)
    text = text.replace("  - id: week-1", f"  - id: {'a' * MAX_ID}")
    text += f"partners:\n  - {{id: {'q' * MAX_ID}, name: Partner, languages: [en, sl]}}\n"
    kit_yaml.write_text(text, "utf-8")
    area = starter_kit / "areas" / "week-1.yaml"
    text = area.read_text("utf-8").replace("id: week-1", f"id: {'a' * MAX_ID}", 1)
    area.write_text(text.replace("  - id: post-1", f"  - id: {'p' * MAX_ID}"), "utf-8")
    out = tmp_path / "o"
    result = _build(starter_kit, out)
    assert result.returncode == 0, result.stderr
    longest = max(
        len(name)
        for pack in out.rglob("*.zip")
        for name in zipfile.ZipFile(pack).namelist()
    )
    # The longest language tag (`sr-Cyrl-RS`, 10) is 8 longer than `en`/`sl` and appears at
    # most twice in a path; 30 characters are left for the folder a partner unzips into.
    assert longest + 2 * 8 + 30 < 260, longest


def test_a_disk_full_during_the_commit_says_so_and_the_next_build_repairs(
    starter_kit: Path, tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msgkit import output

    out = tmp_path / "dist"
    args = ["build", str(starter_kit), "--out", str(out), "-j", "1"]
    assert runner.invoke(app, args).exit_code == 0
    area = starter_kit / "areas" / "week-1.yaml"
    edited = area.read_text("utf-8").replace("Why it matters", "Why it matters now")
    area.write_text(edited, "utf-8")
    real_replace = os.replace
    moved = 0

    def full_after_two(src: object, dst: object) -> None:
        nonlocal moved
        if str(dst).endswith("manifest.json") or moved < 2:
            moved += not str(dst).endswith("manifest.json")
            real_replace(src, dst)  # type: ignore[arg-type]
            return
        raise OSError(28, "No space left on device", str(dst))

    with monkeypatch.context() as patch:
        patch.setattr(output.os, "replace", full_after_two)
        result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: cannot write the output: No space left on device (")
    assert lines[-1].endswith(
        "build failed (1 error); some files may be new; the next build finds and redoes the rest"
    )
    manifest_is_true(out / KIT_ID)  # it claims only what it verified
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    manifest_is_true(out / KIT_ID)
    assert _build(starter_kit, out, "--check").returncode == 0


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_out_in_proc_is_a_clean_error(starter_kit: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["build", str(starter_kit), "--out", "/proc/self", "-j", "1"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.stderr.startswith("error: cannot write the output: ")
    assert result.stderr.splitlines()[1] == (
        "  hint: choose an --out folder you can write to, with free space; then build again"
    )
