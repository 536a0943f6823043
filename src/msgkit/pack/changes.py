"""What changed between two versions of a pack: files by checksum, posts by their exact text.

The previous version is the pack the last build left in the output folder. It is history, not
input: it is not part of the pack's fingerprint, so an unchanged kit is not rebuilt and its pack
keeps its bytes. When a pack is rebuilt with exactly the files it already holds (another
language changed, or the build state was lost), its previous CHANGES.md is kept, so the same
content always gives the same zip.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from msgkit.l10n import format_date
from msgkit.labels import label
from msgkit.markdown import escape
from msgkit.platforms import PLATFORM_NAMES, PLATFORMS

MANIFEST_NAME = "manifest.json"
CHANGES_NAME = "CHANGES.md"
#: Members of a previous pack that are read back (its manifest, post texts, CHANGES.md) are
#: small; a larger one is not ours and is not trusted.
_MAX_MEMBER = 32 * 1024 * 1024

#: A post of a pack: (language, area id, post id).
PostKey = tuple[str, str, str]
#: Reads a member of a pack by name; None when it is not there.
ReadMember = Callable[[str], bytes | None]


@dataclass(frozen=True)
class PackState:
    """What a pack holds, as far as its CHANGES.md is concerned."""

    #: Member name → sha256, for every member but manifest.json and CHANGES.md.
    files: dict[str, str]
    #: Post → platform → its exact text (thread parts joined).
    posts: dict[PostKey, dict[str, str]]
    #: When the pack was built (ISO 8601), if known.
    built: str | None = None
    #: The pack's own CHANGES.md, if it has one.
    changes: bytes | None = None
    #: Post → its display title as the pack showed it (to name removed posts by title too).
    titles: dict[PostKey, str] = field(default_factory=dict)


def _variants(read: ReadMember, folders: Mapping[str, str]) -> Iterator[tuple[PostKey, Any]]:
    """Every variant of the pack's `posts/posts.json` files, with the post it belongs to.

    `folders` maps each language of the pack to its folder inside the pack (`""` or `"sl/"`).
    """
    for lang, prefix in folders.items():
        data = read(f"{prefix}posts/posts.json")
        if data is None:
            continue
        items: Any = json.loads(data.decode("utf-8"))
        if isinstance(items, dict):
            items = items.get("posts", [])
        for item in items:
            yield (lang, str(item["area"]), str(item["post"])), item


def post_texts(read: ReadMember, folders: Mapping[str, str]) -> dict[PostKey, dict[str, str]]:
    """Every post's text per platform from the pack's `posts/posts.json` files."""
    found: dict[PostKey, dict[str, str]] = {}
    for key, item in _variants(read, folders):
        parts = item.get("parts") or [{"text": item.get("text", "")}]
        text = "\n\n".join(str(part.get("text", "")) for part in parts)
        found.setdefault(key, {})[str(item.get("platform") or "")] = text
    return found


def post_titles(read: ReadMember, folders: Mapping[str, str]) -> dict[PostKey, str]:
    """Every post's display title from the pack's `posts/posts.json` files (where recorded)."""
    return {key: str(item["title"]) for key, item in _variants(read, folders) if item.get("title")}


def read_pack(
    data: bytes | None, folders: Mapping[str, str], root: str = ""
) -> PackState | None:
    """The state of a previously built pack, or None when there is none or it is unreadable.

    `root` is the folder every member sits in (`kit-sq/`).
    """
    if not data:
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:

            def read(name: str) -> bytes | None:
                try:
                    info = archive.getinfo(root + name)
                except KeyError:
                    return None
                if info.file_size > _MAX_MEMBER:
                    raise ValueError(f"{name} is too large")
                return archive.read(info)

            manifest = json.loads((read(MANIFEST_NAME) or b"").decode("utf-8"))
            files = {
                str(entry["path"]): str(entry["sha256"])
                for entry in manifest["files"]
                if entry["path"] != CHANGES_NAME
            }
            return PackState(
                files=files,
                posts=post_texts(read, folders),
                built=str(manifest.get("build_time") or "") or None,
                changes=read(CHANGES_NAME),
                titles=post_titles(read, folders),
            )
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, TypeError, AttributeError):
        # Not a pack msgkit can read back (damaged, or made by hand): start a new history.
        return None


def render_changes(
    old: PackState | None,
    new: PackState,
    lang: str,
    title: str,
    describe: Callable[[PostKey], str],
) -> str:
    """CHANGES.md in `lang`: which posts' texts and which files changed since `old`."""
    lines = [f"# {label('changes_title', lang)} — {escape(title, inline=True)}", ""]
    if old is None:
        lines.append(label("changes_first", lang))
        return "\n".join(lines) + "\n"
    if old.built:
        lines += [label("changes_since", lang, date=_built_date(old.built, lang)), ""]

    changed_posts = []
    for key in sorted(set(old.posts) & set(new.posts)):
        before, after = old.posts[key], new.posts[key]
        platforms = [p for p in _ordered(set(before) | set(after)) if before.get(p) != after.get(p)]
        if platforms:
            names = ", ".join(PLATFORM_NAMES.get(p, p) for p in platforms if p)
            changed_posts.append(f"{describe(key)}" + (f" — {names}" if names else ""))
    sections = [
        ("changed_posts", changed_posts),
        ("new_posts", [describe(k) for k in sorted(set(new.posts) - set(old.posts))]),
        ("removed_posts", [describe(k) for k in sorted(set(old.posts) - set(new.posts))]),
        ("added", [f"`{p}`" for p in sorted(set(new.files) - set(old.files))]),
        (
            "changed",
            [
                f"`{p}`"
                for p in sorted(set(new.files) & set(old.files))
                if new.files[p] != old.files[p]
            ],
        ),
        ("removed", [f"`{p}`" for p in sorted(set(old.files) - set(new.files))]),
    ]
    if not any(items for _, items in sections):
        lines.append(label("changes_none", lang))
    for heading, items in sections:
        if items:
            lines += [f"## {label(heading, lang)}", ""] + [f"- {item}" for item in items] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _ordered(platforms: set[str]) -> list[str]:
    return sorted(platforms, key=lambda p: (PLATFORMS.index(p) if p in PLATFORMS else 99, p))


def _built_date(built: str, lang: str) -> str:
    """The previous pack's build date as `lang` writes it (its ISO text when it is not a date)."""
    try:
        return format_date(dt.date.fromisoformat(built[:10]), lang)
    except ValueError:
        return built[:10]
