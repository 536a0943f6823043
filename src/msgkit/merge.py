"""`msgkit merge`: combine output folders built per language (`--lang`) into one full tree.

A kit with many languages builds in CI as a matrix, one job per language; every per-language
output is self-contained (it reads only its own language's files), so the final job only has
to put the parts side by side and write one manifest. The result is byte for byte the tree a
single build of the same kit makes. Parts are refused, all problems at once, when they cannot
come from one build: another kit version (`kit_sha256`), msgkit version or build time, an
unfinished build, the same file or target with different contents, or a file that is missing
or not what its manifest says.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from msgkit.errors import Diagnostic, MsgkitError, SourceLocation, display_path, error
from msgkit.output import (
    MANIFEST,
    Staging,
    check_relpath,
    commit,
    file_sha256,
    output_lock,
    remember_verified,
)

#: Manifest fields every part of one build shares, with how a difference is explained.
_SAME = {
    "kit_sha256": "kit version",
    "msgkit": "msgkit version",
    "build_time": "build time (SOURCE_DATE_EPOCH)",
}


@dataclass
class MergeResult:
    """What one kit's merge did."""

    kit_id: str
    out_dir: Path
    parts: int
    targets: int
    files_written: int = 0
    files_removed: int = 0
    languages: list[str] = field(default_factory=list)


@dataclass
class _Part:
    folder: Path
    manifest: dict[str, Any]

    @property
    def where(self) -> SourceLocation:
        return SourceLocation(display_path(self.folder / MANIFEST))


def merge_parts(parts: list[Path], out_root: Path) -> list[MergeResult]:
    """Merge the kit output folders found in `parts` into `<out_root>/<kit id>/`, per kit.

    A part is a build's `--out` folder (holding `<kit id>/manifest.json`) or one kit's output
    folder itself. Raises MsgkitError, having written nothing, when the parts do not fit.
    """
    problems: list[Diagnostic] = []
    by_kit: dict[str, list[_Part]] = {}
    for folder in parts:
        found = _kit_folders(folder)
        if not found:
            problems.append(
                error(
                    f"`{display_path(folder)}` holds no msgkit build (no manifest.json in it "
                    "or in a folder inside it)",
                    hint="pass the --out folder of `msgkit build`, or the kit folder inside it",
                )
            )
        for kit_folder in found:
            part = _read_part(kit_folder, problems)
            if part is not None:
                by_kit.setdefault(str(part.manifest["kit"]), []).append(part)
    plans = []
    for kit_id in sorted(by_kit):
        out_dir = out_root / kit_id
        for part in by_kit[kit_id]:
            if part.folder.resolve() == out_dir.resolve():
                problems.append(
                    error(
                        "a part cannot also be the output folder",
                        part.where,
                        "merge into a new folder, e.g. `--out dist-merged`",
                    )
                )
        plans.append((kit_id, out_dir, _combine(by_kit[kit_id], problems)))
    if problems:
        raise MsgkitError(problems)
    return [_write(kit_id, out_dir, by_kit[kit_id], plan) for kit_id, out_dir, plan in plans]


def _kit_folders(folder: Path) -> list[Path]:
    if (folder / MANIFEST).is_file():
        return [folder]
    if not folder.is_dir():
        return []
    return sorted(p.parent for p in folder.glob(f"*/{MANIFEST}"))


def _read_part(folder: Path, problems: list[Diagnostic]) -> _Part | None:
    import json

    where = SourceLocation(display_path(folder / MANIFEST))
    try:
        manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
        for entry in manifest["files"]:
            check_relpath(entry["path"])
        manifest["targets"], manifest["kit"]  # noqa: B018 - both must be present
    except (OSError, ValueError, KeyError, TypeError) as exc:
        problems.append(
            error(
                f"not a msgkit manifest ({exc})",
                where,
                "build the part again with `msgkit build --lang LANG`",
            )
        )
        return None
    if manifest.get("complete") is not True:
        problems.append(
            error(
                "this part's build did not finish",
                where,
                "build the part again with `msgkit build --lang LANG`",
            )
        )
        return None
    if "kit_sha256" not in manifest:
        problems.append(
            error(
                "this part was built by an older msgkit that does not record the kit version",
                where,
                "build the part again with this msgkit",
            )
        )
        return None
    return _Part(folder, manifest)


