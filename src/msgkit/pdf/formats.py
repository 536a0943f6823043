"""Dates and numbers written the way each language writes them (no locale database needed)."""

from __future__ import annotations

import datetime as dt
import math

# Month names in the form a day-month-year date uses (genitive where the language inflects);
# one language per entry, continued on indented lines.
_MONTH_TABLE = """
en: January February March April May June
    July August September October November December
sl: januar februar marec april maj junij
    julij avgust september oktober november december
sr-Latn: januar februar mart april maj jun
    jul avgust septembar oktobar novembar decembar
sr-Cyrl: јануар фебруар март април мај јун
    јул август септембар октобар новембар децембар
bs: januar februar mart april maj juni
    juli august septembar oktobar novembar decembar
hr: siječnja veljače ožujka travnja svibnja lipnja
    srpnja kolovoza rujna listopada studenoga prosinca
mk: јануари февруари март април мај јуни
    јули август септември октомври ноември декември
bg: януари февруари март април май юни
    юли август септември октомври ноември декември
sq: janar shkurt mars prill maj qershor
    korrik gusht shtator tetor nëntor dhjetor
ro: ianuarie februarie martie aprilie mai iunie
    iulie august septembrie octombrie noiembrie decembrie
el: Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου
    Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου
de: Januar Februar März April Mai Juni
    Juli August September Oktober November Dezember
"""


def _parse_months(table: str) -> dict[str, list[str]]:
    months: dict[str, list[str]] = {}
    lang = ""
    for line in table.strip().splitlines():
        if not line.startswith(" "):
            lang, line = line.split(":", 1)
        months.setdefault(lang, []).extend(line.split())
    return months


_MONTHS = _parse_months(_MONTH_TABLE)
_MONTHS["sr"] = _MONTHS["sr-Cyrl"]

# (day-month pattern, year suffix): "18. oktober" + " 2021"; Serbian and Croatian end with a dot.
_PATTERNS: dict[str, tuple[str, str]] = {
    "en": ("{d} {m}", " {y}"),
    "sl": ("{d}. {m}", " {y}"),
    "sr": ("{d}. {m}", " {y}."),
    "bs": ("{d}. {m}", " {y}."),
    "hr": ("{d}. {m}", " {y}."),
    "mk": ("{d} {m}", " {y}"),
    "bg": ("{d} {m}", " {y} г."),
    "sq": ("{d} {m}", " {y}"),
    "ro": ("{d} {m}", " {y}"),
    "el": ("{d} {m}", " {y}"),
    "de": ("{d}. {m}", " {y}"),
}

# Languages that write 1.234,5 (the rest of Europe's campaign languages) vs 1,234.5.
_POINT_DECIMAL = {"en", "ga", "mt"}
# Languages that group thousands with a (narrow) space instead of a dot.
_SPACE_GROUPS = {"sq", "bg", "fr", "pl", "cs", "sk", "uk", "ru", "fi", "sv", "nb", "no", "hu"}


def _base(lang: str) -> str:
    return lang.split("-")[0]


def _months(lang: str) -> list[str] | None:
    # Drop subtags from the end (`sr-Latn-RS` → `sr-Latn`), so a region never swaps the script.
    parts = lang.split("-")
    for n in range(len(parts), 0, -1):
        months = _MONTHS.get("-".join(parts[:n]))
        if months is not None:
            return months
    return None


def format_date(day: dt.date, lang: str, *, year: bool = True) -> str:
    """`day` as `lang` writes a date in running text: `18 October 2021`, `18. oktober 2021`."""
    months = _months(lang)
    pattern = _PATTERNS.get(_base(lang))
    if months is None or pattern is None:
        return day.isoformat() if year else f"{day.day:02d}-{day.month:02d}"
    text = pattern[0].format(d=day.day, m=months[day.month - 1])
    return text + (pattern[1].format(y=day.year) if year else "")


def format_range(first: dt.date, last: dt.date, lang: str) -> str:
    """A span of days such as a campaign week: `18 October – 24 October 2021`."""
    same_year = first.year == last.year
    return f"{format_date(first, lang, year=not same_year)} – {format_date(last, lang)}"


def format_number(value: float, lang: str) -> str:
    """A figure with the language's decimal mark and digit grouping: `1,234.5` / `1.234,5`."""
    if math.isnan(value) or math.isinf(value):
        return str(value)
    decimals = 0 if float(value).is_integer() else min(_decimals(value), 2)
    text = f"{value:,.{decimals}f}"  # "1,234.5": swap marks below for other languages
    base = _base(lang)
    if base in _POINT_DECIMAL:
        return text
    group = "\u202f" if base in _SPACE_GROUPS else "."
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", group)


def _decimals(value: float) -> int:
    text = repr(float(value))
    return len(text.split(".")[1]) if "." in text and "e" not in text else 2
