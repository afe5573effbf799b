"""Screenshots of the demo project's campaign gallery in headless Chromium, at phone and desktop size.

    .venv/bin/python scripts/gallery_screenshots.py [OUT_DIR]     (default: docs/screenshots)

Makes the demo project in a temporary folder, renders its framed photos, a small city video
and the social collage (when those modules are there), then the gallery, and writes
``gallery-home-phone.png``, ``gallery-home-desktop.png``, ``gallery-city-phone.png`` and
``gallery-city-desktop.png``. Uses Debian's Chromium (``/usr/bin/chromium``) through
Playwright; no browser is downloaded. ``tests/test_gallery_browser.py`` uses the same helpers.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VIEWPORTS = {"phone": (390, 844), "desktop": (1440, 900)}
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    """The system Chromium (``ICC_CHROMIUM`` may name another), or ``None``."""
    named = os.environ.get("ICC_CHROMIUM")
    if named:
        return named if Path(named).is_file() else None
    for name in CHROMIUM_CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


def build_demo_gallery(folder: Path) -> Path:
    """The demo project in ``folder`` with its gallery; returns the gallery folder."""
    from icc_studio.core.demo import DemoSpec, create_demo_project
    from icc_studio.core.gallery import GallerySpec, render_gallery

    create_demo_project(DemoSpec(folder=folder, campaign_year=2026))
    try:  # the per-city video, small and short: what matters here is that the page plays it
        from icc_studio.core.video.city import CityVideoSpec, render_city_video
    except ImportError:
        pass
    else:
        render_city_video(CityVideoSpec(folder, aspects=("16:9",), short_side=360, target_seconds=20))
    try:
        from icc_studio.core.assets.collage import CollageSpec, render_collage
    except ImportError:
        pass
    else:
        render_collage(CollageSpec(folder, outputs=("social",)))
    return render_gallery(GallerySpec(folder)).folder


def open_page(browser, url: str, size: tuple[int, int], **context):
    page = browser.new_page(viewport={"width": size[0], "height": size[1]}, **context)
    page.goto(url)
    page.wait_for_load_state("load")
    return page


def load_every_image(page) -> None:
    """Make the lazy images load (as scrolling would); wait for every image and the videos' first data."""
    page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(i => { i.loading = 'eager'; })")
    page.wait_for_function("[...document.images].every(i => i.complete)", timeout=15_000)
    page.wait_for_function("[...document.querySelectorAll('video')].every(v => v.preload === 'none' || v.readyState >= 1)",
                           timeout=15_000)


def screenshots(site: Path, out_dir: Path, browser) -> list[Path]:
    """The four screenshots, taken with ``browser`` (a Playwright Chromium)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    city = next((site / "city").iterdir())
    targets = {"home": site / "index.html", "city": city / "index.html"}
    written = []
    for name, path in targets.items():
        for device, size in VIEWPORTS.items():
            page = open_page(browser, path.as_uri(), size, device_scale_factor=1)
            load_every_image(page)
            if name == "city":  # the city page shown where its contributions start
                page.evaluate("document.getElementById('wall').scrollIntoView()")
            out = out_dir / f"gallery-{name}-{device}.png"
            page.screenshot(path=str(out))
            written.append(out)
            page.close()
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    executable = find_chromium()
    if executable is None:
        print("Chromium is not installed (Debian: apt-get install chromium)", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="icc-gallery-") as work:
        site = build_demo_gallery(Path(work) / "demo")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=executable, args=["--no-sandbox"])
            try:
                for path in screenshots(site, out_dir, browser):
                    print(path)
            finally:
                browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
