"""Deck XML helpers: language tags, .potx packages, deterministic re-zipping, core properties."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from lxml import etree
from pptx import Presentation

from msgkit.deck.template import DEFAULT_TEMPLATE
from msgkit.deck.xml import (
    PRESENTATION_MAIN,
    TEMPLATE_MAIN,
    office_lang,
    potx_as_pptx,
    repackage,
    set_core_properties,
    tag_language,
)


@pytest.mark.parametrize(
    ("lang", "tag"),
    [
        ("sr-Cyrl", "sr-Cyrl-RS"),
        ("sr-Latn", "sr-Latn-RS"),
        ("mk", "mk-MK"),
        ("sq", "sq-AL"),
        ("sl", "sl-SI"),
        ("en", "en-GB"),
        ("hr", "hr-HR"),
        ("bs", "bs-Latn-BA"),
        ("el", "el-GR"),
        ("bg", "bg-BG"),
        ("ro", "ro-RO"),
        ("pt-BR", "pt-BR"),  # a region the kit gives is kept
        ("sr-Cyrl-ME", "sr-Cyrl-ME"),
        ("xx", "xx"),  # unknown: as written, never a legacy or wrong tag
    ],
)
def test_office_language_tags_are_modern_bcp47(lang: str, tag: str) -> None:
    assert office_lang(lang) == tag


def test_every_run_field_and_paragraph_end_gets_the_tag() -> None:
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    root = etree.fromstring(
        f'<a:txBody xmlns:a="{a}"><a:p><a:r><a:t>x</a:t></a:r>'
        '<a:r><a:rPr lang="sr-SP" b="1"/><a:t>y</a:t></a:r>'
        '<a:fld id="{1}" type="slidenum"><a:t>3</a:t></a:fld></a:p><a:p/></a:txBody>'
    )
    tag_language(root, "sr-Cyrl-RS")
    tags = [e.get("lang") for e in root.iter(f"{{{a}}}rPr", f"{{{a}}}endParaRPr")]
    assert tags == ["sr-Cyrl-RS"] * 5
    for holder in root.iter(f"{{{a}}}r", f"{{{a}}}fld"):
        assert holder[0].tag == f"{{{a}}}rPr"  # rPr first, as the schema orders it
    for para in root.iter(f"{{{a}}}p"):
        assert para[-1].tag == f"{{{a}}}endParaRPr"


def _as_potx(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(PRESENTATION_MAIN.encode(), TEMPLATE_MAIN.encode())
            dst.writestr(info, blob)
    return out.getvalue()


def test_a_potx_opens_after_its_content_type_is_rewritten() -> None:
    potx = _as_potx(DEFAULT_TEMPLATE.read_bytes())
    with pytest.raises(ValueError, match="not a PowerPoint file"):
        Presentation(io.BytesIO(potx))
    prs = Presentation(io.BytesIO(potx_as_pptx(potx)))
    assert [layout.name for layout in prs.slide_layouts][0] == "msgkit Title"
    pptx = DEFAULT_TEMPLATE.read_bytes()
    assert potx_as_pptx(pptx) is pptx


def test_repackage_fixes_dates_order_and_bytes() -> None:
    when = dt.datetime(2021, 10, 18, 9, 30, tzinfo=dt.UTC)
    members = [("ppt/b.xml", b"<b/>"), ("[Content_Types].xml", b"<t/>"), ("_rels/.rels", b"<r/>")]
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as package:
        for name, data in members:
            package.writestr(name, data)
    first = repackage(raw.getvalue(), when)
    assert repackage(raw.getvalue(), when) == first
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        infos = package.infolist()
    assert [i.filename for i in infos] == ["[Content_Types].xml", "_rels/.rels", "ppt/b.xml"]
    assert {i.date_time for i in infos} == {(2021, 10, 18, 9, 30, 0)}


def test_core_properties_leave_nothing_of_the_template() -> None:
    prs = Presentation()  # python-pptx's default: another author, 2013 dates
    when = dt.datetime(2021, 10, 18, 2, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    set_core_properties(
        prs,
        title="T",
        author="Org A; Org B",
        subject="S " * 200,
        keywords="#A, #B",
        language="sl-SI",
        when=when,
        status="",
    )
    core = prs.core_properties
    assert (core.title, core.author, core.keywords, core.language) == (
        "T",
        "Org A; Org B",
        "#A, #B",
        "sl-SI",
    )
    assert core.created == core.modified == dt.datetime(2021, 10, 18, 0, 0)
    assert core.last_modified_by == "msgkit" and core.revision == 1
    assert core.comments == "" and len(core.subject) <= 255 and core.subject.endswith("…")
