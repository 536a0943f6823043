"""The parts of a deck python-pptx has no API for: language tags, alt text, theme, metadata, zip.

python-pptx writes legacy language tags through its enum, names pictures' descriptions after
their file, leaves the template's author and 2013 dates in the core properties, and zips with
the wall clock. Everything here edits the OOXML directly and is deterministic.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from msgkit.output import deterministic_zip, zip_date

if TYPE_CHECKING:
    from pptx.presentation import Presentation

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"a": A, "p": P, "r": R}

#: The region a language is written in when a kit names none (the campaign's region: South-East
#: Europe; English is British in EU institutions). Bosnian is Latin-script unless told otherwise.
_REGIONS: dict[str, str] = {
    "en": "en-GB",
    "sl": "sl-SI",
    "hr": "hr-HR",
    "bs": "bs-Latn-BA",
    "bs-Latn": "bs-Latn-BA",
    "bs-Cyrl": "bs-Cyrl-BA",
    "sr": "sr-Cyrl-RS",
    "sr-Cyrl": "sr-Cyrl-RS",
    "sr-Latn": "sr-Latn-RS",
    "cnr": "cnr-ME",
    "mk": "mk-MK",
    "sq": "sq-AL",
    "el": "el-GR",
    "bg": "bg-BG",
    "ro": "ro-RO",
    "tr": "tr-TR",
    "hu": "hu-HU",
    "de": "de-DE",
    "fr": "fr-FR",
    "it": "it-IT",
    "es": "es-ES",
    "pt": "pt-PT",
    "nl": "nl-NL",
    "pl": "pl-PL",
    "cs": "cs-CZ",
    "sk": "sk-SK",
    "uk": "uk-UA",
    "ru": "ru-RU",
}

TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
PRESENTATION_MAIN = (
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def office_lang(lang: str) -> str:
    """The BCP-47 tag Office wants in `a:rPr/@lang`: the kit's tag with its region added.

    Tags that already carry a region are kept (`pt-BR`); unknown languages stay as written.
    """
    if re.search(r"-([A-Z]{2}|[0-9]{3})$", lang):
        return lang
    return _REGIONS.get(lang, lang)


def tag_language(root: Any, tag: str) -> None:
    """Set `lang` on every run, field and end-of-paragraph of an XML tree (slide or notes)."""
    for para in root.iter(f"{{{A}}}p"):
        for child in para:
            if child.tag in (f"{{{A}}}r", f"{{{A}}}fld"):
                rpr = child.find(f"{{{A}}}rPr")
                if rpr is None:
                    # rPr is the first child of both a run and a field.
                    rpr = child.makeelement(f"{{{A}}}rPr", {})
                    child.insert(0, rpr)
                rpr.set("lang", tag)
            elif child.tag == f"{{{A}}}br":
                rpr = child.find(f"{{{A}}}rPr")
                if rpr is not None:
                    rpr.set("lang", tag)
        end = para.find(f"{{{A}}}endParaRPr")
        if end is None:
            end = para.makeelement(f"{{{A}}}endParaRPr", {})
            para.append(end)
        end.set("lang", tag)


def set_description(shape: Any, text: str) -> None:
    """Write alt text into a shape's `cNvPr@descr` (python-pptx has no API for it)."""
    cnvpr = shape._element.find(".//p:cNvPr", NS)
    cnvpr.set("descr", text)


def potx_as_pptx(data: bytes) -> bytes:
    """The package with a template's main content type rewritten, so python-pptx opens it.

    python-pptx refuses `.potx` files only because of `[Content_Types].xml`; a template and a
    presentation are otherwise the same package.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml")
        if TEMPLATE_MAIN.encode() not in types:
            return data
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, blob in members:
            if name == "[Content_Types].xml":
                blob = blob.replace(TEMPLATE_MAIN.encode(), PRESENTATION_MAIN.encode())
            target.writestr(name, blob)
    return out.getvalue()


def _srgb(parent: Any, hex_colour: str) -> None:
    for child in list(parent):
        parent.remove(child)
    parent.append(parent.makeelement(f"{{{A}}}srgbClr", {"val": hex_colour.lstrip("#").upper()}))


def mix(hex_colour: str, other: str, share: float) -> str:
    """`hex_colour` blended with `other` (`share` of `other`), as `#RRGGBB`."""
    a = [int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    b = [int(other.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(x + (y - x) * share):02X}" for x, y in zip(a, b, strict=True))


def theme_colours(colors: Any) -> dict[str, str]:
    """The theme colour slots filled from the kit's brand palette (see README: templates)."""
    return {
        "dk1": colors.text,
        "lt1": colors.background,
        "dk2": colors.primary,
        "lt2": mix(colors.primary, colors.background, 0.9),
        "accent1": colors.primary,
        "accent2": colors.secondary,
        "accent3": colors.accent,
        "accent4": colors.on_primary,
        "accent5": mix(colors.secondary, colors.background, 0.5),
        "accent6": mix(colors.accent, colors.background, 0.5),
        "hlink": colors.secondary,
        "folHlink": colors.primary,
    }


