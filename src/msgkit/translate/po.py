"""gettext PO: msgctxt = the text's id, `#.` notes, `fuzzy` for stale; write and read back."""

from __future__ import annotations

from pathlib import Path

from msgkit.errors import MsgkitError, SourceLocation, error
from msgkit.translate.entry import Claim, ExportRow, ImportFile, ImportRow


def write_po(rows: list[ExportRow], *, kit_id: str, lang: str, date: str) -> bytes:
    """A PO file with one entry per row; stale translations are `fuzzy` (UTF-8 bytes)."""
    import polib

    po = polib.POFile(wrapwidth=78)
    po.metadata = {
        "Project-Id-Version": kit_id,
        "POT-Creation-Date": date,
        "PO-Revision-Date": date,
        "Last-Translator": "",
        "Language-Team": "",
        "Language": lang.replace("-", "_"),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": "msgkit",
    }
    for row in rows:
        comments = [row.context, *row.budgets, *(f"note: {n}" for n in row.notes)]
        if row.state == "reviewed":
            comments.append("state: reviewed")
        entry = polib.POEntry(
            msgctxt=row.id,
            msgid=row.source,
            msgstr=row.target,
            comment="\n".join(comments),
            flags=["fuzzy"] if row.state == "stale" else [],
        )
        po.append(entry)
    return str(po).encode("utf-8")


def read_po(path: Path, display: str, *, reviewed: bool) -> ImportFile:
    """The rows of a PO file: `fuzzy` entries are skipped; the others are translated, or
    reviewed when the file comes from a reviewer (`reviewed`)."""
    import polib

    try:
        po = polib.pofile(str(path), encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise MsgkitError(
            [
                error(
                    f"cannot read the PO file: {exc}",
                    SourceLocation(display),
                    "check it with `msgfmt --check`, or export it again",
                )
            ]
        ) from None
    lang = po.metadata.get("Language") or None
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    rows = []
    for entry in po:
        if entry.obsolete:
            continue
        claim: Claim = "reviewed" if reviewed else "translated"
        if "fuzzy" in entry.flags:
            claim = "skip"
        rows.append(
            ImportRow(
                id=entry.msgctxt or "",
                source=entry.msgid,
                target=entry.msgstr,
                claim=claim,
                location=SourceLocation(display, _msgstr_line(lines, entry.linenum or 1), 1),
            )
        )
    return ImportFile(lang=lang.replace("_", "-") if lang else None, rows=rows)


def _msgstr_line(lines: list[str], start: int) -> int:
    """The line of the entry's `msgstr`, where a translator looks for the translation."""
    for n in range(max(start - 1, 0), len(lines)):
        if lines[n].startswith("msgstr"):
            return n + 1
    return start
