"""Postcards: A6 (105×148 mm) front and back with 3 mm bleed, and 4-up on A4 for town-hall printers.

Front: the resident's photo in the kit's frame, cut on the faces, with their "I am …" in
their language. Back: the campaign's message, the city's logo (or name), a QR code to the
campaign page, the stamp box and address lines, the hashtags.

Per card, a two-page PDF (front, back) at A6 + bleed with crop marks. For office printers,
sheets of A4 with four cards each, fronts then backs: the four A6 cards fill the A4 sheet
edge to edge (2 × 105 = 210 mm, 2 × 148 = 296 mm), so there is no room for bleed; two cuts
(marked at the sheet's edges) separate them. The back sheet is mirrored left to right, so
that after printing on both sides (flip on the long edge) each back falls behind its front.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit
from ..render.photos import caption_text, slug
from ..store import Project, Purpose
from .common import (
    BLEED_MM, DEFAULT_CAMPAIGN_URL, MM_PER_INCH, PAPERS, AssetResult, PhotoSource, box_px, box_size,
    compose_with_photos, contrasting, cut_photo, draw_crop_marks, draw_logo, draw_qr, draw_template_text, eligible,
    exports_dir, face_crop, hashtags_line, logo_file, min_text_px, mm_to_px, photo_source, print_page, save_jpeg,
    write_alt_text,
)
from .errors import NothingToRender
from .pdf import PdfPage, encode_jpeg, write_pdf


@dataclass(frozen=True)
class PostcardSpec:
    project: Path
    contribution_ids: tuple[int, ...] | None = None  # None: every photo whose consent covers print
    qr_url: str | None = None
    sheets: bool = True  # also the 4-up A4 sheets
    out_dir: Path | None = None


@dataclass(frozen=True)
class CardText:
    caption: str
    language: str
    city: str
    hashtags: str
    qr_url: str


def compose_front(kit: Kit, photo: PhotoSource | None, text: CardText, *, dpi: int = 300, bleed: bool = True,
                  logo: Path | None = None) -> Image.Image:
    template = kit.template("postcard_front")
    size = (mm_to_px(template.size_mm[0], dpi), mm_to_px(template.size_mm[1], dpi))
    margin = mm_to_px(BLEED_MM, dpi) if bleed else 0
    photos = {}
    if photo is not None:
        window = box_size(kit, "postcard_front", "photo", size)
        photos["photo"] = cut_photo(photo, window, face_crop(photo, window[0] / window[1]))
    lang = kit.resolve_language(text.language)
    canvas = compose_with_photos(kit, "postcard_front", size, lang=lang, bleed=margin, photos=photos)
    minimum = min_text_px(dpi)
    draw_template_text(canvas, kit, "postcard_front", "caption", caption_text(kit, text.caption, text.language), size,
                       offset=margin, lang=text.language, max_lines=3, min_size=minimum)
    rect = box_px(kit, "postcard_front", "logo", size, margin)
    if rect:
        draw_logo(canvas, kit, rect, city=text.city, colour=contrasting(kit, canvas, rect), logo=logo,
                  min_size=minimum)
    if margin:
        draw_crop_marks(canvas, margin, size, dpi)
    return canvas


def compose_back(kit: Kit, text: CardText, *, dpi: int = 300, bleed: bool = True,
                 logo: Path | None = None) -> Image.Image:
    template = kit.template("postcard_back")
    size = (mm_to_px(template.size_mm[0], dpi), mm_to_px(template.size_mm[1], dpi))
    margin = mm_to_px(BLEED_MM, dpi) if bleed else 0
    lang = kit.resolve_language(text.language)
    canvas = compose_with_photos(kit, "postcard_back", size, lang=lang, bleed=margin)
    minimum = min_text_px(dpi)
    draw_template_text(canvas, kit, "postcard_back", "message", kit.text("tagline", lang), size, offset=margin,
                       lang=lang, max_lines=5, min_size=minimum)
    draw_template_text(canvas, kit, "postcard_back", "hashtags", text.hashtags, size, offset=margin, max_lines=2,
                       min_size=round(minimum * 0.85), required=False)
    logo_rect = box_px(kit, "postcard_back", "logo", size, margin)
    stamp = box_px(kit, "postcard_back", "stamp", size, margin)
    if logo_rect:
        draw_logo(canvas, kit, logo_rect, city=text.city, colour=contrasting(kit, canvas, logo_rect), logo=logo,
                  min_size=minimum)
    if stamp and logo_rect:  # the QR code between the logo and the stamp, as tall as the stamp box
        side = stamp[3] - stamp[1]
        gap = round(size[0] * 0.04)
        left = max(logo_rect[2] + gap, stamp[0] - gap - side)
        draw_qr(canvas, (left, stamp[1], left + side, stamp[3]), text.qr_url)
    if margin:
        draw_crop_marks(canvas, margin, size, dpi)
    return canvas


def four_up(cards: list[Image.Image], *, dpi: int = 300, mirrored: bool = False) -> Image.Image:
    """Up to four trimmed A6 cards (no bleed) on an A4 sheet, with cut marks at the sheet's edges."""
    sheet_size = (mm_to_px(PAPERS["A4"][0], dpi), mm_to_px(PAPERS["A4"][1], dpi))
    sheet = Image.new("RGB", sheet_size, (255, 255, 255))
    card_w, card_h = mm_to_px(PAPERS["A6"][0], dpi), mm_to_px(PAPERS["A6"][1], dpi)
    top = (sheet_size[1] - 2 * card_h) // 2
    for index, card in enumerate(cards[:4]):
        row, col = divmod(index, 2)
        if mirrored:
            col = 1 - col
        sheet.paste(card.resize((card_w, card_h)) if card.size != (card_w, card_h) else card,
                    (col * card_w, top + row * card_h))
    draw = ImageDraw.Draw(sheet)
    weight = max(1, round(0.15 / MM_PER_INCH * dpi))
    length = mm_to_px(4, dpi)
    middle_x, middle_y = card_w, top + card_h
    for a, b in (((middle_x, 0), (middle_x, length)), ((middle_x, sheet_size[1] - length), (middle_x, sheet_size[1])),
                 ((0, middle_y), (length, middle_y)), ((sheet_size[0] - length, middle_y), (sheet_size[0], middle_y))):
        draw.line((a, b), fill=(255, 255, 255), width=weight * 3)
        draw.line((a, b), fill=(0, 0, 0), width=weight)
    return sheet


