"""Counting as each platform counts: twitter-text conformance data, and each rule in the table."""

from __future__ import annotations

import pytest

from msgkit.model import PlatformSpec
from msgkit.platforms import (
    PLATFORMS,
    RULES,
    bluesky_display_url,
    extract_urls,
    hashtag_syntax_problem,
    length,
    measure,
    rule_for,
    x_is_valid,
    x_weighted_length,
)

# --- X beyond the conformance data ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("europa.eu", 23),  # a bare domain is a URL on X
        ("See europa.eu.", 4 + 23 + 1),
        ("write to x@europa.eu", 20),  # an e-mail address is not a link
        ("e.g. this", 9),  # no such top-level domain
        ("€ … • →", 2 + 1 + 2 + 1 + 2 + 1 + 2),  # outside the weight-1 ranges: 2 each
        ("Здраво, свете", 13),  # Cyrillic weighs 1
        ("🇸🇮 1️⃣ 👩🏽‍⚖️", 2 + 1 + 2 + 1 + 2),  # flag, keycap, ZWJ sequence with skin tone
        ("https://example.org/a-very/long/path?with=query&and=more#fragment", 23),
        ("Ne\u0301", 2),  # NFC: e + combining acute is one code point
    ],
)
def test_x_counts_urls_emoji_and_scripts(text: str, expected: int) -> None:
    assert x_weighted_length(text) == expected


def test_x_refuses_empty_text_and_invalid_characters() -> None:
    assert not x_is_valid("")
    assert not x_is_valid("ok \ufffe")
    assert x_is_valid("ok")


def test_urls_end_before_trailing_punctuation() -> None:
    urls = extract_urls("Read https://example.org/campaign. Or europa.eu, or (coe.int)!")
    assert [u.text for u in urls] == ["https://example.org/campaign", "europa.eu", "coe.int"]


# --- the other platforms --------------------------------------------------------------------


def test_bluesky_counts_graphemes_and_bytes() -> None:
    rule = RULES["bluesky"]
    family = "👨‍👩‍👧‍👦"
    assert length(family * 3, rule) == 3
    result = measure(family * 200, rule)  # 200 graphemes, 5,000 bytes
    assert result.length == 200
    assert result.bytes == 5000
    assert not result.fits
    assert result.problems == ("5000 UTF-8 bytes, more than 3000",)


def test_bluesky_counts_urls_as_typed_and_shows_their_short_form() -> None:
    url = "https://example.org/a/long/path/to/a/page"
    assert length(url, RULES["bluesky"]) == len(url)
    assert bluesky_display_url(url) == "example.org/a/long/path/..."
    assert bluesky_display_url("https://example.org/") == "example.org"
    assert bluesky_display_url("https://example.org/short") == "example.org/short"


def test_mastodon_counts_http_urls_23_and_remote_mentions_as_local() -> None:
    rule = RULES["mastodon"]
    assert length("https://example.org/" + "x" * 100, rule) == 23
    assert length("europa.eu", rule) == 9  # no scheme: counted as typed
    assert length("hi @anna@social.example.org", rule) == len("hi @anna")


def test_threads_counts_emoji_as_their_utf8_bytes_and_limits_links() -> None:
    rule = RULES["threads"]
    assert length("ok 🙂", rule) == 3 + 4
    assert length("👩🏽‍⚖️", rule) == len("👩🏽‍⚖️".encode())
    six = " ".join(f"https://example.org/{n}" for n in range(6))
    assert measure(six, rule).problems == ("6 links, more than 5",)


def test_linkedin_counts_utf16_and_keeps_a_margin() -> None:
    rule = RULES["linkedin"]
    assert length("a😀", rule) == 3
    assert rule.budget == 2900
    assert not measure("x" * 2950, rule).fits
    assert measure("x" * 2900, rule).fits


def test_instagram_allows_five_hashtags() -> None:
    rule = RULES["instagram"]
    assert measure(" ".join(f"#Tag{n}a" for n in range(5)), rule).fits
    assert measure(" ".join(f"#Tag{n}a" for n in range(6)), rule).problems == (
        "6 hashtags, more than 5",
    )


def test_kit_overrides_change_limit_tags_and_hashtag_cap() -> None:
    rule = rule_for("mastodon", PlatformSpec(limit=1000, tags=["campaign", "post"], max_hashtags=2))
    assert (rule.limit, rule.tags, rule.max_hashtags) == (1000, ("post", "campaign"), 2)
    assert rule_for("x", None) is RULES["x"]
    assert rule_for("x", PlatformSpec()) is RULES["x"]


def test_rules_table_covers_every_platform_in_order() -> None:
    assert tuple(RULES) == PLATFORMS
    assert {r.limit for r in RULES.values()} >= {280, 300, 500, 3000, 63206, 2200}
    assert [p for p, r in RULES.items() if r.threads] == ["x", "bluesky", "mastodon", "threads"]


@pytest.mark.parametrize(
    ("tag", "problem"),
    [
        ("EUAntiTraffickingDay", None),
        ("Ateş", None),
        ("2021", "it is all digits"),
        ("1_2", "it has no letter"),
        ("EU-Day", "it contains a hyphen, which ends a hashtag"),
        ("End Trafficking", "it contains a space"),
        ("Stop!", "it contains punctuation or symbols"),
        ("", "it is empty"),
    ],
)
def test_hashtag_syntax(tag: str, problem: str | None) -> None:
    assert hashtag_syntax_problem(tag) == problem
