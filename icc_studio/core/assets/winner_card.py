"""The student contest's winner card: square (1080×1080) and story (1080×1920), each language.

The card is the kit's framed post (``feed_square`` / ``story`` template: background, the
winning picture in the photo window, the kit's artwork over it) with a prize ribbon on the
picture (a star and the word for the prize), and in the caption box the contest of the
category, the winner's first name or pseudonym when it may be given, and the campaign's
title, the city and its hashtag; the city's logo (or its name) in the logo box.

The picture is the winning photo, cut on its faces (a crop set by hand in the Editor wins),
or for a video entry a frame from the middle of the clip's trimmed part, framed on its faces.
The words come from ``resources/contest/contest.json`` in the card's language (data, not
code), the campaign's title from the kit; right-to-left languages are laid out right to left
by the text engine.

Who appears: only the category's winner (:mod:`icc_studio.core.contest`), and only when the
ranking is final (every juror scored every entry) unless a provisional card is asked for,
and only when the contribution's consent covers social media. The name is the first word of
the contributor's first name or pseudonym, never a minor's. Files are JPEG without metadata,
with alt text beside each, named ``…_winner-<category>_<format>_<lang>_c<id>.jpg`` so that
erasing the contribution erases its cards; the cards of an earlier winner of the category
are removed when new ones are written.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw

from ..contest import (
    Category, Entry, NoWinner, WinnerNotFinal, WinnerNotPublishable, ranking,
)
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit, render_artwork
from ..paths import resources_dir
from ..render.photos import slug
from ..store import Project
from ..store.models import MediaKind
from .common import (
    RTL_LANGUAGES, AssetResult, box_px, contrast_ratio, contrasting, draw_logo, draw_text_box,
    exports_dir, face_crop, first_name, hashtags_line, logo_file, mean_colour, photo_source, cut_photo, rgb,
    save_jpeg, write_alt_text,
)

RENDERER_VERSION = 1
#: Card formats and the kit template each is drawn on.
FORMATS: dict[str, str] = {"square": "feed_square", "story": "story"}


@dataclass(frozen=True)
class WinnerCardSpec:
    project: Path
    category: str = Category.PHOTO.value
    languages: tuple[str, ...] | None = None  # None: every language of the project
    formats: tuple[str, ...] = tuple(FORMATS)
    provisional: bool = False                 # allow a card before every juror scored every entry
    out_dir: Path | None = None               # None: <project>/exports/contest
    force: bool = False                       # render again even what is unchanged


@dataclass
class WinnerCardResult(AssetResult):
    contribution_id: int = 0
    final: bool = True
    credit: str = ""
    cached: bool = False

    @property
    def images(self) -> list[Path]:
        return self.of_kind(".jpg")


@dataclass(frozen=True)
class CardTexts:
    prize: str
    contest: str
    credit: str
    footer: str
    alt: str


# -- texts ------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def contest_words() -> dict:
    return json.loads((resources_dir() / "contest" / "contest.json").read_text(encoding="utf-8"))["texts"]


def word(key: str, lang: str) -> str:
    """The contest's word ``key`` in ``lang`` (its base language, else English)."""
    table = contest_words()
    return (table.get(lang) or table.get(lang.split("-")[0]) or table["en"])[key]


def card_texts(kit: Kit, lang: str, category: Category | str, *, city: str, hashtag: str, credit: str) -> CardTexts:
    category = Category(category)
    title = kit.text("title", lang)
    footer = " · ".join(part for part in (title, city, hashtag) if part)
    alt = word(f"alt_{category.value}", lang).format(city=city, title=title)
    if credit:
        alt += " " + word("alt_credit", lang).format(name=credit)
    return CardTexts(word("winner", lang), word(f"contest_{category.value}", lang), credit, footer, alt)


def credit_name(entry: Entry) -> str:
    """The name a public card may give: the first word of the first name or pseudonym, never a minor's."""
    return "" if entry.minor else first_name(entry.entrant)


# -- the picture -------------------------------------------------------------------------------------------


def winner_picture(project: Project, entry: Entry, kit: Kit, output_id: str, window: tuple[int, int]) -> Image.Image:
    """The entry's picture cut to the photo window (``window`` pixels) of ``output_id``."""
    c = entry.contribution
    if c.kind == MediaKind.CLIP:
        return clip_still(project, c, window)
    from ..render.photos import CropRect

    source = photo_source(project, c, with_saliency=True)
    stored = project.crops(c.id).get(output_id)
    crop = CropRect(stored.x, stored.y, stored.w, stored.h) if stored is not None and stored.source == "manual" \
        else face_crop(source, window[0] / window[1])
    return cut_photo(source, window, crop)


