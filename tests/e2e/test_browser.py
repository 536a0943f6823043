"""The unzipped pack's index page in a real browser (Debian's Chromium through Playwright).

It must load from file:// with no console errors and no requests beyond its own files, copy the
exact post text (line breaks and emoji included) with a click or from the keyboard, and give
every image its alt text.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import keep_languages, keep_partners
from msgkit.build import BuildRequest, build_kit
from msgkit.scaffold import scaffold

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
#: Never download a browser: Debian's package is the one we drive.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
EPOCH = "1634515200"
POST_TEXT = (
    "Line one 🚀 with emoji,\nline two after a break.\n\nA </script> & <b>tag</b> stays text."
)


@pytest.fixture(scope="module")
def pack_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English pack of a starter kit with a tricky post, built and unzipped."""
    root = tmp_path_factory.mktemp("browser")
    kit = root / "kits" / "starter"
    scaffold(kit)
    area_yaml = kit / "areas" / "week-1.yaml"
    area = yaml.safe_load(area_yaml.read_text("utf-8"))
    area["posts"][0]["text"]["en"] = POST_TEXT
    area_yaml.write_text(yaml.safe_dump(area, allow_unicode=True, sort_keys=False), "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        result = build_kit(kit, BuildRequest(out_root=root / "dist", languages=("en",)))
    folder = root / "unzipped"
    with zipfile.ZipFile(result.out_dir / "packs" / "my-campaign-en.zip") as archive:
        archive.extractall(folder)
    return folder / "my-campaign-en"  # the pack's one top folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.skip("Debian's Chromium is not installed: apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield instance
        instance.close()


class Visit:
    """One page load: the page, and every console message, page error and request seen."""

    def __init__(
        self, browser: Any, url: str, init_script: str | None = None, bypass_csp: bool = False
    ) -> None:
        # bypass_csp only to inject axe-core: the page's own CSP forbids every other script.
        self.context = browser.new_context(bypass_csp=bypass_csp)
        self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("request", lambda request: self.requests.append(request.url))
        if init_script:
            self.page.add_init_script(init_script)
        self.page.goto(url)
        self.page.wait_for_load_state("load")

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"console {message.type}: {message.text}")

    def clipboard(self) -> str:
        return str(self.page.evaluate("navigator.clipboard.readText()"))

    def copy_status(self) -> str:
        """What the page announced after a copy (it announces a moment after the click)."""
        # Not wait_for_function: its string predicates are eval, which the page's CSP forbids.
        for _ in range(100):
            text = self.page.locator("#copy-status").text_content() or ""
            if text:
                return text
            self.page.wait_for_timeout(20)
        raise AssertionError("the page announced nothing after the copy")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Any, pack_folder: Path) -> Iterator[Visit]:
    opened = Visit(browser, (pack_folder / "index.html").as_uri())
    yield opened
    opened.close()


def _x_text(pack_folder: Path) -> str:
    """The exact text of the post on X, as the posts builder wrote it."""
    variants = json.loads((pack_folder / "posts" / "posts.json").read_text("utf-8"))
    [x] = [v for v in variants if v["post"] == "post-1" and v["platform"] == "x"]
    [part] = x["parts"]
    return str(part["text"])


def test_page_loads_offline_with_no_errors(visit: Visit, pack_folder: Path) -> None:
    page = visit.page
    # Scroll through so lazy images load too.
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_timeout(200)
    assert visit.errors == []
    assert visit.requests, "the page and its images were requested"
    foreign = [u for u in visit.requests if not u.startswith(("file://", "data:"))]
    assert foreign == []
    assert page.evaluate("document.documentElement.lang") == "en"
    broken = page.evaluate(
        "Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0)"
        ".map(i => i.getAttribute('src'))"
    )
    assert broken == []


def test_every_image_has_alt_text(visit: Visit) -> None:
    alts = visit.page.evaluate(
        "Array.from(document.images).map(i => (i.getAttribute('alt') || '').trim())"
    )
    assert alts and all(alts)


def test_copy_button_puts_the_exact_post_text_on_the_clipboard(
    visit: Visit, pack_folder: Path
) -> None:
    expected = _x_text(pack_folder)
    assert POST_TEXT.split("\n\n")[0] in expected, "line breaks and emoji reach the variant"
    button = visit.page.locator(".variant[data-platform=x] button.copy").first
    button.click()
    assert visit.copy_status() == "Copied"
    assert visit.clipboard() == expected
    assert visit.errors == []


