"""A warning found while rendering (a fact sheet too long for one sheet of paper) is said by
every build while its target stays up to date, located in the kit as it is now, and refused by
`build --strict` exactly when `check --strict` refuses it."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from msgkit.cli import app

OVERFLOW = re.compile(
    r"^(?P<where>\S+:\d+:\d+): (?P<level>warning|error): the (?P<lang>\w+) fact sheet of "
    r"`week-1` needs \d+ pages, more than one double-sided sheet \(2\)",
    re.MULTILINE,
)


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True


@pytest.fixture
def long_sheet_kit(starter_kit: Path) -> Path:
    """The starter kit with sixty facts in its one area: its sheets cannot fit two pages."""
    area_file = starter_kit / "areas" / "week-1.yaml"
    area = yaml.safe_load(area_file.read_text("utf-8"))
    fact = area["facts"][0]
    for i in range(60):
        extra = copy.deepcopy(fact)
        extra["id"] = f"fact-extra-{i}"
        extra["text"] = {lang: f"{text} " * 4 for lang, text in fact["text"].items()}
        area["facts"].append(extra)
    area_file.write_text(
        yaml.dump(area, Dumper=_NoAliases, allow_unicode=True, sort_keys=False), "utf-8"
    )
    return starter_kit


def _overflows(output: str) -> list[tuple[str, str, str]]:
    return [(m["where"], m["level"], m["lang"]) for m in OVERFLOW.finditer(output)]


def test_a_rendering_warning_is_said_again_while_its_sheet_is_up_to_date(
    long_sheet_kit: Path, tmp_path: Path, runner: CliRunner
) -> None:
    out = str(tmp_path / "dist")
    build = ["build", str(long_sheet_kit), "--out", out]
    first = runner.invoke(app, build)
    assert first.exit_code == 0, first.output
    found = _overflows(first.output)
    assert sorted(lang for _, _, lang in found) == ["en", "sl"]
    assert {level for _, level, _ in found} == {"warning"}
    [manifest_path] = (tmp_path / "dist").glob("*/manifest.json")
    manifest = json.loads(manifest_path.read_text("utf-8"))
    kept = {t: m["findings"] for t, m in manifest["targets"].items() if "findings" in m}
    assert sorted(kept) == ["pdf:en/week-1", "pdf:sl/week-1"]
    assert kept["pdf:en/week-1"][0]["keypath"] == ["facts"]

    # Nothing to rebuild: the same warnings, at the same places.
    again = runner.invoke(app, build)
    assert again.exit_code == 0, again.output
    assert "0 added, 0 changed, 0 removed, 18 unchanged" in again.output
    assert _overflows(again.output) == found

    # A comment above moves the facts one line down; the sheets stay up to date, and the
    # warnings point at the facts' new line.
    area_file = long_sheet_kit / "areas" / "week-1.yaml"
    area_file.write_text("# reviewed\n" + area_file.read_text("utf-8"), "utf-8")
    moved = runner.invoke(app, build)
    assert "0 added, 0 changed, 0 removed, 18 unchanged" in moved.output
    line = int(found[0][0].split(":")[1])
    assert {where for where, _, _ in _overflows(moved.output)} == {
        f"{found[0][0].split(':')[0]}:{line + 1}:{found[0][0].split(':')[2]}"
    }

    # Under --strict, the up-to-date build refuses what `check --strict` refuses, in its words.
    strict = runner.invoke(app, [*build, "--strict"])
    check = runner.invoke(app, ["check", "--strict", str(long_sheet_kit)])
    assert strict.exit_code == check.exit_code == 1
    assert _overflows(strict.output) == _overflows(check.output)
    assert {level for _, level, _ in _overflows(strict.output)} == {"error"}
    assert "nothing was written" in strict.output


def test_a_findings_record_that_is_not_one_is_ignored(
    long_sheet_kit: Path, tmp_path: Path, runner: CliRunner
) -> None:
    # A manifest edited by hand never crashes a build: a malformed record is not said.
    out = tmp_path / "dist"
    assert runner.invoke(app, ["build", str(long_sheet_kit), "--out", str(out)]).exit_code == 0
    [path] = out.glob("*/manifest.json")
    manifest = json.loads(path.read_text("utf-8"))
    manifest["targets"]["pdf:en/week-1"]["findings"] = [
        {"message": 7},
        {"message": "x", "source": "kit.yaml", "keypath": [True]},
        "not a record",
    ]
    path.write_text(json.dumps(manifest), "utf-8")
    result = runner.invoke(app, ["build", str(long_sheet_kit), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert [lang for _, _, lang in _overflows(result.output)] == ["sl"]
