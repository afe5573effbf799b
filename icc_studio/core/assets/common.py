"""What every campaign asset shares: papers, eligibility by consent, the kit's frame, texts, logo, marks, files."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageColor, ImageDraw

from ..fileio import atomic_path, save_image
from ..kits import Kit, render_artwork
from ..kits.artwork import paint_mask
from ..review import why_left_out
from ..store import Contribution, Project, Purpose
from ..text import TextDoesNotFit, render_text
from .errors import UnknownPaper

MM_PER_INCH = 25.4
#: ISO 216 A sizes (portrait, mm).
PAPERS: dict[str, tuple[int, int]] = {
    "A6": (105, 148), "A5": (148, 210), "A4": (210, 297), "A3": (297, 420), "A2": (420, 594),
    "A1": (594, 841), "A0": (841, 1189),
}
POSTER_PAPERS: tuple[str, ...] = ("A4", "A3", "A2", "A1", "A0")
BLEED_MM = 3.0
DEFAULT_DPI = 300
#: Vector artwork is drawn at most this large and then enlarged (big posters: flat colour, soft by < 0.3 mm).
ARTWORK_MAX_PIXELS = 18_000_000
#: The smallest printed text: 6.5 pt.
MIN_PRINT_TEXT_PT = 6.5
#: The campaign page the QR codes lead to when the spec names none: the network's own page.
DEFAULT_CAMPAIGN_URL = "https://www.coe.int/en/web/interculturalcities"
#: Languages written right to left: a paragraph in them is laid out right to left even when it starts with a
#: Latin name ("Lindaval · 18 ديسمبر 2026").
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "ckb", "yi"})


def paper_mm(paper: str) -> tuple[int, int]:
    try:
        return PAPERS[paper.upper()]
    except KeyError:
        raise UnknownPaper(paper, ", ".join(PAPERS)) from None


def mm_to_px(mm: float, dpi: int) -> int:
    return round(mm / MM_PER_INCH * dpi)


def px_to_mm(px: float, dpi: float) -> float:
    return px / dpi * MM_PER_INCH


def min_text_px(dpi: float) -> int:
    return max(6, round(MIN_PRINT_TEXT_PT / 72 * dpi))


# -- eligibility ------------------------------------------------------------------------------------


def eligibility(c: Contribution, purpose: Purpose) -> str:
    """Why ``c`` may not appear in an asset for ``purpose`` ("" when it may): approved photos only."""
    return why_left_out(c, purpose)


def eligible(project: Project, purpose: Purpose) -> tuple[list[Contribution], list[tuple[int, str]]]:
    """(approved photos whose consent covers ``purpose`` in the project's order, [(id, reason) skipped])."""
    chosen, skipped = [], []
    for c in project.contributions():
        reason = eligibility(c, purpose)
        if reason:
            skipped.append((c.id, reason))
        else:
            chosen.append(c)
    return chosen, skipped


def first_name(display_name: str | None) -> str:
    return (display_name or "").split()[0] if (display_name or "").split() else ""


def project_language(project: Project, kit: Kit, lang: str | None) -> str:
    if lang:
        return lang
    info = project.info()
    return info.languages[0] if info.languages else kit.default_language


def hashtags_line(kit: Kit, extra: Sequence[str]) -> str:
    seen: list[str] = []
    for tag in (*extra, *kit.hashtags):
        if tag not in seen:
            seen.append(tag)
    return " ".join(seen)


# -- drawing ----------------------------------------------------------------------------------------


def rgb(kit: Kit, colour: str) -> tuple[int, int, int]:
    return ImageColor.getrgb(kit.color(colour))[:3]


def framed_canvas(kit: Kit, output_id: str, size: tuple[int, int], *, lang: str, bleed: int = 0) -> Image.Image:
    """RGB: the kit's background and artwork of ``output_id`` at ``size`` (trimmed) + ``bleed`` on every side.

    Large print sizes draw the artwork at most ``ARTWORK_MAX_PIXELS`` and enlarge it: the
    artwork is flat colour, so this costs no visible sharpness and a tenth of the memory.
    """
    full = (size[0] + 2 * bleed, size[1] + 2 * bleed)
    scale = min(1.0, math.sqrt(ARTWORK_MAX_PIXELS / (full[0] * full[1])))
    small = (max(1, round(size[0] * scale)), max(1, round(size[1] * scale)))
    small_bleed = round(bleed * scale)
    art = render_artwork(kit, output_id, small, lang=lang, bleed=small_bleed)
    flat = Image.new("RGB", art.size, rgb(kit, "background"))
    flat.paste(art, (0, 0), art.getchannel("A"))
    del art
    if flat.size == full:
        return flat
    return flat.resize(full, Image.Resampling.BILINEAR)


def box_px(kit: Kit, output_id: str, name: str, size: tuple[int, int], offset: int = 0) -> tuple[int, int, int, int] | None:
    box = kit.template(output_id).box(name)
    if box is None:
        return None
    l, t, r, b = box.to_pixels(size)
    return (l + offset, t + offset, r + offset, b + offset)


def draw_text_box(canvas: Image.Image, kit: Kit, rect: tuple[int, int, int, int], text: str, *, colour: str,
                  font: str = "body", align: str = "center", lang: str | None = None, max_lines: int = 2,
                  min_size: int = 8, max_size: int | None = None, required: bool = True) -> bool:
    """Fit ``text`` into ``rect`` (left, top, right, bottom) and paint it in place. Returns whether it was drawn.

    ``required`` texts (a resident's or speaker's words) raise :class:`TextDoesNotFit`;
    others (decoration such as the credits) are left out when they cannot fit.
    """
    text = " ".join(text.split())
    l, t, r, b = rect
    if not text or r - l < 2 or b - t < 2:
        return False
    try:
        direction = "rtl" if (lang or "").split("-")[0] in RTL_LANGUAGES else None
        block = render_text(text, (r - l, b - t), font_file=kit.font_path(font), align=align, max_lines=max_lines,
                            min_size=min_size, max_size=max_size, language=lang, direction=direction,
                            padding=max(1, min(r - l, b - t) // 40))
    except TextDoesNotFit:
        if required:
            raise
        return False
    _paint_mask(canvas, block.mask, (l, t), rgb(kit, colour))
    return True


def _paint_mask(canvas: Image.Image, mask: Image.Image, at: tuple[int, int], colour: tuple[int, int, int]) -> None:
    if canvas.mode == "RGBA":
        paint_mask(canvas, mask, at, (*colour, 255))
        return
    canvas.paste(Image.new("RGB", mask.size, colour), at, mask)


def draw_template_text(canvas: Image.Image, kit: Kit, output_id: str, name: str, text: str, size: tuple[int, int],
                       *, offset: int = 0, lang: str | None = None, max_lines: int = 2, min_size: int = 8,
                       max_size: int | None = None, required: bool = True,
                       rect: tuple[int, int, int, int] | None = None) -> bool:
    """``text`` in the template box ``name`` with the box's colour, font and alignment."""
    box = kit.template(output_id).box(name)
    if box is None:
        return False
    rect = rect or box_px(kit, output_id, name, size, offset)
    colour = box.color
    if contrast_ratio(rgb(kit, colour), mean_colour(canvas, rect)) < 2.5:  # a box colour lost on its background: the one that reads
        colour = contrasting(kit, canvas, rect)
    return draw_text_box(canvas, kit, rect, text, colour=colour, font=box.font, align=box.align, lang=lang,
                         max_lines=max_lines, min_size=min_size, max_size=max_size, required=required)


def draw_logo(canvas: Image.Image, kit: Kit, rect: tuple[int, int, int, int], *, city: str, colour: str,
              logo: Path | None = None, min_size: int = 8) -> None:
    """The city's logo fitted in ``rect`` (kept whole, centred); without one, the city's name as a wordmark."""
    l, t, r, b = rect
    if logo is not None and logo.is_file():
        with Image.open(logo) as source:
            art = source.convert("RGBA")
        scale = min((r - l) / art.width, (b - t) / art.height)
        art = art.resize((max(1, round(art.width * scale)), max(1, round(art.height * scale))),
                         Image.Resampling.LANCZOS)
        at = (l + (r - l - art.width) // 2, t + (b - t - art.height) // 2)
        canvas.paste(art.convert("RGB"), at, art.getchannel("A"))
        return
    draw_text_box(canvas, kit, rect, city, colour=colour, font="display", align="center", max_lines=2,
                  min_size=min_size, required=False)


def logo_file(project: Project) -> Path | None:
    sha = project.info().logo_sha256
    if not sha or project.media(sha) is None:
        return None
    return project.media_file(sha)


def draw_qr(canvas: Image.Image, rect: tuple[int, int, int, int], url: str, *, radius_fraction: float = 0.06) -> None:
    """A QR code of ``url`` on a white rounded square filling ``rect`` (a square), quiet zone included."""
    from .qr import qr_image

    l, t, r, b = rect
    side = min(r - l, b - t)
    plate = Image.new("L", (side, side), 0)
    ImageDraw.Draw(plate).rounded_rectangle((0, 0, side - 1, side - 1), radius=round(side * radius_fraction), fill=255)
    canvas.paste((255, 255, 255), (l, t, l + side, t + side), plate)
    inner = round(side * 0.94)
    try:
        code = qr_image(url, inner)
    except ValueError:  # a small preview: the code drawn larger and scaled down (it need not scan there)
        from .qr import min_qr_side

        code = qr_image(url, min_qr_side(url)).resize((inner, inner), Image.Resampling.LANCZOS)
    canvas.paste(code, (l + (side - inner) // 2, t + (side - inner) // 2))


def draw_crop_marks(canvas: Image.Image, bleed: int, trim: tuple[int, int], dpi: float,
                    rects: Sequence[tuple[int, int, int, int]] | None = None) -> None:
    """Crop marks in the bleed at each corner of the trim box (or of each of ``rects``), on the trim lines.

    A mark stops 0.5 mm before the trim, so it is cut away; it is black with a white edge so that it
    shows on any background.
    """
    if bleed <= 0 and rects is None:
        return
    draw = ImageDraw.Draw(canvas)
    weight = max(1, round(0.1 / MM_PER_INCH * dpi))  # 0.1 mm
    clearance = max(1, round(0.5 / MM_PER_INCH * dpi))
    boxes = rects or [(bleed, bleed, bleed + trim[0], bleed + trim[1])]
    length = max(1, bleed - clearance) if rects is None else round(3 / MM_PER_INCH * dpi)
    for left, top, right, bottom in boxes:
        for x in (left, right):
            for y, sign in ((top, -1), (bottom, 1)):
                _mark(draw, (x, y + sign * clearance), (x, y + sign * (clearance + length)), weight)
        for y in (top, bottom):
            for x, sign in ((left, -1), (right, 1)):
                _mark(draw, (x + sign * clearance, y), (x + sign * (clearance + length), y), weight)


def _mark(draw: ImageDraw.ImageDraw, a: tuple[int, int], b: tuple[int, int], weight: int) -> None:
    draw.line((a, b), fill=(255, 255, 255), width=weight * 3)
    draw.line((a, b), fill=(0, 0, 0), width=weight)


# -- photos -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoSource:
    """What a worker needs to cut one photo into a tile: the reduced copies, the upright size, the faces."""

    contribution_id: int
    preview: Path
    thumbnail: Path
    size: tuple[int, int]
    faces: tuple[dict, ...] = ()
    saliency: tuple[tuple[int, ...], ...] | None = None

    @property
    def aspect(self) -> float:
        return self.size[0] / self.size[1] if self.size[1] else 1.0


def photo_source(project: Project, c: Contribution, *, with_saliency: bool = False) -> PhotoSource:
    from ..media.reduce import reduced_paths

    media = project.media(c.media_sha256)
    faces = project.faces(c.media_sha256)
    paths = reduced_paths(project.folder, c.media_sha256)
    saliency = project.saliency(c.media_sha256) if with_saliency and not (faces and faces[1]) else None
    size = (media.width or 1, media.height or 1) if media else (1, 1)
    return PhotoSource(c.id, paths.preview, paths.thumbnail, size, tuple(faces[1]) if faces else (),
                       tuple(tuple(row) for row in saliency) if saliency else None)


def face_crop(source: PhotoSource, aspect: float):
    """The face-aware crop (relative units) of ``source`` for a window of ``aspect``."""
    import numpy as np

    from ..crops import propose_crop
    from ..faces import Face

    faces = tuple(Face.from_dict(f) for f in source.faces)
    saliency = np.asarray(source.saliency, np.float32) / 255 if source.saliency else None
    return propose_crop(source.size, faces, aspect, saliency=saliency)


def cut_photo(source: PhotoSource, size: tuple[int, int], crop=None) -> Image.Image:
    """The photo cropped on its faces and resized to ``size``, decoded from the smallest reduced copy that has
    enough pixels, at a reduced JPEG scale (``draft``) when that still has enough."""
    import cv2
    import numpy as np

    width, height = max(1, size[0]), max(1, size[1])
    crop = crop or face_crop(source, width / height)
    from ..media.reduce import THUMB_SIDE

    ratio = min(1.0, THUMB_SIDE / max(source.size))
    thumb_w, thumb_h = source.size[0] * ratio, source.size[1] * ratio
    enough = crop.w * thumb_w >= 0.9 * width and crop.h * thumb_h >= 0.9 * height
    path = source.thumbnail if (enough or not source.preview.is_file()) and source.thumbnail.is_file() \
        else source.preview
    with Image.open(path) as image:
        need = max(width / max(crop.w * image.width, 1e-6), height / max(crop.h * image.height, 1e-6))
        if need < 0.5 and image.format == "JPEG":
            image.draft("RGB", (math.ceil(image.width * need), math.ceil(image.height * need)))
        image.load()
        pixels = np.asarray(image.convert("RGB"))
    h, w = pixels.shape[:2]
    x0 = min(w - 1, max(0, round(crop.x * w)))
    y0 = min(h - 1, max(0, round(crop.y * h)))
    x1 = max(x0 + 1, min(w, round((crop.x + crop.w) * w)))
    y1 = max(y0 + 1, min(h, round((crop.y + crop.h) * h)))
    region = pixels[y0:y1, x0:x1]
    shrinking = width <= region.shape[1] and height <= region.shape[0]
    resized = cv2.resize(region, (width, height), interpolation=cv2.INTER_AREA if shrinking else cv2.INTER_CUBIC)
    return Image.fromarray(resized, "RGB")


# -- files ------------------------------------------------------------------------------------------


def save_jpeg(image: Image.Image, path: Path, *, quality: int = 92, dpi: int | None = None) -> Path:
    """JPEG without EXIF, GPS, XMP or comment (Pillow writes none unless asked), atomically."""
    with atomic_path(path, durable=False) as tmp:
        save_image(image, tmp, "JPEG", quality=quality, **({"dpi": (dpi, dpi)} if dpi else {}))
    return path


def save_png(image: Image.Image, path: Path, *, dpi: int | None = None, compress_level: int = 6) -> Path:
    with atomic_path(path, durable=False) as tmp:
        save_image(image, tmp, "PNG", compress_level=compress_level, **({"dpi": (dpi, dpi)} if dpi else {}))
    return path


def write_alt_text(image_path: Path, text: str) -> Path:
    target = image_path.with_suffix(".alt.txt")
    with atomic_path(target, durable=False) as tmp:
        tmp.write_text(" ".join(text.split()) + "\n", encoding="utf-8")
    return target


def exports_dir(project_folder: Path, kind: str) -> Path:
    return Path(project_folder) / "exports" / kind


def contrast_ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    def luminance(c):
        channels = [v / 255 for v in c]
        linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mean_colour(canvas: Image.Image, rect: tuple[int, int, int, int]) -> tuple[int, int, int]:
    import numpy as np

    pixels = np.asarray(canvas.crop(rect).convert("RGB").resize((8, 8), Image.Resampling.BOX), np.float64)
    return tuple(int(v) for v in pixels.reshape(-1, 3).mean(axis=0))


def contrasting(kit: Kit, canvas: Image.Image, rect: tuple[int, int, int, int],
                candidates: Sequence[str] = ("text", "text_on_primary", "primary", "accent")) -> str:
    """The palette colour that reads best on the part of ``canvas`` under ``rect``."""
    mean = mean_colour(canvas, rect)
    return max(candidates, key=lambda name: contrast_ratio(rgb(kit, name), mean))


def compose_with_photos(kit: Kit, output_id: str, size: tuple[int, int], *, lang: str, bleed: int = 0,
                        photos: dict[str, Image.Image] | None = None) -> Image.Image:
    """RGB: background, the photos in their boxes (each already at the box's pixel size), the artwork over them."""
    full = (size[0] + 2 * bleed, size[1] + 2 * bleed)
    canvas = Image.new("RGB", full, rgb(kit, "background"))
    for name, image in (photos or {}).items():
        rect = box_px(kit, output_id, name, size, bleed)
        if rect is not None:
            canvas.paste(image, rect[:2])
    art = render_artwork(kit, output_id, size, lang=lang, bleed=bleed)
    canvas.paste(art.convert("RGB"), (0, 0), art.getchannel("A"))
    return canvas


def box_size(kit: Kit, output_id: str, name: str, size: tuple[int, int]) -> tuple[int, int]:
    l, t, r, b = box_px(kit, output_id, name, size)
    return (r - l, b - t)


def print_page(image: Image.Image, size_mm: tuple[float, float], bleed_mm: float = BLEED_MM, quality: int = 92):
    """A :class:`~icc_studio.core.assets.pdf.PdfPage` of ``image`` (the trimmed page + bleed)."""
    from .pdf import PdfPage, encode_jpeg

    return PdfPage(encode_jpeg(image, quality), image.size, (size_mm[0] + 2 * bleed_mm, size_mm[1] + 2 * bleed_mm),
                   bleed_mm)


@dataclass
class AssetResult:
    """What an asset job wrote (images, PDFs, alt texts) and which contributions it left out, and why."""

    files: list[Path]
    skipped: list[tuple[int, str]]

    def of_kind(self, suffix: str) -> list[Path]:
        return [p for p in self.files if p.name.endswith(suffix)]


QUOTE_MARKS: dict[str, tuple[str, str]] = {
    "en": ("“", "”"), "fr": ("« ", " »"), "de": ("„", "“"), "it": ("«", "»"), "es": ("«", "»"),
    "ar": ("«", "»"), "pt": ("«", "»"), "nl": ("“", "”"), "he": ("”", "“"),
}


def quoted(text: str, lang: str) -> str:
    opening, closing = QUOTE_MARKS.get((lang or "en").split("-")[0], ("“", "”"))
    return f"{opening}{text.strip()}{closing}"
