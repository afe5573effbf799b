"""The gallery render job: the campaign's static website under ``exports/gallery/``.

``render_gallery(spec, *, progress, cancel)`` follows the job protocol. The whole site is
written into a staging folder beside ``exports/gallery`` and swapped into place at the very
end, so a cancel or a crash leaves the previous gallery as it was and never half a site.

Steps: the framed square photos are rendered first (cached: unchanged photos cost nothing);
each consented contribution gets reduced sizes in WebP and JPEG (a clip: a small web MP4 and
a still); the per-city video and the collage poster are taken when their exports exist; then
the pages are written for each interface language (:mod:`.pages`).
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import Cancelled
from ..fileio import TEMP_SUFFIX, fsync_dir
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit
from ..media.reduce import reduced_paths
from ..paths import fonts_dir
from ..render.photos import caption_text, output_file_name
from ..store import Contribution, MediaKind, Project
from . import i18n, media, pages
from .collect import PHOTO_EXPORT_PREFERENCE, CityGroup, collect
from .colors import Theme, theme_from_palette

CARD_WIDTHS = (320, 640)
COLLAGE_WIDTHS = (480, 960)
COLLAGE_FULL_WIDTH = 2000
POSTER_WIDTH = 1280
STAGING_PREFIX = ".gallery-staging-"
STALE_STAGING_S = 3600  # a staging folder older than this is a crash's leftover

#: Bundled fonts the style sheet may fall back to (used only where the device has no such font).
FONTS: tuple[tuple[str, str, int, str], ...] = (
    ("ICC Noto Sans", "NotoSans-Regular.ttf", 400, ""),
    ("ICC Noto Sans", "NotoSans-Bold.ttf", 700, ""),
    ("ICC Noto Sans Arabic", "NotoSansArabic-Regular.ttf", 400, "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF"),
    ("ICC Noto Sans Arabic", "NotoSansArabic-Bold.ttf", 700, "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF"),
    ("ICC Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf", 400, "U+0590-05FF, U+FB1D-FB4F"),
    ("ICC Noto Sans Hebrew", "NotoSansHebrew-Bold.ttf", 700, "U+0590-05FF, U+FB1D-FB4F"),
)
FONT_LICENCE = "OFL.txt"


@dataclass(frozen=True)
class GallerySpec:
    project: Path
    frame_photos: bool = True  # render (or take from the cache) the framed square photos first
    workers: int | None = None  # None: one per core
    out_dir: Path | None = None  # None: <project>/exports/gallery


@dataclass
class GalleryResult:
    folder: Path
    pages: list[str] = field(default_factory=list)
    contributions: int = 0
    cities: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0


def gallery_dir(project_folder: Path) -> Path:
    return Path(project_folder) / "exports" / "gallery"


def render_gallery(spec: GallerySpec, *, progress: ProgressFn = no_progress,
                   cancel: CancelToken = NEVER_CANCELLED) -> GalleryResult:
    # The project stays open for the whole build: the staging folder (an ``*.icc-part`` under
    # exports/) and the cache files being made are work in progress, and opening a project sweeps
    # such names only when nobody else has it open (Project.open).
    with Project.open(spec.project) as project:
        return _render(spec, project, progress, cancel)


def _render(spec: GallerySpec, project: Project, progress: ProgressFn, cancel: CancelToken) -> GalleryResult:
    target = Path(spec.out_dir) if spec.out_dir else gallery_dir(spec.project)
    result = GalleryResult(folder=target)
    info = project.info()
    kit = load_builtin_kit(info.kit_id)
    groups, result.skipped = collect(project, kit.id)
    items = sum(len(g.contributions) for g in groups)
    photos = sum(1 for g in groups for c in g.contributions if c.kind == MediaKind.PHOTO)
    framing = photos if spec.frame_photos and photos else 0
    total = framing + items + len(groups) + 3
    done = 0

    def step(message: str) -> None:
        nonlocal done
        done += 1
        progress(done, total, message)

    progress(0, total, "")
    if framing:
        _frame_photos(spec, lambda d, t, m="": progress(framing * d / t if t else 0, total, m), cancel, result)
        done = framing
    sources = {c.id: _photo_source(project, kit, info.city, c) for g in groups for c in g.contributions
               if c.kind == MediaKind.PHOTO}
    clip_plans = {c.id: _clip_plan(project, kit, c) for g in groups for c in g.contributions
                  if c.kind == MediaKind.CLIP}
    cancel.check()
    _sweep_staging(target.parent)
    staging = target.parent / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}"
    staging.mkdir(parents=True)
    try:
        cache = media.cache_dir(spec.project)
        used: set[Path] = set()
        default_lang = info.languages[0] if info.languages else kit.default_language
        cities = _build_media(spec, kit, default_lang, groups, sources, clip_plans, staging, cache, used, step,
                              cancel, result)
        for group, city in zip(groups, cities):
            cancel.check()
            _city_extras(group, city, info.languages, staging, cache, used, result)
            step(group.name)
        _write_assets(staging, kit)
        step("assets")
        ui_languages = i18n.interface_languages(info.languages)
        campaign = pages.Campaign(
            title={ui: kit.text("title", ui) for ui in ui_languages},
            tagline={ui: kit.text("tagline", ui) for ui in ui_languages},
            date_label={ui: kit.text("date_label", ui) for ui in ui_languages},
            year=info.campaign_year, hashtags=tuple(dict.fromkeys([*kit.hashtags, *info.hashtags])),
            ui_languages=ui_languages, project_city=info.city)
        for path, html in pages.all_pages(campaign, cities):
            cancel.check()
            out = staging / path
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(html, encoding="utf-8")
            result.pages.append(path)
        step("pages")
        cancel.check()
        result.files, result.bytes = _measure(staging)
        _swap_into_place(staging, target)
        media.prune_cache(cache, used)
        step("")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    result.contributions = sum(len(c.entries) for c in cities)
    result.cities = len(cities)
    project.audit("render.gallery", "", {"contributions": result.contributions, "cities": result.cities,
                                         "pages": len(result.pages)})
    return result


# -- steps -------------------------------------------------------------------------------------


def _frame_photos(spec: GallerySpec, progress: ProgressFn, cancel: CancelToken, result: GalleryResult) -> None:
    """Render the framed square photos (cached: an unchanged photo is not rendered again)."""
    from ..render.photo_job import ItemStatus, RenderPhotosSpec, render_photos

    report = render_photos(RenderPhotosSpec(spec.project, outputs=("feed_square",), workers=spec.workers),
                           progress=progress, cancel=cancel)
    for r in report.results:
        if r.status == ItemStatus.FAILED:
            result.warnings.append(f"#{r.contribution_id}: the framed photo failed ({r.reason}); "
                                   "the photo is shown without its frame")


def _photo_source(project: Project, kit: Kit, project_city: str, c: Contribution) -> tuple[Path, bool]:
    """(the picture to show, whether it is the framed export): the framed square, else the reduced copy."""
    from ..render.photo_job import export_dir

    for output in PHOTO_EXPORT_PREFERENCE:
        framed = export_dir(project.folder, output) / output_file_name(project_city, kit.id, output, c.id)
        if framed.is_file():
            return framed, True
    preview = reduced_paths(project.folder, c.media_sha256).preview
    return (preview if preview.is_file() else project.media_file(c.media_sha256)), False


@dataclass(frozen=True)
class _ClipPlan:
    sha256: str
    start_s: float
    duration_s: float


def _clip_plan(project: Project, kit: Kit, c: Contribution) -> _ClipPlan:
    m = project.media(c.media_sha256)
    length = (m.duration_s or kit.limits.clip_max_seconds) if m else kit.limits.clip_max_seconds
    start = max(0.0, c.trim_in_s or 0.0)
    end = min(c.trim_out_s or length, length)
    duration = max(0.5, min(end - start, float(kit.limits.clip_max_seconds)))
    return _ClipPlan(c.media_sha256, start, duration)


def _alt(c: Contribution, kit: Kit, city: str) -> str:
    from ..render.photo_job import default_alt_text

    return " ".join((c.alt_text or default_alt_text(kit, c, city)).split())


def _image(variants: list[media.Variant], site_base: str, staging: Path, used: set[Path], alt: str) -> pages.Image:
    out = []
    for v in variants:
        webp, jpeg = f"{site_base}-{v.width}.webp", f"{site_base}-{v.width}.jpg"
        media.place(v.webp, staging / webp)
        media.place(v.jpeg, staging / jpeg)
        used.update((v.webp, v.jpeg))
        out.append((v.width, v.height, webp, jpeg))
    return pages.Image(tuple(out), alt)


def _build_media(spec: GallerySpec, kit: Kit, default_lang: str, groups: list[CityGroup], sources, clip_plans,
                 staging: Path, cache: Path, used: set[Path], step, cancel: CancelToken,
                 result: GalleryResult) -> list[pages.City]:
    """Reduced images and web clips of every contribution, made in a thread pool (Pillow and ffmpeg
    work outside the GIL); returns the cities with their entries, in order."""
    def make(c: Contribution, group: CityGroup) -> pages.Entry:
        lang = i18n.primary(c.language) if c.language else default_lang
        alt = _alt(c, kit, group.name)
        caption = caption_text(kit, c.caption, lang) if c.caption.strip() else ""
        if c.kind == MediaKind.CLIP:
            plan = clip_plans[c.id]
            from ..video.proxy import ProxySpec, ensure_proxy, read_proxy_info

            proxy = ensure_proxy(ProxySpec(spec.project, plan.sha256), cancel=cancel)
            proxy_info = read_proxy_info(spec.project, plan.sha256)
            clip = media.web_clip(proxy, cache, start_s=plan.start_s, duration_s=plan.duration_s,
                                  has_audio=proxy_info.has_audio if proxy_info else True, cancel=cancel)
            still = media.clip_poster(proxy, cache, at_s=plan.start_s + min(0.5, plan.duration_s / 2))
            variants = media.image_variants(still, (CARD_WIDTHS[-1],), cache)
            used.update((clip, still))
            base = f"media/c{c.id}-{clip.stem[:10]}"
            media.place(clip, staging / f"{base}.mp4")
            image = _image(variants, base, staging, used, alt)
            return pages.Entry(c.id, "clip", group.name, group.slug, lang, caption, alt, image, f"{base}.mp4")
        source, _framed = sources[c.id]
        key = media.source_key(source)
        variants = media.image_variants(source, CARD_WIDTHS, cache, content_key=key, aspect=1.0)
        image = _image(variants, f"media/c{c.id}-{key[:10]}", staging, used, alt)
        return pages.Entry(c.id, "photo", group.name, group.slug, lang, caption, alt, image)

    cities = [pages.City(g.name, g.slug) for g in groups]
    jobs = [(gi, ci, c, g) for gi, g in enumerate(groups) for ci, c in enumerate(g.contributions)]
    entries: dict[tuple[int, int], pages.Entry] = {}
    workers = max(1, spec.workers or os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gallery") as pool:
        pending = {pool.submit(make, c, g): (gi, ci, c) for gi, ci, c, g in jobs}
        try:
            while pending:
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                cancel.check()
                for future in finished:
                    gi, ci, c = pending.pop(future)
                    try:
                        entries[(gi, ci)] = future.result()
                    except Cancelled:
                        raise
                    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the site
                        result.warnings.append(f"#{c.id}: left out of the gallery ({exc})")
                    step(f"#{c.id}")
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    for (gi, _ci), entry in sorted(entries.items()):
        cities[gi].entries.append(entry)
    return cities


def _city_extras(group: CityGroup, city: pages.City, languages, staging: Path, cache: Path, used: set[Path],
                 result: GalleryResult) -> None:
    """The city's video (with WebVTT subtitles and its poster) and its collage poster, when exported."""
    if group.video is not None:
        v = group.video
        base = f"video/{group.slug}-{v.aspect}"
        key = media.source_key(v.video)[:10]
        media.place(v.video, staging / f"{base}-{key}.mp4")
        poster_src = v.poster
        poster = ""
        width, height = _video_size(v.aspect)
        if poster_src is not None:
            variants = media.image_variants(poster_src, (POSTER_WIDTH,), cache)
            img = _image(variants, f"{base}-{key}-poster", staging, used, "")
            width, height = img.largest[0], img.largest[1]
            poster = img.largest[3]
        subtitles, sub_lang, vtt = "", (languages[0] if languages else "en"), ""
        if v.subtitles is not None:
            try:
                vtt = media.srt_to_vtt(v.subtitles.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                result.warnings.append(f"{v.subtitles.name}: subtitles left out ({exc})")
            else:
                subtitles = f"{base}-{key}.vtt"
                (staging / subtitles).write_text(vtt, encoding="utf-8")
        city.video = pages.Video(f"{base}-{key}.mp4", poster, width, height, subtitles, i18n.primary(sub_lang), vtt)
    if group.collage is not None:
        c = group.collage
        key = media.source_key(c.image)
        alt = c.alt_text or group.name
        variants = media.image_variants(c.image, COLLAGE_WIDTHS, cache, content_key=key)
        city.collage = _image(variants, f"media/collage-{group.slug}-{key[:10]}", staging, used, alt)
        full = media.image_variants(c.image, (COLLAGE_FULL_WIDTH,), cache, content_key=key, webp=False)[0]
        city.collage_full = f"media/collage-{group.slug}-{key[:10]}-full.jpg"
        media.place(full.jpeg, staging / city.collage_full)
        used.add(full.jpeg)


def _video_size(aspect: str) -> tuple[int, int]:
    return {"16x9": (1280, 720), "1x1": (1080, 1080), "9x16": (720, 1280)}.get(aspect, (1280, 720))


def _write_assets(staging: Path, kit: Kit) -> None:
    theme: Theme = theme_from_palette(kit.palette)
    static = resources.files(__package__) / "static"
    faces = []
    for family, file, weight, ranges in FONTS:
        faces.append(
            f'@font-face{{font-family:"{family}";src:url("fonts/{file}") format("truetype");'
            f"font-weight:{weight};font-style:normal;font-display:swap;"
            + (f"unicode-range:{ranges};" if ranges else "") + "}")
    css = ("/* Colours of the kit " + kit.id + ", checked for WCAG AA contrast. */\n"
           f":root{{{theme.css_variables()}color-scheme:light;}}\n" + "\n".join(faces) + "\n"
           + (static / "gallery.css").read_text(encoding="utf-8"))
    assets = staging / "assets"
    (assets / "fonts").mkdir(parents=True)
    (assets / "gallery.css").write_text(css, encoding="utf-8")
    (assets / "gallery.js").write_text((static / "gallery.js").read_text(encoding="utf-8"), encoding="utf-8")
    for _family, file, _weight, _ranges in FONTS:
        shutil.copyfile(fonts_dir() / file, assets / "fonts" / file)
    shutil.copyfile(fonts_dir() / FONT_LICENCE, assets / "fonts" / FONT_LICENCE)


def _measure(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def _sweep_staging(parent: Path) -> None:
    """Remove staging folders a crash left behind (old enough not to be another render's, running now)."""
    if parent.is_dir():
        now = time.time()
        for leftover in parent.glob(f"{STAGING_PREFIX}*"):
            if leftover.is_dir() and now - leftover.stat().st_mtime > STALE_STAGING_S:
                shutil.rmtree(leftover, ignore_errors=True)


def _swap_into_place(staging: Path, target: Path) -> None:
    """The finished site replaces the previous one: two renames, the old folder deleted afterwards."""
    old = None
    if target.exists():
        old = target.parent / f"{STAGING_PREFIX}old-{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}"
        target.rename(old)
    staging.rename(target)
    fsync_dir(target.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
