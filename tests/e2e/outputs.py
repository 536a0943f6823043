"""Read built outputs back as text, the way a person (or a screen reader) would meet them."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

#: Output kinds that are text as written (Markdown, CSV, calendars, JSON, the page).
TEXT_SUFFIXES = (".md", ".csv", ".ics", ".json", ".html", ".txt")


def pdf_text(path: Path) -> str:
    """Every word of a PDF, page by page (pypdf), with line breaks and hyphenation joined."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return text


def pptx_text(path: Path) -> str:
    """Every run of every slide and notes page of a deck, in file order."""
    with zipfile.ZipFile(path) as package:
        parts = [
            package.read(name).decode("utf-8")
            for name in sorted(package.namelist())
            if re.match(r"ppt/(slides|notesSlides)/\w+\.xml$", name)
        ]
    runs = re.findall(r"<a:t>([^<]*)</a:t>", "\n".join(parts))
    return "\n".join(_unescape_xml(r) for r in runs)


def _unescape_xml(text: str) -> str:
    return (
        text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    )


def ics_unfolded(text: str) -> str:
    """An iCalendar file with its folded lines joined and TEXT escapes undone (RFC 5545)."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    return unfolded.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def texts_of(folder: Path) -> dict[str, str]:
    """Every output under `folder` as text, by path relative to it (images: their alt text)."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(folder).as_posix()
        if path.suffix == ".pdf":
            found[rel] = pdf_text(path)
        elif path.suffix == ".pptx":
            found[rel] = pptx_text(path)
        elif path.suffix == ".ics":
            found[rel] = ics_unfolded(path.read_text("utf-8"))
        elif path.suffix in TEXT_SUFFIXES:
            found[rel] = path.read_text("utf-8-sig")
    manifest = folder / "manifest.json"
    if manifest.is_file():
        for entry in json.loads(manifest.read_text("utf-8"))["files"]:
            if entry.get("alt"):
                found[f"{entry['path']}#alt"] = entry["alt"]
    return found
