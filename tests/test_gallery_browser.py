"""The demo project's gallery in a real browser (Debian's headless Chromium, driven by Playwright).

No console error; every image and video loads (from file://); the filters work with and
without JavaScript; an Arabic caption is laid out right to left; the keyboard reaches the
filters with a visible focus; screenshots at phone and desktop size.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("gallery_screenshots", ROOT / "scripts" / "gallery_screenshots.py")
shots = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shots)

CHROMIUM = shots.find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package 'chromium'; "
                                                           "`make system-deps` installs it as root)")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return shots.build_demo_gallery(tmp_path_factory.mktemp("gallery") / "demo")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


class Watched:
    """A page with every console message, page error and failed request recorded."""

    def __init__(self, browser, url: str, size=(1440, 900), **context) -> None:
        self.problems: list[str] = []
        self.page = self._open(browser, url, size, **context)

    def _open(self, browser, url, size, **context):
        page = browser.new_page(viewport={"width": size[0], "height": size[1]}, **context)
        page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                if m.type == "error" else None)
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("requestfailed", self._failed)
        page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else
                self.problems.append(f"request outside the site: {r.url}"))
        page.goto(url)
        page.wait_for_load_state("load")
        return page


    def _failed(self, request) -> None:
        # A media element cancels its own range requests as it seeks and buffers: not a failure.
        if request.resource_type == "media" and request.failure == "net::ERR_ABORTED":
            return
        self.problems.append(f"failed: {request.url} {request.failure}")


def _pages(site: Path) -> list[Path]:
    city = next((site / "city").iterdir())
    return [site / "index.html", city / "index.html", site / "ar" / "index.html", site / "language" / "ar.html"]


def test_every_image_and_video_loads_without_console_errors(site, browser):
    for path in _pages(site):
        watched = Watched(browser, path.as_uri())
        page = watched.page
        shots.load_every_image(page)
        images = page.evaluate("[...document.images].map(i => [i.currentSrc, i.naturalWidth, i.alt])")
        assert images, path
        for src, width, alt in images:
            assert width > 0, (path, src)
            assert alt is not None
        cards = page.evaluate("[...document.querySelectorAll('.card img')].map(i => [i.currentSrc, i.alt])")
        assert all(src.endswith(".webp") and alt.strip() for src, alt in cards), cards[:3]
        videos = page.evaluate("""async () => {
            const out = [];
            for (const v of document.querySelectorAll('video')) {
                v.preload = 'auto'; v.load();
                await new Promise(done => {
                    if (v.readyState >= 2) return done();
                    v.addEventListener('loadeddata', done, {once: true});
                    v.addEventListener('error', done, {once: true});
                    setTimeout(done, 8000);
                });
                const track = v.textTracks.length ? v.textTracks[0] : null;
                out.push({src: v.currentSrc, ready: v.readyState, error: v.error && v.error.code,
                          width: v.videoWidth, track: track && track.mode,
                          cues: track && track.cues ? track.cues.length : 0});
            }
            return out;
        }""")
        for video in videos:
            assert video["ready"] >= 2 and video["error"] is None and video["width"] > 0, (path, video)
        if path == site / "index.html":
            assert len(videos) == 4  # three resident clips and the city video
            city_video = [v for v in videos if v["track"]]
            assert city_video and city_video[0]["track"] == "showing" and city_video[0]["cues"] > 5
        assert watched.problems == [], (path, watched.problems)
        page.close()


def _visible_languages(page) -> list[str]:
    return page.evaluate("[...document.querySelectorAll('.card')].filter(c => !c.hidden && c.offsetParent)"
                         ".map(c => c.dataset.lang)")


def test_the_filters_work_with_and_without_javascript(site, browser):
    watched = Watched(browser, (site / "index.html").as_uri())
    page = watched.page
    everything = _visible_languages(page)
    assert len(everything) == 17 and {"en", "fr", "ar", "de", "es", "it"} <= set(everything)
    page.click("a[data-filter=lang][data-value=ar]")
    arabic = _visible_languages(page)
    assert arabic and set(arabic) == {"ar"} and len(arabic) == everything.count("ar")
    assert page.get_attribute("a[data-filter=lang][data-value=ar]", "aria-current") == "true"
    assert page.text_content(".count").strip() == f"Showing {len(arabic)} of 17"
    assert page.url.endswith("#lang=ar")
    page.click("a[data-filter=lang][data-value='']")
    assert len(_visible_languages(page)) == 17
    # Reloading with the filter in the address keeps it.
    page.goto((site / "index.html").as_uri() + "#lang=fr")
    assert set(_visible_languages(page)) == {"fr"}
    assert watched.problems == []
    page.close()

    # Without JavaScript the same links lead to pages that hold only that language.
    plain = browser.new_page(java_script_enabled=False)
    plain.goto((site / "index.html").as_uri())
    plain.click("a[data-filter=lang][data-value=ar]")
    assert plain.url.endswith("/language/ar.html")
    assert set(_visible_languages(plain)) == {"ar"} and len(_visible_languages(plain)) == len(arabic)
    plain.click("a[data-filter=lang][data-value='']")
    assert plain.url.endswith("/index.html") and len(_visible_languages(plain)) == 17
    plain.close()


def test_an_arabic_caption_is_laid_out_right_to_left(site, browser):
    for size in ((390, 844), (1440, 900)):
        watched = Watched(browser, (site / "index.html").as_uri(), size)
        page = watched.page
        boxes = page.evaluate("""() => [...document.querySelectorAll('.caption')].map(p => {
            const range = document.createRange(); range.selectNodeContents(p);
            const line = range.getClientRects()[0], box = p.getBoundingClientRect(), style = getComputedStyle(p);
            return {lang: p.lang, direction: style.direction, align: style.textAlign,
                    lineLeft: line.left, lineRight: line.right, left: box.left + parseFloat(style.paddingLeft),
                    right: box.right - parseFloat(style.paddingRight)};
        })""")
        arabic = [b for b in boxes if b["lang"] == "ar"]
        latin = [b for b in boxes if b["lang"] in ("en", "fr")]
        assert arabic and latin
        for b in arabic:
            assert b["direction"] == "rtl"
            assert abs(b["lineRight"] - b["right"]) <= 1.5, b  # starts at the right edge
            assert b["lineLeft"] - b["left"] >= -1.5
        for b in latin:
            assert b["direction"] == "ltr" and abs(b["lineLeft"] - b["left"]) <= 1.5, b
        page.close()
    watched = Watched(browser, (site / "ar" / "index.html").as_uri())
    assert watched.page.evaluate("[document.documentElement.lang, getComputedStyle(document.body).direction]") \
        == ["ar", "rtl"]
    watched.page.close()


def test_the_keyboard_reaches_the_filters_with_a_visible_focus(site, browser):
    watched = Watched(browser, (site / "index.html").as_uri())
    page = watched.page
    page.keyboard.press("Tab")
    first = page.evaluate("[document.activeElement.className, getComputedStyle(document.activeElement).outlineStyle,"
                          " document.activeElement.getBoundingClientRect().top]")
    assert first[0] == "skip" and first[1] != "none" and first[2] >= 0  # the skip link shows when focused
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.value === 'fr'"):
            break
    else:
        pytest.fail("the French filter cannot be reached with Tab")
    focus = page.evaluate("(() => { const s = getComputedStyle(document.activeElement);"
                          " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()")
    assert focus[0] == "solid" and focus[1] >= 2
    page.keyboard.press("Enter")
    assert set(_visible_languages(page)) == {"fr"}
    page.close()


def test_screenshots_at_phone_and_desktop_size(site, browser, tmp_path):
    written = shots.screenshots(site, tmp_path, browser)
    from PIL import Image

    assert {p.name for p in written} == {f"gallery-{n}-{d}.png" for n in ("home", "city") for d in ("phone", "desktop")}
    for path in written:
        with Image.open(path) as image:
            expected = shots.VIEWPORTS["phone" if "phone" in path.name else "desktop"]
            assert image.size == expected
            assert len(image.convert("RGB").getcolors(1 << 20) or []) > 1000  # a real page, not a blank one
