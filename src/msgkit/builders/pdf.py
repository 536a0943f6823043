"""PDF fact sheets: a campaign overview and one sheet per thematic area, in every language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, Edition, OutputFile, Target
from msgkit.errors import Diagnostic
from msgkit.findings import Finding
from msgkit.fonts import font_path
from msgkit.model import Area, Kit
from msgkit.pdf.content import area_sheet, overview_sheet
from msgkit.pdf.glyphs import check_sheet_glyphs

#: The font styles the sheets embed (their files are the targets' assets).
_STYLES = ("regular", "bold", "italic", "bold-italic", "semibold")


class PdfBuilder(BaseBuilder):
    """`<lang>/factsheets/overview.pdf` and `<lang>/factsheets/<area-id>.pdf`."""

    name: ClassVar[str] = "pdf"
    #: 4: fitted to 2 pages (tightening steps), later pages at a readable measure, lighter key
    #: messages and actions, short links in running text, the kit's `url_label`, lead figures.
    #: 5: a partner's sheet names who shares it in the tagged side column, its mark in the footer.
    #: 6: an area sheet that overflows keeps its warning in the manifest (`msgkit.findings`).
    version: ClassVar[int] = 6

    def preflight(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        """Every character the sheets show must be in the font: a box is never acceptable."""
        return check_sheet_glyphs(kit, options.wants(kit))

    def render_findings(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        """Every area sheet fits one double-sided sheet of paper, or a located warning says
        which does not (measured by laying the sheets out: about 0.1 s a sheet). A build
        finds the same in the sheets it renders."""
        return sheet_fit_warnings(kit, options.editions(kit), options.build_time)

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        fonts = tuple(font_path(style) for style in _STYLES)  # type: ignore[arg-type]
        if kit.campaign.brand.logo:
            fonts += (kit.asset(kit.campaign.brand.logo),)
        targets = []
        for e in options.editions(kit):
            lang, partner = e.lang, e.partner
            mark = next((p.logo for p in kit.campaign.partners if p.id == partner), None)
            assets = (*fonts, kit.asset(mark)) if mark else fonts
            targets.append(
                Target(
                    builder=self.name,
                    key=f"{e.folder}/overview",
                    lang=lang,
                    partner=partner,
                    inputs=overview_sheet(kit, lang, options.build_time, partner),
                    assets=assets,
                )
            )
            targets += [
                Target(
                    builder=self.name,
                    key=f"{e.folder}/{area.id}",
                    lang=lang,
                    partner=partner,
                    area=area.id,
                    inputs=area_sheet(kit, area, lang, options.build_time, partner),
                    assets=assets,
                )
                for area in kit.areas
            ]
        return targets

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        from msgkit.pdf.render import fit_sheet

        assert target.lang is not None
        sheet = fit_sheet(target.inputs, ctx.kit.asset, ctx.options.build_time)
        if target.area is not None and sheet.overflows:
            ctx.report(_overflow(ctx.kit.area(target.area), target.lang, sheet.pages))
        data = sheet.pdf
        name = target.area or "overview"
        folder = Edition(target.lang, target.partner).folder
        return [
            OutputFile(
                relpath=f"{folder}/factsheets/{name}.pdf",
                data=data,
                kind="factsheet",
                lang=target.lang,
                partner=target.partner,
                area=target.area,
            )
        ]


def sheet_fit_warnings(
    kit: Kit, editions: Sequence[Edition], build_time: dt.datetime
) -> list[Diagnostic]:
    """A located warning for each area sheet that needs more than one double-sided sheet of
    paper even after every tightening step (the sheets are laid out to count their pages).

    A partner's sheet differs from its language's only in its footer and side column (links
    are shown without their tracking), so it is laid out again only when those change the
    layout (`layout_key`)."""
    from msgkit.pdf.render import AREA_PAGES, layout_key, overflow_pages

    found: list[Diagnostic] = []
    counted: dict[tuple[object, ...], int] = {}
    for e in editions:
        for area in kit.areas:
            sheet = area_sheet(kit, area, e.lang, build_time, e.partner)
            key = (e.lang, area.id, *layout_key(sheet, kit.asset))
            if key not in counted:
                counted[key] = overflow_pages(sheet, kit.asset, build_time)
                if counted[key] > AREA_PAGES:
                    found.append(_overflow(area, e.lang, counted[key]).diagnostic(kit))
    return list(dict.fromkeys(found))


def _overflow(area: Area, lang: str, pages: int) -> Finding:
    from msgkit.pdf.render import AREA_PAGES
    from msgkit.pdf.styles import TIGHTENING

    return Finding(
        f"the {lang} fact sheet of `{area.id}` needs {pages} pages, more than one double-sided "
        f"sheet ({AREA_PAGES}), even with {TIGHTENING[-1]}",
        area.source,
        ("facts",),
        f"shorten this area's {lang} facts, calls to action or sources, or move a fact to "
        "another area",
    )


BUILDER = PdfBuilder()
