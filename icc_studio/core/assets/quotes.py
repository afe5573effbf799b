"""Quote posters: the same template for every speaker — mayor, public figure, resident.

Each speaker has a portrait (a contribution of the project, cut on its faces, or an image
file), a name, a role and a quote. Every quote has the same maximum length
(:data:`QUOTE_MAX_LENGTH` characters, or the spec's), checked for all speakers before anything
is drawn, so that no voice gets more room than another. Outputs: an A3 print PDF (bleed and
crop marks) and a 1080×1080 square per speaker, with alt text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit
from ..render.photos import slug
from ..store import Project, Purpose
from ..text.scripts import grapheme_count
from .common import (
    BLEED_MM, AssetResult, PhotoSource, box_px, box_size, compose_with_photos, contrasting, cut_photo,
    draw_crop_marks, draw_logo, draw_template_text, eligibility, exports_dir, face_crop, hashtags_line, logo_file,
    min_text_px, mm_to_px, photo_source, print_page, quoted, save_jpeg, write_alt_text,
)
from .errors import QuoteTooLong
from .pdf import write_pdf

QUOTE_MAX_LENGTH = 140
FORMATS = ("quote_poster", "quote_square")


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str
    quote: str
    language: str = ""
    photo: Path | None = None            # an image file (an official portrait), or
    contribution_id: int | None = None   # a contribution of the project


@dataclass(frozen=True)
class QuoteSpec:
    project: Path
    speakers: tuple[Speaker, ...]
    max_length: int = QUOTE_MAX_LENGTH
    formats: tuple[str, ...] = FORMATS
    out_dir: Path | None = None


def check_quotes(speakers: tuple[Speaker, ...], max_length: int = QUOTE_MAX_LENGTH) -> None:
    """Raise :class:`QuoteTooLong` for the first speaker whose quote is over the common limit."""
    for speaker in speakers:
        length = grapheme_count(" ".join(speaker.quote.split()))
        if length > max_length:
            raise QuoteTooLong(speaker.name, length, max_length)


def compose_quote(kit: Kit, output_id: str, speaker: Speaker, portrait: PhotoSource | Image.Image | None, *,
                  lang: str, city: str, hashtags: str, logo: Path | None = None,
                  size: tuple[int, int] | None = None, bleed: int = 0, dpi: float = 300) -> Image.Image:
    template = kit.template(output_id)
    size = size or template.size
    lang = kit.resolve_language(speaker.language or lang)
    photos = {}
    if portrait is not None and template.box("photo") is not None:
        window = box_size(kit, output_id, "photo", size)
        if isinstance(portrait, PhotoSource):
            photos["photo"] = cut_photo(portrait, window, face_crop(portrait, window[0] / window[1]))
        else:
            photos["photo"] = _fill(portrait, window)
    canvas = compose_with_photos(kit, output_id, size, lang=lang, bleed=bleed, photos=photos)
    minimum = min_text_px(dpi) if template.is_print else max(8, round(min(size) * 0.018))
    caption = box_px(kit, output_id, "caption", size, bleed)
    if caption:
        l, t, r, b = caption
        split = t + round((b - t) * 0.56)
        draw_template_text(canvas, kit, output_id, "caption", speaker.name, size, lang=lang, max_lines=1,
                           min_size=minimum, rect=(l, t, r, split))
        draw_template_text(canvas, kit, output_id, "caption", speaker.role, size, lang=lang, max_lines=2,
                           min_size=minimum, rect=(l, split, r, b), required=False)
    draw_template_text(canvas, kit, output_id, "quote", quoted(speaker.quote, lang), size, offset=bleed, lang=lang,
                       max_lines=7, min_size=minimum)
    draw_template_text(canvas, kit, output_id, "hashtags", hashtags, size, offset=bleed, max_lines=2,
                       min_size=minimum, required=False)
    rect = box_px(kit, output_id, "logo", size, bleed)
    if rect:
        draw_logo(canvas, kit, rect, city=city, colour=contrasting(kit, canvas, rect), logo=logo, min_size=minimum)
    if bleed:
        draw_crop_marks(canvas, bleed, size, dpi)
    return canvas


def _fill(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    from PIL import ImageOps

    return ImageOps.fit(image.convert("RGB"), size, Image.Resampling.LANCZOS, centering=(0.5, 0.4))


def render_quotes(spec: QuoteSpec, *, progress: ProgressFn = no_progress,
                  cancel: CancelToken = NEVER_CANCELLED) -> AssetResult:
    check_quotes(spec.speakers, spec.max_length)
    with Project.open(spec.project) as project:
        info = project.info()
        kit = load_builtin_kit(info.kit_id)
        logo = logo_file(project)
        portraits: dict[int, PhotoSource] = {}
        refused: dict[tuple[int, str], str] = {}  # (contribution, output) -> why its portrait may not be used
        skipped: list[tuple[int, str]] = []
        for speaker in spec.speakers:
            if speaker.contribution_id is not None:
                c = project.contribution(speaker.contribution_id)
                for output_id, purpose in (("quote_poster", Purpose.PRINT_POSTER),
                                           ("quote_square", Purpose.SOCIAL_MEDIA)):
                    reason = eligibility(c, purpose)
                    if reason:
                        refused[(c.id, output_id)] = reason
                        skipped.append((c.id, reason))
                portraits[c.id] = photo_source(project, c)
    lang = info.languages[0] if info.languages else kit.default_language
    tags = hashtags_line(kit, info.hashtags)
    out = spec.out_dir or exports_dir(spec.project, "quotes")
    files: list[Path] = []
    total = len(spec.speakers) * len(spec.formats)
    progress(0, total, "")
    for index, speaker in enumerate(spec.speakers, 1):
        portrait = _portrait(speaker, portraits)
        stem = f"{slug(info.city)}_{kit.id}_quote_{index:02d}_{slug(speaker.name)}"
        alt = f"{speaker.name}, {speaker.role}: {quoted(speaker.quote, speaker.language or lang)}"
        for output_id in spec.formats:
            cancel.check()
            template = kit.template(output_id)
            if (speaker.contribution_id, output_id) in refused:
                continue  # the speaker's portrait has no consent for this output
            if template.is_print:
                bleed = mm_to_px(BLEED_MM, template.dpi)
                image = compose_quote(kit, output_id, speaker, portrait, lang=lang, city=info.city, hashtags=tags,
                                      logo=logo, bleed=bleed, dpi=template.dpi)
                path = write_pdf(out / f"{stem}_A3.pdf", [print_page(image, template.size_mm, BLEED_MM)],
                                 title=f"{speaker.name}")
                files.append(path)
            else:
                image = compose_quote(kit, output_id, speaker, portrait, lang=lang, city=info.city, hashtags=tags,
                                      logo=logo)
                path = save_jpeg(image, out / f"{stem}_square.jpg")
                files += [path, write_alt_text(path, alt)]
            progress(len(files), total, speaker.name)
    return AssetResult(files, skipped)


def _portrait(speaker: Speaker, portraits: dict[int, PhotoSource]):
    if speaker.contribution_id is not None:
        return portraits.get(speaker.contribution_id)
    if speaker.photo is not None:
        from ..media.reduce import load_photo

        return load_photo(speaker.photo, max_side=2400)
    return None
