"""Slide dates written in numbers the way each language writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from msgkit.deck.content import date_range, format_date

DAY = dt.date(2021, 10, 8)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "08/10/2021"),
        ("sl", "8. 10. 2021"),
        ("sr-Cyrl", "08.10.2021"),
        ("sq", "08.10.2021"),
        ("hr", "08.10.2021."),
        ("bs", "08.10.2021."),
        ("mk", "08.10.2021"),
        ("bg", "08.10.2021 г."),
        ("ro", "08.10.2021"),
        ("el", "08/10/2021"),
        ("el-CY", "08/10/2021"),
    ],
)
def test_numeric_dates(lang: str, expected: str) -> None:
    assert format_date(DAY, lang) == expected


def test_a_range_joins_two_dates_with_an_en_dash() -> None:
    assert date_range(DAY, dt.date(2021, 10, 14), "hr") == "08.10.2021. – 14.10.2021."
