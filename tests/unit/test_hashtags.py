"""The hashtag registry: canonical spelling, near misses, unregistered and unreadable tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from msgkit.cli import app
from msgkit.errors import Level
from msgkit.hashtags import (
    Registry,
    canonicalize,
    edit_distance,
    lint_hashtags,
    looks_lowercase_multiword,
)
from msgkit.model import Hashtag
from msgkit.validate import load_kit

REGISTRY = Registry.of(
    [
        Hashtag(tag="NoImpunityforTHB", campaign=True),
        Hashtag(tag="EndHumanTrafficking", campaign=True),
        Hashtag(tag="EUAntiTraffickingDay"),
        Hashtag(tag="TrgovinaZLjudmi", lang="sl"),
    ]
)


@pytest.mark.parametrize(
    ("tag", "kind", "canonical"),
    [
        ("EndHumanTrafficking", "canonical", "EndHumanTrafficking"),
        ("endhumantrafficking", "case", "EndHumanTrafficking"),
        ("ENDHUMANTRAFFICKING", "case", "EndHumanTrafficking"),
        ("EndHumanTraficking", "near-miss", "EndHumanTrafficking"),
        ("NoImpunityforTBH", "near-miss", "NoImpunityforTHB"),
        ("HumanRights", "unregistered", None),
        ("THB", "unregistered", None),
    ],
)
def test_lookup_classifies_tags(tag: str, kind: str, canonical: str | None) -> None:
    match = REGISTRY.lookup(tag)
    assert (match.kind, match.canonical) == (kind, canonical)


def test_lookup_knows_language_specific_tags() -> None:
    assert REGISTRY.lookup("TrgovinaZLjudmi", "sl").kind == "canonical"
    assert REGISTRY.lookup("TrgovinaZLjudmi", "en").kind == "other-language"


def test_edit_distance() -> None:
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("abc", "abc") == 0
    assert edit_distance("a", "abcdefgh", cap=2) == 3


def test_canonicalize_rewrites_case_variants_and_keeps_punctuation_outside() -> None:
    text, notes = canonicalize(
        "Join us: #endhumantrafficking. (#NOIMPUNITYFORTHB) #EndHumanTrafficking!", REGISTRY
    )
    assert text == "Join us: #EndHumanTrafficking. (#NoImpunityforTHB) #EndHumanTrafficking!"
    assert notes == [
        "wrote #EndHumanTrafficking for #endhumantrafficking",
        "wrote #NoImpunityforTHB for #NOIMPUNITYFORTHB",
    ]


def test_canonicalize_leaves_urls_and_unknown_tags_alone() -> None:
    text = "See https://example.org/#endhumantrafficking and #SomethingElse"
    assert canonicalize(text, REGISTRY) == (text, [])


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("endhumantrafficking", True),
        ("trafficking", False),  # shorter than the threshold: probably one word
        ("EndHumanTrafficking", False),
        ("end_human_trafficking", False),
        ("трговиналјудима", True),
    ],
)
def test_lowercase_multiword_heuristic(tag: str, expected: bool) -> None:
    assert looks_lowercase_multiword(tag) is expected


# --- lint on a kit --------------------------------------------------------------------------


AREA = """\
id: week-1
title: {en: Why it matters, sl: Zakaj je pomembno}
summary: {en: "A summary with #EndHumanTraficking in it.", sl: Povzetek.}
hashtags: [HumanRights, "End Trafficking"]
key_messages:
  - id: km-1
    text: {en: "Say #endhumantrafficking and #TrgovinaZLjudmi.", sl: Sporočilo.}
posts:
  - id: post-1
    text:
      en: "Mark #EU-Day and #2021 with #endhumantrafficking and #stopthetraffickers."
      sl: "Objava z #TrgovinaZLjudmi."
    hashtags: [NoImpunityforTHB, "#EndHumanTrafficking"]
