"""The `pdf` builder: fact sheets read back with pypdf — text, fonts, metadata, safety, bytes."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pdf_kits import INJECTION, LONG, TEXTS, write_kit
from pypdf import PdfReader
from pypdf.generic import BooleanObject

from msgkit.build import BuildRequest, build_kit
from msgkit.builders import BuildOptions, registry
from msgkit.errors import Level, MsgkitError
from msgkit.resolve import resolve
from msgkit.typography import typeset
from msgkit.validate import load_kit

LANGS = ["en", "sl", "sr-Cyrl", "sq", "el", "ro"]
EPOCH = "1634515200"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _text(pdf: Path) -> str:
    return _norm(" ".join(page.extract_text() for page in PdfReader(pdf).pages))


def _body_text(pdf: Path) -> str:
    """The flowing text only: without the header band, the footer and page 1's side column
    (which a text dump puts between the two halves of a paragraph that crosses pages)."""
    chunks: list[str] = []
    for n, page in enumerate(PdfReader(pdf).pages):
        top, right = (735, 340) if n == 0 else (795, 600)  # A4: band and rail of page 1

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            if 75 < y < top and x < right:  # noqa: B023 (used at once, in this iteration)
                chunks.append(text)

        page.extract_text(visitor_text=visit)
    return _norm(" ".join(chunks))


def _build(kit: Path, out: Path, *langs: str) -> Path:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        result = build_kit(kit, BuildRequest(out_root=out, languages=langs, only=("pdf",)))
    return result.out_dir


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One kit in six languages and scripts, with long content, built once for the module."""
    root = tmp_path_factory.mktemp("pdf")
    kit = write_kit(root / "kit", LANGS, long=True, drafts=("sl", "sr-Cyrl"))
    return _build(kit, root / "out")


@pytest.fixture(scope="module")
def kit_model(built: Path) -> Any:
    kit, _ = load_kit(built.parents[1] / "kit")
    return kit


def _sheets(built: Path) -> Iterator[tuple[str, str, Path]]:
    for lang in LANGS:
        for name in ("overview", "policies"):
            yield lang, name, built / lang / "factsheets" / f"{name}.pdf"