def test_copy_works_without_the_async_clipboard(browser: Any, pack_folder: Path) -> None:
    # Some file:// pages are refused the async clipboard: the textarea fallback must copy.
    refuse = (
        "window.setClipboard = navigator.clipboard.writeText.bind(navigator.clipboard);"
        "navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));"
    )
    opened = Visit(browser, (pack_folder / "index.html").as_uri(), init_script=refuse)
    try:
        opened.page.evaluate("window.setClipboard('nothing copied yet')")
        assert opened.clipboard() == "nothing copied yet"
        opened.page.locator(".variant[data-platform=mastodon] button.copy").first.click()
        assert opened.copy_status() == "Copied"
        variants = json.loads((pack_folder / "posts" / "posts.json").read_text("utf-8"))
        [mastodon] = [v for v in variants if v["platform"] == "mastodon"]
        assert opened.clipboard() == mastodon["parts"][0]["text"]
        assert opened.errors == []
    finally:
        opened.close()


def test_copy_buttons_are_reachable_and_usable_from_the_keyboard(
    visit: Visit, pack_folder: Path
) -> None:
    page = visit.page
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "document.activeElement.matches('.variant[data-platform=x] button.copy')"
        )
        if focused:
            break
    else:
        pytest.fail("Tab never reached the X copy button")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused button shows where the focus is"
    label = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert label.startswith("Copy: X")
    page.keyboard.press("Enter")
    assert visit.copy_status() == "Copied"
    assert visit.clipboard() == _x_text(pack_folder)


def test_platform_filter_shows_one_platform(visit: Visit) -> None:
    page = visit.page
    page.locator("input[name=platform][value=bluesky]").check()
    shown = page.evaluate(
        "Array.from(document.querySelectorAll('.variant')).filter(v => !v.hidden)"
        ".map(v => v.dataset.platform)"
    )
    assert set(shown) == {"bluesky"}
    page.locator("input[name=platform][value='']").check()
    assert page.locator(".variant:visible").count() == page.locator(".variant").count()


# --- accessibility and phone layout --------------------------------------------------------------

REPO = Path(__file__).resolve().parents[2]
#: axe-core from npm (tests/e2e/package.json, installed by .ci/run): injected, never fetched.
AXE = Path(__file__).with_name("node_modules") / "axe-core" / "axe.min.js"
REAL_KIT = REPO / "kits" / "no-impunity-thb"
PHONE = {"width": 390, "height": 844}


def _axe_violations(browser: Any, url: str) -> list[str]:
    """axe-core's violations on the page at `url` (WCAG A/AA, best practices), one line each."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: (cd tests/e2e && npm install)")
    opened = Visit(browser, url, bypass_csp=True)
    try:
        opened.page.add_script_tag(path=str(AXE))
        result = opened.page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    finally:
        opened.close()
    return [
        f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


@pytest.fixture(scope="module")
def real_kit_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The real kit's index page of six languages, its Serbian (Cyrillic) pack's page unzipped,
    and one partner's pages: its co-branded page of each language and its pack's landing page.

    Six languages of the ten (English, both scripts' Slavic pages, the long-worded Albanian and
    the partner's three) and one partner of the eleven keep the build and the axe runs within
    the suite's time: the other four pages differ from these only in their words."""
    root = tmp_path_factory.mktemp("real")
    kit = root / "kits" / REAL_KIT.name
    shutil.copytree(REAL_KIT, kit)
    keep_languages(kit, {"en", "sl", "sr-Cyrl", "sq", "hr", "bs"})
    keep_partners(kit, {"bosnia-herzegovina": ["bs", "hr", "sr-Cyrl"]})
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        result = build_kit(kit, BuildRequest(out_root=root / "dist"))
    pages = {p.parent.name: p for p in sorted(result.out_dir.glob("*/index.html"))}
    partner = result.out_dir / "partners" / "bosnia-herzegovina"
    pages |= {f"partner-{p.parent.name}": p for p in sorted(partner.glob("*/index.html"))}
    for name in ("sr-Cyrl", "bosnia-herzegovina"):
        with zipfile.ZipFile(result.out_dir / "packs" / f"no-impunity-thb-{name}.zip") as archive:
            archive.extractall(root / "unzipped" / name)
    [pages["pack"]] = list((root / "unzipped" / "sr-Cyrl").glob("*/index.html"))
    [pages["partner-pack"]] = list((root / "unzipped" / "bosnia-herzegovina").glob("*/index.html"))
    return pages


