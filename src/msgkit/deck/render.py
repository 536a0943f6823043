"""Turn slide specs into a PowerPoint package on a template: fitted text, pictures, notes, tags.

Order per slide: fit the body (it decides how many slides a spec needs), then per page add the
slide, fit and write the title, write the bodies, place pictures, add footer and number, write
the notes and tag every run with the language. Placeholder geometry and styles are read once
per layout (python-pptx's inheritance lookups are slow) and clipped to the slide, so no shape
ends up outside it.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Pt

from msgkit.deck.content import LAYOUT_NAMES, DeckSpec, LayoutRole, Picture, SlideSpec
from msgkit.deck.fit import Block, Fitted, Para, Span, Spec, fit, indent_pt
from msgkit.deck.template import ROLES, open_template
from msgkit.deck.xml import (
    NS,
    drop_slides,
    drop_thumbnail,
    office_lang,
    repackage,
    restyle_theme,
    set_app_properties,
    set_core_properties,
    set_default_language,
    set_description,
    tag_language,
)
from msgkit.fonts import FAMILY
from msgkit.labels import label

A = NS["a"]
EMU_PER_PT = 12700
#: Smallest sizes (points) msgkit shrinks to: titles, body text, footers. Body text on
#: content slides shrinks only to CONTENT_MIN and then continues on a follow-on slide: two
#: readable slides beat one crowded one. Title, section and closing slides (one slide each by
#: design) may go down to BODY_MIN.
TITLE_MIN, BODY_MIN, CONTENT_MIN, FOOTER_MIN = 20, 14, 18, 9
_THEME = {
    "accent1": MSO_THEME_COLOR.ACCENT_1,
    "accent2": MSO_THEME_COLOR.ACCENT_2,
    "accent3": MSO_THEME_COLOR.ACCENT_3,
    "accent4": MSO_THEME_COLOR.ACCENT_4,
}
#: A fixed field id for slide numbers: Office only needs it to be a GUID.
_FIELD_ID = "{4F2A7A55-6D0B-4C52-9E8E-6D5B1E0C8A11}"


class FitError(Exception):
    """A text that cannot fit its placeholder even at the minimum size (a title, a footer)."""

    def __init__(self, text: str, where: str) -> None:
        super().__init__(text)
        self.text = text
        self.where = where


@dataclass(frozen=True)
class Options:
    """What a deck needs besides its slides: language, brand colours, build time, credits."""

    lang: str
    tag: str
    colours: dict[str, str]
    when: dt.datetime
    company: str


def render_deck(spec: DeckSpec, template: bytes, options: Options) -> bytes:
    """The deck as deterministic .pptx bytes."""
    prs = open_template(template)
    drop_slides(prs)
    drop_thumbnail(prs)
    restyle_theme(prs, options.colours, FAMILY)
    set_default_language(prs, options.tag)
    size = (int(prs.slide_width or 0), int(prs.slide_height or 0))
    layouts = {
        layout.name: _Layout(layout, _describe(layout, size))
        for master in prs.slide_masters
        for layout in master.slide_layouts
    }
    for slide_spec in spec.slides:
        _add_slides(prs, layouts[LAYOUT_NAMES[slide_spec.layout]], slide_spec, options)
    set_core_properties(
        prs,
        title=spec.title,
        author=spec.author,
        subject=spec.subject,
        keywords=spec.keywords,
        language=options.tag,
        when=options.when,
        status=label("draft", options.lang) if spec.draft else "",
    )
    set_app_properties(prs, options.company)
    list_notes_master(prs)
    buffer = io.BytesIO()
    prs.save(buffer)
    return repackage(buffer.getvalue(), options.when)


def list_notes_master(prs: Any) -> None:
    """Name the notes master in `p:notesMasterIdLst`, which python-pptx leaves out when it adds
    one for the first speaker notes: Keynote (and the OOXML schema) want it, or notes are lost."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.oxml.ns import qn

    part = prs.part
    rid = next((r.rId for r in part.rels.values() if r.reltype == RT.NOTES_MASTER), None)
    root = part._element
    if rid is None or root.find(qn("p:notesMasterIdLst")) is not None:
        return
    id_list = root.makeelement(qn("p:notesMasterIdLst"), {})
    entry = id_list.makeelement(qn("p:notesMasterId"), {qn("r:id"): rid})
    id_list.append(entry)
    # Schema order: sldMasterIdLst, notesMasterIdLst, handoutMasterIdLst, sldIdLst, …
    root.find(qn("p:sldMasterIdLst")).addnext(id_list)


