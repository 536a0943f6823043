"""XLIFF 1.2 (what Trados, memoQ, Phrase, Crowdin and Weblate read): write and read back."""

from __future__ import annotations

from pathlib import Path

from msgkit.errors import MsgkitError, SourceLocation, error
from msgkit.translate.entry import Claim, ExportRow, ImportFile, ImportRow

NS = "urn:oasis:names:tc:xliff:document:1.2"
#: Our states → XLIFF 1.2 `state` values; a stale text asks for a review of its translation.
_STATE = {
    "new": "needs-translation",
    "translated": "translated",
    "reviewed": "final",
    "stale": "needs-review-translation",
}


def write_xliff(rows: list[ExportRow], *, kit_id: str, source_lang: str, lang: str) -> bytes:
    """An XLIFF 1.2 document with one `trans-unit` per row (UTF-8 bytes)."""
    from lxml import etree  # type: ignore[import-untyped]

    root = etree.Element(f"{{{NS}}}xliff", nsmap={None: NS}, version="1.2")
    file_el = etree.SubElement(
        root,
        f"{{{NS}}}file",
        original=kit_id,
        datatype="plaintext",
        attrib={"source-language": source_lang, "target-language": lang},
    )
    header = etree.SubElement(file_el, f"{{{NS}}}header")
    etree.SubElement(header, f"{{{NS}}}tool", attrib={"tool-id": "msgkit", "tool-name": "msgkit"})
    body = etree.SubElement(file_el, f"{{{NS}}}body")
    for row in rows:
        unit = etree.SubElement(body, f"{{{NS}}}trans-unit", id=row.id, resname=row.id)
        unit.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if row.max_length is not None:
            unit.set("maxwidth", str(row.max_length))
            unit.set("size-unit", "char")
        if row.state == "reviewed":
            unit.set("approved", "yes")
        etree.SubElement(unit, f"{{{NS}}}source").text = row.source
        target = etree.SubElement(unit, f"{{{NS}}}target", state=_STATE[row.state])
        target.text = row.target
        for text, whom in ([(row.context, "context")] + [(b, "budget") for b in row.budgets]) + [
            (n, "author") for n in row.notes
        ]:
            note = etree.SubElement(unit, f"{{{NS}}}note", attrib={"from": whom})
            note.text = text
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


#: States that mean a reviewer signed the text off.
_REVIEWED = {"final", "signed-off"}


def read_xliff(path: Path, display: str) -> ImportFile:
    """The rows of an XLIFF 1.2 file: `final`/`signed-off` targets are reviewed; a target whose
    state still needs work counts only if its text changed (the translator typed a new one)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        tree = etree.parse(str(path), parser)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        raise MsgkitError(
            [
                error(
                    f"cannot read the XLIFF file: {exc.msg}",
                    SourceLocation(display, line, col + 1 if line else 0),
                    "the file must be well-formed XML; open it in the translation tool and "
                    "export it again",
                )
            ]
        ) from None
    root = tree.getroot()
    ns = {"x": NS}
    file_el = root.find("x:file", ns)
    if root.tag != f"{{{NS}}}xliff" or file_el is None:
        raise MsgkitError(
            [
                error(
                    "not an XLIFF 1.2 file",
                    SourceLocation(display, root.sourceline or 0, 1),
                    "import the .xlf file that `msgkit translate export` wrote",
                )
            ]
        )
    rows = []
    for unit in root.iterfind(".//x:trans-unit", ns):
        source = unit.find("x:source", ns)
        target = unit.find("x:target", ns)
        text = "".join(target.itertext()) if target is not None else ""
        state = target.get("state", "translated") if target is not None else "new"
        claim: Claim = "translated"
        if state in _REVIEWED:
            claim = "reviewed"
        elif state.startswith("needs-") or state == "new":
            claim = "changed"
        where = target if target is not None else unit
        rows.append(
            ImportRow(
                id=unit.get("id", ""),
                source="".join(source.itertext()) if source is not None else "",
                target=text,
                claim=claim,
                location=SourceLocation(display, where.sourceline or 0, 1),
            )
        )
    return ImportFile(lang=file_el.get("target-language"), rows=rows)
