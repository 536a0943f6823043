"""The builder contract: one builder per output format, found by name in a registry.

A builder is a pure function of (target, context) → bytes. It never writes files: the
orchestrator (`msgkit.build`) plans, fingerprints, stages and commits. Builder modules must not
import reportlab, python-pptx or Pillow at import time (import them inside `build`), so that
`msgkit check` and `msgkit --help` stay fast.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, ClassVar, Protocol

from msgkit.errors import Diagnostic
from msgkit.findings import Finding
from msgkit.model import Kit


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked of this build, shared by every builder."""

    #: The one build time used in every output (SOURCE_DATE_EPOCH, else the kit's start date).
    build_time: dt.datetime
    #: Languages to build; empty means all of the kit's languages.
    languages: tuple[str, ...] = ()
    strict: bool = False

    def wants(self, kit: Kit) -> list[str]:
        """The languages this build produces, in kit order."""
        return [lang for lang in kit.languages if not self.languages or lang in self.languages]

    def editions(self, kit: Kit) -> list[Edition]:
        """The editions this build produces (see `editions`)."""
        return editions(kit, self.wants(kit))


def editions(kit: Kit, languages: list[str] | None = None) -> list[Edition]:
    """Every set of per-language outputs of `languages` (default: all the kit's): each language's
    own, then each partner's in each of its languages (kit order, then partner order)."""
    wanted = kit.languages if languages is None else languages
    found = [Edition(lang) for lang in wanted]
    for partner in kit.campaign.partners:
        found += [Edition(lang, partner.id) for lang in partner.languages if lang in wanted]
    return found


@dataclass(frozen=True)
class Edition:
    """The outputs of one language, for everyone (`partner` None) or co-branded for a partner.

    A partner's edition is its language's outputs in the partner's time zone, with the partner's
    name beside the campaign's and tracked links (`tracking:`); it lives in `folder`.
    """

    lang: str
    partner: str | None = None

    @property
    def folder(self) -> str:
        """`<lang>` or `partners/<partner id>/<lang>`: where its files go and its targets' key."""
        return self.lang if self.partner is None else f"partners/{self.partner}/{self.lang}"

    def target(self, builder: str, inputs: Any) -> Target:
        """The one target of `builder` for this edition (keyed by its folder)."""
        return Target(builder, self.folder, self.lang, partner=self.partner, inputs=inputs)


@dataclass(frozen=True)
class Target:
    """One unit of work: a builder, a key unique within it, and the model slice it reads."""

    builder: str
    #: Unique within the builder, e.g. `sl/week-1`; also used in progress and reports.
    key: str
    #: The language it builds; it then sees (and is fingerprinted on) only that language's
    #: upstream files and language-neutral ones. None: all of them.
    lang: str | None = None
    area: str | None = None
    #: The partner whose edition it builds (see `Edition`); it then sees only that edition's
    #: upstream files. None: a language's own edition (or, without `lang`, everything).
    partner: str | None = None
    #: JSON-serialisable slice of the model this target reads: its fingerprint's content part.
    #: Include exactly what the output depends on, so unrelated edits do not rebuild it.
    inputs: Any = None
    #: Files outside the model this target reads (images, templates, fonts): hashed too.
    assets: tuple[Path, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.builder}:{self.key}"


