"""The countdown series: one post a day from N days before the day (N from the kit) down to the day itself,
in each of the project's languages, square and story.

A post shows the campaign's title and date, the number of days, "N days to go" in the
language (the kit's one/other/today forms), the hashtags and the city's logo (or name).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit
from ..render.photos import slug
from ..store import Project
from .common import (
    AssetResult, box_px, contrasting, draw_logo, draw_template_text, exports_dir, framed_canvas, hashtags_line,
    logo_file, save_jpeg, write_alt_text,
)

FORMATS = ("countdown_square", "countdown_story")


@dataclass(frozen=True)
class CountdownPost:
    days_left: int
    date: dt.date
    language: str


@dataclass(frozen=True)
class CountdownSpec:
    project: Path
    languages: tuple[str, ...] | None = None  # None: every language of the project
    formats: tuple[str, ...] = FORMATS
    days: int | None = None                   # None: the kit's countdown_days
    year: int | None = None                   # None: the project's campaign year
    out_dir: Path | None = None


def countdown_series(kit: Kit, year: int, languages: tuple[str, ...], days: int | None = None) -> list[CountdownPost]:
    """Every post: N days before the day down to 0 (the day), for each language."""
    day = kit.day_date(year)
    n_max = kit.limits.countdown_days if days is None else days
    return [CountdownPost(n, day - dt.timedelta(days=n), lang) for lang in languages for n in range(n_max, -1, -1)]


def countdown_texts(kit: Kit, n: int, lang: str) -> dict[str, str]:
    """The texts of the post ``n`` days before the day: title (with the date), number, countdown line."""
    title = kit.text("title", lang)
    date = kit.text("date_label", lang)
    if n == 0:
        return {"title": title, "number": date, "countdown": kit.countdown_text(0, lang)}
    return {"title": f"{title} · {date}", "number": str(n), "countdown": kit.countdown_text(n, lang)}


def compose_countdown(kit: Kit, output_id: str, n: int, lang: str, *, city: str, hashtags: str,
                      logo: Path | None = None, size: tuple[int, int] | None = None) -> Image.Image:
    size = size or kit.template(output_id).size
    lang = kit.resolve_language(lang)
    canvas = framed_canvas(kit, output_id, size, lang=lang)
    scale = min(size) / 1080
    texts = countdown_texts(kit, n, lang)
    draw_template_text(canvas, kit, output_id, "title", texts["title"], size, lang=lang, max_lines=2,
                       min_size=max(8, round(18 * scale)), max_size=round(64 * scale))
    number_lines = 1 if n else 2
    draw_template_text(canvas, kit, output_id, "number", texts["number"], size, lang=lang, max_lines=number_lines,
                       min_size=max(8, round(24 * scale)))
    draw_template_text(canvas, kit, output_id, "countdown", texts["countdown"], size, lang=lang, max_lines=2,
                       min_size=max(8, round(20 * scale)), max_size=round(80 * scale))
    draw_template_text(canvas, kit, output_id, "hashtags", hashtags, size, max_lines=2,
                       min_size=max(8, round(16 * scale)), max_size=round(40 * scale), required=False)
    rect = box_px(kit, output_id, "logo", size)
    if rect:
        draw_logo(canvas, kit, rect, city=city, colour=contrasting(kit, canvas, rect), logo=logo,
                  min_size=max(8, round(16 * scale)))
    return canvas


def render_countdown(spec: CountdownSpec, *, progress: ProgressFn = no_progress,
                     cancel: CancelToken = NEVER_CANCELLED) -> AssetResult:
    with Project.open(spec.project) as project:
        info = project.info()
        logo = logo_file(project)
    kit = load_builtin_kit(info.kit_id)
    languages = tuple(spec.languages or info.languages or (kit.default_language,))
    posts = countdown_series(kit, spec.year or info.campaign_year, languages, spec.days)
    tags = hashtags_line(kit, info.hashtags)
    out = spec.out_dir or exports_dir(spec.project, "countdown")
    total = len(posts) * len(spec.formats)
    files: list[Path] = []
    progress(0, total, "")
    for post in posts:
        for output_id in spec.formats:
            cancel.check()
            image = compose_countdown(kit, output_id, post.days_left, post.language, city=info.city, hashtags=tags,
                                      logo=logo)
            name = (f"{slug(info.city)}_{kit.id}_{output_id.replace('_', '-')}_{post.language}"
                    f"_d{post.days_left:02d}_{post.date.isoformat()}.jpg")
            path = save_jpeg(image, out / post.language / name)
            texts = countdown_texts(kit, post.days_left, post.language)
            files += [path, write_alt_text(path, f"{texts['countdown']} — {texts['title']}. {tags}")]
            progress(len(files) // 2, total, name)
    return AssetResult(files, [])
