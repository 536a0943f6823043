"""`msgkit check`: every problem of a kit (model, cross-file, builder lint) without building."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from msgkit.builders import ordered
from msgkit.errors import Diagnostic, Diagnostics, MsgkitError
from msgkit.validate import load_kit


def check_kit_folder(folder: Path, *, strict: bool = False) -> tuple[list[Diagnostic], bool]:
    """All diagnostics of one kit, sorted, and whether it passes (under strict: no warnings)."""
    diags = Diagnostics(strict=strict)
    try:
        kit, warnings = load_kit(folder, strict=False)
    except MsgkitError as exc:
        diags.extend(exc.diagnostics)
        return diags.sorted(), False
    diags.extend(warnings.items)
    for builder in ordered():
        diags.extend(builder.lint(kit))
    if not diags.failed(False):
        # Measured, not linted: a fact sheet's page count is known only once it is laid out.
        from msgkit.builders.pdf import sheet_fit_warnings

        start = dt.datetime.combine(kit.campaign.start, dt.time(), tzinfo=dt.UTC)
        diags.extend(sheet_fit_warnings(kit, list(kit.campaign.languages), start))
    return diags.sorted(), not diags.failed(strict)
