"""The output module: safe relative paths, deterministic zips, staged and atomic commits."""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from msgkit import output
from msgkit.output import (
    MANIFEST,
    STAGING_DIR,
    Staging,
    UnsafePathError,
    check_relpath,
    commit,
    deterministic_zip,
    dump_json,
    file_sha256,
    sha256,
    write_atomic,
)

# --- relative output paths --------------------------------------------------------------------


@pytest.mark.parametrize(
    "relpath", ["en/messages.md", "sl/posts/x.md", "packs/kit-en.zip", "a", "sr-Cyrl/deck.pptx"]
)
def test_good_relpaths(relpath: str) -> None:
    assert check_relpath(relpath).as_posix() == relpath


@pytest.mark.parametrize(
    "relpath",
    [
        "",
        "/etc/passwd",
        "../x",
        "en/../../x",
        "en/..",
        "..",
        "en\\messages.md",
        "..\\x",
        "en//x",
        "./en/x",
        "en/./x",
        "en/",
        "en/x\x00.md",
    ],
)
def test_unsafe_relpaths_are_refused(relpath: str) -> None:
    with pytest.raises(UnsafePathError):
        check_relpath(relpath)


@pytest.mark.parametrize("relpath", [MANIFEST, f"{STAGING_DIR}/en/x.md"])
def test_bookkeeping_names_are_reserved_for_builders_but_not_in_zips(relpath: str) -> None:
    with pytest.raises(UnsafePathError, match="reserved"):
        check_relpath(relpath)
    assert check_relpath(relpath, reserved=False).as_posix() == relpath


# --- deterministic zips -------------------------------------------------------------------------

