"""Tagged PDF (PDF/UA-1): marks what the sheet's flowables draw and writes the structure tree.

Two steps: while reportlab draws, a `Tagger` on the canvas wraps each tagged flowable's drawing
in `/<Role> <</MCID n>> BDC … EMC` and everything else (bands, footer, rules, panels, the draft
badge) in `/Artifact … EMC`; after reportlab saves, `Tagger.finish` writes the structure tree,
parent tree, link OBJRs, catalog entries and XMP with pikepdf. The sheets only say *what* a
flowable is: `tag(flowable, "P")`, `list_item(...)`, `node("L")`; reading order is the logical
order of those nodes, not where things sit on a page.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from xml.sax.saxutils import escape

#: Top-level groups, read in this order: the main column, the side column, page furniture links.
MAIN, ASIDE, FURNITURE = 0, 1, 2


class Node:
    """A structure element to be: a standard PDF role (`P`, `H1`, `L`, `Figure`, …).

    `lang` is a BCP-47 tag, written as `/Lang` only where it differs from what the element
    inherits; `alt` is a figure's alternative text; `scope` (`Row`/`Column`) a header cell's.
    Kids are ordered by when they are first drawn, which for one column is the logical order.
    """

    __slots__ = ("alt", "children", "group", "lang", "links", "marks", "parent", "role", "scope")

    def __init__(
        self,
        role: str,
        parent: Node | None = None,
        *,
        lang: str | None = None,
        alt: str | None = None,
        scope: str | None = None,
        group: int = MAIN,
    ) -> None:
        self.role = role
        self.parent = parent
        self.lang = lang
        self.alt = alt
        self.scope = scope
        self.group: int = parent.group if parent is not None else group
        self.children: list[Node] = []
        self.marks: list[tuple[int, int, int]] = []  # (clock, page index, MCID)
        #: (clock, contents, [(page index, annotation index)…]): one link, one or more boxes.
        self.links: list[tuple[int, str, list[tuple[int, int]]]] = []
        if parent is not None:
            parent.children.append(self)

    def first(self) -> int | None:
        """When this element or a descendant was first drawn (None: never, so not written)."""
        times = [m[0] for m in self.marks] + [link[0] for link in self.links]
        times += [t for c in self.children if (t := c.first()) is not None]
        return min(times) if times else None


def node(
    role: str,
    parent: Node | None = None,
    *,
    lang: str | None = None,
    alt: str | None = None,
    group: int = MAIN,
) -> Node:
    """A structure element that holds others (`L`, `Table`, `TR`, `Sect`)."""
    return Node(role, parent, lang=lang, alt=alt, group=group)


def tag(
    flowable: Any,
    role: str,
    parent: Node | None = None,
    *,
    lang: str | None = None,
    alt: str | None = None,
    scope: str | None = None,
) -> Any:
    """`flowable` itself, now drawing as content of a new `role` element (also when split)."""
    _adopt(flowable, Node(role, parent, lang=lang, alt=alt, scope=scope), None)
    return flowable


def text_lang(value: str | dict[str, Any]) -> str | None:
    """The language of a content-slice text (`{"text", "lang", …}`); None for a plain string,
    which is in the sheet's language."""
    return None if isinstance(value, str) else str(value["lang"])


def list_item(paragraph: Any, in_list: Node, *, lang: str | None = None) -> Node:
    """Tag a paragraph with a bullet as `LI` → (`Lbl` bullet, `LBody` text) of `in_list`.

    Returns the `LBody`, for whatever else the item holds (a chart and its caption).
    """
    item = Node("LI", in_list, lang=lang)
    label, body = Node("Lbl", item), Node("LBody", item)
    _adopt(paragraph, body, label)
    return body


#: Artifact kinds: page furniture a reader can recognise as running header or footer.
_ARTIFACTS = {
    "": "/Artifact BMC",
    "Header": "/Artifact <</Type /Pagination /Subtype /Header>> BDC",
    "Footer": "/Artifact <</Type /Pagination /Subtype /Footer>> BDC",
}


@contextmanager
def artifact(canv: Any, kind: str = "") -> Iterator[None]:
    """Draw decoration (a rule, a panel, a bar) as an artifact even inside tagged content;
    `kind` "Header" or "Footer" marks page furniture as such."""
    tagger: Tagger | None = getattr(canv, "msgkit_tagger", None)
    if tagger is None:
        yield
        return
    tagger.begin(canv, _ARTIFACTS[kind])
    try:
        yield
    finally:
        tagger.end(canv)


