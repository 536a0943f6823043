"""The message sheet: one Markdown file per language with every text of the kit, for translators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, OutputFile, Target
from msgkit.labels import label
from msgkit.markdown import md_text
from msgkit.model import Area, Kit


class SheetBuilder(BaseBuilder):
    """`<lang>/messages.md`: campaign, areas, key messages, facts with sources, CTAs, posts."""

    name: ClassVar[str] = "sheet"
    #: 2: kit text is escaped for Markdown (msgkit.markdown).
    version: ClassVar[int] = 2

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        campaign = kit.campaign.model_dump(
            mode="json", exclude={"platforms", "outputs", "partners"}
        )
        areas = [{"week": a.week, "content": a.content.model_dump(mode="json")} for a in kit.areas]
        data = {"campaign": campaign, "areas": areas}
        return [
            Target(
                builder=self.name,
                key=lang,
                lang=lang,
                inputs={**kit.in_language(data, lang), "lang": lang},
            )
            for lang in options.wants(kit)
        ]

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        assert target.lang is not None
        text = render_sheet(ctx.kit, target.lang)
        return [
            OutputFile(
                relpath=f"{target.lang}/messages.md",
                data=text.encode("utf-8"),
                kind="sheet",
                lang=target.lang,
            )
        ]


def render_sheet(kit: Kit, lang: str) -> str:
    """The Markdown message sheet of `lang`."""
    c = kit.campaign
    t = _escaped(kit)
    lines = [f"# {t(c.title, lang)}", ""]
    if kit.is_draft(lang):
        lines += [f"> **{label('draft', lang)}**", ""]
    lines += [t(c.description, lang), "", f"<{c.url}>", ""]
    tags = " ".join(f"#{h.tag}" for h in kit.hashtags_for(lang) if h.campaign)
    if tags:
        lines += [f"**{label('hashtags', lang)}:** {tags}", ""]
    for area in kit.areas:
        lines += _area(kit, area, lang)
    return "\n".join(lines).rstrip() + "\n"


def _escaped(kit: Kit) -> Callable[[Any, str], str]:
    """`kit.text`, escaped for Markdown: a partner's preview shows the text, never markup."""
    return lambda value, lang: md_text(kit.text(value, lang))


def _area(kit: Kit, area: Area, lang: str) -> list[str]:
    t = _escaped(kit)
    a = area.content
    start = area.starts(kit.campaign).isoformat()
    lines = [f"## {label('week', lang, n=area.week)} ({start}): {t(a.title, lang)}", ""]
    lines += [t(a.summary, lang), ""]
    if a.key_messages:
        lines += [f"### {label('key_messages', lang)}", ""]
        lines += [f"- {t(m.text, lang)}" for m in a.key_messages] + [""]
    if a.facts:
        lines += [f"### {label('facts', lang)}", ""]
        for n, fact in enumerate(a.facts, 1):
            ref = f" [{n}]" if fact.source else ""
            lines.append(f"- {t(fact.text, lang)}{ref}")
        lines.append("")
        sourced = [(n, f.source) for n, f in enumerate(a.facts, 1) if f.source]
        if sourced:
            lines += [f"#### {label('sources', lang)}", ""]
            lines += [f"{n}. {md_text(s.title)}: <{s.url}>" for n, s in sourced] + [""]
    if a.calls_to_action:
        lines += [f"### {label('calls_to_action', lang)}", ""]
        for cta in a.calls_to_action:
            link = f" <{cta.link}>" if cta.link else ""
            lines.append(f"- {t(cta.text, lang)}{link}")
        lines.append("")
    if a.posts:
        lines += [f"### {label('posts', lang)}", ""]
        for post in a.posts:
            when = kit.post_time(area, post).strftime("%Y-%m-%d %H:%M %z")
            lines += [f"#### `{post.id}` · {when}", "", t(post.text, lang), ""]
            if post.link:
                lines += [f"<{post.link}>", ""]
            if post.image:
                lines += [f"*{label('alt_text', lang)}:* {t(post.image.alt, lang)}", ""]
    return lines


BUILDER = SheetBuilder()
