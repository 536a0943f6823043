"""Escaping kit text for reportlab markup, and the only links msgkit writes."""

from __future__ import annotations

import pytest

from msgkit.pdf.markup import esc, link, mailto, safe_href


def test_markup_characters_become_entities() -> None:
    assert esc('<b>"A" & B</b>') == "&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;"


def test_escaped_text_renders_literally_in_a_paragraph() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from msgkit.pdf import typeface

    typeface.register()
    text = '<img src="/etc/passwd"> &amp; <a href="javascript:x">y</a> <b>'
    para = Paragraph(esc(text), ParagraphStyle("t", fontName=typeface.REGULAR))
    assert para.getPlainText() == text
    assert {frag.fontName for frag in para.frags} == {typeface.REGULAR}
    assert not any(getattr(frag, "link", None) for frag in para.frags)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "",
        None,
    ],
)
def test_only_http_https_and_mailto_are_linked(url: str | None) -> None:
    assert safe_href(url) is None
    assert link("text <b>", url, "#000000") == "text &lt;b&gt;"


def test_urls_are_percent_encoded_and_attribute_escaped() -> None:
    assert safe_href('https://example.org/a b"c<d>?x=1&y=2') == (
        "https://example.org/a%20b%22c%3Cd%3E?x=1&amp;y=2"
    )
    assert safe_href("https://example.org/%C3%A9") == "https://example.org/%C3%A9"
    assert link("Site", "https://example.org", "#112233") == (
        '<a href="https://example.org" color="#112233">Site</a>'
    )


def test_mailto_links() -> None:
    assert mailto("press+thb@example.org") == "mailto:press+thb@example.org"
    assert mailto(None) is None
