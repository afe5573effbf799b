"""Banners: the X/Twitter header (1500×500) and the Facebook cover (1640×624).

The kit's template puts every text box inside the platform's safe zones (the mobile crop
of the cover, clear of the profile picture's corner; checked when the kit is validated);
the texts are fitted inside their boxes, so they stay inside the zones. The photo window
holds a small mosaic of residents whose consent covers social media.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit
from ..render.photos import slug
from ..store import Project, Purpose
from .common import (
    AssetResult, PhotoSource, box_px, box_size, compose_with_photos, contrasting, draw_logo, draw_template_text,
    eligible, exports_dir, hashtags_line, logo_file, photo_source, save_jpeg, write_alt_text,
)
from .layout import Rect, layout_tiles, smallest_side

FORMATS = ("x_header", "facebook_cover")
MIN_TILE_PX = 90
MAX_PHOTOS = 12


@dataclass(frozen=True)
class BannerSpec:
    project: Path
    formats: tuple[str, ...] = FORMATS
    languages: tuple[str, ...] | None = None  # None: every language of the project
    seed: int = 1
    out_dir: Path | None = None


def banner_mosaic(kit: Kit, output_id: str, sources: list[PhotoSource], size: tuple[int, int], seed: int) -> Image.Image | None:
    """The photo window filled with a few residents' photos (a grid, faces kept), or ``None`` without photos."""
    from .collage import paste_tiles

    if not sources:
        return None
    window = box_size(kit, output_id, "photo", size)
    chosen = list(sources)
    random.Random(seed).shuffle(chosen)
    chosen = chosen[:MAX_PHOTOS]
    gap = max(2, round(min(size) * 0.006))
    area = Rect(0, 0, window[0], window[1])
    while len(chosen) > 1:
        tiles = layout_tiles([s.aspect for s in chosen], area, kind="grid", gap=gap, seed=seed)
        if smallest_side(tiles) >= MIN_TILE_PX * min(size) / 500 and _fills(tiles, area):
            break
        chosen = chosen[:-1]
    tiles = layout_tiles([s.aspect for s in chosen], area, kind="rows", gap=gap, seed=seed)
    canvas = Image.new("RGB", window, (255, 255, 255))
    paste_tiles(canvas, kit, tiles, chosen, workers=1)
    return canvas


def _fills(tiles, area: Rect) -> bool:
    covered = sum(t.rect.w * t.rect.h for t in tiles)
    return covered >= 0.5 * area.w * area.h


def compose_banner(kit: Kit, output_id: str, *, lang: str, city: str, year: int, hashtags: str,
                   mosaic: Image.Image | None = None, logo: Path | None = None,
                   size: tuple[int, int] | None = None) -> Image.Image:
    size = size or kit.template(output_id).size
    lang = kit.resolve_language(lang)
    photos = {}
    if mosaic is not None:
        window = box_size(kit, output_id, "photo", size)
        photos["photo"] = mosaic if mosaic.size == window else mosaic.resize(window, Image.Resampling.LANCZOS)
    canvas = compose_with_photos(kit, output_id, size, lang=lang, photos=photos)
    scale = min(size) / 500
    draw_template_text(canvas, kit, output_id, "title", kit.text("title", lang), size, lang=lang, max_lines=2,
                       min_size=max(8, round(14 * scale)))
    draw_template_text(canvas, kit, output_id, "caption", f"{city} · {kit.text('date_label', lang)} {year}", size,
                       lang=lang, max_lines=2, min_size=max(8, round(12 * scale)), max_size=round(40 * scale))
    rect = box_px(kit, output_id, "logo", size)
    if rect:
        tag = hashtags.split()[0] if hashtags else city
        if logo is not None:
            draw_logo(canvas, kit, rect, city=city, colour=contrasting(kit, canvas, rect), logo=logo)
        else:
            draw_template_text(canvas, kit, output_id, "logo", tag, size, max_lines=1,
                               min_size=max(8, round(10 * scale)), required=False)
    return canvas


def render_banners(spec: BannerSpec, *, progress: ProgressFn = no_progress,
                   cancel: CancelToken = NEVER_CANCELLED) -> AssetResult:
    with Project.open(spec.project) as project:
        info = project.info()
        kit = load_builtin_kit(info.kit_id)
        chosen, skipped = eligible(project, Purpose.SOCIAL_MEDIA)
        sources = [photo_source(project, c) for c in chosen]
        logo = logo_file(project)
    languages = tuple(spec.languages or info.languages or (kit.default_language,))
    tags = hashtags_line(kit, info.hashtags)
    out = spec.out_dir or exports_dir(spec.project, "banners")
    files: list[Path] = []
    total = len(spec.formats) * len(languages)
    progress(0, total, "")
    for output_id in spec.formats:
        cancel.check()
        mosaic = banner_mosaic(kit, output_id, sources, kit.template(output_id).size, spec.seed)
        for lang in languages:
            cancel.check()
            image = compose_banner(kit, output_id, lang=lang, city=info.city, year=info.campaign_year, hashtags=tags,
                                   mosaic=mosaic, logo=logo)
            path = save_jpeg(image, out / f"{slug(info.city)}_{kit.id}_{output_id.replace('_', '-')}_{lang}.jpg",
                             quality=94)
            files += [path, write_alt_text(path, f"{kit.text('title', lang)} — {info.city}. "
                                                 f"{kit.text('tagline', lang)}")]
            progress(len(files) // 2, total, path.name)
    return AssetResult(files, skipped)
