"""Gallery benchmark: the weight of a page of 200 contributions, and the time to render the site.

    .venv/bin/python -m bench.gallery [--keep]

Makes a project of 200 generated portraits (imported through the ordinary import job, with
captions in six languages, consent for social media, approved), renders the framed square
photos and the gallery, then opens the city page in headless Chromium at phone size
(390×844, device pixel ratio 3) and desktop size (1440×900, ratio 1) and sums the size of
every file the browser asked for: first on load (lazy images load only near the screen),
then after scrolling to the end (every image of the page). Sizes are of the files as
served; a web host that compresses text (gzip) sends the HTML about six times smaller (the
estimate is printed too). The project is kept under build/bench-data/gallery-200.
"""

from __future__ import annotations

import gzip
import shutil
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "build" / "bench-data" / "gallery-200"
COUNT = 200
CAPTIONS = {
    "en": "a nurse, a cyclist and a proud neighbour",
    "fr": "boulangère, poète et supportrice du club",
    "ar": "مهندسة وأم وعاشقة للموسيقى",
    "de": "Tischler, Vater und Trompeter",
    "it": "nonna, sarta e cuoca del quartiere",
    "es": "fotógrafo, abuelo y vecino del barrio",
}


def build(folder: Path) -> None:
    from icc_studio.core.demo_media import generate_portrait
    from icc_studio.core.importing import ImportSpec, import_files
    from icc_studio.core.store import Project, Purpose, Status

    if (folder / "project.iccdb").is_file():
        return
    shutil.rmtree(folder, ignore_errors=True)
    incoming = folder.parent / "gallery-200-incoming"
    incoming.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(COUNT):
        path = incoming / f"p{i:03d}.jpg"
        if not path.is_file():
            generate_portrait(1000 + i, (1200, 1500)).save(path, "JPEG", quality=88)
        files.append(path)
    with Project.create(folder, city="Benchton", kit_id="migrants-18december", languages=["en", "fr", "ar"],
                        campaign_year=2026) as project:
        pass
    import_files(ImportSpec(folder, files))
    with Project.open(folder) as project:
        langs = list(CAPTIONS)
        for n, c in enumerate(project.contributions()):
            lang = langs[n % len(langs)]
            person = project.add_contributor(f"Resident {n}")
            project.record_consent(person, purposes=(Purpose.SOCIAL_MEDIA,), text_version="1", language=lang,
                                   method="paper")
            project.update_contribution(c.id, contributor_id=person, caption=CAPTIONS[lang], language=lang,
                                        alt_text=f"Illustrated portrait number {n + 1}")
        project.set_status([c.id for c in project.contributions()], Status.APPROVED)
    shutil.rmtree(incoming, ignore_errors=True)


def measure(page_file: Path, site: Path, size: tuple[int, int], scale: float, chromium: str) -> tuple[int, int, dict]:
    from playwright.sync_api import sync_playwright

    requested: list[Path] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": size[0], "height": size[1]}, device_scale_factor=scale)
        page.on("request", lambda r: requested.append(Path(unquote(urlparse(r.url).path)))
                if r.url.startswith("file:") else None)
        page.goto(page_file.as_uri())
        page.wait_for_load_state("networkidle")
        initial = len(requested)
        height = page.evaluate("document.body.scrollHeight")
        for y in range(0, height + size[1], size[1] // 2):
            page.evaluate(f"window.scrollTo(0, {y})")
            page.wait_for_timeout(30)
        page.wait_for_load_state("networkidle")
        page.wait_for_function("[...document.images].every(i => i.complete)")
        browser.close()

    def total(paths: list[Path]) -> int:
        return sum(p.stat().st_size for p in dict.fromkeys(paths) if p.is_file())

    kinds: dict[str, int] = {}
    for p in dict.fromkeys(requested):
        kinds[p.suffix] = kinds.get(p.suffix, 0) + p.stat().st_size
    return total(requested[:initial]), total(requested), kinds


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from icc_studio.core.gallery import GallerySpec, render_gallery
    from scripts.gallery_screenshots import find_chromium

    chromium = find_chromium()
    t = time.perf_counter()
    build(DATA)
    print(f"project of {COUNT} photos ready in {time.perf_counter() - t:.1f} s")
    shutil.rmtree(DATA / "cache" / "gallery", ignore_errors=True)
    shutil.rmtree(DATA / "exports", ignore_errors=True)
    t = time.perf_counter()
    result = render_gallery(GallerySpec(DATA))
    first = time.perf_counter() - t
    t = time.perf_counter()
    render_gallery(GallerySpec(DATA))
    again = time.perf_counter() - t
    print(f"gallery: {result.contributions} contributions, {len(result.pages)} pages, {result.files} files, "
          f"{result.bytes / 1e6:.1f} MB on disk; first render {first:.1f} s (framed photos included), "
          f"again unchanged {again:.1f} s")
    page = result.folder / "city" / "benchton" / "index.html"
    html = page.read_bytes()
    print(f"city page HTML: {len(html) / 1e3:.0f} kB, gzip {len(gzip.compress(html)) / 1e3:.0f} kB")
    if chromium is None:
        print("Chromium missing: no transfer sizes")
        return 1
    for label, size, scale in (("phone 390x844 @3x", (390, 844), 3.0), ("desktop 1440x900 @1x", (1440, 900), 1.0)):
        initial, full, kinds = measure(page, result.folder, size, scale, chromium)
        detail = ", ".join(f"{k or '?'} {v / 1e3:.0f} kB" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))
        print(f"{label}: on load {initial / 1e6:.2f} MB; after scrolling through all {COUNT} "
              f"{full / 1e6:.2f} MB ({detail})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
