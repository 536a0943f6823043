"""Tagged PDF/UA-1 fact sheets, checked with independent tools: the `pdfua` checker, poppler's
`pdfinfo -struct-text` (reading order) and pikepdf (MCID and annotation coverage, catalog, XMP)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from msgkit.build import BuildRequest, build_kit
from msgkit.labels import label
from msgkit.pdf.content import area_sheet
from msgkit.pdf.markup import plain
from msgkit.validate import load_kit

REPO = Path(__file__).resolve().parents[3]
REAL_KIT = REPO / "kits" / "no-impunity-thb"
sys.path.insert(0, str(REPO / "tests" / "unit" / "builders"))
from pdf_kits import LONG, write_kit  # noqa: E402

needs_poppler = pytest.mark.skipif(
    shutil.which("pdfinfo") is None, reason="poppler-utils (pdfinfo) is not installed"
)

#: Every language of the real kit.
LANGS = load_kit(REAL_KIT)[0].languages


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every fact sheet of the real kit, in every language."""
    out = tmp_path_factory.mktemp("tagged")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1634515200")
        result = build_kit(REAL_KIT, BuildRequest(out_root=out, only=("pdf",)))
    return result.out_dir


@pytest.fixture(scope="module")
def charted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A kit whose sheets have charts, in English (its default) and Serbian."""
    root = tmp_path_factory.mktemp("charted")
    kit = write_kit(root / "kit", ["en", "sr-Cyrl"])
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1634515200")
        result = build_kit(kit, BuildRequest(out_root=root / "out", only=("pdf",)))
    return result.out_dir


def _sheets(out: Path) -> Iterator[Path]:
    found = sorted(out.glob("*/factsheets/*.pdf"))
    kit, _ = load_kit(REAL_KIT)
    assert len(found) == len(kit.languages) * (1 + len(kit.areas))  # overview + one per area
    yield from found


def _elements(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Every structure element, depth first in the tree's order."""
    stack = [pdf.Root.StructTreeRoot.K]
    while stack:
        kid = stack.pop()
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name.StructElem:
            yield kid
            kids = kid.get("/K")
            if isinstance(kids, pikepdf.Array):
                stack.extend(reversed(list(kids)))
            elif kids is not None:
                stack.append(kids)


