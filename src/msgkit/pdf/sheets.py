"""The two kinds of sheet as flowing content: an area's fact sheet and the campaign overview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from msgkit.labels import label
from msgkit.pdf import typeface
from msgkit.pdf.flowables import Callout, FractionTable, Heading, KeepWithFirst, Para
from msgkit.pdf.layout import Geometry
from msgkit.pdf.markup import anchor_link, esc, plain, shown
from msgkit.pdf.parts import (
    chart_block,
    prose,
    range_text,
    source_markup,
    url_label,
    url_line,
)
from msgkit.pdf.styles import Palette, Styles
from msgkit.pdf.tagging import Node, list_item, node, tag, text_lang

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
    title = Heading(shown(area["title"], lang), s.title, outline=plain(area["title"]))
    story: list[Flowable] = [
        tag(Para(esc(f"{week} · {days}"), s.kicker), "P"),
        tag(title, "H1", lang=text_lang(area["title"])),
        tag(
            Para(prose(area["summary"], lang, p, g.main_width, s.lead.fontSize), s.lead),
            "P",
            lang=text_lang(area["summary"]),
        ),
    ]
    # A key message is a box that does not break across pages unless it is longer than a third
    # of a page; one that does says so where it continues.
    more = Para(esc(label("deck_cont", lang, title=label("key_messages", lang))), s.kicker)
    messages: list[Flowable] = [
        _kept_if_short(
            Callout(
                [
                    tag(
                        Para(
                            prose(text, lang, p, g.main_width - 30, s.message.fontSize), s.message
                        ),
                        "P",
                        lang=text_lang(text),
                    )
                ],
                p.tint,
                p.accent,
                pad=s.callout_pad,
                space_after=s.section_gap * 0.6,
                continued=more,
            ),
            g.main_width,
            (g.body_top(False) - g.body_bottom) / 3,
        )
        for text in area["key_messages"]
    ]
    story += _section(label("key_messages", lang), messages, s, p)
    facts = area["facts"]
    items: list[Flowable] = []
    fact_list = node("L")
    for fact in facts:
        text = prose(fact["text"], lang, p, g.main_width - s.fact.leftIndent, s.fact.fontSize)
        # Source numbers come resolved: facts citing one source share its number.
        n = fact["source"]
        if n:
            ref = anchor_link(f"[{n}]", f"source-{n}", p.hex("accent"))
            text += f"\u00a0<super>{ref}</super>"
        para = Para(text, s.fact, bulletText="•")
        body = list_item(para, fact_list, lang=text_lang(fact["text"]))
        figures = fact["figures"]
        # A fact and its chart stay on one page: a chart without its statement means nothing.
        items.append(
            KeepTogether([para, *chart_block(figures, lang, s, p, g, body)]) if figures else para
        )
    story += _section(label("facts", lang), items, s, p)
    actions: list[Flowable] = []
    action_list = node("L")
    for cta in area["calls_to_action"]:
        text = prose(cta["text"], lang, p, g.main_width - s.action.leftIndent, s.action.fontSize)
        if cta["link"]:
            width = g.main_width - s.action.leftIndent
            text += "<br/>" + url_line(cta["link"], p, s.action.fontSize - 1.5, width)
        actions.append(Para(text, s.action, bulletText="→"))
        list_item(actions[-1], action_list, lang=text_lang(cta["text"]))
    story += _section(label("calls_to_action", lang), actions, s, p)
    sources: list[Flowable] = [
        Para(
            source_markup(source, source["number"], p, g.main_width - s.source.leftIndent),
            s.source,
            bulletText=f"[{source['number']}]",
        )
        for source in area["sources"]
    ]
    source_list = node("L")
    for para, source in zip(sources, area["sources"], strict=True):
        list_item(para, source_list, lang=text_lang(source["title"]))
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
    description = content["description"]
    story: list[Flowable] = [
        tag(Para(esc(days), s.kicker), "P"),
        tag(Heading(esc(label("overview", lang)), s.title, outline=label("overview", lang)), "H1"),
        tag(Para(shown(description, lang), s.lead), "P", lang=text_lang(description)),
    ]
    schedule = node("Table")
    rows = [
        _row(
            node("TR", schedule),
            Para(esc(label("week", lang, n=a["week"])), s.cell_bold),
            (Para(esc(range_text(a["starts"], a["ends"], lang)), s.cell), None),
            (Para(shown(a["title"], lang), s.cell_bold), text_lang(a["title"])),
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
            tag(Para(esc(label("week", lang, n=a["week"])), s.kicker), "P"),
            tag(Para(shown(a["title"], lang), s.card_title), "H3", lang=text_lang(a["title"])),
            tag(Para(shown(a["summary"], lang), s.body), "P", lang=text_lang(a["summary"])),
        ]
        messages = node("L")
        for m in a["key_messages"]:
            card.append(Para(shown(m, lang), s.item, bulletText="•"))
            list_item(card[-1], messages, lang=text_lang(m))
        if a["hashtags"]:
            tags = esc(" ".join(f"#{t}" for t in a["hashtags"]))
            card.append(tag(Para(tags, s.cell_bold), "P"))
        week = label("week", lang, n=a["week"])
        # A card that runs on into the next column says whose it is (untagged: drawn as an
        # artifact, like a running header, so a screen reader does not read it twice).
        more = Para(esc(label("deck_cont", lang, title=week)), s.kicker)
        cards.append(Callout(card, p.tint, p.primary, pad=12, continued=more))
    story += _section(label("areas", lang), cards, s, p)
    return _closing(content, story, s, p, panel)


def _kept_if_short(box: Flowable, width: float, limit: float) -> Flowable:
    """`box` kept on one page when at most `limit` points tall at `width`; a longer one splits
    where it falls (moving it whole would leave most of a page empty)."""
    return KeepTogether([box]) if box.wrap(width, 1e6)[1] <= limit else box


def _section(title: str, items: list[Flowable], s: Styles, p: Palette) -> list[Flowable]:
    """A headed section whose heading never ends a page without the start of its text."""
    if not items:
        return []
    heading = Heading(esc(title), s.heading, outline=title, bar=p.accent)
    head = [Spacer(1, s.section_gap), tag(heading, "H2")]
    return [KeepWithFirst(head, items[0]), *items[1:]]


def _row(tr: Node, head: Flowable, *cells: tuple[Flowable, str | None]) -> list[Flowable]:
    """A table row tagged `TR`: its first cell heads the row (`TH`, scope Row), the rest are
    `TD`s, each with the language of its text (None: the sheet's)."""
    return [tag(head, "TH", tr, scope="Row"), *(tag(c, "TD", tr, lang=lang) for c, lang in cells)]


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
        story += _section(url_label(content), panel()[1:], s, p)
    return story