def clip_still(project: Project, c, window: tuple[int, int]) -> Image.Image:
    """A frame from the middle of the clip's trimmed part, framed on its faces (or fitted over a blur)."""
    from ..video.clipframes import ClipReadError, choose_framing, clip_source, first_frame, fit_frame

    media = project.media(c.media_sha256)
    if media is None:
        raise ClipReadError(c.source_name or str(c.id), "the clip's file is not in the project")
    path = clip_source(project.folder, media.sha256, project.media_path(media.sha256, media.ext))
    start = c.trim_in_s or 0.0
    end = c.trim_out_s if c.trim_out_s is not None else (media.duration_s or start)
    rgb_frame = first_frame(path, at=max(0.0, (start + end) / 2)) if end > start else None
    if rgb_frame is None:
        rgb_frame = first_frame(path, at=0.0)
    if rgb_frame is None:
        raise ClipReadError(path, "no frame could be decoded")
    height, width = rgb_frame.shape[:2]
    framing = choose_framing((width, height), window, rgb_frame)
    return Image.fromarray(fit_frame(rgb_frame, framing, window), "RGB")


# -- drawing -----------------------------------------------------------------------------------------------


def compose_winner_card(kit: Kit, output_id: str, picture: Image.Image, texts: CardTexts, *, lang: str, city: str,
                        logo: Path | None = None, size: tuple[int, int] | None = None) -> Image.Image:
    """RGB: the framed post with the picture (already cut to the photo window at ``size``), the prize ribbon and
    the texts. The same function draws the preview (a smaller ``size``) and the export."""
    size = size or kit.template(output_id).size
    canvas = Image.new("RGB", size, rgb(kit, "background"))
    photo = box_px(kit, output_id, "photo", size)
    if photo is not None:
        canvas.paste(picture, photo[:2])
    art = render_artwork(kit, output_id, size, lang=lang)
    coverage = art.getchannel("A")
    canvas.paste(art.convert("RGB"), (0, 0), coverage)
    del art
    scale = min(size) / 1080
    rtl = lang.split("-")[0] in RTL_LANGUAGES
    if photo is not None:
        _draw_ribbon(canvas, kit, photo, texts.prize, coverage, lang=lang, scale=scale, rtl=rtl)
    caption = _text_area(kit, output_id, size)
    if caption is not None:
        _draw_caption(canvas, kit, output_id, caption, texts, lang=lang, scale=scale)
    logo_rect = box_px(kit, output_id, "logo", size)
    if logo_rect:
        draw_logo(canvas, kit, logo_rect, city=city, colour=contrasting(kit, canvas, logo_rect), logo=logo,
                  min_size=max(8, round(16 * scale)))
    return canvas


