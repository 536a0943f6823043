"""XLSX for translators who work in Excel: one row per text, source locked, long texts wrapped."""

from __future__ import annotations

import io
import re
from pathlib import Path

from msgkit.errors import MsgkitError, SourceLocation, error
from msgkit.translate.entry import Claim, ExportRow, ImportFile, ImportRow

COLUMNS = ("id", "context", "budget", "source", "translation", "state")
_WIDTHS = {"id": 34, "context": 40, "budget": 36, "source": 60, "translation": 60, "state": 12}
#: The column translators type in (E) and the one reviewers may set to `reviewed` (F).
TRANSLATION_COL, STATE_COL = 5, 6


def write_xlsx(rows: list[ExportRow], *, source_lang: str, lang: str, epoch: int) -> bytes:
    """A workbook with one sheet named after the language; only translation and state editable."""
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Protection
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = lang
    when = dt.datetime.fromtimestamp(epoch, dt.UTC).replace(tzinfo=None)
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "msgkit"
    heads = list(COLUMNS)
    heads[3] = f"source ({source_lang})"
    heads[4] = f"translation ({lang})"
    ws.append(heads)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        notes = "\n".join([row.context, *(f"note: {n}" for n in row.notes)])
        ws.append([row.id, notes, "\n".join(row.budgets), row.source, row.target, row.state])
        r = ws.max_row
        for c in range(1, len(COLUMNS) + 1):
            cell = ws.cell(row=r, column=c)
            cell.alignment = wrap
            if c in (TRANSLATION_COL, STATE_COL):
                cell.protection = Protection(locked=False)
    for i, name in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = _WIDTHS[name]
    ws.freeze_panes = "A2"
    # Locked cells (id, context, budget, source) cannot be edited; no password: it only
    # prevents accidents, and a translator who must unprotect the sheet can.
    ws.protection.sheet = True
    buffer = io.BytesIO()
    wb.save(buffer)
    # openpyxl dates each zip member with the current time: re-zip with the export's date, so
    # the same kit exports the same bytes.
    import zipfile

    from msgkit.output import deterministic_zip, zip_date

    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        members = [(name, archive.read(name)) for name in archive.namelist()]
    # openpyxl also sets the `modified` property to now when it saves.
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    members = [
        (name, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data))
        if name == "docProps/core.xml"
        else (name, data)
        for name, data in members
    ]
    return deterministic_zip(members, date_time=zip_date(when))


def read_xlsx(path: Path, display: str) -> ImportFile:
    """The rows of a workbook written by `write_xlsx`; a row whose state says `reviewed` is
    reviewed; one still `new` or `stale` counts only if its translation was changed."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(str(path), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a file that is not a workbook
        raise MsgkitError(
            [
                error(
                    f"cannot read the workbook: {exc}",
                    SourceLocation(display),
                    "import the .xlsx file that `msgkit translate export` wrote, saved by Excel "
                    "or LibreOffice as .xlsx",
                )
            ]
        ) from None
    ws = wb.worksheets[0]
    rows = []
    for r, values in enumerate(ws.iter_rows(values_only=True), 1):
        cells = [("" if v is None else str(v)) for v in values] + [""] * len(COLUMNS)
        if r == 1 or not cells[0]:
            continue
        state = cells[STATE_COL - 1].strip().lower()
        claim: Claim = (
            "reviewed"
            if state == "reviewed"
            else "translated"
            if state == "translated"
            else "changed"
        )
        rows.append(
            ImportRow(
                id=cells[0],
                source=cells[3],
                target=cells[TRANSLATION_COL - 1],
                claim=claim,
                location=SourceLocation(f"{display}:E{r}"),
            )
        )
    lang = ws.title
    wb.close()
    return ImportFile(lang=lang, rows=rows)
