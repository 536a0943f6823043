"""Translation states and `translations.lock`: what each translation translates, and its review.

One line per (text, language), sorted, so that hand edits and git merges stay line-local:

    areas/week-1.yaml#posts[launch].text sl 3f2a9c1b7e04 reviewed

The third field is `source_hash` of the default-language text the translation was made from;
when the default text changes, the hash no longer matches and the translation is *stale*.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from msgkit.errors import Diagnostic, SourceLocation, error, warning
from msgkit.load import KeyPath
from msgkit.model import Kit
from msgkit.translate.units import TextUnit, source_hash, text_units

LOCK_FILE = "translations.lock"

State = Literal["new", "translated", "reviewed", "stale"]
Recorded = Literal["translated", "reviewed"]

_HEADER = (
    "# msgkit translations lock: which source text each translation was made from.\n"
    "# One line per text and language, sorted: <file>#<key path> <lang> <source hash> "
    "<translated|reviewed>\n"
    "# Written by `msgkit translate import` and `msgkit translate lock`; a reviewer may change\n"
    "# `translated` to `reviewed` by hand. A hash that no longer matches the source text marks\n"
    "# the translation stale.\n"
)


@dataclass(frozen=True)
class LockEntry:
    """One translation's record: the hash of the source it translates, and its review state."""

    source_hash: str
    state: Recorded
    line: int = 0


Lock = dict[tuple[str, str], LockEntry]


def read_lock(root: Path, display: str | None = None) -> tuple[Lock, list[Diagnostic]]:
    """The kit's lock (empty when there is none) and a located error per unreadable line."""
    path = root / LOCK_FILE
    shown = display or LOCK_FILE
    lock: Lock = {}
    problems: list[Diagnostic] = []
    if not path.is_file():
        return lock, problems
    text = path.read_text(encoding="utf-8", errors="replace")
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if (
            len(parts) != 4
            or parts[3] not in ("translated", "reviewed")
            or len(parts[2]) != 12
            or any(c not in "0123456789abcdef" for c in parts[2])
        ):
            problems.append(
                error(
                    "cannot read this line of the translations lock",
                    SourceLocation(shown, n, 1),
                    "each line is `<file>#<key path> <lang> <12 hex digits> translated|reviewed`; "
                    "fix it, or delete it and run `msgkit translate lock`",
                )
            )
            continue
        state: Recorded = "reviewed" if parts[3] == "reviewed" else "translated"
        lock[(parts[0], parts[1])] = LockEntry(parts[2], state, n)
    return lock, problems


def render_lock(lock: Mapping[tuple[str, str], LockEntry]) -> str:
    """The lock file's text: header, then one sorted line per entry."""
    lines = [f"{uid} {lang} {e.source_hash} {e.state}" for (uid, lang), e in lock.items()]
    return _HEADER + "".join(f"{line}\n" for line in sorted(lines))


def state_of(unit: TextUnit, lang: str, lock: Mapping[tuple[str, str], LockEntry]) -> State:
    """A translation's state: missing → new; its source changed → stale; else as recorded.

    A translation without a lock line (typed by hand, never imported or locked) counts as
    `translated`: msgkit cannot know what it was made from until `msgkit translate lock`.
    """
    if lang not in unit.translations:
        return "new"
    entry = lock.get((unit.id, lang))
    if entry is None:
        return "translated"
    if entry.source_hash != source_hash(unit.source_text):
        return "stale"
    return entry.state


def translation_states(kit: Kit) -> dict[tuple[str, KeyPath, str], State]:
    """The state of every text in every language but the default, for the outputs to mark.

    Keys are `(source_file, keypath, lang)`, as a `KitText` has them: `source_file` is the
    display path of the kit file (`KitText.source`), `keypath` the index-based key path of the
    translation itself, ending in `lang` (`KitText.keypath`, e.g. `("posts", 2, "text", "sl")`).
    Every text and every language but the default has an entry. Values are `new` (no
    translation: outputs show the default language), `translated`, `reviewed` or `stale`
    (the default-language text changed since the translation was made).
    """
    lock, _problems = read_lock(kit.root)
    default = kit.campaign.default_language
    states: dict[tuple[str, KeyPath, str], State] = {}
    for unit in text_units(kit):
        for lang in kit.languages:
            if lang != default:
                states[(unit.source, (*unit.keypath, lang), lang)] = state_of(unit, lang, lock)
    return states


