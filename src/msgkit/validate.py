"""Kit folder → validated Kit: every file parsed, every problem located, all reported at once."""

from __future__ import annotations

import difflib
import json
import types
import typing
import unicodedata
import zoneinfo
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from msgkit.errors import (
    Diagnostic,
    Diagnostics,
    MsgkitError,
    SourceLocation,
    code_point,
    did_you_mean,
    display_path,
    error,
    warning,
)
from msgkit.imagecheck import image_problem
from msgkit.load import KeyPath, YamlDocument, read_yaml, resolve_asset
from msgkit.model import LOCALIZED_KEYS, Area, AreaFile, Kit, KitFile
from msgkit.platforms import PLATFORMS, hashtag_syntax_problem, platform_hint

KIT_FILE = "kit.yaml"
AREAS_DIR = "areas"


def load_kit(root: Path, *, strict: bool = False) -> tuple[Kit, Diagnostics]:
    """Read and validate a kit folder; raise MsgkitError with every problem if it is unusable.

    Returns the kit and its warnings. Under `strict`, warnings fail too.
    """
    kit, diags = load_kit_partial(root, strict=strict)
    if diags.failed(strict) or kit is None:
        raise MsgkitError(diags.sorted())
    return kit, diags


def load_kit_partial(root: Path, *, strict: bool = False) -> tuple[Kit | None, Diagnostics]:
    """Every problem of a kit folder, and the kit as far as it could be read; never raises.

    With errors, the kit holds only the files that validated (None when kit.yaml did not):
    enough to check their texts in the same pass, not to build.
    """
    diags = Diagnostics(strict=strict)
    kit = _load(root, diags)
    if kit is not None:
        diags.extend(check_kit(kit))
    return kit, diags


def _load(root: Path, diags: Diagnostics) -> Kit | None:
    kit_path = root / KIT_FILE
    shown_root = display_path(root)
    if root.is_file():
        diags.add(
            error(
                f"`{shown_root}` is a file; msgkit needs the kit folder",
                hint=f"give the folder that holds kit.yaml, e.g. `{display_path(root.parent)}`",
            )
        )
        return None
    if not root.is_dir():
        diags.add(
            error(
                f"kit folder `{shown_root}` does not exist",
                hint="give the path of a folder holding kit.yaml, or create one with `msgkit init`",
            )
        )
        return None
    if not kit_path.is_file():
        diags.add(
            error(
                f"`{shown_root}` has no kit.yaml",
                hint="a kit is a folder with kit.yaml and areas/*.yaml; "
                "`msgkit init DIR` makes one",
            )
        )
        return None
    documents: dict[str, YamlDocument] = {}
    inside = root.resolve()
    if _outside(kit_path, inside, diags):
        return None
    campaign = _parse(kit_path, KitFile, documents, diags)
    area_files: list[tuple[str, AreaFile]] = []
    area_dir = root / AREAS_DIR
    linked_areas = area_dir.is_dir() and _outside(area_dir, inside, diags)
    paths = (
        # Hidden files are editors' and systems' (`.#week-1.yaml` locks, macOS `._week-1.yaml`).
        [
            p
            for p in sorted(area_dir.glob("*.yaml")) + sorted(area_dir.glob("*.yml"))
            if not p.name.startswith(".")
        ]
        if area_dir.is_dir() and not linked_areas
        else []
    )
    # Ids of area files that exist but could not be read or validated: a kit.yaml reference to
    # them is not reported as "no file" too, since the file's own errors say what to fix.
    broken_ids: set[str] = set()
    if linked_areas and campaign is not None:
        broken_ids |= {ref.id for ref in campaign.areas}
    for path in paths:
        if _outside(path, inside, diags):
            broken_ids.add(path.stem)
            continue
        content = _parse(path, AreaFile, documents, diags)
        if content is not None:
            area_files.append((display_path(path), content))
            continue
        doc = documents.get(display_path(path))
        raw_id = doc.data.get("id") if doc is not None else None
        broken_ids.add(raw_id if isinstance(raw_id, str) else path.stem)
    if campaign is None:
        return None
    kit_display = display_path(kit_path)
    by_id: dict[str, tuple[str, AreaFile]] = {}
    for display, content in area_files:
        if content.id in by_id:
            diags.add(
                error(
                    f"area id `{content.id}` is already used by {by_id[content.id][0]}",
                    documents[display].locate(("id",)),
                    "give every area file its own id",
                )
            )
            continue
        by_id[content.id] = (display, content)
    areas: list[Area] = []
    seen: set[str] = set()
    for i, ref in enumerate(campaign.areas):
        if ref.id in seen:
            diags.add(
                error(
                    f"area `{ref.id}` is listed twice",
                    documents[kit_display].locate(("areas", i, "id")),
                    "list each area once",
                )
            )
            continue
        seen.add(ref.id)
        if ref.id not in by_id and ref.id in broken_ids:
            continue
        if ref.id not in by_id:
            # Only an area file that kit.yaml does not list yet can be the one meant.
            unlisted = [a for a in by_id if a not in {r.id for r in campaign.areas}]
            hint = (
                did_you_mean(ref.id, unlisted)
                or f"create {AREAS_DIR}/{ref.id}.yaml with `id: {ref.id}`"
            )
            diags.add(
                error(
                    f"area `{ref.id}` has no file in {AREAS_DIR}/",
                    documents[kit_display].locate(("areas", i, "id")),
                    hint,
                )
            )
            continue
        display, content = by_id[ref.id]
        areas.append(Area(content=content, week=ref.week or i + 1, source=display))
    for area_id, (display, _) in sorted(by_id.items()):
        if area_id not in seen:
            diags.add(
                error(
                    f"area `{area_id}` is not listed in kit.yaml `areas:`",
                    documents[display].locate(("id",)),
                    f"add `- id: {area_id}` to `areas:` in kit.yaml, or delete this file",
                )
            )
    return Kit(
        root=root.resolve(),
        campaign=campaign,
        areas=areas,
        documents=documents,
        source=kit_display,
    )


