"""Dates and figures written the way each language writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from msgkit.pdf.formats import format_date, format_number, format_range

DAY = dt.date(2021, 10, 18)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "18 October 2021"),
        ("sl", "18. oktober 2021"),
        ("sr-Cyrl", "18. октобар 2021."),
        ("sr-Latn", "18. oktobar 2021."),
        ("sq", "18 tetor 2021"),
        ("el", "18 Οκτωβρίου 2021"),
        ("ro", "18 octombrie 2021"),
        ("hr", "18. listopada 2021."),
        ("bs", "18. oktobar 2021."),
        ("mk", "18 октомври 2021"),
        ("bg", "18 октомври 2021 г."),
        ("hr-HR", "18. listopada 2021."),
        ("sr-Latn-RS", "18. oktobar 2021."),
        ("xx", "2021-10-18"),
    ],
)
def test_dates(lang: str, expected: str) -> None:
    assert format_date(DAY, lang) == expected


def test_ranges_name_the_year_once() -> None:
    assert format_range(DAY, dt.date(2021, 10, 24), "en") == "18 October – 24 October 2021"
    assert format_range(dt.date(2021, 12, 27), dt.date(2022, 1, 2), "sl") == (
        "27. december 2021 – 2. januar 2022"
    )


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (13254, "en", "13,254"),
        (13254, "sl", "13.254"),
        (12.5, "en", "12.5"),
        (12.5, "sr-Cyrl", "12,5"),
        (1234567.25, "ro", "1.234.567,25"),
        (13254, "sq", "13\u202f254"),
        (0.125, "en", "0.12"),
        (-3.0, "el", "-3"),
    ],
)
def test_numbers(value: float, lang: str, expected: str) -> None:
    assert format_number(value, lang) == expected