def locked(
    lock: Mapping[tuple[str, str], LockEntry],
    units: Iterable[TextUnit],
    langs: Iterable[str],
    *,
    reviewed: bool = False,
) -> Lock:
    """`lock` plus a line for every translation that has none, recording its current source.

    Lines of texts that no longer exist are dropped.
    """
    units = list(units)
    out: Lock = {}
    wanted = set(langs)
    ids = {u.id for u in units}
    for key, entry in lock.items():
        if key[0] in ids:
            out[key] = entry
    for unit in units:
        for lang in unit.translations:
            if lang in wanted and (unit.id, lang) not in out:
                state: Recorded = "reviewed" if reviewed else "translated"
                out[(unit.id, lang)] = LockEntry(source_hash(unit.source_text), state)
    return out


def translation_diagnostics(kit: Kit) -> list[Diagnostic]:
    """Stale translations (warnings, at the translation), lock lines that cannot be read, and
    a language declared `approved` while some of its texts are stale or unreviewed."""
    if not (kit.root / LOCK_FILE).is_file():
        return []
    shown = _lock_display(kit)
    lock, found = read_lock(kit.root, shown)
    default = kit.campaign.default_language
    units = text_units(kit)
    unreviewed: dict[str, int] = {}
    stale: dict[str, int] = {}
    from msgkit.validate import format_keypath

    for unit in units:
        for lang in kit.languages:
            if lang == default:
                continue
            state = state_of(unit, lang, lock)
            if state == "stale":
                stale[lang] = stale.get(lang, 0) + 1
                found.append(
                    warning(
                        f"{format_keypath((*unit.keypath, lang))}: the `{default}` text changed "
                        "since this translation was made; it may be out of date",
                        kit.locate(unit.source, (*unit.keypath, lang)),
                        f"update the `{lang}` text to the new `{default}` one (or confirm it "
                        f"is still right) and import it with `msgkit translate import`, or run "
                        f"`msgkit translate lock --lang {lang} --confirm-stale`",
                    )
                )
            elif state != "reviewed":
                unreviewed[lang] = unreviewed.get(lang, 0) + 1
    for lang, spec in kit.campaign.languages.items():
        if lang == default or spec.status != "approved":
            continue
        problems = []
        if stale.get(lang):
            problems.append(f"{stale[lang]} stale")
        if unreviewed.get(lang):
            problems.append(f"{unreviewed[lang]} unreviewed")
        if problems:
            found.append(
                warning(
                    f"language `{lang}` is marked approved, but it has "
                    f"{' and '.join(problems)} texts",
                    kit.locate(kit.source, ("languages", lang, "status")),
                    "a language is approved when every text is reviewed and none is stale: "
                    "review them (`msgkit translate status` lists them), or set `status: draft`",
                )
            )
    return found


def _lock_display(kit: Kit) -> str:
    from msgkit.errors import display_path

    return display_path(kit.root / LOCK_FILE)


def lock_kit(
    kit: Kit, langs: Iterable[str] | None = None, *, confirm_stale: bool = False
) -> tuple[Path, int]:
    """Write the kit's lock with a line for every translation of `langs` (default: all) that
    has none, and with `confirm_stale` also re-record stale ones; returns the path and count."""
    lock, problems = read_lock(kit.root, _lock_display(kit))
    if problems:
        from msgkit.errors import MsgkitError

        raise MsgkitError(problems)
    default = kit.campaign.default_language
    wanted = [lang for lang in (langs or kit.languages) if lang != default]
    units = text_units(kit)
    if confirm_stale:
        for unit in units:
            for lang in wanted:
                entry = lock.get((unit.id, lang))
                if entry is not None and state_of(unit, lang, lock) == "stale":
                    lock[(unit.id, lang)] = LockEntry(source_hash(unit.source_text), entry.state)
    before = {k: v.source_hash for k, v in lock.items()}
    new = locked(lock, units, wanted)
    added = sum(1 for k, v in new.items() if before.get(k) != v.source_hash)
    path = kit.root / LOCK_FILE
    path.write_text(render_lock(new), encoding="utf-8")
    return path, added
