"""Diagnostics: what went wrong, where in the kit, and what to do about it."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path


class Level(StrEnum):
    """How serious a diagnostic is; errors stop a build, warnings do not (unless --strict)."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class SourceLocation:
    """A place in a kit file: 1-based line and column, as editors show them."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.path
        return f"{self.path}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in a kit: `file:line:col: level: message` plus a hint line."""

    level: Level
    message: str
    location: SourceLocation | None = None
    hint: str | None = None

    def __post_init__(self) -> None:
        # Kit text echoed in a message must not drive the terminal (colours, cursor moves,
        # hidden lines): control characters are shown as escapes, whatever the kit holds.
        object.__setattr__(self, "message", printable(self.message))
        if self.hint is not None:
            object.__setattr__(self, "hint", printable(self.hint))

    def render(self) -> str:
        """The diagnostic as the user reads it, hint on its own indented line."""
        where = f"{self.location}: " if self.location else ""
        text = f"{where}{self.level.value}: {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text

    def to_json(self) -> dict[str, object]:
        """The diagnostic as plain JSON for `--json` output."""
        loc = self.location
        return {
            "level": self.level.value,
            "message": self.message,
            "hint": self.hint,
            "file": loc.path if loc else None,
            "line": loc.line if loc else None,
            "col": loc.col if loc else None,
        }


#: Format characters that reorder or hide text on screen (bidirectional overrides, invisible
#: joiners): shown as escapes in messages, so what a message quotes is what the file holds.
_HIDDEN = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u2028", "\u2029"} | {
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def printable(text: str) -> str:
    """`text` with control and hidden characters written as `\\x1b` / `\\u200d` escapes."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if unicodedata.category(ch) == "Cc" or ch in _HIDDEN:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def code_point(ch: str) -> str:
    """`U+001B (ESCAPE)`: a character named so a user can find it in any editor."""
    name = unicodedata.name(ch, "") or _CONTROL_NAMES.get(ch, "a control character")
    return f"U+{ord(ch):04X} ({name})"


_CONTROL_NAMES = {
    "\x00": "NULL",
    "\t": "TAB",
    "\n": "LINE FEED",
    "\v": "VERTICAL TAB",
    "\f": "FORM FEED",
    "\r": "CARRIAGE RETURN",
    "\x1b": "ESCAPE",
    "\x7f": "DELETE",
    "\x85": "NEXT LINE",
}


def error(
    message: str, location: SourceLocation | None = None, hint: str | None = None
) -> Diagnostic:
    """Shorthand for an error diagnostic."""
    return Diagnostic(Level.ERROR, message, location, hint)


def warning(
    message: str, location: SourceLocation | None = None, hint: str | None = None
) -> Diagnostic:
    """Shorthand for a warning diagnostic."""
    return Diagnostic(Level.WARNING, message, location, hint)


@dataclass
class Diagnostics:
    """An ordered, de-duplicated collection of diagnostics gathered across a whole run.

    Under `strict` (`--strict`), warnings are recorded as errors, so the output says what it
    means: a run that fails on a missing translation calls it an error and counts it as one.
    """

    items: list[Diagnostic] = field(default_factory=list)
    strict: bool = False
    _seen: set[Diagnostic] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._seen = set(self.items)

    def add(self, diagnostic: Diagnostic) -> None:
        if self.strict and diagnostic.level is Level.WARNING:
            diagnostic = replace(diagnostic, level=Level.ERROR)
        if diagnostic not in self._seen:
            self._seen.add(diagnostic)
            self.items.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        for d in diagnostics:
            self.add(d)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level is Level.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level is Level.WARNING]

    def failed(self, strict: bool = False) -> bool:
        """True when the run must stop: any error, or any warning under --strict."""
        return bool(self.errors) or (strict and bool(self.warnings))

    def sorted(self) -> list[Diagnostic]:
        """Diagnostics in file/line order, so output reads top to bottom like the kit."""

        def key(d: Diagnostic) -> tuple[str, int, int]:
            loc = d.location or SourceLocation("")
            return (loc.path, loc.line, loc.col)

        return sorted(self.items, key=key)


class MsgkitError(Exception):
    """A user-facing failure carrying every diagnostic found; the CLI prints them and exits 1."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = list(diagnostics)
        super().__init__("\n".join(d.render() for d in self.diagnostics))


class CommitError(MsgkitError):
    """A build failed while moving its files into place (a full disk, a read-only folder).

    Unlike every earlier failure, some files may already be new: the manifest claims only
    files it has verified, so the next build finds and redoes the rest.
    """


class UsageError(MsgkitError):
    """The command line names something that does not exist (a language, format, platform).

    The CLI exits 2 for it, as for any other mistake in the command line itself.
    """


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """A `did you mean …?` hint for a mistyped name, or None when nothing is close."""
    options = sorted(set(choices))
    lowered = {c.lower(): c for c in options}
    if word.lower() in lowered and lowered[word.lower()] != word:
        return f"did you mean `{lowered[word.lower()]}`?"
    close = difflib.get_close_matches(word, options, n=1, cutoff=cutoff)
    if close:
        return f"did you mean `{close[0]}`?"
    return None


def display_path(path: Path, base: Path | None = None) -> str:
    """A path as the user typed it: relative to the working folder where possible, POSIX style."""
    base = base or Path.cwd()
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
