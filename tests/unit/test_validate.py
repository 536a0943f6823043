"""Validation: a kit folder becomes a Kit, or every problem comes back located, in kit words."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from msgkit.errors import Diagnostic, Level, MsgkitError
from msgkit.validate import format_keypath, load_kit

KIT = """\
id: case
title:
  en: A campaign
  sl: Kampanja
description:
  en: What the campaign wants to change.
  sl: Kaj želi kampanja spremeniti.
url: https://example.org/campaign
start: 2021-10-18
timezone: Europe/Ljubljana
default_language: en
languages:
  en: {status: approved}
  sl: {status: draft}
brand:
  name: A campaign
hashtags:
  - {tag: NoImpunityforTHB, campaign: true}
platforms:
  x: {}
  mastodon: {limit: 1000}
areas:
  - id: week-1
"""

AREA = """\
id: week-1
title:
  en: Policies
  sl: Politike
summary:
  en: Why cooperation matters.
  sl: Zakaj je sodelovanje pomembno.
key_messages:
  - id: km-1
    text:
      en: Traffickers must not go unpunished.
      sl: Trgovci z ljudmi ne smejo ostati nekaznovani.
posts:
  - id: post-1
    day: 1
    time: "10:00"
    text:
      en: Trafficking is a crime. Report it.
      sl: Trgovina z ljudmi je kaznivo dejanje. Prijavite jo.