# --- layouts: geometry and inherited styles, read once --------------------------------------


@dataclass(frozen=True)
class _Box:
    """A frame (EMU) and the text area inside its insets (points)."""

    left: int
    top: int
    width: int
    height: int
    insets: tuple[int, int, int, int] = (91440, 45720, 91440, 45720)

    @property
    def text_width(self) -> float:
        return (self.width - self.insets[0] - self.insets[2]) / EMU_PER_PT

    @property
    def text_height(self) -> float:
        return (self.height - self.insets[1] - self.insets[3]) / EMU_PER_PT


@dataclass(frozen=True)
class _Ph:
    """A layout placeholder: what a slide's placeholder with the same idx inherits."""

    idx: int
    kind: str
    role: str | None
    box: _Box
    #: True when the layout places it (partly) outside the slide and msgkit clipped it.
    clipped: bool
    #: The template's first-level text size in points.
    size: int
    element: Any


@dataclass(frozen=True)
class _Layout:
    layout: Any
    phs: tuple[_Ph, ...]

    def by_role(self, role: str) -> list[_Ph]:
        """Placeholders with a role, left to right, then top to bottom."""
        found = [ph for ph in self.phs if ph.role == role]
        return sorted(found, key=lambda ph: (ph.box.left, ph.box.top))

    def by_kind(self, kind: str) -> _Ph | None:
        return next((ph for ph in self.phs if ph.kind == kind), None)


def _describe(layout: Any, slide_size: tuple[int, int]) -> tuple[_Ph, ...]:
    phs = []
    for ph in layout.placeholders:
        kind = _ph_type(ph._element)
        role = ROLES.get(kind)
        left, top = int(ph.left or 0), int(ph.top or 0)
        width, height = int(ph.width or 0), int(ph.height or 0)
        box = _clip(_Box(left, top, width, height, _insets(ph)), slide_size)
        fallback = {"title": 32, "body": 20}.get(role or "", 11)
        phs.append(
            _Ph(
                idx=int(ph.placeholder_format.idx),
                kind=kind,
                role=role,
                box=box,
                clipped=(box.left, box.top, box.width, box.height) != (left, top, width, height),
                size=_designed_size(ph, role, fallback),
                element=ph._element,
            )
        )
    return tuple(phs)


def _clip(box: _Box, slide_size: tuple[int, int]) -> _Box:
    """The part of a box inside the slide."""
    width, height = slide_size
    left, top = min(max(box.left, 0), width), min(max(box.top, 0), height)
    right = min(box.left + box.width, width)
    bottom = min(box.top + box.height, height)
    return _Box(left, top, max(right - left, 0), max(bottom - top, 0), box.insets)


def _chain(ph: Any) -> list[Any]:
    """A placeholder and those it inherits from (layout, then master)."""
    chain = [ph]
    while True:
        base = getattr(chain[-1], "_base_placeholder", None)
        if base is None:
            return chain
        chain.append(base)


def _insets(ph: Any) -> tuple[int, int, int, int]:
    defaults = {"lIns": 91440, "tIns": 45720, "rIns": 91440, "bIns": 45720}
    found: dict[str, int] = {}
    for node in _chain(ph):
        body = node._element.find("p:txBody/a:bodyPr", NS)
        for side in defaults:
            if side not in found and body is not None and body.get(side) is not None:
                found[side] = int(body.get(side))
    values = {**defaults, **found}
    return values["lIns"], values["tIns"], values["rIns"], values["bIns"]


