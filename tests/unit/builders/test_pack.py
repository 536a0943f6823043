"""Packs: one deterministic zip per language and partner, safe to unzip, with a true CHANGES.md."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from msgkit.build import BuildRequest, build_kit
from msgkit.builders import BuildContext, BuildOptions, registry
from msgkit.output import check_relpath
from msgkit.scaffold import scaffold
from msgkit.validate import load_kit

BUILD_TIME = dt.datetime(2021, 10, 18, tzinfo=dt.UTC)
EPOCH = str(int(BUILD_TIME.timestamp()))
PARTNER = "ngo-ljubljana"


def _make_kit(folder: Path, partner_id: str = PARTNER) -> Path:
    """The starter kit with a partner that works in Slovenian and English."""
    scaffold(folder)
    kit_yaml = folder / "kit.yaml"
    data = yaml.safe_load(kit_yaml.read_text("utf-8"))
    data["partners"] = [{"id": partner_id, "name": "NGO Ljubljana", "languages": ["sl", "en"]}]
    kit_yaml.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return folder


def _zip_members(path: Path) -> dict[str, bytes]:
    """A pack's members by their path inside its one top folder (named like the zip)."""
    return _zip_members_of(path.read_bytes(), root=path.stem + "/")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The partner kit built once: (kit folder, its output folder)."""
    root = tmp_path_factory.mktemp("pack")
    kit = _make_kit(root / "kits" / "starter")
    with pytest.MonkeyPatch.context() as patch:
        # Module fixtures run before the function-scoped one that pins the build date.
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        result = build_kit(kit, BuildRequest(out_root=root / "dist"))
    return kit, result.out_dir


def test_one_pack_per_language_and_per_partner(built: tuple[Path, Path]) -> None:
    _, out = built
    packs = sorted(p.name for p in (out / "packs").iterdir())
    assert packs == ["my-campaign-en.zip", f"my-campaign-{PARTNER}.zip", "my-campaign-sl.zip"]
    sl = _zip_members(out / "packs" / "my-campaign-sl.zip")
    # The language folder is the pack's root: every file the build made for `sl/`, plus its
    # own three and the fonts.
    folder = {p.relative_to(out / "sl").as_posix() for p in (out / "sl").rglob("*") if p.is_file()}
    assert set(sl) == folder | {"README.txt", "manifest.json", "CHANGES.md"} | FONTS
    for name in folder:
        assert sl[name] == (out / "sl" / name).read_bytes()
    partner = _zip_members(out / "packs" / f"my-campaign-{PARTNER}.zip")
    assert {"sl/index.html", "en/index.html", "sl/README.txt", "en/README.txt"} <= set(partner)
    assert {"README.txt", "manifest.json", "CHANGES.md"} <= set(partner)
    readme = partner["README.txt"].decode()
    assert readme.startswith("Naša kampanja: paket kampanje (Slovenščina, English)")
    assert "NGO Ljubljana" in readme and "sl/index.html, en/index.html" in readme
    # The partner's own start page links each language's page, which the pack holds.
    landing = partner["index.html"].decode()
    links = re.findall(r'href="([^"]+)"', landing)
    assert links == ["sl/index.html", "en/index.html"]
    assert all(link in partner for link in links)


FONTS = {
    f"fonts/FiraSans-{style}.ttf"
    for style in ("Regular", "Bold", "Italic", "BoldItalic", "SemiBold", "Light")
} | {"fonts/OFL.txt"}


def test_every_pack_ships_the_fonts_with_their_licence_and_says_how_to_install_them(
    built: tuple[Path, Path],
) -> None:
    import fontpkg_fira_sans

    _, out = built
    package = Path(fontpkg_fira_sans.ROOT)
    for pack in ("my-campaign-sl.zip", "my-campaign-en.zip", f"my-campaign-{PARTNER}.zip"):
        members = _zip_members(out / "packs" / pack)
        assert FONTS <= set(members), pack
        assert not any(n.startswith("fonts/") for n in set(members) - FONTS)
        for name in FONTS - {"fonts/OFL.txt"}:
            assert members[name] == (package / "files" / name.removeprefix("fonts/")).read_bytes()
        licence = members["fonts/OFL.txt"].decode()
        assert "SIL Open Font License, Version 1.1" in licence
        assert licence == (package / "LICENSE").read_text("utf-8")
    en = _zip_members(out / "packs" / "my-campaign-en.zip")["README.txt"].decode()
    assert "fonts/                      Fira Sans, the typeface of the sheets and the deck" in en
    assert "Fonts\n-----\nInstall the fonts in fonts/ before you edit or present the slide" in en
    assert "the SIL Open Font License (fonts/OFL.txt).\n" in en
    partner = _zip_members(out / "packs" / f"my-campaign-{PARTNER}.zip")
    top, inner = partner["README.txt"].decode(), partner["sl/README.txt"].decode()
    # The partner pack has one font folder, at its root; its language folders point up to it.
    assert "  fonts/ " in top and "Pisave\n------\n" in top
    assert "iz mape fonts/, da" in " ".join(top.split())
    assert "iz mape ../fonts/, da" in " ".join(inner.split()) and "  fonts/ " not in inner


def test_members_are_safe_fixed_and_listed_in_the_manifest(built: tuple[Path, Path]) -> None:
    _, out = built
    for pack in sorted((out / "packs").iterdir()):
        with zipfile.ZipFile(pack) as archive:
            infos = archive.infolist()
            root = pack.stem + "/"
            assert all(i.filename.startswith(root) for i in infos), "unzips into one folder"
            names = [i.filename.removeprefix(root) for i in infos]
            assert names == sorted(names)
            for info in infos:
                check_relpath(info.filename, reserved=False)
                assert info.date_time == (2021, 10, 18, 0, 0, 0)
                assert stat.S_IMODE(info.external_attr >> 16) == 0o644
                if info.filename.endswith((".png", ".pdf", ".pptx")):
                    assert info.compress_type == zipfile.ZIP_STORED
            manifest = json.loads(archive.read(root + "manifest.json"))
            listed = {f["path"]: f["sha256"] for f in manifest["files"]}
            assert set(listed) == set(names) - {"manifest.json"}
            for name, digest in listed.items():
                assert hashlib.sha256(archive.read(root + name)).hexdigest() == digest


def test_same_kit_gives_identical_zips_and_a_rebuild_keeps_them(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    kit, out = built
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (out / "packs").iterdir()}
    other = build_kit(kit, BuildRequest(out_root=tmp_path / "elsewhere"))
    for name, (data, _) in before.items():
        assert (other.out_dir / "packs" / name).read_bytes() == data, name
    build_kit(kit, BuildRequest(out_root=out.parent))
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (out / "packs").iterdir()}
    assert after == before


def test_changes_lists_the_post_whose_text_changed(tmp_path: Path) -> None:
    if "posts" not in registry():
        pytest.skip("the posts builder is not registered yet: packs carry no post texts")
    kit = _make_kit(tmp_path / "kits" / "starter")
    out = tmp_path / "dist"
    build_kit(kit, BuildRequest(out_root=out))
    packs = out / "my-campaign" / "packs"
    first = _zip_members(packs / "my-campaign-en.zip")["CHANGES.md"].decode()
    assert "This is the first version of this pack." in first
    sl_before = (packs / "my-campaign-sl.zip").read_bytes()

    area = kit / "areas" / "week-1.yaml"
    text = area.read_text("utf-8")
    area.write_text(text.replace("Our first post.", "Our first post, edited."), "utf-8")
    build_kit(kit, BuildRequest(out_root=out))
    changes = _zip_members(packs / "my-campaign-en.zip")["CHANGES.md"].decode()
    posts_section = changes.split("## Posts whose text changed")[1].split("##")[0]
    # Named by its display title (the edited text's first words), never by its id.
    title = "Day 1: Our first post, edited. Read more…"
    assert title in posts_section and "Why it matters" in posts_section
    assert "· `post-1`" not in changes and "· post-1" not in changes
    assert "`posts/posts.json`" in changes and "`index.html`" in changes
    # Slovenian did not change: its pack keeps its bytes, first-version note included.
    assert (packs / "my-campaign-sl.zip").read_bytes() == sl_before
    partner = _zip_members(packs / f"my-campaign-{PARTNER}.zip")["CHANGES.md"].decode()
    assert f"en · Week 1 · Why it matters · {title}" in partner
    assert "`en/index.html`" in partner and "`sl/index.html`" not in partner


# --- the builder alone, with the other builders' outputs faked ------------------------------


def _fake_upstream(post_text: str, extra: bool) -> tuple[list[dict[str, Any]], dict[str, bytes]]:
    posts = [
        {
            "area": "week-1",
            "post": "post-1",
            "lang": "en",
            "platform": platform,
            "parts": [{"text": post_text, "length": len(post_text)}],
            "limit": 280,
        }
        for platform in ("x", "mastodon")
    ]
    files = {
        "en/index.html": f"<p>{post_text}</p>".encode(),
        "en/posts/posts.json": json.dumps(posts).encode(),
        "en/factsheets/overview.pdf": b"%PDF overview",
        "en/images/week-1-post-1-1200x675.png": b"\x89PNG",
    }
    if extra:
        files["en/calendar.ics"] = b"BEGIN:VCALENDAR"
    else:
        files["en/deck.pptx"] = b"PK deck"
    entries = [
        {
            "path": path,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "lang": "en",
            "area": None,
            "builder": "fake",
        }
        for path, data in files.items()
    ]
    return entries, files


def _zip_members_of(data: bytes, root: str | None = None) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        root = root or names[0].split("/")[0] + "/"
        assert all(name.startswith(root) for name in names), "every member in one top folder"
        return {name.removeprefix(root): archive.read(name) for name in names}


def _zip_bytes(
    kit_dir: Path, upstream: tuple[list[dict[str, Any]], dict[str, bytes]], previous: bytes | None
) -> bytes:
    kit, _ = load_kit(kit_dir)
    builder = registry()["pack"]
    options = BuildOptions(build_time=BUILD_TIME, languages=("en",))
    [target] = builder.plan(kit, options)
    entries, files = upstream
    ctx = BuildContext(
        kit=kit,
        options=options,
        read_output=files.__getitem__,
        upstream=entries,
        read_previous=lambda _relpath: previous,
    )
    data = builder.build(target, ctx)[0].data
    assert callable(data), "a pack is streamed to its file, not held in memory"
    buffer = io.BytesIO()
    data(buffer)
    return buffer.getvalue()


def test_changes_md_names_posts_and_files_against_the_previous_pack(
    starter_kit: Path, golden: Any
) -> None:
    first = _zip_bytes(starter_kit, _fake_upstream("Old text #OurCampaign", extra=False), None)
    second = _zip_bytes(starter_kit, _fake_upstream("New text #OurCampaign", extra=True), first)
    members = _zip_members_of(second)
    golden("pack/CHANGES-en.md", members["CHANGES.md"].decode())
    golden("pack/README-en.txt", members["README.txt"].decode())
    # Rebuilt from the same files, the pack keeps its history and so its bytes.
    again = _zip_bytes(starter_kit, _fake_upstream("New text #OurCampaign", extra=True), second)
    assert again == second
    # A previous pack that is not a zip msgkit made starts a new history instead of failing.
    fresh = _zip_members_of(
        _zip_bytes(starter_kit, _fake_upstream("New text", extra=True), b"not a zip")
    )
    assert "This is the first version of this pack." in fresh["CHANGES.md"].decode()


def test_partner_pack_needs_all_its_languages(tmp_path: Path) -> None:
    kit, _ = load_kit(_make_kit(tmp_path / "kit"))
    builder = registry()["pack"]
    keys = [t.key for t in builder.plan(kit, BuildOptions(build_time=BUILD_TIME))]
    assert keys == ["en", "sl", f"partner/{PARTNER}"]
    only_en = BuildOptions(build_time=BUILD_TIME, languages=("en",))
    assert [t.key for t in builder.plan(kit, only_en)] == ["en"]


def test_partner_id_that_names_a_language_pack_is_a_located_error(tmp_path: Path) -> None:
    kit, _ = load_kit(_make_kit(tmp_path / "kit", partner_id="sl"))
    [problem] = registry()["pack"].lint(kit)
    rendered = problem.render()
    assert (
        "partners[0]: id `sl` would give its pack the same file name as the `sl` language "
        "pack (packs/my-campaign-sl.zip)"
    ) in rendered
    assert problem.location is not None and problem.location.path.endswith("kit.yaml")
    assert problem.location.line > 0
