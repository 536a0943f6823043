"""Make msgkit's default deck template, assets/templates/msgkit.pptx (run once; output committed).

    .venv/bin/python assets/templates/make_default_template.py

It starts from python-pptx's own default package, makes it 16:9, rewrites the master and keeps
five layouts with the names the deck builder looks for ("msgkit Title", "msgkit Section",
"msgkit Content", "msgkit Two Content", "msgkit Closing"). Every colour in it is a theme
colour, so the builder can put each kit's brand palette into the theme; every font is the
theme font, Fira Sans. The output is deterministic: running it again gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI

from msgkit.deck.xml import (
    NS,
    drop_thumbnail,
    repackage,
    restyle_theme,
    set_app_properties,
    set_core_properties,
)
from msgkit.model import BrandColors

OUT = Path(__file__).resolve().parent / "msgkit.pptx"
EMU = 914400  # per inch
W, H = 40 / 3, 7.5  # 16:9, exactly 12,192,000 × 6,858,000 EMU
STAMP = dt.datetime(2021, 10, 18, tzinfo=dt.UTC)

_NSDECL = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
_DECORATIVE = (
    '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
    '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" '
    'val="1"/></a:ext></a:extLst>'
)


def emu(inches: float) -> int:
    return round(inches * EMU)


def xfrm(x: float, y: float, w: float, h: float) -> str:
    return (
        f'<a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
    )


def fill(colour: str) -> str:
    return f'<a:solidFill><a:schemeClr val="{colour}"/></a:solidFill>'


def rect(sid: int, name: str, box: tuple[float, float, float, float], colour: str) -> str:
    """A decorative filled rectangle (no outline, no text, skipped by screen readers)."""
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}">{_DECORATIVE}</p:cNvPr>'
        '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr>{xfrm(*box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill(colour)}'
        "<a:ln><a:noFill/></a:ln></p:spPr>"
        '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p>'
        '<a:endParaRPr lang="en-GB"/></a:p></p:txBody></p:sp>'
    )


def placeholder(
    sid: int,
    name: str,
    ph: str,
    box: tuple[float, float, float, float],
    *,
    anchor: str = "t",
    size: int | None = None,
    bold: bool = False,
    colour: str | None = None,
    align: str = "l",
    prompt: str = "",
    field: str | None = None,
) -> str:
    """A placeholder with its own position and first-level text style."""
    rpr = ""
    if size or bold or colour:
        attrs = (f' sz="{size * 100}"' if size else "") + (' b="1"' if bold else "")
        rpr = f"<a:defRPr{attrs}>{fill(colour) if colour else ''}</a:defRPr>"
    lst = f'<a:lstStyle><a:lvl1pPr algn="{align}">{rpr}</a:lvl1pPr></a:lstStyle>'
    if field:
        text = (
            f'<a:fld id="{{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}}" type="{field}">'
            '<a:rPr lang="en-GB"/><a:t>‹#›</a:t></a:fld>'
        )
    elif prompt:
        text = f'<a:r><a:rPr lang="en-GB"/><a:t>{prompt}</a:t></a:r>'
    else:
        text = ""
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f"<p:nvPr>{ph}</p:nvPr></p:nvSpPr>"
        f"<p:spPr>{xfrm(*box)}</p:spPr>"
        f'<p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        f'rtlCol="0" anchor="{anchor}"><a:noAutofit/></a:bodyPr>{lst}'
        f'<a:p>{text}<a:endParaRPr lang="en-GB"/></a:p></p:txBody></p:sp>'
    )


def picture(sid: int, name: str, box: tuple[float, float, float, float]) -> str:
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1" noChangeAspect="1"/></p:cNvSpPr>'
        f'<p:nvPr><p:ph type="pic" sz="quarter" idx="13"/></p:nvPr></p:nvSpPr>'
        f"<p:spPr>{xfrm(*box)}</p:spPr>"
        '<p:txBody><a:bodyPr anchor="ctr"><a:noAutofit/></a:bodyPr><a:lstStyle>'
        '<a:lvl1pPr algn="ctr"><a:defRPr sz="1400"/></a:lvl1pPr></a:lstStyle>'
        '<a:p><a:r><a:rPr lang="en-GB"/><a:t>Campaign mark</a:t></a:r></a:p></p:txBody></p:sp>'
    )


def tree(shapes: list[str]) -> str:
    return (
        '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
        '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' + "".join(shapes) + "</p:spTree>"
    )


def background(colour: str) -> str:
    return f"<p:bg><p:bgPr>{fill(colour)}<a:effectLst/></p:bgPr></p:bg>"


# --- geometry shared by master and layouts (inches) ---------------------------------------
MARGIN = 0.75
TITLE = (MARGIN, 0.42, W - MARGIN - 0.75, 1.08)
BODY = (MARGIN, 1.85, W - MARGIN - 0.75, 4.9)
GUTTER = 0.3
HALF = (BODY[2] - GUTTER) / 2
FOOTER = (MARGIN, 6.95, 9.2, 0.38)
NUMBER = (W - 0.75 - 1.6, 6.95, 1.6, 0.38)
DATE = (MARGIN, 6.95, 2.0, 0.38)


def footer_shapes(start: int) -> list[str]:
    return [
        placeholder(
            start,
            "Footer",
            '<p:ph type="ftr" sz="quarter" idx="11"/>',
            FOOTER,
            anchor="ctr",
            size=11,
            colour="accent2",
        ),
        placeholder(
            start + 1,
            "Slide Number",
            '<p:ph type="sldNum" sz="quarter" idx="12"/>',
            NUMBER,
            anchor="ctr",
            size=11,
            colour="accent2",
            align="r",
            field="slidenum",
        ),
    ]


MASTER_SHAPES = [
    rect(7, "Brand band", (0, 0, 0.2, H), "accent1"),
    rect(8, "Title rule", (MARGIN + 0.1, 1.58, 0.9, 0.07), "accent3"),
    placeholder(
        2,
        "Title Placeholder",
        '<p:ph type="title"/>',
        TITLE,
        anchor="b",
        prompt="Click to edit the title",
    ),
    placeholder(
        3, "Text Placeholder", '<p:ph type="body" idx="1"/>', BODY, prompt="Click to edit the text"
    ),
    placeholder(
        4,
        "Date Placeholder",
        '<p:ph type="dt" sz="half" idx="2"/>',
        DATE,
        anchor="ctr",
        size=11,
        colour="accent2",
    ),
    placeholder(
        5,
        "Footer Placeholder",
        '<p:ph type="ftr" sz="quarter" idx="3"/>',
        FOOTER,
        anchor="ctr",
        size=11,
        colour="accent2",
    ),
    placeholder(
        6,
        "Slide Number Placeholder",
        '<p:ph type="sldNum" sz="quarter" idx="4"/>',
        NUMBER,
        anchor="ctr",
        size=11,
        colour="accent2",
        align="r",
        field="slidenum",
    ),
]


def _level(n: int, size: int, bullet: bool) -> str:
    indent = 0.32 * n if bullet else 0
    bu = (
        '<a:buClr><a:schemeClr val="accent3"/></a:buClr><a:buFont typeface="+mj-lt"/>'
        '<a:buChar char="•"/>'
        if bullet
        else "<a:buNone/>"
    )
    return (
        f'<a:lvl{n}pPr marL="{emu(indent)}" indent="{-emu(0.32) if bullet else 0}" algn="l" '
        'defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
        '<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="900"/></a:spcBef>'
        f'{bu}<a:defRPr sz="{size * 100}" kern="0">{fill("tx1")}'
        '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
        f"</a:defRPr></a:lvl{n}pPr>"
    )


TX_STYLES = (
    "<p:txStyles><p:titleStyle>"
    '<a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">'
    '<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef>'
    f'<a:buNone/><a:defRPr sz="3200" b="1" kern="0">{fill("accent1")}'
    '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>'
    "</a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle>"
    + _level(1, 22, False)
    + _level(2, 20, True)
    + _level(3, 18, True)
    + _level(4, 16, True)
    + _level(5, 16, True)
    + "</p:bodyStyle><p:otherStyle>"
    '<a:defPPr><a:defRPr lang="en-GB"/></a:defPPr>'
    f'<a:lvl1pPr marL="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
    f'hangingPunct="1"><a:defRPr sz="1800" kern="0">{fill("tx1")}'
    '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
    "</a:defRPr></a:lvl1pPr></p:otherStyle></p:txStyles>"
)

# --- layouts --------------------------------------------------------------------------------
PANEL_X = 9.25  # the light panel on title and closing slides that carries the campaign mark
MARK = (PANEL_X + (W - PANEL_X - 2.7) / 2, (H - 2.7) / 2, 2.7, 2.7)
ON = "accent4"  # the brand's text colour on the primary colour

LAYOUTS: list[tuple[str, str, bool, str, list[str]]] = [
    (
        "msgkit Title",
        "title",
        False,
        "accent1",
        [
            rect(2, "Mark panel", (PANEL_X, 0, W - PANEL_X, H), "bg1"),
            rect(3, "Accent rule", (MARGIN + 0.1, 4.42, 1.2, 0.08), "accent3"),
            placeholder(
                4,
                "Title",
                '<p:ph type="ctrTitle"/>',
                (MARGIN, 0.9, PANEL_X - MARGIN - 0.6, 3.35),
                anchor="b",
                size=44,
                bold=True,
                colour=ON,
                prompt="Campaign title",
            ),
            placeholder(
                5,
                "Subtitle",
                '<p:ph type="subTitle" idx="1"/>',
                (MARGIN, 4.7, PANEL_X - MARGIN - 0.6, 2.3),
                size=20,
                colour=ON,
                prompt="Description, dates, organisations",
            ),
            picture(6, "Campaign Mark", MARK),
        ],
    ),
    (
        "msgkit Section",
        "secHead",
        False,
        "accent1",
        [
            rect(2, "Accent band", (0, 0, 0.2, H), "accent3"),
            rect(3, "Accent rule", (MARGIN + 0.25, 4.12, 1.2, 0.08), "accent3"),
            placeholder(
                4,
                "Title",
                '<p:ph type="title"/>',
                (MARGIN + 0.15, 0.8, W - 2 * MARGIN - 0.15, 3.15),
                anchor="b",
                size=40,
                bold=True,
                colour=ON,
                prompt="Thematic area",
            ),
            placeholder(
                5,
                "Text",
                '<p:ph type="body" idx="1"/>',
                (MARGIN + 0.15, 4.4, W - 2 * MARGIN - 0.15, 2.5),
                size=20,
                colour=ON,
                prompt="Week, dates and summary",
            ),
        ],
    ),
    (
        "msgkit Content",
        "obj",
        True,
        "",
        [
            placeholder(2, "Title", '<p:ph type="title"/>', TITLE, anchor="b", prompt="Title"),
            placeholder(3, "Content", '<p:ph idx="1"/>', BODY, prompt="Text"),
            *footer_shapes(4),
        ],
    ),
    (
        "msgkit Two Content",
        "twoObj",
        True,
        "",
        [
            placeholder(2, "Title", '<p:ph type="title"/>', TITLE, anchor="b", prompt="Title"),
            placeholder(
                3,
                "Left Content",
                '<p:ph sz="half" idx="1"/>',
                (BODY[0], BODY[1], HALF, BODY[3]),
                prompt="Left text",
            ),
            placeholder(
                4,
                "Right Content",
                '<p:ph sz="half" idx="2"/>',
                (BODY[0] + HALF + GUTTER, BODY[1], HALF, BODY[3]),
                prompt="Right text",
            ),
            *footer_shapes(5),
        ],
    ),
    (
        "msgkit Closing",
        "cust",
        False,
        "accent1",
        [
            rect(2, "Mark panel", (PANEL_X, 0, W - PANEL_X, H), "bg1"),
            rect(3, "Accent rule", (MARGIN + 0.1, 2.42, 1.2, 0.08), "accent3"),
            placeholder(
                4,
                "Title",
                '<p:ph type="title"/>',
                (MARGIN, 0.6, PANEL_X - MARGIN - 0.6, 1.7),
                anchor="b",
                size=36,
                bold=True,
                colour=ON,
                prompt="Join the campaign",
            ),
            placeholder(
                5,
                "Text",
                '<p:ph type="body" idx="1"/>',
                (MARGIN, 2.7, PANEL_X - MARGIN - 0.6, 4.3),
                size=20,
                colour=ON,
                prompt="Hashtags, website, contact",
            ),
            picture(6, "Campaign Mark", MARK),
        ],
    ),
]


def _replace(parent: etree._Element, tag: str, xml: str) -> None:
    """Replace the child `tag` of `parent` with `xml` (same position)."""
    new = etree.fromstring(xml)
    old = parent.find(tag, NS)
    parent.replace(old, new)


def make() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = emu(W), emu(H)
    sld_sz = prs.part._element.find("p:sldSz", NS)
    sld_sz.attrib.pop("type", None)
    drop_thumbnail(prs)
    for rid, rel in list(prs.part._rels.items()):
        if rel.reltype == RT.PRINTER_SETTINGS:
            prs.part._rels.pop(rid)
    restyle_theme(
        prs,
        {
            "dk1": "#1B1B1B",
            "lt1": "#FFFFFF",
            "dk2": "#1D3557",
            "lt2": "#E8EBEE",
            "accent1": BrandColors().primary,
            "accent2": BrandColors().secondary,
            "accent3": BrandColors().accent,
            "accent4": BrandColors().on_primary,
            "accent5": "#A2BDCE",
            "accent6": "#F39CA2",
            "hlink": "#457B9D",
            "folHlink": "#1D3557",
        },
        "Fira Sans",
    )
    theme = prs.slide_master.part.part_related_by(RT.THEME)
    theme._blob = theme.blob.replace(b'name="Office Theme"', b'name="msgkit"')

    master = prs.slide_master
    root = master._element
    _replace(
        root,
        "p:cSld",
        f"<p:cSld {_NSDECL}>{background('bg1')}{tree(MASTER_SHAPES)}</p:cSld>",
    )
    _replace(root, "p:txStyles", TX_STYLES.replace("<p:txStyles>", f"<p:txStyles {_NSDECL}>", 1))

    # Keep five of the default layouts and rewrite them; remove the rest.
    keep = ["Title Slide", "Section Header", "Title and Content", "Two Content", "Title Only"]
    for layout in list(master.slide_layouts):
        if layout.name not in keep:
            master.slide_layouts.remove(layout)
    by_name = {layout.name: layout for layout in master.slide_layouts}
    for old_name, (name, kind, show_master, bg, shapes) in zip(keep, LAYOUTS, strict=True):
        layout = by_name[old_name]
        el = layout._element
        el.set("type", kind)
        el.set("preserve", "1")
        if show_master:
            el.attrib.pop("showMasterSp", None)
        else:
            el.set("showMasterSp", "0")
        bg_xml = background(bg) if bg else ""
        _replace(el, "p:cSld", f'<p:cSld {_NSDECL} name="{name}">{bg_xml}{tree(shapes)}</p:cSld>')
        etree.cleanup_namespaces(el)
    etree.cleanup_namespaces(root)
    # Master order and part names follow the builder's order: title, section, content, …
    id_lst = root.find("p:sldLayoutIdLst", NS)
    ids = {node.get(f"{{{NS['r']}}}id"): node for node in id_lst}
    rels = {rel.target_part: rid for rid, rel in master.part._rels.items()}
    for n, old_name in enumerate(keep, 1):
        part = by_name[old_name].part
        id_lst.append(ids[rels[part]])
        part.partname = PackURI(f"/ppt/slideLayouts/slideLayout{n}.xml")

    set_core_properties(
        prs,
        title="msgkit default template",
        author="msgkit",
        subject="Slide layouts for msgkit's campaign decks",
        keywords="msgkit",
        language="en-GB",
        when=STAMP,
        status="",
    )
    set_app_properties(prs, "")
    buffer = io.BytesIO()
    prs.save(buffer)
    return repackage(buffer.getvalue(), STAMP)


if __name__ == "__main__":
    OUT.write_bytes(make())
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")