@dataclass(frozen=True)
class OutputFile:
    """One file a target produces; `relpath` is POSIX, relative to the kit's output folder."""

    relpath: str
    #: The bytes, or — for a file too large to hold in memory (a pack) — a function that
    #: writes it to the file object the orchestrator gives it.
    data: bytes | Callable[[BinaryIO], None]
    kind: str
    lang: str | None = None
    area: str | None = None
    #: The partner whose edition the file belongs to (None: a language's own, or neutral).
    partner: str | None = None
    #: Extra manifest fields, e.g. `{"alt": "…"}` for an image.
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class BuildContext:
    """What a builder may read besides its target: the kit, the options, upstream outputs."""

    kit: Kit
    options: BuildOptions
    #: Reads an output file already produced by a builder this one consumes (by relpath).
    read_output: Callable[[str], bytes]
    #: Manifest entries (path, sha256, kind, lang, area, meta…) of the consumed builders' files.
    upstream: list[dict[str, Any]] = field(default_factory=list)
    #: Warnings found while rendering this target (`msgkit.findings`): kept in the manifest
    #: and said again while the target stays up to date. Fatal problems raise MsgkitError.
    findings: list[Finding] = field(default_factory=list)
    #: Reads a file as the previous, committed build left it in the output folder (None if
    #: absent), for outputs that say what changed since then (a pack's CHANGES.md). History,
    #: not input: it is deliberately not part of any fingerprint.
    read_previous: Callable[[str], bytes | None] = field(default=lambda _relpath: None)

    def report(self, finding: Finding) -> None:
        """Say a warning this target's rendering found (see `Builder.render_findings`)."""
        self.findings.append(finding)


class Builder(Protocol):
    """One output format. Subclasses set the three class attributes and the methods below."""

    #: The registry name, used by `--only` and in manifests: `posts`, `pdf`, `deck`, …
    name: ClassVar[str]
    #: Bump when the output changes for the same input, so old outputs are rebuilt.
    version: ClassVar[int]
    #: Builders whose outputs this one reads (a pack needs the PDFs); they run first.
    consumes: ClassVar[tuple[str, ...]]

    def lint(self, kit: Kit) -> list[Diagnostic]:
        """Cheap checks that `msgkit check` runs too; must not import heavy libraries."""
        ...

    def preflight(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        """Build-only checks run before anything is built (fonts, templates)."""
        ...

    def render_findings(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        """The warnings `build` reports while rendering (`BuildContext.report`), found
        without building: `msgkit check` runs this; a build finds them in its own rendering."""
        ...

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        """The targets this builder will build, in a stable order."""
        ...

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        """The files of one target; raise MsgkitError for located, fatal problems."""
        ...


class BaseBuilder:
    """Defaults for the optional parts of the protocol."""

    name: ClassVar[str] = ""
    version: ClassVar[int] = 1
    consumes: ClassVar[tuple[str, ...]] = ()

    def lint(self, kit: Kit) -> list[Diagnostic]:
        return []

    def preflight(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        return []

    def render_findings(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        return []


class UnknownBuilderError(ValueError):
    """`--only` named a builder that does not exist."""


@cache
def registry() -> dict[str, Builder]:
    """All builders, by name: every module in this package that defines `BUILDER`."""
    found: dict[str, Builder] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        builder = getattr(module, "BUILDER", None)
        if builder is None:
            continue
        if builder.name in found:
            raise RuntimeError(f"two builders are named {builder.name!r}")
        found[builder.name] = builder
    return found


def ordered(names: list[str] | None = None) -> list[Builder]:
    """Builders in dependency order (consumers after what they consume), with dependencies added.

    Ties are broken by name, so the order — and everything derived from it — is stable.
    """
    return [builder for level in levels(names) for builder in level]


def levels(names: list[str] | None = None) -> list[list[Builder]]:
    """`ordered`'s builders grouped so each group consumes only outputs of earlier groups."""
    table = registry()
    wanted = set(table) if not names else set(names)
    unknown = wanted - set(table)
    if unknown:
        raise UnknownBuilderError(", ".join(sorted(unknown)))
    pending = sorted(wanted)
    while pending:
        name = pending.pop()
        # A consumed builder that is not registered (not written yet, or removed) is skipped:
        # its consumers read whatever upstream outputs exist.
        for dep in table[name].consumes:
            if dep not in wanted and dep in table:
                wanted.add(dep)
                pending.append(dep)
    result: list[list[Builder]] = []
    done: set[str] = set()
    while len(done) < len(wanted):
        ready = sorted(
            n
            for n in wanted
            if n not in done and all(d in done or d not in table for d in table[n].consumes)
        )
        if not ready:
            raise RuntimeError("builders consume each other in a cycle")
        result.append([table[n] for n in ready])
        done.update(ready)
    return result
