"""The framed preview of one contribution, drawn by the export renderer at preview size.

Two steps, so that the GUI never waits and the worker never needs the database:
:func:`framed_preview_spec` reads what the preview needs from an open project (in the
caller's thread; it may override the crop and the caption being edited), and
:func:`render_framed_preview` draws it (a job: in a worker thread). The drawing is
:func:`~icc_studio.core.render.photos.compose_photo`, the function of the export, at a
smaller size.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from ..kits import Kit, load_builtin_kit
from ..media.reduce import load_photo, reduced_paths
from ..store import MediaKind, Project
from .framing import crops_for
from .photos import CropRect, compose_photo

#: Long side of the photo decoded for previews (the export decodes the 2048 preview or more).
PREVIEW_PHOTO_SIDE = 1024


@dataclass(frozen=True)
class PreviewSpec:
    project: Path
    contribution_id: int
    output: str = "feed_square"
    long_side: int = 480


@dataclass(frozen=True)
class FramedPreviewSpec:
    """Everything needed to draw one output of one photo; no database access needed."""

    kit_id: str
    output: str
    photo: Path  # the reduced preview kept at import, or the original
    crop: CropRect
    caption: str
    language: str
    long_side: int = 480


def photo_source(project: Project, sha256: str) -> Path:
    """The file a preview decodes: the reduced copy made at import, else the original."""
    preview = reduced_paths(project.folder, sha256).preview
    return preview if preview.is_file() else project.media_file(sha256)


def framed_preview_spec(project: Project, contribution_id: int, output: str, long_side: int = 480, *,
                        kit: Kit | None = None, crop: CropRect | None = None,
                        caption: str | None = None) -> FramedPreviewSpec | None:
    """The preview of ``output`` for a contribution as stored, or with the ``crop`` and ``caption``
    being edited; ``None`` for clips."""
    contribution = project.contribution(contribution_id)
    if contribution.kind != MediaKind.PHOTO:
        return None
    kit = kit or load_builtin_kit(project.info().kit_id)
    if crop is None:
        media = project.media(contribution.media_sha256)
        faces = project.faces(contribution.media_sha256)
        crop = crops_for(kit, (output,), (media.width, media.height), faces[1] if faces else [],
                         project.crops(contribution.id), project.saliency(media.sha256))[output]
    return FramedPreviewSpec(kit.id, output, photo_source(project, contribution.media_sha256), crop,
                             contribution.caption if caption is None else caption,
                             contribution.language or kit.default_language, long_side)


def preview_size(kit: Kit, output: str, long_side: int) -> tuple[int, int]:
    width, height = kit.template(output).size
    scale = long_side / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def render_framed_preview(spec: FramedPreviewSpec, *, progress=None, cancel=None) -> Image.Image:
    """Job: the output as staff will get it, scaled to ``spec.long_side``."""
    kit = load_builtin_kit(spec.kit_id)
    pixels = _photo_pixels(spec.photo, _mtime(spec.photo))
    if cancel is not None:
        cancel.check()
    return compose_photo(kit, spec.output, pixels, spec.crop, caption=spec.caption, lang=spec.language,
                         size=preview_size(kit, spec.output, spec.long_side))


def render_preview(spec: PreviewSpec, *, progress=None, cancel=None) -> Image.Image | None:
    """Job: the stored state of a contribution, scaled to ``long_side``; ``None`` for clips."""
    with Project.open(spec.project) as project:
        framed = framed_preview_spec(project, spec.contribution_id, spec.output, spec.long_side)
    return None if framed is None else render_framed_preview(framed, cancel=cancel)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


_LOCK = threading.Lock()


@functools.lru_cache(maxsize=6)
def _decoded(path: Path, mtime: float) -> np.ndarray:
    pixels = np.asarray(load_photo(path, max_side=PREVIEW_PHOTO_SIDE).convert("RGB"))
    pixels.setflags(write=False)  # shared by the previews of one photo: never modified
    return pixels


def _photo_pixels(path: Path, mtime: float) -> np.ndarray:
    """The decoded photo, kept for the next previews of the same photo (an editor redraws often)."""
    with _LOCK:
        return _decoded(path, mtime)


@dataclass(frozen=True)
class PhotoSpec:
    photo: Path


def load_preview_photo(spec: PhotoSpec, *, progress=None, cancel=None) -> np.ndarray:
    """Job: the photo as read-only H×W×3 pixels at preview size (shared with the previews' cache)."""
    return _photo_pixels(spec.photo, _mtime(spec.photo))