@contextmanager
def content(canv: Any, element: Node) -> Iterator[None]:
    """Draw what is not a flowable (the logo on the header band) as content of `element`."""
    tagger: Tagger | None = getattr(canv, "msgkit_tagger", None)
    if tagger is None:
        yield
        return
    tagger.begin(canv, element)
    try:
        yield
    finally:
        tagger.end(canv)


class Tagged:
    """Mixed into a flowable's class by `tag`: its drawing becomes marked content."""

    _msgkit_node: Node
    _msgkit_label: Node | None

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        tagger: Tagger | None = getattr(canvas, "msgkit_tagger", None)
        if tagger is None:
            super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
            return
        label = self._msgkit_label
        if label is not None and getattr(self, "bulletText", None):
            # The bullet is drawn first (reportlab's `_drawBullet`, hooked below), then the text.
            tagger.begin(canv=canvas, element=label)
            tagger.after_bullet = self._msgkit_node
        else:
            tagger.begin(canvas, self._msgkit_node)
        try:
            super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
        finally:
            tagger.after_bullet = None
            tagger.end(canvas)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        parts: list[Any] = super().split(avail_width, avail_height)  # type: ignore[misc]
        for part in parts:
            if part is not self:
                _adopt(part, self._msgkit_node, self._msgkit_label)
        return parts


_CLASSES: dict[type, type] = {}


def _tagged_class(cls: type) -> type:
    """`cls` with `Tagged` mixed in (one class per flowable class; isinstance still holds)."""
    if cls not in _CLASSES:
        _CLASSES[cls] = type(cls.__name__, (Tagged, cls), {"__module__": cls.__module__})
    return _CLASSES[cls]


def _adopt(flowable: Any, element: Node, label: Node | None) -> None:
    cls = type(flowable)
    if not issubclass(cls, Tagged):
        flowable.__class__ = _tagged_class(cls)
    flowable._msgkit_node = element
    flowable._msgkit_label = label


def _install_bullet_hook() -> None:
    """After reportlab draws a list item's bullet, the rest of the paragraph is its `LBody`."""
    from reportlab.platypus import paragraph

    original = paragraph._drawBullet
    if getattr(original, "msgkit", False):
        return

    def draw_bullet(canvas: Any, *args: Any, **kwargs: Any) -> Any:
        result = original(canvas, *args, **kwargs)
        tagger: Tagger | None = getattr(canvas, "msgkit_tagger", None)
        if tagger is not None and tagger.after_bullet is not None:
            body, tagger.after_bullet = tagger.after_bullet, None
            tagger.end(canvas)
            tagger.begin(canvas, body)
        return result

    draw_bullet.msgkit = True  # type: ignore[attr-defined]
    paragraph._drawBullet = draw_bullet


_install_bullet_hook()


