"""The calendar builder: RFC 5545 .ics and RFC 4180 .csv per language, stable UIDs, time zones."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from msgkit.build import BuildRequest, build_kit
from msgkit.builders.calendar import escape_text, fold

Event = dict[str, str]


def _build(kit: Path, out: Path, *langs: str) -> Path:
    build_kit(kit, BuildRequest(out_root=out, languages=langs, only=("calendar",)))
    return next(p for p in out.iterdir() if p.is_dir())


def _unfold(data: bytes) -> list[str]:
    """Logical lines of an iCalendar file (RFC 5545 §3.1)."""
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), "a bare LF or CR"
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse_ics(data: bytes) -> tuple[list[str], list[Event]]:
    """A tiny parser: component nesting checked, every VEVENT as {NAME(;PARAMS): value}."""
    stack: list[str] = []
    events: list[Event] = []
    lines = _unfold(data)
    for line in lines:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                events.append({})
        elif name == "END":
            assert stack.pop() == value
        elif stack and stack[-1] == "VEVENT":
            assert name not in events[-1], f"{name} twice"
            events[-1][name] = value
    assert stack == []
    return lines, events


def test_starter_calendar_matches_golden(
    starter_kit: Path, tmp_path: Path, golden: Callable[[str, str], None]
) -> None:
    out = _build(starter_kit, tmp_path / "out")
    for lang in ("en", "sl"):
        ics = (out / lang / "calendar.ics").read_bytes()
        table = (out / lang / "calendar.csv").read_bytes()
        # Goldens are stored with LF; the files themselves must use CRLF throughout.
        assert ics.count(b"\r\n") == ics.count(b"\n") and table.count(b"\r\n") == table.count(b"\n")
        golden(f"calendar/{lang}.ics", ics.decode("utf-8").replace("\r\n", "\n"))
        golden(f"calendar/{lang}.csv", table.decode("utf-8").replace("\r\n", "\n"))


def test_ics_structure_lines_and_uids(starter_kit: Path, tmp_path: Path) -> None:
    out = _build(starter_kit, tmp_path / "out")
    data = (out / "en" / "calendar.ics").read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    for physical in data.split(b"\r\n"):
        assert len(physical) <= 75
    lines, events = parse_ics(data)
    assert "X-WR-CALNAME:Our campaign – Posting calendar" in lines
    assert "BEGIN:VTIMEZONE" in lines and "TZID:Europe/Ljubljana" in lines
    assert len(events) == 1
    event = events[0]
    assert event["UID"] == "my-campaign.week-1.post-1.en@msgkit"
    assert event["DTSTAMP"] == "20211018T000000Z"
    assert event["DTSTART;TZID=Europe/Ljubljana"] == "20301018T100000"
    assert event["DTEND;TZID=Europe/Ljubljana"] == "20301018T101500"
    assert _unescape(event["DESCRIPTION"]) == (
        "Our first post. Read more on our website.\n\n"
        "Platforms: X, Bluesky, Mastodon\nLink: https://example.org/campaign"
    )
    assert event["URL"] == "https://example.org/campaign"


def test_uids_are_stable_when_text_changes_and_unique_per_post(
    starter_kit: Path, tmp_path: Path
) -> None:
    area = starter_kit / "areas" / "week-1.yaml"
    text = area.read_text("utf-8")
    second = text.split("posts:\n", 1)[1].replace("post-1", "post-2").replace("day: 1 ", "day: 2 ")
    area.write_text(text + second, "utf-8")
    first = parse_ics((_build(starter_kit, tmp_path / "a") / "en" / "calendar.ics").read_bytes())[1]
    area.write_text(
        (text + second).replace("Our first post.", "Our first post, reworded;"), "utf-8"
    )
    again = parse_ics((_build(starter_kit, tmp_path / "b") / "en" / "calendar.ics").read_bytes())[1]
    uids = [e["UID"] for e in first]
    assert uids == [e["UID"] for e in again]
    assert len(set(uids)) == 2
    assert _unescape(again[0]["DESCRIPTION"]).startswith("Our first post, reworded;")
    assert again[0]["DESCRIPTION"].startswith("Our first post\\, reworded\\;")


def test_text_escaping_and_folding_round_trip() -> None:
    raw = "Commas, semicolons; back\\slash\nnew line — " + "Трговина људима " * 8
    line = "DESCRIPTION:" + escape_text(raw)
    folded = fold(line)
    parts = folded.encode("utf-8").split(b"\r\n")
    assert len(parts) > 2
    for part in parts:
        assert len(part) <= 75
        part.decode("utf-8")  # never split inside a character
    assert all(p.startswith(b" ") for p in parts[1:])
    assert _unescape(folded.replace("\r\n ", "").split(":", 1)[1]) == raw


DST_KIT = """\
id: dst
title: {en: "Across the clock change"}
description: {en: "Posts on both sides of the end of summer time."}
url: https://example.org/dst
start: 2021-10-25
timezone: Europe/Ljubljana
default_language: en
languages: {en: {status: approved}}
brand: {name: DST}
platforms: {x: {}, facebook: {}}
areas: [{id: week-1}]
"""

DST_AREA = """\
id: week-1
title: {en: "=cmd, \\"quoted\\""}
summary: {en: "Summary."}
posts:
  - {id: before, day: 1, time: "10:00", text: {en: "Before, \\"quoted\\""}, platforms: [x]}
  - {id: after, day: 7, time: "10:00", text: {en: "After the change."}}