@dataclass
class _Plan:
    files: dict[str, tuple[dict[str, Any], _Part]] = field(default_factory=dict)
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)


def _combine(parts: list[_Part], problems: list[Diagnostic]) -> _Plan:
    """The merged files and targets of one kit, with every reason the parts do not fit."""
    first = parts[0]
    for key, what in _SAME.items():
        values = {str(p.manifest.get(key)) for p in parts}
        if len(values) > 1:
            listing = "; ".join(
                f"{display_path(p.folder)}: {str(p.manifest.get(key))[:12]}" for p in parts
            )
            problems.append(
                error(
                    f"parts of kit `{first.manifest['kit']}` were built from different "
                    f"{what}s ({listing})",
                    hint="build every part from the same commit of the kit, with the same msgkit "
                    "and SOURCE_DATE_EPOCH, then merge again",
                )
            )
    plan = _Plan()
    for part in parts:
        for entry in part.manifest["files"]:
            relpath = entry["path"]
            seen = plan.files.get(relpath)
            if seen is not None and seen[0]["sha256"] != entry["sha256"]:
                problems.append(
                    error(
                        f"{relpath} differs between {display_path(seen[1].folder)} and "
                        f"{display_path(part.folder)}",
                        part.where,
                        "give each part different languages (`--lang`), or rebuild both",
                    )
                )
                continue
            if seen is None:
                if file_sha256(part.folder / relpath) != entry["sha256"]:
                    problems.append(
                        error(
                            f"{relpath} is missing or changed since this part was built",
                            part.where,
                            "build the part again; do not edit output folders by hand",
                        )
                    )
                plan.files[relpath] = (entry, part)
        for target_id, meta in part.manifest["targets"].items():
            seen_meta = plan.targets.get(target_id)
            if seen_meta is not None and seen_meta["fingerprint"] != meta["fingerprint"]:
                problems.append(
                    error(
                        f"target {target_id} was built differently in two parts",
                        part.where,
                        "give each part different languages (`--lang`), or rebuild both",
                    )
                )
            plan.targets.setdefault(target_id, meta)
    return plan


def _write(kit_id: str, out_dir: Path, parts: list[_Part], plan: _Plan) -> MergeResult:
    """Stage every file, then commit them and the manifest as a build does."""
    first = parts[0].manifest
    manifest = {
        **{k: first[k] for k in ("msgkit", "kit", "build_time", "kit_sha256")},
        "complete": True,
        "files": [plan.files[p][0] for p in sorted(plan.files)],
        "targets": {k: plan.targets[k] for k in sorted(plan.targets)},
    }
    # Under the output folder's build lock, as a build writes it: a build or merge running
    # there is waited for.
    with output_lock(out_dir):
        previous = _previous_files(out_dir)
        staging = Staging(out_dir)
        try:
            for relpath, (_entry, part) in sorted(plan.files.items()):
                source = part.folder.joinpath(*check_relpath(relpath).parts)
                staging.write_with(relpath, _copier(source))
            removed = sorted(previous - set(plan.files))
            written, deleted = commit(out_dir, staging, sorted(plan.files), removed, manifest, {})
        except BaseException:
            staging.discard()
            raise
        remember_verified(out_dir, manifest["files"], trusted=plan.files)
    langs = sorted({str(m["lang"]) for m in plan.targets.values() if m.get("lang")})
    return MergeResult(
        kit_id=kit_id,
        out_dir=out_dir,
        parts=len(parts),
        targets=len(plan.targets),
        files_written=written,
        files_removed=deleted,
        languages=langs,
    )


def _copier(source: Path) -> Callable[[BinaryIO], None]:
    """Streams `source` into the staged file (packs may be too large to hold in memory)."""

    def copy(dest: BinaryIO) -> None:
        with source.open("rb") as fh:
            shutil.copyfileobj(fh, dest)

    return copy


def _previous_files(out_dir: Path) -> set[str]:
    """Files a previous build or merge left in the output folder (to remove if not merged)."""
    import json

    try:
        data = json.loads((out_dir / MANIFEST).read_text("utf-8"))
        return {check_relpath(e["path"]).as_posix() for e in data["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return set()
