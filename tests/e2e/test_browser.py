"""The unzipped pack's index page in a real browser (Debian's Chromium through Playwright).

It must load from file:// with no console errors and no requests beyond its own files, copy the
exact post text (line breaks and emoji included) with a click or from the keyboard, and give
every image its alt text.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

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

    def __init__(self, browser: Any, url: str, init_script: str | None = None) -> None:
        self.context = browser.new_context()
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
