"""Hashtags, links and mentions by each platform's own rules (Bluesky facets, Mastodon, X)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from msgkit.cli import app
from msgkit.detect import hashtags, links, mentions
from msgkit.fit import Note, Tag, fit_post
from msgkit.platforms import RULES, measure


def _tags(text: str, platform: str) -> list[str]:
    return [s.text for s in hashtags(text, platform)]


@pytest.mark.parametrize(
    ("text", "x", "bluesky", "mastodon"),
    [
        # The case: Bluesky needs the start or white space before `#`.
        ("Traffickers walk free (#NoImpunity). Read more.", ["NoImpunity"], [], ["NoImpunity"]),
        # Bluesky keeps what X ends a tag at, and drops only trailing punctuation.
        ("Read #NoImpunity.", ["NoImpunity"], ["NoImpunity"], ["NoImpunity"]),
        ("#Justice's day", ["Justice"], ["Justice's"], ["Justice"]),
        ("#end-impunity now", ["end"], ["end-impunity"], ["end"]),
        ("#EU2026!!", ["EU2026"], ["EU2026"], ["EU2026"]),
        # All digits is no tag anywhere; a digit then letters is one everywhere.
        ("#2026 and #1st", ["1st"], ["1st"], ["1st"]),
        # Mastodon: not after `=`, `/` or `)`.
        ("a=#tag b/#tag c)#tag", ["tag", "tag", "tag"], [], []),
        # Cyrillic and Greek tags.
        (
            "#Правда и #Δικαιοσύνη",
            ["Правда", "Δικαιοσύνη"],
            ["Правда", "Δικαιοσύνη"],
            ["Правда", "Δικαιοσύνη"],
        ),
        # A fragment in a link is not a tag on X or Mastodon; Bluesky needs a space first.
        ("https://example.org/#top", [], [], []),
        # Bluesky's longest tag is 64 characters.
        ("#" + "a" * 65, ["a" * 65], [], ["a" * 65]),
        # Emoji keycap # is no tag.
        ("#️⃣ one", [], [], []),
    ],
)
def test_hashtags_per_platform(
    text: str, x: list[str], bluesky: list[str], mastodon: list[str]
) -> None:
    assert _tags(text, "x") == x
    assert _tags(text, "bluesky") == bluesky
    assert _tags(text, "mastodon") == mastodon


@pytest.mark.parametrize(
    ("text", "x", "bluesky", "mastodon"),
    [
        ("see europa.eu.", ["europa.eu"], ["europa.eu"], []),
        ("(see https://a.org/x)", ["https://a.org/x"], ["https://a.org/x"], ["https://a.org/x"]),
        ("go to https://a.org/x!", ["https://a.org/x"], ["https://a.org/x"], ["https://a.org/x"]),
        # `.select` is a top-level domain; Bluesky keeps a `)` whose `(` is in the link.
        ("d3.select() works", ["d3.select"], ["d3.select()"], []),
        ("read example.notatld", [], [], []),
    ],
)
def test_links_per_platform(
    text: str, x: list[str], bluesky: list[str], mastodon: list[str]
) -> None:
    assert [s.text for s in links(text, "x")] == x
    assert [s.text for s in links(text, "bluesky")] == bluesky
    assert [s.text for s in links(text, "mastodon")] == mastodon


def test_mentions_per_platform() -> None:
    text = "thanks @alice.bsky.social and @bob@mastodon.social, cc @carol"
    assert [s.text for s in mentions(text, "bluesky")] == ["alice.bsky.social"]
    assert [s.text for s in mentions(text, "mastodon")] == [
        "alice.bsky.social",
        "bob@mastodon.social",
        "carol",
    ]
    assert [s.text for s in mentions(text, "x")] == ["alice", "carol"]


def test_bluesky_appends_a_campaign_tag_it_would_not_see_and_says_so() -> None:
    text = "Traffickers walk free (#NoImpunity). Read more."
    fit = fit_post(text, RULES["bluesky"], tags=[Tag("NoImpunity", "campaign")])
    assert fit.parts[0].text == text + " #NoImpunity"
    assert fit.hashtags == ("NoImpunity",)
    assert Note("tag_not_detected_appended", platform="bluesky", tag="NoImpunity") in fit.notes
    assert fit.notes[0].text("en") == (
        "#NoImpunity in the text is no hashtag on Bluesky: the characters around it keep it "
        "from becoming one there; added #NoImpunity at the end"
    )
    # X and Mastodon see the tag in the text: nothing is appended.
    for platform in ("x", "mastodon"):
        other = fit_post(text, RULES[platform], tags=[Tag("NoImpunity", "campaign")])
        assert other.parts[0].text == text
        assert other.hashtags == ("NoImpunity",)


def test_a_tag_in_the_text_that_is_no_tag_is_reported() -> None:
    fit = fit_post("Justice (#ForAll) now.", RULES["bluesky"])
    assert fit.parts[0].text == "Justice (#ForAll) now."
    assert fit.notes == (Note("tag_not_detected", platform="bluesky", tag="ForAll"),)
    assert fit.hashtags == ()


def test_threads_counts_each_link_once() -> None:
    urls = " ".join(f"https://{c}.org/{i}" for i, c in enumerate("abcde", 1))
    result = CliRunner().invoke(
        app, ["measure", f"{urls} — again: https://a.org/1", "-p", "threads", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert '"fits": true' in result.output
    six = f"{urls} https://f.org/6"
    result = CliRunner().invoke(app, ["measure", six, "-p", "threads", "--json"])
    assert '"fits": false' in result.output
    assert measure(six, RULES["threads"]).problems == ("6 links, more than 5",)
