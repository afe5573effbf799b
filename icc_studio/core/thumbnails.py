"""Thumbnails for lists and grids, cached in the project's ``cache/`` folder.

Photos get theirs at import (see ``media.reduce``); this module rebuilds a missing one
(from the preview when there is one) and makes the first-frame thumbnail of clips.
"""

from __future__ import annotations

from pathlib import Path

from .errors import MediaRejected
from .fileio import atomic_path, save_image
from .media.reduce import THUMB_SIDE, load_photo, reduced_paths
from .store import Media

THUMB_SIZE = THUMB_SIDE


def thumbnail_path(project_folder: Path, sha256: str) -> Path:
    return reduced_paths(project_folder, sha256).thumbnail


def ensure_thumbnail(project_folder: Path, media: Media) -> Path:
    """Return the thumbnail of ``media``, making it first if needed (upright, sRGB, JPEG)."""
    paths = reduced_paths(project_folder, media.sha256)
    if paths.thumbnail.is_file():
        return paths.thumbnail
    if media.kind == "clip":
        image = _first_frame(project_folder / "media" / media.sha256[:2] / f"{media.sha256}.{media.ext}")
    else:
        source = paths.preview if paths.preview.is_file() else \
            project_folder / "media" / media.sha256[:2] / f"{media.sha256}.{media.ext}"
        image = load_photo(source, max_side=THUMB_SIDE * 2)
    image.thumbnail((THUMB_SIDE, THUMB_SIDE))
    with atomic_path(paths.thumbnail) as tmp:
        save_image(image, tmp, "JPEG", quality=85)
    return paths.thumbnail


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