def test_one_overview_and_one_sheet_per_area_per_language(built: Path) -> None:
    found = sorted(p.relative_to(built).as_posix() for p in built.rglob("*.pdf"))
    assert found == sorted(
        f"{lang}/factsheets/{n}.pdf" for lang in LANGS for n in ("overview", "policies")
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_fact_and_call_to_action_is_in_the_text(
    built: Path, kit_model: Any, lang: str
) -> None:
    text = _text(built / lang / "factsheets" / "policies.pdf")
    # The sheet shows each text as the resolution step gives it (canonical tags, the
    # language's typography).
    area = resolve(kit_model, lang).areas[0]
    expected = [m.text.text for m in area.key_messages]
    expected += [f.text.text for f in area.facts]
    expected += [c.text.text for c in area.calls_to_action]
    expected += [area.title.text, area.summary.text]
    for item in expected:
        assert _norm(item) in text, f"{lang}: {item!r} not found"


@pytest.mark.parametrize(
    ("lang", "letters"),
    [("ro", "șț"), ("sq", "ëÇ"), ("sr-Cyrl", "жњђћ"), ("el", "ατ"), ("sl", "žč")],
)
def test_script_specific_letters_survive(built: Path, lang: str, letters: str) -> None:
    text = _text(built / lang / "factsheets" / "policies.pdf")
    for ch in letters:
        assert ch in text
    assert TEXTS[lang]["messages"][0] in text


@pytest.mark.parametrize("lang", LANGS)
def test_overview_lists_areas_hashtags_and_description(
    built: Path, kit_model: Any, lang: str
) -> None:
    text = _text(built / lang / "factsheets" / "overview.pdf")
    content = resolve(kit_model, lang)
    assert _norm(content.areas[0].title.text) in text
    assert _norm(content.description.text) in text
    for tag in ("#NoImpunityforTHB", "#EndHumanTrafficking"):
        assert tag in text


def test_dates_and_numbers_are_written_the_language_s_way(built: Path) -> None:
    en = _text(built / "en" / "factsheets" / "policies.pdf")
    sl = _text(built / "sl" / "factsheets" / "policies.pdf")
    sr = _text(built / "sr-Cyrl" / "factsheets" / "overview.pdf")
    assert "13,254" in en and "12.5" in en and "18–24 October 2021" in en
    assert "13.254" in sl and "12,5" in sl and "18.–24. oktober 2021" in sl
    assert "18.–24. октобар 2021." in sr
    assert "Built 18 October 2021" in en and "Pripravljeno 18. oktober 2021" in sl


def test_markup_in_kit_text_prints_literally_and_links_are_safe(built: Path) -> None:
    pdf = built / "en" / "factsheets" / "policies.pdf"
    # Literally, with the language's quotation marks (typography), never as markup.
    assert typeset(INJECTION, "en") in _text(pdf)
    uris = []
    for page in PdfReader(pdf).pages:
        for annot in page.get("/Annots", []):
            action = annot.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.append(str(action["/URI"]))
    assert uris, "the sheet has clickable links"
    assert all(u.split(":")[0] in ("http", "https", "mailto") for u in uris), uris
    assert "https://ec.europa.eu/home-affairs/report_en?x=1&y=2" in uris
    assert "mailto:press@example.org" in uris


def test_each_source_reference_jumps_to_its_source(built: Path, kit_model: Any) -> None:
    reader = PdfReader(built / "en" / "factsheets" / "policies.pdf")
    jumps = [
        annot.get_object()["/Dest"]
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if "/Dest" in annot.get_object()
    ]
    sourced = [f for f in kit_model.areas[0].content.facts if f.source is not None]
    assert len(jumps) == len(sourced) == 6
    text = _text(built / "en" / "factsheets" / "policies.pdf")
    for n, fact in enumerate(sourced, 1):
        assert f"[{n}] {fact.source.title}" in text


def test_fonts_are_embedded_and_only_fira_sans(built: Path) -> None:
    for _, _, pdf in _sheets(built):
        for page in PdfReader(pdf).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                assert "FiraSans" in str(font["/BaseFont"]), (pdf, font["/BaseFont"])
                assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_metadata_language_title_outline(built: Path, kit_model: Any) -> None:
    for lang, name, pdf in _sheets(built):
        reader = PdfReader(pdf)
        root = reader.trailer["/Root"]
        assert root["/Lang"] == lang
        assert root["/ViewerPreferences"]["/DisplayDocTitle"] == BooleanObject(True)
        meta = reader.metadata
        assert meta is not None
        campaign_title = kit_model.text(kit_model.campaign.title, lang)
        assert meta.title and meta.title.endswith(f" – {campaign_title}")
        assert meta.author == "Example Network & Partners, Second Organisation"
        assert meta["/Keywords"] == "#NoImpunityforTHB, #EndHumanTrafficking" + (
            ", #EUAntiTraffickingDay" if name == "policies" else ""
        )
        assert meta["/CreationDate"] == "D:20211018000000+00'00'"
        titles = [o.title for o in reader.outline if not isinstance(o, list)]
        assert len(titles) >= 3, titles
    en = PdfReader(built / "en" / "factsheets" / "policies.pdf")
    assert [o.title for o in en.outline] == [
        "Policies and cooperation",
        "Key messages",
        "Facts",
        "Calls to action",
        "Sources",
    ]


def test_draft_languages_carry_the_marker(built: Path) -> None:
    assert "Osnutek prevoda – še ni pregledan" in _text(
        built / "sl" / "factsheets" / "policies.pdf"
    )
    assert "Нацрт превода" in _text(built / "sr-Cyrl" / "factsheets" / "overview.pdf")
    assert "Draft translation" not in _text(built / "en" / "factsheets" / "policies.pdf")


def test_long_content_flows_onto_numbered_pages_without_stranded_headings(built: Path) -> None:
    reader = PdfReader(built / "en" / "factsheets" / "policies.pdf")
    total = len(reader.pages)
    assert total >= 2
    headings = {"Key messages", "Facts", "Calls to action", "Sources"}
    for n, page in enumerate(reader.pages, 1):
        lines: list[tuple[float, str]] = []

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any, lines: Any = lines) -> None:
            if text.strip():
                lines.append((tm[5] * cm[3] + cm[5], text.strip()))

        page.extract_text(visitor_text=visit)
        assert any(t == f"Page {n} of {total}" for _, t in lines)
        body = [(y, t) for y, t in lines if y > 80]  # above the footer
        for y, t in body:
            if t in headings:
                assert any(other_y < y - 1 for other_y, _ in body), f"{t!r} ends page {n}"