def render_postcards(spec: PostcardSpec, *, progress: ProgressFn = no_progress,
                     cancel: CancelToken = NEVER_CANCELLED) -> AssetResult:
    with Project.open(spec.project) as project:
        info = project.info()
        kit = load_builtin_kit(info.kit_id)
        chosen, skipped = eligible(project, Purpose.PRINT_POSTER)
        if spec.contribution_ids is not None:
            wanted = set(spec.contribution_ids)
            skipped = [s for s in skipped if s[0] in wanted]
            chosen = [c for c in chosen if c.id in wanted]
        if not chosen:
            raise NothingToRender("postcards", "no approved photo has consent for print")
        cards = [(c, photo_source(project, c)) for c in chosen]
        logo = logo_file(project)
    tags = hashtags_line(kit, info.hashtags)
    out = spec.out_dir or exports_dir(spec.project, "postcards")
    template = kit.template("postcard_front")
    files: list[Path] = []
    fronts, backs = [], []
    total = len(cards) + (1 if spec.sheets else 0)
    progress(0, total, "")
    for number, (c, source) in enumerate(cards, 1):
        cancel.check()
        text = CardText(c.caption, c.language or kit.default_language, info.city, tags,
                        spec.qr_url or DEFAULT_CAMPAIGN_URL)
        front = compose_front(kit, source, text, logo=logo, dpi=template.dpi)
        back = compose_back(kit, text, logo=logo, dpi=template.dpi)
        stem = f"{slug(info.city)}_{kit.id}_postcard_c{c.id:04d}"
        files.append(write_pdf(out / f"{stem}_A6.pdf", [print_page(front, template.size_mm),
                                                        print_page(back, template.size_mm)], title=stem))
        proof = save_jpeg(front, out / f"{stem}_front.jpg")
        files += [proof, write_alt_text(proof, c.alt_text or caption_text(kit, c.caption, text.language))]
        if spec.sheets:
            trim = mm_to_px(BLEED_MM, template.dpi)
            fronts.append(front.crop((trim, trim, front.width - trim, front.height - trim)))
            backs.append(back.crop((trim, trim, back.width - trim, back.height - trim)))
        progress(number, total, f"#{c.id}")
    if spec.sheets and fronts:
        pages = []
        a4 = PAPERS["A4"]
        for start in range(0, len(fronts), 4):
            cancel.check()
            for group, mirrored in ((fronts, False), (backs, True)):
                sheet = four_up(group[start:start + 4], dpi=template.dpi, mirrored=mirrored)
                pages.append(PdfPage(encode_jpeg(sheet), sheet.size, (float(a4[0]), float(a4[1])), 0.0))
        files.append(write_pdf(out / f"{slug(info.city)}_{kit.id}_postcards_4up_A4.pdf", pages,
                               title="postcards 4-up"))
        progress(total, total, "")
    return AssetResult(files, skipped)
