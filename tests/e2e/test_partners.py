"""Partner packs (issue 17): the partner's clock, its name on the material, its tracked links."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import icalendar
import pikepdf
import pytest
import regex
from outputs import ics_unfolded, pdf_text, pptx_text
from typer.testing import CliRunner

from msgkit.build import BuildRequest, build_kit
from msgkit.cli import app

AREA = Path("areas") / "week-1.yaml"
SOFIA = """\
partners:
  - id: sofia-office
    name: {en: Sofia Office, sl: Sofijska pisarna}
    languages: [en]
    timezone: Europe/Sofia
    contact: {name: {en: Press desk}, email: press@sofia.example.org}
    url: https://sofia.example.org/
"""
#: http(s) links in text: up to whitespace, quotes, brackets or a Markdown/CSV delimiter.
_LINK = re.compile(r"https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s\"'<>)\]`,|\\]*")


def _kit(starter_kit: Path, *, schedule: str | None = None, utm: bool = True) -> Path:
    kit_yaml = starter_kit / "kit.yaml"
    text = kit_yaml.read_text("utf-8") + "\n" + SOFIA
    if schedule:
        text += f"partner_schedule: {schedule}\n"
    if utm:
        text += "tracking: {utm: true}\n"
    kit_yaml.write_text(text, "utf-8")
    return starter_kit


def _build(kit: Path, out: Path) -> Path:
    result = build_kit(kit, BuildRequest(out_root=out, jobs=1))
    assert not [d for d in result.diagnostics if d.level == "error"]
    return out / "my-campaign"


def _hootsuite_times(path: Path) -> list[str]:
    return [row[0] for row in csv.reader(io.StringIO(path.read_text("utf-8")))]


# --- the partner's clock ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schedule", "sofia_time"), [("same-instant", "11:00"), ("same-local-time", "10:00")]
)
def test_a_sofia_partner_posts_by_its_schedule_rule(
    starter_kit: Path, tmp_path: Path, schedule: str, sofia_time: str
) -> None:
    out = _build(_kit(starter_kit, schedule=schedule), tmp_path / "out")
    # The kit plans the post for 10:00 Ljubljana (CEST) on 18 October 2030.
    assert _hootsuite_times(out / "en" / "posts" / "hootsuite-x.csv") == ["18/10/2030 10:00"]
    partner = out / "partners" / "sofia-office" / "en"
    assert _hootsuite_times(partner / "posts" / "hootsuite-x.csv") == [f"18/10/2030 {sofia_time}"]
    scheduler = list(
        csv.DictReader(io.StringIO((partner / "posts" / "scheduler.csv").read_text("utf-8-sig")))
    )
    assert {row["scheduled_at"] for row in scheduler} == {f"2030-10-18T{sofia_time}:00+03:00"}
    table = list(csv.DictReader(io.StringIO((partner / "calendar.csv").read_text("utf-8-sig"))))
    assert [(r["time"], r["timezone"], r["utc_offset"]) for r in table] == [
        (sofia_time, "Europe/Sofia", "UTC+03:00")
    ]


def test_a_sofia_partners_calendar_carries_the_sofia_vtimezone(
    starter_kit: Path, tmp_path: Path
) -> None:
    out = _build(_kit(starter_kit, schedule="same-instant"), tmp_path / "out")
    raw = (out / "partners" / "sofia-office" / "en" / "calendar.ics").read_bytes()
    calendar = icalendar.Calendar.from_ical(raw)
    zones = [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
    assert zones == ["Europe/Sofia"]
    (event,) = calendar.walk("VEVENT")
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute, str(start.tzinfo)) == (11, 0, "Europe/Sofia")
    assert str(event["UID"]).endswith(".en.sofia-office@msgkit")
    # A second reading, without icalendar: the property line as any client sees it.
    unfolded = ics_unfolded(raw.decode("utf-8"))
    assert "DTSTART;TZID=Europe/Sofia:20301018T110000" in unfolded
    assert "TZOFFSETTO:+0300" in unfolded
    # The language's own calendar stays on the campaign's clock.
    own = ics_unfolded((out / "en" / "calendar.ics").read_text("utf-8"))
    assert "DTSTART;TZID=Europe/Ljubljana:20301018T100000" in own


def test_the_partner_pack_readme_says_which_time_zone_its_files_use(
    starter_kit: Path, tmp_path: Path
) -> None:
    out = _build(_kit(starter_kit, schedule="same-instant"), tmp_path / "out")
    with zipfile.ZipFile(out / "packs" / "my-campaign-sofia-office.zip") as pack:
        readme = pack.read("my-campaign-sofia-office/en/README.txt").decode("utf-8")
        top = pack.read("my-campaign-sofia-office/README.txt").decode("utf-8")
    flat = " ".join(readme.split())
    assert "Shared by Sofia Office" in flat
    assert "in the calendar are Europe/Sofia time (UTC+03:00)" in flat
    assert "set the account to Europe/Sofia before you upload" in flat
    assert "Europe/Sofia" in " ".join(top.split())


# --- tracked links ----------------------------------------------------------------------------


def _links_in(folder: Path) -> dict[str, list[str]]:
    """Every http(s) link of every file under `folder`: in texts, PDF link annotations, and
    deck hyperlinks (the relationships' external targets)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.suffix in (".md", ".csv", ".ics", ".json", ".html", ".txt"):
            text = path.read_text("utf-8-sig")
            if path.suffix == ".ics":
                text = ics_unfolded(text)
            # The page escapes `&` in its copy texts' JSON (`\u0026`) and its markup (`&amp;`).
            links = _LINK.findall(text.replace("&amp;", "&").replace("\\u0026", "&"))
        elif path.suffix == ".pdf":
            with pikepdf.open(path) as pdf:
                links = [
                    str(annot.A.URI)
                    for page in pdf.pages
                    for annot in page.get("/Annots", [])
                    if "/A" in annot and "/URI" in annot.A
                ]
        elif path.suffix == ".pptx":
            with zipfile.ZipFile(path) as deck:
                rels = [deck.read(n).decode() for n in deck.namelist() if n.endswith(".rels")]
            links = re.findall(
                r'Target="(https?://[^"]+)"[^>]*TargetMode="External"', "".join(rels)
            )
            links = [link.replace("&amp;", "&") for link in links]
        else:
            continue
        found[rel] = [link for link in links if link.startswith("http") and "w3.org" not in link]
    return found


def test_every_link_of_the_partner_pack_is_tracked_and_none_of_the_language_pack(
    starter_kit: Path, tmp_path: Path
) -> None:
    out = _build(_kit(starter_kit), tmp_path / "out")
    partner = _links_in(out / "partners" / "sofia-office" / "en")
    kinds = {rel.split("/")[0] if "/" in rel else rel for rel, links in partner.items() if links}
    # Posts, scheduler files, calendars, fact sheets, the deck, the page and the message sheet.
    assert kinds >= {
        "posts",
        "calendar.ics",
        "calendar.csv",
        "factsheets",
        "deck.pptx",
        "index.html",
        "messages.md",
    }
    for rel, links in partner.items():
        for link in links:
            assert "utm_medium=social" in link, (rel, link)
            assert "utm_campaign=my-campaign" in link, (rel, link)
            assert "utm_content=sofia-office" in link, (rel, link)
    # Per platform: the X file's links say x, the Bluesky file's bluesky.
    assert all("utm_source=x&" in link for link in partner["posts/x.md"])
    assert all("utm_source=bluesky&" in link for link in partner["posts/bluesky.md"])
    assert any("utm_source=calendar&" in link for link in partner["calendar.ics"])
    own = _links_in(out / "en")
    assert sum(map(len, own.values())) > 10
    assert not [link for links in own.values() for link in links if "utm_" in link]


def test_a_tagged_bluesky_variant_still_fits_by_bluesky_count(
    starter_kit: Path, tmp_path: Path
) -> None:
    import json

    out = _build(_kit(starter_kit), tmp_path / "out")
    variants = json.loads(
        (out / "partners" / "sofia-office" / "en" / "posts" / "posts.json").read_text("utf-8")
    )
    (bluesky,) = [v for v in variants if v["platform"] == "bluesky"]
    assert bluesky["fits"] and bluesky["partner"] == "sofia-office"
    text = "\n".join(p["text"] for p in bluesky["parts"])
    assert "https://example.org/campaign?utm_source=bluesky&utm_medium=social" in text
    # Bluesky counts graphemes of the text as posted, the full link included (AT Protocol:
    # app.bsky.feed.post text maxGraphemes 300).
    for part in bluesky["parts"]:
        assert len(regex.findall(r"\X", part["text"])) <= 300


def test_check_refuses_a_post_only_its_tracked_bluesky_variant_overflows(
    starter_kit: Path, runner: CliRunner
) -> None:
    kit = _kit(starter_kit)
    area = kit / AREA
    # A 270-character link fits Bluesky's 300 graphemes as written; tracked (80 more), it
    # cannot fit, and a link cannot be split. X and Mastodon count any link as 23.
    long_link = "https://example.org/" + "a" * 250
    text = area.read_text("utf-8").replace(
        "link: https://example.org/campaign", f"link: {long_link}"
    )
    area.write_text(text, "utf-8")
    result = runner.invoke(app, ["check", str(kit)])
    assert result.exit_code == 1
    # The language's own variant fits: only the partner's is named.
    assert "post `post-1` (en for partner sofia-office) does not fit Bluesky" in result.output
    # The reason is the link, not the text: it says so, and what to do.
    flat = " ".join(result.output.split())
    assert re.search(
        r"its link alone is 3\d\d/300 with the partner's tracking parameters, "
        r"and a link cannot be split",
        flat,
    )
    assert (
        "hint: give the post a shorter link (a shorter address, or a redirect), "
        "or shorten the kit's `tracking:` values" in flat
    )
    assert "one clause alone" not in flat
    assert "post `post-1` (en)" not in result.output
    assert "areas/week-1.yaml:" in result.output
    assert "Traceback" not in result.output


# --- the partner's name on the material ---------------------------------------------------------


def test_cobranding_on_the_sheet_deck_page_and_cards(starter_kit: Path, tmp_path: Path) -> None:
    import json

    out = _build(_kit(starter_kit), tmp_path / "out")
    partner = out / "partners" / "sofia-office" / "en"
    for sheet in ("overview.pdf", "week-1.pdf"):
        words = " ".join(pdf_text(partner / "factsheets" / sheet).split())
        assert "Shared by Sofia Office" in words
        assert "press@sofia.example.org" in words
        assert "Shared by" not in " ".join(pdf_text(out / "en" / "factsheets" / sheet).split())
    deck_text = pptx_text(partner / "deck.pptx")
    assert "Shared by Sofia Office" in deck_text
    # Slides show addresses as people read them; the links behind them carry the tags.
    with zipfile.ZipFile(partner / "deck.pptx") as deck:
        slides = "".join(
            deck.read(n).decode() for n in deck.namelist() if re.match(r"ppt/slides/\w+\.xml$", n)
        )
    shown = re.findall(r"<a:t>([^<]*)</a:t>", slides)
    assert "example.org/campaign" in shown
    assert not [text for text in shown if "utm_" in text]
    page = (partner / "index.html").read_text("utf-8")
    assert '<p class="shared-by"><span>Shared by Sofia Office</span></p>' in page
    assert "<h2>Contact at Sofia Office</h2>" in page
    assert "Shared by" not in (out / "en" / "index.html").read_text("utf-8")
    # The cards: the partner's own, listed with their alt text, differing from the language's.
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    cards = {e["path"]: e for e in manifest["files"] if e["kind"] == "image"}
    mine = sorted(p for p in cards if p.startswith("partners/sofia-office/en/images/"))
    assert mine
    for path in mine:
        twin = path.replace("partners/sofia-office/", "")
        assert cards[path]["sha256"] != cards[twin]["sha256"]
        assert cards[path]["alt"] == cards[twin]["alt"]


def test_a_partner_sheet_draws_its_mark_and_tags_who_shares_it(
    starter_kit: Path, tmp_path: Path
) -> None:
    import shutil
    import subprocess
    import sys

    from PIL import Image

    kit = _kit(starter_kit)
    (kit / "images").mkdir(exist_ok=True)
    Image.new("RGB", (300, 300), (200, 30, 40)).save(kit / "images" / "sofia.png")
    kit_yaml = kit / "kit.yaml"
    kit_yaml.write_text(
        kit_yaml.read_text("utf-8").replace(
            "    timezone: Europe/Sofia\n",
            "    timezone: Europe/Sofia\n    logo: images/sofia.png\n",
        ),
        "utf-8",
    )
    out = _build(kit, tmp_path / "out")
    sheet = out / "partners" / "sofia-office" / "en" / "factsheets" / "week-1.pdf"
    # The mark: a red image in the footer (a pagination artifact), on every page; the
    # language's own sheet has no such image.
    with pikepdf.open(sheet) as pdf:
        for page in pdf.pages:
            reds = [
                image
                for image in page.get_images().values()
                if pikepdf.PdfImage(image).as_pil_image().convert("RGB").getpixel((0, 0))
                == (200, 30, 40)
            ]
            assert len(reds) == 1
    with pikepdf.open(out / "en" / "factsheets" / "week-1.pdf") as pdf:
        assert not any(page.get_images() for page in pdf.pages)
    # Who shares the sheet is read once, in the tagged side column after the campaign's
    # contact, not only in the footer (an artifact, which a screen reader skips).
    if shutil.which("pdfinfo") is None:
        pytest.fail("poppler-utils (pdfinfo) is not installed")
    tree = subprocess.run(
        ["pdfinfo", "-struct-text", str(sheet)], capture_output=True, text=True, check=True
    ).stdout
    lines = [line.strip() for line in tree.splitlines()]
    at = lines.index('"Shared by Sofia Office"')
    assert lines[at - 1] == "H2 (block)"
    assert lines.index('"Contact"') < at
    assert lines[at + 1 : at + 5] == [
        "P (block)",
        '"Press desk"',
        "P (block)",
        '"press@sofia.example.org"',
    ]
    check = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", str(sheet)], capture_output=True, text=True
    )
    assert "result: PASS (no findings)" in check.stdout, check.stdout


