"""The posting calendar: `<lang>/calendar.ics` (RFC 5545) and `<lang>/calendar.csv` per language.

One event per post, listing its platforms in the description: a partner posts one message on
several platforms at one time, so one calendar entry per post keeps the calendar readable
(seven identical entries per slot would not). Each event's UID is derived from the kit, area,
post and language (`<kit>.<area>.<post>.<lang>@msgkit`; ids contain no dots), so importing a
rebuilt calendar updates the events instead of duplicating them. Times are local times of the
campaign's zone (`DTSTART;TZID=…`) with a VTIMEZONE generated from the zone database for the
campaign's years; a UTC campaign uses UTC times (`…Z`) and needs none.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zoneinfo
from typing import Any, ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, OutputFile, Target
from msgkit.labels import label
from msgkit.model import Kit
from msgkit.platforms import PLATFORM_NAMES
from msgkit.resolve import resolve, untranslated_note

#: How long a posting slot lasts in the calendar.
SLOT = dt.timedelta(minutes=15)
PRODID = "-//msgkit//Posting calendar//EN"
CSV_COLUMNS = (
    "date",
    "time",
    "timezone",
    "utc_offset",
    "week",
    "area_title",
    "post_title",
    "platforms",
    "text",
    "link",
    "note",
)
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Zulu", "Zulu", "Universal", "Etc/Universal"}


class CalendarBuilder(BaseBuilder):
    """`<lang>/calendar.ics` and `<lang>/calendar.csv`: when to publish each post, where."""

    name: ClassVar[str] = "calendar"
    version: ClassVar[int] = 1

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        """One target per language; its inputs are that language's schedule and texts."""
        return [
            Target(
                builder=self.name,
                key=lang,
                lang=lang,
                inputs=schedule(kit, lang) | {"build_time": options.build_time.isoformat()},
            )
            for lang in options.wants(kit)
        ]

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        """The .ics and .csv of one language."""
        assert target.lang is not None
        data = schedule(ctx.kit, target.lang)
        ics = render_ics(data, ctx.options.build_time)
        table = render_csv(data)
        return [
            OutputFile(
                f"{target.lang}/calendar.ics",
                ics.encode("utf-8"),
                "calendar",
                target.lang,
                meta={"format": "ics"},
            ),
            OutputFile(
                f"{target.lang}/calendar.csv",
                table.encode("utf-8-sig"),
                "calendar",
                target.lang,
                meta={"format": "csv"},
            ),
        ]


def schedule(kit: Kit, lang: str) -> dict[str, Any]:
    """The slice of the kit a calendar shows, resolved for `lang` (JSON-able: a target input).

    Texts come from the resolution step: posts are named by their display title (never their id),
    hashtags are canonical, and a text standing in for a missing translation carries a `note`
    saying so in `lang`.
    """
    c = kit.campaign
    content = resolve(kit, lang)
    platforms = [p for p in PLATFORM_NAMES if p in c.platforms]
    events = []
    for area in content.areas:
        for post in area.posts:
            chosen = [p for p in platforms if p in (post.platforms or platforms)]
            events.append(
                {
                    "area": area.id,
                    "area_title": area.title.text,
                    "week": area.week,
                    "post": post.id,
                    "title": post.title.text,
                    "summary": _summary(content.brand, post.title.text),
                    "start": post.scheduled_at.isoformat(),
                    "platforms": chosen,
                    "text": post.text.text,
                    "text_lang": post.text.lang,
                    "note": untranslated_note(post.text, lang) or None,
                    "link": post.link,
                }
            )
    events.sort(key=lambda e: (e["start"], e["area"], e["post"]))
    return {
        "kit": kit.id,
        "lang": lang,
        "title": content.title.text,
        "brand": content.brand,
        "url": c.url,
        "timezone": c.timezone,
        "draft": label("draft", lang) if content.draft else None,
        "labels": {key: label(key, lang) for key in ("calendar", "platforms", "link")},
        "events": events,
    }


# --- iCalendar -----------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """A TEXT value escaped per RFC 5545 §3.3.11: backslash, `;`, `,` and line breaks."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(raw, escaped)
    return value


def fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            # A continuation line starts with one space, which counts toward its 75 octets.
            current, size, limit = " ", 1, 75
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _local(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _offset(delta: dt.timedelta | None) -> str:
    seconds = int((delta or dt.timedelta()).total_seconds())
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def vtimezone(name: str, first: dt.date, last: dt.date) -> list[str]:
    """A VTIMEZONE for `name` with every offset change from 1 January of `first`'s year to
    31 December of `last`'s, from the zone database (explicit onsets, no RRULEs to get wrong).
    """
    zone = zoneinfo.ZoneInfo(name)
    begin = dt.datetime(first.year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last.year + 1, 1, 1, tzinfo=dt.UTC)

    def offset(moment: dt.datetime) -> dt.timedelta | None:
        return moment.astimezone(zone).utcoffset()

    def observance(moment: dt.datetime, before: dt.timedelta | None) -> list[str]:
        local = moment.astimezone(zone)
        kind = "DAYLIGHT" if local.dst() else "STANDARD"
        # The onset is written in the local time that was in force until then (§3.6.5).
        onset = (moment + (before or dt.timedelta())).replace(tzinfo=None)
        return [
            f"BEGIN:{kind}",
            f"DTSTART:{_local(onset)}",
            f"TZOFFSETFROM:{_offset(before)}",
            f"TZOFFSETTO:{_offset(local.utcoffset())}",
            f"TZNAME:{escape_text(local.tzname() or name)}",
            f"END:{kind}",
        ]

    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    lines += observance(begin, offset(begin))
    day = dt.timedelta(days=1)
    moment = begin
    while moment < end:
        following = moment + day
        if offset(following) != offset(moment):
            # Bisect down to the second of the change (the zone database is exact to it).
            lo, hi = 0, 86400
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if offset(moment + dt.timedelta(seconds=mid)) == offset(moment):
                    lo = mid
                else:
                    hi = mid
            lines += observance(moment + dt.timedelta(seconds=hi), offset(moment))
        moment = following
    lines.append("END:VTIMEZONE")
    return lines


def render_ics(data: dict[str, Any], build_time: dt.datetime) -> str:
    """The calendar as iCalendar text: CRLF line ends, lines folded at 75 octets."""
    zone_name = data["timezone"]
    in_utc = zone_name in _UTC_NAMES
    labels = data["labels"]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(data['title'] + ' – ' + labels['calendar'])}",
        f"X-WR-TIMEZONE:{zone_name}",
    ]
    starts = [dt.datetime.fromisoformat(e["start"]) for e in data["events"]]
    if starts and not in_utc:
        lines += vtimezone(zone_name, min(starts).date(), max(starts).date())
    for event, start in zip(data["events"], starts, strict=True):
        end = start + SLOT
        if in_utc:
            when = [f"DTSTART:{_utc(start)}", f"DTEND:{_utc(end)}"]
        else:
            when = [
                f"DTSTART;TZID={zone_name}:{_local(start)}",
                f"DTEND;TZID={zone_name}:{_local(end)}",
            ]
        names = ", ".join(PLATFORM_NAMES[p] for p in event["platforms"])
        description = [data["draft"], ""] if data["draft"] else []
        description += [f"({event['note']})", ""] if event.get("note") else []
        description += [event["text"], "", f"{labels['platforms']}: {names}"]
        if event["link"]:
            description.append(f"{labels['link']}: {event['link']}")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{data['kit']}.{event['area']}.{event['post']}.{data['lang']}@msgkit",
            f"DTSTAMP:{_utc(build_time)}",
            *when,
            f"SUMMARY:{escape_text(event['summary'])}",
            f"DESCRIPTION:{escape_text(chr(10).join(description))}",
            f"CATEGORIES:{escape_text(event['area_title'])}",
            f"URL:{event['link'] or data['url']}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _summary(brand: str, title: str, limit: int = 60) -> str:
    """`Brand · <the post's display title>` — what a calendar grid shows."""
    words = " ".join(title.split())
    if len(words) > limit:
        words = words[:limit].rsplit(" ", 1)[0] + "…"
    return f"{brand} · {words}"


# --- CSV -----------------------------------------------------------------------------------

#: A cell starting with one of these is a formula to a spreadsheet; kit text is untrusted.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def render_csv(data: dict[str, Any]) -> str:
    """The calendar as an RFC 4180 table (CRLF rows; the caller adds the UTF-8 BOM)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in data["events"]:
        start = dt.datetime.fromisoformat(event["start"])
        writer.writerow(
            [
                start.strftime("%Y-%m-%d"),
                start.strftime("%H:%M"),
                data["timezone"],
                _offset(start.utcoffset())[:3] + ":" + _offset(start.utcoffset())[3:5],
                event["week"],
                _cell(event["area_title"]),
                _cell(event["title"]),
                ", ".join(PLATFORM_NAMES[p] for p in event["platforms"]),
                _cell(event["text"]),
                event["link"] or "",
                _cell(event["note"] or ""),
            ]
        )
    return buffer.getvalue()


BUILDER = CalendarBuilder()