def _outside(path: Path, root: Path, diags: Diagnostics) -> bool:
    """Whether a kit file or folder resolves outside the kit (a symbolic link); reports it.

    The same containment rule as for images: a link could publish any file the builder can
    read, such as another campaign's embargoed texts.
    """
    if path.resolve().is_relative_to(root):
        return False
    # Shown as the link itself: display_path would resolve it to where it points.
    try:
        shown = path.absolute().relative_to(Path.cwd()).as_posix()
    except ValueError:
        shown = path.as_posix()
    if path.is_dir():
        diags.add(
            error(
                f"`{shown}` is a symbolic link to a folder outside the kit folder",
                hint="copy the folder into the kit folder instead of linking to it",
            )
        )
    else:
        diags.add(
            error(
                "this file is a symbolic link to a file outside the kit folder",
                SourceLocation(shown, 1, 1),
                "copy the file into the kit folder instead of linking to it",
            )
        )
    return True


M = TypeVar("M", bound=BaseModel)


def _parse(
    path: Path, model: type[M], documents: dict[str, YamlDocument], diags: Diagnostics
) -> M | None:
    display = display_path(path)
    doc, problems = read_yaml(path, display)
    diags.extend(problems)
    if doc is None:
        return None
    documents[display] = doc
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        diags.extend(_pydantic_diagnostics(exc, doc, model))
        return None


def format_keypath(keypath: Iterable[str | int]) -> str:
    """`('posts', 2, 'text', 'sl')` → `posts[2].text.sl`, as users see key paths."""
    out = ""
    for part in keypath:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _user_loc(loc: tuple[str | int, ...], data: Any, kind: str) -> tuple[KeyPath, bool]:
    """pydantic's `loc` as the user's key path, and whether it passed through a union.

    pydantic names the members of a union in `loc` (`label.constrained-str`, `image.PostImage`)
    and marks key errors with `[key]`: internals, never keys the user wrote. A part is kept
    only where the document has it, so a user's key that looks like one (`a[b]`) is kept too;
    a `missing` error's last part, the key to add, is kept as well.
    """
    out: list[str | int] = []
    current = data
    union = False
    for i, part in enumerate(loc):
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
        elif part == "[key]" or (kind == "missing" and i == len(loc) - 1):
            if part != "[key]":
                out.append(part)
            continue
        else:
            union = True
            continue
        out.append(part)
    return tuple(out), union