def test_two_builds_are_byte_identical(built: Path, tmp_path: Path) -> None:
    again = _build(built.parents[1] / "kit", tmp_path / "again", "en", "sr-Cyrl")
    for lang in ("en", "sr-Cyrl"):
        for name in ("overview", "policies"):
            rel = f"{lang}/factsheets/{name}.pdf"
            assert (again / rel).read_bytes() == (built / rel).read_bytes(), rel


def test_us_letter_option(tmp_path: Path) -> None:
    kit = write_kit(tmp_path / "kit", ["en"], logo=False, paper="Letter")
    out = _build(kit, tmp_path / "out")
    for name in ("overview", "policies"):
        box = PdfReader(out / "en" / "factsheets" / f"{name}.pdf").pages[0].mediabox
        assert (float(box.width), float(box.height)) == (612, 792)


def test_a4_is_the_default(built: Path) -> None:
    box = PdfReader(built / "en" / "factsheets" / "overview.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_a_character_the_font_lacks_is_a_located_error(tmp_path: Path) -> None:
    kit = write_kit(tmp_path / "kit", ["en"], logo=False)
    area_file = kit / "areas" / "policies.yaml"
    text = area_file.read_text("utf-8").replace(
        "Every victim deserves protection", "Every victim \U0001f600 deserves protection"
    )
    area_file.write_text(text, "utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "\U0001f600 deserves" in row)
    with pytest.raises(MsgkitError) as caught:
        _build(kit, tmp_path / "out")
    # Every builder's lint runs too (the same diagnosis as `check`): keep the errors.
    [problem] = [d for d in caught.value.diagnostics if d.level is Level.ERROR]
    assert problem.location is not None
    assert problem.location.path.endswith("areas/policies.yaml")
    assert problem.location.line == line
    assert problem.message == (
        "character U+1F600 GRINNING FACE ('\U0001f600') has no glyph in Fira Sans, "
        "so the PDF fact sheets cannot show it"
    )
    assert problem.hint == (
        "replace it with a similar character the font has, or remove it "
        "(emoji belong in posts only)"
    )
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.pdf"))


def test_a_missing_glyph_in_a_source_title_is_located_too(tmp_path: Path) -> None:
    kit = write_kit(tmp_path / "kit", ["en"], logo=False)
    area_file = kit / "areas" / "policies.yaml"
    area_file.write_text(
        area_file.read_text("utf-8").replace("title: Second report", "title: Second report ✓"),
        "utf-8",
    )
    with pytest.raises(MsgkitError) as caught:
        _build(kit, tmp_path / "out")
    # Every builder's lint runs too (the same diagnosis as `check`): keep the errors.
    [problem] = [d for d in caught.value.diagnostics if d.level is Level.ERROR]
    assert "U+2713 CHECK MARK" in problem.message
    assert problem.location is not None and problem.location.line > 0


def test_inputs_ignore_what_the_sheets_do_not_show(tmp_path: Path) -> None:
    kit_dir = write_kit(tmp_path / "kit", ["en", "sl"], logo=False)
    builder = registry()["pdf"]
    kit, _ = load_kit(kit_dir)
    import datetime as dt

    options = BuildOptions(build_time=dt.datetime(2021, 10, 18, tzinfo=dt.UTC))
    before = {t.key: t.inputs for t in builder.plan(kit, options)}
    assert sorted(before) == ["en/overview", "en/policies", "sl/overview", "sl/policies"]
    area_file = kit_dir / "areas" / "policies.yaml"
    area_file.write_text(
        area_file.read_text("utf-8").replace("Post \U0001f600", "Changed post"), "utf-8"
    )
    kit, _ = load_kit(kit_dir)
    assert {t.key: t.inputs for t in builder.plan(kit, options)} == before
    area_file.write_text(
        area_file.read_text("utf-8").replace("Invite a prosecutor to speak.", "Invite a judge."),
        "utf-8",
    )
    kit, _ = load_kit(kit_dir)
    after = {t.key: t.inputs for t in builder.plan(kit, options)}
    changed = sorted(k for k in after if after[k] != before[k])
    assert changed == ["en/policies"]


def test_importing_the_builder_does_not_import_reportlab() -> None:
    code = "import sys, msgkit.builders.pdf; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _dump(pdf: Path) -> str:
    """A readable dump of a PDF: metadata, outline and each page's text."""
    reader = PdfReader(pdf)
    meta = reader.metadata or {}
    lines = [f"{k}: {meta[k]}" for k in sorted(meta)]
    lines.append(f"/Lang: {reader.trailer['/Root']['/Lang']}")
    lines.append(
        "outline: " + " | ".join(o.title for o in reader.outline if not isinstance(o, list))
    )
    for n, page in enumerate(reader.pages, 1):
        lines += [f"--- page {n} ({float(page.mediabox.width):g}x{float(page.mediabox.height):g})"]
        lines += [row.rstrip() for row in page.extract_text().splitlines()]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("lang", "name"), [("en", "policies"), ("sr-Cyrl", "overview"), ("el", "policies")]
)
def test_golden_text_dump(built: Path, golden: Any, lang: str, name: str) -> None:
    golden(f"pdf/{lang}-{name}.txt", _dump(built / lang / "factsheets" / f"{name}.pdf"))


def test_nothing_is_lost_when_a_message_or_the_side_column_outgrows_its_space(
    tmp_path: Path,
) -> None:
    giant = " ".join(f"{LONG} ({n})" for n in range(14))
    tags = [f"PartnerTag{chr(65 + i)}{chr(65 + j)}" for i in range(3) for j in range(12)]
    kit = write_kit(
        tmp_path / "kit",
        ["en"],
        logo=False,
        area_overrides={
            "key_messages": [{"id": "giant", "text": {"en": giant}}],
            "hashtags": tags,
        },
    )
    out = _build(kit, tmp_path / "out")
    pdf = out / "en" / "factsheets" / "policies.pdf"
    assert giant in _body_text(pdf)
    text = _text(pdf)
    assert all(f"#{tag}" in text for tag in tags)
    assert len(PdfReader(pdf).pages) >= 3


def test_chart_labels_can_be_given_per_language(tmp_path: Path) -> None:
    series = [
        {"label": {"en": "Sexual exploitation", "sl": "Spolno izkoriščanje"}, "value": 51.5},
        {"label": {"en": "Forced labour", "sl": "Prisilno delo"}, "value": 38},
    ]
    fact = {
        "id": "fact-1",
        "text": {"en": "Forms of exploitation.", "sl": "Oblike izkoriščanja."},
        "source": {"title": "A report", "url": "https://example.org/report"},
        "figures": {"unit": {"en": "% of victims", "sl": "% žrtev"}, "series": series},
    }
    kit = write_kit(tmp_path / "kit", ["en", "sl"], logo=False, area_overrides={"facts": [fact]})
    out = _build(kit, tmp_path / "out")
    slovenian = _text(out / "sl" / "factsheets" / "policies.pdf")
    english = _text(out / "en" / "factsheets" / "policies.pdf")
    assert "Spolno izkoriščanje" in slovenian and "Prisilno delo" in slovenian
    assert "Sexual exploitation" not in slovenian
    assert "Sexual exploitation" in english