MEMBERS = [
    ("en/messages.md", "# Kampanja – ščž\n".encode() * 50),
    ("en/images/card.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    ("en/factsheets/overview.pdf", b"%PDF-1.4\n" + b"x" * 500),
    ("README.md", b"read me\n" * 40),
]


def test_zip_bytes_depend_only_on_members() -> None:
    first = deterministic_zip(MEMBERS)
    assert deterministic_zip(list(reversed(MEMBERS))) == first
    assert deterministic_zip(iter(MEMBERS)) == first
    changed = [*MEMBERS[:-1], ("README.md", b"read me!\n")]
    assert deterministic_zip(changed) != first


def test_zip_entries_are_sorted_with_fixed_dates_and_modes() -> None:
    archive = zipfile.ZipFile(io.BytesIO(deterministic_zip(MEMBERS, (2021, 10, 18, 0, 0, 0))))
    infos = archive.infolist()
    assert [i.filename for i in infos] == sorted(name for name, _ in MEMBERS)
    for info in infos:
        assert info.date_time == (2021, 10, 18, 0, 0, 0)
        assert info.create_system == 3
        assert stat.S_IMODE(info.external_attr >> 16) == 0o644
        assert stat.S_ISREG(info.external_attr >> 16)
    assert {name: archive.read(name) for name, _ in MEMBERS} == dict(MEMBERS)
    assert archive.testzip() is None


def test_default_zip_date_is_fixed() -> None:
    archive = zipfile.ZipFile(io.BytesIO(deterministic_zip(MEMBERS)))
    assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_compressed_formats_are_stored_and_text_is_deflated() -> None:
    archive = zipfile.ZipFile(io.BytesIO(deterministic_zip(MEMBERS)))
    kinds = {i.filename: i.compress_type for i in archive.infolist()}
    assert kinds == {
        "README.md": zipfile.ZIP_DEFLATED,
        "en/factsheets/overview.pdf": zipfile.ZIP_STORED,
        "en/images/card.png": zipfile.ZIP_STORED,
        "en/messages.md": zipfile.ZIP_DEFLATED,
    }
    assert archive.getinfo("en/messages.md").compress_size < len(MEMBERS[0][1])


@pytest.mark.parametrize("name", ["../evil.txt", "/abs.txt", "a\\..\\b.txt", "a/../../b"])
def test_zip_member_cannot_escape_the_unzip_folder(name: str) -> None:
    with pytest.raises(UnsafePathError):
        deterministic_zip([("ok.txt", b"x"), (name, b"y")])


def test_zip_may_hold_its_own_manifest() -> None:
    archive = zipfile.ZipFile(io.BytesIO(deterministic_zip([(MANIFEST, b"{}")])))
    assert archive.namelist() == [MANIFEST]


# --- small writers ------------------------------------------------------------------------------


def test_dump_json_is_stable_and_readable() -> None:
    data = {"b": 1, "a": {"ž": "Čao", "c": [1, 2]}}
    text = dump_json(data)
    assert text == dump_json(json.loads(text))
    assert (
        text.decode()
        == '{\n  "a": {\n    "c": [\n      1,\n      2\n    ],\n    "ž": "Čao"\n  },\n  "b": 1\n}\n'
    )


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "manifest.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["manifest.json"]


def test_file_sha256(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"abc")
    assert file_sha256(tmp_path / "f") == sha256(b"abc")
    assert file_sha256(tmp_path / "missing") is None
    assert file_sha256(tmp_path) is None


# --- staging and commit -------------------------------------------------------------------------


def _manifest(files: list[str]) -> dict[str, Any]:
    return {
        "kit": "k",
        "complete": True,
        "files": [{"path": p, "target": f"t:{p}"} for p in files],
        "targets": {f"t:{p}": {"files": [p], "fingerprint": "f"} for p in files},
    }


def test_fresh_staging_discards_what_a_killed_build_left(tmp_path: Path) -> None:
    leftover = tmp_path / STAGING_DIR / "en" / "old.md"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half")
    Staging(tmp_path)
    assert not leftover.exists()
    attached = Staging.attach(tmp_path)
    attached.write("en/new.md", b"x")
    assert Staging.attach(tmp_path).read("en/new.md") == b"x"


def test_staging_refuses_unsafe_paths(tmp_path: Path) -> None:
    staging = Staging(tmp_path / "out")
    with pytest.raises(UnsafePathError):
        staging.write("../escape.md", b"x")
    assert not (tmp_path / "escape.md").exists()


def test_commit_moves_files_then_writes_the_manifest_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    staging = Staging(out)
    staging.write("en/messages.md", b"en")
    staging.write("sl/messages.md", b"sl")
    moves: list[tuple[str, bytes]] = []
    real_replace = os.replace

    def recording_replace(src: Any, dst: Any) -> None:
        real_replace(src, dst)
        target = Path(dst)
        moves.append((target.relative_to(out).as_posix(), target.read_bytes()))

    monkeypatch.setattr(os, "replace", recording_replace)
    manifest = _manifest(["en/messages.md", "sl/messages.md"])
    replaced, removed = commit(out, staging, ["sl/messages.md", "en/messages.md"], [], manifest, {})
    assert (replaced, removed) == (2, 0)
    names = [name for name, _ in moves]
    assert names == [MANIFEST, "en/messages.md", "sl/messages.md", MANIFEST]
    # While files move, the manifest claims none of them and says the build is incomplete.
    journal = json.loads(moves[0][1])
    assert journal["complete"] is False and journal["files"] == [] and journal["targets"] == {}
    assert json.loads(moves[-1][1]) == manifest
    assert not (out / STAGING_DIR).exists()
    assert (out / "en" / "messages.md").read_bytes() == b"en"


def test_journal_keeps_claiming_the_targets_this_commit_does_not_touch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    staging = Staging(out)
    staging.write("en/messages.md", b"new")
    manifest = _manifest(["en/messages.md", "sl/messages.md"])
    kept = {"t:sl/messages.md": manifest["targets"]["t:sl/messages.md"]}
    seen: list[dict[str, Any]] = []
    real = output.write_atomic

    def spy(path: Path, data: bytes) -> None:
        seen.append(json.loads(data))
        real(path, data)

    monkeypatch.setattr(output, "write_atomic", spy)
    commit(out, staging, ["en/messages.md"], [], manifest, kept)
    assert [e["path"] for e in seen[0]["files"]] == ["sl/messages.md"]
    assert list(seen[0]["targets"]) == ["t:sl/messages.md"]
    assert seen[-1] == manifest


def test_commit_skips_unchanged_bytes_and_keeps_their_mtime(tmp_path: Path) -> None:
    out = tmp_path / "out"
    same = out / "en" / "messages.md"
    same.parent.mkdir(parents=True)
    same.write_bytes(b"unchanged")
    os.utime(same, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    other = out / "sl" / "messages.md"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"old")
    staging = Staging(out)
    staging.write("en/messages.md", b"unchanged")
    staging.write("sl/messages.md", b"new")
    replaced, _ = commit(out, staging, ["en/messages.md", "sl/messages.md"], [], _manifest([]), {})
    assert replaced == 1
    assert same.stat().st_mtime_ns == 1_000_000_000_000_000_000
    assert other.read_bytes() == b"new"


def test_commit_removes_outputs_and_their_empty_folders(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for relpath in ("hr/messages.md", "hr/posts/x.md", "en/messages.md", "en/old.md"):
        (out / relpath).parent.mkdir(parents=True, exist_ok=True)
        (out / relpath).write_bytes(b"x")
    staging = Staging(out)
    _, removed = commit(
        out,
        staging,
        [],
        ["hr/messages.md", "hr/posts/x.md", "en/old.md", "gone/never.md"],
        _manifest(["en/messages.md"]),
        {},
    )
    assert removed == 3
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [
        "en",
        "en/messages.md",
        MANIFEST,
    ]


def test_discarded_staging_leaves_no_empty_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    staging = Staging(out)
    staging.write("en/messages.md", b"x")
    staging.discard()
    assert not out.exists()


def test_streamed_zip_reads_members_lazily_and_matches_the_in_memory_one() -> None:
    import io

    from msgkit.output import deterministic_zip, write_zip

    reads: list[str] = []

    def lazily(name: str, data: bytes) -> Callable[[], bytes]:
        def read() -> bytes:
            reads.append(name)
            return data

        return read

    members = {"b.png": b"\x89PNG...", "a.txt": b"hello"}
    buffer = io.BytesIO()
    write_zip(buffer, [(n, lazily(n, d)) for n, d in members.items()], (2021, 10, 18, 0, 0, 0))
    assert reads == ["a.txt", "b.png"]  # read one at a time, in member order
    assert buffer.getvalue() == deterministic_zip(members.items(), (2021, 10, 18, 0, 0, 0))
