"""Dates, date ranges, times and numbers as each language writes them, from CLDR through Babel.

Every output that shows a date to people calls this module, so a language has one style across
PDFs, decks, the index page and the `.md` files. Machine formats (ICS, importer CSV columns, JSON)
keep ISO 8601 and do not come here. Dates follow msgkit's interface words: a language without a
catalogue (see `msgkit.labels.has_labels`) gets English dates too, so a sentence such as
"Built {date}" never mixes two languages. Babel is imported only when something is formatted.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache
from typing import TYPE_CHECKING

from msgkit.labels import has_labels

if TYPE_CHECKING:
    from babel import Locale

#: Plain `en` is CLDR's `en_150`, English as used in Europe ("18 October 2021", 09:30): the
#: campaigns are European, and CLDR's bare `en` is US English ("October 18, 2021", 9:30 AM).
#: A kit that means another English says so (`en-GB`, `en-US`, `en-IE`).
_CLDR_DEFAULT = {"en": "en_150"}

#: Spaces the campaign's typeface (Fira Sans) has no glyph for, as the nearest it has: CLDR's
#: narrow no-break space (before `г.`, `p.d.`, `π.μ.`) → a no-break space, which keeps the pieces
#: together just the same; the thin space around a range's dash (`18 – 24`) → a space.
_DRAWABLE_SPACES = str.maketrans({"\u202f": "\u00a0", "\u2009": " "})

#: The date range skeleton: day, full month name, year ("18–24 October 2021").
_RANGE_SKELETON = "yMMMMd"
#: The skeleton CLDR has interval formats for in every locale, widened to full month names.
_RANGE_FALLBACK = "yMMMd"


@cache
def _locale(lang: str) -> Locale:
    """The Babel locale for a BCP 47 tag (`sr-Latn` → `sr_Latn`), English without a catalogue."""
    from babel import Locale, UnknownLocaleError

    if not has_labels(lang):
        lang = "en"
    parts = lang.split("-")
    # Drop subtags from the end (`sr-Latn-XK` → `sr-Latn`) so a region never swaps the script.
    for n in range(len(parts), 0, -1):
        tag = "-".join(parts[:n])
        try:
            if tag in _CLDR_DEFAULT:
                return Locale.parse(_CLDR_DEFAULT[tag])
            return Locale.parse(tag, sep="-")
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse(_CLDR_DEFAULT["en"])


def format_date(day: dt.date, lang: str) -> str:
    """`day` in CLDR's long date format: `18 October 2021`, `18. oktober 2021`, `18 tetor 2021`."""
    from babel.dates import format_date as babel_date

    return babel_date(day, "long", locale=_locale(lang)).translate(_DRAWABLE_SPACES)


def format_range(first: dt.date, last: dt.date, lang: str) -> str:
    """A span of days (a campaign week) with CLDR's interval format: `18–24 October 2021`.

    Shared parts are written once (`18 October – 3 November 2021`, `18. – 24. listopada 2021.`).
    CLDR gives few locales an interval format with full month names, so, as UTS #35 allows
    ("adjusting the string value field's width … between MMM and MMMM"), the abbreviated
    month of the `yMMMd` interval is widened. `first == last` gives the single date.
    """
    from babel.dates import format_interval, parse_pattern

    locale = _locale(lang)
    if first == last:
        return format_date(first, lang)
    if _RANGE_SKELETON in locale.interval_formats:
        text = format_interval(first, last, _RANGE_SKELETON, locale=locale)
    else:
        pieces = locale.interval_formats[_RANGE_FALLBACK]
        field = "y" if first.year != last.year else "M" if first.month != last.month else "d"
        start, end = (_widen_month(p) for p in pieces[field])
        text = parse_pattern(start).apply(first, locale) + parse_pattern(end).apply(last, locale)
    return text.translate(_DRAWABLE_SPACES)


def format_time(moment: dt.datetime | dt.time, lang: str) -> str:
    """A time of day in CLDR's short time format: `09:30`, `9:30 p.d.` (as the moment's clock)."""
    from babel.dates import format_time as babel_time

    clock = moment.timetz() if isinstance(moment, dt.datetime) else moment
    # The wall-clock time in the moment's own zone: Babel would otherwise convert to UTC.
    text = babel_time(clock.replace(tzinfo=None), "short", locale=_locale(lang))
    return text.translate(_DRAWABLE_SPACES)


def format_datetime(moment: dt.datetime, lang: str, *, zone: bool = False) -> str:
    """A long date and a short time joined as CLDR joins them: `18 October 2021 at 09:30`.

    `zone=True` adds the moment's UTC offset in the language's GMT format (`GMT+02:00`), for texts
    read away from the campaign's time zone note. Raises `ValueError` for a naive `moment`
    with `zone=True`.
    """
    from babel.dates import get_datetime_format, get_timezone_gmt

    locale = _locale(lang)
    joined = (
        str(get_datetime_format("long", locale=locale))
        .replace("'", "")
        .replace("{0}", format_time(moment, lang))
        .replace("{1}", format_date(moment.date(), lang))
    )
    if not zone:
        return joined.translate(_DRAWABLE_SPACES)
    if moment.tzinfo is None:
        raise ValueError(f"{moment.isoformat()} has no time zone to show")
    offset = get_timezone_gmt(moment, "long", locale=locale)
    return f"{joined} {offset}".translate(_DRAWABLE_SPACES)


def format_number(value: float, lang: str) -> str:
    """A figure with the language's decimal mark, grouping and at most two decimals.

    `1,234.5` (en), `1.234,5` (sl), `12 345,5` (sq; CLDR's no-break space). NaN and
    infinities come back as Python writes them.
    """
    from babel.numbers import format_decimal

    if math.isnan(value) or math.isinf(value):
        return str(value)
    return format_decimal(round(value, 2), locale=_locale(lang)).translate(_DRAWABLE_SPACES)


def _widen_month(pattern: str) -> str:
    # `MMM`/`LLL` (abbreviated) → `MMMM`/`LLLL` (full) outside quoted literals; the format
    # (genitive "listopada") or stand-alone form is kept.
    parts = re.split(r"('[^']*')", pattern)
    return "".join(
        p if p.startswith("'") else re.sub(r"(?<![ML])(MMM|LLL)(?![ML])", _one_wider, p)
        for p in parts
    )


def _one_wider(match: re.Match[str]) -> str:
    return match.group(1) + match.group(1)[0]