def restyle_theme(prs: Presentation, colours: dict[str, str], font: str) -> None:
    """Put the brand palette into the masters' themes and make `font` the theme fonts."""
    from lxml import etree  # type: ignore[import-untyped]
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    for master in prs.slide_masters:
        part = master.part.part_related_by(RT.THEME)
        root = etree.fromstring(part.blob)
        scheme = root.find(".//a:clrScheme", NS)
        if scheme is not None:
            scheme.set("name", "msgkit")
            for slot, value in colours.items():
                node = scheme.find(f"a:{slot}", NS)
                if node is not None:
                    _srgb(node, value)
        fonts = root.find(".//a:fontScheme", NS)
        if fonts is not None:
            fonts.set("name", "msgkit")
            for latin in fonts.iterfind("./*/a:latin", NS):
                latin.set("typeface", font)
            # Script-specific fallbacks (Cyrillic, Greek are covered by `latin`) would
            # override the brand font for those scripts in Office; msgkit's font covers them.
            for group in fonts:
                for node in group.findall("a:font", NS):
                    if node.get("script") in ("Cyrl", "Grek"):
                        group.remove(node)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def drop_slides(prs: Presentation) -> None:
    """Remove a template's own slides (and lists that point at them) before msgkit adds its own."""
    pres = prs.part._element
    sld_lst = pres.find("p:sldIdLst", NS)
    if sld_lst is not None:
        for sld in list(sld_lst):
            prs.part.drop_rel(sld.get(f"{{{R}}}id"))
            sld_lst.remove(sld)
    for node in pres.findall("p:custShowLst", NS):
        pres.remove(node)
    # Sections (p14:sectionLst) list slide ids; stale ids make PowerPoint offer a repair.
    for ext in pres.findall("p:extLst/p:ext", NS):
        if any(child.tag.endswith("}sectionLst") for child in ext):
            ext.getparent().remove(ext)


def drop_thumbnail(prs: Presentation) -> None:
    """Drop the template's thumbnail picture: it shows the template, not this deck."""
    package = prs.part.package
    for rid, rel in list(package._rels.items()):
        if rel.reltype == _THUMBNAIL:
            package._rels.pop(rid)


def set_default_language(prs: Presentation, tag: str) -> None:
    """The language new text typed into the deck gets (presentation default text style)."""
    pres = prs.part._element
    for defrpr in pres.iterfind("p:defaultTextStyle//a:defRPr", NS):
        defrpr.set("lang", tag)


def set_core_properties(
    prs: Presentation,
    *,
    title: str,
    author: str,
    subject: str,
    keywords: str,
    language: str,
    when: dt.datetime,
    status: str,
) -> None:
    """Every core property from the kit and the build time; nothing left from the template."""
    core = prs.core_properties
    naive = when.astimezone(dt.UTC).replace(tzinfo=None)
    core.title = _clip(title)
    core.author = _clip(author)
    core.subject = _clip(subject)
    core.keywords = _clip(keywords)
    core.language = language
    core.created = naive
    core.modified = naive
    core.last_modified_by = "msgkit"
    core.revision = 1
    core.comments = ""
    core.category = ""
    core.content_status = status
    core.identifier = ""
    core.version = ""
    for child in list(core._element):
        if child.tag.endswith("}lastPrinted"):
            core._element.remove(child)


def _clip(text: str, limit: int = 255) -> str:
    """Text shortened at a word to python-pptx's 255-character limit for core properties."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>0</TotalTime><Application>msgkit</Application>"
    "<PresentationFormat>{format}</PresentationFormat><Slides>{slides}</Slides>"
    "<Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides><ScaleCrop>false</ScaleCrop>"
    "<Company>{company}</Company><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def set_app_properties(prs: Presentation, company: str) -> None:
    """Rewrite docProps/app.xml: the template's one names another application and slide count."""
    from xml.sax.saxutils import escape

    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    package = prs.part.package
    try:
        part = package.part_related_by(RT.EXTENDED_PROPERTIES)
    except KeyError:
        return
    wide = int(prs.slide_width or 0) * 9 == int(prs.slide_height or 0) * 16
    slides = len(prs.slides)
    notes = sum(1 for s in prs.slides if s.has_notes_slide)
    part._blob = _APP_XML.format(
        format="Widescreen" if wide else "Custom",
        slides=slides,
        notes=notes,
        company=escape(company),
    ).encode("utf-8")


def repackage(data: bytes, when: dt.datetime) -> bytes:
    """The package re-zipped with fixed timestamps in a fixed order (`[Content_Types].xml` first).

    Names sort with `[` before `_` and lower-case letters, so the content-types part, which
    some readers expect first, stays first.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members: Iterable[tuple[str, bytes]] = [
            (info.filename, source.read(info)) for info in source.infolist()
        ]
    return deterministic_zip(members, date_time=zip_date(when))
