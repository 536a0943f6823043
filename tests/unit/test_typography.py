"""typeset(): the language's quotes and apostrophes, no-break spaces, links left untouched."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msgkit.typography import short_url, typeset

LANGS = ["en", "sl", "sr-Cyrl", "sr-Latn", "sq", "de", "fr", "xx-Unknown"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            'She said "don\'t go" to 45 % of them.',
            "She said “don’t go” to 45\u00a0% of them.",
        ),
        ("sl", "Rekla je \"ne\" in 'da' na 5 km.", "Rekla je „ne“ in ‚da‘ na 5\u00a0km."),
        ("sr-Cyrl", '"Трговина" у 12 % случајева', "„Трговина” у 12\u00a0% случајева"),
        ("sq", 't\'i japin "fund"', "t’i japin “fund”"),
        ("de", "Kosten: € 5 und 'ja'", "Kosten: €\u00a05 und ‚ja‘"),
        (
            "fr",
            'Il dit "oui" ! Mais : non ; 5 %',
            "Il dit «oui»\u202f! Mais\u00a0: non\u202f; 5\u00a0%",
        ),
        # Links, hashtags, mentions, e-mail and code stay as they are, even with quotes inside.
        (
            "en",
            '"Read https://ex.org/a\'b?c=1 now" #It\'s @o\'neil x@y.org `a "b"`',
            '“Read https://ex.org/a\'b?c=1 now” #It’s @o’neil x@y.org `a "b"`',
        ),
        # A language CLDR does not know keeps its quotes; the unit space is still typeset.
        ("xx", '"a" 5 %', '"a" 5\u00a0%'),
    ],
)
def test_typeset_examples(lang: str, text: str, expected: str) -> None:
    assert typeset(text, lang) == expected


def test_region_and_script_fall_back_to_the_language() -> None:
    assert typeset('"x"', "sr-Cyrl-RS") == typeset('"x"', "sr-Cyrl") == "„x”"
    assert typeset('"x"', "en-GB") == "“x”"


_word = st.text(
    alphabet=st.sampled_from(list("abcčdeëšžабвђ0123456789'\"%€.,;:!?()-«»")),
    min_size=1,
    max_size=8,
)
_url = st.builds(
    lambda host, path, query: f"https://{host}.org/{path}?q={query}&x=1",
    st.text(alphabet="abcxyz-", min_size=1, max_size=8),
    st.text(alphabet="abc/._-~'", min_size=0, max_size=12).map(lambda p: p.rstrip("'")),
    st.text(alphabet="abc123%=", min_size=0, max_size=6),
)
_hashtag = st.text(alphabet="abcNoIT_ë1", min_size=1, max_size=10).map(lambda t: "#" + t)
_mention = st.text(alphabet="abc_xyz", min_size=1, max_size=8).map(lambda t: "@" + t)
_space = st.sampled_from([" ", " ", "\n", "\u00a0"])


@st.composite
def _texts(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Words, links, hashtags and mentions between spaces; with the tokens that must stay."""
    parts: list[str] = []
    kept: list[str] = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.integers(0, 5))
        strategy = [_url, _hashtag, _mention][kind] if kind <= 2 else _word
        token = draw(strategy)
        if kind <= 2:
            kept.append(token)
        parts.append(token)
        parts.append(draw(_space))
    return "".join(parts), kept


@settings(max_examples=300, deadline=None)
@given(_texts(), st.sampled_from(LANGS))
def test_typeset_invariants(sample: tuple[str, list[str]], lang: str) -> None:
    text, kept = sample
    out = typeset(text, lang)
    assert len(out) == len(text)  # one character for one character
    assert len(out.split()) == len(text.split())  # the same words (str.split counts NBSP as space)
    assert typeset(out, lang) == out  # idempotent
    for token in kept:  # every link, hashtag and mention verbatim
        assert token in out


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.sampled_from(LANGS))
def test_typeset_any_text_keeps_length_and_is_idempotent(text: str, lang: str) -> None:
    out = typeset(text, lang)
    assert len(out) == len(text)
    assert typeset(out, lang) == out


@pytest.mark.parametrize(
    ("url", "limit", "shown"),
    [
        ("https://www.icmpd.org/", 40, "icmpd.org"),
        ("https://example.org/report.pdf?utm=1&x=2", 40, "example.org/report.pdf?utm=1&x=2"),
        (
            "https://home-affairs.ec.europa.eu/policies/internal-security/organised-crime-and-"
            "human-trafficking/together-against-trafficking-human-beings_en",
            40,
            "home-affairs.ec.europa.eu/…",
        ),
        (
            "https://ec.europa.eu/home-affairs/system/files/2020-10/third_progress_report_on_"
            "trafficking_in_human_beings_en.pdf?utm_source=kit",
            56,
            "ec.europa.eu/…/third_progress_report_on_trafficking_in_…",
        ),
        ("https://ex.org/a/b/report.pdf", 40, "ex.org/a/b/report.pdf"),
        ("mailto:a@b.org", 40, "mailto:a@b.org"),
    ],
)
def test_short_url_keeps_the_host_and_what_fits(url: str, limit: int, shown: str) -> None:
    assert short_url(url, limit) == shown
    assert len(short_url(url, limit)) <= limit
