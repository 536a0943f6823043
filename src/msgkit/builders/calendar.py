"""The posting calendar: `<lang>/calendar.ics` (RFC 5545) and `<lang>/calendar.csv` per language.

One event per post, listing its platforms in the description: a partner posts one message on
several platforms at one time, so one calendar entry per post keeps the calendar readable
(seven identical entries per slot would not). Each event's UID is derived from the kit, area,
post and language (`<kit>.<area>.<post>.<lang>@msgkit`; ids contain no dots), so importing a
rebuilt calendar updates the events instead of duplicating them. Times are local times of the
calendar's zone (`DTSTART;TZID=…`, the campaign's unless a caller passes another) with a
VTIMEZONE built from the zone database's rule for the zone (the POSIX rule at the end of its
TZif file) as one STANDARD and one DAYLIGHT observance with yearly RRULEs, the form Outlook
reads (it is reported to ignore one-off dated observances and shift events by an hour); a zone
whose rule does not match its transitions over the campaign falls back to dated observances.
A UTC calendar uses UTC times (`…Z`) and needs none. The .ics is written with `icalendar`.

Each event has `SEQUENCE` and `LAST-MODIFIED` (and `DTSTAMP`, equal to it): an event whose
content (time, title, description, link…) differs from the previous build's file gets the next
SEQUENCE and this build's time; an unchanged event keeps both, so a rebuild with nothing
changed gives identical bytes and a calendar that imported the campaign sees which events moved.

calendar.csv is for people planning, not for importers: a cell that would start a formula is
guarded with a leading `'`, and the offset is written `UTC+02:00` (Calc reads `+02:00` as a time).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import zoneinfo
from importlib import resources
from typing import TYPE_CHECKING, Any, ClassVar

import regex

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, Edition, OutputFile, Target
from msgkit.csvcells import guard
from msgkit.labels import label
from msgkit.model import Kit
from msgkit.platforms import PLATFORM_NAMES
from msgkit.resolve import resolve, untranslated_note

if TYPE_CHECKING:
    import icalendar

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
    #: 2: VTIMEZONE with RRULEs, SEQUENCE and LAST-MODIFIED, `UTC+02:00` offsets in the CSV.
    version: ClassVar[int] = 2

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        """One target per edition; its inputs are that edition's schedule and texts."""
        built = {"build_time": options.build_time.isoformat()}
        return [
            e.target(self.name, schedule(kit, e.lang, e.partner) | built)
            for e in options.editions(kit)
        ]

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        """The .ics and .csv of one edition, in its time zone."""
        assert target.lang is not None
        data = schedule(ctx.kit, target.lang, target.partner)
        folder = Edition(target.lang, target.partner).folder
        relpath = f"{folder}/calendar.ics"
        ics = render_ics(data, ctx.options.build_time, previous=ctx.read_previous(relpath))
        table = render_csv(data)
        return [
            OutputFile(
                relpath,
                ics,
                "calendar",
                target.lang,
                partner=target.partner,
                meta={"format": "ics"},
            ),
            OutputFile(
                f"{folder}/calendar.csv",
                table.encode("utf-8-sig"),
                "calendar",
                target.lang,
                partner=target.partner,
                meta={"format": "csv"},
            ),
        ]


def schedule(kit: Kit, lang: str, partner: str | None = None) -> dict[str, Any]:
    """The slice of the kit a calendar shows, resolved for `lang` (and `partner`: its zone,
    its tracked links) — JSON-able: a target input.

    Texts come from the resolution step: posts are named by their display title (never their id),
    hashtags are canonical, and a text standing in for a missing translation carries a `note`
    saying so in `lang`.
    """
    c = kit.campaign
    content = resolve(kit, lang, partner, "calendar")
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
        **({"partner": partner} if partner else {}),
        "title": content.title.text,
        "brand": content.brand,
        "url": content.url,
        "timezone": content.timezone,
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


def _offset(delta: dt.timedelta | None) -> str:
    seconds = int((delta or dt.timedelta()).total_seconds())
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


# --- VTIMEZONE from the zone database's rule -------------------------------------------------

