"""msgkit's own interface words: complete tables per language, and the language fallback."""

from __future__ import annotations

import re
import string
import unicodedata

import pytest

from msgkit import labels
from msgkit.fonts import missing_glyphs
from msgkit.labels import has_labels, label

# The tables themselves are private; these invariants are about their contents as a whole.
ENGLISH = labels._EN
LANGS = sorted(lang for lang in labels._LABELS if lang != "en")
CAMPAIGN_LANGS = ["en", "sl", "sr-Cyrl", "sr-Latn", "sq", "hr", "bs", "mk", "bg", "ro", "el"]


def _placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_every_campaign_language_has_a_table() -> None:
    assert [lang for lang in CAMPAIGN_LANGS if lang not in labels._LABELS] == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_table_has_exactly_the_english_keys(lang: str) -> None:
    table = labels._LABELS[lang]
    assert sorted(set(ENGLISH) - set(table)) == [], "missing"
    assert sorted(set(table) - set(ENGLISH)) == [], "not in English"


@pytest.mark.parametrize("lang", LANGS)
def test_a_translation_keeps_the_english_placeholders(lang: str) -> None:
    table = labels._LABELS[lang]
    wrong = {
        key: (_placeholders(text), _placeholders(ENGLISH[key]))
        for key, text in table.items()
        if key in ENGLISH and _placeholders(text) != _placeholders(ENGLISH[key])
    }
    assert wrong == {}


@pytest.mark.parametrize("lang", LANGS)
def test_a_translation_is_not_left_empty_or_padded(lang: str) -> None:
    bad = [k for k, text in labels._LABELS[lang].items() if not text or text != text.strip()]
    assert bad == []


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_the_font_draws_every_label(lang: str) -> None:
    styles = ("regular", "bold", "italic", "bold-italic", "semibold", "light")
    missing = {
        key: chars
        for key, text in labels._LABELS[lang].items()
        if (chars := missing_glyphs(text, styles))
    }
    assert missing == {}


@pytest.mark.parametrize(
    ("lang", "script"),
    [("sr-Cyrl", "CYRILLIC"), ("mk", "CYRILLIC"), ("bg", "CYRILLIC"), ("el", "GREEK")],
)
def test_no_word_mixes_latin_look_alikes_into_another_script(lang: str, script: str) -> None:
    # A Latin "o" or "c" typed inside a Cyrillic or Greek word looks right but breaks
    # search, hyphenation and screen readers.
    mixed = []
    for text in labels._LABELS[lang].values():
        for word in re.findall(r"\w+", text):
            scripts = {unicodedata.name(ch).split()[0] for ch in word if ch.isalpha()}
            if script in scripts and "LATIN" in scripts:
                mixed.append(word)
    assert mixed == []


def test_romanian_uses_comma_below_and_greek_no_semicolon() -> None:
    ro = "".join(labels._LABELS["ro"].values())
    assert not set(ro) & set("şţŞŢ"), "Romanian ș and ț take a comma below, not a cedilla"
    # ";" is the Greek question mark; Greek joins clauses with the ano teleia "·".
    assert ";" not in "".join(labels._LABELS["el"].values())


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("hr", "Ključne poruke"),
        ("bs", "Ključne poruke"),
        ("mk", "Клучни пораки"),
        ("bg", "Ключови послания"),
        ("ro", "Mesaje-cheie"),
        ("el", "Βασικά μηνύματα"),
    ],
)
def test_new_languages_have_their_own_headings(lang: str, expected: str) -> None:
    assert label("key_messages", lang) == expected
    assert has_labels(lang)


def test_values_fill_the_placeholders() -> None:
    assert label("page", "el", n=1, total=2) == "Σελίδα 1 από 2"
    assert label("week", "hr", n=3) == "3. tjedan"
    assert label("built", "bg", date="18 октомври 2021 г.") == "Изготвено на 18 октомври 2021 г."


@pytest.mark.parametrize(
    ("lang", "same_as"),
    [
        ("hr-HR", "hr"),
        ("bs-BA", "bs"),
        ("mk-MK", "mk"),
        ("bg-BG", "bg"),
        ("ro-MD", "ro"),
        ("el-CY", "el"),
        ("sl-SI", "sl"),
        ("sr-Latn-RS", "sr-Latn"),
        ("sr-Cyrl-ME", "sr-Cyrl"),
    ],
)
def test_a_region_or_script_falls_back_to_the_shorter_tag(lang: str, same_as: str) -> None:
    assert has_labels(lang)
    for key in ("key_messages", "draft", "scan"):
        assert label(key, lang) == label(key, same_as)
    assert label("page", lang, n=2, total=5) == label("page", same_as, n=2, total=5)


@pytest.mark.parametrize("lang", ["de", "de-AT", "xx"])
def test_languages_without_a_table_get_english(lang: str) -> None:
    assert not has_labels(lang)
    assert label("key_messages", lang) == "Key messages"
    assert label("page", lang, n=1, total=2) == "Page 1 of 2"


def test_serbian_without_a_script_is_cyrillic() -> None:
    from msgkit.labels import label

    assert label("key_messages", "sr") == label("key_messages", "sr-Cyrl") == "Кључне поруке"
    assert label("key_messages", "sr-RS") == "Кључне поруке"
    assert label("key_messages", "sr-Latn-RS") == "Ključne poruke"
