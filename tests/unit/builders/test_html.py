"""The index page: exact copy texts, escaping of untrusted kit text, relative links, offline."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from msgkit.build import BuildRequest, build_kit
from msgkit.builders import BuildContext, BuildOptions, registry
from msgkit.model import Kit
from msgkit.typography import typeset
from msgkit.validate import load_kit

BUILD_TIME = dt.datetime(2021, 10, 18, tzinfo=dt.UTC)
#: Kit text that would break out of a script block, an attribute or the markup if not escaped.
HOSTILE = '</script><script>alert(1)</script> <img src=x onerror="alert(2)"> & "quotes" \'single\''
THREAD = ["First part 🧵 with a line break\nand a second line.", "Second part: " + HOSTILE]


class Element:
    """A parsed element: tag, attributes and all the text inside it."""

    def __init__(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.text = ""

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()


class Page(HTMLParser):
    """Just enough of an HTML parser to look at the page as a browser would."""

    VOID = {"meta", "img", "input", "br", "link", "hr", "source"}

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag not in self.VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                del self._open[i:]
                return

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data

    def find(self, tag: str, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == tag and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def with_class(self, name: str) -> list[Element]:
        return [e for e in self.elements if name in e.classes]


def _variant(platform: str, parts: list[str], limit: int) -> dict[str, Any]:
    return {
        "area": "week-1",
        "post": "post-1",
        "lang": "en",
        "platform": platform,
        "parts": [{"text": t, "length": len(t)} for t in parts],
        "limit": limit,
        "hashtags": ["OurCampaign"],
        "notes": [],
        "scheduled_at": "2030-10-18T10:00:00+02:00",
        "link": "https://example.org/campaign",
        "image": None,
        "alt_text": None,
    }


def _upstream(lang: str = "en") -> tuple[list[dict[str, Any]], dict[str, bytes]]:
    """Manifest entries and bytes as the other builders would leave them for `lang`."""
    posts = [
        _variant("x", ["Single post on X 🚀\n\nwith a blank line. " + HOSTILE], 280),
        _variant("mastodon", THREAD, 500),
    ]
    files: dict[str, bytes] = {
        f"{lang}/posts/posts.json": json.dumps(posts, ensure_ascii=False).encode(),
        f"{lang}/posts/x.md": b"# X\n",
        f"{lang}/factsheets/overview.pdf": b"%PDF-1.4 overview",
        f"{lang}/factsheets/week-1.pdf": b"%PDF-1.4 area",
        f"{lang}/deck.pptx": b"PK deck",
        f"{lang}/calendar.ics": b"BEGIN:VCALENDAR",
        f"{lang}/images/week-1-post-1-1200x675.png": b"\x89PNG fake",
    }
    builders = {
        "posts": "posts",
        "factsheets": "pdf",
        "deck.pptx": "deck",
        "calendar.ics": "calendar",
        "images": "images",
    }
    entries = []
    for path, data in files.items():
        first = path.split("/")[1]
        entry: dict[str, Any] = {
            "path": path,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "kind": builders[first],
            "lang": lang,
            "area": "week-1" if "week-1" in path else None,
            "builder": builders[first],
            "target": f"{builders[first]}:{lang}",
        }
        if first == "images":
            entry |= {
                "alt": 'Card: "quoted" <b>alt</b> ' + HOSTILE,
                "width": 1200,
                "height": 675,
                "post": "post-1",
                "platforms": ["x", "bluesky", "mastodon"],
            }
        entries.append(entry)
    return entries, files


@pytest.fixture
def kit(starter_kit: Path) -> Kit:
    """The starter kit with do's and don'ts and hostile text where partners will see it."""
    kit_yaml = starter_kit / "kit.yaml"
    data = yaml.safe_load(kit_yaml.read_text("utf-8"))
    data["dos"] = [{"en": "Tag the partner organisations.", "sl": "Označite partnerje."}]
    data["donts"] = [{"en": "Never share " + HOSTILE, "sl": "Ne delite osebnih podatkov."}]
    data["brand"]["terms"]["en"] = "Free to share <with> attribution & care."
    kit_yaml.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    area_yaml = starter_kit / "areas" / "week-1.yaml"
    area = yaml.safe_load(area_yaml.read_text("utf-8"))
    area["key_messages"][0]["text"]["en"] = "Key <message> " + HOSTILE
    area_yaml.write_text(yaml.safe_dump(area, allow_unicode=True, sort_keys=False), "utf-8")
    loaded, diagnostics = load_kit(starter_kit)
    assert not diagnostics.errors, diagnostics.sorted()
    return loaded


def _render(kit: Kit, lang: str, entries: list[dict[str, Any]], files: dict[str, bytes]) -> str:
    builder = registry()["html"]
    options = BuildOptions(build_time=BUILD_TIME, languages=(lang,))
    [target] = builder.plan(kit, options)
    ctx = BuildContext(kit=kit, options=options, read_output=files.__getitem__, upstream=entries)
    [output] = builder.build(target, ctx)
    assert output.relpath == f"{lang}/index.html"
    return output.data.decode("utf-8")


@pytest.fixture
def page_source(kit: Kit) -> str:
    entries, files = _upstream("en")
    return _render(kit, "en", entries, files)


def test_copy_texts_are_exact_and_every_part_has_a_labelled_button(page_source: str) -> None:
    page = Page(page_source)
    [block] = page.find("script", id="msgkit-texts", type="application/json")
    texts = json.loads(block.text)
    buttons = [b for b in page.find("button") if "data-copy" in b.attrs]
    copied = [texts[b.attrs["data-copy"]] for b in buttons]
    single = "Single post on X 🚀\n\nwith a blank line. " + HOSTILE
    for text in [single, *THREAD]:
        assert text in copied
    for button in buttons:
        assert button.attrs.get("type") == "button"
        assert (button.attrs.get("aria-label") or "").startswith("Copy")
    # The visible text is the same text, line breaks and emoji included.
    shown = [e.text for e in page.with_class("text")]
    assert single in shown and THREAD[0] in shown and THREAD[1] in shown
    assert "1/2" in page_source and "2/2" in page_source


def test_kit_text_cannot_break_out_of_the_page(page_source: str) -> None:
    page = Page(page_source)
    # Only the page's own two script elements exist; no kit text became markup.
    assert len(page.find("script")) == 2
    assert not [e for e in page.elements if any(k.startswith("on") for k in e.attrs)]
    assert [e for e in page.find("img") if e.attrs.get("src") == "x"] == []
    # The JSON block escapes `<` so `</script>` inside a post cannot end it.
    [block] = page.find("script", id="msgkit-texts")
    assert "<" not in block.text
    # Hostile text is shown literally where partners read it.
    # (with the language's quotation marks: the page shows resolved, typeset text)
    shown = typeset(HOSTILE, "en")
    assert any(shown in e.text for e in page.find("li"))
    assert any(typeset("Key <message> " + HOSTILE, "en") in e.text for e in page.find("li"))
    footer = page.find("footer")[0].text
    assert "Free to share <with> attribution & care." in footer


def test_page_is_offline_and_only_runs_its_own_script(page_source: str) -> None:
    page = Page(page_source)
    [csp] = page.find("meta", http_equiv="Content-Security-Policy")
    policy = csp.attrs["content"] or ""
    assert "default-src 'none'" in policy
    inline = [s for s in page.find("script") if "type" not in s.attrs][0].text
    digest = base64.b64encode(hashlib.sha256(inline.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    style = page.find("style")[0].text
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    # Nothing is loaded from elsewhere: images are files of the pack or data: URIs.
    for element in page.elements:
        src = element.attrs.get("src")
        if src is not None:
            assert not re.match(r"^[a-z]+:", src) or src.startswith("data:image/"), src
    assert not page.find("link")
    assert "@import" not in style and "url(" not in style


def test_images_show_alt_text_and_link_the_files_relatively(page_source: str) -> None:
    page = Page(page_source)
    images = [i for i in page.find("img") if "logo" not in (i.attrs.get("class") or "")]
    assert images, "the post's card is shown"
    for img in images:
        assert img.attrs["src"] == "images/week-1-post-1-1200x675.png"
        assert (img.attrs.get("alt") or "").startswith('Card: "quoted" <b>alt</b>')
    hrefs = {a.attrs.get("href") for a in page.find("a")}
    expected = {"factsheets/overview.pdf", "factsheets/week-1.pdf", "deck.pptx", "calendar.ics"}
    assert expected <= hrefs
    assert "posts/x.md" in hrefs
    downloads = [a for a in page.find("a") if "download" in a.attrs]
    assert downloads and all(
        a.attrs["href"] == "images/week-1-post-1-1200x675.png" for a in downloads
    )


def test_page_states_language_draft_status_guidance_and_terms(kit: Kit) -> None:
    entries, files = _upstream("sl")
    sl = Page(_render(kit, "sl", entries, files))
    assert sl.find("html")[0].attrs["lang"] == "sl"
    assert [e for e in sl.with_class("draft") if "Osnutek prevoda" in e.text]
    entries, files = _upstream("en")
    en = Page(_render(kit, "en", entries, files))
    assert en.find("html")[0].attrs["lang"] == "en"
    assert not en.with_class("draft")
    guidance = en.find("section", id="guidance")[0].text
    assert "Tag the partner organisations." in guidance and "Never share" in guidance
    assert "press@example.org" in en.find("footer")[0].text
    schedule = en.find("section", id="schedule")[0].text
    assert "18 October 2030" in schedule and "10:00" in schedule and "2030-10-18" not in schedule


def test_same_input_gives_the_same_page(kit: Kit, page_source: str) -> None:
    entries, files = _upstream("en")
    assert _render(kit, "en", entries, files) == page_source


def test_without_post_variants_the_kit_text_is_offered_once(kit: Kit) -> None:
    page = Page(_render(kit, "en", [], {}))
    [block] = page.find("script", id="msgkit-texts")
    assert list(json.loads(block.text).values()) == ["Our first post. Read more on our website."]


def test_built_page_links_only_files_of_its_language_folder(
    starter_kit: Path, tmp_path: Path
) -> None:
    result = build_kit(starter_kit, BuildRequest(out_root=tmp_path / "dist", only=("html",)))
    for lang in ("en", "sl"):
        folder = result.out_dir / lang
        page = Page((folder / "index.html").read_text("utf-8"))
        links = [e.attrs.get("href") or e.attrs.get("src") or "" for e in page.elements]
        local = [x for x in links if x and not re.match(r"^([a-z]+:|#)", x)]
        assert local, "the page links the language's files"
        for relpath in local:
            assert (folder / relpath).is_file(), f"{lang}/index.html links missing {relpath}"
        anchors = {e.attrs.get("id") for e in page.elements}
        for href in (x for x in links if x.startswith("#")):
            assert href[1:] in anchors, f"{href} has no target"


def test_light_brand_colours_are_made_readable(starter_kit: Path) -> None:
    kit_yaml = starter_kit / "kit.yaml"
    data = yaml.safe_load(kit_yaml.read_text("utf-8"))
    # White on gold is 1.4:1: the page must not put text in those colours.
    data["brand"]["colors"] = {"primary": "#FFD700", "on_primary": "#FFFFFF"}
    kit_yaml.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    kit, _ = load_kit(starter_kit)
    style = Page(_render(kit, "en", [], {})).find("style")[0].text
    assert "--brand:#FFD700;" in style
    assert "--on-brand:#1B1B1B;" in style and "--ink:#1B1B1B;" in style


def test_fitting_notes_show_in_the_pages_language(starter_kit: Path, tmp_path: Path) -> None:
    request = BuildRequest(out_root=tmp_path / "dist", languages=("sl",), only=("posts", "html"))
    result = build_kit(starter_kit, request)
    page = Page((result.out_dir / "sl" / "index.html").read_text("utf-8"))
    [block] = page.with_class("notes")
    assert block.text == (
        "aplikacija povezavo prikaže skrajšano, kot example.org/campaign, šteje pa jo v celoti"
    )
    assert not [li for li in page.find("li") if "shows the link" in li.text]


def test_fitting_warnings_are_marked_apart_from_notes(kit: Kit) -> None:
    entries, files = _upstream("en")
    posts = json.loads(files["en/posts/posts.json"])
    posts[0]["notes"] = [{"code": "used_short", "values": {"platform": "x"}, "text": "Note <1>"}]
    posts[0]["warnings"] = [{"code": "fold", "values": {"platform": "x"}, "text": "Mind <2>"}]
    files["en/posts/posts.json"] = json.dumps(posts).encode()
    for entry in entries:
        if entry["path"] == "en/posts/posts.json":
            entry["sha256"] = hashlib.sha256(files["en/posts/posts.json"]).hexdigest()
    page = Page(_render(kit, "en", entries, files))
    shown = ("Note <1>", "⚠ Mind <2>")
    items = [(li.text, li.classes) for li in page.find("li") if li.text in shown]
    assert items == [("Note <1>", []), ("⚠ Mind <2>", ["warning"])]