"""


def test_time_zone_block_covers_the_change_and_csv_follows_it(tmp_path: Path) -> None:
    kit = tmp_path / "dst"
    (kit / "areas").mkdir(parents=True)
    (kit / "kit.yaml").write_text(DST_KIT, "utf-8")
    (kit / "areas" / "week-1.yaml").write_text(DST_AREA, "utf-8")
    out = _build(kit, tmp_path / "out")
    lines, events = parse_ics((out / "en" / "calendar.ics").read_bytes())
    block = "\n".join(lines[lines.index("BEGIN:VTIMEZONE") : lines.index("END:VTIMEZONE") + 1])
    # One DAYLIGHT and one STANDARD observance with yearly rules (what Outlook reads).
    assert block == (
        "BEGIN:VTIMEZONE\nTZID:Europe/Ljubljana\n"
        "BEGIN:DAYLIGHT\nDTSTART:20200329T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\n"
        "TZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT\n"
        "BEGIN:STANDARD\nDTSTART:20201025T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
        "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD\nEND:VTIMEZONE"
    )
    assert [e["DTSTART;TZID=Europe/Ljubljana"] for e in events] == [
        "20211025T100000",
        "20211031T100000",
    ]
    assert _unescape(events[0]["DESCRIPTION"]).endswith("Platforms: X")
    assert "Platforms: X, Facebook" in _unescape(events[1]["DESCRIPTION"])

    data = (out / "en" / "calendar.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdate,time,timezone,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [(r["date"], r["time"], r["utc_offset"]) for r in rows] == [
        ("2021-10-25", "10:00", "UTC+02:00"),
        ("2021-10-31", "10:00", "UTC+01:00"),
    ]
    # A text that a spreadsheet would run as a formula is defused (post texts that would are
    # refused by the posts builder; titles are only read); quotes survive CSV quoting.
    # Guarded against formulas, and with English quotation marks (typography).
    assert rows[0]["area_title"] == "'=cmd, “quoted”"
    assert rows[0]["text"] == "Before, “quoted”"
    assert rows[0]["platforms"] == "X" and rows[1]["platforms"] == "X, Facebook"


@pytest.mark.parametrize("zone", ["UTC", "Etc/UTC"])
def test_utc_campaigns_use_utc_times_without_a_zone_block(
    starter_kit: Path, tmp_path: Path, zone: str
) -> None:
    kit_file = starter_kit / "kit.yaml"
    kit_file.write_text(
        kit_file.read_text("utf-8").replace("timezone: Europe/Ljubljana", f"timezone: {zone}"),
        "utf-8",
    )
    lines, events = parse_ics(
        (_build(starter_kit, tmp_path / "out", "en") / "en" / "calendar.ics").read_bytes()
    )
    assert "BEGIN:VTIMEZONE" not in lines
    assert events[0]["DTSTART"] == "20301018T100000Z"
    assert events[0]["DTEND"] == "20301018T101500Z"


# --- calendars that update: two independent parsers, SEQUENCE, time zone rules ---------------

TWO_POSTS = """\
id: week-1
title: {en: "Week"}
summary: {en: "Summary."}
posts:
  - {id: first, day: 1, time: "10:00", text: {en: "The first post."}}
  - {id: second, day: 2, time: "11:00", text: {en: "The second post."}}
