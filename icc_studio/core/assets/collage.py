"""The collage poster: every consented photo in one mosaic, for print (A4–A0) and for social media.

``render_collage(spec, *, progress, cancel)`` follows the job protocol. The print poster
takes the approved photos whose consent covers the print poster; the 1080×1350 social version
those whose consent covers social media. Each tile is cut on the photo's faces from the
reduced copies made at import (never the originals), decoded at a reduced JPEG scale, in two
threads (decoding and resizing release the GIL), and pasted straight into the page: memory
holds one page and a few tiles, never every photo.

The header has the campaign's title, the city and the date, a QR code to the campaign page;
the footer the hashtags and the city's logo. An optional credits line names the contributors
by first name only, and only adults whose consent covers the print poster.

When the tiles would print smaller than the kit's ``collage_min_tile_mm``, the job raises
:class:`TilesTooSmall`, naming how many pages, or which paper, would do.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import sqlite3
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from ..fileio import file_set, write_failed
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit
from ..render.photos import slug
from ..store import Project, Purpose
from .common import (
    BLEED_MM, DEFAULT_CAMPAIGN_URL, DEFAULT_DPI, POSTER_PAPERS, PhotoSource, box_px, cut_photo, draw_crop_marks,
    draw_logo, draw_qr, draw_template_text, eligible, exports_dir, first_name, framed_canvas, hashtags_line,
    logo_file, min_text_px, mm_to_px, paper_mm, photo_source, px_to_mm, rgb, save_jpeg, save_png, write_alt_text,
)
from .errors import NothingToRender, TilesTooSmall
from .layout import LAYOUTS, Rect, Tile, layout_tiles, smallest_side
from .pdf import PdfPage, encode_jpeg, write_pdf

RENDERER_VERSION = "collage-2"
GAP_MM = 0.8
SOCIAL_SIZE = (1080, 1350)
SOCIAL_MIN_TILE_PX = 40
OUTPUTS = ("pdf", "png", "social")
_BATCH = 192


@dataclass(frozen=True)
class CollageSpec:
    project: Path
    paper: str = "A2"
    layout: str = "rows"
    seed: int = 1
    pages: int = 1
    credits: bool = False
    min_tile_mm: float | None = None  # None: the kit's limit
    language: str | None = None       # None: the project's first language
    qr_url: str | None = None         # None: the network's campaign page
    outputs: tuple[str, ...] = OUTPUTS
    dpi: int = DEFAULT_DPI
    out_dir: Path | None = None       # None: <project>/exports/collage
    workers: int = 2
    force: bool = False


@dataclass
class CollageResult:
    files: list[Path] = field(default_factory=list)
    photos: int = 0
    social_photos: int = 0
    pages: int = 1
    smallest_tile_mm: float = 0.0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    cached: bool = False


@dataclass(frozen=True)
class CollagePreviewSpec:
    """The print poster (page 1) at ``width`` pixels, for a live preview; writes nothing."""

    project: Path
    paper: str = "A2"
    layout: str = "rows"
    seed: int = 1
    pages: int = 1
    credits: bool = False
    width: int = 600
    language: str | None = None
    min_tile_mm: float | None = None


@dataclass(frozen=True)
class CollagePreview:
    image: Image.Image
    photos: int
    smallest_tile_mm: float
    problem: str = ""  # the TilesTooSmall message when the poster would be refused


@dataclass(frozen=True)
class _Context:
    kit: Kit
    lang: str
    city: str
    date_text: str
    hashtags: str
    logo: Path | None
    qr_url: str


# -- the job --------------------------------------------------------------------------------------------------


def render_collage(spec: CollageSpec, *, progress: ProgressFn = no_progress,
                   cancel: CancelToken = NEVER_CANCELLED) -> CollageResult:
    result = CollageResult(pages=spec.pages)
    with Project.open(spec.project) as project:
        kit, ctx = _context(project, spec.language, spec.qr_url)
        printed, skipped = eligible(project, Purpose.PRINT_POSTER)
        social, social_skipped = eligible(project, Purpose.SOCIAL_MEDIA)
        wants_print = any(o in spec.outputs for o in ("pdf", "png"))
        result.skipped = skipped if wants_print else social_skipped
        if wants_print and not printed:
            raise NothingToRender("collage poster", "no approved photo has consent for the print poster")
        if "social" in spec.outputs and not social and not wants_print:
            raise NothingToRender("social collage", "no approved photo has consent for social media")
        sources = [photo_source(project, c) for c in printed] if wants_print else []
        credits = _credit_names(project, printed) if spec.credits and wants_print else []
        social_sources = [photo_source(project, c) for c in social] if "social" in spec.outputs else []
        info = project.info()
        out_dir = spec.out_dir or exports_dir(project.folder, "collage")
        stem = f"{slug(info.city)}_{kit.id}_collage"
        key = _cache_key(spec, kit, sources, social_sources, credits, ctx)
        names = _file_names(spec, out_dir, stem)
        # Renders are cached in the project's records; files written outside the project are not tracked.
        tracked = Path(out_dir).resolve().is_relative_to(project.folder.resolve())
        cached = None if (spec.force or not tracked) else project.cached_render("collage", key)
        if cached is not None and all(p.is_file() for p in names):
            result.files, result.cached = names, True
            result.photos, result.social_photos = len(sources), len(social_sources)
            return result
        min_mm = spec.min_tile_mm if spec.min_tile_mm is not None else kit.limits.collage_min_tile_mm
        files: list[Path] = []
        total = len(sources) + (min(len(social_sources), 2000) if social_sources else 0) + 4
        done = 0

        def step(n: int, message: str) -> None:
            nonlocal done
            done += n
            progress(min(done, total), total, message)

        progress(0, total, "")
        # A cancelled or failed collage keeps none of its files, not some of them, and leaves the
        # files of an earlier collage as they were: they are replaced only once every file is written.
        with file_set(Path(out_dir)) as stage:
            _render_outputs(spec, kit, ctx, sources, social_sources, credits, stage, stem, min_mm,
                            files, result, step, cancel)
        files[:] = [Path(out_dir) / path.name for path in files]
        try:
            if tracked:
                project.record_render("collage", key, names[0])
            project.audit("render.collage", "", {"paper": spec.paper, "layout": spec.layout, "seed": spec.seed,
                                                  "files": len(files), "photos": result.photos,
                                                  "social_photos": result.social_photos})
        except sqlite3.Error as exc:  # a full or read-only disk: said so, naming the database
            failed = write_failed(exc, project.db_path)
            if failed is None:
                raise
            raise failed from exc
        result.files = files
    return result


def _render_outputs(spec: CollageSpec, kit: Kit, ctx: _Context, sources, social_sources, credits,
                    out_dir: Path, stem: str, min_mm: float, files: list[Path], result: CollageResult, step,
                    cancel: CancelToken) -> None:
    wants_print = any(o in spec.outputs for o in ("pdf", "png"))
    if wants_print:
        plans = plan_pages(kit, sources, paper=spec.paper, layout=spec.layout, seed=spec.seed, pages=spec.pages,
                           dpi=spec.dpi, min_mm=min_mm, credits=bool(credits))
        result.smallest_tile_mm = min(p.smallest_mm for p in plans)
        pdf_pages: list[PdfPage] = []
        w_mm, h_mm = paper_mm(spec.paper)
        for number, plan in enumerate(plans, 1):
            canvas = compose_poster(kit, ctx, plan, sources, credits=credits, workers=spec.workers,
                                    progress=lambda n, m: step(n, m), cancel=cancel)
            cancel.check()
            step(1, f"page {number}: encoding")
            jpeg, png_path = _encode_page(canvas, spec, out_dir, stem, number, len(plans))
            if jpeg is not None:
                pdf_pages.append(PdfPage(jpeg, canvas.size, (w_mm + 2 * BLEED_MM, h_mm + 2 * BLEED_MM),
                                         BLEED_MM))
            if png_path is not None:
                files.append(png_path)
                files.append(write_alt_text(png_path, _alt_text(ctx, plan.count)))
            del canvas
            cancel.check()
        if pdf_pages:
            pdf_path = out_dir / f"{stem}_{spec.paper.upper()}.pdf"
            files.insert(0, write_pdf(pdf_path, pdf_pages, title=f"{ctx.city} collage"))
        result.photos = len(sources)
    if social_sources:
        image, used = compose_social(kit, ctx, social_sources, layout=spec.layout, seed=spec.seed,
                                     workers=spec.workers, cancel=cancel,
                                     progress=lambda n, m: step(n, m))
        path = save_jpeg(image, out_dir / f"{stem}_social.jpg")
        files += [path, write_alt_text(path, _alt_text(ctx, used))]
        result.social_photos = used
    step(1, "")


def render_collage_preview(spec: CollagePreviewSpec, *, progress: ProgressFn = no_progress,
                           cancel: CancelToken = NEVER_CANCELLED) -> CollagePreview:
    """The first page of the poster drawn by the same code as the export, ``spec.width`` pixels wide."""
    with Project.open(spec.project) as project:
        kit, ctx = _context(project, spec.language, None)
        printed, _ = eligible(project, Purpose.PRINT_POSTER)
        if not printed:
            raise NothingToRender("collage poster", "no approved photo has consent for the print poster")
        sources = [photo_source(project, c) for c in printed]
        credits = _credit_names(project, printed) if spec.credits else []
    w_mm, _ = paper_mm(spec.paper)
    dpi = spec.width / ((w_mm + 2 * BLEED_MM) / 25.4)
    min_mm = spec.min_tile_mm if spec.min_tile_mm is not None else kit.limits.collage_min_tile_mm
    problem = ""
    try:
        plans = plan_pages(kit, sources, paper=spec.paper, layout=spec.layout, seed=spec.seed, pages=spec.pages,
                           dpi=dpi, min_mm=min_mm, credits=bool(credits))
    except TilesTooSmall as exc:
        problem = str(exc)
        plans = plan_pages(kit, sources, paper=spec.paper, layout=spec.layout, seed=spec.seed, pages=spec.pages,
                           dpi=dpi, min_mm=0, credits=bool(credits))
    plan = plans[0]
    total = plan.count + 1
    counter = [0]

    def step(n: int, message: str) -> None:
        counter[0] += n
        progress(min(counter[0], total), total, message)

    image = compose_poster(kit, ctx, plan, sources, credits=credits, workers=2, progress=step, cancel=cancel)
    return CollagePreview(image, len(sources), plan.smallest_mm, problem)


# -- planning -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PagePlan:
    """One page: pixel sizes, the mosaic's area and its tiles (indices into the page's ``photos``)."""

    paper: str
    dpi: float
    trim: tuple[int, int]
    bleed: int
    mosaic: Rect
    credits_rect: tuple[int, int, int, int] | None
    tiles: tuple[Tile, ...]
    photos: tuple[int, ...]  # indices into the sources, in the order the tiles refer to
    smallest_mm: float

    @property
    def count(self) -> int:
        return len(self.photos)


def page_geometry(kit: Kit, paper: str, dpi: float, credits: bool) -> tuple[tuple[int, int], int, Rect,
                                                                           tuple[int, int, int, int] | None, int]:
    """(trim px, bleed px, mosaic area, credits strip, gap px) of a poster page."""
    w_mm, h_mm = paper_mm(paper)
    trim = (mm_to_px(w_mm, dpi), mm_to_px(h_mm, dpi))
    bleed = mm_to_px(BLEED_MM, dpi)
    gap = max(1, mm_to_px(GAP_MM, dpi))
    l, t, r, b = box_px(kit, "collage_poster", "photo", trim, bleed)
    l, t, r, b = l + gap, t + gap, r - gap, b - gap
    strip = None
    if credits:
        height = max(round((b - t) * 0.05), round(min_text_px(dpi) * 2.8))
        strip = (l, b - height, r, b)
        b -= height + gap
    return trim, bleed, Rect(l, t, r - l, b - t), strip, gap


def plan_pages(kit: Kit, sources: Sequence[PhotoSource], *, paper: str, layout: str, seed: int, pages: int,
               dpi: float, min_mm: float, credits: bool = False) -> list[PagePlan]:
    """Split the photos over ``pages`` pages (seeded order) and lay each out; refuse tiles under ``min_mm``."""
    if layout not in LAYOUTS:
        from ..errors import InvalidValue

        raise InvalidValue(f"unknown collage layout {layout!r} (choose from {', '.join(LAYOUTS)})")
    pages = max(1, min(pages, len(sources)))
    trim, bleed, mosaic, strip, gap = page_geometry(kit, paper, dpi, credits)
    order = list(range(len(sources)))
    random.Random(seed).shuffle(order)
    chunks = [order[i::pages] for i in range(pages)]
    plans = []
    for page, chunk in enumerate(chunks):
        tiles = layout_tiles([sources[i].aspect for i in chunk], mosaic, kind=layout, gap=gap, seed=seed + page)
        smallest = px_to_mm(smallest_side(tiles), dpi)
        plans.append(PagePlan(paper.upper(), dpi, trim, bleed, mosaic, strip, tiles, tuple(chunk), smallest))
    worst = min(p.smallest_mm for p in plans)
    if worst + 1e-9 < min_mm:
        aspects = [s.aspect for s in sources]
        raise TilesTooSmall(count=len(sources), paper=paper.upper(), pages=pages, smallest_mm=worst, min_mm=min_mm,
                            pages_needed=_pages_needed(kit, aspects, paper, layout, seed, dpi, min_mm, credits, pages),
                            paper_needed=_paper_needed(kit, aspects, paper, layout, seed, dpi, min_mm, credits, pages))
    return plans


def _fits(kit: Kit, aspects: Sequence[float], paper: str, layout: str, seed: int, dpi: float, min_mm: float,
          credits: bool, pages: int) -> bool:
    _trim, _bleed, mosaic, _strip, gap = page_geometry(kit, paper, dpi, credits)
    per_page = math.ceil(len(aspects) / pages)
    tiles = layout_tiles(list(aspects[:per_page]), mosaic, kind=layout, gap=gap, seed=seed)
    return px_to_mm(smallest_side(tiles), dpi) >= min_mm


def _pages_needed(kit, aspects, paper, layout, seed, dpi, min_mm, credits, pages) -> int:
    for n in range(pages + 1, len(aspects) + 1):
        if _fits(kit, aspects, paper, layout, seed, dpi, min_mm, credits, n):
            return n
    return len(aspects)


def _paper_needed(kit, aspects, paper, layout, seed, dpi, min_mm, credits, pages) -> str:
    larger = POSTER_PAPERS[POSTER_PAPERS.index(paper.upper()) + 1:] if paper.upper() in POSTER_PAPERS else ()
    for candidate in larger:
        if _fits(kit, aspects, candidate, layout, seed, dpi, min_mm, credits, pages):
            return candidate
    return ""


# -- drawing --------------------------------------------------------------------------------------------------


def compose_poster(kit: Kit, ctx: _Context, plan: PagePlan, sources: Sequence[PhotoSource], *,
                   credits: Sequence[str] = (), workers: int = 2, progress=lambda n, m: None,
                   cancel: CancelToken = NEVER_CANCELLED) -> Image.Image:
    """One poster page (RGB, trimmed size + bleed): frame, header, mosaic, footer, credits, crop marks."""
    canvas = framed_canvas(kit, "collage_poster", plan.trim, lang=ctx.lang, bleed=plan.bleed)
    _draw_header(canvas, kit, ctx, plan)
    page_sources = [sources[i] for i in plan.photos]
    paste_tiles(canvas, kit, plan.tiles, page_sources, workers=workers, progress=progress, cancel=cancel)
    if plan.credits_rect and credits:
        _draw_credits(canvas, kit, plan, credits)
    draw_crop_marks(canvas, plan.bleed, plan.trim, plan.dpi)
    return canvas


def _draw_header(canvas: Image.Image, kit: Kit, ctx: _Context, plan: PagePlan) -> None:
    size, off = plan.trim, plan.bleed
    minimum = min_text_px(plan.dpi)
    title = box_px(kit, "collage_poster", "title", size, off)
    caption = box_px(kit, "collage_poster", "caption", size, off)
    top, bottom = title[1], (caption or title)[3]
    side = bottom - top
    qr_rect = (title[2] - side, top, title[2], bottom)
    spacing = round(size[0] * 0.025)
    draw_qr(canvas, qr_rect, ctx.qr_url)
    title = (title[0], title[1], qr_rect[0] - spacing, title[3])
    draw_template_text(canvas, kit, "collage_poster", "title", kit.text("title", ctx.lang), size, lang=ctx.lang,
                       rect=title, max_lines=2, min_size=minimum, required=False)
    if caption:
        caption = (caption[0], caption[1], qr_rect[0] - spacing, caption[3])
        draw_template_text(canvas, kit, "collage_poster", "caption", f"{ctx.city} · {ctx.date_text}", size,
                           lang=ctx.lang, rect=caption, max_lines=1, min_size=minimum, required=False)
    tags = box_px(kit, "collage_poster", "hashtags", size, off)
    if tags:
        draw_template_text(canvas, kit, "collage_poster", "hashtags", ctx.hashtags, size, rect=tags, max_lines=2,
                           min_size=minimum, required=False)
    logo = box_px(kit, "collage_poster", "logo", size, off)
    if logo:
        draw_logo(canvas, kit, logo, city=ctx.city, colour=kit.template("collage_poster").box("title").color,
                  logo=ctx.logo, min_size=minimum)


def _draw_credits(canvas: Image.Image, kit: Kit, plan: PagePlan, names: Sequence[str]) -> None:
    """First names in a strip under the mosaic; as many as fit at the smallest print size, then "+N"."""
    from .common import draw_text_box

    rect = plan.credits_rect
    colour = "text"  # on the kit's background, which shows around the tiles
    minimum = min_text_px(plan.dpi)
    lines = max(1, int((rect[3] - rect[1]) / (minimum * 1.3)))
    shown = len(names)
    while shown > 0:
        text = " · ".join(names[:shown]) + (f" · +{len(names) - shown}" if shown < len(names) else "")
        if draw_text_box(canvas, kit, rect, text, colour=colour, font="body", max_lines=lines, min_size=minimum,
                         max_size=round(minimum * 1.6), required=False):
            return
        shown = shown * 3 // 4 if shown > 8 else shown - 1


def paste_tiles(canvas: Image.Image, kit: Kit, tiles: Sequence[Tile], sources: Sequence[PhotoSource], *,
                workers: int = 2, progress=lambda n, m: None, cancel: CancelToken = NEVER_CANCELLED) -> None:
    """Cut each photo on its faces to its tile and paste it; colour tiles take the kit's palette."""
    background = rgb(kit, "background")
    # Colour tiles in light tints of the kit's colours: the shape reads, the faces stay what one sees.
    palette = [tuple(round(c * 0.45 + b * 0.55) for c, b in zip(rgb(kit, name), background))
               for name in ("secondary", "accent", "primary")]
    photo_tiles = [t for t in tiles if t.index is not None]
    for number, tile in enumerate(t for t in tiles if t.index is None):
        canvas.paste(palette[number % len(palette)], (tile.rect.x, tile.rect.y, tile.rect.right, tile.rect.bottom))

    def cut(tile: Tile) -> Image.Image:
        return cut_photo(sources[tile.index], (tile.rect.w, tile.rect.h))

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for batch in _batches(photo_tiles, _BATCH):
            cancel.check()
            for tile, image in zip(batch, pool.map(cut, batch)):
                canvas.paste(image, (tile.rect.x, tile.rect.y))
            progress(len(batch), f"{len(batch)} photos")


