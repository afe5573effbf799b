"""Small reduced copies of media for lists and grids, cached in the project's ``cache/`` folder.

A thumbnail is a pure function of the media's content and the size, so it is cached on
(sha256, size) and rebuilt whenever it is missing.
"""

from __future__ import annotations

from pathlib import Path

from .errors import MediaRejected
from .fileio import atomic_path
from .store import Media

THUMB_SIZE = 320


def thumbnail_path(project_folder: Path, sha256: str, size: int = THUMB_SIZE) -> Path:
    return project_folder / "cache" / "thumbs" / sha256[:2] / f"{sha256}_{size}.jpg"


def ensure_thumbnail(project_folder: Path, media: Media, size: int = THUMB_SIZE) -> Path:
    """Return the thumbnail of ``media``, making it first if needed (upright, sRGB, JPEG)."""
    target = thumbnail_path(project_folder, media.sha256, size)
    if target.is_file():
        return target
    source = project_folder / "media" / media.sha256[:2] / f"{media.sha256}.{media.ext}"
    image = _first_frame(source) if media.kind == "clip" else _photo(source, size)
    image.thumbnail((size, size))
    with atomic_path(target) as tmp:
        image.save(tmp, "JPEG", quality=85, optimize=True)
    return target


def _photo(path: Path, size: int):
    from PIL import Image, ImageOps

    from .media.probe import _register_heif

    _register_heif()
    with Image.open(path) as image:
        if image.format == "JPEG":
            image.draft("RGB", (size * 2, size * 2))  # decode at reduced size: much faster
        image.seek(0)
        image.load()
        upright = ImageOps.exif_transpose(image)
        return _to_rgb(upright)


def _to_rgb(image):
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        return image.point(lambda v: v / 256).convert("L").convert("RGB")
    return image.convert("RGB")


def _first_frame(path: Path):
    import av

    try:
        with av.open(str(path)) as container:
            for frame in container.decode(video=0):
                image = frame.to_image()
                # Display rotation is counter-clockwise, as PIL's rotate().
                rotation = int(getattr(frame, "rotation", 0) or 0) % 360
                return image.rotate(rotation, expand=True) if rotation else image
    except av.error.FFmpegError as exc:
        raise MediaRejected(path, f"no frame could be decoded ({exc})") from exc
    raise MediaRejected(path, "no frame could be decoded")