"""


def _two_post_kit(tmp_path: Path) -> Path:
    kit = tmp_path / "dst"
    (kit / "areas").mkdir(parents=True)
    (kit / "kit.yaml").write_text(DST_KIT, "utf-8")
    (kit / "areas" / "week-1.yaml").write_text(TWO_POSTS, "utf-8")
    return kit


def _build_at(kit: Path, out: Path, epoch: str, monkeypatch: pytest.MonkeyPatch) -> bytes:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    return (_build(kit, out) / "en" / "calendar.ics").read_bytes()


def _events(data: bytes) -> dict[str, dict[str, object]]:
    import icalendar

    calendar = icalendar.Calendar.from_ical(data)
    return {
        str(e["UID"]).split(".")[2]: {
            "start": e.decoded("DTSTART"),
            "sequence": int(e["SEQUENCE"]),
            "modified": e.decoded("LAST-MODIFIED"),
            "stamp": e.decoded("DTSTAMP"),
        }
        for e in calendar.walk("VEVENT")
    }


def test_two_independent_parsers_read_the_calendar(starter_kit: Path, tmp_path: Path) -> None:
    import icalendar
    import ics

    data = (_build(starter_kit, tmp_path / "out") / "en" / "calendar.ics").read_bytes()
    parsed = icalendar.Calendar.from_ical(data)
    event = parsed.walk("VEVENT")[0]
    start = event.decoded("DTSTART")
    assert start.isoformat() == "2030-10-18T10:00:00+02:00"
    assert int(event["SEQUENCE"]) == 0
    other = ics.Calendar(data.decode("utf-8"))
    (second,) = other.events
    assert second.uid == "my-campaign.week-1.post-1.en@msgkit"
    assert second.begin.isoformat() == "2030-10-18T10:00:00+02:00"
    assert second.name == str(event["SUMMARY"])
    assert second.description == str(event["DESCRIPTION"])


def test_moving_one_post_bumps_only_its_sequence_and_nothing_else_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = _two_post_kit(tmp_path)
    out = tmp_path / "out"
    first = _build_at(kit, out, "1600000000", monkeypatch)
    # A later build with nothing changed: the same bytes (SEQUENCE and stamps kept).
    assert _build_at(kit, out, "1600086400", monkeypatch) == first
    area = kit / "areas" / "week-1.yaml"
    area.write_text(TWO_POSTS.replace('time: "11:00"', 'time: "12:00"'), "utf-8")
    moved = _build_at(kit, out, "1600172800", monkeypatch)
    before, after = _events(first), _events(moved)
    assert before["first"] == after["first"]
    assert after["second"]["sequence"] == 1
    assert str(after["second"]["start"]) == "2021-10-26 12:00:00+02:00"
    assert str(after["second"]["modified"]) == "2020-09-15 12:26:40+00:00"
    assert after["second"]["stamp"] == after["second"]["modified"]
    # Only that event's lines differ (the other keeps its stamp of the first build).
    changed = set(moved.decode().split("\r\n")) ^ set(first.decode().split("\r\n"))
    assert changed == {
        "DTSTART;TZID=Europe/Ljubljana:20211026T110000",
        "DTEND;TZID=Europe/Ljubljana:20211026T111500",
        "DTSTART;TZID=Europe/Ljubljana:20211026T120000",
        "DTEND;TZID=Europe/Ljubljana:20211026T121500",
        "SEQUENCE:1",
        "LAST-MODIFIED:20200915T122640Z",
        "DTSTAMP:20200915T122640Z",
    }
    # Moving it again bumps it again.
    area.write_text(TWO_POSTS.replace('time: "11:00"', 'time: "12:30"'), "utf-8")
    assert _events(_build_at(kit, out, "1600259200", monkeypatch))["second"]["sequence"] == 2


@pytest.mark.parametrize(
    "zone", ["Europe/Ljubljana", "Europe/Belgrade", "Australia/Sydney", "America/New_York"]
)
def test_the_time_zone_rules_give_the_zone_databases_offsets(zone: str) -> None:
    import datetime as dt
    import zoneinfo

    import icalendar

    from msgkit.builders.calendar import render_ics

    data = {
        "kit": "k",
        "lang": "en",
        "title": "T",
        "brand": "B",
        "url": "https://example.org",
        "timezone": "Europe/Ljubljana",
        "draft": None,
        "labels": {"calendar": "Calendar", "platforms": "Platforms", "link": "Link"},
        "events": [
            {
                "area": "a",
                "area_title": "A",
                "week": 1,
                "post": f"p{month}",
                "title": f"Post {month}",
                "summary": f"B · Post {month}",
                "note": None,
                "start": dt.datetime(2027, month, 3, 10, tzinfo=dt.UTC).isoformat(),
                "platforms": ["x"],
                "text": "Text.",
                "link": None,
            }
            for month in range(1, 13)
        ],
    }
    # The zone is a parameter of the rendering: a partner's own zone, not the campaign's.
    ics = render_ics(data, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), zone=zone)
    calendar = icalendar.Calendar.from_ical(ics)
    (block,) = calendar.walk("VTIMEZONE")
    kinds = sorted(c.name for c in block.subcomponents)
    assert all("RRULE" in c for c in block.subcomponents) or kinds == ["STANDARD"]
    tz = block.to_tz()
    real = zoneinfo.ZoneInfo(zone)
    for event in calendar.walk("VEVENT"):
        local = event.decoded("DTSTART").replace(tzinfo=None)
        assert local.replace(tzinfo=tz).utcoffset() == local.replace(tzinfo=real).utcoffset()
        assert local.replace(tzinfo=real).astimezone(dt.UTC).hour == 10