def _text_area(kit: Kit, output_id: str, size: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """The caption box, run down to the story's reply bar (a keep-clear zone below it) when there is one:
    the card has three lines where a post has one caption."""
    template = kit.template(output_id)
    box = template.box("caption")
    if box is None:
        return None
    l, t, r, b = box.to_pixels(size)
    below = [z.box.y for z in template.safe_zones if z.kind == "keep_clear" and z.box.y >= box.bottom - 1e-6]
    if below:
        b = max(b, min(round(min(below) * size[1]) - round(min(size) * 0.02), b + (b - t)))
    return (l, t, r, b)


def _draw_caption(canvas: Image.Image, kit: Kit, output_id: str, rect: tuple[int, int, int, int], texts: CardTexts,
                  *, lang: str, scale: float) -> None:
    box = kit.template(output_id).box("caption")
    l, t, r, b = rect
    height = b - t
    shares = (0.42, 0.28, 0.30) if texts.credit else (0.6, 0.0, 0.4)
    rows, top = [], t
    for share in shares:
        rows.append((l, top, r, top + round(height * share)))
        top += round(height * share)
    align = box.align if box is not None else "start"
    colour = _readable(kit, canvas, rect, box.color if box is not None else "text")
    draw_text_box(canvas, kit, rows[0], texts.contest, colour=colour, font="display", align=align, lang=lang,
                  max_lines=2, min_size=max(8, round(18 * scale)), max_size=round(64 * scale))
    if texts.credit:
        accent = _readable(kit, canvas, rows[1], "primary", fallback=colour)
        draw_text_box(canvas, kit, rows[1], texts.credit, colour=accent, font="display", align=align, lang=lang,
                      max_lines=1, min_size=max(8, round(16 * scale)), max_size=round(44 * scale), required=False)
    draw_text_box(canvas, kit, rows[2], texts.footer, colour=colour, font="body", align=align, lang=lang,
                  max_lines=2, min_size=max(8, round(12 * scale)), max_size=round(30 * scale), required=False)


def _readable(kit: Kit, canvas: Image.Image, rect, colour: str, *, fallback: str | None = None) -> str:
    """``colour`` when it reads on the canvas under ``rect``, else ``fallback`` or the palette colour that does."""
    if contrast_ratio(rgb(kit, colour), mean_colour(canvas, rect)) >= 2.5:
        return colour
    return fallback or contrasting(kit, canvas, rect)


def _draw_ribbon(canvas: Image.Image, kit: Kit, photo: tuple[int, int, int, int], text: str,
                 coverage: Image.Image, *, lang: str, scale: float, rtl: bool) -> None:
    """A pill in the kit's accent colour on the photo (a star and the prize), in the first corner of the photo
    window that the kit's artwork leaves clear (``coverage``: the artwork's alpha), start side first."""
    from ..text import TextDoesNotFit, render_text

    pl, pt, pr, pb = photo
    short = min(pr - pl, pb - pt)
    height = max(12, round(short * 0.1))
    inset = round(short * 0.06)
    pad = round(height * 0.42)
    star = round(height * 0.56)
    max_text = max(10, round((pr - pl) * 0.62) - star - 3 * pad)
    try:
        block = render_text(text, (max_text, round(height * 0.72)), font_file=kit.font_path("display"), align="center",
                            max_lines=1, min_size=max(6, round(14 * scale)), max_size=round(48 * scale),
                            language=lang, direction="rtl" if rtl else None)
    except TextDoesNotFit:
        return
    ink = block.mask.getbbox()
    if ink is None:
        return
    glyphs = block.mask.crop((ink[0], 0, ink[2], block.mask.height))
    width = glyphs.width + star + 3 * pad
    left, top = _ribbon_place(coverage, photo, (width, height), inset, rtl)
    fill = rgb(kit, "accent")
    ink_colour = max((rgb(kit, name) for name in ("text", "text_on_primary", "primary", "secondary")),
                     key=lambda c: contrast_ratio(c, fill))
    # Drawn four times larger and reduced: smooth edges on any background.
    k = 4
    shape = Image.new("L", (width * k, height * k), 0)
    draw = ImageDraw.Draw(shape)
    draw.rounded_rectangle((0, 0, width * k - 1, height * k - 1), radius=height * k // 2, fill=255)
    shape = shape.resize((width, height), Image.Resampling.BOX)
    canvas.paste(fill, (left, top, left + width, top + height), shape)
    star_at = (left + width - pad - star) if rtl else (left + pad)
    _paint_star(canvas, (star_at, top + (height - star) // 2), star, ink_colour)
    text_at = (left + pad) if rtl else (left + 2 * pad + star)
    canvas.paste(ink_colour, (text_at, top + (height - glyphs.height) // 2,
                              text_at + glyphs.width, top + (height - glyphs.height) // 2 + glyphs.height), glyphs)


def _ribbon_place(coverage: Image.Image, photo: tuple[int, int, int, int], size: tuple[int, int], inset: int,
                  rtl: bool) -> tuple[int, int]:
    """(left, top) of the ribbon: top start, top end, top centre, bottom start, bottom end — the first place the
    artwork leaves clear, else the least covered one."""
    import numpy as np

    pl, pt, pr, pb = photo
    w, h = size
    start, end = (pr - inset - w, pl + inset) if rtl else (pl + inset, pr - inset - w)
    centre = (pl + pr - w) // 2
    places = [(start, pt + inset), (end, pt + inset), (centre, pt + inset), (start, pb - inset - h),
              (end, pb - inset - h)]
    margin = max(2, h // 6)
    best, best_share = places[0], 2.0
    for left, top in places:
        region = coverage.crop((left - margin, top - margin, left + w + margin, top + h + margin))
        share = float(np.asarray(region, np.float32).mean()) / 255
        if share < 0.01:
            return left, top
        if share < best_share:
            best, best_share = (left, top), share
    return best


def _paint_star(canvas: Image.Image, at: tuple[int, int], side: int, colour: tuple[int, int, int]) -> None:
    import math

    k = 4
    mask = Image.new("L", (side * k, side * k), 0)
    c = side * k / 2
    points = []
    for i in range(10):
        radius = c if i % 2 == 0 else c * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((c + radius * math.cos(angle), c * 1.05 + radius * math.sin(angle)))
    ImageDraw.Draw(mask).polygon(points, fill=255)
    mask = mask.resize((side, side), Image.Resampling.BOX)
    canvas.paste(colour, (at[0], at[1], at[0] + side, at[1] + side), mask)


# -- the job ---------------------------------------------------------------------------------------------------


def card_file_name(city: str, kit_id: str, category: str, fmt: str, lang: str, contribution_id: int) -> str:
    return f"{slug(city)}_{kit_id}_winner-{category}_{fmt}_{lang}_c{contribution_id:04d}.jpg"


def render_winner_card(spec: WinnerCardSpec, *, progress: ProgressFn = no_progress,
                       cancel: CancelToken = NEVER_CANCELLED) -> WinnerCardResult:
    """The winner's cards of a category (see the module's description). A cancelled or failed job keeps no file."""
    category = Category(spec.category)
    unknown = [f for f in spec.formats if f not in FORMATS]
    if unknown:
        from ..errors import InvalidValue

        raise InvalidValue(f"unknown card format {unknown[0]!r} (choose from {', '.join(FORMATS)})")
    with Project.open(spec.project) as project:
        info = project.info()
        kit = load_builtin_kit(info.kit_id)
        board = ranking(project, category)
        winner = board.winner
        if winner is None:
            raise NoWinner(category.value)
        if not board.final and not spec.provisional:
            missing = sum(len(r.missing) for r in board.incomplete)
            raise WinnerNotFinal(category.value, missing, len(board.incomplete))
        if winner.publish_reason:
            raise WinnerNotPublishable(category.value, winner.entry.id, winner.publish_reason)
        entry = winner.entry
        credit = credit_name(entry)
        logo = logo_file(project)
        languages = tuple(spec.languages or info.languages or (kit.default_language,))
        hashtag = hashtags_line(kit, info.hashtags).split()[0]
        out = Path(spec.out_dir or exports_dir(project.folder, "contest"))
        tracked = out.resolve().is_relative_to(project.folder.resolve())
        total = len(languages) * len(spec.formats)
        result = WinnerCardResult([], [], contribution_id=entry.id, final=board.final, credit=credit)
        progress(0, total, "")
        written: list[Path] = []
        records = []
        reused = 0
        try:
            pictures: dict[str, Image.Image] = {}
            for lang in languages:
                texts = card_texts(kit, lang, category, city=info.city, hashtag=hashtag, credit=credit)
                for fmt in spec.formats:
                    cancel.check()
                    output_id = FORMATS[fmt]
                    path = out / lang / card_file_name(info.city, kit.id, category.value, fmt, lang, entry.id)
                    key = _cache_key(project, kit, entry, output_id, lang, texts, logo)
                    output = f"winner_{category.value}_{fmt}_{lang}"
                    if not spec.force and tracked and project.cached_render(output, key) == path \
                            and path.with_suffix(".alt.txt").is_file():
                        result.files += [path, path.with_suffix(".alt.txt")]
                        reused += 1
                        progress(len(result.files) // 2, total, path.name)
                        continue
                    if output_id not in pictures:
                        window = _window(kit, output_id)
                        pictures[output_id] = winner_picture(project, entry, kit, output_id, window)
                    image = compose_winner_card(kit, output_id, pictures[output_id], texts, lang=lang, city=info.city,
                                                logo=logo)
                    written.append(save_jpeg(image, path))
                    written.append(write_alt_text(path, texts.alt))
                    result.files += written[-2:]
                    records.append((output, key, path, entry.id))
                    progress(len(result.files) // 2, total, path.name)
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        if tracked and records:
            project.record_renders(records)
        result.cached = reused == total
        _remove_earlier_cards(out, kit, info.city, category.value, entry.id)
        project.audit("render.winner_card", f"contribution:{entry.id}",
                      {"category": category.value, "final": board.final, "languages": list(languages),
                       "files": len(result.files)})
    return result


def _window(kit: Kit, output_id: str) -> tuple[int, int]:
    size = kit.template(output_id).size
    l, t, r, b = box_px(kit, output_id, "photo", size)
    return (r - l, b - t)


def _cache_key(project: Project, kit: Kit, entry: Entry, output_id: str, lang: str, texts: CardTexts,
               logo: Path | None) -> str:
    c = entry.contribution
    crop = project.crops(c.id).get(output_id)
    data = {"v": RENDERER_VERSION, "kit": [kit.id, kit.version], "output": output_id, "lang": lang,
            "media": c.media_sha256, "trim": [c.trim_in_s, c.trim_out_s],
            "crop": [crop.x, crop.y, crop.w, crop.h] if crop is not None and crop.source == "manual" else None,
            "texts": [texts.prize, texts.contest, texts.credit, texts.footer, texts.alt],
            "logo": logo.name if logo else None}
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _remove_earlier_cards(out: Path, kit: Kit, city: str, category: str, winner_id: int) -> None:
    """Cards of the category made for another entry (an earlier winner) go: only the winner's cards stay."""
    if not out.is_dir():
        return
    prefix = f"{slug(city)}_{kit.id}_winner-{category}_"
    mine = f"_c{winner_id:04d}."
    for path in out.rglob(f"{prefix}*"):
        if path.is_file() and mine not in path.name:
            path.unlink(missing_ok=True)
