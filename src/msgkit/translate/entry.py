"""What the exporters write and the importers read back: one row per text, format-neutral."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from msgkit.errors import SourceLocation

#: What an imported row asks for: leave the text alone (`skip`: a PO entry still `fuzzy`), take
#: it only if its text differs from the kit's (`changed`: the row still said new/stale, so an
#: unchanged text confirms nothing), or take it as translated or as reviewed.
Claim = Literal["skip", "changed", "translated", "reviewed"]


@dataclass
class ExportRow:
    """One text as a translator's file shows it."""

    id: str
    source: str
    target: str
    state: str  # new / translated / reviewed / stale
    context: str
    notes: list[str] = field(default_factory=list)
    budgets: list[str] = field(default_factory=list)
    #: The smallest budget across platforms (XLIFF `maxwidth`), if any.
    max_length: int | None = None


@dataclass
class ImportRow:
    """One text read back from a translator's file, with where it stands in that file."""

    id: str
    source: str
    target: str
    claim: Claim
    location: SourceLocation


@dataclass
class ImportFile:
    """A translator's file as read: its language and rows."""

    lang: str | None
    rows: list[ImportRow]
