"""Deck templates: the default template's layouts, role lookup, and what a template lacks."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pptx import Presentation

from msgkit.deck.template import (
    DEFAULT_TEMPLATE,
    NEEDED,
    TemplateError,
    describe,
    inspect_template,
    missing,
    read_template,
)


def test_the_default_template_has_every_layout_by_name() -> None:
    info = inspect_template(DEFAULT_TEMPLATE)
    assert [layout.name for layout in info.layouts] == list(NEEDED)
    assert missing(info) == []
    assert (info.width, info.height) == (12192000, 6858000)  # 16:9
    roles = {layout.name: dict(layout.roles()) for layout in info.layouts}
    assert roles["msgkit Two Content"]["body"] == 2
    assert roles["msgkit Title"]["picture"] == 1


def test_the_committed_template_is_what_the_script_makes() -> None:
    script = DEFAULT_TEMPLATE.parent / "make_default_template.py"
    spec = importlib.util.spec_from_file_location("make_default_template", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.make() == DEFAULT_TEMPLATE.read_bytes()


def test_missing_lists_layouts_and_placeholders_by_role() -> None:
    prs = Presentation(str(DEFAULT_TEMPLATE))
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    layouts["msgkit Section"]._element.find(".//{*}cSld").set("name", "Section")
    two = layouts["msgkit Two Content"]
    right = [ph for ph in two.placeholders if ph.placeholder_format.idx == 2][0]
    right._element.getparent().remove(right._element)
    assert missing(describe(prs)) == [
        "layout `msgkit Section`",
        "2 body placeholders in layout `msgkit Two Content` (it has 1)",
    ]


def test_python_pptx_default_lacks_every_layout() -> None:
    prs = Presentation()
    assert len(missing(describe(prs))) == len(NEEDED)


def test_unreadable_files_are_template_errors(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="cannot read the file"):
        read_template(tmp_path / "none.pptx")
    (tmp_path / "t.pptx").write_bytes(b"no zip")
    with pytest.raises(TemplateError, match="not a PowerPoint file"):
        inspect_template(tmp_path / "t.pptx")
