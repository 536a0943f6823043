"""One date style per language across every output people read; machine formats keep ISO 8601."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader
from typer.testing import CliRunner

from msgkit.cli import app
from msgkit.scaffold import scaffold

LANGS = ["en", "sl", "sr-Cyrl"]
#: Week 1 of the starter kit (starts 2030-10-18), as CLDR writes the range.
WEEK = {
    "en": "18–24 October 2030",
    "sl": "18.–24. oktober 2030",
    "sr-Cyrl": "18.–24. октобар 2030.",
}
#: Its first post, on day 1 at 10:00.
DAY = {"en": "18 October 2030", "sl": "18. oktober 2030", "sr-Cyrl": "18. октобар 2030."}
POST = {
    "en": "18 October 2030, 10:00",
    "sl": "18. oktober 2030 10:00",
    "sr-Cyrl": "18. октобар 2030. 10:00",
}
#: SOURCE_DATE_EPOCH, 2021-10-18, after each language's word for "Built".
BUILT = {
    "en": "Built 18 October 2021",
    "sl": "Pripravljeno 18. oktober 2021",
    "sr-Cyrl": "Припремљено 18. октобар 2021.",
}
#: The build date every test uses (tests/conftest.py): 2021-10-18 00:00 UTC.
EPOCH = "1634515200"
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The starter kit with a third language (Serbian, Cyrillic), every format built once."""
    root = tmp_path_factory.mktemp("dates")
    kit = root / "kit"
    scaffold(kit)
    config = kit / "kit.yaml"
    text = config.read_text(encoding="utf-8")
    marker = "  sl: {status: draft, name: Slovenščina}"
    assert marker in text
    config.write_text(
        text.replace(marker, "  sr-Cyrl: {status: draft, name: Српски}\n" + marker),
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        result = CliRunner().invoke(app, ["build", str(kit), "--out", str(root / "dist")])
    assert result.exit_code == 0, result.output
    return root / "dist" / "my-campaign"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class _VisibleText(HTMLParser):
    """The text a browser shows: no attributes (`<time datetime>`), scripts or styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _page(path: Path) -> str:
    parser = _VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    return _norm(" ".join(parser.parts))


def _pdf(path: Path) -> str:
    return _norm(" ".join(page.extract_text() for page in PdfReader(path).pages))


def _deck(path: Path) -> str:
    slides = Presentation(str(path)).slides
    shown = [s.text_frame.text for slide in slides for s in slide.shapes if s.has_text_frame]
    notes = [slide.notes_slide.notes_text_frame.text for slide in slides if slide.has_notes_slide]
    return _norm(" ".join(shown + notes))


def _readme(out: Path, lang: str) -> str:
    name = f"my-campaign-{lang}"
    with zipfile.ZipFile(out / "packs" / f"{name}.zip") as pack:
        return _norm(pack.read(f"{name}/README.txt").decode("utf-8"))


def _read_by_people(out: Path, lang: str) -> dict[str, str]:
    folder = out / lang
    texts = {
        "overview.pdf": _pdf(folder / "factsheets" / "overview.pdf"),
        "week-1.pdf": _pdf(folder / "factsheets" / "week-1.pdf"),
        "deck.pptx": _deck(folder / "deck.pptx"),
        "index.html": _page(folder / "index.html"),
        "messages.md": _norm((folder / "messages.md").read_text(encoding="utf-8")),
        "README.txt": _readme(out, lang),
    }
    for md in sorted((folder / "posts").glob("*.md")):
        texts[f"posts/{md.name}"] = _norm(md.read_text(encoding="utf-8"))
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_the_week_reads_the_same_in_every_output(out: Path, lang: str) -> None:
    texts = _read_by_people(out, lang)
    shown = ["overview.pdf", "week-1.pdf", "deck.pptx", "index.html", "messages.md"]
    assert [name for name in shown if WEEK[lang] not in texts[name]] == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_post_s_day_and_time_read_the_same_in_every_output(out: Path, lang: str) -> None:
    texts = _read_by_people(out, lang)
    with_time = ["deck.pptx", "messages.md", *(n for n in texts if n.startswith("posts/"))]
    assert len(with_time) > 3
    assert [name for name in with_time if POST[lang] not in texts[name]] == []
    # The index page puts the day and the time in columns of their own.
    assert DAY[lang] in texts["index.html"] and "10:00" in texts["index.html"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_build_date_reads_the_same_in_every_output(out: Path, lang: str) -> None:
    texts = _read_by_people(out, lang)
    shown = ["overview.pdf", "index.html", "README.txt"]
    assert [name for name in shown if BUILT[lang] not in texts[name]] == []


@pytest.mark.parametrize("lang", LANGS)
def test_people_never_see_an_iso_date(out: Path, lang: str) -> None:
    found = {
        name: ISO_DATE.findall(text) for name, text in _read_by_people(out, lang).items()
    }
    assert {name: dates for name, dates in found.items() if dates} == {}


def test_machine_formats_keep_iso_8601(out: Path) -> None:
    folder = out / "sl"
    assert "2030-10-18T10:00:00+02:00" in (folder / "posts" / "posts.json").read_text("utf-8")
    assert "2030-10-18T10:00:00+02:00" in (folder / "posts" / "scheduler.csv").read_text("utf-8")
    assert "DTSTART;TZID=Europe/Ljubljana:20301018T100000" in (folder / "calendar.ics").read_text(
        "utf-8"
    )
    assert "2030-10-18,10:00" in (folder / "calendar.csv").read_text("utf-8-sig")
    assert 'datetime="2030-10-18T10:00:00+02:00"' in (folder / "index.html").read_text("utf-8")
