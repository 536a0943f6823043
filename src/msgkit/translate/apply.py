"""`msgkit translate import`: translators' files back into the kit, checked as if typed in it.

Two phases, like a build: first read every file, match every row to a text of the kit, and
validate the would-be kit (a copy with the new texts) with the kit's own checks; only when
nothing is wrong are the YAML files and the lock rewritten, each atomically.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from msgkit.errors import (
    Diagnostic,
    Level,
    MsgkitError,
    SourceLocation,
    display_path,
    error,
)
from msgkit.model import Kit
from msgkit.translate.entry import ImportFile, ImportRow
from msgkit.translate.state import LOCK_FILE, LockEntry, Recorded, read_lock, render_lock
from msgkit.translate.units import TextUnit, source_hash, text_units


@dataclass
class Change:
    """One imported text: where it goes, what it says and what it was translated from."""

    unit: TextUnit
    lang: str
    text: str
    state: Recorded
    hash: str
    row: ImportRow


@dataclass
class ImportReport:
    """What an import did: texts changed, confirmed (recorded as translating the current source),
    newly reviewed without a change, unchanged, skipped; and the warnings of the texts it wrote."""

    written: list[str] = field(default_factory=list)
    changed: int = 0
    reviewed: int = 0
    confirmed: int = 0
    unchanged: int = 0
    skipped: int = 0
    warnings: list[Diagnostic] = field(default_factory=list)


def read_file(path: Path, *, reviewed: bool) -> ImportFile:
    """A translator's file, by its extension: `.xlf`/`.xliff`, `.po` or `.xlsx`."""
    shown = display_path(path)
    if not path.is_file():
        raise MsgkitError(
            [
                error(
                    "the file does not exist",
                    SourceLocation(shown),
                    "give the path of a file written by `msgkit translate export`",
                )
            ]
        )
    suffix = path.suffix.lower()
    if suffix in (".xlf", ".xliff"):
        from msgkit.translate.xliff import read_xliff

        return read_xliff(path, shown)
    if suffix == ".po":
        from msgkit.translate.po import read_po

        return read_po(path, shown, reviewed=reviewed)
    if suffix == ".xlsx":
        from msgkit.translate.xlsx import read_xlsx

        return read_xlsx(path, shown)
    raise MsgkitError(
        [
            error(
                f"msgkit cannot import `{suffix or path.name}` files",
                SourceLocation(shown),
                "import an XLIFF (.xlf), PO (.po) or Excel (.xlsx) file",
            )
        ]
    )


def import_translations(
    kit: Kit, paths: list[Path], *, accept_stale: bool = False, reviewed: bool = False
) -> ImportReport:
    """Write the translations of `paths` into the kit; raise MsgkitError (writing nothing) on
    any problem: an unknown text, a file made from an older source, a text the kit refuses."""
    from msgkit.validate import format_keypath

    units = {u.id: u for u in text_units(kit)}
    lock, lock_problems = read_lock(kit.root, display_path(kit.root / LOCK_FILE))
    problems: list[Diagnostic] = list(lock_problems)
    default = kit.campaign.default_language
    report = ImportReport()
    changes: dict[tuple[str, str], Change] = {}
    for path in paths:
        try:
            parsed = read_file(path, reviewed=reviewed)
        except MsgkitError as exc:
            problems += exc.diagnostics
            continue
        shown = display_path(path)
        lang = parsed.lang
        if lang is None or lang not in kit.campaign.languages or lang == default:
            what = "names no language" if not lang else f"is in `{lang}`"
            problems.append(
                error(
                    f"the file {what}, which is not a translation language of the kit",
                    SourceLocation(shown, 1, 1) if not shown.endswith(".xlsx") else None,
                    "the kit translates "
                    + ", ".join(code for code in kit.languages if code != default)
                    + f" from `{default}`",
                )
            )
            continue
        for row in parsed.rows:
            unit = units.get(row.id)
            if unit is None:
                problems.append(
                    error(
                        f"`{row.id}` is not a text of this kit",
                        row.location,
                        "the text was removed or the file comes from another kit; export "
                        "the file again",
                    )
                )
                continue
            current = unit.translations.get(lang)
            target = row.target.strip()
            if row.claim == "skip" or not target:
                report.skipped += 1
                continue
            if row.claim == "changed" and target == current:
                report.unchanged += 1
                continue
            stale = source_hash(row.source) != source_hash(unit.source_text)
            if stale and not accept_stale:
                problems.append(
                    error(
                        f"{format_keypath((*unit.keypath, lang))}: the `{default}` text changed "
                        "since this file was exported; the translation was made for the old one",
                        row.location,
                        "export the file again and translate the new text, or import with "
                        "--accept-stale to take it as a stale translation",
                    )
                )
                continue
            state: Recorded = "reviewed" if row.claim == "reviewed" else "translated"
            origin = source_hash(row.source)
            changes[(unit.id, lang)] = Change(unit, lang, target, state, origin, row)
    if problems:
        raise MsgkitError(problems)
    new_lock = dict(lock)
    edits: dict[str, list[Change]] = {}
    for (uid, lang), change in changes.items():
        old = lock.get((uid, lang))
        entry = LockEntry(change.hash, change.state)
        if change.text != change.unit.translations.get(lang):
            edits.setdefault(change.unit.source, []).append(change)
            report.changed += 1
        elif old is not None and (old.source_hash, old.state) == (entry.source_hash, entry.state):
            report.unchanged += 1
        elif change.state == "reviewed":
            report.reviewed += 1
        else:
            report.confirmed += 1
        new_lock[(uid, lang)] = entry
    texts = _edited_texts(kit, edits)
    lock_text = render_lock(new_lock)
    report.warnings = _validate(kit, texts, lock_text, edits)
    if lock_text != _read(kit.root / LOCK_FILE):
        texts[kit.root / LOCK_FILE] = lock_text
    for path, text in texts.items():
        _write(path, text)
        report.written.append(display_path(path))
    return report


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _source_path(source: str) -> Path:
    return Path(source) if Path(source).is_absolute() else Path.cwd() / source


