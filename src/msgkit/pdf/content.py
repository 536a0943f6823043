"""What a fact sheet shows, resolved for one language: the JSON slice each PDF is rendered from.

The renderer reads only this slice, so it is also the target's exact fingerprint input: an edit
that does not change what a sheet shows does not rebuild it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from msgkit.model import Area, Kit, KitText

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


def _campaign(kit: Kit, lang: str, built: dt.datetime) -> dict[str, Any]:
    c = kit.campaign
    brand = c.brand
    return {
        "lang": lang,
        "draft": kit.is_draft(lang),
        "paper": c.outputs.paper,
        "built": built.date().isoformat(),
        "title": kit.text(c.title, lang),
        "description": kit.text(c.description, lang),
        "url": c.url,
        "url_label": kit.text(c.url_label, lang) if c.url_label else None,
        "brand": {
            "name": brand.name,
            "colors": brand.colors.model_dump(mode="json"),
            "logo": brand.logo,
        },
        "organisations": [o.model_dump(mode="json") for o in c.organisations],
        "contact": {
            **brand.contact.model_dump(mode="json"),
            "name": kit.text(brand.contact.name, lang) or None,
        },
        "terms": kit.text(brand.terms, lang) if brand.terms else None,
    }


def _campaign_tags(kit: Kit, lang: str) -> list[str]:
    return [h.tag for h in kit.hashtags_for(lang) if h.campaign]


def _canonical(kit: Kit, tags: list[str]) -> list[str]:
    """Tags without `#`, in their registered spelling, each once."""
    registered = {h.tag.lower(): h.tag for h in kit.campaign.hashtags}
    seen: dict[str, str] = {}
    for tag in tags:
        bare = tag.lstrip("#")
        seen.setdefault(bare.lower(), registered.get(bare.lower(), bare))
    return list(seen.values())


def _week(kit: Kit, area: Area) -> dict[str, Any]:
    first = area.starts(kit.campaign)
    return {
        "week": area.week,
        "starts": first.isoformat(),
        "ends": (first + dt.timedelta(days=6)).isoformat(),
    }


def area_sheet(kit: Kit, area: Area, lang: str, built: dt.datetime) -> dict[str, Any]:
    """Everything the fact sheet of `area` in `lang` shows."""
    t = kit.text
    a = area.content
    facts = []
    for fact in a.facts:
        entry: dict[str, Any] = {"text": t(fact.text, lang), "source": None, "figures": None}
        if fact.source is not None:
            entry["source"] = fact.source.model_dump(mode="json")
        if fact.figures is not None:
            entry["figures"] = {
                "unit": t(fact.figures.unit, lang),
                "series": [
                    {
                        "label": f.label if isinstance(f.label, str) else t(f.label, lang),
                        "value": f.value,
                    }
                    for f in fact.figures.series
                ],
            }
        facts.append(entry)
    return {
        "kind": "area",
        **_campaign(kit, lang, built),
        "hashtags": _canonical(kit, _campaign_tags(kit, lang) + list(a.hashtags)),
        "weeks": max(a.week for a in kit.areas),
        "area": {
            "id": a.id,
            **_week(kit, area),
            "title": t(a.title, lang),
            "summary": t(a.summary, lang),
            "key_messages": [t(m.text, lang) for m in a.key_messages],
            "facts": facts,
            "calls_to_action": [
                {"text": t(cta.text, lang), "link": cta.link} for cta in a.calls_to_action
            ],
        },
    }


def overview_sheet(kit: Kit, lang: str, built: dt.datetime) -> dict[str, Any]:
    """Everything the campaign overview in `lang` shows: areas, week-by-week schedule, hashtags."""
    t = kit.text
    return {
        "kind": "overview",
        **_campaign(kit, lang, built),
        "hashtags": _canonical(kit, _campaign_tags(kit, lang)),
        "weeks": max(a.week for a in kit.areas),
        "areas": [
            {
                "id": area.id,
                **_week(kit, area),
                "title": t(area.content.title, lang),
                "summary": t(area.content.summary, lang),
                "key_messages": [t(m.text, lang) for m in area.content.key_messages],
                "hashtags": _canonical(kit, list(area.content.hashtags)),
            }
            for area in kit.areas
        ],
    }