def test_starter_pack_page_has_no_axe_violations(browser: Any, pack_folder: Path) -> None:
    assert _axe_violations(browser, (pack_folder / "index.html").as_uri()) == []


@pytest.mark.slow
def test_every_real_kit_page_has_no_axe_violations(
    browser: Any, real_kit_pages: dict[str, Path]
) -> None:
    # Six languages' pages, the packs' pages and a partner's co-branded pages.
    assert {"en", "sl", "sr-Cyrl", "sq", "pack", "partner-bs", "partner-pack"} <= set(
        real_kit_pages
    )
    found = {name: _axe_violations(browser, page.as_uri()) for name, page in real_kit_pages.items()}
    assert found == {name: [] for name in real_kit_pages}


def _phone(browser: Any, url: str) -> tuple[Any, Any]:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    return context, page


@pytest.mark.slow
def test_no_page_is_wider_than_a_phone(browser: Any, real_kit_pages: dict[str, Path]) -> None:
    # A long word in a heading (Albanian "pandëshkueshmërisë") once widened the sq page.
    widths = {}
    for name, page_path in real_kit_pages.items():
        context, page = _phone(browser, page_path.as_uri())
        try:
            widths[name] = page.evaluate("document.documentElement.scrollWidth")
        finally:
            context.close()
    assert widths == dict.fromkeys(real_kit_pages, PHONE["width"])


@pytest.mark.slow
def test_on_a_phone_the_sticky_bar_is_small_and_a_week_link_shows_its_heading(
    browser: Any, real_kit_pages: dict[str, Path]
) -> None:
    context, page = _phone(browser, real_kit_pages["sr-Cyrl"].as_uri())
    try:
        page.evaluate("window.scrollTo(0, document.querySelector('.area').offsetTop + 400)")
        bar = page.locator(".filter-bar").bounding_box()
        assert bar is not None and bar["y"] == 0, "the filter bar is stuck to the top"
        assert bar["height"] <= 0.12 * PHONE["height"], bar
        page.evaluate("window.scrollTo(0, 0)")
        weeks = page.evaluate(
            "Array.from(document.querySelectorAll('section.area')).map(s => s.id)"
        )
        assert len(weeks) == 3
        for week in weeks:
            target = f"#{week}"
            page.locator(f"nav.toc a[href='{target}']").click()
            page.wait_for_timeout(100)
            heading = page.locator(f"{target} h2").bounding_box()
            bar = page.locator(".filter-bar").bounding_box()
            assert heading is not None and bar is not None
            assert heading["y"] >= bar["y"] + bar["height"], (target, heading, bar)
            assert heading["y"] + heading["height"] <= PHONE["height"], (target, heading)
    finally:
        context.close()


def test_a_week_of_posts_folds_away(visit: Visit) -> None:
    page = visit.page
    posts = page.locator("details.posts").first
    assert posts.evaluate("d => d.open") is True
    first = page.locator("article.post").first
    assert first.is_visible()
    posts.locator("summary").click()
    assert not first.is_visible()


def test_copy_all_copies_every_post_of_the_chosen_platform(visit: Visit, pack_folder: Path) -> None:
    page = visit.page
    assert page.locator("#copy-all").is_hidden(), "no 'copy all' while every platform shows"
    page.locator("input[name=platform][value=x]").check()
    button = page.locator("#copy-all")
    assert button.text_content() == "Copy all: X"
    button.click()
    assert visit.copy_status() == "Copied"
    variants = json.loads((pack_folder / "posts" / "posts.json").read_text("utf-8"))
    x_texts = [p["text"] for v in variants if v["platform"] == "x" for p in v["parts"]]
    copied = visit.clipboard()
    assert x_texts
    heading = page.locator("article.post h4").first.text_content()
    assert copied.startswith(f"{heading} · "), "each post under its heading and time"
    for text in x_texts:
        assert text in copied
    assert copied.count("\n\n-----\n\n") == len([v for v in variants if v["platform"] == "x"]) - 1


def test_a_long_link_is_shown_short_and_linked_in_full(visit: Visit) -> None:
    shown = visit.page.evaluate(
        "Array.from(document.querySelectorAll('a[href^=\"http\"]'))"
        ".map(a => [a.textContent, a.getAttribute('href')])"
    )
    assert shown
    for text, href in shown:
        assert len(text) <= 60 or not text.startswith(("http", "www")), (text, href)
        assert not text.startswith(("https://", "http://")), text