def _ph_type(element: Any) -> str:
    node = element.find("p:nvSpPr/p:nvPr/p:ph", NS)
    return node.get("type", "obj") if node is not None else "obj"


def _designed_size(ph: Any, role: str | None, fallback: int) -> int:
    """The first-level text size (points) a template gives a placeholder, through inheritance."""
    chain = _chain(ph)
    for node in chain:
        rpr = node._element.find("p:txBody/a:lstStyle/a:lvl1pPr/a:defRPr", NS)
        if rpr is not None and rpr.get("sz"):
            return int(rpr.get("sz")) // 100
    style = {"title": "p:titleStyle", "body": "p:bodyStyle"}.get(role or "", "p:otherStyle")
    master = ph.part.slide_master._element
    rpr = master.find(f"p:txStyles/{style}/a:lvl1pPr/a:defRPr", NS)
    if rpr is not None and rpr.get("sz"):
        return int(rpr.get("sz")) // 100
    return fallback


def _body_spec(ph: _Ph, layout: LayoutRole) -> Spec:
    least = CONTENT_MIN if layout in ("content", "two") else BODY_MIN
    least = min(least, max(ph.size, BODY_MIN))
    return Spec(max_pt=max(ph.size, least), min_pt=least)


def _title_spec(ph: _Ph) -> Spec:
    return Spec(max_pt=max(ph.size, TITLE_MIN), min_pt=TITLE_MIN, line=1.1)


# --- slides ---------------------------------------------------------------------------------


def _add_slides(prs: Any, layout: _Layout, spec: SlideSpec, options: Options) -> None:
    """One spec → one slide, or several when its text continues on follow-on slides."""
    bodies = layout.by_role("body")
    fitted: list[Fitted | Picture | None] = []
    for i, slot in enumerate(spec.slots):
        if isinstance(slot, Picture) or i >= len(bodies) or not slot:
            fitted.append(slot if isinstance(slot, Picture) else None)
            continue
        box = bodies[i].box
        fitted.append(
            fit(slot, box.text_width, box.text_height, _body_spec(bodies[i], spec.layout))
        )
    pages = max([len(f.pages) for f in fitted if isinstance(f, Fitted)] or [1])
    for page in range(pages):
        foreign: list[tuple[Any, str]] = []
        slide = prs.slides.add_slide(layout.layout)
        shapes = _placeholders(slide)
        title = spec.title if page == 0 else label("deck_cont", options.lang, title=spec.title)
        titles = layout.by_role("title")
        if titles and titles[0].idx in shapes:
            _fill_title(shapes.pop(titles[0].idx), titles[0], title)
        for i, ph in enumerate(bodies):
            shape = shapes.pop(ph.idx, None)
            if shape is None:
                continue
            item = fitted[i] if i < len(fitted) else None
            if isinstance(item, Picture):
                if page == 0:
                    _place_picture(slide, ph.box, item, "Post image")
                _remove(shape)
            elif item is None or page >= len(item.pages) or not item.pages[page]:
                _remove(shape)
            else:
                foreign += _write(shape, ph, item.pages[page], item)
        pictures = layout.by_role("picture")
        if spec.mark is not None and page == 0:
            if pictures:
                _place_picture(slide, pictures[0].box, spec.mark, "Campaign mark")
            else:
                _place_mark_in_corner(prs, slide, spec.mark)
        elif spec.wordmark and page == 0 and pictures:
            _place_wordmark(slide, pictures[0].box, spec.wordmark)
        # Placeholders msgkit did not fill would show "Click to add…" prompts when editing.
        for shape in shapes.values():
            _remove(shape)
        _add_footer(slide, layout, spec.footer, len(prs.slides))
        if spec.notes:
            # The talking points belong to the first slide; a follow-on slide's notes only say
            # it continues, so a presenter does not read them twice.
            slide.notes_slide.notes_text_frame.text = spec.notes if page == 0 else title
            tag_language(slide.notes_slide._element, options.tag)
        tag_language(slide._element, options.tag)
        # Passages in another language (a fallback text, a source title) keep their own.
        for rpr, tag in foreign:
            rpr.set("lang", tag)


