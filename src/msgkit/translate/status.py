"""`msgkit translate status`: per language, how much is translated, reviewed, stale, missing."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from msgkit.model import Kit
from msgkit.translate.state import read_lock, state_of
from msgkit.translate.units import over_budget, text_units


@dataclass
class LanguageStatus:
    """The counts of one language; `status` is declared in kit.yaml, `derived` from the texts."""

    lang: str
    total: int
    translated: int
    reviewed: int
    stale: int
    missing: int
    over_budget: int
    status: str
    derived: str

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def translation_status(kit: Kit) -> list[LanguageStatus]:
    """One row per language other than the default, in kit order.

    `translated` counts every text that has a translation (reviewed and stale ones too);
    `derived` is `approved` only when every text is reviewed and none is stale.
    """
    lock, _problems = read_lock(kit.root)
    units = text_units(kit)
    default = kit.campaign.default_language
    rows = []
    for lang in kit.languages:
        if lang == default:
            continue
        counts = {"new": 0, "translated": 0, "reviewed": 0, "stale": 0}
        over = 0
        for unit in units:
            counts[state_of(unit, lang, lock)] += 1
            text = unit.translations.get(lang)
            if text is not None and over_budget(kit, unit, lang, text):
                over += 1
        total = len(units)
        spec = kit.campaign.languages.get(lang)
        rows.append(
            LanguageStatus(
                lang=lang,
                total=total,
                translated=total - counts["new"],
                reviewed=counts["reviewed"],
                stale=counts["stale"],
                missing=counts["new"],
                over_budget=over,
                status=spec.status if spec else "draft",
                derived="approved" if counts["reviewed"] == total else "draft",
            )
        )
    return rows
