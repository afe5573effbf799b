"""Decode a photo once, upright and in sRGB, at the size it is needed, and keep reduced copies.

Every photo is decoded at import to make a *preview* (long side ``PREVIEW_SIDE``) and a
*thumbnail*; renders and the GUI use those and never decode the original again unless a
render needs more pixels than the preview holds.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

PREVIEW_SIDE = 2048
THUMB_SIDE = 320
# A decode at a reduced JPEG scale is taken when it gives at least this share of the size
# asked for: a 4000-px photo decodes at half scale (2000 px) for a 2048-px preview, which
# is twice as fast as a full decode followed by a resampling.
DRAFT_TOLERANCE = 0.75


@dataclass(frozen=True)
class ReducedPaths:
    preview: Path
    thumbnail: Path


def reduced_paths(project_folder: Path, sha256: str) -> ReducedPaths:
    base = project_folder / "cache"
    return ReducedPaths(
        preview=base / "preview" / sha256[:2] / f"{sha256}.jpg",
        thumbnail=base / "thumbs" / sha256[:2] / f"{sha256}_{THUMB_SIDE}.jpg",
    )


def load_photo(path: Path, *, max_side: int | None = None):
    """The photo at ``path`` as an upright 8-bit sRGB ``RGB`` image, at least ``max_side`` on its long side
    when the original is that large (decoded at a reduced scale where the format allows it).

    Applies the EXIF orientation, converts CMYK, greyscale, 16-bit and palette images, flattens
    transparency on white, and converts embedded ICC profiles to sRGB. GIF and other animated
    formats give their first frame.
    """
    from PIL import Image, ImageOps

    from .probe import _register_heif, exif_orientation

    _register_heif()
    with Image.open(path) as image:
        if max_side and image.format == "JPEG":
            scale = max(image.size) / (max_side * DRAFT_TOLERANCE)
            if scale >= 2:
                image.draft(image.mode if image.mode in ("RGB", "L", "CMYK") else "RGB",
                            (int(image.width / scale) + 1, int(image.height / scale) + 1))
        image.seek(0)
        image.load()
        icc = image.info.get("icc_profile")
        orientation = exif_orientation(image)
        frame = _to_rgb(_reduce_early(image, max_side), icc)
    if orientation in (2, 3, 4, 5, 6, 7, 8):
        frame = frame.transpose(_TRANSPOSE[orientation])
    if max_side and max(frame.size) > max_side:
        frame = _shrink(frame, max_side)
    return frame


# Modes Image.reduce() averages in place of a full-size conversion.
_REDUCIBLE = ("L", "LA", "RGB", "RGBA", "CMYK", "I", "F")


def _reduce_early(image, max_side: int | None):
    """A huge picture (a 90-MP PNG) averaged down by a whole factor in its own mode, before the
    conversions to RGB: they then work on a few megapixels instead of copying every pixel several times
    (a 90-MP 16-bit PNG of 200 kB needed 1.2 GB; now a quarter of it)."""
    factor = max(image.size) // max_side if max_side else 0
    if factor < 2:
        return image
    from PIL import Image

    size = (max(1, image.width // factor), max(1, image.height // factor))
    if image.mode in _REDUCIBLE:
        reduced = image.reduce(factor)
    elif image.mode.startswith("I;16"):
        reduced = image.resize(size, Image.Resampling.BOX)
    elif image.mode in ("P", "PA", "1") and factor >= 4:
        # Palette indices cannot be averaged: every other pixel is kept here, the final shrink averages the rest.
        half = factor // 2
        reduced = image.resize((max(1, image.width // half), max(1, image.height // half)), Image.Resampling.NEAREST)
    else:
        return image
    reduced.info = dict(image.info)
    return reduced


def _to_rgb(image, icc: bytes | None):
    from PIL import Image

    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        array = np.asarray(image, dtype=np.uint32)
        peak = 65535 if mode.startswith("I;16") or array.max() > 255 else 255
        image = Image.fromarray((array * 255 // max(peak, 1)).astype(np.uint8), "L")
        mode = "L"
    elif mode == "F":
        array = np.clip(np.asarray(image), 0, 1 if np.asarray(image).max() <= 1 else 255)
        scale = 255 if array.max() <= 1 else 1
        image = Image.fromarray((array * scale).astype(np.uint8), "L")
        mode = "L"
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return _icc_to_srgb(flat, icc if mode.startswith("RGB") else None)
    if mode in ("CMYK", "RGB", "L", "YCbCr", "LAB") and icc:
        converted = _icc_to_srgb(image, icc)
        if converted is not None:
            return converted
    return image if mode == "RGB" else image.convert("RGB")  # converting RGB to RGB copies every pixel


def _icc_to_srgb(image, icc: bytes | None):
    """Convert with the embedded profile to sRGB; ``None`` (or the RGB image) when there is nothing to do."""
    if not icc:
        return image.convert("RGB") if image.mode != "RGB" else image
    from PIL import ImageCms

    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        description = ImageCms.getProfileDescription(source).lower()
        if image.mode == "RGB" and "srgb" in description:
            return image
        return ImageCms.profileToProfile(image, source, _srgb_profile(), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image.convert("RGB")  # a broken profile: fall back to the plain conversion


_SRGB = None


def _srgb_profile():
    global _SRGB
    if _SRGB is None:
        from PIL import ImageCms

        _SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return _SRGB


def _shrink(image, max_side: int):
    from PIL import Image

    scale = max_side / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _transpose_table():
    from PIL import Image

    T = Image.Transpose
    return {2: T.FLIP_LEFT_RIGHT, 3: T.ROTATE_180, 4: T.FLIP_TOP_BOTTOM, 5: T.TRANSPOSE,
            6: T.ROTATE_270, 7: T.TRANSVERSE, 8: T.ROTATE_90}


class _LazyTranspose(dict):
    def __missing__(self, key):
        self.update(_transpose_table())
        return dict.__getitem__(self, key)


_TRANSPOSE = _LazyTranspose()


def save_reduced_copies(image, paths: ReducedPaths):
    """Write the preview and thumbnail of an upright sRGB image (atomically, no metadata);
    returns the thumbnail (a PIL image), for other work that needs a small copy."""
    from PIL import Image

    from ..fileio import atomic_path, save_image

    preview = image if max(image.size) <= PREVIEW_SIDE else _shrink(image, PREVIEW_SIDE)
    with atomic_path(paths.preview, durable=False) as tmp:  # rebuildable from the original
        save_image(preview, tmp, "JPEG", quality=90)
    ratio = THUMB_SIDE / max(preview.size)
    # reducing_gap=1: averaged down by the whole factor first (6 for a 2000-px preview), then a
    # bilinear step of less than 2: half the time of a gap of 2 (1.5 ms against 3.1), no aliasing.
    thumb = preview.resize((max(1, round(preview.width * ratio)), max(1, round(preview.height * ratio))),
                           Image.Resampling.BILINEAR, reducing_gap=1.0) if ratio < 1 else preview
    with atomic_path(paths.thumbnail, durable=False) as tmp:
        save_image(thumb, tmp, "JPEG", quality=85)
    return thumb