def _kids(elem: pikepdf.Dictionary) -> list[Any]:
    kids = elem.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def test_pdfua_checker_has_no_finding_on_any_sheet_of_the_real_kit(real: Path) -> None:
    for sheet in _sheets(real):
        run = subprocess.run(
            [sys.executable, "-m", "pdfua", "check", str(sheet)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stdout + run.stderr
        assert "result: PASS (no findings)" in run.stdout
        assert "[skip" not in run.stdout, run.stdout  # every implemented rule was evaluated


def test_every_mcid_is_referenced_once_and_every_annotation_by_an_objr(real: Path) -> None:
    for sheet in _sheets(real):
        _check_coverage(sheet)


def test_a_paragraph_split_over_two_pages_is_one_element(tmp_path: Path) -> None:
    huge = {"id": "km-huge", "text": {"en": " ".join([LONG] * 12)}}
    kit = write_kit(tmp_path / "kit", ["en"], area_overrides={"key_messages": [huge]})
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1634515200")
        out = build_kit(kit, BuildRequest(out_root=tmp_path / "out", only=("pdf",))).out_dir
    sheet = out / "en" / "factsheets" / "policies.pdf"
    _check_coverage(sheet)
    with pikepdf.open(sheet) as pdf:
        assert len(pdf.pages) >= 2
        split = [
            e
            for e in _elements(pdf)
            if any(isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/MCR" for k in _kids(e))
        ]
        assert split  # content on a later page than the element's /Pg is an MCR with its page
        for elem in split:
            pages = {k.Pg.objgen for k in _kids(elem) if isinstance(k, pikepdf.Dictionary)}
            assert elem.Pg.objgen not in pages


@needs_poppler
def test_a_side_column_too_long_for_page_one_is_still_read_last(tmp_path: Path) -> None:
    """When the side column moves to the end of the story it keeps its place: after sources."""
    tags = [f"PartnerTag{chr(65 + i)}{chr(65 + j)}" for i in range(3) for j in range(12)]
    kit = write_kit(tmp_path / "kit", ["en"], area_overrides={"hashtags": tags})
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1634515200")
        out = build_kit(kit, BuildRequest(out_root=tmp_path / "out", only=("pdf",))).out_dir
    sheet = out / "en" / "factsheets" / "policies.pdf"
    _check_coverage(sheet)
    run = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", str(sheet)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout
    texts = _squash("".join(re.findall(r'^\s*"(.*)"$', _struct_text(sheet), flags=re.M)))
    sources = texts.index(_squash("Second report"))
    assert texts.index(_squash("Campaign website"), sources) > sources
    assert texts.index("#PartnerTagCL") > texts.index("#PartnerTagAA") > sources


def _check_coverage(sheet: Path) -> None:
    """Every MCID drawn is referenced once, from the element the parent tree names for it;
    every link annotation is the OBJR of exactly one Link element and describes itself."""
    with pikepdf.open(sheet) as pdf:
        pages = {page.objgen: i for i, page in enumerate(pdf.pages)}
        drawn: Counter[tuple[int, int]] = Counter()
        for i, page in enumerate(pdf.pages):
            for operands, op in pikepdf.parse_content_stream(page):
                if str(op) == "BDC" and "/MCID" in operands[1]:
                    drawn[(i, int(operands[1].MCID))] += 1
        referenced: Counter[tuple[int, int]] = Counter()
        objrs: Counter[tuple[int, int]] = Counter()
        owner: dict[tuple[int, int], pikepdf.Dictionary] = {}
        for elem in _elements(pdf):
            for kid in _kids(elem):
                if isinstance(kid, int):
                    key = (pages[elem.Pg.objgen], kid)
                elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                    key = (pages[kid.Pg.objgen], int(kid.MCID))
                elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                    assert elem.S == pikepdf.Name.Link
                    objrs[kid.Obj.objgen] += 1
                    continue
                else:
                    continue
                referenced[key] += 1
                owner[key] = elem
        assert drawn, sheet
        assert all(n == 1 for n in drawn.values()), sheet
        assert referenced == drawn, sheet
        nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
        parents = dict(zip(nums[::2], nums[1::2], strict=True))
        for (page, mcid), elem in owner.items():
            key = int(pdf.pages[page].obj.StructParents)
            assert parents[key][mcid].objgen == elem.objgen
        annots = [a for p in pdf.pages for a in p.obj.get("/Annots", [])]
        assert annots, sheet
        assert Counter(a.objgen for a in annots) == objrs, sheet
        for annot in annots:
            assert str(annot.Contents), sheet
            assert parents[int(annot.StructParent)].S == pikepdf.Name.Link


def test_catalog_pages_and_xmp_declare_a_tagged_pdf_ua_document(real: Path) -> None:
    for sheet in _sheets(real):
        lang = sheet.parents[1].name
        with pikepdf.open(sheet) as pdf:
            root = pdf.Root
            assert root.MarkInfo.Marked is True
            assert str(root.Lang) == lang
            assert root.ViewerPreferences.DisplayDocTitle is True
            assert root.StructTreeRoot.K.S == pikepdf.Name.Document
            assert all(page.obj.Tabs == pikepdf.Name.S for page in pdf.pages)
            meta = pdf.open_metadata()
            assert meta["pdfuaid:part"] == "1"
            assert meta["dc:language"] == {lang}
            assert meta["dc:title"] == str(pdf.docinfo.Title)
            for font in _fonts(pdf):
                descriptor = font.get("/FontDescriptor") or font.DescendantFonts[0].FontDescriptor
                assert "/FontFile2" in descriptor, font.BaseFont


def test_every_stream_of_every_sheet_is_compressed(real: Path) -> None:
    """reportlab writes streams plain and the tagging pass compresses them (`Tagger.finish`):
    every stream but the XMP (left readable, as PDF/A asks) ends up Flate-compressed."""
    for path in _sheets(real):
        with pikepdf.open(path) as pdf:
            for obj in pdf.objects:
                if not isinstance(obj, pikepdf.Stream) or obj.get("/Type") == "/Metadata":
                    continue
                filters = obj.get("/Filter")
                names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [
                    str(filters)
                ]
                assert names == ["/FlateDecode"], (path, obj.objgen, names)


def test_header_band_and_footer_are_pagination_artifacts(real: Path) -> None:
    for sheet in _sheets(real):
        with pikepdf.open(sheet) as pdf:
            for page in pdf.pages:
                kinds = Counter(
                    str(operands[1].Subtype)
                    for operands, op in pikepdf.parse_content_stream(page)
                    if str(op) == "BDC" and operands[0] == pikepdf.Name.Artifact
                )
                assert kinds["/Header"] >= 1 and kinds["/Footer"] == 1, (sheet, kinds)


def _fonts(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    for page in pdf.pages:
        yield from page.Resources.get("/Font", {}).values()


def _struct_text(sheet: Path) -> str:
    run = subprocess.run(
        ["pdfinfo", "-struct-text", str(sheet)], capture_output=True, text=True, check=True
    )
    return run.stdout


def _squash(text: str) -> str:
    # poppler joins a paragraph's lines without the space reportlab leaves out at a line break.
    return re.sub(r"\s+", "", text)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_poppler_reads_an_area_sheet_in_logical_order(real: Path, lang: str) -> None:
    """Title, lead, key messages, facts, calls to action, sources, then the side column."""
    kit, _ = load_kit(REAL_KIT)
    area = kit.areas[0]
    sheet = area_sheet(kit, area, lang, dt.datetime(2021, 10, 18, tzinfo=dt.UTC))
    shown = sheet["area"]
    tree = _struct_text(real / lang / "factsheets" / f"{area.id}.pdf")
    texts = _squash("".join(re.findall(r'^\s*"(.*)"$', tree, flags=re.M)))
    expected = [
        plain(shown["title"]),
        plain(shown["summary"]),
        plain(shown["key_messages"][0]),
        plain(shown["key_messages"][-1]),
        plain(shown["facts"][0]["text"]),
        plain(shown["facts"][-1]["text"]),
        plain(shown["calls_to_action"][0]["text"]),
        plain(shown["sources"][0]["title"]),
        sheet["url_label"] or label("campaign_url", lang),  # the kit says what the link is
        label("scan", lang),
        f"#{sheet['hashtags'][0]}",
        plain(sheet["organisations"][0]["name"]),
    ]
    at = 0
    for text in expected:  # each one after the one before
        found = texts.find(_squash(text), at)
        assert found >= 0, f"{text!r} is not read after {texts[:at][-80:]!r}"
        at = found + len(_squash(text))
    # Page furniture is not read: footer, page numbers, the draft badge are artifacts.
    assert _squash(label("page", lang, n=1, total=2)) not in texts
    assert _squash(label("draft", lang)) not in texts


@needs_poppler
def test_the_schedule_is_a_table_with_row_headers(real: Path) -> None:
    tree = _struct_text(real / "en" / "factsheets" / "overview.pdf")
    table = tree[tree.index("Table") :]
    assert table.count("TR\n") == 3
    assert table.count("/Scope /Row") == 3
    assert re.search(r'TH:\n\s+/Scope /Row\n\s+"Week 1"\n\s+TD\n\s+"18', table)  # 18 October


def test_source_titles_and_organisations_carry_the_default_language(real: Path) -> None:
    """On a Slovenian sheet the English source titles and organisation names are tagged `en`."""
    with pikepdf.open(real / "sl" / "factsheets" / "policies-cooperation.pdf") as pdf:
        tagged = [(str(e.S), str(e.Lang)) for e in _elements(pdf) if "/Lang" in e]
    with pikepdf.open(real / "en" / "factsheets" / "policies-cooperation.pdf") as pdf:
        assert not any("/Lang" in e for e in _elements(pdf))
    assert ("/LI", "en") in tagged and ("/P", "en") in tagged
    assert {lang for _, lang in tagged} == {"en"}


def test_figures_have_alt_text_and_a_chart_states_its_values(charted: Path) -> None:
    with pikepdf.open(charted / "en" / "factsheets" / "policies.pdf") as pdf:
        figures = [e for e in _elements(pdf) if e.S == pikepdf.Name.Figure]
        alts = [str(e.Alt) for e in figures]
    assert len(figures) == 4  # logo, two charts, QR code
    assert all(alts)
    assert "Registered victims in the EU: 2017 13,254; 2018 14,145; 2019 12.5" in alts
    assert alts[0] == "NoImpunity"
    assert "Scan to visit the campaign: https://example.org/campaign?ref=pdf&lang=all" in alts


def test_a_source_number_is_a_reference_holding_its_link(real: Path) -> None:
    with pikepdf.open(real / "en" / "factsheets" / "policies-cooperation.pdf") as pdf:
        references = [e for e in _elements(pdf) if e.S == pikepdf.Name.Reference]
        assert references
        for n, ref in enumerate(references, 1):
            (link,) = _kids(ref)
            assert link.S == pikepdf.Name.Link and ref.P.S == pikepdf.Name.LBody
            (objr,) = _kids(link)
            assert str(objr.Obj.Contents) == f"Sources [{n}]"
            assert "/Dest" in objr.Obj  # a jump within the sheet, not a web link


def test_a_fact_with_a_chart_is_one_list_item(charted: Path) -> None:
    with pikepdf.open(charted / "en" / "factsheets" / "policies.pdf") as pdf:
        bodies = [e for e in _elements(pdf) if e.S == pikepdf.Name.LBody]
        first = bodies[0]
        roles = [str(k.S) for k in _kids(first) if isinstance(k, pikepdf.Dictionary) and "/S" in k]
    # The [1] reference to the source, the lead figure, the chart's caption, the chart.
    assert roles == ["/Reference", "/P", "/P", "/Figure"]


def test_default_language_texts_are_tagged_on_a_sheet_in_another_script(charted: Path) -> None:
    """On the Serbian sheet the untranslated key message (shown in English), the two source
    titles, the organisation names and the contact name are tagged English; nothing else."""
    with pikepdf.open(charted / "sr-Cyrl" / "factsheets" / "policies.pdf") as pdf:
        tagged = [(str(e.S), str(e.Lang)) for e in _elements(pdf) if "/Lang" in e]
        assert str(pdf.Root.Lang) == "sr-Cyrl"
    assert tagged == [("/P", "en"), ("/LI", "en"), ("/LI", "en")] + [("/P", "en")] * 3