def _placeholders(slide: Any) -> dict[int, Any]:
    """The slide's placeholders by idx, as python-pptx shapes (found with plain lxml)."""
    from pptx.shapes.shapetree import SlideShapeFactory

    found = {}
    for element in slide.shapes._spTree.iterchildren():
        ph = element.find("p:nvSpPr/p:nvPr/p:ph", NS)
        if ph is None:
            ph = element.find("p:nvPicPr/p:nvPr/p:ph", NS)
        if ph is not None:
            found[int(ph.get("idx", "0"))] = SlideShapeFactory(element, slide.shapes)
    return found


def _fill_title(shape: Any, ph: _Ph, text: str) -> None:
    box = ph.box
    block = Block((Para((Span(text, bold=True),)),))
    result = fit([block], box.text_width, box.text_height, _title_spec(ph), paginate=False)
    if not result.fits:
        raise FitError(text, "slide title")
    _write(shape, ph, result.pages[0], result)


def _write(
    shape: Any, ph: _Ph | None, paras: tuple[Para, ...], fitted: Fitted
) -> list[tuple[Any, str]]:
    """Write fitted paragraphs into a shape with exact sizes and spacing, no autofit.

    Returns the run properties of passages in another language than the deck's, with their tags.
    """
    foreign: list[tuple[Any, str]] = []
    if ph is not None and ph.clipped:
        shape.left, shape.top = Emu(ph.box.left), Emu(ph.box.top)
        shape.width, shape.height = Emu(ph.box.width), Emu(ph.box.height)
    tf = shape.text_frame
    tf.clear()
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    left, top, right, bottom = ph.box.insets if ph is not None else _Box(0, 0, 0, 0).insets
    tf.margin_left, tf.margin_top = Emu(left), Emu(top)
    tf.margin_right, tf.margin_bottom = Emu(right), Emu(bottom)
    spec = fitted.spec
    for n, para in enumerate(paras):
        p = tf.paragraphs[0] if n == 0 else tf.add_paragraph()
        size = fitted.para_size(para)
        p.line_spacing = Pt(round(size * spec.line * 2) / 2)
        p.space_before = Pt(round(para.gap * size * 2) / 2)
        ppr = p._p.get_or_add_pPr()
        indent = round(indent_pt(para, fitted.size, spec) * EMU_PER_PT)
        ppr.set("marL", str(indent))
        ppr.set("indent", str(-indent if para.bullet else 0))
        if para.bullet:
            clr = ppr.makeelement(f"{{{A}}}buClr", {})
            clr.append(clr.makeelement(f"{{{A}}}schemeClr", {"val": "accent3"}))
            ppr.append(clr)
            ppr.append(ppr.makeelement(f"{{{A}}}buFont", {"typeface": FAMILY}))
            ppr.append(ppr.makeelement(f"{{{A}}}buChar", {"char": "•"}))
        else:
            ppr.append(ppr.makeelement(f"{{{A}}}buNone", {}))
        for span in para.spans:
            run = p.add_run()
            run.text = span.text
            font = run.font
            font.size = Pt(size)
            font.bold = span.bold
            font.italic = span.italic
            if span.lang:
                # Set again after the slide's runs are tagged with the deck's language.
                foreign.append((run._r.get_or_add_rPr(), office_lang(span.lang)))
            font.name = FAMILY
            if span.color in _THEME:
                font.color.theme_color = _THEME[span.color]
            if span.link:
                run.hyperlink.address = span.link
    return foreign


def _remove(shape: Any) -> None:
    element = shape._element
    element.getparent().remove(element)


def _image_size(picture: Picture) -> tuple[int, int]:
    from PIL import Image

    with Image.open(picture.path) as image:
        return image.size


