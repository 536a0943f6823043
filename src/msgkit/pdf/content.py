"""What a fact sheet shows, resolved for one language: the JSON slice each PDF is rendered from.

The renderer reads only this slice, so it is also the target's exact fingerprint input: an edit
that does not change what a sheet shows does not rebuild it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from msgkit.model import Area, Kit, KitText
from msgkit.resolve import Content, ResolvedArea, resolve

#: Top-level keys of kit and area files whose localized texts appear in a fact sheet.
_SHOWN_KEYS = frozenset(
    {"title", "description", "summary", "key_messages", "facts", "calls_to_action"}
)


def shows(item: KitText) -> bool:
    """Whether a fact sheet shows this text (posts, alt texts and do's/don'ts it does not)."""
    head = item.keypath[0] if item.keypath else None
    return (
        head in _SHOWN_KEYS
        or item.keypath[:2] == ("brand", "terms")
        or item.keypath[:3] == ("brand", "contact", "name")
    )


def plain_texts(kit: Kit) -> list[tuple[str, tuple[str | int, ...], str]]:
    """Non-localized strings a fact sheet shows, as (source, key path, text)."""
    kit_src = kit.source
    c = kit.campaign
    found: list[tuple[str, tuple[str | int, ...], str]] = [
        (kit_src, ("brand", "name"), c.brand.name)
    ]
    found += [
        (kit_src, ("organisations", i, "name"), o.name) for i, o in enumerate(c.organisations)
    ]
    if isinstance(c.brand.contact.name, str):  # localized names are checked as kit texts
        found.append((kit_src, ("brand", "contact", "name"), c.brand.contact.name))
    found += [(kit_src, ("hashtags", i, "tag"), h.tag) for i, h in enumerate(c.hashtags)]
    for area in kit.areas:
        a = area.content
        found += [(area.source, ("hashtags", i), tag) for i, tag in enumerate(a.hashtags)]
        for i, fact in enumerate(a.facts):
            if fact.source is not None:
                found.append((area.source, ("facts", i, "source", "title"), fact.source.title))
                if fact.source.publisher:
                    found.append(
                        (area.source, ("facts", i, "source", "publisher"), fact.source.publisher)
                    )
            if fact.figures is not None:
                found += [
                    (area.source, ("facts", i, "figures", "series", j, "label"), fig.label)
                    for j, fig in enumerate(fact.figures.series)
                    if isinstance(fig.label, str)  # localized labels are checked as kit texts
                ]
    return found


def _campaign(kit: Kit, content: Content, built: dt.datetime) -> dict[str, Any]:
    c = kit.campaign
    brand = c.brand
    return {
        "lang": content.lang,
        "draft": content.draft,
        "paper": c.outputs.paper,
        "built": built.date().isoformat(),
        "title": content.title.to_json(),
        "description": content.description.to_json(),
        "url": content.url,
        "url_label": kit.text(c.url_label, content.lang) if c.url_label else None,
        "brand": {
            "name": brand.name,
            "colors": brand.colors.model_dump(mode="json"),
            "logo": brand.logo,
        },
        "organisations": [{"name": o.name.to_json(), "url": o.url} for o in content.organisations],
        "contact": {
            **brand.contact.model_dump(mode="json"),
            "name": content.contact_name.to_json() if content.contact_name else None,
            "url": content.contact_url,
        },
        "terms": content.terms.to_json() if content.terms else None,
        **({"partner": _partner(content)} if content.partner else {}),
    }


def _partner(content: Content) -> dict[str, Any]:
    """The partner a co-branded sheet is shared by, and its contact."""
    partner = content.partner
    assert partner is not None
    return {
        "id": partner.id,
        "name": partner.name.to_json(),
        "contact_name": partner.contact_name.to_json() if partner.contact_name else None,
        "email": partner.email,
        "url": partner.contact_url or partner.url,
        "logo": partner.logo,
    }


def _tags(*groups: tuple[str, ...]) -> list[str]:
    """Resolved (canonical) tags, each once, in order."""
    return list(dict.fromkeys(tag for group in groups for tag in group))


def _week(area: ResolvedArea) -> dict[str, Any]:
    return {"week": area.week, "starts": area.starts.isoformat(), "ends": area.ends.isoformat()}


def area_sheet(
    kit: Kit, area: Area, lang: str, built: dt.datetime, partner: str | None = None
) -> dict[str, Any]:
    """Everything the fact sheet of `area` in `lang` (for `partner`) shows (texts as resolved
    `Text` JSON; a partner's links tracked)."""
    content = resolve(kit, lang, partner, "factsheet")
    a = content.area(area.id)
    facts = []
    for fact in a.facts:
        entry: dict[str, Any] = {"text": fact.text.to_json(), "source": fact.source}
        entry["figures"] = None
        if fact.figures is not None:
            entry["figures"] = {
                "unit": fact.figures.unit.to_json(),
                "series": [
                    {"label": point.to_json(), "value": value}
                    for point, value in fact.figures.series
                ],
            }
        facts.append(entry)
    return {
        "kind": "area",
        **_campaign(kit, content, built),
        "hashtags": _tags(content.campaign_tags, a.hashtags),
        "weeks": max(x.week for x in content.areas),
        "area": {
            "id": a.id,
            **_week(a),
            "title": a.title.to_json(),
            "summary": a.summary.to_json(),
            "key_messages": [m.text.to_json() for m in a.key_messages],
            "facts": facts,
            "sources": [s.to_json() for s in a.sources],
            "calls_to_action": [
                {"text": cta.text.to_json(), "link": cta.link} for cta in a.calls_to_action
            ],
        },
    }


def overview_sheet(
    kit: Kit, lang: str, built: dt.datetime, partner: str | None = None
) -> dict[str, Any]:
    """Everything the campaign overview in `lang` (for `partner`) shows: areas, week-by-week
    schedule, hashtags."""
    content = resolve(kit, lang, partner, "factsheet")
    return {
        "kind": "overview",
        **_campaign(kit, content, built),
        "hashtags": _tags(content.campaign_tags),
        "weeks": max(a.week for a in content.areas),
        "areas": [
            {
                "id": a.id,
                **_week(a),
                "title": a.title.to_json(),
                "summary": a.summary.to_json(),
                "key_messages": [m.text.to_json() for m in a.key_messages],
                "hashtags": list(a.hashtags),
            }
            for a in content.areas
        ],
    }
