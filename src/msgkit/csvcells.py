"""CSV cells a spreadsheet neither runs as a formula nor converts: the checks and the writer.

A cell starting with `= + - @`, TAB or CR is a formula to Excel and LibreOffice Calc
(CSV injection, OWASP). Files whose texts are published verbatim refuse such texts (a guard
would publish a stray apostrophe); files only read by people guard them with a leading `'`.
Values msgkit itself writes are chosen so Calc keeps them as they are: `1 of 2`, not `1/2`
(a date); `UTC+02:00`, not `+02:00` (a time without its sign).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

#: A cell starting with one of these is a formula to a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_formula(value: str) -> bool:
    """True when a spreadsheet would read `value` as a formula."""
    return value.startswith(FORMULA_START)


def guard(value: str) -> str:
    """`value` with a leading `'` where a spreadsheet would read it as a formula."""
    return "'" + value if is_formula(value) else value


def formula_hint(value: str) -> str:
    """How to rewrite a text that starts like a formula, in words."""
    if value.startswith("@"):
        return "write `.@…` or start the text with a word, so the post is not a formula"
    return (
        f"start the text with a word or a quotation mark, not `{value[:1]!s}`"
        if value[:1] not in ("\t", "\r")
        else "remove the tab or line break at the start of the text"
    )


def write_csv(rows: Iterable[Iterable[str]], *, bom: bool) -> bytes:
    """RFC 4180 rows (CRLF, minimal quoting) as UTF-8, with a byte-order mark if `bom`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


def part_label(n: int, total: int) -> str:
    """A thread part as a cell no spreadsheet turns into a date: `1 of 2`."""
    return f"{n} of {total}"
