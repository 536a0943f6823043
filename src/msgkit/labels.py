"""Interface words msgkit prints around the kit's own text, read from its gettext catalogues."""

from __future__ import annotations

from functools import cache
from importlib import resources

#: Tags written without a script that mean one: Serbian's default script is Cyrillic (CLDR).
_DEFAULT_SCRIPT = {"sr": "sr-Cyrl"}

#: The catalogues ship inside the package: `locale/msgkit.pot` holds every word in English
#: (msgctxt = the key, msgid = the English text); `locale/<ll[_Script]>/LC_MESSAGES/msgkit.po`
#: one language each. They are parsed at run time with Babel rather than compiled to `.mo`,
#: so an editable install, a wheel and a source checkout read the very files translators edit.
_LOCALE = "locale"
_DOMAIN = "msgkit"


def _folder(tag: str) -> str:
    # Catalogue folders are named like Babel locales: `sr-Latn` lives in `sr_Latn`.
    return tag.replace("-", "_")


def _catalogue_path(tag: str) -> resources.abc.Traversable:
    return resources.files("msgkit") / _LOCALE / _folder(tag) / "LC_MESSAGES" / f"{_DOMAIN}.po"


@cache
def _read(relpath: str) -> dict[str, str]:
    """Key → text of one catalogue (`msgstr`; `msgid` for the template), fuzzy entries left out."""
    from babel.messages.pofile import read_po  # Babel only when a word is first needed

    source = resources.files("msgkit").joinpath(*relpath.split("/"))
    with source.open("rb") as stream:
        catalog = read_po(stream, domain=_DOMAIN)
    words: dict[str, str] = {}
    for message in catalog:
        if not message.id or not message.context or message.fuzzy:
            continue
        text = str(message.id) if relpath.endswith(".pot") else str(message.string or "")
        if text:
            words[message.context] = text
    return words


def _english() -> dict[str, str]:
    return _read(f"{_LOCALE}/{_DOMAIN}.pot")


@cache
def _catalogue_tag(lang: str) -> str | None:
    # BCP 47 lookup: drop subtags from the end until a catalogue matches, so `hr-HR` uses `hr`
    # and `sr-Latn-RS` uses `sr-Latn` (not English, and never the other script).
    if lang.split("-")[0].lower() == "en":
        return "en"
    parts = lang.split("-")
    for n in range(len(parts), 0, -1):
        prefix = "-".join(parts[:n])
        tag = _DEFAULT_SCRIPT.get(prefix, prefix)
        if _catalogue_path(tag).is_file():
            return tag
    return None


def _table(lang: str) -> dict[str, str] | None:
    tag = _catalogue_tag(lang)
    if tag is None:
        return None
    if tag == "en":
        return _english()
    return _read(f"{_LOCALE}/{_folder(tag)}/LC_MESSAGES/{_DOMAIN}.po")


def label(key: str, lang: str, **values: object) -> str:
    """The interface word `key` in `lang`, with `{name}` placeholders filled from `values`.

    A language without a catalogue gets English. A key missing from an existing catalogue also
    reads as English here (gettext's behaviour), but the catalogue tests fail on it, so a
    release never ships one. Raises `KeyError` for a key msgkit does not define.
    """
    english = _english()[key]
    text = (_table(lang) or {}).get(key) or english
    return text.format(**values) if values else text


def has_labels(lang: str) -> bool:
    """Whether msgkit's own interface words exist in `lang` (else English is used)."""
    return _catalogue_tag(lang) is not None


def catalogue_languages() -> tuple[str, ...]:
    """Every BCP 47 tag msgkit has interface words for, English first, then sorted."""
    root = resources.files("msgkit") / _LOCALE
    found = sorted(
        entry.name.replace("_", "-")
        for entry in root.iterdir()
        if entry.is_dir() and (entry / "LC_MESSAGES" / f"{_DOMAIN}.po").is_file()
    )
    return ("en", *found)
