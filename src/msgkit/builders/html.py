"""The index page: one self-contained, offline `<lang>/index.html` per language pack."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, Edition, OutputFile, Target
from msgkit.model import Kit
from msgkit.resolve import resolve
from msgkit.tracking import utm_values


class HtmlBuilder(BaseBuilder):
    """`<lang>/index.html`: every post per platform with a copy button, images, schedule, files.

    The page links the other builders' files of its language relatively, so it works from the
    unzipped pack; it embeds its style, script and the brand mark, and makes no requests.
    """

    name: ClassVar[str] = "html"
    #: 2: fitting notes and warnings from posts.json objects, in the page's language.
    #: 4: long words in headings wrap on a phone.
    version: ClassVar[int] = 4
    #: Builders that are not registered are skipped (see `ordered`): the page shows what exists.
    consumes: ClassVar[tuple[str, ...]] = ("calendar", "deck", "images", "pdf", "posts", "sheet")

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        campaign = kit.campaign.model_dump(mode="json", exclude={"partners", "outputs"})
        areas = [{"week": a.week, "content": a.content.model_dump(mode="json")} for a in kit.areas]
        logo: tuple[Path, ...] = ()
        if kit.campaign.brand.logo:
            logo = (kit.asset(kit.campaign.brand.logo),)
        targets = []
        for e in options.editions(kit):
            inputs = {
                **kit.in_language({"campaign": campaign, "areas": areas}, e.lang),
                "lang": e.lang,
                # The footer names the build date.
                "built": options.build_time.date().isoformat(),
            }
            assets = logo
            if e.partner is not None:
                partner = next(p for p in kit.campaign.partners if p.id == e.partner)
                inputs["partner"] = {
                    **partner.model_dump(mode="json"),
                    "tracking": utm_values(kit, partner.id),
                    "timezone": resolve(kit, e.lang, e.partner).timezone,
                }
                if partner.logo:
                    assets += (kit.asset(partner.logo),)
            targets.append(
                Target(
                    builder=self.name,
                    key=e.folder,
                    lang=e.lang,
                    partner=e.partner,
                    inputs=inputs,
                    assets=assets,
                )
            )
        return targets

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        from msgkit.html.page import render_index

        assert target.lang is not None
        page = render_index(
            ctx.kit,
            target.lang,
            ctx.upstream,
            ctx.read_output,
            ctx.options.build_time,
            target.partner,
        )
        return [
            OutputFile(
                relpath=f"{Edition(target.lang, target.partner).folder}/index.html",
                data=page.encode("utf-8"),
                kind="html",
                lang=target.lang,
                partner=target.partner,
            )
        ]


BUILDER = HtmlBuilder()
