"""Markdown outputs show kit text literally: checked by rendering them with markdown-it."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from msgkit.build import BuildRequest, build_kit
from msgkit.markdown import escape

HOSTILE_TITLE = "T <img src=x onerror=alert(1)> [x](javascript:alert(1)) *b* `c`"
HOSTILE_SUMMARY = "# Not a heading\n> not a quote\n- not a list\n1. nor this <script>x</script>"


def _html(markdown: str) -> str:
    return MarkdownIt("commonmark").render(markdown)


def test_escaped_text_renders_as_itself() -> None:
    for text in (HOSTILE_TITLE, HOSTILE_SUMMARY, "a_b*c\\d", "&amp; | ~~x~~"):
        html = _html(escape(text))
        assert "<img" not in html and "<a " not in html and "<script" not in html
        assert "<h1" not in html and "<blockquote" not in html and "<ul" not in html
        assert "<em" not in html and "<code" not in html
    assert _html(escape(HOSTILE_TITLE)).strip() == (
        "<p>T &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1)) *b* `c`</p>"
    )


def test_hostile_titles_and_texts_stay_text_in_every_markdown_output(
    starter_kit: Path, tmp_path: Path
) -> None:
    area = starter_kit / "areas" / "week-1.yaml"
    text = area.read_text("utf-8")
    text = text.replace("en: Why it matters", f"en: '{HOSTILE_TITLE}'", 1)
    summary = HOSTILE_SUMMARY.replace("\n", "\n    ")
    text = text.replace(
        "en: A short paragraph that introduces the area.", f"en: |-\n    {summary}", 1
    )
    area.write_text(text, "utf-8")
    out = build_kit(
        starter_kit, BuildRequest(out_root=tmp_path / "out", only=("sheet", "posts"))
    ).out_dir
    pages = [out / "en" / "messages.md", *sorted((out / "en" / "posts").glob("*.md"))]
    for page in pages:
        html = _html(page.read_text("utf-8"))
        assert "<img" not in html and "<script" not in html, page.name
        assert 'href="javascript' not in html, page.name
        assert "T &lt;img src=x onerror=alert(1)&gt;" in html, page.name
    sheet = _html((out / "en" / "messages.md").read_text("utf-8"))
    assert "# Not a heading" in sheet and "&gt; not a quote" in sheet
