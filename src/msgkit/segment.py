"""Sentence ends a person would split a thread at: ICU sentence breaks, corrected by language data.

`sentences(text, lang)` splits with ICU's sentence break iterator (through `icu4py`), then
joins back every break that follows
- an abbreviation of the text's language or of English (`data/abbreviations/<lang>.txt`:
  `Dr.`, `npr.`, `т.е.` …), or
- in Slovenian, Croatian, Bosnian and Serbian, a number followed by a dot: an ordinal, as in
  dates (`15. maja`), never a sentence end.
A line break always ends a sentence; a break inside a run of non-space text (`?` in a link)
is none. `clauses` and `words` are the fallbacks where a sentence
alone is too long: after `, ; : – —`, then between words (never inside one, never right after
an abbreviation or ordinal).
"""

from __future__ import annotations

import functools
from importlib import resources

import regex

#: Languages where `<digits>.` is an ordinal (dates, numbered items), never a sentence end.
ORDINAL_DOT_LANGUAGES = frozenset({"sl", "hr", "bs", "sr"})

_LINE_BREAK = regex.compile(r"\s*\n\s*")
_ORDINAL = regex.compile(r"(?:^|\s|\()\p{Nd}+\.$")
_WORDY = regex.compile(r"[\p{L}\p{N}]")
_CLAUSE = regex.compile(r"(?<=[,;:])\s+|(?<=\s[–—])\s+")
_SPACE = regex.compile(r"\s+")


def _base(lang: str) -> str:
    return lang.split("-")[0].lower()


@functools.cache
def abbreviations(lang: str) -> frozenset[str]:
    """The abbreviations of `lang` (and English), from the package's data files."""
    found: set[str] = set()
    folder = resources.files("msgkit").joinpath("data/abbreviations")
    for code in {"en", _base(lang)}:
        path = folder.joinpath(f"{code}.txt")
        if not path.is_file():
            continue
        for line in path.read_text("utf-8").splitlines():
            word = line.strip()
            if word and not word.startswith("#"):
                found.add(word)
                found.add(word[0].upper() + word[1:])
    return frozenset(found)


def ends_without_sentence_end(text: str, lang: str) -> bool:
    """True when `text` ends with an abbreviation or (in sl/hr/bs/sr) an ordinal number."""
    text = text.rstrip()
    for abbreviation in abbreviations(lang):
        if text.endswith(abbreviation):
            before = text[: len(text) - len(abbreviation)]
            if not before or not _WORDY.match(before[-1]):
                return True
    return _base(lang) in ORDINAL_DOT_LANGUAGES and _ORDINAL.search(text) is not None


def _icu_pieces(block: str, lang: str) -> list[str]:
    from icu4py.breakers import SentenceBreaker
    from icu4py.locale import Locale

    # `ss=standard`: ICU's own abbreviation suppressions where it has them for the language.
    return list(SentenceBreaker(block, Locale(f"{_base(lang)}@ss=standard")))


def sentences(text: str, lang: str) -> list[tuple[str, str]]:
    """`text` as (sentence, separator-after) pairs; joining them all gives `text` back, stripped."""
    text = text.strip()
    pieces: list[tuple[str, str]] = []
    pos = 0
    for block_end in [*(m for m in _LINE_BREAK.finditer(text)), None]:
        end = block_end.start() if block_end else len(text)
        separator = block_end.group() if block_end else ""
        block = text[pos:end]
        if block:
            current = ""
            for piece in _icu_pieces(block, lang):
                current += piece
                # A break needs white space before it: ICU breaks after `?` inside a link.
                if not current[-1].isspace() or ends_without_sentence_end(current, lang):
                    continue
                if current.strip():
                    body = current.rstrip()
                    pieces.append((body, current[len(body) :]))
                current = ""
            if current.strip():
                body = current.rstrip()
                pieces.append((body, current[len(body) :]))
            if pieces:
                pieces[-1] = (pieces[-1][0], pieces[-1][1] + separator)
        pos = block_end.end() if block_end else len(text)
    # A piece without letters or digits (an emoji, an arrow) belongs to the sentence before it.
    merged: list[tuple[str, str]] = []
    for piece, sep in pieces:
        if merged and not _WORDY.search(piece):
            before, gap = merged[-1]
            merged[-1] = (before + gap + piece, sep)
        else:
            merged.append((piece, sep))
    return merged


def _split(sentence: str, pattern: regex.Pattern[str], lang: str) -> list[tuple[str, str]]:
    pieces: list[tuple[str, str]] = []
    pos = 0
    for m in pattern.finditer(sentence):
        head = sentence[pos : m.start()]
        if not head or ends_without_sentence_end(head, lang):
            continue
        pieces.append((head, m.group()))
        pos = m.end()
    pieces.append((sentence[pos:], ""))
    return pieces


def clauses(sentence: str, lang: str) -> list[tuple[str, str]]:
    """`sentence` split after `, ; :` and around dashes, as (clause, separator) pairs."""
    return _split(sentence, _CLAUSE, lang)


def words(sentence: str, lang: str) -> list[tuple[str, str]]:
    """`sentence` split between words (not after an abbreviation or ordinal)."""
    return _split(sentence, _SPACE, lang)
