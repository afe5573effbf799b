"""A kit picker thumbnail: the artwork over a neutral placeholder photo, with the kit's texts."""

from __future__ import annotations

from PIL import Image, ImageColor, ImageDraw

from .artwork import paint_mask, render_artwork
from .model import Kit
from .text import text_mask

PREVIEW_COUNTDOWN_DAYS = 7
_MAX_LINES = {"title": 2, "number": 1, "countdown": 2, "caption": 3, "quote": 5, "message": 4,
              "name": 2, "hashtags": 2}


def _placeholder(size: tuple[int, int], photo: tuple[int, int, int, int] | None, mosaic: bool) -> Image.Image:
    """A soft blue-grey gradient with a quiet portrait silhouette (or a grid of tiles for collages)."""
    w, h = size
    top, bottom = (226, 231, 237), (176, 187, 201)
    column = Image.new("RGB", (1, 256))
    column.putdata([tuple(round(a + (b - a) * i / 255) for a, b in zip(top, bottom)) for i in range(256)])
    image = column.resize((w, h), Image.Resampling.BILINEAR)
    if photo is None:
        return image
    draw = ImageDraw.Draw(image)
    l, t, r, b = photo
    if mosaic:
        tile = max(8, (r - l) // 9)
        for i, y in enumerate(range(t, b, tile)):
            for j, x in enumerate(range(l, r, tile)):
                shade = 150 + (i * 37 + j * 53) % 80
                draw.rectangle((x + 2, y + 2, x + tile - 2, y + tile - 2), fill=(shade, shade + 6, shade + 14))
        return image
    pw, ph = r - l, b - t
    head = min(pw, ph) * 0.17
    cx, cy = l + pw / 2, t + ph * 0.44
    shade = (202, 210, 220)
    draw.ellipse((cx - head, cy - head * 1.15, cx + head, cy + head * 1.15), fill=shade)
    draw.rounded_rectangle((cx - head * 2.3, cy + head * 1.45, cx + head * 2.3, cy + head * 5), radius=head * 1.2,
                           fill=shade)
    return image


def _sample_texts(kit: Kit, lang: str) -> dict[str, str]:
    suggestion = kit.suggestions(lang)[0]
    return {
        "title": kit.text("title", lang),
        "caption": kit.text("tagline", lang),
        "quote": kit.text("tagline", lang),
        "message": kit.text("message_template", lang).format(message=suggestion),
        "number": str(PREVIEW_COUNTDOWN_DAYS),
        "countdown": kit.countdown_text(PREVIEW_COUNTDOWN_DAYS, lang),
        "hashtags": " ".join(kit.hashtags),
    }


def render_kit_preview(kit: Kit, output_id: str, size: tuple[int, int], lang: str) -> Image.Image:
    """RGB: ``output_id`` as it will look, with a placeholder photo and the kit's own texts in ``lang``."""
    template = kit.template(output_id)
    photo_box = template.box("photo")
    photo = photo_box.to_pixels(size) if photo_box else None
    canvas = _placeholder(size, photo, output_id.startswith("collage")).convert("RGBA")
    canvas.alpha_composite(render_artwork(kit, output_id, size, lang=lang))
    for name, text in _sample_texts(kit, lang).items():
        box = template.box(name)
        if box is None:
            continue
        l, t, r, b = box.to_pixels(size)
        mask = text_mask(text, (max(1, r - l), max(1, b - t)), kit.font_path(box.font), align=box.align,
                         max_lines=_MAX_LINES.get(name, 3), max_size=None if name == "number" else int(min(size) * 0.085))
        paint_mask(canvas, mask, (l, t), ImageColor.getrgb(kit.color(box.color))[:3] + (255,))
    return canvas.convert("RGB")