def _pydantic_diagnostics(
    exc: ValidationError, doc: YamlDocument, model: type[BaseModel]
) -> Iterator[Diagnostic]:
    # A value that fits no member of a union fails once per member; the user wrote one value,
    # so it gets one message: the first member's (the simplest form, e.g. one text).
    errors: list[tuple[KeyPath, Any]] = []
    seen: set[KeyPath] = set()
    for err in exc.errors(include_url=False):
        loc, in_union = _user_loc(err["loc"], doc.data, err["type"])
        value = err.get("input")
        if in_union and (
            (err["type"] == "string_type" and isinstance(value, dict))
            or (err["type"] in ("dict_type", "model_type") and isinstance(value, str))
        ):
            continue  # the member of the other shape says what is wrong
        if loc in seen and err["type"] not in ("missing", "extra_forbidden"):
            continue
        if not any(isinstance(p, str) and p == "[key]" for p in err["loc"]):
            seen.add(loc)
        errors.append((loc, err))
    # A mistyped key shows up twice: as an unknown key and as a missing one. Say it once, at
    # the mistyped key, where the user has to change it.
    suggested = {
        (loc[:-1], _closest(str(loc[-1]), _field_names(model, loc[:-1])))
        for loc, err in errors
        if err["type"] == "extra_forbidden"
    }
    for loc, err in errors:
        kind = err["type"]
        if kind == "missing":
            if (loc[:-1], loc[-1]) in suggested:
                continue
            missing = loc[-1]
            yield error(
                f"{_prefix(loc[:-1])}required key `{missing}` is missing",
                doc.locate(loc[:-1]),
                f"add `{missing}:` here" + _described(model, loc, " ({text})"),
            )
        elif kind == "extra_forbidden":
            name = str(loc[-1])
            known = _field_names(model, loc[:-1])
            suggestion = did_you_mean(name, known) or (
                f"allowed keys here: {', '.join(sorted(known))}" if known else "remove this key"
            )
            yield error(
                f"unknown key `{format_keypath(loc)}`", doc.locate(loc, key=True), suggestion
            )
        elif "[key]" in err["loc"]:
            # A mapping key failed its own check: a language tag or a platform name.
            value = err.get("input")
            container = loc[-2] if len(loc) > 1 else ""
            what = "platform" if container in ("platforms", "image_sizes") else "key"
            message, hint = _describe(err, loc, model)
            if kind == "literal_error":
                message = f"unknown {what} `{value}`"
            elif kind.startswith("msgkit_"):
                message = f"{what} `{value}` {message}"
            yield error(f"{_prefix(loc[:-1])}{message}", doc.locate(loc, key=True), hint)
        else:
            message, hint = _describe(err, loc, model)
            yield error(f"{_prefix(loc)}{message}", doc.locate(loc), hint)


def _prefix(keypath: KeyPath) -> str:
    return f"{format_keypath(keypath)}: " if keypath else ""


