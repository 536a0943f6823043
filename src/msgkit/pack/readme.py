"""A pack's README.txt: what is inside, how to use it, the usage terms — in the pack's language."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable

from msgkit.l10n import format_date
from msgkit.labels import label
from msgkit.model import Kit
from msgkit.resolve import Text, resolve, untranslated_note

#: What the README says about each kind of file, in the order it lists them: (member name or
#: folder in a language folder, how the README shows it, label key of its description).
_CONTENTS = (
    ("index.html", "index.html", "file_index"),
    ("factsheets/", "factsheets/", "file_factsheets"),
    ("deck.pptx", "deck.pptx", "file_deck"),
    ("decks/", "decks/", "file_deck"),
    ("posts/", "posts/", "file_posts"),
    ("images/", "images/", "file_images"),
    ("calendar.", "calendar.ics, calendar.csv", "file_calendar"),
    ("messages.md", "messages.md", "file_messages"),
)


def language_name(kit: Kit, lang: str) -> str:
    """The language's own name from the kit, else its tag."""
    spec = kit.campaign.languages.get(lang)
    return spec.name if spec and spec.name else lang


def pack_title(kit: Kit, lang: str, languages: list[str]) -> str:
    """`<campaign title>: campaign pack (<language names>)`, in `lang`."""
    names = ", ".join(language_name(kit, code) for code in languages)
    title = resolve(kit, lang).title.text
    return label("pack_title", lang, title=title, language=names)


def render_readme(
    kit: Kit,
    lang: str,
    members: Iterable[str],
    build_time: dt.datetime,
    languages: list[str] | None = None,
    partner: str | None = None,
    fonts: str | None = None,
) -> str:
    """README.txt in `lang` for a folder holding `members` (relative to the README).

    With `languages`, the README sits above one folder per language (a partner pack). `partner`
    is the id of the partner whose edition the folder (or pack) is: the README then names the
    partner and its time zone, and its links are tracked. `fonts` is the pack's font folder as
    seen from the README (`fonts/`, `../fonts/`): the README lists it and says how to install
    the fonts.
    """
    names = sorted(members)
    title = pack_title(kit, lang, languages or [lang])
    c = kit.campaign
    content = resolve(kit, lang, partner, "readme")
    lines = [title, "=" * len(title), ""]
    if content.partner is not None:
        lines += [label("shared_by", lang, partner=content.partner.name.text), ""]
    lines += [label("pack_intro", lang), ""]
    if languages is None and content.draft:
        lines += [f"!! {label('draft', lang)}", ""]
    lines += [_noted(content.title, lang), _noted(content.description, lang), content.url, ""]
    if languages is not None or any(n.startswith(("posts/", "calendar.")) for n in names):
        # Hootsuite reads a file's times in the uploading account's zone: say which zone.
        zone = content.timezone
        offsets = " / UTC".join(
            dict.fromkeys(
                _offset(post.scheduled_at) for area in content.areas for post in area.posts
            )
        )
        text = label("pack_timezone", lang, zone=zone, offset=offsets)
        lines += textwrap.wrap(f"!! {text}", 78, subsequent_indent="   ") + [""]

    lines += _heading(label("pack_inside", lang))
    rows: list[tuple[str, str]] = []
    if languages is not None:
        rows.append(("index.html", ", ".join(f"{code}/index.html" for code in languages)))
        for code in languages:
            draft = f" – {label('draft', lang)}" if kit.is_draft(code) else ""
            rows.append((f"{code}/", f"{language_name(kit, code)}{draft}"))
    else:
        for start, shown, key in _CONTENTS:
            if any(n.startswith(start) for n in names) and (shown, label(key, lang)) not in rows:
                rows.append((shown, label(key, lang)))
    if fonts == "fonts/":
        rows.append((fonts, label("file_fonts", lang)))
    rows += [
        ("CHANGES.md", label("file_changes", lang)),
        ("manifest.json", label("file_manifest", lang)),
    ]
    width = max(len(name) for name, _ in rows) + 2
    lines += [f"  {name.ljust(width)}{text}" for name, text in rows] + [""]

    lines += _heading(label("pack_howto", lang))
    steps = [
        "pack_step_open",
        "pack_step_copy",
        "pack_step_image",
        "pack_step_schedule",
        "pack_step_print",
    ]
    lines += [f"  {n}. {label(key, lang)}" for n, key in enumerate(steps, 1)] + [""]
    if fonts:
        lines += _heading(label("fonts", lang))
        lines += textwrap.wrap(label("pack_fonts", lang, folder=fonts), 78) + [""]

    if languages is not None or any(n.startswith("posts/") for n in names):
        # How the scheduling files are read: byte-order mark, date format, threads.
        lines += _heading(label("pack_csv", lang))
        keys = ["pack_csv_scheduler", "pack_csv_hootsuite", "pack_csv_thread"]
        if languages is not None or any(n.startswith("calendar.") for n in names):
            keys.append("pack_csv_calendar")
        for key in keys:
            text = label(key, lang, timezone=content.timezone)
            lines += textwrap.wrap(text, 78, initial_indent="  - ", subsequent_indent="    ")
        lines += [""]

    if content.terms is not None:
        lines += _heading(label("usage_terms", lang)) + [_noted(content.terms, lang), ""]
    contact = c.brand.contact
    name = content.contact_name.text if content.contact_name else ""
    details = [x for x in (name, contact.email, content.contact_url) if x]
    if details or content.organisations:
        lines += _heading(label("contact", lang)) + details
        for org in content.organisations:
            lines.append(f"{org.name.text}" + (f" – {org.url}" if org.url else ""))
        lines.append("")
    shared = content.partner
    if shared is not None:
        theirs = [
            shared.contact_name.text if shared.contact_name else "",
            shared.email or "",
            shared.contact_url or shared.url or "",
        ]
        lines += _heading(label("partner_contact", lang, partner=shared.name.text))
        lines += [x for x in theirs if x] + [""]
    lines.append(label("built", lang, date=format_date(build_time.date(), lang)))
    return "\n".join(lines) + "\n"


def _offset(moment: dt.datetime) -> str:
    """`+02:00`: a moment's UTC offset as the README prints it."""
    seconds = int((moment.utcoffset() or dt.timedelta()).total_seconds())
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"{'+' if seconds >= 0 else '-'}{hours:02d}:{minutes:02d}"


def _noted(text: Text, lang: str) -> str:
    """A resolved text with its untranslated/stale marker in `lang`."""
    note = untranslated_note(text, lang)
    return f"{text.text} ({note})" if note else text.text


def _heading(text: str) -> list[str]:
    return [text, "-" * len(text)]
