"""Deck templates: open a .pptx/.potx, list its layouts and placeholders, check what msgkit needs.

Layouts are found by name and placeholders by role, never by position in a list, so a
template can be reordered, restyled and extended freely as long as the named layouts exist.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msgkit.deck.xml import NS, potx_as_pptx
from msgkit.load import PROJECT_ASSETS

if TYPE_CHECKING:
    from pptx.presentation import Presentation

#: The project's default template, made by assets/templates/make_default_template.py.
DEFAULT_TEMPLATE = PROJECT_ASSETS / "templates" / "msgkit.pptx"

#: The layouts a template must have, by name, and how many placeholders of each role they need.
NEEDED: dict[str, dict[str, int]] = {
    "msgkit Title": {"title": 1, "body": 1},
    "msgkit Section": {"title": 1, "body": 1},
    "msgkit Content": {"title": 1, "body": 1},
    "msgkit Two Content": {"title": 1, "body": 2},
    "msgkit Closing": {"title": 1, "body": 1},
}
#: Optional roles: used when present (the campaign mark on title and closing slides).
OPTIONAL: dict[str, dict[str, int]] = {
    "msgkit Title": {"picture": 1},
    "msgkit Closing": {"picture": 1},
}

#: Placeholder type (the `type` of `p:ph`; absent means `obj`) → the role msgkit fills it with.
ROLES: dict[str, str] = {
    "title": "title",
    "ctrTitle": "title",
    "body": "body",
    "subTitle": "body",
    "obj": "body",
    "pic": "picture",
    "dt": "date",
    "ftr": "footer",
    "sldNum": "slide number",
}


class TemplateError(Exception):
    """A template file that cannot be opened as a presentation."""


@dataclass(frozen=True)
class PlaceholderInfo:
    """One placeholder of a layout: idx, OOXML type, msgkit role (or None) and name."""

    idx: int
    type: str
    role: str | None
    name: str


@dataclass(frozen=True)
class LayoutInfo:
    """A layout by name with its placeholders."""

    name: str
    placeholders: tuple[PlaceholderInfo, ...]

    def roles(self) -> Counter[str]:
        return Counter(p.role for p in self.placeholders if p.role)


@dataclass(frozen=True)
class TemplateInfo:
    """What a template offers: slide size (EMU) and layouts in master order."""

    width: int
    height: int
    layouts: tuple[LayoutInfo, ...]

    def layout(self, name: str) -> LayoutInfo | None:
        return next((layout for layout in self.layouts if layout.name == name), None)


#: The most one member of a template may unpack to, and all members together. A template is
#: layouts, a theme and a few pictures; a 1 MB file that unpacks to a gigabyte is an attack.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024


def read_template(path: Path) -> bytes:
    """The bytes of a template as a presentation package (.potx content type rewritten).

    A template is untrusted input: TemplateError lists every risk `template_risks` finds.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(f"cannot read the file ({exc.strerror or exc})") from None
    try:
        risks = template_risks(data)
        if risks:
            raise TemplateError("refused: " + "; ".join(risks))
        return potx_as_pptx(data)
    except (zipfile.BadZipFile, KeyError):
        raise TemplateError(
            "not a PowerPoint file (.pptx or .potx): it is not a zip package"
        ) from None