def _place_picture(slide: Any, box: _Box, picture: Picture, name: str) -> None:
    """The picture scaled to fit the box, centred, aspect kept, with its alt text."""
    width, height = _image_size(picture)
    scale = min(box.width / width, box.height / height)
    w, h = int(width * scale), int(height * scale)
    left, top = box.left + (box.width - w) // 2, box.top + (box.height - h) // 2
    # From bytes, not the path: python-pptx formats the file name into `p:cNvPr` unescaped,
    # so a name with `"` would inject attributes or break the XML. Name and alt text are set
    # below through lxml, which escapes them.
    stream = io.BytesIO(picture.path.read_bytes())
    shape = slide.shapes.add_picture(stream, Emu(left), Emu(top), Emu(w), Emu(h))
    shape.name = name
    set_description(shape, picture.alt)


def _place_mark_in_corner(prs: Any, slide: Any, mark: Picture) -> None:
    """Where a layout has no picture placeholder: the mark in the top-right corner."""
    side = int(prs.slide_height) // 6
    margin = side // 4
    box = _Box(int(prs.slide_width) - side - margin, margin, side, side)
    _place_picture(slide, box, mark, "Campaign mark")


def _place_wordmark(slide: Any, box: _Box, text: str) -> None:
    """The brand name as text where the mark would go (a kit without a logo)."""
    shape = slide.shapes.add_textbox(Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height))
    shape.name = "Campaign name"
    inner = _Ph(0, "txBox", None, _Box(box.left, box.top, box.width, box.height), False, 28, None)
    block = Block((Para((Span(text, bold=True, color="accent1"),)),))
    spec = Spec(max_pt=28, min_pt=14, line=1.1)
    result = fit([block], inner.box.text_width, inner.box.text_height, spec, paginate=False)
    if not result.fits:
        _remove(shape)
        return
    _write(shape, inner, result.pages[0], result)
    shape.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    for paragraph in shape.text_frame.paragraphs:
        paragraph.alignment = PP_ALIGN.CENTER


def _add_footer(slide: Any, layout: _Layout, text: str, number: int) -> None:
    """Copy the layout's footer and slide-number placeholders onto the slide and fill them.

    python-pptx leaves them out of new slides; PowerPoint copies them when "Footer" and
    "Slide number" are ticked, which is what msgkit does here.
    """
    for kind in ("ftr", "sldNum"):
        ph = layout.by_kind(kind)
        if ph is None or (kind == "ftr" and not text):
            continue
        sp = copy.deepcopy(ph.element)
        sp_pr = sp.find("p:spPr", NS)
        for child in list(sp_pr):
            sp_pr.remove(child)
        tx_body = sp.find("p:txBody", NS)
        for child in list(tx_body):
            if child.tag != f"{{{A}}}bodyPr":
                tx_body.remove(child)
        tx_body.append(tx_body.makeelement(f"{{{A}}}lstStyle", {}))
        tx_body.append(tx_body.makeelement(f"{{{A}}}p", {}))
        ids = [int(e.get("id", "0")) for e in slide._element.iter(f"{{{NS['p']}}}cNvPr")]
        sp.find(".//p:cNvPr", NS).set("id", str(max(ids, default=1) + 1))
        slide.shapes._spTree.append(sp)
        shape = _placeholders(slide)[ph.idx]
        if ph.clipped:
            shape.left, shape.top = Emu(ph.box.left), Emu(ph.box.top)
            shape.width, shape.height = Emu(ph.box.width), Emu(ph.box.height)
        if kind == "ftr":
            spec = Spec(max_pt=max(ph.size, FOOTER_MIN), min_pt=FOOTER_MIN)
            block = Block((Para((Span(text),)),))
            result = fit([block], ph.box.text_width, ph.box.text_height, spec, paginate=False)
            if not result.fits:
                _remove(shape)
                continue
            _write(shape, ph, result.pages[0], result)
        else:
            p = sp.find("p:txBody/a:p", NS)
            fld = p.makeelement(f"{{{A}}}fld", {"id": _FIELD_ID, "type": "slidenum"})
            fld.append(fld.makeelement(f"{{{A}}}rPr", {"sz": str(ph.size * 100)}))
            t = fld.makeelement(f"{{{A}}}t", {})
            t.text = str(number)
            fld.append(t)
            p.append(fld)
