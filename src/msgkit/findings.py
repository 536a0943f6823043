"""Warnings found while rendering a target: kept in the manifest, said again while it is current.

Some findings exist only once a file is laid out (an area fact sheet that needs more pages than
one double-sided sheet). `msgkit check` lays the files out to find them; `msgkit build` finds
them in the rendering it does anyway, instead of laying everything out twice. A target that a
later build finds up to date is not rendered again, so its findings are kept with it in the
manifest and said again: every build of the same kit says the same warnings, and `build
--strict` refuses a kit that `check --strict` refuses, whether or not anything was rebuilt.

A finding keeps where it points as a kit file and key path, not as a line number: it is
located again when it is said, so an edit elsewhere in the file (a comment added above) that
leaves the target up to date still points at the right line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from msgkit.errors import Diagnostic, Level

if TYPE_CHECKING:
    from msgkit.load import KeyPath
    from msgkit.model import Kit


@dataclass(frozen=True)
class Finding:
    """One warning of one target: what, where (kit file and key path in it) and what to do."""

    message: str
    #: The kit file's display path (`Kit.locate`'s `source`).
    source: str
    keypath: KeyPath
    hint: str | None = None

    def diagnostic(self, kit: Kit) -> Diagnostic:
        """The finding as a warning located in the kit as it is now."""
        where = kit.locate(self.source, self.keypath)
        return Diagnostic(Level.WARNING, self.message, where, self.hint)

    def to_json(self) -> dict[str, Any]:
        """The manifest's record of the finding (plain JSON)."""
        return {
            "message": self.message,
            "source": self.source,
            "keypath": list(self.keypath),
            "hint": self.hint,
        }

    @classmethod
    def from_json(cls, record: object) -> Finding | None:
        """A finding read back from a manifest; None for a record that is not one (a manifest
        edited by hand or by another version is never trusted to be well formed)."""
        if not isinstance(record, dict):
            return None
        message, source = record.get("message"), record.get("source")
        keypath, hint = record.get("keypath"), record.get("hint")
        if not (isinstance(message, str) and isinstance(source, str)):
            return None
        if not isinstance(keypath, list) or not all(
            isinstance(k, str | int) and not isinstance(k, bool) for k in keypath
        ):
            return None
        if hint is not None and not isinstance(hint, str):
            return None
        return cls(message, source, tuple(keypath), hint)


def replay(kit: Kit, records: object) -> list[Diagnostic]:
    """The warnings kept in a manifest target's `findings`, located in the kit as it is now."""
    if not isinstance(records, list):
        return []
    found = (Finding.from_json(record) for record in records)
    return [finding.diagnostic(kit) for finding in found if finding is not None]