def test_a_card_shows_the_shared_by_strip_above_the_footer() -> None:
    from PIL import Image

    from msgkit.images.card import render_card
    from msgkit.images.content import CardContent
    from msgkit.model import BrandColors

    content = CardContent(
        kind="post",
        item_id="p",
        index=0,
        text="Traffickers must not go unpunished.",
        text_key="text",
        kicker="Week 1 · Policies",
        tags=("#NoImpunityforTHB",),
        url="example.org",
        brand="No Impunity",
        draft=None,
        image=None,
        alt="",
        shared_by="Shared by National Commission for Combating Trafficking in Human Beings",
    )
    plain = render_card(
        CardContent(**{**content.to_json(), "shared_by": None}), (1080, 1080), BrandColors()
    )
    card = render_card(content, (1080, 1080), BrandColors())
    strip = card.texts["partner"]
    assert "partner" not in plain.texts
    # Inside the card, above the footer's brand name, at the card's smallest text size or more.
    left, top, right, bottom = strip.bbox
    assert 0 <= left and right <= 1080 and bottom <= card.texts["brand"].bbox[1]
    assert strip.size >= 48
    image = Image.open(io.BytesIO(card.png))
    assert image.size == (1080, 1080)


# --- the model, check and preview ---------------------------------------------------------------