"""


@pytest.fixture
def tagged_kit(starter_kit: Path) -> Path:
    kit_yaml = starter_kit / "kit.yaml"
    text = kit_yaml.read_text("utf-8").replace(
        "  - {tag: OurCampaign, campaign: true}   # campaign: true → added to every post\n",
        "  - {tag: NoImpunityforTHB, campaign: true}\n"
        "  - {tag: EndHumanTrafficking, campaign: true}\n"
        "  - {tag: TrgovinaZLjudmi, lang: sl}\n"
        "  - {tag: stopimpunitynow}\n",
    )
    kit_yaml.write_text(text, "utf-8")
    (starter_kit / "areas" / "week-1.yaml").write_text(AREA, "utf-8")
    return starter_kit


def test_lint_reports_every_hashtag_problem_with_its_location(
    tagged_kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tagged_kit.parent)
    kit, _ = load_kit(Path("starter"))
    found = [d.render() for d in lint_hashtags(kit)]
    area = "starter/areas/week-1.yaml"
    assert found == [
        f"{area}:3:15: error: hashtag #EndHumanTraficking is not registered; it is close to "
        "#EndHumanTrafficking\n"
        "  hint: did you mean `#EndHumanTrafficking`? (or register #EndHumanTraficking under "
        "`hashtags:` in kit.yaml if it is a different tag)",
        f"{area}:4:12: warning: hashtag #HumanRights is not in the campaign's hashtag registry\n"
        "  hint: add `- {tag: HumanRights}` under `hashtags:` in kit.yaml so its spelling is "
        "checked everywhere",
        f"{area}:4:25: error: hashtag `End Trafficking` is not a valid hashtag: it contains a "
        "space\n"
        "  hint: hashtags are letters, digits and `_` only, and not all digits: "
        "`EndHumanTrafficking`",
        f"{area}:7:16: warning: hashtag #endhumantrafficking is registered as "
        "#EndHumanTrafficking\n"
        "  hint: write `#EndHumanTrafficking`: every output shows the registered spelling, so "
        "the kit should too",
        f"{area}:7:16: warning: hashtag #TrgovinaZLjudmi is registered for `sl` texts but used "
        "in the `en` text\n"
        "  hint: use the tag of this language, or remove `lang:` from its registry entry",
        f"{area}:11:11: error: hashtag #EU-Day contains a hyphen: platforms end it at #EU\n"
        "  hint: join the words without the hyphen, e.g. #EUDay",
        f"{area}:11:11: error: #2021 is all digits, which no platform makes a hashtag\n"
        "  hint: add a letter (e.g. #Day2021) or remove the `#`",
        # A post's tag in another case is written canonically in every output; the kit is
        # told too, so its authors learn the spelling.
        f"{area}:11:11: warning: hashtag #endhumantrafficking is registered as "
        "#EndHumanTrafficking\n"
        "  hint: write `#EndHumanTrafficking`: every output shows the registered spelling, so "
        "the kit should too",
        f"{area}:11:11: warning: hashtag #stopthetraffickers is not in the campaign's hashtag "
        "registry\n"
        "  hint: add `- {tag: stopthetraffickers}` under `hashtags:` in kit.yaml so its "
        "spelling is checked everywhere",
        f"{area}:11:11: warning: hashtag #stopthetraffickers is all lower case: screen readers "
        "cannot tell where its words begin\n"
        "  hint: if it joins several words, capitalise each one (CamelCase), "
        "e.g. #EndHumanTrafficking",
        "starter/kit.yaml:41:11: warning: hashtag #stopimpunitynow is all lower case: screen "
        "readers cannot tell where its words begin\n"
        "  hint: if it joins several words, capitalise each one (CamelCase), "
        "e.g. #EndHumanTrafficking",
    ]


def test_check_command_shows_hashtag_problems(
    tagged_kit: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tagged_kit.parent)
    result = runner.invoke(app, ["check", "starter"])
    assert result.exit_code == 1
    assert "starter/areas/week-1.yaml:3:15: error: hashtag #EndHumanTraficking" in result.output
    assert "did you mean `#EndHumanTrafficking`?" in result.output


def test_a_clean_kit_has_no_hashtag_findings(starter_kit: Path) -> None:
    kit, _ = load_kit(starter_kit)
    assert [d for d in lint_hashtags(kit) if d.level is Level.ERROR] == []
    assert lint_hashtags(kit) == []
