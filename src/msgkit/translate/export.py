"""`msgkit translate export`: one language's texts as an XLIFF, PO or XLSX file for translators."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from msgkit.errors import UsageError, did_you_mean, error
from msgkit.model import Kit
from msgkit.translate.entry import ExportRow
from msgkit.translate.state import read_lock, state_of
from msgkit.translate.units import budgets, text_units

Format = Literal["xliff", "po", "xlsx"]
FORMATS: dict[str, str] = {"xliff": "xlf", "po": "po", "xlsx": "xlsx"}


def default_path(kit: Kit, lang: str, fmt: str) -> Path:
    """Where an export goes unless `--out` says otherwise: `KIT/translations/<lang>.<ext>`."""
    return kit.root / "translations" / f"{lang}.{FORMATS[fmt]}"


def export_rows(kit: Kit, lang: str) -> list[ExportRow]:
    """Every text of the kit as the translator of `lang` sees it."""
    lock, _problems = read_lock(kit.root)
    rows = []
    for unit in text_units(kit):
        found = budgets(kit, unit, lang)
        rows.append(
            ExportRow(
                id=unit.id,
                source=unit.source_text,
                target=unit.translations.get(lang, ""),
                state=state_of(unit, lang, lock),
                context=unit.context,
                notes=unit.notes,
                budgets=[b.text for b in found],
                max_length=min((b.limit for b in found), default=None),
            )
        )
    return rows


def export_bytes(kit: Kit, lang: str, fmt: str) -> bytes:
    """The translator's file for `lang` in `fmt` (`xliff`, `po` or `xlsx`)."""
    check_lang(kit, lang)
    from msgkit.build import build_time

    rows = export_rows(kit, lang)
    source_lang = kit.campaign.default_language
    when = build_time(kit)
    if fmt == "xliff":
        from msgkit.translate.xliff import write_xliff

        return write_xliff(rows, kit_id=kit.id, source_lang=source_lang, lang=lang)
    if fmt == "po":
        from msgkit.translate.po import write_po

        return write_po(rows, kit_id=kit.id, lang=lang, date=when.strftime("%Y-%m-%d %H:%M+0000"))
    from msgkit.translate.xlsx import write_xlsx

    return write_xlsx(rows, source_lang=source_lang, lang=lang, epoch=int(when.timestamp()))


def check_lang(kit: Kit, lang: str) -> None:
    """A usage error unless `lang` is one of the kit's languages other than the default."""
    default = kit.campaign.default_language
    if lang == default:
        raise UsageError(
            [
                error(
                    f"--lang {lang}: `{lang}` is the kit's default language, the source of "
                    "every translation",
                    hint="export another language, e.g. "
                    + ", ".join(c for c in kit.languages if c != default),
                )
            ]
        )
    if lang not in kit.campaign.languages:
        raise UsageError(
            [
                error(
                    f"--lang {lang}: the kit has no language `{lang}`",
                    hint=did_you_mean(lang, kit.languages)
                    or f"add `{lang}: {{status: draft}}` under `languages:` in kit.yaml first",
                )
            ]
        )
