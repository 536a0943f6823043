"""msgkit's interface words: complete gettext catalogues per language, and the fallback."""

from __future__ import annotations

import gettext
import re
import shutil
import string
import subprocess
import unicodedata
from pathlib import Path

import cyrtranslit
import pytest
from babel.messages.pofile import read_po

import msgkit
from msgkit.fonts import missing_glyphs
from msgkit.labels import catalogue_languages, has_labels, label

LOCALE = Path(msgkit.__file__).parent / "locale"
TEMPLATE = LOCALE / "msgkit.pot"
CAMPAIGN_LANGS = ["en", "sl", "sr-Cyrl", "sr-Latn", "sq", "hr", "bs", "mk", "bg", "ro", "el"]
LANGS = [lang for lang in catalogue_languages() if lang != "en"]


def _po(lang: str) -> Path:
    return LOCALE / lang.replace("-", "_") / "LC_MESSAGES" / "msgkit.po"


def _entries(path: Path) -> dict[str, tuple[str, str, bool]]:
    """msgctxt → (msgid, msgstr, fuzzy) of every entry of one catalogue file."""
    with path.open("rb") as stream:
        catalog = read_po(stream)
    return {m.context: (m.id, m.string, m.fuzzy) for m in catalog if m.id and m.context}


ENGLISH = {key: msgid for key, (msgid, _, _) in _entries(TEMPLATE).items()}


def _words(lang: str) -> dict[str, str]:
    return {key: label(key, lang) for key in ENGLISH}


def _placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_every_language_of_the_network_has_a_catalogue() -> None:
    assert [lang for lang in CAMPAIGN_LANGS if lang not in catalogue_languages()] == []
    assert len(ENGLISH) > 100


@pytest.mark.parametrize("lang", LANGS)
def test_a_catalogue_translates_exactly_the_template_words(lang: str) -> None:
    # A missing, empty or fuzzy entry would silently show English: it fails here instead.
    entries = _entries(_po(lang))
    assert sorted(set(ENGLISH) - set(entries)) == [], "missing"
    assert sorted(set(entries) - set(ENGLISH)) == [], "not in the template"
    assert [k for k, (_, text, fuzzy) in entries.items() if not text or fuzzy] == []
    assert {k: msgid for k, (msgid, _, _) in entries.items() if msgid != ENGLISH[k]} == {}


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
@pytest.mark.parametrize("lang", LANGS)
def test_gnu_msgfmt_accepts_the_catalogue_and_gettext_reads_every_word(
    lang: str, tmp_path: Path
) -> None:
    # An independent toolchain: msgfmt checks headers, plural forms and python-brace-format
    # placeholders; the stdlib's GNU reader then finds every word under its context.
    mo = tmp_path / "msgkit.mo"
    done = subprocess.run(
        ["msgfmt", "--check", "-o", str(mo), str(_po(lang))], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    with mo.open("rb") as stream:
        translations = gettext.GNUTranslations(stream)
    assert {key: translations.pgettext(key, english) for key, english in ENGLISH.items()} == (
        _words(lang)
    )


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_msgfmt_catches_a_translation_that_renames_a_placeholder(tmp_path: Path) -> None:
    # Guards the guard: the flag that makes msgfmt compare placeholders is on the entries.
    broken = tmp_path / "sl.po"
    broken.write_text(
        _po("sl").read_text(encoding="utf-8").replace('"{n}. teden"', '"{m}. teden"'),
        encoding="utf-8",
    )
    done = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(broken)],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "format specification for argument 'm' doesn't exist in 'msgid'" in done.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_a_translation_keeps_the_english_placeholders(lang: str) -> None:
    wrong = {
        key: (_placeholders(text), _placeholders(ENGLISH[key]))
        for key, text in _words(lang).items()
        if _placeholders(text) != _placeholders(ENGLISH[key])
    }
    assert wrong == {}


@pytest.mark.parametrize("lang", LANGS)
def test_a_translation_is_not_padded(lang: str) -> None:
    assert [k for k, text in _words(lang).items() if text != text.strip()] == []


def test_serbian_latin_is_the_transliteration_of_serbian_cyrillic() -> None:
    latin = {key: cyrtranslit.to_latin(text, "sr") for key, text in _words("sr-Cyrl").items()}
    assert latin == _words("sr-Latn")


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_the_font_draws_every_label(lang: str) -> None:
    styles = ("regular", "bold", "italic", "bold-italic", "semibold", "light")
    missing = {
        key: chars for key, text in _words(lang).items() if (chars := missing_glyphs(text, styles))
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
    for text in _words(lang).values():
        for word in re.findall(r"\w+", text):
            scripts = {unicodedata.name(ch).split()[0] for ch in word if ch.isalpha()}
            if script in scripts and "LATIN" in scripts:
                mixed.append(word)
    assert mixed == []


def test_romanian_uses_comma_below_and_greek_no_semicolon() -> None:
    ro = "".join(_words("ro").values())
    assert not set(ro) & set("şţŞŢ"), "Romanian ș and ț take a comma below, not a cedilla"
    # ";" is the Greek question mark; Greek joins clauses with the ano teleia "·".
    assert ";" not in "".join(_words("el").values())


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("hr", "Ključne poruke"),
        ("bs", "Ključne poruke"),
        ("mk", "Клучни пораки"),
        ("bg", "Ключови послания"),
        ("ro", "Mesaje-cheie"),
        ("el", "Βασικά μηνύματα"),
        ("sr-Latn", "Ključne poruke"),
        ("sq", "Mesazhet kryesore"),
    ],
)
def test_languages_have_their_own_headings(lang: str, expected: str) -> None:
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
        ("en-GB", "en"),
    ],
)
def test_a_region_or_script_falls_back_to_the_shorter_tag(lang: str, same_as: str) -> None:
    assert has_labels(lang)
    for key in ("key_messages", "draft", "scan"):
        assert label(key, lang) == label(key, same_as)
    assert label("page", lang, n=2, total=5) == label("page", same_as, n=2, total=5)


@pytest.mark.parametrize("lang", ["de", "de-AT", "xx"])
def test_languages_without_a_catalogue_get_english(lang: str) -> None:
    assert not has_labels(lang)
    assert label("key_messages", lang) == "Key messages"
    assert label("page", lang, n=1, total=2) == "Page 1 of 2"


def test_serbian_without_a_script_is_cyrillic() -> None:
    assert label("key_messages", "sr") == label("key_messages", "sr-Cyrl") == "Кључне поруке"


def test_an_unknown_key_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        label("no_such_word", "en")

