"""The kit model published as JSON Schema (draft-07), for editors' YAML language server."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from msgkit.model import AreaFile, KitFile

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
SCHEMA_FILES = {"kit": "kit.schema.json", "area": "area.schema.json"}


def json_schema(which: str) -> dict[str, Any]:
    """The draft-07 JSON Schema of `kit.yaml` or of an area file."""
    models: dict[str, type[BaseModel]] = {"kit": KitFile, "area": AreaFile}
    model = models[which]
    schema = model.model_json_schema(ref_template="#/definitions/{model}", mode="validation")
    definitions = schema.pop("$defs", {})
    out: dict[str, Any] = {
        "$schema": DRAFT_07,
        "$id": f"https://msgkit.invalid/schema/{SCHEMA_FILES[which]}",
        **schema,
    }
    if definitions:
        out["definitions"] = definitions
    return out


def schema_text(which: str) -> str:
    """The schema as stable, indented JSON text."""
    return json.dumps(json_schema(which), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