"""


def _kit(root: Path, kit: str = KIT, areas: dict[str, str | None] | None = None) -> Path:
    """Write a kit folder: kit.yaml plus area files (None deletes the default area)."""
    (root / "areas").mkdir(parents=True, exist_ok=True)
    (root / "kit.yaml").write_text(kit, encoding="utf-8")
    files: dict[str, str | None] = {"week-1.yaml": AREA, **(areas or {})}
    for name, text in files.items():
        if text is not None:
            (root / "areas" / name).write_text(text, encoding="utf-8")
    return root


def _sub(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def _problems(root: Path, strict: bool = False) -> list[Diagnostic]:
    with pytest.raises(MsgkitError) as info:
        load_kit(root, strict=strict)
    return info.value.diagnostics


def _rendered(root: Path) -> list[str]:
    return [d.render() for d in _problems(root)]


@pytest.fixture
def kit_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path / "kit"


# --- valid kits ------------------------------------------------------------------------------


def test_valid_kit_loads_without_diagnostics(kit_dir: Path) -> None:
    kit, diags = load_kit(_kit(kit_dir))
    assert diags.items == []
    assert kit.id == "case"
    assert kit.languages == ["en", "sl"]
    assert kit.campaign.start == dt.date(2021, 10, 18)
    assert [(a.id, a.week, a.source) for a in kit.areas] == [("week-1", 1, "kit/areas/week-1.yaml")]
    assert set(kit.documents) == {"kit/kit.yaml", "kit/areas/week-1.yaml"}


def test_starter_kit_is_valid(starter_kit: Path) -> None:
    kit, diags = load_kit(starter_kit)
    assert diags.items == []
    assert kit.languages == ["en", "sl"]


def test_norwegian_is_a_language_like_any_other(kit_dir: Path) -> None:
    text = _sub(KIT, "  sl: {status: draft}\n", "  sl: {status: draft}\n  no: {status: draft}\n")
    text = _sub(text, "  sl: Kampanja\n", "  sl: Kampanja\n  no: Kampanje\n")
    kit, diags = load_kit(_kit(kit_dir, text))
    assert kit.languages == ["en", "sl", "no"]
    assert kit.text(kit.campaign.title, "no") == "Kampanje"
    # every other text lacks `no`: warnings, each naming the language as written
    assert diags.items and all("no `no` translation" in d.message for d in diags.items)


def test_default_language_first_whatever_the_order(kit_dir: Path) -> None:
    text = _sub(KIT, "default_language: en", "default_language: sl")
    kit, _ = load_kit(_kit(kit_dir, text))
    assert kit.languages == ["sl", "en"]


@pytest.mark.parametrize("start", ["2021-10-18", "'2021-10-18'", '"2021-10-18"'])
def test_start_date_is_parsed_by_the_model(kit_dir: Path, start: str) -> None:
    kit, _ = load_kit(_kit(kit_dir, _sub(KIT, "start: 2021-10-18", f"start: {start}")))
    assert kit.campaign.start == dt.date(2021, 10, 18)


def test_unquoted_post_time_is_accepted(kit_dir: Path) -> None:
    kit, _ = load_kit(_kit(kit_dir, areas={"week-1.yaml": _sub(AREA, '"10:00"', "10:30")}))
    assert kit.areas[0].content.posts[0].time == "10:30"


def test_format_keypath() -> None:
    assert format_keypath(("posts", 2, "text", "sr-Cyrl")) == "posts[2].text.sr-Cyrl"
    assert format_keypath(("areas", 0)) == "areas[0]"
    assert format_keypath(()) == ""


# --- model errors, in kit words ---------------------------------------------------------------

#: (file, old, new) → the exact diagnostic. Paths print relative to the working folder.
MODEL_CASES = [
    (
        "kit.yaml",
        "title:\n  en: A campaign\n  sl: Kampanja\n",
        "title:\n",
        "kit/kit.yaml:2:7: error: title: has no value\n"
        "  hint: write each language on its own indented line below, e.g. `en: …`",
    ),
    (
        "kit.yaml",
        "  en: {status: approved}\n  sl: {status: draft}\n",
        "  - en\n  - sl\n",
        "kit/kit.yaml:13:3: error: languages: must be a mapping of `key: value` lines, not a list\n"
        "  hint: write its `key: value` lines indented below it",
    ),
    (
        "kit.yaml",
        "{status: draft}",
        "{status: reviewed}",
        "kit/kit.yaml:14:16: error: languages.sl.status: `reviewed` is not one of: "
        "draft, approved\n"
        "  hint: use one of: draft, approved",
    ),
    (
        "kit.yaml",
        "{status: draft}",
        "{status: aproved}",
        "kit/kit.yaml:14:16: error: languages.sl.status: `aproved` is not one of: draft, approved\n"
        "  hint: did you mean `approved`?",
    ),
    (
        "kit.yaml",
        "start: 2021-10-18",
        "start: 18.10.2021",
        "kit/kit.yaml:9:8: error: start: `18.10.2021` is not a valid date\n"
        "  hint: write dates as YYYY-MM-DD, e.g. `2021-10-18`",
    ),
    (
        "kit.yaml",
        "start: 2021-10-18",
        "start: 2021-10-18T10:00",
        "kit/kit.yaml:9:8: error: start: `2021-10-18T10:00` has a time of day\n"
        "  hint: write dates as YYYY-MM-DD, e.g. `2021-10-18`",
    ),
    (
        "kit.yaml",
        "url: https://example.org/campaign",
        "url: example.org",
        "kit/kit.yaml:8:6: error: url: `example.org` must be a full web address starting with "
        "https:// (or a mailto: link)\n"
        "  hint: write it in full, e.g. `https://example.org/page`",
    ),
    (
        "kit.yaml",
        "  name: A campaign\n",
        "  name: A campaign\n  contact: {email: press.example.org}\n",
        "kit/kit.yaml:17:20: error: brand.contact.email: `press.example.org` is not a valid "
        "e-mail address\n"
        "  hint: write an address such as `press@example.org`",
    ),
    (
        "kit.yaml",
        "  name: A campaign\n",
        "  name: A campaign\n  colors: {primary: navy}\n",
        "kit/kit.yaml:17:21: error: brand.colors.primary: `navy` is not a valid colour\n"
        "  hint: write colours as `#RRGGBB`, e.g. `#1D3557`",
    ),
    (
        "kit.yaml",
        "  - id: week-1\n",
        "  []\n",
        "kit/kit.yaml:23:3: error: areas: needs at least 1 item\n"
        "  hint: add them as lines starting with `- `",
    ),
    (
        "kit.yaml",
        "platforms:\n  x: {}\n  mastodon: {limit: 1000}\n",
        "platforms: {}\n",
        "kit/kit.yaml:19:12: error: platforms: needs at least 1 item\n"
        "  hint: add them as `key: value` lines",
    ),
    (
        "kit.yaml",
        "  x: {}",
        "  x: {limit: many}",
        "kit/kit.yaml:20:14: error: platforms.x.limit: `many` is not a whole number\n"
        "  hint: `limit`: override the length limit (e.g. a Mastodon instance's 1000)",
    ),
    (
        "kit.yaml",
        "  mastodon: {limit: 1000}",
        "  mastodon: {limit: 1000, tags: [post, everything]}",
        "kit/kit.yaml:21:40: error: platforms.mastodon.tags[1]: `everything` is not one of: "
        "post, area, campaign\n"
        "  hint: use one of: post, area, campaign",
    ),
    (
        "kit.yaml",
        "default_language: en",
        "default_language: EN",
        "kit/kit.yaml:11:19: error: default_language: `EN` must be a BCP-47 language tag such as "
        "`en`, `sl`, `sr-Cyrl` or `pt-BR`\n"
        "  hint: write `en`",
    ),
    (
        "kit.yaml",
        "  sl: {status: draft}",
        "  sr_cyrl: {status: draft}",
        "kit/kit.yaml:14:3: error: languages: `sr_cyrl` must be a BCP-47 language tag such as "
        "`en`, `sl`, `sr-Cyrl` or `pt-BR`\n"
        "  hint: write `sr-Cyrl`",
    ),
    (
        "kit.yaml",
        "id: case",
        "id: Case 1",
        "kit/kit.yaml:1:5: error: id: `Case 1` is not a valid id\n"
        "  hint: ids use lower-case letters, digits and hyphens, e.g. `week-1`",
    ),
    (
        "kit.yaml",
        "brand:\n  name: A campaign\n",
        "brand:\n  nam: A campaign\n",
        "kit/kit.yaml:16:3: error: unknown key `brand.nam`\n  hint: did you mean `name`?",
    ),
    (
        "kit.yaml",
        "brand:\n  name: A campaign\n",
        "brand:\n  name: A campaign\n  motto: Act now\n",
        "kit/kit.yaml:17:3: error: unknown key `brand.motto`\n"
        "  hint: allowed keys here: colors, contact, logo, name, terms",
    ),
    (
        "areas/week-1.yaml",
        "    day: 1",
        "    day: 9",
        "kit/areas/week-1.yaml:15:10: error: posts[0].day: must be at most 7, not 9\n"
        "  hint: `day`: day within the area's week (1 = first day)",
    ),
    (
        "areas/week-1.yaml",
        "      sl: Trgovina z ljudmi je kaznivo dejanje. Prijavite jo.",
        "      sl: ''",
        "kit/areas/week-1.yaml:19:11: error: posts[0].text.sl: is empty\n"
        "  hint: write the text, or remove the key",
    ),
    (
        "areas/week-1.yaml",
        "      sl: Trgovina z ljudmi je kaznivo dejanje. Prijavite jo.",
        "      sl: [a, b]",
        "kit/areas/week-1.yaml:19:11: error: posts[0].text.sl: must be text\n"
        "  hint: write one text here, not a list or mapping",
    ),
    (
        "areas/week-1.yaml",
        "      sl: Trgovina z ljudmi je kaznivo dejanje. Prijavite jo.",
        "      sl: 2021",
        "kit/areas/week-1.yaml:19:11: error: posts[0].text.sl: must be text\n"
        '  hint: put it in quotes to keep it as text: "2021"',
    ),
    (
        "areas/week-1.yaml",
        "    day: 1",
        "    day: 1\n    platforms: [x, tiktok]",
        "kit/areas/week-1.yaml:16:20: error: posts[0].platforms[1]: unknown platform `tiktok`\n"
        "  hint: use one of: x, bluesky, mastodon, threads, linkedin, facebook, instagram",
    ),
    (
        "areas/week-1.yaml",
        "    day: 1",
        "    day: 1\n    platforms: [twitter]",
        "kit/areas/week-1.yaml:16:17: error: posts[0].platforms[0]: unknown platform `twitter`\n"
        "  hint: Twitter is now X: write `x`",
    ),
    (
        "areas/week-1.yaml",
        "key_messages:",
        "facts:\n  - id: f1\n    text: {en: x, sl: y}\n    source: {title: t, url: ftp://x}\n"
        "key_messages:",
        "kit/areas/week-1.yaml:11:29: error: facts[0].source.url: `ftp://x` must be a full web "
        "address starting with https:// (or a mailto: link)\n"
        "  hint: write it in full, e.g. `https://example.org/page`",
    ),
    (
        "areas/week-1.yaml",
        "key_messages:",
        "facts:\n  - id: f1\n    text: {en: x, sl: y}\n"
        "    figures: {unit: {en: '%'}, series: [{label: a, value: lots}, {label: b, value: 2}]}\n"
        "key_messages:",
        "kit/areas/week-1.yaml:11:59: error: facts[0].figures.series[0].value: `lots` is not "
        "a number\n"
        "  hint: write a number such as `12.5`, without quotes or units",
    ),
    (
        "areas/week-1.yaml",
        '    time: "10:00"',
        '    time: "10.00"',
        "kit/areas/week-1.yaml:16:11: error: posts[0].time: `10.00` is not a valid time\n"
        "  hint: write the time as HH:MM in 24-hour form, e.g. `09:30`",
    ),
    (
        "areas/week-1.yaml",
        "summary:\n  en: Why cooperation matters.\n  sl: Zakaj je sodelovanje pomembno.\n",
        "",
        "kit/areas/week-1.yaml:1:1: error: required key `summary` is missing\n"
        "  hint: add `summary:` here (the text per language, keyed by BCP-47 tag, "
        "e.g. `{en: Hello, sl: Živjo}`)",
    ),
]


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    MODEL_CASES,
    ids=[c[3].split(": ", 2)[2][:40] for c in MODEL_CASES],
)
def test_model_error_wording(kit_dir: Path, file: str, old: str, new: str, expected: str) -> None:
    _kit(kit_dir)
    path = kit_dir / file
    path.write_text(_sub(path.read_text("utf-8"), old, new), encoding="utf-8")
    assert _rendered(kit_dir) == [expected]


def _keypaths(data: Any, prefix: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    if prefix:
        yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _keypaths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _keypaths(value, (*prefix, i))


def _replaced(data: Any, keypath: tuple[str | int, ...], value: Any) -> Any:
    data = copy.deepcopy(data)
    parent = data
    for part in keypath[:-1]:
        parent = parent[part]
    parent[keypath[-1]] = value
    return data


JARGON = ("input should", "value error", "[key]", "after validation", "dictionary", "union")


@pytest.mark.parametrize("file", ["kit.yaml", "areas/week-1.yaml"])
def test_any_wrong_value_gets_a_located_hinted_message_without_jargon(
    kit_dir: Path, file: str
) -> None:
    _kit(kit_dir)
    path = kit_dir / file
    original = yaml.safe_load(path.read_text("utf-8").replace("2021-10-18", "'2021-10-18'"))
    checked = 0
    for keypath in list(_keypaths(original)):
        wrongs: list[Any] = [[], 3.5, None, "#?!"]
        for wrong in wrongs:
            path.write_text(
                yaml.safe_dump(_replaced(original, keypath, wrong), allow_unicode=True),
                encoding="utf-8",
            )
            try:
                load_kit(kit_dir)
            except MsgkitError as exc:
                for d in exc.diagnostics:
                    text = d.render()
                    assert d.hint, text
                    assert d.location is not None and d.location.line >= 1, text
                    assert not any(word in text.lower() for word in JARGON), text
                checked += 1
    assert checked > 50


def test_mistyped_required_key_is_reported_once_at_the_typo(kit_dir: Path) -> None:
    area = _sub(AREA, "summary:", "sumary:")
    assert _rendered(_kit(kit_dir, areas={"week-1.yaml": area})) == [
        "kit/areas/week-1.yaml:5:1: error: unknown key `sumary`\n  hint: did you mean `summary`?"
    ]


def test_mistyped_key_with_its_correct_twin_present_still_reports_both(kit_dir: Path) -> None:
    # `titel` next to a real `title`: nothing is missing, the extra key is still unknown.
    area = _sub(AREA, "summary:", "titel: {en: x}\nsummary:")
    assert _rendered(_kit(kit_dir, areas={"week-1.yaml": area})) == [
        "kit/areas/week-1.yaml:5:1: error: unknown key `titel`\n  hint: did you mean `title`?"
    ]


# --- problems across files, all in one run ----------------------------------------------------


def test_every_file_is_checked_even_when_kit_yaml_is_broken(kit_dir: Path) -> None:
    kit = _sub(KIT, "  x: {}", "  twiter: {}")
    second = _sub(_sub(AREA, "id: week-1", "id: week-2"), "    day: 1", "    day: 0")
    first = _sub(AREA, "  en: Policies\n", "  en: Policies\n  en: Again\n")
    diags = _problems(_kit(kit_dir, kit, {"week-1.yaml": first, "week-2.yaml": second}))
    assert [(str(d.location), d.level) for d in diags] == [
        ("kit/areas/week-1.yaml:4:3", Level.ERROR),
        ("kit/areas/week-2.yaml:15:10", Level.ERROR),
        ("kit/kit.yaml:20:3", Level.ERROR),
    ]


def test_cross_file_checks_report_everything_at_once(kit_dir: Path) -> None:
    kit = _sub(KIT, "timezone: Europe/Ljubljana", "timezone: Mars/Olympus")
    kit = _sub(kit, "  - {tag: NoImpunityforTHB, campaign: true}", "  - tag: '#EndTrafficking'")
    area = AREA + "  - id: post-1\n    text: {en: Again, de: Nochmal}\n"
    diags = _problems(_kit(kit_dir, kit, {"week-1.yaml": area}))
    assert [d.render() for d in diags] == [
        "kit/areas/week-1.yaml:20:9: error: posts[1]: id `post-1` is already used by posts[0]\n"
        "  hint: ids must be unique within an area's section: rename one of them",
        "kit/areas/week-1.yaml:21:11: warning: posts[1].text: no `sl` translation; the `en` "
        "text is used instead\n"
        "  hint: add `sl: …` (this warning is an error under --strict)",
        "kit/areas/week-1.yaml:21:23: error: posts[1].text: language `de` is not one of the "
        "kit's languages\n"
        "  hint: the kit's languages are en, sl; to add `de`, list it under `languages:` in "
        "kit.yaml",
        "kit/kit.yaml:10:11: error: unknown time zone `Mars/Olympus`\n"
        "  hint: use an IANA time zone name such as `Europe/Ljubljana` or `UTC`",
        "kit/kit.yaml:18:10: error: hashtags[0]: write `EndTrafficking` without the `#`\n"
        "  hint: msgkit adds the `#` itself",
    ]


def test_broken_area_file_does_not_also_count_as_missing(kit_dir: Path) -> None:
    kit = _sub(KIT, "  - id: week-1\n", "  - id: week-1\n  - id: week-2\n  - id: week-3\n")
    broken_yaml = "id: week-1\ntitle: [\n"
    broken_model = _sub(_sub(AREA, "id: week-1", "id: week-2"), "    day: 1", "    day: 99")
    diags = _problems(
        _kit(kit_dir, kit, {"week-1.yaml": broken_yaml, "other-name.yaml": broken_model})
    )
    messages = [d.message for d in diags]
    assert "area `week-1` has no file in areas/" not in messages
    assert "area `week-2` has no file in areas/" not in messages
    # week-3 has no file at all, and that is still said in the same run.
    assert "area `week-3` has no file in areas/" in messages
    assert len(diags) == 3


def test_area_listed_twice(kit_dir: Path) -> None:
    kit = _sub(KIT, "  - id: week-1\n", "  - id: week-1\n  - id: week-1\n")
    assert _rendered(_kit(kit_dir, kit)) == [
        "kit/kit.yaml:24:9: error: area `week-1` is listed twice\n  hint: list each area once"
    ]


def test_unlisted_file_is_suggested_for_a_misspelt_area(kit_dir: Path) -> None:
    kit = _sub(KIT, "  - id: week-1\n", "  - id: week-1\n  - id: weeek-2\n")
    second = _sub(_sub(AREA, "id: week-1", "id: week-2"), "km-1", "km-2")
    rendered = _rendered(_kit(kit_dir, kit, {"week-2.yaml": second}))
    assert rendered == [
        "kit/areas/week-2.yaml:1:5: error: area `week-2` is not listed in kit.yaml `areas:`\n"
        "  hint: add `- id: week-2` to `areas:` in kit.yaml, or delete this file",
        "kit/kit.yaml:24:9: error: area `weeek-2` has no file in areas/\n"
        "  hint: did you mean `week-2`?",
    ]


# --- cross-field checks -----------------------------------------------------------------------


def test_default_language_must_be_a_kit_language(kit_dir: Path) -> None:
    kit = _sub(KIT, "default_language: en", "default_language: de")
    rendered = _rendered(_kit(kit_dir, kit))
    assert rendered[0] == (
        "kit/kit.yaml:11:19: error: default_language `de` is not one of the kit's languages\n"
        "  hint: add it under `languages:` or pick one of: en, sl"
    )


def test_duplicate_hashtag_differs_only_in_case(kit_dir: Path) -> None:
    kit = _sub(
        KIT,
        "  - {tag: NoImpunityforTHB, campaign: true}",
        "  - {tag: NoImpunityforTHB, campaign: true}\n  - {tag: noimpunityforthb}",
    )
    assert _rendered(_kit(kit_dir, kit)) == [
        "kit/kit.yaml:19:11: error: hashtags[1]: `#noimpunityforthb` is already registered as "
        "hashtags[0]\n"
        "  hint: register each hashtag once, in its canonical spelling"
    ]


def test_hashtag_language_must_be_a_kit_language(kit_dir: Path) -> None:
    kit = _sub(KIT, "  - {tag: NoImpunityforTHB, campaign: true}", "  - {tag: Trgovina, lang: sk}")
    assert _rendered(_kit(kit_dir, kit)) == [
        "kit/kit.yaml:18:27: error: hashtags[0]: language `sk` is not one of the kit's "
        "languages\n"
        "  hint: use one of the kit's languages"
    ]


def test_partner_language_must_be_a_kit_language(kit_dir: Path) -> None:
    kit = KIT + "partners:\n  - {id: skopje, name: Partner, languages: [mk]}\n"
    assert _rendered(_kit(kit_dir, kit)) == [
        "kit/kit.yaml:25:45: error: partners[0] (`skopje`): language `mk` is not one of the kit's "
        "languages\n"
        "  hint: use one of the kit's languages"
    ]


@pytest.mark.parametrize(
    ("text", "what"), [("In 2020, 14,000 victims.", "a statistic"), ("Victims exist.", "a fact")]
)
def test_fact_without_source_is_a_warning(kit_dir: Path, text: str, what: str) -> None:
    area = _sub(
        AREA,
        "key_messages:",
        f'facts:\n  - id: f1\n    text: {{en: "{text}", sl: x}}\nkey_messages:',
    )
    kit, diags = load_kit(_kit(kit_dir, areas={"week-1.yaml": area}))
    assert [d.render() for d in diags.items] == [
        f"kit/areas/week-1.yaml:9:5: warning: facts[0] `f1` is {what} without a source\n"
        "  hint: add `source: {title: …, url: https://…}` so partners can cite it"
    ]


def test_missing_default_language_text_is_an_error(kit_dir: Path) -> None:
    area = _sub(AREA, "  en: Policies\n", "")
    assert _rendered(_kit(kit_dir, areas={"week-1.yaml": area})) == [
        "kit/areas/week-1.yaml:3:3: error: title: the default language `en` is missing\n"
        "  hint: add `en: …`; every text needs the default language"
    ]


def test_missing_translation_is_a_warning_and_an_error_under_strict(kit_dir: Path) -> None:
    area = _sub(AREA, "  sl: Politike\n", "")
    root = _kit(kit_dir, areas={"week-1.yaml": area})
    kit, diags = load_kit(root)
    expected = (
        "kit/areas/week-1.yaml:3:3: warning: title: no `sl` translation; the `en` text is used "
        "instead\n"
        "  hint: add `sl: …` (this warning is an error under --strict)"
    )
    assert [d.render() for d in diags.items] == [expected]
    assert kit.text(kit.areas[0].content.title, "sl") == "Policies"
    # Under --strict the same finding is reported, and counted, as an error.
    strict = expected.replace(": warning: ", ": error: ", 1)
    assert [d.render() for d in _problems(root, strict=True)] == [strict]


def test_missing_kit_folder_and_kit_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert _rendered(tmp_path / "nope") == [
        "error: kit folder `nope` does not exist\n"
        "  hint: give the path of a folder holding kit.yaml, or create one with `msgkit init`"
    ]
    (tmp_path / "empty").mkdir()
    assert _rendered(tmp_path / "empty")[0].startswith("error: `empty` has no kit.yaml\n  hint: ")


def test_contact_name_may_be_given_per_language(tmp_path: Path) -> None:
    from msgkit.scaffold import scaffold

    kit_dir = tmp_path / "kit"
    scaffold(kit_dir)
    kit_yaml = kit_dir / "kit.yaml"
    kit_yaml.write_text(
        kit_yaml.read_text("utf-8").replace(
            "contact: {name: Press office,",
            "contact: {name: {en: Press office, sl: Služba za odnose},",
        ),
        "utf-8",
    )
    kit, diags = load_kit(kit_dir)
    assert not diags.items
    name = kit.campaign.brand.contact.name
    assert kit.text(name, "sl") == "Služba za odnose"
    assert kit.text(name, "en") == "Press office"
    assert kit.text("One name", "sl") == "One name"


def test_a_bare_number_is_not_a_start_date_and_dotfiles_are_not_areas(tmp_path: Path) -> None:
    from msgkit.scaffold import scaffold

    kit_dir = tmp_path / "kit"
    scaffold(kit_dir)
    (kit_dir / "areas" / "._week-1.yaml").write_bytes(b"\x00\x05\x16\x07 macOS resource fork")
    kit_yaml = kit_dir / "kit.yaml"
    kit_yaml.write_text(
        kit_yaml.read_text("utf-8").replace("start: 2030-10-18", "start: 2030"), "utf-8"
    )
    with pytest.raises(MsgkitError) as caught:
        load_kit(kit_dir)
    (problem,) = caught.value.diagnostics
    assert "`2030` is not a date: write it as YYYY-MM-DD" in problem.message
    assert problem.location is not None and problem.location.line > 1


def test_chart_values_must_be_real_numbers(tmp_path: Path) -> None:
    from msgkit.model import Figure

    with pytest.raises(ValueError):
        Figure(label="2019", value=float("nan"))
    with pytest.raises(ValueError):
        Figure(label="2019", value=float("inf"))
