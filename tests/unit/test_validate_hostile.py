"""Validation of untrusted kit text: one message in the kit's words, NFC forms, escaped echoes."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from msgkit.cli import app
from msgkit.scaffold import scaffold


def _check(kit: Path, *args: str) -> Any:
    return CliRunner().invoke(app, ["check", str(kit), *args])


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


_REPORT = "      url: https://example.org/report\n"
_FIGURES = """    figures:
      unit: {en: cases, sl: primerov}
      series:
        - {label: 2022, value: 1}
        - {label: 2023.5, value: 2}
"""


def test_a_year_written_as_a_number_is_its_label(starter_kit: Path) -> None:
    area = starter_kit / "areas" / "week-1.yaml"
    _edit(
        area,
        "      url: https://example.org/report\n",
        "      url: https://example.org/report\n" + _FIGURES,
    )
    result = _check(starter_kit, "--strict")
    assert result.exit_code == 0, result.output
    from msgkit.validate import load_kit

    kit, _ = load_kit(starter_kit)
    figures = kit.areas[0].content.facts[0].figures
    assert figures is not None
    assert [f.label for f in figures.series] == ["2022", "2023.5"]


def test_a_label_of_the_wrong_shape_gets_one_message(starter_kit: Path) -> None:
    area = starter_kit / "areas" / "week-1.yaml"
    figures = _FIGURES.replace("{label: 2022, value: 1}", "{label: [2022], value: 1}")
    _edit(
        area,
        "      url: https://example.org/report\n",
        "      url: https://example.org/report\n" + figures,
    )
    result = _check(starter_kit)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1
    assert errors[0].endswith("error: facts[0].figures.series[0].label: must be text")


# --- no validator internals, whatever the wrong value -------------------------------------------

_INTERNALS = re.compile(
    r"constrained-|function-(after|before|plain|wrap)|dict\[|list\[|\[key\]|Input should|"
    r"lax-|json-or-python|literal\[|nullable\[|model_type|\bPostImage\b|\bLocalizedLine\b"
)
_WRONG = st.one_of(
    st.integers(-5, 10**6),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.lists(st.integers(0, 3), max_size=2),
    st.dictionaries(st.sampled_from(["en", "x", "sl"]), st.integers(0, 3), max_size=2),
    st.text(max_size=5),
)


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _paths(value, (*path, i))
    return found


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    which=st.sampled_from(["kit.yaml", "areas/week-1.yaml"]), pick=st.integers(0, 999), value=_WRONG
)
def test_no_message_shows_validator_internals(
    tmp_path_factory: Any, which: str, pick: int, value: Any
) -> None:
    kit = tmp_path_factory.mktemp("wrong") / "kit"
    scaffold(kit)
    path = kit / which
    data = yaml.safe_load(path.read_text("utf-8"))
    paths = _paths(data)
    target = paths[pick % len(paths)]
    holder = data
    for part in target[:-1]:
        holder = holder[part]
    holder[target[-1]] = value
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    result = _check(kit)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 1)
    for line in result.stderr.splitlines():
        assert not _INTERNALS.search(line), line


# --- Unicode forms and terminal escapes ----------------------------------------------------------


def test_a_registered_tag_typed_in_nfd_is_the_registered_tag(starter_kit: Path) -> None:
    tag = "AsnjëHeshtjePërTrafikimin"
    _edit(
        starter_kit / "kit.yaml",
        "  - {tag: OurCampaign, campaign: true}",
        f"  - {{tag: OurCampaign, campaign: true}}\n  - {{tag: {tag}}}",
    )
    decomposed = unicodedata.normalize("NFD", tag)
    assert decomposed != tag
    _edit(
        starter_kit / "areas" / "week-1.yaml",
        "en: Our first post. Read more on our website.",
        f"en: 'Our first post. #{decomposed}'",
    )
    result = _check(starter_kit, "--strict")
    assert result.exit_code == 0, result.output


def test_kit_text_echoed_in_a_message_cannot_drive_the_terminal(starter_kit: Path) -> None:
    area = starter_kit / "areas" / "week-1.yaml"
    _edit(area, "summary:", '"sum\\e[2Jmary\\e]0;owned\\a": x\nsummary:')
    result = _check(starter_kit)
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "unknown key `sum\\x1b[2Jmary\\x1b]0;owned\\x07`" in result.stderr
