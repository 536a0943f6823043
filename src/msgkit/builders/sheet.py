"""The message sheet: one Markdown file per language with every text of the kit, for reviewers.

It holds every translatable text that any output publishes (titles, summaries, key messages,
facts and their sources, chart units and labels, calls to action, each post's title, text, short
variant and image alt text, do's and don'ts, usage terms, the contact's name), grouped as the
kit is, so a reviewer who signs it off has seen every word that goes out. Texts that stand in for
a missing or stale translation say so; kit text is escaped, so a Markdown viewer shows it as typed.
"""

from __future__ import annotations

from typing import ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, Edition, OutputFile, Target
from msgkit.l10n import format_datetime, format_number, format_range
from msgkit.labels import label
from msgkit.markdown import escape
from msgkit.model import Kit
from msgkit.resolve import Content, ResolvedArea, Text, resolve, untranslated_note


class SheetBuilder(BaseBuilder):
    """`<lang>/messages.md`: every text of the kit in one language."""

    name: ClassVar[str] = "sheet"
    #: 2: every published text (short variants, alt texts, do's and don'ts, terms, contact,
    #: chart labels), fallback/stale markers, canonical hashtags, escaped kit text.
    #: 3: dates, week ranges and figures as the language writes them (CLDR).
    version: ClassVar[int] = 3

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        editions = options.editions(kit)
        return [e.target(self.name, sheet_slice(kit, e.lang, e.partner)) for e in editions]

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        assert target.lang is not None
        text = render_sheet(ctx.kit, target.lang, target.partner)
        return [
            OutputFile(
                relpath=f"{Edition(target.lang, target.partner).folder}/messages.md",
                data=text.encode("utf-8"),
                kind="sheet",
                lang=target.lang,
                partner=target.partner,
            )
        ]


def sheet_slice(kit: Kit, lang: str, partner: str | None = None) -> str:
    """The sheet's fingerprint input: the sheet itself (rendering it is cheap and exact)."""
    return render_sheet(kit, lang, partner)


def _t(text: Text, lang: str, *, inline: bool = False) -> str:
    """A kit text escaped for Markdown, with its marker when it is not (yet) this language's."""
    note = untranslated_note(text, lang)
    shown = escape(text.text, inline=inline)
    return f"{shown} *({escape(note, inline=True)})*" if note else shown


def render_sheet(kit: Kit, lang: str, partner: str | None = None) -> str:
    """The Markdown message sheet of `lang` (for `partner`: its name, its tracked links)."""
    content = resolve(kit, lang, partner, "messages")
    lines = [f"# {_t(content.title, lang, inline=True)}", ""]
    if content.partner is not None:
        shared = label("shared_by", lang, partner=content.partner.name.text)
        lines += [f"*{escape(shared, inline=True)}*", ""]
    if content.draft:
        lines += [f"> **{label('draft', lang)}**", ""]
    lines += [_t(content.description, lang), "", f"<{content.url}>", ""]
    tags = " ".join(f"#{tag}" for tag in content.campaign_tags)
    if tags:
        lines += [f"**{label('hashtags', lang)}:** {tags}", ""]
    for area in content.areas:
        lines += _area(area, lang)
    lines += _campaign_texts(content)
    return "\n".join(lines).rstrip() + "\n"


def _bullets(texts: list[Text], lang: str) -> list[str]:
    return [f"- {_t(x, lang, inline=True)}" for x in texts] + [""]


def _area(area: ResolvedArea, lang: str) -> list[str]:
    lines = [
        f"## {label('week', lang, n=area.week)} ({format_range(area.starts, area.ends, lang)}): "
        f"{_t(area.title, lang)}",
        "",
    ]
    lines += [_t(area.summary, lang), ""]
    if area.key_messages:
        lines += [f"### {label('key_messages', lang)}", ""]
        lines += _bullets([m.text for m in area.key_messages], lang)
    if area.facts:
        lines += [f"### {label('facts', lang)}", ""]
        for fact in area.facts:
            ref = f" [{fact.source}]" if fact.source else ""
            lines.append(f"- {_t(fact.text, lang, inline=True)}{ref}")
            if fact.figures is not None:
                points = "; ".join(
                    f"{_t(point, lang, inline=True)}: {format_number(value, lang)}"
                    for point, value in fact.figures.series
                )
                unit = _t(fact.figures.unit, lang, inline=True)
                lines.append(f"  - *{label('chart', lang)}:* {unit} — {points}")
        lines.append("")
        if area.sources:
            lines += [f"#### {label('sources', lang)}", ""]
            lines += [
                f"{s.number}. {_t(s.title, lang, inline=True)}: <{s.url}>" for s in area.sources
            ] + [""]
    if area.calls_to_action:
        lines += [f"### {label('calls_to_action', lang)}", ""]
        for cta in area.calls_to_action:
            link = f" <{cta.link}>" if cta.link else ""
            lines.append(f"- {_t(cta.text, lang, inline=True)}{link}")
        lines.append("")
    if area.posts:
        lines += [f"### {label('posts', lang)}", ""]
        for post in area.posts:
            when = format_datetime(post.scheduled_at, lang, zone=True)
            lines += [
                f"#### {_t(post.title, lang, inline=True)} · {when}",
                "",
                _t(post.text, lang),
                "",
            ]
            if post.short is not None:
                lines += [f"*{label('short_text', lang)}:* {_t(post.short, lang, inline=True)}", ""]
            if post.link:
                lines += [f"<{post.link}>", ""]
            if post.image is not None:
                lines += [
                    f"*{label('alt_text', lang)}:* {_t(post.image.alt, lang, inline=True)}",
                    "",
                ]
    return lines


def _campaign_texts(content: Content) -> list[str]:
    """Do's and don'ts, usage terms and the contact: texts partners read in every pack."""
    lang = content.lang
    lines: list[str] = []
    if content.dos or content.donts:
        lines += [f"## {label('guidance', lang)}", ""]
        if content.dos:
            lines += [f"### {label('dos', lang)}", ""] + _bullets(list(content.dos), lang)
        if content.donts:
            lines += [f"### {label('donts', lang)}", ""] + _bullets(list(content.donts), lang)
    if content.terms is not None:
        lines += [f"## {label('usage_terms', lang)}", "", _t(content.terms, lang), ""]
    if content.contact_name is not None:
        lines += [f"## {label('contact', lang)}", "", _t(content.contact_name, lang), ""]
    return lines


BUILDER = SheetBuilder()