def template_risks(data: bytes) -> list[str]:
    """What makes a template unsafe to build from, one phrase each; [] when nothing does.

    Checked before python-pptx reads anything: members that unpack beyond MAX_MEMBER_BYTES or
    together beyond MAX_TOTAL_BYTES (judged by their declared sizes, which `zipfile` never
    reads past), XML with a document type declaration (entities: expansion bombs, or text
    that python-pptx keeps unexpanded and PowerPoint then cannot open), and relationships to
    external targets other than hyperlinks (a tracking picture fetched from the web whenever
    the deck is opened).
    XML is parsed with defusedxml, so no entity is ever expanded while looking.
    """
    import defusedxml.ElementTree as safe_xml  # type: ignore[import-untyped]
    from defusedxml import DefusedXmlException

    risks: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        infos = package.infolist()
        total = sum(info.file_size for info in infos)
        too_big = [i for i in infos if i.file_size > MAX_MEMBER_BYTES]
        for info in too_big:
            risks.append(
                f"member {info.filename} unpacks to {info.file_size:,} bytes "
                f"(at most {MAX_MEMBER_BYTES:,})"
            )
        if total > MAX_TOTAL_BYTES:
            risks.append(f"it unpacks to {total:,} bytes (at most {MAX_TOTAL_BYTES:,})")
        if risks:
            return risks
        for info in infos:
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                root = safe_xml.fromstring(package.read(info), forbid_dtd=True)
            except DefusedXmlException:
                risks.append(f"{info.filename} declares a document type or entities")
                continue
            except safe_xml.ParseError as exc:
                risks.append(f"{info.filename} is not well-formed XML ({exc})")
                continue
            if not info.filename.endswith(".rels"):
                continue
            for rel in root:
                kind = rel.get("Type", "").rsplit("/", 1)[-1] or "link"
                # A hyperlink opens only when clicked; any other external target is fetched.
                if rel.get("TargetMode") == "External" and kind != "hyperlink":
                    risks.append(
                        f"{info.filename} links to the external {kind} {rel.get('Target')!r}, "
                        "which PowerPoint fetches when the deck is opened"
                    )
    return risks


def open_template(data: bytes) -> Presentation:
    """A python-pptx presentation from template bytes; TemplateError when it is not one."""
    from pptx import Presentation

    try:
        return Presentation(io.BytesIO(data))
    except Exception as exc:  # a user's file can fail anywhere inside python-pptx or lxml
        detail = str(exc).split("\n")[0] or type(exc).__name__
        raise TemplateError(f"not a usable PowerPoint file ({detail})") from None


def describe(prs: Presentation) -> TemplateInfo:
    """The layouts and placeholders of an open presentation, across all its masters."""
    layouts: list[LayoutInfo] = []
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            phs: list[PlaceholderInfo] = []
            for sp in layout.placeholders:
                ph = sp._element.find(".//p:nvPr/p:ph", NS)
                kind = ph.get("type", "obj") if ph is not None else "obj"
                idx = int(ph.get("idx", "0")) if ph is not None else 0
                phs.append(PlaceholderInfo(idx, kind, ROLES.get(kind), sp.name))
            layouts.append(LayoutInfo(layout.name, tuple(phs)))
    return TemplateInfo(int(prs.slide_width or 0), int(prs.slide_height or 0), tuple(layouts))


def inspect_template(path: Path) -> TemplateInfo:
    """Open a template file and describe it; TemplateError when it cannot be read."""
    return describe(open_template(read_template(path)))


def missing(info: TemplateInfo) -> list[str]:
    """What the template lacks for msgkit's decks, one phrase per missing layout or role."""
    problems: list[str] = []
    for name, needs in NEEDED.items():
        layout = info.layout(name)
        if layout is None:
            problems.append(f"layout `{name}`")
            continue
        have = layout.roles()
        for role, count in needs.items():
            if have[role] < count:
                what = f"{count} {role} placeholders" if count > 1 else f"a {role} placeholder"
                problems.append(f"{what} in layout `{name}` (it has {have[role]})")
    return problems


def summary(info: TemplateInfo) -> str:
    """The template's layouts and their placeholder roles in one line, for error hints."""
    parts = []
    for layout in info.layouts:
        roles = ", ".join(f"{p.role or p.type}" for p in layout.placeholders) or "no placeholders"
        parts.append(f"`{layout.name}` ({roles})")
    return "; ".join(parts) or "no layouts"


def by_role(layout: Any, role: str) -> list[Any]:
    """The placeholders of a layout (or slide) with a role, left to right, then top to bottom."""
    found = []
    for sp in layout.placeholders:
        ph = sp._element.find(".//p:nvPr/p:ph", NS)
        kind = ph.get("type", "obj") if ph is not None else "obj"
        if ROLES.get(kind) == role:
            found.append(sp)
    return sorted(found, key=lambda s: (int(s.left or 0), int(s.top or 0)))