_POSIX_TIME = r"[+-]?\d{1,3}(?::\d{2}){0,2}"
_POSIX_NAME = r"(?:<[^>]+>|[A-Za-z]{3,})"
_POSIX_RULE = regex.compile(
    rf"^(?P<std>{_POSIX_NAME})(?P<stdoff>{_POSIX_TIME})"
    rf"(?:(?P<dst>{_POSIX_NAME})(?P<dstoff>{_POSIX_TIME})?"
    rf",M(?P<sm>\d+)\.(?P<sw>\d)\.(?P<sd>\d)(?:/(?P<st>{_POSIX_TIME}))?"
    rf",M(?P<em>\d+)\.(?P<ew>\d)\.(?P<ed>\d)(?:/(?P<et>{_POSIX_TIME}))?)?$"
)
_DAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")


def _seconds(value: str) -> int:
    sign = -1 if value.startswith("-") else 1
    parts = [int(p) for p in value.lstrip("+-").split(":")]
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


@functools.cache
def _posix_rule(name: str) -> str | None:
    """The POSIX TZ rule at the end of the zone's TZif file (tzdata package or system zones)."""
    data: bytes | None = None
    try:
        data = resources.files("tzdata.zoneinfo").joinpath(*name.split("/")).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        for root in zoneinfo.TZPATH:
            try:
                with open(f"{root}/{name}", "rb") as handle:
                    data = handle.read()
                break
            except OSError:
                continue
    if not data or not data.startswith(b"TZif") or data[4:5] < b"2":
        return None
    return data.rstrip(b"\n").rsplit(b"\n", 1)[-1].decode("ascii", "replace")


def _nth_weekday(year: int, month: int, week: int, day: int) -> dt.date:
    """POSIX `Mm.w.d`: the `week`th (5 = last) `day` (0 = Sunday) of `month`."""
    weekday = (day - 1) % 7  # Python: Monday is 0
    first = dt.date(year, month, 1)
    date = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))
    while date.month != month:
        date -= dt.timedelta(days=7)
    return date


def _name(value: str) -> str:
    return value.strip("<>")