def _closest(word: str, choices: list[str]) -> str | None:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def _show(value: Any) -> str:
    """A value as the user wrote it, shortened for a one-line message."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:39] + "…"


#: What a pattern-checked field holds, and how to write it: (noun, hint).
_PATTERNS: dict[str, tuple[str, str]] = {
    "id": ("id", "ids use lower-case letters, digits and hyphens, e.g. `week-1`"),
    "time": ("time", "write the time as HH:MM in 24-hour form, e.g. `09:30`"),
    "email": ("e-mail address", "write an address such as `press@example.org`"),
    "colors": ("colour", "write colours as `#RRGGBB`, e.g. `#1D3557`"),
    "image_sizes": ("image size", "write sizes as WIDTHxHEIGHT in pixels, e.g. `1200x675`"),
}


def _describe(err: Any, loc: KeyPath, model: type[BaseModel]) -> tuple[str, str]:
    """pydantic's error in the kit's words: (message, hint), never its `Input should be` jargon."""
    kind: str = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    field = loc[-1] if loc else ""
    described = _described(model, loc)
    if kind.startswith("msgkit_"):
        # The model's own checks (model._problem) already speak the kit's words.
        return str(ctx.get("message", err["msg"])), str(ctx.get("hint", ""))
    if value is None:
        return "has no value", _empty_hint(loc, model)
    if kind in ("dict_type", "model_type"):
        if _is_localized(loc):
            return (
                "must give the text per language",
                "write each language on its own indented line below, e.g. `en: …`",
            )
        shape = "a list" if isinstance(value, list) else f"`{_show(value)}`"
        return (
            f"must be a mapping of `key: value` lines, not {shape}",
            "write its `key: value` lines indented below it",
        )
    if kind == "list_type":
        return "must be a list", "write each item on its own line, starting with `- `"
    if kind == "string_type":
        if isinstance(value, (dict, list)):
            return "must be text", "write one text here, not a list or mapping"
        return "must be text", f'put it in quotes to keep it as text: "{_show(value)}"'
    if kind == "string_too_short":
        return "is empty", "write the text, or remove the key"
    if kind == "string_too_long":
        length = f"{len(value):,} characters long" if isinstance(value, str) else "too long"
        return (
            f"is {length}; at most {ctx.get('max_length'):,} are allowed",
            "shorten it" + (f" ({described})" if described else ""),
        )
    if kind == "string_pattern_mismatch":
        key = next((p for p in reversed(loc) if isinstance(p, str) and p in _PATTERNS), "")
        noun, hint = _PATTERNS.get(key, ("value", described or "see `msgkit schema`"))
        return f"`{_show(value)}` is not a valid {noun}", hint
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return (
            f"`{_show(value)}` is not a whole number",
            described or "write a whole number such as `3`, without quotes",
        )
    if kind in ("float_parsing", "float_type"):
        return (
            f"`{_show(value)}` is not a number",
            described or "write a number such as `12.5`, without quotes or units",
        )
    if kind in ("bool_parsing", "bool_type"):
        return f"`{_show(value)}` is not true or false", "write `true` or `false`"
    bounds = {
        "greater_than": ("greater than", "gt"),
        "greater_than_equal": ("at least", "ge"),
        "less_than": ("less than", "lt"),
        "less_than_equal": ("at most", "le"),
    }
    if kind in bounds:
        words, key = bounds[kind]
        return (
            f"must be {words} {ctx.get(key)}, not {_show(value)}",
            described or f"write a number {words} {ctx.get(key)}",
        )
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        items = "item" if least == 1 else "items"
        how = "`key: value` lines" if isinstance(value, dict) else "lines starting with `- `"
        return f"needs at least {least} {items}", described or f"add them as {how}"
    if kind == "too_long":
        return f"has more than {ctx.get('max_length')} items", described or "remove some items"
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        options = [o.strip(" '") for o in expected.replace(" or ", ",").split(",") if o.strip()]
        if set(options) <= set(PLATFORMS):
            guess = platform_hint(value) if isinstance(value, str) else None
            if guess is not None:
                return f"unknown platform `{value}`", guess
            options = list(PLATFORMS)
            message = f"unknown platform `{_show(value)}`"
        else:
            message = f"`{_show(value)}` is not one of: {', '.join(options)}"
        suggestion = did_you_mean(value, options) if isinstance(value, str) else None
        return message, suggestion or f"use one of: {', '.join(options)}"
    if kind.startswith("date") or kind.startswith("datetime"):
        problem = "has a time of day" if "inexact" in kind else "is not a valid date"
        return f"`{_show(value)}` {problem}", "write dates as YYYY-MM-DD, e.g. `2021-10-18`"
    if kind == "value_error":
        message = str(err["msg"]).removeprefix("Value error, ")
        if "BCP-47" in message:
            fixed = _tag_case(str(value))
            return (
                f"`{_show(value)}` {message}",
                f"write `{fixed}`"
                if fixed != value
                else "a tag is a lower-case language code, then optionally a Script and a "
                "REGION, joined by `-`: `sr-Cyrl`, `pt-BR`",
            )
        if "web address" in message:
            return (
                f"`{_show(value)}` {message}",
                "write it in full, e.g. `https://example.org/page`",
            )
        return message, described or "see `msgkit schema` for what this key accepts"
    message = str(err["msg"])
    message = (
        "must be" + message[len("Input should be") :]
        if message.startswith("Input")
        else (message[:1].lower() + message[1:])
    )
    return message, described or f"see `msgkit schema` for what `{field}` accepts"


def _tag_case(value: str) -> str:
    """A language tag in BCP-47's conventional case and separators: `SR_cyrl` → `sr-Cyrl`."""
    parts = value.replace("_", "-").split("-")
    cased = [parts[0].lower()] + [
        p.title() if len(p) == 4 else p.upper() if len(p) in (2, 3) else p for p in parts[1:]
    ]
    return "-".join(cased)