def _edited_texts(kit: Kit, edits: dict[str, list[Change]]) -> dict[Path, str]:
    from msgkit.translate.yamledit import NotRoundTrippable, edit_yaml

    out: dict[Path, str] = {}
    problems = []
    for source, changes in edits.items():
        path = _source_path(source)
        text = path.read_text(encoding="utf-8")
        try:
            out[path] = edit_yaml(
                text, [(c.unit.keypath, c.lang, c.text) for c in changes], kit.languages
            )
        except NotRoundTrippable:
            problems.append(
                error(
                    "msgkit cannot change this file without reformatting it",
                    SourceLocation(source),
                    "its indentation is unusual; indent mappings by 2 and list items by 2 or 4 "
                    "spaces, then import again",
                )
            )
    if problems:
        raise MsgkitError(problems)
    return out


def _validate(
    kit: Kit, texts: dict[Path, str], lock_text: str, edits: dict[str, list[Change]]
) -> list[Diagnostic]:
    """Check the would-be kit; raise with its errors, located in the imported files where they
    concern an imported text; return its warnings about imported texts."""
    from msgkit.check import default_options, diagnose
    from msgkit.load import read_yaml

    default = kit.campaign.default_language
    with tempfile.TemporaryDirectory(prefix="msgkit-import-") as tmp:
        copy = Path(tmp) / kit.root.name
        shutil.copytree(
            kit.root, copy, ignore=shutil.ignore_patterns("translations", ".git", "dist")
        )
        spans: list[tuple[str, int, int, Change]] = []
        for path, text in texts.items():
            rel = path.resolve().relative_to(kit.root)
            target = copy / rel
            target.write_text(text, encoding="utf-8")
            doc, _ = read_yaml(target, display_path(target))
            if doc is None:
                continue
            lines = text.splitlines()
            for change in edits.get(_source_of(kit, path), []):
                key = doc.locate((*change.unit.keypath, change.lang), key=True)
                spans.append(
                    (display_path(target), key.line, _end_line(lines, key.line, key.col), change)
                )
        (copy / LOCK_FILE).write_text(lock_text, encoding="utf-8")
        # What `check` runs: every builder's lint, and the preflight (cards, fonts' glyphs) of
        # the languages the import touches; the other languages' texts did not change.
        langs = tuple(sorted({c.lang for changes in edits.values() for c in changes}))
        options = replace(default_options(kit, strict=False), languages=langs or (default,))
        _copy_kit, found = diagnose(copy, options=options)
        diagnostics = found.sorted()
        prefix = display_path(copy)
    real = display_path(kit.root)
    errors: list[Diagnostic] = []
    warnings: list[Diagnostic] = []
    for d in diagnostics:
        mapped = _mapped(d, spans, prefix, real, kit)
        if mapped is None:
            continue
        (errors if d.level is Level.ERROR else warnings).append(mapped)
    if errors:
        raise MsgkitError(errors)
    return warnings


def _source_of(kit: Kit, path: Path) -> str:
    for source in kit.documents:
        if _source_path(source).resolve() == path.resolve():
            return source
    return ""


def _end_line(lines: list[str], start: int, key_col: int) -> int:
    """The last line of the value whose key is at (start, key_col): up to the next line that
    is indented no deeper than the key."""
    end = start
    for n in range(start, len(lines)):
        line = lines[n]
        if line.strip() and len(line) - len(line.lstrip(" ")) < key_col:
            break
        end = n + 1
    return end


def _mapped(
    d: Diagnostic,
    spans: list[tuple[str, int, int, Change]],
    prefix: str,
    real: str,
    kit: Kit,
) -> Diagnostic | None:
    """A would-be kit's diagnostic, moved to the imported file when it is about an imported
    text; other warnings are not the import's business (None), other errors keep a kit path."""
    from msgkit.validate import format_keypath

    loc = d.location
    for shown, start, end, change in spans:
        if loc is not None and loc.path == shown and start <= loc.line <= end:
            goes = kit.locate(change.unit.source, (*change.unit.keypath, change.lang))
            where = format_keypath((*change.unit.keypath, change.lang))
            hint = f"{d.hint + '; ' if d.hint else ''}the text goes to {goes.path}:{goes.line}"
            message = d.message if d.message.startswith(where) else f"{where}: {d.message}"
            return Diagnostic(d.level, message, change.row.location, hint)
    if d.level is not Level.ERROR:
        return None
    if loc is not None and loc.path.startswith(prefix):
        loc = SourceLocation(real + loc.path[len(prefix) :], loc.line, loc.col)
    return Diagnostic(d.level, d.message, loc, d.hint)


def _write(path: Path, text: str) -> None:
    """Replace a file atomically: a half-written kit file would be worse than none."""
    tmp = path.with_name(f".{path.name}.msgkit-tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