def _rule_observances(name: str, first: dt.date, last: dt.date) -> list[dict[str, Any]] | None:
    """STANDARD/DAYLIGHT observances (with RRULEs) from the zone's rule, or None when the rule
    does not give the zone database's offsets on every day of the campaign's years."""
    rule = _posix_rule(name)
    m = _POSIX_RULE.match(rule or "")
    if m is None:
        return None
    std = dt.timedelta(seconds=-_seconds(m["stdoff"]))
    if m["dst"] is None:
        observances = [
            {
                "kind": "STANDARD",
                "start": dt.datetime(first.year - 1, 1, 1),
                "from": std,
                "to": std,
                "name": _name(m["std"]),
                "rrule": None,
            }
        ]
        transitions: list[tuple[int, int, int, int, dt.timedelta]] = []
    else:
        dst = (
            dt.timedelta(seconds=-_seconds(m["dstoff"]))
            if m["dstoff"]
            else std + dt.timedelta(hours=1)
        )
        start_at = _seconds(m["st"] or "2")
        end_at = _seconds(m["et"] or "2")
        if not (0 <= start_at < 86400 and 0 <= end_at < 86400):
            return None  # a rule time outside the day cannot be a plain RRULE onset
        transitions = [
            (int(m["sm"]), int(m["sw"]), int(m["sd"]), start_at, dst),
            (int(m["em"]), int(m["ew"]), int(m["ed"]), end_at, std),
        ]
        observances = []
        for (month, week, day, at, to), kind, before, label in (
            (transitions[0], "DAYLIGHT", std, m["dst"]),
            (transitions[1], "STANDARD", dst, m["std"]),
        ):
            onset = dt.datetime.combine(
                _nth_weekday(first.year - 1, month, week, day), dt.time()
            ) + dt.timedelta(seconds=at)
            nth = -1 if week == 5 else week
            observances.append(
                {
                    "kind": kind,
                    "start": onset,
                    "from": before,
                    "to": to,
                    "name": _name(label),
                    "rrule": {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": f"{nth}{_DAYS[day]}"},
                }
            )
    # The rule must give the zone database's offset at noon UTC of every day of the campaign.
    zone = zoneinfo.ZoneInfo(name)
    noon = dt.datetime(first.year, 1, 1, 12, tzinfo=dt.UTC)
    until = dt.datetime(last.year + 1, 1, 1, tzinfo=dt.UTC)
    while noon < until:
        if _rule_offset(noon, std, transitions) != noon.astimezone(zone).utcoffset():
            return None
        noon += dt.timedelta(days=1)
    return observances


def _rule_offset(
    moment: dt.datetime,
    std: dt.timedelta,
    transitions: list[tuple[int, int, int, int, dt.timedelta]],
) -> dt.timedelta:
    """The UTC offset the POSIX rule gives at `moment` (aware, UTC)."""
    if not transitions:
        return std
    (sm, sw, sd, st, dst), (em, ew, ed, et, _) = transitions
    year = moment.year
    begin = dt.datetime.combine(_nth_weekday(year, sm, sw, sd), dt.time(), dt.UTC)
    begin += dt.timedelta(seconds=st) - std
    finish = dt.datetime.combine(_nth_weekday(year, em, ew, ed), dt.time(), dt.UTC)
    finish += dt.timedelta(seconds=et) - dst
    in_dst = begin <= moment < finish if begin < finish else not finish <= moment < begin
    return dst if in_dst else std


def vtimezone(name: str, first: dt.date, last: dt.date) -> icalendar.Timezone:
    """A VTIMEZONE for `name` valid from `first` to `last`: the zone's rule as RRULEs, or (for a
    zone whose rule changed within those years) its dated offset changes."""
    import icalendar

    observances = _rule_observances(name, first, last)
    if observances is None:
        fallback: icalendar.Timezone = icalendar.Timezone.from_tzinfo(
            zoneinfo.ZoneInfo(name),
            tzid=name,
            first_date=dt.date(first.year, 1, 1),
            last_date=dt.date(last.year + 1, 1, 1),
        )
        return fallback
    tz = icalendar.Timezone()
    tz.add("TZID", name)
    for obs in observances:
        component: icalendar.Component = (
            icalendar.TimezoneDaylight()
            if obs["kind"] == "DAYLIGHT"
            else icalendar.TimezoneStandard()
        )
        component.add("DTSTART", obs["start"])
        if obs["rrule"]:
            component.add("RRULE", obs["rrule"])
        component.add("TZOFFSETFROM", obs["from"])
        component.add("TZOFFSETTO", obs["to"])
        component.add("TZNAME", obs["name"])
        tz.add_component(component)
    return tz


# --- events ----------------------------------------------------------------------------------

#: Properties that are bookkeeping, not an event's content.
_BOOKKEEPING = ("DTSTAMP", "LAST-MODIFIED", "SEQUENCE")


def _content(event: icalendar.Event) -> list[tuple[str, bytes]]:
    """An event's content properties as comparable (name, value with parameters) pairs."""
    out: list[tuple[str, bytes]] = []
    for name, value in event.property_items(recursive=False):
        if name in _BOOKKEEPING or name in ("BEGIN", "END"):
            continue
        params = getattr(value, "params", {})
        rendered: bytes = value if isinstance(value, bytes) else value.to_ical()  # type: ignore[attr-defined]
        params_text = ";".join(f"{k}={v}" for k, v in sorted(params.items()))
        out.append((name + ";" + params_text, rendered))
    return sorted(out)


def _previous_events(previous: bytes | None) -> dict[str, Any]:
    """The previous build's events by UID (nothing when there is none or it does not parse)."""
    if not previous:
        return {}
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(previous)
    except ValueError:
        return {}
    return {str(e["UID"]): e for e in calendar.walk("VEVENT") if "UID" in e}


def render_ics(
    data: dict[str, Any],
    build_time: dt.datetime,
    *,
    previous: bytes | None = None,
    zone: str | None = None,
) -> bytes:
    """The calendar as iCalendar bytes (CRLF, folded at 75 octets), in `zone` (IANA name;
    default: the campaign's). `previous` is the file of the last build: unchanged events keep
    its SEQUENCE and LAST-MODIFIED, changed ones get the next SEQUENCE and `build_time`."""
    import icalendar

    zone_name = zone or data["timezone"]
    in_utc = zone_name in _UTC_NAMES
    tz = zoneinfo.ZoneInfo(zone_name)
    labels = data["labels"]
    calendar = icalendar.Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", data["title"] + " – " + labels["calendar"])
    calendar.add("X-WR-TIMEZONE", zone_name)
    starts = [dt.datetime.fromisoformat(e["start"]).astimezone(tz) for e in data["events"]]
    if starts and not in_utc:
        calendar.add_component(vtimezone(zone_name, min(starts).date(), max(starts).date()))
    old = _previous_events(previous)
    stamp = build_time.astimezone(dt.UTC).replace(microsecond=0)
    for event_data, start in zip(data["events"], starts, strict=True):
        end = start + SLOT
        names = ", ".join(PLATFORM_NAMES[p] for p in event_data["platforms"])
        description = [data["draft"], ""] if data["draft"] else []
        description += [f"({event_data['note']})", ""] if event_data.get("note") else []
        description += [event_data["text"], "", f"{labels['platforms']}: {names}"]
        if event_data["link"]:
            description.append(f"{labels['link']}: {event_data['link']}")
        # A partner's events are its own: importing its calendar beside the language's one
        # must not overwrite those events.
        edition = data["lang"] + (f".{data['partner']}" if data.get("partner") else "")
        uid = f"{data['kit']}.{event_data['area']}.{event_data['post']}.{edition}@msgkit"
        event = icalendar.Event()
        event.add("UID", uid)
        if in_utc:
            event.add("DTSTART", start.astimezone(dt.UTC))
            event.add("DTEND", end.astimezone(dt.UTC))
        else:
            event.add("DTSTART", start.replace(tzinfo=None), parameters={"TZID": zone_name})
            event.add("DTEND", end.replace(tzinfo=None), parameters={"TZID": zone_name})
        event.add("SUMMARY", event_data["summary"])
        event.add("DESCRIPTION", "\n".join(description))
        event.add("CATEGORIES", [event_data["area_title"]])
        event.add("URL", event_data["link"] or data["url"])
        event.add("TRANSP", "TRANSPARENT")
        before = old.get(uid)
        if before is not None and _content(before) == _content(event):
            sequence = int(before.get("SEQUENCE", 0))
            modified = before.decoded("LAST-MODIFIED") if "LAST-MODIFIED" in before else stamp
        else:
            sequence = int(before.get("SEQUENCE", 0)) + 1 if before is not None else 0
            modified = stamp
        event.add("SEQUENCE", sequence)
        event.add("LAST-MODIFIED", modified)
        event.add("DTSTAMP", modified)
        calendar.add_component(event)
    ics: bytes = calendar.to_ical(sorted=False)
    return ics


def _summary(brand: str, title: str, limit: int = 60) -> str:
    """`Brand · <the post's display title>` — what a calendar grid shows."""
    words = " ".join(title.split())
    if len(words) > limit:
        words = words[:limit].rsplit(" ", 1)[0] + "…"
    return f"{brand} · {words}"


# --- CSV -----------------------------------------------------------------------------------

def render_csv(data: dict[str, Any], *, zone: str | None = None) -> str:
    """The calendar as an RFC 4180 table (CRLF rows; the caller adds the UTF-8 BOM), in `zone`
    (IANA name; default: the campaign's). Texts starting like a formula are guarded with `'`."""
    zone_name = zone or data["timezone"]
    tz = zoneinfo.ZoneInfo(zone_name)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in data["events"]:
        start = dt.datetime.fromisoformat(event["start"]).astimezone(tz)
        offset = _offset(start.utcoffset())
        writer.writerow(
            [
                start.strftime("%Y-%m-%d"),
                start.strftime("%H:%M"),
                zone_name,
                # `UTC+02:00`: a bare `+02:00` is a time to a spreadsheet, which drops the sign.
                f"UTC{offset[:3]}:{offset[3:5]}",
                event["week"],
                guard(event["area_title"]),
                guard(event["title"]),
                ", ".join(PLATFORM_NAMES[p] for p in event["platforms"]),
                guard(event["text"]),
                event["link"] or "",
                guard(event["note"] or ""),
            ]
        )
    return buffer.getvalue()


BUILDER = CalendarBuilder()
