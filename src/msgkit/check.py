"""Every problem of a kit, found once and the same way for every command that reads a kit.

`msgkit check`, `msgkit build` and `msgkit posts` all call `diagnose`: the model and cross-file
checks of every file, every builder's lint, and every builder's preflight (the checks a build
would otherwise only meet while rendering: text that cannot fit a card, glyphs the fonts lack,
images that do not decode, template problems). So a kit that passes `check --strict` builds with
`build --strict`, and the messages are the same words at the same places.
"""

from __future__ import annotations

from pathlib import Path

from msgkit.builders import Builder, BuildOptions, ordered
from msgkit.errors import Diagnostic, Diagnostics
from msgkit.lint import lint_texts
from msgkit.model import Kit
from msgkit.validate import load_kit_partial


def diagnose(
    folder: Path,
    *,
    strict: bool = False,
    options: BuildOptions | None = None,
    preflight: list[Builder] | None = None,
) -> tuple[Kit | None, Diagnostics]:
    """The kit (None when it cannot be read) and every diagnostic of it, in one pass.

    `preflight` names the builders whose build-time checks run (default: all of them, as
    `check` does); lint runs for every builder whatever a build selects.
    """
    kit, diags = load_kit_partial(folder, strict=strict)
    if kit is None:
        return None, diags
    if diags.errors:
        # The files that validated still get their texts checked, in this same pass.
        diags.extend(text_problems(kit))
        return None, diags
    diags.extend(kit_problems(kit, options or default_options(kit, strict), preflight))
    return kit, diags


def text_problems(kit: Kit) -> list[Diagnostic]:
    """What is wrong in the kit's texts themselves (placeholders, sources, hashtags): checks
    that need no valid whole kit, so they run even while other files have errors."""
    from msgkit.hashtags import lint_hashtags

    return [*lint_texts(kit), *lint_hashtags(kit)]


def kit_problems(
    kit: Kit, options: BuildOptions, preflight: list[Builder] | None = None
) -> list[Diagnostic]:
    """Kit-wide text lints, every builder's lint, and the preflight of `preflight` (default:
    every builder's preflight and the warnings their rendering would find, as `check` needs:
    a build finds those in its own rendering, `msgkit.findings`)."""
    found: list[Diagnostic] = lint_texts(kit)
    everyone = ordered()
    for builder in everyone:
        found += builder.lint(kit)
    for builder in everyone if preflight is None else preflight:
        found += builder.preflight(kit, options)
        if preflight is None:
            found += builder.render_findings(kit, options)
    return found


def default_options(kit: Kit, strict: bool) -> BuildOptions:
    """The options of a plain `msgkit build`: every language, and the same build time (so the
    same sheet footers, laid out the same way)."""
    from msgkit.build import build_time  # build imports this module: imported when called

    return BuildOptions(build_time=build_time(kit), strict=strict)


def check_kit_folder(folder: Path, *, strict: bool = False) -> tuple[list[Diagnostic], bool]:
    """All diagnostics of one kit, sorted, and whether it passes (under strict: no warnings)."""
    _kit, diags = diagnose(folder, strict=strict)
    return diags.sorted(), not diags.failed(strict)
