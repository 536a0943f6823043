"""The two kinds of sheet as flowing content: an area's fact sheet and the campaign overview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from msgkit.labels import label
from msgkit.pdf import typeface
from msgkit.pdf.flowables import Callout, FractionTable, Heading, KeepWithFirst
from msgkit.pdf.layout import Geometry
from msgkit.pdf.markup import anchor_link, esc
from msgkit.pdf.parts import chart_block, range_text, source_markup, url_line
from msgkit.pdf.styles import Palette, Styles
from msgkit.pdf.tagging import Node, list_item, node, tag

#: Builds the side column's content again, for a sheet whose side column overflowed.
Panel = Callable[[], list[Flowable]] | None


def area_story(
    content: dict[str, Any],
    s: Styles,
    p: Palette,
    g: Geometry,
    panel: Panel,
) -> list[Flowable]:
    """An area's sheet: title, summary, key messages, facts and charts, actions, sources."""
    lang = content["lang"]
    area = content["area"]
    days = range_text(area["starts"], area["ends"], lang)
    week = label("week_of", lang, n=area["week"], total=content["weeks"])
    story: list[Flowable] = [
        tag(Paragraph(esc(f"{week} · {days}"), s.kicker), "P"),
        tag(Heading(esc(area["title"]), s.title, outline=area["title"]), "H1"),
        tag(Paragraph(esc(area["summary"]), s.lead), "P"),
    ]
    messages: list[Flowable] = [
        Callout([tag(Paragraph(esc(text), s.message), "P")], p.tint, p.accent)
        for text in area["key_messages"]
    ]
    story += _section(label("key_messages", lang), messages, s, p)
    facts = area["facts"]
    sourced = [i for i, fact in enumerate(facts) if fact["source"]]
    numbers = {i: n for n, i in enumerate(sourced, 1)}
    items: list[Flowable] = []
    fact_list = node("L")
    for i, fact in enumerate(facts):
        text = esc(fact["text"])
        if i in numbers:
            ref = anchor_link(f"[{numbers[i]}]", f"source-{numbers[i]}", p.hex("accent"))
            text += f"\u00a0<super>{ref}</super>"
        para = Paragraph(text, s.fact, bulletText="•")
        body = list_item(para, fact_list)
        figures = fact["figures"]
        # A fact and its chart stay on one page: a chart without its statement means nothing.
        items.append(
            KeepTogether([para, *chart_block(figures, lang, s, p, g, body)]) if figures else para
        )
    story += _section(label("facts", lang), items, s, p)
    actions: list[Flowable] = []
    action_list = node("L")
    for cta in area["calls_to_action"]:
        text = esc(cta["text"])
        if cta["link"]:
            width = g.main_width - s.action.leftIndent
            text += "<br/>" + url_line(cta["link"], p, s.action.fontSize - 1.5, width)
        actions.append(Paragraph(text, s.action, bulletText="→"))
        list_item(actions[-1], action_list)
    story += _section(label("calls_to_action", lang), actions, s, p)
    sources: list[Flowable] = [
        Paragraph(
            source_markup(facts[i]["source"], numbers[i], p, g.main_width - s.source.leftIndent),
            s.source,
            bulletText=f"[{numbers[i]}]",
        )
        for i in sourced
    ]
    source_list = node("L")
    for source in sources:
        list_item(source, source_list, lang=content["default_lang"])
    story += _section(label("sources", lang), sources, s, p)
    return _closing(content, story, s, p, panel)


def overview_story(
    content: dict[str, Any],
    s: Styles,
    p: Palette,
    g: Geometry,
    panel: Panel,
) -> list[Flowable]:
    """The campaign overview: description, week-by-week schedule, one card per area."""
    lang = content["lang"]
    areas = content["areas"]
    days = range_text(min(a["starts"] for a in areas), max(a["ends"] for a in areas), lang)
    story: list[Flowable] = [
        tag(Paragraph(esc(days), s.kicker), "P"),
        tag(Heading(esc(label("overview", lang)), s.title, outline=label("overview", lang)), "H1"),
        tag(Paragraph(esc(content["description"]), s.lead), "P"),
    ]
    schedule = node("Table")
    rows = [
        _row(
            node("TR", schedule),
            Paragraph(esc(label("week", lang, n=a["week"])), s.cell_bold),
            Paragraph(esc(range_text(a["starts"], a["ends"], lang)), s.cell),
            Paragraph(esc(a["title"]), s.cell_bold),
        )
        for a in sorted(areas, key=lambda a: (a["week"], a["starts"]))
    ]
    table = Table(rows, colWidths=[0.2, 0.32, 0.48], hAlign="LEFT", repeatRows=0)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Cells are paragraphs; the table's own default font (Helvetica) must not appear.
                ("FONT", (0, 0), (-1, -1), typeface.REGULAR, 9.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, p.rule),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, p.primary),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    story += _section(label("schedule", lang), [FractionTable(table), Spacer(1, 8)], s, p)
    cards: list[Flowable] = []
    for a in areas:
        card: list[Flowable] = [
            tag(Paragraph(esc(label("week", lang, n=a["week"])), s.kicker), "P"),
            tag(Paragraph(esc(a["title"]), s.card_title), "H3"),
            tag(Paragraph(esc(a["summary"]), s.body), "P"),
        ]
        messages = node("L")
        for m in a["key_messages"]:
            card.append(Paragraph(esc(m), s.item, bulletText="•"))
            list_item(card[-1], messages)
        if a["hashtags"]:
            tags = esc(" ".join(f"#{t}" for t in a["hashtags"]))
            card.append(tag(Paragraph(tags, s.cell_bold), "P"))
        cards.append(Callout(card, p.tint, p.primary, pad=12))
    story += _section(label("areas", lang), cards, s, p)
    return _closing(content, story, s, p, panel)


def _section(title: str, items: list[Flowable], s: Styles, p: Palette) -> list[Flowable]:
    """A headed section whose heading never ends a page without the start of its text."""
    if not items:
        return []
    heading = Heading(esc(title), s.heading, outline=title, bar=p.accent)
    head = [Spacer(1, 10), tag(heading, "H2")]
    return [KeepWithFirst(head, items[0]), *items[1:]]


def _row(tr: Node, head: Flowable, *cells: Flowable) -> list[Flowable]:
    """A table row tagged `TR`: its first cell heads the row (`TH`, scope Row), the rest `TD`."""
    return [tag(head, "TH", tr, scope="Row"), *(tag(c, "TD", tr) for c in cells)]


def _closing(
    content: dict[str, Any],
    story: list[Flowable],
    s: Styles,
    p: Palette,
    panel: Panel,
) -> list[Flowable]:
    """The end of a sheet: the rail's content, when it did not fit the first page's rail."""
    if panel is not None:
        # The panel's first item is a heading saying what _section already says.
        story += _section(label("campaign_url", content["lang"]), panel()[1:], s, p)
    return story