def _empty_hint(loc: KeyPath, model: type[BaseModel]) -> str:
    if _is_localized(loc):
        return "write each language on its own indented line below, e.g. `en: …`"
    return _described(model, loc, "give it a value: {text}") or "give it a value, or remove the key"


def _is_localized(loc: KeyPath) -> bool:
    """Whether a key path ends at a `{lang: text}` mapping."""
    return bool(loc) and (
        loc[-1] in _LOCALIZED_FIELDS or (len(loc) > 1 and loc[-2] in ("dos", "donts"))
    )


def _described(model: type[BaseModel], loc: KeyPath, template: str = "`{key}`: {text}") -> str:
    """The model's own description of the field at `loc` (e.g. its format), or ''."""
    parent: Any = model
    for part in loc[:-1]:
        parent = _descend(parent, part)
        if parent is None:
            return ""
    inner = _model_in(parent)
    if inner is None or not loc or not isinstance(loc[-1], str):
        return ""
    info = inner.model_fields.get(loc[-1])
    text = (info.description or "").rstrip(".") if info else ""
    if text:
        text = text[:1].lower() + text[1:]
    return template.format(key=loc[-1], text=text) if text else ""


def _field_names(model: type[BaseModel], keypath: KeyPath) -> list[str]:
    """The allowed keys of the model at `keypath`, for did-you-mean on unknown keys."""
    current: Any = model
    for part in keypath:
        current = _descend(current, part)
        if current is None:
            return []
    inner = _model_in(current)
    return list(inner.model_fields) if inner else []


def _descend(tp: Any, part: str | int) -> Any:
    inner = _model_in(tp)
    if inner is not None and isinstance(part, str):
        field = inner.model_fields.get(part)
        return field.annotation if field else None
    origin = typing.get_origin(tp)
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if origin in (list, tuple) and args:
        return args[0]
    if origin is dict and len(args) == 2:
        return args[1]
    if origin in (typing.Union, types.UnionType) or origin is typing.Annotated:
        for arg in args:
            found = _descend(arg, part)
            if found is not None:
                return found
    return None


def _model_in(tp: Any) -> type[BaseModel] | None:
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType) or origin is typing.Annotated:
        for arg in typing.get_args(tp):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


# --- cross-field checks on a parsed kit ------------------------------------------------------


