"""Dates, ranges, times and numbers from CLDR: the exact text per language, and its invariants."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msgkit.fonts import missing_glyphs
from msgkit.l10n import format_date, format_datetime, format_number, format_range, format_time

NETWORK = ["en", "sl", "hr", "bs", "sr-Latn", "sr-Cyrl", "mk", "bg", "ro", "sq", "el"]
DAY = dt.date(2021, 10, 18)
WEEK_END = dt.date(2021, 10, 24)
AT = dt.datetime(2021, 10, 18, 9, 30, tzinfo=ZoneInfo("Europe/Ljubljana"))
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("lang", "date", "week", "across_months"),
    [
        ("en", "18 October 2021", "18–24 October 2021", "18 October – 3 November 2021"),
        ("sl", "18. oktober 2021", "18.–24. oktober 2021", "18. oktober–3. november 2021"),
        (
            "hr",
            "18. listopada 2021.",
            "18. – 24. listopada 2021.",
            "18. listopada – 03. studenoga 2021.",
        ),
        ("bs", "18. oktobar 2021.", "18–24. oktobar 2021.", "18. oktobar – 3. novembar 2021."),
        (
            "sr-Latn",
            "18. oktobar 2021.",
            "18.–24. oktobar 2021.",
            "18. oktobar – 03. novembar 2021.",
        ),
        (
            "sr-Cyrl",
            "18. октобар 2021.",
            "18.–24. октобар 2021.",
            "18. октобар – 03. новембар 2021.",
        ),
        (
            "mk",
            f"18 октомври 2021{NBSP}г.",
            f"18 – 24 октомври 2021{NBSP}г.",
            f"18 октомври – 3 ноември 2021{NBSP}г.",
        ),
        (
            "bg",
            f"18 октомври 2021{NBSP}г.",
            f"18 – 24 октомври 2021{NBSP}г.",
            f"18 октомври – 3 ноември 2021{NBSP}г.",
        ),
        ("ro", "18 octombrie 2021", "18–24 octombrie 2021", "18 octombrie – 3 noiembrie 2021"),
        ("sq", "18 tetor 2021", "18 – 24 tetor 2021", "18 tetor – 3 nëntor 2021"),
        ("el", "18 Οκτωβρίου 2021", "18–24 Οκτωβρίου 2021", "18 Οκτωβρίου – 3 Νοεμβρίου 2021"),
    ],
)
def test_dates_and_ranges_are_cldr_s_long_forms(
    lang: str, date: str, week: str, across_months: str
) -> None:
    assert format_date(DAY, lang) == date
    assert format_range(DAY, WEEK_END, lang) == week
    assert format_range(DAY, dt.date(2021, 11, 3), lang) == across_months


def test_a_range_across_years_writes_both_years() -> None:
    first, last = dt.date(2021, 12, 28), dt.date(2022, 1, 3)
    assert format_range(first, last, "en") == "28 December 2021 – 3 January 2022"
    assert format_range(first, last, "sl") == "28. december 2021–3. januar 2022"


def test_a_one_day_range_is_the_date() -> None:
    assert format_range(DAY, DAY, "sr-Cyrl") == format_date(DAY, "sr-Cyrl") == "18. октобар 2021."


@pytest.mark.parametrize(
    ("lang", "time", "joined"),
    [
        ("en", "09:30", "18 October 2021, 09:30 GMT+02:00"),
        ("sl", "09:30", "18. oktober 2021 09:30 GMT +02:00"),
        ("sr-Cyrl", "09:30", "18. октобар 2021. 09:30 GMT+02:00"),
        ("sq", f"9:30{NBSP}p.d.", f"18 tetor 2021, 9:30{NBSP}p.d. GMT+02:00"),
        ("el", f"9:30{NBSP}π.μ.", f"18 Οκτωβρίου 2021 - 9:30{NBSP}π.μ. GMT+02:00"),
    ],
)
def test_times_are_the_wall_clock_of_the_moment_s_zone(lang: str, time: str, joined: str) -> None:
    assert format_time(AT, lang) == time
    assert format_datetime(AT, lang, zone=True) == joined
    assert format_datetime(AT, lang) == joined.rsplit(" GMT", 1)[0]


def test_a_moment_without_a_zone_cannot_show_its_offset() -> None:
    with pytest.raises(ValueError, match="has no time zone to show"):
        format_datetime(dt.datetime(2021, 10, 18, 9, 30), "en", zone=True)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["13,254", "12.5", "0.33", "-1,000"]),
        ("sl", ["13.254", "12,5", "0,33", "-1.000"]),
        ("sq", [f"13{NBSP}254", "12,5", "0,33", f"-1{NBSP}000"]),
        ("bg", [f"13{NBSP}254", "12,5", "0,33", f"-1{NBSP}000"]),
    ],
)
def test_numbers_use_the_language_s_marks_and_two_decimals_at_most(
    lang: str, expected: list[str]
) -> None:
    assert [format_number(v, lang) for v in (13254, 12.5, 1 / 3, -1000)] == expected
    assert format_number(float("nan"), lang) == "nan"


@pytest.mark.parametrize(
    ("lang", "same_as"),
    [("sr", "sr-Cyrl"), ("sr-Latn-RS", "sr-Latn"), ("hr-HR", "hr"), ("de", "en"), ("xx", "en")],
)
def test_a_tag_formats_like_its_catalogue_language(lang: str, same_as: str) -> None:
    # Dates follow msgkit's own words, so "Built {date}" never mixes two languages.
    assert format_range(DAY, WEEK_END, lang) == format_range(DAY, WEEK_END, same_as)
    assert format_datetime(AT, lang, zone=True) == format_datetime(AT, same_as, zone=True)


def test_an_explicit_english_gets_its_own_cldr_style() -> None:
    assert format_date(DAY, "en-US") == "October 18, 2021"
    assert format_range(DAY, WEEK_END, "en-US") == "October 18 – 24, 2021"
    assert format_time(AT, "en-US") == f"9:30{NBSP}AM"


days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@given(first=days, span=st.integers(min_value=0, max_value=400), lang=st.sampled_from(NETWORK))
def test_a_range_names_both_ends_years_and_is_drawable(
    first: dt.date, span: int, lang: str
) -> None:
    last = first + dt.timedelta(days=span)
    text = format_range(first, last, lang)
    assert str(last.year) in text and str(first.year) in text
    assert str(last.day) in text and str(first.day) in text
    assert not ISO.search(text)
    assert missing_glyphs(text, ("regular", "bold")) == []
    # The range never reads shorter than either end alone would mean: it holds each end's day.
    if first != last:
        assert text != format_date(first, lang) and text != format_date(last, lang)


@given(value=st.floats(min_value=-1e9, max_value=1e9), lang=st.sampled_from(NETWORK))
def test_a_number_keeps_its_digits(value: float, lang: str) -> None:
    text = format_number(value, lang)
    digits = re.sub(r"\D", "", text)
    rounded = f"{abs(round(value, 2)):.2f}".rstrip("0").rstrip(".").replace(".", "")
    assert digits == (rounded if rounded != "0" else "0")
    assert missing_glyphs(text, ("regular", "bold")) == []