def test_partner_problems_are_located_all_at_once(starter_kit: Path, runner: CliRunner) -> None:
    kit_yaml = starter_kit / "kit.yaml"
    (starter_kit / "images").mkdir(exist_ok=True)
    (starter_kit / "images" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    kit_yaml.write_text(
        kit_yaml.read_text("utf-8")
        + "\npartners:\n"
        + "  - id: sofia-office\n"
        + "    name: Sofia Office\n"
        + "    languages: [en, bg]\n"
        + "    timezone: Europe/Sofija\n"
        + "    logo: images/broken.png\n",
        "utf-8",
    )
    result = runner.invoke(app, ["check", str(starter_kit)])
    assert result.exit_code == 1
    out = result.output
    assert "partners[0] (`sofia-office`): language `bg` is not one of the kit's languages" in out
    assert "partners[0] (`sofia-office`): unknown time zone `Europe/Sofija`" in out
    assert "did you mean `Europe/Sofia`?" in out
    assert "partners[0].logo: logo `images/broken.png`" in out
    assert re.search(r"kit\.yaml:\d+:\d+: error: partners\[0\] \(`sofia-office`\): unknown", out)
    assert "Traceback" not in out


def test_posts_partner_previews_what_the_partner_publishes(
    starter_kit: Path, runner: CliRunner
) -> None:
    import json

    kit = _kit(starter_kit, schedule="same-instant")
    result = runner.invoke(app, ["posts", str(kit), "--partner", "sofia-office", "--json"])
    assert result.exit_code == 0, result.output
    variants = json.loads(result.stdout)
    assert {v["lang"] for v in variants} == {"en"}
    assert {v["scheduled_at"] for v in variants} == {"2030-10-18T11:00:00+03:00"}
    assert all("utm_content=sofia-office" in v["link"] for v in variants)
    unknown = runner.invoke(app, ["posts", str(kit), "--partner", "sofia"])
    assert unknown.exit_code == 2
    assert "--partner sofia: no partner `sofia`" in unknown.output
    assert "hint: choose one of: sofia-office" in unknown.output
    other = runner.invoke(app, ["posts", str(kit), "--partner", "sofia-office", "--lang", "sl"])
    assert other.exit_code == 2
    assert "partner `sofia-office` has no language `sl`" in other.output


def test_a_partners_edit_rebuilds_only_that_partners_outputs(
    starter_kit: Path, tmp_path: Path
) -> None:
    kit = _kit(starter_kit)
    kit_yaml = kit / "kit.yaml"
    text = kit_yaml.read_text("utf-8").replace(
        "    url: https://sofia.example.org/\n",
        "    url: https://sofia.example.org/\n"
        "  - {id: zagreb-office, name: Zagreb Office, languages: [en, sl]}\n",
    )
    kit_yaml.write_text(text, "utf-8")
    first = build_kit(kit, BuildRequest(out_root=tmp_path / "out", jobs=1))
    assert any("zagreb-office" in t for t in first.added)
    kit_yaml.write_text(text.replace("Sofia Office, sl:", "Sofia City Office, sl:"), "utf-8")
    again = build_kit(kit, BuildRequest(out_root=tmp_path / "out", jobs=1))
    assert again.changed
    assert all("sofia-office" in target for target in again.changed), again.changed
    assert not again.added and not again.removed
    deterministic = build_kit(kit, BuildRequest(out_root=tmp_path / "out", jobs=1))
    assert not deterministic.stale
