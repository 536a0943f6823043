"""PDF fact sheets: a campaign overview and one sheet per thematic area, in every language."""

from __future__ import annotations

from typing import ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, OutputFile, Target
from msgkit.errors import Diagnostic
from msgkit.fonts import font_path
from msgkit.model import Kit
from msgkit.pdf.content import area_sheet, overview_sheet
from msgkit.pdf.glyphs import check_sheet_glyphs

#: The font styles the sheets embed (their files are the targets' assets).
_STYLES = ("regular", "bold", "italic", "bold-italic", "semibold")


class PdfBuilder(BaseBuilder):
    """`<lang>/factsheets/overview.pdf` and `<lang>/factsheets/<area-id>.pdf`."""

    name: ClassVar[str] = "pdf"
    version: ClassVar[int] = 3

    def preflight(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        """Every character the sheets show must be in the font: a box is never acceptable."""
        return check_sheet_glyphs(kit, options.wants(kit))

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        assets = tuple(font_path(style) for style in _STYLES)  # type: ignore[arg-type]
        if kit.campaign.brand.logo:
            assets += (kit.asset(kit.campaign.brand.logo),)
        targets = []
        for lang in options.wants(kit):
            targets.append(
                Target(
                    builder=self.name,
                    key=f"{lang}/overview",
                    lang=lang,
                    inputs=overview_sheet(kit, lang, options.build_time),
                    assets=assets,
                )
            )
            targets += [
                Target(
                    builder=self.name,
                    key=f"{lang}/{area.id}",
                    lang=lang,
                    area=area.id,
                    inputs=area_sheet(kit, area, lang, options.build_time),
                    assets=assets,
                )
                for area in kit.areas
            ]
        return targets

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        from msgkit.pdf.render import render_sheet

        assert target.lang is not None
        content = target.inputs
        logo = content["brand"]["logo"]
        data = render_sheet(content, ctx.kit.asset(logo) if logo else None, ctx.options.build_time)
        name = target.area or "overview"
        return [
            OutputFile(
                relpath=f"{target.lang}/factsheets/{name}.pdf",
                data=data,
                kind="factsheet",
                lang=target.lang,
                area=target.area,
            )
        ]


BUILDER = PdfBuilder()
