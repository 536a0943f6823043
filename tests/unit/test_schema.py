"""The published JSON Schema: valid draft-07, true to the model, and in step with the repo copy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator  # type: ignore[import-untyped]
from typer.testing import CliRunner

from msgkit.cli import app
from msgkit.load import read_yaml
from msgkit.schema import DRAFT_07, SCHEMA_FILES, json_schema, schema_text

REPO = Path(__file__).resolve().parents[2]


def _printed(runner: CliRunner, *args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["schema", *args])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _yaml(path: Path) -> Any:
    doc, problems = read_yaml(path, path.name)
    assert doc is not None, problems
    return doc.data


@pytest.mark.parametrize(("args", "which"), [((), "kit"), (("kit",), "kit"), (("area",), "area")])
def test_msgkit_schema_prints_valid_draft_07(
    runner: CliRunner, args: tuple[str, ...], which: str
) -> None:
    schema = _printed(runner, *args)
    assert schema["$schema"] == DRAFT_07
    Draft7Validator.check_schema(schema)
    assert schema["$id"].endswith(SCHEMA_FILES[which])
    # Editors need definitions they can resolve: draft-07 has no `$defs`.
    assert "$defs" not in json.dumps(schema)
    assert schema == json_schema(which)


def test_starter_kit_validates_against_the_schema(starter_kit: Path) -> None:
    kit = Draft7Validator(json_schema("kit"))
    area = Draft7Validator(json_schema("area"))
    assert list(kit.iter_errors(_yaml(starter_kit / "kit.yaml"))) == []
    for path in sorted((starter_kit / "areas").glob("*.yaml")):
        assert list(area.iter_errors(_yaml(path))) == []


def test_schema_catches_what_editors_should_underline(starter_kit: Path) -> None:
    validator = Draft7Validator(json_schema("area"))
    data = _yaml(starter_kit / "areas" / "week-1.yaml")
    data["sumary"] = data.pop("summary")
    data["posts"][0]["day"] = 9
    data["posts"][0]["time"] = "25:00"
    messages = sorted(e.message for e in validator.iter_errors(data))
    assert any("'summary' is a required property" in m for m in messages)
    assert any("'sumary' was unexpected" in m for m in messages)
    assert any("9 is greater than the maximum of 7" in m for m in messages)
    assert any("'25:00' does not match" in m for m in messages)


def test_schema_documents_keys_for_completion() -> None:
    kit = json_schema("kit")
    assert "description" in kit["properties"]["start"]
    assert set(kit["required"]) >= {"id", "title", "languages", "areas", "platforms"}


def test_starter_kit_files_point_editors_at_their_schema(starter_kit: Path) -> None:
    for path, schema_file in [
        (starter_kit / "kit.yaml", starter_kit / "schema" / "kit.schema.json"),
        (starter_kit / "areas" / "week-1.yaml", starter_kit / "schema" / "area.schema.json"),
    ]:
        first = path.read_text("utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert target == schema_file.resolve()
        assert target.read_text("utf-8") == schema_text(
            "kit" if "kit" in schema_file.name else "area"
        )


@pytest.mark.parametrize(("which", "filename"), sorted(SCHEMA_FILES.items()))
def test_published_schema_files_are_current(which: str, filename: str) -> None:
    published = REPO / "schema" / filename
    assert published.read_text("utf-8") == schema_text(which), (
        f"schema/{filename} is stale: run `msgkit schema --write schema`"
    )


def test_schema_write_writes_both_files(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema", "--write", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    for which, filename in SCHEMA_FILES.items():
        text = (tmp_path / "out" / filename).read_text("utf-8")
        assert text == schema_text(which)


def test_unknown_schema_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema", "kits"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "unknown schema `kits`" in result.stderr
    assert "hint: use `kit` or `area`" in result.stderr
