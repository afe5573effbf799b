"""The diversity calendar: twelve months, one resident's photo per month, the international days marked.

Month and weekday names come from ``resources/calendar/calendar.json`` (data, not code) in
the project's language; the days marked are those of the built-in campaign kits (their
names in the kit's languages) and a few other international days of the same spirit.
Weeks start on Monday; in a right-to-left language the week runs from right to left.
Outputs: a print PDF of twelve pages in A4 and in A3, each page with bleed and crop marks.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import json
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, builtin_kit_ids, load_builtin_kit
from ..paths import resources_dir
from ..render.photos import caption_text, slug
from ..store import Project, Purpose
from .common import (
    BLEED_MM, RTL_LANGUAGES, AssetResult, PhotoSource, cut_photo, draw_crop_marks, draw_text_box, eligible,
    exports_dir, face_crop, hashtags_line, min_text_px, mm_to_px, paper_mm, photo_source, print_page, rgb,
)
from .errors import NothingToRender
from .pdf import write_pdf

PAPERS = ("A4", "A3")


@dataclass(frozen=True)
class MarkedDay:
    date: dt.date
    name: str
    campaign: bool  # one of the network's campaign days


@dataclass(frozen=True)
class CalendarSpec:
    project: Path
    year: int | None = None           # None: the project's campaign year
    language: str | None = None       # None: the project's first language
    papers: tuple[str, ...] = PAPERS
    seed: int = 1
    out_dir: Path | None = None


@dataclass(frozen=True)
class MonthPhoto:
    source: PhotoSource
    caption: str
    language: str


@lru_cache(maxsize=1)
def calendar_data() -> dict:
    return json.loads((resources_dir() / "calendar" / "calendar.json").read_text(encoding="utf-8"))


def _in(table: dict, lang: str):
    return table.get(lang) or table.get(lang.split("-")[0]) or table["en"]


def month_name(month: int, lang: str) -> str:
    return _in(calendar_data()["months"], lang)[month - 1]


def weekday_names(lang: str) -> list[str]:
    return list(_in(calendar_data()["weekdays"], lang))


def marked_days(year: int, lang: str) -> list[MarkedDay]:
    """The international days of ``year``, named in ``lang``, in date order."""
    found = []
    for kit_id in builtin_kit_ids():
        kit = load_builtin_kit(kit_id)
        found.append(MarkedDay(kit.day_date(year), kit.names.get(kit.resolve_language(lang), ""), True))
    for entry in calendar_data()["days"]:
        found.append(MarkedDay(dt.date(year, entry["month"], entry["day"]), _in(entry["names"], lang), False))
    return sorted(found, key=lambda d: d.date)


def month_grid(year: int, month: int) -> list[list[int]]:
    """Weeks (Monday first) of the month; 0 for the days of the neighbouring months."""
    return _calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)


def compose_month(kit: Kit, year: int, month: int, lang: str, photo: MonthPhoto | None, *, paper: str = "A4",
                  dpi: float = 300, city: str = "", hashtags: str = "", bleed: bool = True) -> Image.Image:
    """One calendar page (RGB, trimmed size + bleed)."""
    w_mm, h_mm = paper_mm(paper)
    W, H = mm_to_px(w_mm, dpi), mm_to_px(h_mm, dpi)
    b = mm_to_px(BLEED_MM, dpi) if bleed else 0
    canvas = Image.new("RGB", (W + 2 * b, H + 2 * b), rgb(kit, "background"))
    draw = ImageDraw.Draw(canvas)
    rtl = lang.split("-")[0] in RTL_LANGUAGES
    minimum = min_text_px(dpi)
    margin = round(W * 0.07)
    # The photo: full width at the top, running into the bleed.
    photo_bottom = b + round(H * 0.5)
    if photo is not None:
        window = (W + 2 * b, photo_bottom)
        canvas.paste(cut_photo(photo.source, window, face_crop(photo.source, window[0] / window[1])), (0, 0))
    band_top = photo_bottom
    band_bottom = band_top + round(H * 0.075)
    draw.rectangle((0, band_top, W + 2 * b, band_bottom), fill=rgb(kit, "primary"))
    draw.rectangle((0, band_bottom, W + 2 * b, band_bottom + max(2, round(H * 0.006))), fill=rgb(kit, "accent"))
    if photo is not None and photo.caption:
        draw_text_box(canvas, kit, (b + margin, band_top, b + W - margin, band_bottom),
                      caption_text(kit, photo.caption, photo.language), colour="text_on_primary", font="display",
                      align="start", lang=photo.language, max_lines=2, min_size=minimum, required=False)
    # Month and year.
    head_top, head_bottom = band_bottom + round(H * 0.025), band_bottom + round(H * 0.085)
    year_w = round(W * 0.22)
    month_rect = (b + margin + (year_w if rtl else 0), head_top, b + W - margin - (0 if rtl else year_w), head_bottom)
    year_rect = (b + margin, head_top, b + margin + year_w, head_bottom) if rtl else \
        (b + W - margin - year_w, head_top, b + W - margin, head_bottom)
    name = month_name(month, lang)
    draw_text_box(canvas, kit, month_rect, name[:1].upper() + name[1:], colour="primary", font="display",
                  align="start", lang=lang, max_lines=1, min_size=minimum)
    draw_text_box(canvas, kit, year_rect, str(year), colour="secondary", font="display", align="end", lang=lang,
                  max_lines=1, min_size=minimum)
    # The grid.
    weeks = month_grid(year, month)
    marks = {d.date.day: d for d in marked_days(year, lang) if d.date.month == month}
    grid_top = head_bottom + round(H * 0.02)
    grid_bottom = b + round(H * 0.9)
    header_h = round(H * 0.03)
    cols_w = (W - 2 * margin) / 7
    row_h = (grid_bottom - grid_top - header_h) / 6
    names = weekday_names(lang)
    for i, label in enumerate(names):
        col = 6 - i if rtl else i
        x0 = b + margin + col * cols_w
        draw_text_box(canvas, kit, (round(x0), grid_top, round(x0 + cols_w), grid_top + header_h), label,
                      colour="secondary" if i >= 5 else "text", font="body", lang=lang, max_lines=1,
                      min_size=minimum, max_size=round(header_h * 0.6), required=False)
    draw.line((b + margin, grid_top + header_h, b + W - margin, grid_top + header_h), fill=rgb(kit, "primary"),
              width=max(1, round(dpi / 150)))
    font = ImageFont.truetype(str(kit.font_path("display")), max(minimum, round(row_h * 0.42)))
    for r, week in enumerate(weeks):
        for i, day in enumerate(week):
            if not day:
                continue
            col = 6 - i if rtl else i
            cx = b + margin + (col + 0.5) * cols_w
            cy = grid_top + header_h + (r + 0.5) * row_h
            colour = rgb(kit, "secondary") if i >= 5 else rgb(kit, "text")
            if day in marks:
                radius = min(cols_w, row_h) * 0.42
                fill = rgb(kit, "accent") if marks[day].campaign else rgb(kit, "primary")
                draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=fill)
                colour = rgb(kit, "text") if marks[day].campaign else rgb(kit, "text_on_primary")
            draw.text((cx, cy), str(day), font=font, fill=colour, anchor="mm")
    # Footer: the days marked this month, and the city.
    foot = (b + margin, b + round(H * 0.905), b + W - margin, b + round(H * 0.965))
    split = foot[0] + round((foot[2] - foot[0]) * 0.72)
    listed = " · ".join(f"{d.date.day} {month_name(month, lang)}: {d.name}" for d in marks.values())
    left, right = ((split, foot[1], foot[2], foot[3]), (foot[0], foot[1], split, foot[3])) if rtl else \
        ((foot[0], foot[1], split, foot[3]), (split, foot[1], foot[2], foot[3]))
    if listed:
        draw_text_box(canvas, kit, left, listed, colour="text", font="body", align="start", lang=lang, max_lines=3,
                      min_size=minimum, max_size=round(H * 0.016), required=False)
    draw_text_box(canvas, kit, right, f"{city}\n{hashtags.split()[0] if hashtags else ''}".strip(),
                  colour="primary", font="display", align="end", lang=lang, max_lines=2, min_size=minimum,
                  max_size=round(H * 0.018), required=False)
    if bleed:
        draw_crop_marks(canvas, b, (W, H), dpi)
    return canvas


def month_photos(project: Project, kit: Kit, seed: int) -> tuple[list[MonthPhoto], list[tuple[int, str]]]:
    """Twelve photos whose consent covers print (seeded choice; repeated in turn when there are fewer)."""
    chosen, skipped = eligible(project, Purpose.PRINT_POSTER)
    if not chosen:
        raise NothingToRender("calendar", "no approved photo has consent for print")
    order = list(chosen)
    random.Random(seed).shuffle(order)
    picks = [order[i % len(order)] for i in range(12)]
    return [MonthPhoto(photo_source(project, c), c.caption, c.language or kit.default_language) for c in picks], skipped


def render_calendar(spec: CalendarSpec, *, progress: ProgressFn = no_progress,
                    cancel: CancelToken = NEVER_CANCELLED) -> AssetResult:
    with Project.open(spec.project) as project:
        info = project.info()
        kit = load_builtin_kit(info.kit_id)
        photos, skipped = month_photos(project, kit, spec.seed)
    lang = spec.language or (info.languages[0] if info.languages else kit.default_language)
    year = spec.year or info.campaign_year
    tags = hashtags_line(kit, info.hashtags)
    out = spec.out_dir or exports_dir(spec.project, "calendar")
    files: list[Path] = []
    total = 12 * len(spec.papers)
    progress(0, total, "")
    for paper in spec.papers:
        pages = []
        for month in range(1, 13):
            cancel.check()
            image = compose_month(kit, year, month, lang, photos[month - 1], paper=paper, city=info.city,
                                  hashtags=tags)
            pages.append(print_page(image, paper_mm(paper)))
            progress(len(pages) + 12 * len(files), total, f"{paper} {month_name(month, lang)}")
        files.append(write_pdf(out / f"{slug(info.city)}_{kit.id}_calendar_{year}_{lang}_{paper}.pdf", pages,
                               title=f"{info.city} {year}"))
    return AssetResult(files, skipped)
