"""Every bad-input case in tests/malformed/: the exact diagnostics, exit code 1, no traceback.

Each case is a folder named for the situation: `kit/` (a small kit with one mistake, or a few),
`expected.txt` (exactly what `msgkit check kit` prints, run from the case folder so paths read
`kit/…`) and optionally `args.txt` (extra arguments, e.g. `--strict`). The expected exit code
follows from the last line: `kit: ok (…)` is 0, `kit: failed (…)` is 1.
`pytest --update-golden` rewrites the expected files; review the diff, the wording is a contract.
"""

from __future__ import annotations

import json
import shutil
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from msgkit.cli import app
from msgkit.load import MAX_FILE_BYTES

MALFORMED = Path(__file__).resolve().parents[1] / "malformed"
CASES = sorted(p.name for p in MALFORMED.iterdir() if (p / "expected.txt").is_file())


def _pad_past_limit(case: Path) -> None:
    area = case / "kit" / "areas" / "week-1.yaml"
    text = area.read_text("utf-8")
    filler = "# filler line to make this file larger than msgkit accepts\n"
    area.write_text(text + filler * (MAX_FILE_BYTES // len(filler) + 1), encoding="utf-8")


def _link_outside(case: Path) -> None:
    (case / "outside.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (case / "kit" / "logo.png").symlink_to(Path("..") / "outside.png")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)


def _image_loop(case: Path) -> None:
    images = case / "kit" / "images"
    images.mkdir()
    (images / "photo.png").symlink_to("photo.png")


def _decompression_bomb(case: Path) -> None:
    # 1.6 gigapixels declared in a file of a few hundred bytes: one compressed empty row.
    images = case / "kit" / "images"
    images.mkdir()
    pixels = zlib.compress(b"\x00" * 1000)
    data = _png_header(40_000, 40_000) + _png_chunk(b"IDAT", pixels) + _png_chunk(b"IEND", b"")
    (images / "photo.png").write_bytes(data)


def _truncated_png(case: Path) -> None:
    images = case / "kit" / "images"
    images.mkdir()
    (images / "photo.png").write_bytes(_png_header(64, 64) + b"\x00\x00\x01\x00IDAT\x78")


def _area_file_outside(case: Path) -> None:
    area = case / "kit" / "areas" / "week-1.yaml"
    area.rename(case / "week-1.yaml")
    area.symlink_to(Path("..") / ".." / "week-1.yaml")


def _areas_folder_outside(case: Path) -> None:
    areas = case / "kit" / "areas"
    areas.rename(case / "elsewhere")
    areas.symlink_to(Path("..") / "elsewhere", target_is_directory=True)


#: Cases whose files cannot sensibly be stored as they are (see the case's README.md).
PREPARE: dict[str, Callable[[Path], None]] = {
    "file-too-large": _pad_past_limit,
    "path-symlink": _link_outside,
    "image-symlink-loop": _image_loop,
    "image-decompression-bomb": _decompression_bomb,
    "image-truncated": _truncated_png,
    "area-file-symlink": _area_file_outside,
    "areas-folder-symlink": _areas_folder_outside,
}


@pytest.fixture
def case_dir(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A private copy of the case folder, made the working folder so paths print as `kit/…`."""
    name: str = request.param
    case = tmp_path / name
    shutil.copytree(MALFORMED / name, case, symlinks=True)
    if name in PREPARE:
        PREPARE[name](case)
    monkeypatch.chdir(case)
    return case


def _args(case: Path) -> list[str]:
    extra = case / "args.txt"
    return extra.read_text("utf-8").split() if extra.is_file() else []


def _expected_exit(expected: str) -> int:
    last = expected.rstrip("\n").splitlines()[-1]
    assert last.startswith("kit: "), f"expected.txt must end with the summary line, not {last!r}"
    return 0 if last.startswith("kit: ok (") else 1


def test_every_case_has_a_kit_and_expected_output() -> None:
    folders = sorted(p.name for p in MALFORMED.iterdir() if p.is_dir())
    assert folders == CASES
    assert len(CASES) >= 20
    for name in CASES:
        assert (MALFORMED / name / "kit").is_dir(), name


@pytest.mark.parametrize("case_dir", CASES, indirect=True)
def test_check_prints_exactly_the_expected_diagnostics(
    case_dir: Path, runner: CliRunner, request: pytest.FixtureRequest
) -> None:
    result = runner.invoke(app, ["check", "kit", *_args(case_dir)])
    # A user mistake ends in a clean exit, never in an exception from inside msgkit.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.stdout == ""
    expected_file = MALFORMED / case_dir.name / "expected.txt"
    if request.config.getoption("--update-golden"):
        expected_file.write_text(result.stderr, encoding="utf-8")
    expected = expected_file.read_text("utf-8")
    assert result.stderr == expected
    assert result.exit_code == _expected_exit(expected)


@pytest.mark.parametrize("case_dir", CASES, indirect=True)
def test_every_problem_is_located_and_has_a_hint(case_dir: Path) -> None:
    lines = (MALFORMED / case_dir.name / "expected.txt").read_text("utf-8").splitlines()
    problems = [i for i, line in enumerate(lines) if ": error: " in line or ": warning: " in line]
    problems += [i for i, line in enumerate(lines) if line.startswith(("error: ", "warning: "))]
    assert problems, "a malformed case must report at least one problem"
    for i in problems:
        assert lines[i + 1].startswith("  hint: "), f"no hint after {lines[i]!r}"
        if not lines[i].startswith(("error: ", "warning: ")):
            # file:line:col of a real place in a kit file
            where = lines[i].split(": ", 1)[0]
            path, line, col = where.rsplit(":", 2)
            assert path.startswith("kit/") and int(line) >= 1 and int(col) >= 1, where
        assert "input should" not in lines[i].lower(), f"pydantic wording leaked: {lines[i]!r}"


@pytest.mark.parametrize("case_dir", CASES, indirect=True)
def test_check_json_reports_the_same_problems(case_dir: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "kit", "--json", *_args(case_dir)])
    report = json.loads(result.stdout)
    expected = (MALFORMED / case_dir.name / "expected.txt").read_text("utf-8")
    assert result.exit_code == _expected_exit(expected)
    [kit] = report
    assert kit["ok"] is (result.exit_code == 0)
    for d in kit["diagnostics"]:
        where = f"{d['file']}:{d['line']}:{d['col']}: " if d["file"] else ""
        assert f"{where}{d['level']}: {d['message']}\n  hint: {d['hint']}\n" in expected


FAILING = [c for c in CASES if _expected_exit((MALFORMED / c / "expected.txt").read_text()) == 1]


@pytest.mark.parametrize("case_dir", FAILING, indirect=True)
def test_build_of_a_bad_kit_writes_nothing(case_dir: Path, runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["build", "kit", "--out", "out", "--only", "sheet", *_args(case_dir)]
    )
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert not (case_dir / "out").exists()
    # `build` reports the same problems as `check` (all but check's summary line).
    expected = (MALFORMED / case_dir.name / "expected.txt").read_text("utf-8")
    diagnostics = "".join(expected.splitlines(keepends=True)[:-1])
    assert diagnostics in result.stderr
    assert "nothing was written" in result.stderr


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize(
    "case_dir", ["duplicate-post-id", "several-problems", "alias-bomb"], indirect=True
)
def test_failed_build_leaves_the_previous_output_untouched(
    case_dir: Path, runner: CliRunner, tmp_path: Path
) -> None:
    # A good build of a kit with the same id first (the missing-translation kit is valid).
    good = tmp_path / "good"
    shutil.copytree(MALFORMED / "missing-translation" / "kit", good)
    first = runner.invoke(app, ["build", str(good), "--out", "out", "--only", "sheet"])
    assert first.exit_code == 0, first.output
    before = _snapshot(case_dir / "out")
    assert "case/manifest.json" in before and "case/sl/messages.md" in before

    result = runner.invoke(app, ["build", "kit", "--out", "out", "--only", "sheet"])
    assert result.exit_code == 1, result.output
    assert _snapshot(case_dir / "out") == before
    assert not any(".msgkit" in p.name for p in (case_dir / "out").rglob("*"))


@pytest.mark.parametrize("case_dir", ["missing-translation"], indirect=True)
def test_warnings_fail_the_build_only_under_strict(case_dir: Path, runner: CliRunner) -> None:
    strict = runner.invoke(app, ["build", "kit", "--out", "out", "--only", "sheet", "--strict"])
    assert strict.exit_code == 1, strict.output
    assert not (case_dir / "out").exists()
    lenient = runner.invoke(app, ["build", "kit", "--out", "out", "--only", "sheet"])
    assert lenient.exit_code == 0, lenient.output
    assert "warning: key_messages[0].text: no `sl` translation" in lenient.stderr
    assert (case_dir / "out" / "case" / "sl" / "messages.md").is_file()


def test_locations_are_relative_to_the_working_folder(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Run from elsewhere: the same line:col, with the path as seen from there.
    shutil.copytree(MALFORMED / "duplicate-key", tmp_path / "c")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "c/kit"])
    assert result.exit_code == 1
    assert result.stderr.startswith("c/kit/areas/week-1.yaml:19:7: error: duplicate key `en`")