def check_kit(kit: Kit) -> list[Diagnostic]:
    """Checks that span fields or files: languages, ids, hashtags, paths, time zone, sources."""
    found: list[Diagnostic] = []
    campaign = kit.campaign
    kit_src = kit.source
    languages = list(campaign.languages)
    if campaign.default_language not in campaign.languages:
        found.append(
            error(
                f"default_language `{campaign.default_language}` is not one of the kit's languages",
                kit.locate(kit_src, ("default_language",)),
                did_you_mean(campaign.default_language, languages)
                or f"add it under `languages:` or pick one of: {', '.join(languages)}",
            )
        )
    try:
        zoneinfo.ZoneInfo(campaign.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        found.append(
            error(
                f"unknown time zone `{campaign.timezone}`",
                kit.locate(kit_src, ("timezone",)),
                did_you_mean(campaign.timezone, zoneinfo.available_timezones())
                or "use an IANA time zone name such as `Europe/Ljubljana` or `UTC`",
            )
        )
    found.extend(_check_texts(kit, kit_src, campaign.model_dump(mode="json"), ()))
    for area in kit.areas:
        found.extend(_check_texts(kit, area.source, area.content.model_dump(mode="json"), ()))
        found.extend(_check_area_ids(kit, area))
        found.extend(_check_facts(kit, area))
    found.extend(_check_hashtags(kit, kit_src))
    found.extend(_check_tag_lists(kit))
    found.extend(_check_paths(kit, kit_src))
    from msgkit.translate.state import translation_diagnostics

    found.extend(translation_diagnostics(kit))
    return found


_LOCALIZED_FIELDS = LOCALIZED_KEYS - {"dos", "donts"}


def _check_texts(kit: Kit, source: str, data: Any, keypath: KeyPath) -> Iterator[Diagnostic]:
    """Every localized text: known languages only, default present, missing ones fall back."""
    if isinstance(data, list):
        parent = keypath[-1] if keypath else ""
        for i, item in enumerate(data):
            if parent in ("dos", "donts") and isinstance(item, dict):
                yield from _check_localized(kit, source, item, (*keypath, i))
            else:
                yield from _check_texts(kit, source, item, (*keypath, i))
        return
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        path = (*keypath, key)
        if path == ("partners",):
            continue  # a partner's names are in its own languages: `_check_partners`
        if (
            key in _LOCALIZED_FIELDS
            and isinstance(value, dict)
            and value
            and all(isinstance(v, str) for v in value.values())
        ):
            yield from _check_localized(kit, source, value, path)
        elif key != "languages":
            yield from _check_texts(kit, source, value, path)


def _check_localized(
    kit: Kit, source: str, value: dict[str, str], path: KeyPath
) -> Iterator[Diagnostic]:
    campaign = kit.campaign
    langs = list(campaign.languages)
    default = campaign.default_language
    where = format_keypath(path)
    for lang in value:
        if lang not in campaign.languages:
            yield error(
                f"{where}: language `{lang}` is not one of the kit's languages",
                _locate_key(kit, source, (*path, lang)),
                did_you_mean(lang, langs)
                or f"the kit's languages are {', '.join(langs)}; "
                f"to add `{lang}`, list it under `languages:` in kit.yaml",
            )
    if default in campaign.languages and default not in value:
        yield error(
            f"{where}: the default language `{default}` is missing",
            kit.locate(source, path),
            f"add `{default}: …`; every text needs the default language",
        )
        return
    for lang in langs:
        if lang not in value:
            yield warning(
                f"{where}: no `{lang}` translation; the `{default}` text is used instead",
                kit.locate(source, path),
                f"add `{lang}: …` (this warning is an error under --strict)",
            )


def _locate_key(kit: Kit, source: str, keypath: KeyPath) -> SourceLocation:
    """Where a key itself (not its value) is written: for problems with the key's name."""
    doc = kit.documents.get(source)
    return doc.locate(keypath, key=True) if doc else kit.locate(source, keypath)


def _check_area_ids(kit: Kit, area: Area) -> Iterator[Diagnostic]:
    content = area.content
    for section in ("key_messages", "facts", "calls_to_action", "posts"):
        seen: dict[str, int] = {}
        for i, item in enumerate(getattr(content, section)):
            if item.id in seen:
                yield error(
                    f"{section}[{i}]: id `{item.id}` is already used by {section}[{seen[item.id]}]",
                    kit.locate(area.source, (section, i, "id")),
                    "ids must be unique within an area's section: rename one of them",
                )
            else:
                seen[item.id] = i


def _check_facts(kit: Kit, area: Area) -> Iterator[Diagnostic]:
    for i, fact in enumerate(area.content.facts):
        if fact.source is None:
            has_number = any(
                ch.isdigit() for ch in kit.text(fact.text, kit.campaign.default_language)
            )
            what = "a statistic" if has_number else "a fact"
            yield warning(
                f"facts[{i}] `{fact.id}` is {what} without a source",
                kit.locate(area.source, ("facts", i)),
                "add `source: {title: …, url: https://…}` so partners can cite it",
            )


def _check_hashtags(kit: Kit, kit_src: str) -> Iterator[Diagnostic]:
    registry = kit.campaign.hashtags
    seen: dict[str, int] = {}
    doc = kit.documents.get(kit_src)
    for i, entry in enumerate(registry):
        tag = entry.tag
        problem = hashtag_syntax_problem(tag.removeprefix("#"))
        spoof = hashtag_spoof(tag)
        if spoof is not None:
            yield error(
                f"hashtags[{i}]: `{tag}` {spoof[0]}",
                kit.locate(kit_src, ("hashtags", i, "tag")),
                spoof[1],
            )
        elif tag.startswith("#"):
            yield error(
                f"hashtags[{i}]: write `{tag[1:]}` without the `#`",
                kit.locate(kit_src, ("hashtags", i, "tag")),
                "msgkit adds the `#` itself",
            )
        elif problem:
            joined = "".join(ch for ch in tag if ch.isalnum() or ch == "_")
            yield error(
                f"hashtags[{i}]: `#{tag}` is not a valid hashtag: {problem}",
                kit.locate(kit_src, ("hashtags", i, "tag")),
                f"write it as one word, e.g. `{joined}`"
                if joined and not joined.isdigit()
                else "a hashtag needs a letter, e.g. `EUAntiTraffickingDay2021`",
            )
        key = tag.lower()
        if key in seen:
            typed = doc.as_typed.get(("hashtags", i, "tag")) if doc else None
            first = doc.as_typed.get(("hashtags", seen[key], "tag")) if doc else None
            how = ""
            if (typed is None) != (first is None):
                decomposed = typed or first or ""
                marks = [ch for ch in decomposed if unicodedata.combining(ch)]
                how = (
                    f" (one of the two is typed in decomposed form, with {code_point(marks[0])}"
                    ", which reads the same)"
                    if marks
                    else " (one of the two is typed in another Unicode form)"
                )
            yield error(
                f"hashtags[{i}]: `#{tag}` is already registered as hashtags[{seen[key]}]{how}",
                kit.locate(kit_src, ("hashtags", i, "tag")),
                "register each hashtag once, in its canonical spelling",
            )
        else:
            seen[key] = i
        if entry.lang is not None and entry.lang not in kit.campaign.languages:
            yield error(
                f"hashtags[{i}]: language `{entry.lang}` is not one of the kit's languages",
                kit.locate(kit_src, ("hashtags", i, "lang")),
                did_you_mean(entry.lang, kit.campaign.languages)
                or "use one of the kit's languages",
            )
    yield from _check_partners(kit, kit_src)


def _check_partners(kit: Kit, kit_src: str) -> Iterator[Diagnostic]:
    """Each partner's languages, time zone and names, located, all at once (logos: see
    `_check_paths`)."""
    languages = kit.campaign.languages
    for partner_i, partner in enumerate(kit.campaign.partners):
        where = f"partners[{partner_i}] (`{partner.id}`)"
        for lang_i, lang in enumerate(partner.languages):
            if lang not in languages:
                yield error(
                    f"{where}: language `{lang}` is not one of the kit's languages",
                    kit.locate(kit_src, ("partners", partner_i, "languages", lang_i)),
                    did_you_mean(lang, languages) or "use one of the kit's languages",
                )
        if partner.timezone is not None:
            try:
                zoneinfo.ZoneInfo(partner.timezone)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                yield error(
                    f"{where}: unknown time zone `{partner.timezone}`",
                    kit.locate(kit_src, ("partners", partner_i, "timezone")),
                    did_you_mean(partner.timezone, zoneinfo.available_timezones())
                    or "use an IANA time zone name such as `Europe/Sofia`, or leave it out "
                    "for the kit's own zone",
                )
        names: list[tuple[tuple[str, ...], str | dict[str, str] | None]] = [
            (("name",), partner.name),
            (("short_name",), partner.short_name),
        ]
        if partner.contact is not None and partner.contact.name is not None:
            names.append((("contact", "name"), partner.contact.name))
        for keys, value in names:
            if not isinstance(value, dict):
                continue
            keypath: tuple[str | int, ...] = ("partners", partner_i, *keys)
            shown = format_keypath(keypath)
            for lang in value:
                if lang not in languages:
                    yield error(
                        f"{shown}: language `{lang}` is not one of the kit's languages",
                        _locate_key(kit, kit_src, (*keypath, lang)),
                        did_you_mean(lang, languages) or "use one of the kit's languages",
                    )
            # Shown only in the partner's own editions: those are the languages it needs.
            for lang in partner.languages:
                if lang not in value and lang in languages:
                    other = next(iter(value))
                    yield warning(
                        f"{shown}: no `{lang}` text, though `{partner.id}` gets a `{lang}` "
                        f"pack; the `{other}` text is used instead",
                        kit.locate(kit_src, keypath),
                        f"add `{lang}: …` (this warning is an error under --strict)",
                    )


def _check_tag_lists(kit: Kit) -> Iterator[Diagnostic]:
    """Area and post `hashtags:` lists: no look-alike, invisible or fullwidth characters."""
    for area in kit.areas:
        places: list[tuple[KeyPath, list[str]]] = [(("hashtags",), area.content.hashtags)]
        places += [
            (("posts", i, "hashtags"), post.hashtags) for i, post in enumerate(area.content.posts)
        ]
        for keypath, tags in places:
            for j, tag in enumerate(tags):
                spoof = hashtag_spoof(tag)
                if spoof is not None:
                    yield error(
                        f"{format_keypath((*keypath, j))}: `{tag}` {spoof[0]}",
                        kit.locate(area.source, (*keypath, j)),
                        spoof[1],
                    )


#: Scripts whose letters look alike: a tag mixing them is a spoof or a keyboard accident.
_LOOKALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def hashtag_spoof(tag: str) -> tuple[str, str] | None:
    """Why a hashtag would look like another one but not be it: (problem, hint), or None.

    A fullwidth `＃`, an invisible character (a zero-width joiner), or letters of two
    look-alike scripts in one tag (`OurCampаign` with a Cyrillic `а`). Each names the code point.
    """
    if tag[:1] in ("\uff03", "\ufe5f"):
        return (
            f"starts with {code_point(tag[0])}, not the `#` platforms link",
            "write the tag without any `#`; msgkit adds the `#` itself",
        )
    for ch in tag:
        if unicodedata.category(ch) == "Cf":
            return (
                f"contains the invisible character {code_point(ch)}",
                "delete it: the tag would look like the real one but be another tag",
            )
    scripts: dict[str, list[str]] = {}
    for ch in tag:
        if ch.isalpha():
            script = unicodedata.name(ch, "").split(" ")[0]
            if script in _LOOKALIKE_SCRIPTS:
                scripts.setdefault(script, []).append(ch)
    if len(scripts) > 1:
        main = max(scripts, key=lambda k: len(scripts[k]))
        odd = next(chars[0] for script, chars in scripts.items() if script != main)
        return (
            f"mixes {main.title()} letters with {code_point(odd)}, which looks like a "
            f"{main.title()} letter",
            f"retype the tag on a {main.title()} keyboard layout",
        )
    return None


def _check_paths(kit: Kit, kit_src: str) -> Iterator[Diagnostic]:
    campaign = kit.campaign
    refs: list[tuple[str, KeyPath, str | None, str]] = [
        (kit_src, ("brand", "logo"), campaign.brand.logo, "logo"),
        (kit_src, ("outputs", "deck_template"), campaign.outputs.deck_template, "deck template"),
    ]
    refs += [
        (kit_src, ("partners", i, "logo"), partner.logo, "logo")
        for i, partner in enumerate(campaign.partners)
    ]
    for area in kit.areas:
        for i, post in enumerate(area.content.posts):
            if post.image is not None:
                refs.append((area.source, ("posts", i, "image", "src"), post.image.src, "image"))
    for source, keypath, value, what in refs:
        if value is None:
            continue
        path, problem = resolve_asset(kit.root, value)
        if problem:
            yield error(
                f"{format_keypath(keypath)}: {what} {problem[0]}",
                kit.locate(source, keypath),
                problem[1],
            )
        elif path is not None and what != "deck template" and not _is_raster_image(path):
            yield error(
                f"{format_keypath(keypath)}: {what} `{value}` is not a PNG or JPEG image",
                kit.locate(source, keypath),
                "export it as PNG (or JPEG for photos); SVG and other formats cannot be used",
            )
        elif path is not None and what != "deck template":
            problem = image_problem(path)
            if problem is not None:
                yield error(
                    f"{format_keypath(keypath)}: {what} `{value}` {problem[0]}",
                    kit.locate(source, keypath),
                    problem[1],
                )


#: The first bytes of the image files the outputs can embed.
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def _is_raster_image(path: Path) -> bool:
    """Whether a file starts like a PNG or JPEG; read cheaply, without an image library."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return head.startswith(_IMAGE_SIGNATURES)
