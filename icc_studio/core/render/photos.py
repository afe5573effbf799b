"""Compose one framed photo output: the resident's photo in the kit's window, the artwork, the caption.

The same function draws the export (at the template's size) and the GUI preview (at a
smaller ``size``): the template's boxes are relative, so what staff see is what they get.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageColor

from ..kits import Kit, load_kit, render_artwork
from ..text import check_message_length, render_text

# The framed formats every approved photo is rendered in (design.md, "What it produces").
PHOTO_OUTPUTS = ("feed_square", "feed_portrait", "story", "profile", "x_header")
CIRCULAR_OUTPUTS = frozenset({"profile"})
RENDERER_VERSION = "photos-3"
MIN_TEXT_FRACTION = 0.022  # smallest caption size, as a fraction of the output's short side (24 px on 1080)


@dataclass(frozen=True)
class CropRect:
    """A crop in relative units (0–1) of the upright photo."""

    x: float
    y: float
    w: float
    h: float


def photo_box(kit: Kit, output_id: str, size: tuple[int, int] | None = None) -> tuple[int, int, int, int]:
    template = kit.template(output_id)
    box = template.box("photo")
    if box is None:
        raise ValueError(f"template {output_id} of kit {kit.id} has no photo window")
    return box.to_pixels(size or template.size)


def photo_aspect(kit: Kit, output_id: str) -> float:
    """Width / height of the photo window of ``output_id``, in pixels."""
    left, top, right, bottom = photo_box(kit, output_id)
    return (right - left) / (bottom - top)


def caption_text(kit: Kit, message: str, lang: str) -> str:
    """The resident's message inside the kit's template ("I am {message}") in their language."""
    message = " ".join(message.split())
    if not message:
        return ""
    if kit.resolve_language(lang) != lang.split("-")[0]:
        return message  # the kit has no template in this language: never wrap it in another language's
    template = kit.text("message_template", lang)
    if "{message}" not in template:
        return message
    return template.replace("{message}", message)


def kit_for_worker(kit_path: Path) -> Kit:
    """The kit in a worker process (``load_kit`` keeps it for the process's next tasks)."""
    return load_kit(kit_path)


_LAYERS: dict[tuple, tuple[Image.Image, Image.Image, Image.Image]] = {}


def _artwork_layers(kit: Kit, output_id: str, lang: str, size: tuple[int, int]) -> tuple[Image.Image, Image.Image, Image.Image]:
    """(background, artwork RGB, artwork alpha) of an output, computed once per process."""
    key = (str(kit.path), kit.version, output_id, lang, size)
    layers = _LAYERS.get(key)
    if layers is None:
        if len(_LAYERS) > 64:
            _LAYERS.clear()
        artwork = render_artwork(kit, output_id, size, lang=lang)
        background = Image.new("RGB", size, ImageColor.getrgb(kit.color("background"))[:3])
        layers = _LAYERS[key] = (background, artwork.convert("RGB"), artwork.getchannel("A"))
    return layers


def compose_photo(
    kit: Kit,
    output_id: str,
    photo: Image.Image,
    crop: CropRect,
    *,
    caption: str,
    lang: str,
    size: tuple[int, int] | None = None,
) -> Image.Image:
    """The framed output as an RGB image of ``size`` (default: the template's size)."""
    template = kit.template(output_id)
    size = size or template.size
    background, art_rgb, art_alpha = _artwork_layers(kit, output_id, kit.resolve_language(lang), size)
    left, top, right, bottom = photo_box(kit, output_id, size)
    canvas = _flattened(kit, output_id, kit.resolve_language(lang), size).copy()
    window = resize_region(photo, crop, (right - left, bottom - top))
    canvas.paste(window, (left, top))
    # The artwork over the photo, blended only inside the window (outside it is already flattened).
    canvas.paste(art_rgb.crop((left, top, right, bottom)), (left, top), art_alpha.crop((left, top, right, bottom)))
    texts = {"caption": (caption_text(kit, caption, lang), lang), "title": (kit.text("title", lang), None)}
    short_side = min(size)
    for name, (text, language) in texts.items():
        box = template.box(name)
        if box is None or not text:
            continue
        l, t, r, b = box.to_pixels(size)
        block = render_text(text, (max(1, r - l), max(1, b - t)), font_file=kit.font_path(box.font), align=box.align,
                            max_lines=3, min_size=max(6, round(short_side * MIN_TEXT_FRACTION)),
                            max_size=round(short_side * 0.085), language=language, padding=max(1, short_side // 200))
        colour = Image.new("RGB", block.mask.size, ImageColor.getrgb(kit.color(box.color))[:3])
        canvas.paste(colour, (l, t), block.mask)
    return canvas


def check_caption(kit: Kit, message: str) -> None:
    """Raise :class:`~icc_studio.core.text.MessageTooLong` when the message exceeds the kit's limit."""
    check_message_length(message, kit.limits.message_max_length)


def _flattened(kit: Kit, output_id: str, lang: str, size: tuple[int, int]) -> Image.Image:
    key = ("flat", str(kit.path), kit.version, output_id, lang, size)
    flat = _LAYERS.get(key)
    if flat is None:
        background, art_rgb, art_alpha = _artwork_layers(kit, output_id, lang, size)
        flat = background.copy()
        flat.paste(art_rgb, (0, 0), art_alpha)
        _LAYERS[key] = flat
    return flat


def resize_region(photo: Image.Image, crop: CropRect, size: tuple[int, int]) -> Image.Image:
    """The ``crop`` of ``photo`` resized to ``size``: area averaging when shrinking, bicubic when enlarging."""
    import cv2
    import numpy as np

    x0 = min(photo.width - 1, max(0, round(crop.x * photo.width)))
    y0 = min(photo.height - 1, max(0, round(crop.y * photo.height)))
    x1 = max(x0 + 1, min(photo.width, round((crop.x + crop.w) * photo.width)))
    y1 = max(y0 + 1, min(photo.height, round((crop.y + crop.h) * photo.height)))
    region = np.asarray(photo)[y0:y1, x0:x1]
    shrinking = size[0] <= region.shape[1] and size[1] <= region.shape[0]
    resized = cv2.resize(region, size, interpolation=cv2.INTER_AREA if shrinking else cv2.INTER_CUBIC)
    return Image.fromarray(resized, "RGB")


def source_pixels_needed(kit: Kit, output_id: str, crop: CropRect, photo_size: tuple[int, int]) -> float:
    """How many times larger the window is than the cropped region of a photo of ``photo_size`` (> 1: upscaling)."""
    left, top, right, bottom = photo_box(kit, output_id)
    return max((right - left) / max(1e-6, crop.w * photo_size[0]), (bottom - top) / max(1e-6, crop.h * photo_size[1]))


def slug(text: str) -> str:
    """A file-name-safe ASCII form of a name ("Lindaval-sur-Mer" → "lindaval-sur-mer")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return cleaned or "city"


def output_file_name(city: str, kit_id: str, output_id: str, contribution_id: int) -> str:
    return f"{slug(city)}_{kit_id}_{output_id.replace('_', '-')}_c{contribution_id:04d}.jpg"
