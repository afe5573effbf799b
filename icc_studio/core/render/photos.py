"""Compose one framed photo output: the resident's photo in the kit's window, the artwork, the caption.

The same function draws the export (at the template's size) and the GUI preview (at a
smaller ``size``): the template's boxes are relative, so what staff see is what they get.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageColor

from ..kits import Kit, load_vouched_kit, render_artwork
from ..media.resample import resample
from ..text import TextBlock, check_message_length, render_text

# The framed formats every approved photo is rendered in (design.md, "What it produces").
PHOTO_OUTPUTS = ("feed_square", "feed_portrait", "story", "profile", "x_header")
CIRCULAR_OUTPUTS = frozenset({"profile"})
RENDERER_VERSION = "photos-4"
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


def kit_for_worker(kit_path: Path, sha256: str) -> Kit:
    """The kit in a worker process, validated by the calling process with this manifest digest
    (kept for the process's next tasks)."""
    return load_vouched_kit(kit_path, sha256)


_LAYERS: dict[tuple, tuple[Image.Image, list]] = {}


def warm_renderer(kit_path: Path, sha256: str, outputs: tuple[str, ...], languages: tuple[str, ...]) -> None:
    """Prepare, in this process, what composing ``outputs`` in ``languages`` needs: the kit, each output's
    artwork layers and title, the caption's fonts (about 0.2 s for the five formats in one language).
    A render's worker processes do this as they start, while the job is still being planned."""
    kit = kit_for_worker(kit_path, sha256)
    pixel = np.zeros((8, 8, 3), np.uint8)
    for lang in languages:
        for output in outputs:
            compose_photo(kit, output, pixel, CropRect(0.0, 0.0, 1.0, 1.0), caption="a", lang=lang, reuse=True)


def _prepared(kit: Kit, output_id: str, lang: str, size: tuple[int, int]) -> tuple[Image.Image, list]:
    """(the template flattened: background and artwork, the artwork over the photo window in pieces) of an
    output, made once per process. The full-size artwork layers they come from are not kept: only what
    composing needs stays in memory (about half as much, for each format and language)."""
    key = (str(kit.path), kit.version, output_id, lang, size)
    found = _LAYERS.get(key)
    if found is None:
        if len(_LAYERS) > 64:
            _LAYERS.clear()
        artwork = render_artwork(kit, output_id, size, lang=lang)
        art_rgb, art_alpha = artwork.convert("RGB"), artwork.getchannel("A")
        flat = Image.new("RGB", size, ImageColor.getrgb(kit.color("background"))[:3])
        flat.paste(art_rgb, (0, 0), art_alpha)
        found = _LAYERS[key] = (flat, _window_pieces(art_rgb, art_alpha, photo_box(kit, output_id, size)))
    return found


def compose_photo(
    kit: Kit,
    output_id: str,
    photo: Image.Image | np.ndarray,
    crop: CropRect,
    *,
    caption: str,
    lang: str,
    size: tuple[int, int] | None = None,
    reuse: bool = False,
) -> Image.Image:
    """The framed output as an RGB image of ``size`` (default: the template's size).

    ``photo`` is the upright RGB photo, as an image or as its H×W×3 pixels (cheaper when
    one photo is composed in several formats). It is not modified.

    ``reuse`` composes into this process's own canvas of the output, kept from the previous
    call, instead of a fresh copy of the whole template (up to 8 MB a format): only the photo
    window and the caption's box change from one photo to the next. The image returned is then
    only good until the next such call: for the render job, which saves it at once."""
    template = kit.template(output_id)
    size = size or template.size
    resolved = kit.resolve_language(lang)
    window_box = photo_box(kit, output_id, size)
    left, top, right, bottom = window_box
    title = (kit.text("title", lang), None)
    canvas = _reused_canvas(kit, template, output_id, lang, size, window_box, title) if reuse else None
    if canvas is None:
        canvas = _flattened(kit, output_id, resolved, size).copy()
        titled = False
    else:
        titled = True
    window = resize_region(photo, crop, (right - left, bottom - top))
    canvas.paste(window, (left, top))
    # The artwork over the photo, blended only inside the window (outside it is already
    # flattened), and only where the artwork is not transparent.
    for xy, piece_rgb, piece_alpha in _window_overlay(kit, output_id, resolved, size):
        canvas.paste(piece_rgb, xy, piece_alpha)
    _draw_text(canvas, kit, template, "caption", (caption_text(kit, caption, lang), lang), size)
    if not titled:
        _draw_text(canvas, kit, template, "title", title, size)
    return canvas


def _draw_text(canvas: Image.Image, kit: Kit, template, name: str, text_lang: tuple[str, str | None],
               size: tuple[int, int]) -> None:
    """The template's text box ``name`` filled with ``text`` (caption or title) on ``canvas``."""
    text, language = text_lang
    box = template.box(name)
    if box is None or not text:
        return
    l, t, r, b = box.to_pixels(size)
    short_side = min(size)
    options = dict(font_file=kit.font_path(box.font), align=box.align, max_lines=3,
                   min_size=max(6, round(short_side * MIN_TEXT_FRACTION)), max_size=round(short_side * 0.085),
                   language=language, padding=max(1, short_side // 200))
    if name == "title":  # the same on every photo: drawn once per process
        block = _cached_text(text, (max(1, r - l), max(1, b - t)), tuple(sorted(options.items())))
    else:
        block = render_text(text, (max(1, r - l), max(1, b - t)), **options)
    width, height = block.mask.size  # a solid colour through the mask: no image of that colour is made
    canvas.paste(ImageColor.getrgb(kit.color(box.color))[:3], (l, t, l + width, t + height), block.mask)


_CANVASES: dict[tuple, tuple[Image.Image, tuple[int, int, int, int] | None, Image.Image | None]] = {}


def _reused_canvas(kit: Kit, template, output_id: str, lang: str, size: tuple[int, int],
                   window: tuple[int, int, int, int], title: tuple[str, None]) -> Image.Image | None:
    """This process's canvas of the output, ready for the next photo: the template with its title
    (drawn once) and the previous caption wiped from its box. ``None`` when the caption, title and
    photo window overlap (a kit of one's own may do that): the order of drawing then matters."""
    caption_box = template.box("caption")
    title_box = template.box("title")
    boxes = [b.to_pixels(size) for b in (caption_box, title_box) if b is not None]
    if any(_overlap(x, y) for i, x in enumerate([*boxes, window]) for y in [*boxes, window][i + 1:]):
        return None
    key = (str(kit.path), kit.version, output_id, lang, size)
    found = _CANVASES.get(key)
    if found is None:
        if len(_CANVASES) > 64:
            _CANVASES.clear()
        canvas = _flattened(kit, output_id, kit.resolve_language(lang), size).copy()
        _draw_text(canvas, kit, template, "title", title, size)
        caption_pixels = caption_box.to_pixels(size) if caption_box else None
        # What lies under the caption, kept to wipe each caption (the canvas itself is the only full copy).
        found = _CANVASES[key] = (canvas, caption_pixels, canvas.crop(caption_pixels) if caption_pixels else None)
    canvas, caption_pixels, under_caption = found
    if caption_pixels is not None and under_caption is not None:
        canvas.paste(under_caption, caption_pixels[:2])
    return canvas


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check_caption(kit: Kit, message: str) -> None:
    """Raise :class:`~icc_studio.core.text.MessageTooLong` when the message exceeds the kit's limit."""
    check_message_length(message, kit.limits.message_max_length)


@functools.lru_cache(maxsize=64)
def _cached_text(text: str, size: tuple[int, int], options: tuple) -> TextBlock:
    return render_text(text, size, **dict(options))


#: Height of the bands in which the artwork over the photo window is cut (see _window_overlay).
_OVERLAY_BAND = 32


def _window_overlay(kit: Kit, output_id: str, lang: str, size: tuple[int, int]) -> list:
    """The artwork over the photo window as pieces ``((x, y), rgb, alpha or None)``, once per process."""
    return _prepared(kit, output_id, lang, size)[1]


def _window_pieces(art_rgb: Image.Image, art_alpha: Image.Image, window: tuple[int, int, int, int]) -> list:
    """The artwork over ``window`` as pieces ``((x, y), rgb, alpha or None)``.

    The window is cut into bands; each band keeps only the columns where the artwork is
    not transparent (a frame's border, a badge), and a piece that is opaque throughout
    is pasted without blending. Blending the whole window instead cost about 2 ms per output.
    """
    left, top, right, bottom = window
    alpha = np.asarray(art_alpha)
    pieces = []
    for y0 in range(top, bottom, _OVERLAY_BAND):
        y1 = min(bottom, y0 + _OVERLAY_BAND)
        band = alpha[y0:y1, left:right]
        for start, end, opaque in _overlay_runs(band.any(axis=0), (band == 255).all(axis=0)):
            box = (left + start, y0, left + end, y1)
            pieces.append(((box[0], y0), art_rgb.crop(box), None if opaque else art_alpha.crop(box)))
    return pieces


#: Opaque stretches narrower than this stay in the blended piece around them (a paste costs more than it saves).
_OPAQUE_RUN = 48


def _overlay_runs(covered: np.ndarray, opaque: np.ndarray) -> list[tuple[int, int, bool]]:
    """The columns of a band to paste, as (start, end, opaque) runs: the covered stretches (artwork not
    transparent), each cut where a long stretch is opaque throughout. A circular profile filter covers the
    window's corners opaquely and leaves its middle clear: its bands become two opaque corners, two thin
    blended edges and nothing in between, instead of the whole width blended (1.5 ms an output saved)."""
    runs: list[tuple[int, int, bool]] = []
    for start, end in _true_runs(covered):
        cursor = start
        for o_start, o_end in _true_runs(opaque[start:end]):
            o_start, o_end = o_start + start, o_end + start
            if o_end - o_start < _OPAQUE_RUN:
                continue
            if o_start > cursor:
                runs.append((cursor, o_start, False))
            runs.append((o_start, o_end, True))
            cursor = o_end
        if cursor < end:
            runs.append((cursor, end, bool(opaque[cursor:end].all())))
    return runs


def _true_runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each stretch of True values in a 1-D boolean array."""
    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]


def _flattened(kit: Kit, output_id: str, lang: str, size: tuple[int, int]) -> Image.Image:
    """The template of an output with its artwork, without photo or texts (shared: copy it to draw on it)."""
    return _prepared(kit, output_id, lang, size)[0]


def resize_region(photo: Image.Image | np.ndarray, crop: CropRect, size: tuple[int, int]) -> Image.Image:
    """The ``crop`` of ``photo`` (an RGB image, or its H×W×3 pixels) resized to ``size``
    (see :func:`~icc_studio.core.media.resample.resample`)."""
    pixels = np.asarray(photo)  # a copy for a PIL image: pass the array when rendering several outputs
    height, width = pixels.shape[:2]
    x0 = min(width - 1, max(0, round(crop.x * width)))
    y0 = min(height - 1, max(0, round(crop.y * height)))
    x1 = max(x0 + 1, min(width, round((crop.x + crop.w) * width)))
    y1 = max(y0 + 1, min(height, round((crop.y + crop.h) * height)))
    region = pixels[y0:y1, x0:x1]
    return Image.fromarray(resample(region, size), "RGB")


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
