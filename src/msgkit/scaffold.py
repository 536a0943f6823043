"""`msgkit init`: a small, commented starter kit that passes `check` and builds."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from msgkit.errors import MsgkitError, display_path, error
from msgkit.schema import SCHEMA_FILES, schema_text

_TEMPLATE_FILES = ("kit.yaml", "areas/week-1.yaml")


def scaffold(folder: Path, kit_id: str = "my-campaign") -> list[Path]:
    """Create the starter kit in `folder` (which must not hold a kit already); return the files."""
    if (folder / "kit.yaml").exists():
        raise MsgkitError(
            [
                error(
                    f"`{display_path(folder)}` already holds a kit",
                    hint="choose a new folder name; msgkit init never overwrites files",
                )
            ]
        )
    if folder.exists() and not folder.is_dir():
        raise MsgkitError(
            [error(f"`{display_path(folder)}` is a file", hint="choose a folder name")]
        )
    source = resources.files("msgkit") / "data" / "init"
    files: dict[Path, str] = {}
    for relpath in _TEMPLATE_FILES:
        text = source.joinpath(relpath).read_text("utf-8")
        if relpath == "kit.yaml":
            text = text.replace("id: my-campaign ", f"id: {kit_id} ", 1)
        files[folder / relpath] = text
    for kind, filename in SCHEMA_FILES.items():
        files[folder / "schema" / filename] = schema_text(kind)
    existing = [path for path in files if path.exists() or _blocked(path, folder)]
    if existing:
        raise MsgkitError(
            [
                error(
                    f"`{display_path(existing[0])}` is in the way",
                    hint="msgkit init never overwrites files: choose a new, empty folder",
                )
            ]
        )
    written: list[Path] = []
    for target, text in files.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def _blocked(path: Path, folder: Path) -> bool:
    """Whether a file stands where one of `path`'s folders must go (below `folder`)."""
    return any(p.exists() and not p.is_dir() for p in path.parents if p.is_relative_to(folder))


def kit_id_for(folder: Path) -> str:
    """A valid kit id made from a folder name: `Our Campaign 2030` → `our-campaign-2030`."""
    slug = re.sub(r"[^a-z0-9]+", "-", folder.resolve().name.lower()).strip("-")[:64].strip("-")
    return slug or "my-campaign"