def _batches(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def compose_social(kit: Kit, ctx: _Context, sources: Sequence[PhotoSource], *, layout: str, seed: int,
                   workers: int = 2, size: tuple[int, int] = SOCIAL_SIZE, progress=lambda n, m: None,
                   cancel: CancelToken = NEVER_CANCELLED) -> tuple[Image.Image, int]:
    """The 1080×1350 social version; with more photos than fit at ``SOCIAL_MIN_TILE_PX``, a seeded sample of them."""
    output = "collage_square"
    canvas = framed_canvas(kit, output, size, lang=ctx.lang)
    gap = 3
    l, t, r, b = box_px(kit, output, "photo", size)
    area = Rect(l + gap, t + gap, r - l - 2 * gap, b - t - 2 * gap)
    order = list(range(len(sources)))
    random.Random(seed).shuffle(order)
    low, high = 1, len(order)
    while low < high:  # the most photos whose tiles stay at least SOCIAL_MIN_TILE_PX
        mid = (low + high + 1) // 2
        tiles = layout_tiles([sources[i].aspect for i in order[:mid]], area, kind=layout, gap=gap, seed=seed)
        if smallest_side(tiles) >= SOCIAL_MIN_TILE_PX:
            low = mid
        else:
            high = mid - 1
    chosen = [sources[i] for i in order[:low]]
    tiles = layout_tiles([s.aspect for s in chosen], area, kind=layout, gap=gap, seed=seed)
    paste_tiles(canvas, kit, tiles, chosen, workers=workers, progress=progress, cancel=cancel)
    draw_template_text(canvas, kit, output, "title", kit.text("title", ctx.lang), size, lang=ctx.lang, max_lines=2,
                       min_size=16, required=False)
    draw_template_text(canvas, kit, output, "hashtags", ctx.hashtags, size, max_lines=2, min_size=14, required=False)
    logo = box_px(kit, output, "logo", size)
    if logo:
        draw_logo(canvas, kit, logo, city=ctx.city, colour=kit.template(output).box("title").color, logo=ctx.logo,
                  min_size=14)
    return canvas, len(chosen)


# -- helpers --------------------------------------------------------------------------------------------------


def _context(project: Project, lang: str | None, qr_url: str | None) -> tuple[Kit, _Context]:
    from .common import project_language

    info = project.info()
    kit = load_builtin_kit(info.kit_id)
    lang = kit.resolve_language(project_language(project, kit, lang))
    date_text = f"{kit.text('date_label', lang)} {info.campaign_year}"
    return kit, _Context(kit, lang, info.city, date_text, hashtags_line(kit, info.hashtags), logo_file(project),
                         qr_url or DEFAULT_CAMPAIGN_URL)


def _credit_names(project: Project, contributions) -> list[str]:
    """First names of adult contributors (one each), in alphabetical order; minors are never named."""
    names: dict[int, str] = {}
    for c in contributions:
        if c.contributor_id is None or c.contributor_id in names:
            continue
        person = project.contributor(c.contributor_id)
        if not person.is_minor:
            names[c.contributor_id] = first_name(person.display_name)
    return sorted((n for n in names.values() if n), key=str.casefold)


def _encode_page(canvas: Image.Image, spec: CollageSpec, out_dir: Path, stem: str, number: int,
                 pages: int) -> tuple[bytes | None, Path | None]:
    """The page's JPEG for the PDF and its PNG file, encoded side by side (both encoders release the GIL)."""
    suffix = f"_p{number}" if pages > 1 else ""
    png_path = out_dir / f"{stem}_{spec.paper.upper()}{suffix}.png" if "png" in spec.outputs else None
    # Each encoder gets its own Image object over the same pixels (no copy of a poster of up to
    # 139 MP): Image.save() keeps its options on the object (``encoderinfo``), so two saves of
    # one object at once can swap them — the PNG lost its resolution that way.
    twin = canvas._new(canvas.im)
    with ThreadPoolExecutor(max_workers=2) as pool:
        jpeg = pool.submit(encode_jpeg, canvas, 92) if "pdf" in spec.outputs else None
        png = pool.submit(save_png, twin, png_path, dpi=spec.dpi, compress_level=1) if png_path else None
        return (jpeg.result() if jpeg else None), (png.result() if png else None)


def _file_names(spec: CollageSpec, out_dir: Path, stem: str) -> list[Path]:
    names = []
    if "pdf" in spec.outputs:
        names.append(out_dir / f"{stem}_{spec.paper.upper()}.pdf")
    if "png" in spec.outputs:
        names.append(out_dir / f"{stem}_{spec.paper.upper()}{'_p1' if spec.pages > 1 else ''}.png")
    if "social" in spec.outputs:
        names.append(out_dir / f"{stem}_social.jpg")
    return names


def _alt_text(ctx: _Context, count: int) -> str:
    return f"{ctx.kit.text('title', ctx.lang)} — {ctx.city}, {ctx.date_text} ({count}). {ctx.kit.text('tagline', ctx.lang)}"


def _cache_key(spec: CollageSpec, kit: Kit, sources, social, credits, ctx: _Context) -> str:
    payload = {
        "spec": [spec.paper, spec.layout, spec.seed, spec.pages, spec.credits, spec.min_tile_mm, spec.dpi,
                 list(spec.outputs), str(spec.out_dir or "")],
        "kit": hashlib.sha256(kit.manifest_path.read_bytes()).hexdigest()[:16],
        "print": [(s.contribution_id, s.preview.name, s.faces) for s in sources],
        "social": [(s.contribution_id, s.preview.name) for s in social],
        "credits": list(credits), "lang": ctx.lang, "city": ctx.city, "date": ctx.date_text, "tags": ctx.hashtags,
        "qr": ctx.qr_url, "logo": str(ctx.logo or ""), "renderer": RENDERER_VERSION,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()
