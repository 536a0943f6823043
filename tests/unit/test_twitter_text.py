"""The whole twitter-text conformance suite, from the repo's own copy (tests/data/twitter-text).

Every section of validate.yml, extract.yml and tlds.yml runs; a section added to the data and
not run here fails `test_every_section_is_run`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from msgkit.cli import app
from msgkit.platforms import x_is_valid, x_weighted_length
from msgkit.twittertext import (
    extract_cashtags,
    extract_hashtags,
    extract_mentions,
    extract_mentions_or_lists,
    extract_reply,
    extract_urls,
    is_valid_hashtag,
    is_valid_list,
    is_valid_url,
    is_valid_username,
    parse_tweet,
    tlds,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "twitter-text"


def _load(name: str) -> dict[str, list[dict[str, Any]]]:
    tests: dict[str, list[dict[str, Any]]] = yaml.safe_load((DATA / name).read_text("utf-8"))[
        "tests"
    ]
    return tests


def _cases(name: str, *sections: str) -> list[Any]:
    tests = _load(name)
    return [
        pytest.param(case, id=f"{section}:{case['description'][:70]}")
        for section in sections
        for case in tests[section]
    ]


RUN = {
    "validate.yml": {
        "tweets",
        "usernames",
        "lists",
        "hashtags",
        "urls",
        "urls_without_protocol",
        "WeightedTweetsCounterTest",
        "WeightedTweetsWithDiscountedEmojiCounterTest",
        "UnicodeDirectionalMarkerCounterTest",
    },
    "extract.yml": {
        "mentions",
        "mentions_with_indices",
        "mentions_or_lists_with_indices",
        "replies",
        "urls",
        "urls_with_indices",
        "urls_with_directional_markers",
        "tco_urls_with_params",
        "hashtags",
        "hashtags_from_astral",
        "hashtags_with_indices",
        "cashtags",
        "cashtags_with_indices",
    },
    "tlds.yml": {"country", "generic"},
}


@pytest.mark.parametrize("name", sorted(RUN))
def test_every_section_is_run(name: str) -> None:
    assert set(_load(name)) == RUN[name]


def test_the_data_is_the_licensed_copy() -> None:
    assert "Apache License" in (DATA / "LICENSE").read_text("utf-8")


# --- validate.yml ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", _cases("validate.yml", "tweets"))
def test_validate_tweets_v1(case: dict[str, Any]) -> None:
    # The `tweets` cases predate 280 characters: twitter-text's config v1 (140, all weigh 1).
    assert parse_tweet(case["text"], version=1).valid is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "usernames"))
def test_validate_usernames(case: dict[str, Any]) -> None:
    assert is_valid_username(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "lists"))
def test_validate_lists(case: dict[str, Any]) -> None:
    assert is_valid_list(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "hashtags"))
def test_validate_hashtags(case: dict[str, Any]) -> None:
    assert is_valid_hashtag(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "urls"))
def test_validate_urls(case: dict[str, Any]) -> None:
    assert is_valid_url(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "urls_without_protocol"))
def test_validate_urls_without_protocol(case: dict[str, Any]) -> None:
    assert is_valid_url(case["text"], require_scheme=False) is case["expected"]


def _check_parse(case: dict[str, Any], version: int) -> None:
    expected = case["expected"]
    parsed = parse_tweet(case["text"], version=version)
    assert parsed.weighted_length == expected["weightedLength"]
    assert parsed.valid is expected["valid"]
    assert parsed.permillage == expected["permillage"]
    assert parsed.display_range == (expected["displayRangeStart"], expected["displayRangeEnd"])
    assert parsed.valid_range == (expected["validRangeStart"], expected["validRangeEnd"])


@pytest.mark.parametrize("case", _cases("validate.yml", "WeightedTweetsCounterTest"))
def test_weighted_counting_v2(case: dict[str, Any]) -> None:
    _check_parse(case, 2)


@pytest.mark.parametrize(
    "case",
    _cases(
        "validate.yml",
        "WeightedTweetsWithDiscountedEmojiCounterTest",
        "UnicodeDirectionalMarkerCounterTest",
    ),
)
def test_weighted_counting_v3(case: dict[str, Any]) -> None:
    _check_parse(case, 3)
    # msgkit's own X rule (what `measure` and fitting use) agrees with twitter-text v3.
    assert x_weighted_length(case["text"]) == case["expected"]["weightedLength"]
    assert x_is_valid(case["text"]) is case["expected"]["valid"]


# --- extract.yml ----------------------------------------------------------------------------


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions"))
def test_extract_mentions(case: dict[str, Any]) -> None:
    assert [m.name for m in extract_mentions(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions_with_indices"))
def test_extract_mentions_with_indices(case: dict[str, Any]) -> None:
    found = [
        {"screen_name": m.name, "indices": [m.start, m.end]} for m in extract_mentions(case["text"])
    ]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions_or_lists_with_indices"))
def test_extract_mentions_or_lists_with_indices(case: dict[str, Any]) -> None:
    found = [
        {"screen_name": m.name, "list_slug": m.slug, "indices": [m.start, m.end]}
        for m in extract_mentions_or_lists(case["text"])
    ]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "replies"))
def test_extract_replies(case: dict[str, Any]) -> None:
    assert extract_reply(case["text"]) == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "urls", "tco_urls_with_params"))
def test_extract_urls(case: dict[str, Any]) -> None:
    assert [u.text for u in extract_urls(case["text"])] == case["expected"]


@pytest.mark.parametrize(
    "case", _cases("extract.yml", "urls_with_indices", "urls_with_directional_markers")
)
def test_extract_urls_with_indices(case: dict[str, Any]) -> None:
    found = [{"url": u.text, "indices": [u.start, u.end]} for u in extract_urls(case["text"])]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "hashtags", "hashtags_from_astral"))
def test_extract_hashtags(case: dict[str, Any]) -> None:
    assert [span.text for span in extract_hashtags(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "hashtags_with_indices"))
def test_extract_hashtags_with_indices(case: dict[str, Any]) -> None:
    found = [
        {"hashtag": span.text, "indices": [span.start, span.end]}
        for span in extract_hashtags(case["text"])
    ]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "cashtags"))
def test_extract_cashtags(case: dict[str, Any]) -> None:
    assert [c.text for c in extract_cashtags(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "cashtags_with_indices"))
def test_extract_cashtags_with_indices(case: dict[str, Any]) -> None:
    found = [
        {"cashtag": c.text, "indices": [c.start, c.end]} for c in extract_cashtags(case["text"])
    ]
    assert found == case["expected"]


# --- tlds.yml -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", _cases("tlds.yml", "country", "generic"))
def test_every_tld_makes_a_bare_domain_a_link(case: dict[str, Any]) -> None:
    assert [u.text for u in extract_urls(case["text"])] == case["expected"]


def test_the_packaged_tld_list_is_twitter_texts() -> None:
    country, generic = tlds()
    data = yaml.safe_load((DATA / "tld_lib.yml").read_text("utf-8"))
    assert (list(country), list(generic)) == (data["country"], data["generic"])


# --- msgkit on top of it --------------------------------------------------------------------


def test_measure_counts_a_bare_domain_as_a_link() -> None:
    result = CliRunner().invoke(app, ["measure", "d3.select() works", "--json"])
    assert result.exit_code == 0, result.output
    lengths = {row["platform"]: row["length"] for row in json.loads(result.output)}
    # `d3.select` is a link on X (23), as typed on Bluesky, not a link without http on Mastodon.
    assert lengths["x"] == 23 + len("() works")
    assert lengths["bluesky"] == lengths["mastodon"] == len("d3.select() works")


def test_counting_is_linear_in_length() -> None:
    # 10,000 emoji and 2,000 dotted words: counted by one pass, not by re-scanning per entity.
    emoji = "👩🏽‍⚖️" * 10_000
    assert parse_tweet(emoji).weighted_length == 20_000
    assert x_weighted_length(emoji) == 20_000
    dotted = "a.b " * 2_000
    assert parse_tweet(dotted).weighted_length == len(dotted)


def test_every_top_level_domain_begins_with_a_letter() -> None:
    # Hashtag extraction skips the URL pattern for a tag whose run of text has no dot before
    # a letter (`twittertext._may_hold_a_url`): sound only while every TLD begins with one.
    country, generic = tlds()
    assert country and generic
    assert [t for t in (*country, *generic) if not t[0].isalpha()] == []


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("see example.com/#Tag and #Other.", ["Other"]),
        ("#Tag.", ["Tag"]),
        ("#Tag·example.com", []),
        ("(#Tag) https://example.org/#Fragment", ["Tag"]),
    ],
)
def test_a_tag_inside_a_link_is_no_tag(text: str, tags: list[str]) -> None:
    assert [span.text for span in extract_hashtags(text)] == tags
