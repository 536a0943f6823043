"""Deck templates and file names are untrusted: external links, DTDs, zip bombs, XML injection."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from test_deck import write_kit  # same folder: pytest puts it on sys.path
from typer.testing import CliRunner

from msgkit.build import BuildRequest, build_kit
from msgkit.cli import app
from msgkit.deck.template import DEFAULT_TEMPLATE, MAX_MEMBER_BYTES
from msgkit.errors import MsgkitError

LAYOUT_RELS = "ppt/slideLayouts/_rels/slideLayout1.xml.rels"
LAYOUT = "ppt/slideLayouts/slideLayout1.xml"
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def _edited(path: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    """A copy of the default template with its members edited."""
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    edit(members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def _external_picture(members: dict[str, bytes]) -> None:
    rel = (
        f'<Relationship Id="rId99" Type="{IMAGE}" '
        'Target="https://tracker.example/p.png?who=you" TargetMode="External"/>'
    )
    members[LAYOUT_RELS] = members[LAYOUT_RELS].replace(
        b"</Relationships>", rel.encode() + b"</Relationships>"
    )


def _dtd(members: dict[str, bytes]) -> None:
    xml = members[LAYOUT]
    head, _, rest = xml.partition(b"?>")
    members[LAYOUT] = head + b'?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>' + rest


def _bomb(members: dict[str, bytes]) -> None:
    members["ppt/media/huge.bin"] = bytes(MAX_MEMBER_BYTES + 1)


CASES = {
    "external": (
        _external_picture,
        "cannot open the template: refused: ppt/slideLayouts/_rels/slideLayout1.xml.rels links "
        "to the external image 'https://tracker.example/p.png?who=you', which PowerPoint "
        "fetches when the deck is opened",
    ),
    "dtd": (
        _dtd,
        "cannot open the template: refused: ppt/slideLayouts/slideLayout1.xml declares a "
        "document type or entities",
    ),
    "bomb": (
        _bomb,
        "cannot open the template: refused: member ppt/media/huge.bin unpacks to "
        f"{MAX_MEMBER_BYTES + 1:,} bytes (at most {MAX_MEMBER_BYTES:,})",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_template_inspect_reports_an_unsafe_template(
    case: str, tmp_path: Path, runner: CliRunner
) -> None:
    edit, message = CASES[case]
    path = _edited(tmp_path / "ours.pptx", edit)
    result = runner.invoke(app, ["template", "inspect", str(path)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    first = result.stderr.splitlines()[0]
    assert first == f"{path.as_posix()}: error: {message}"


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_build_with_an_unsafe_template_is_a_located_error(case: str, tmp_path: Path) -> None:
    edit, message = CASES[case]
    kit = write_kit(tmp_path / "kit", deck_template="templates/ours.pptx")
    (kit / "templates").mkdir()
    _edited(kit / "templates" / "ours.pptx", edit)
    with pytest.raises(MsgkitError) as caught:
        build_kit(kit, BuildRequest(out_root=tmp_path / "out", only=("deck",)))
    (problem,) = caught.value.diagnostics
    refused = message.removeprefix("cannot open the template: ")
    assert problem.message == f"outputs.deck_template: `templates/ours.pptx` is {refused}"
    assert problem.location is not None and problem.location.path.endswith("kit.yaml")
    assert not (tmp_path / "out").exists()


def test_a_template_with_a_hyperlink_is_accepted(tmp_path: Path, runner: CliRunner) -> None:
    def hyperlink(members: dict[str, bytes]) -> None:
        rel = (
            '<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/>'
        )
        members[LAYOUT_RELS] = members[LAYOUT_RELS].replace(
            b"</Relationships>", rel.encode() + b"</Relationships>"
        )

    path = _edited(tmp_path / "ours.pptx", hyperlink)
    result = runner.invoke(app, ["template", "inspect", str(path)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "name", ['x" hidden="1" title="injected.png', 'quote".png', "a<b>&c'.png"]
)
def test_picture_file_names_never_reach_the_deck_xml_raw(name: str, tmp_path: Path) -> None:
    kit = write_kit(tmp_path / "kit")
    shutil.move(kit / "images" / "post.png", kit / "images" / name)
    quoted = "'" + f"images/{name}".replace("'", "''") + "'"
    for area in (kit / "areas").glob("*.yaml"):
        text = area.read_text("utf-8")
        assert "src: images/post.png" in text
        area.write_text(text.replace("src: images/post.png", f"src: {quoted}"), "utf-8")
    out = build_kit(kit, BuildRequest(out_root=tmp_path / "out", only=("deck",))).out_dir
    from lxml import etree

    with zipfile.ZipFile(out / "en" / "deck.pptx") as deck:
        slides = [n for n in deck.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        attributes: set[str] = set()
        for slide in slides:
            root = etree.fromstring(deck.read(slide))  # raises on broken XML
            for node in root.iter("{*}cNvPr"):
                attributes |= set(node.attrib)
                assert "injected" not in node.get("title", "")
                assert name not in node.get("descr", "") and name not in node.get("name", "")
    assert attributes <= {"id", "name", "descr"}