class Tagger:
    """Records, while one PDF is drawn, which element each MCID and link annotation belongs to.

    Only one marked-content sequence is open at a time: opening an element's content closes
    the enclosing one, and closing it reopens the enclosing one under a new MCID (an empty
    sequence is taken back), so nesting in the structure tree never needs nesting on the page.
    """

    def __init__(self, lang: str, anchors: dict[str, str] | None = None) -> None:
        self.lang = lang
        #: `/Contents` of links to a named destination, by destination name.
        self.anchors = anchors or {}
        self.after_bullet: Node | None = None
        self._clock = itertools.count()
        self._stack: list[Node | str] = []  # str: an artifact's opening operator
        self._open_at = -1  # index in the page's code of the open BDC/BMC
        self._open: tuple[Node, int] | None = None  # the element and MCID now open
        self._mcids: list[list[Node]] = []  # per page: the element of each MCID
        self._annots: list[int] = []  # per page: link annotations seen
        self._roots: list[Node] = []
        self._furniture: list[Node] = []
        self._pending: str | None = None
        self._reference = False

    # -- while drawing -------------------------------------------------------------------
    def start_page(self, canv: Any) -> None:
        """A new page: what is drawn outside tagged flowables is an artifact."""
        self._mcids.append([])
        self._annots.append(0)
        self._stack = []
        self._reopen(canv)

    def end_page(self, canv: Any) -> None:
        self._close(canv)

    def discard_empty_page(self, canv: Any) -> None:
        """reportlab starts a page after the last one and saves it only if it has content."""
        self._close(canv)
        if not canv._code:
            self._mcids.pop()
            self._annots.pop()

    def begin(self, canv: Any, element: Node | str) -> None:
        """Start drawing content of `element` (a str: an artifact, opened by that operator)."""
        self._close(canv)
        self._stack.append(element)
        self._reopen(canv)

    def end(self, canv: Any) -> None:
        self._close(canv)
        self._stack.pop()
        self._reopen(canv)

    def link_to(self, url: str | None = None, anchor: str | None = None) -> None:
        """The next annotation links to `url` or to the named destination `anchor`."""
        self._pending = url if anchor is None else self.anchors.get(anchor, anchor)
        self._reference = anchor is not None

    def annotation(self) -> None:
        """A link annotation was added to the page: it belongs to the element being drawn."""
        page = len(self._annots) - 1
        index = self._annots[page]
        self._annots[page] += 1
        contents, self._pending = self._pending or "", None
        owner = self._stack[-1] if self._stack else None
        if not isinstance(owner, Node):
            # A link in page furniture (the footer): it still needs a Link element.
            owner = Node("Link", group=FURNITURE)
            self._furniture.append(owner)
        elif self._reference:
            # A jump within the sheet (a fact's [n] to its source) is a Reference → Link.
            owner = Node("Reference", owner)
        self._reference = False
        last = owner.links[-1] if owner.links else None
        if last is not None and last[1] == contents and last[2][-1] == (page, index - 1):
            last[2].append((page, index))  # a URL broken over lines is still one link
        else:
            owner.links.append((next(self._clock), contents, [(page, index)]))

    def _reopen(self, canv: Any) -> None:
        code = canv._code
        self._open_at = len(code)
        element = self._stack[-1] if self._stack else _ARTIFACTS[""]
        if isinstance(element, str):
            code.append(element)
            self._open = None
            return
        page = len(self._mcids) - 1
        mcid = len(self._mcids[page])
        self._mcids[page].append(element)
        element.marks.append((next(self._clock), page, mcid))
        self._open = (element, mcid)
        code.append(f"/{element.role} <</MCID {mcid}>> BDC")
        root = element
        while root.parent is not None:
            root = root.parent
        if not any(r is root for r in self._roots):
            self._roots.append(root)

    def _close(self, canv: Any) -> None:
        if self._open_at < 0:
            return
        code = canv._code
        if not any(_paints(line) for line in code[self._open_at + 1 :]):
            # Nothing drawn (at most the graphics state changed): take the sequence back.
            del code[self._open_at]
            if self._open is not None:
                element, _ = self._open
                element.marks.pop()
                self._mcids[-1].pop()
        else:
            code.append("EMC")
        self._open_at = -1
        self._open = None

    # -- after reportlab saved -----------------------------------------------------------
    def finish(self, data: bytes, meta: dict[str, Any], build_time: dt.datetime) -> bytes:
        """The saved PDF with its structure tree, parent tree, catalog entries and XMP."""
        import pikepdf
        from pikepdf import Array, Dictionary, Name, String

        pdf = pikepdf.open(io.BytesIO(data))
        pages = [p.obj for p in pdf.pages]
        tree_root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        document = pdf.make_indirect(
            Dictionary(Type=Name.StructElem, S=Name.Document, P=tree_root, K=Array())
        )
        elems: dict[int, Any] = {}  # id(node) -> its StructElem
        annot_parents: list[tuple[Any, Any]] = []  # (annotation, its Link element)

        def write(n: Node, parent: Any, inherited: str) -> Any:
            elem = pdf.make_indirect(
                Dictionary(Type=Name.StructElem, S=Name("/" + n.role), P=parent)
            )
            elems[id(n)] = elem
            lang = n.lang or inherited
            if lang != inherited:
                elem.Lang = String(lang)
            if n.alt:
                elem.Alt = String(n.alt)
            if n.scope:
                elem.A = Dictionary(O=Name.Table, Scope=Name("/" + n.scope))
            if n.marks:
                elem.Pg = pages[n.marks[0][1]]
            kids: list[tuple[int, Any]] = []
            for clock, page, mcid in n.marks:
                if page == n.marks[0][1]:
                    kids.append((clock, mcid))
                else:
                    kids.append((clock, Dictionary(Type=Name.MCR, Pg=pages[page], MCID=mcid)))
            for clock, contents, boxes in n.links:
                # A Link element holds its annotations itself; any other gets a Link per link.
                if n.role == "Link":
                    kids += [(clock, objr(elem, page, i, contents)) for page, i in boxes]
                else:
                    kids.append((clock, link_elem(elem, boxes, contents)))
            for child in n.children:
                if (t := child.first()) is not None:
                    kids.append((t, write(child, elem, lang)))
            kids.sort(key=lambda k: k[0])
            # A single kid is written bare (`/K 3`), as most writers do; the pdfua checker's
            # heading rule (0.1.3) cannot read a heading whose /K is an array.
            elem.K = kids[0][1] if len(kids) == 1 else Array([k for _, k in kids])
            return elem

        def objr(link: Any, page: int, index: int, contents: str) -> Any:
            annot = pages[page].Annots[index]
            annot.Contents = String(contents)
            if "/Pg" not in link:
                link.Pg = pages[page]
            annot_parents.append((annot, link))
            return Dictionary(Type=Name.OBJR, Obj=annot, Pg=pages[page])

        def link_elem(parent: Any, boxes: list[tuple[int, int]], contents: str) -> Any:
            link = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Link, P=parent))
            link.K = Array([objr(link, page, i, contents) for page, i in boxes])
            return link

        def order(n: Node) -> tuple[int, int]:
            return (n.group, n.first() or 0)

        top = sorted([r for r in self._roots if r.first() is not None], key=order)
        top += [f for f in self._furniture if f.first() is not None]
        document.K = Array(write(n, document, self.lang) for n in top)

        nums: list[Any] = []
        for i, page in enumerate(pages):
            page.StructParents = i
            page.Tabs = Name.S
            owners = self._mcids[i] if i < len(self._mcids) else []
            nums += [i, pdf.make_indirect(Array(elems[id(o)] for o in owners))]
        for key, (annot, link) in enumerate(annot_parents, len(pages)):
            annot.StructParent = key
            nums += [key, link]
        tree_root.K = document
        tree_root.ParentTree = pdf.make_indirect(Dictionary(Nums=Array(nums)))
        tree_root.ParentTreeNextKey = len(pages) + len(annot_parents)

        catalog = pdf.Root
        catalog.MarkInfo = Dictionary(Marked=True)
        catalog.Lang = String(self.lang)
        catalog.StructTreeRoot = tree_root
        catalog.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        xmp = pikepdf.Stream(pdf, _xmp(meta, self.lang, build_time).encode("utf-8"))
        xmp.Type = Name.Metadata
        xmp.Subtype = Name.XML
        catalog.Metadata = pdf.make_indirect(xmp)
        out = io.BytesIO()
        pdf.save(
            out,
            deterministic_id=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
        return out.getvalue()


#: Operators that only set state: a sequence of nothing else draws nothing.
_STATE_ONLY = frozenset({"q", "Q", "cm", "rg", "RG", "g", "G", "k", "K", "w", "gs", "Tf", "TL"})


def _paints(line: str) -> bool:
    """Whether a line of content-stream code may draw something (kept: anything unknown)."""
    words = line.split()
    return bool(words) and words[-1] not in _STATE_ONLY


def _xmp(meta: dict[str, Any], lang: str, when: dt.datetime) -> str:
    """XMP with the title, language, authors, dates and the PDF/UA-1 identification."""
    stamp = when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    title = escape(meta["title"])
    subject = escape(meta.get("subject") or "")
    keywords = escape(", ".join(meta.get("keywords") or []))
    creators = "".join(f"<rdf:li>{escape(a)}</rdf:li>" for a in meta["author"].split(", ") if a)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>'
        f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>"
        f"<dc:creator><rdf:Seq>{creators}</rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li>'
        "</rdf:Alt></dc:description>"
        f"<pdf:Keywords>{keywords}</pdf:Keywords>"
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate><xmp:ModifyDate>{stamp}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{stamp}</xmp:MetadataDate><xmp:CreatorTool>msgkit</xmp:CreatorTool>"
        "<pdfuaid:part>1</pdfuaid:part>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
