"""Generated hostile kits: `check` and `build` end in 0 or 1, never a traceback, manifests true.

Each example takes the kit `msgkit init` writes and replaces a few values anywhere in it with
hostile strings, numbers, paths, shapes and images. CI runs a bounded number of examples; for
a release, run a long session:

    MSGKIT_FUZZ_EXAMPLES=2000 pytest tests/e2e/test_fuzz_hostile.py -p no:cacheprovider

(hypothesis prints the smallest failing kit it finds, as the values it replaced).
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import struct
import zlib
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from msgkit.cli import app
from msgkit.scaffold import scaffold

EXAMPLES = int(os.environ.get("MSGKIT_FUZZ_EXAMPLES", "12"))

# --- hostile values ------------------------------------------------------------------------------

_NASTY_CHARS = [
    "\x00", "\x1b[31m", "\x1f", "\x7f", "\v", "\x85", "\n", "\r\n", "\t", "\u2028",
    "\u202e", "\u200d", "\ufeff", "＃", "#", '"', "'", "<img src=x onerror=alert(1)>",
    "]]>", "&amp;", "{name}", "%s", "\\", "e\u0301", "а", "🏳️‍🌈", "‼️", "漢", "\ud7ff",
]
hostile_text = st.one_of(
    st.text(min_size=0, max_size=40),
    st.lists(st.sampled_from(_NASTY_CHARS + ["word", " ", "Traffickers"]), max_size=12).map(
        "".join
    ),
    st.integers(1, 7000).map(lambda n: "x" * n),
    st.integers(1, 3000).map(lambda n: "🙂" * n),
    st.sampled_from(["con", "aux", "nul", "COM1", "sl\n", "en-", "a" * 41, "x" * 301]),
)
hostile_number = st.one_of(
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -0.0, 5e-324, 1e-308, 1e308, -1e308, 1_000_000, 10**400, True]),
)
hostile_path = st.sampled_from(
    [
        "../outside.png",
        "/etc/passwd",
        "images/a\x00b.png",
        "images/" + "p" * 300 + ".png",
        "images/missing.png",
        "images/bomb.png",
        "images/truncated.png",
        "images/loop.png",
        'images/x" hidden="1.png',
        "images/ok.png",
        "C:\\x.png",
        "images",
    ]
)
hostile_shape = st.sampled_from([[], {}, [[]], {"en": None}, {"en": ["a"]}, None, [1, 2]])
hostile_value = st.one_of(hostile_text, hostile_number, hostile_path, hostile_shape)


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path to a value (scalars and containers alike) in a YAML document."""
    found = [path] if path else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _leaves(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _leaves(value, (*path, i))
    return found


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _images(kit: Path) -> None:
    from PIL import Image

    images = kit / "images"
    images.mkdir()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(images / "ok.png")
    header = b"\x89PNG\r\n\x1a\n" + _png_chunk(
        b"IHDR", struct.pack(">IIBBBBB", 40_000, 40_000, 8, 2, 0, 0, 0)
    )
    (images / "bomb.png").write_bytes(
        header + _png_chunk(b"IDAT", zlib.compress(b"\0" * 100)) + _png_chunk(b"IEND", b"")
    )
    (images / "truncated.png").write_bytes((images / "ok.png").read_bytes()[:40])
    (images / "loop.png").symlink_to("loop.png")
    (kit.parent / "outside.png").write_bytes((images / "ok.png").read_bytes())


#: Texts that are valid but hostile to renderers: markup, quotes, bidi, emoji, scripts, length.
printable_hostile = st.lists(
    st.sampled_from([c for c in _NASTY_CHARS if c.isprintable() and c != "\ud7ff"] + ["w"]),
    min_size=1,
    max_size=30,
).map(lambda parts: "".join(parts).strip() or "w")
text_edits = st.lists(
    st.tuples(st.sampled_from(["kit", "area"]), st.integers(0, 10_000), printable_hostile),
    min_size=1,
    max_size=4,
)

edits = st.lists(
    st.tuples(st.sampled_from(["kit", "area"]), st.integers(0, 10_000), hostile_value),
    min_size=1,
    max_size=3,
)


def _manifest_is_true(folder: Path) -> None:
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    for entry in manifest["files"]:
        path = folder / entry["path"]
        assert path.is_file(), entry["path"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], entry["path"]


def _ended_cleanly(result: Any) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=edits | text_edits, with_image=st.booleans(), texts_only=st.booleans())
def test_hostile_kits_end_in_a_message_never_a_traceback(
    tmp_path_factory: Any, edits: list[tuple[str, int, Any]], with_image: bool, texts_only: bool
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    kit = root / "kit"
    scaffold(kit)
    _images(kit)
    files = {"kit": kit / "kit.yaml", "area": kit / "areas" / "week-1.yaml"}
    docs = {name: yaml.safe_load(path.read_text("utf-8")) for name, path in files.items()}
    if with_image:
        post = docs["area"]["posts"][0]
        post["image"] = {"src": "images/ok.png", "alt": {"en": "A picture.", "sl": "Slika."}}
    for which, pick, value in edits:
        paths = _leaves(docs[which])
        if texts_only:  # only language leaves: the kit stays valid more often, and is built
            paths = [p for p in paths if p[-1] in ("en", "sl") and len(p) > 1] or paths
        # A copy: sampled containers are shared between examples, and must not nest in one.
        _replace(docs[which], paths[pick % len(paths)], copy.deepcopy(value))
    for name, path in files.items():
        path.write_text(yaml.safe_dump(docs[name], allow_unicode=True), "utf-8")

    runner = CliRunner()
    checked = runner.invoke(app, ["check", str(kit)])
    _ended_cleanly(checked)
    out = root / "out"
    built = runner.invoke(app, ["build", str(kit), "--out", str(out), "-j", "1"])
    _ended_cleanly(built)
    event(f"check {checked.exit_code}, build {built.exit_code}")
    if built.exit_code == 0:
        (folder,) = [p for p in out.iterdir() if p.is_dir()]
        _manifest_is_true(folder)
        # A clean kit builds; `check` must not have refused it (nor the reverse, for errors
        # `check` can see: a kit that fails `check` never builds).
        assert checked.exit_code == 0, checked.output
    else:
        assert not out.exists() or not any(out.rglob("manifest.json")), built.output
