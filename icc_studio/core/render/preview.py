"""The framed preview of one contribution, drawn by the export renderer at preview size."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..kits import load_builtin_kit
from ..media.reduce import load_photo, reduced_paths
from ..store import MediaKind, Project
from .framing import crops_for
from .photos import compose_photo


@dataclass(frozen=True)
class PreviewSpec:
    project: Path
    contribution_id: int
    output: str = "feed_square"
    long_side: int = 480


def render_preview(spec: PreviewSpec, *, progress=None, cancel=None) -> Image.Image | None:
    """The output as staff will get it, scaled to ``long_side``; ``None`` for clips."""
    with Project.open(spec.project) as project:
        contribution = project.contribution(spec.contribution_id)
        if contribution.kind != MediaKind.PHOTO:
            return None
        kit = load_builtin_kit(project.info().kit_id)
        media = project.media(contribution.media_sha256)
        faces = project.faces(contribution.media_sha256)
        crop = crops_for(kit, (spec.output,), (media.width, media.height), faces[1] if faces else [],
                         project.crops(contribution.id), project.saliency(media.sha256))[spec.output]
        preview = reduced_paths(project.folder, media.sha256).preview
        source = preview if preview.is_file() else project.media_file(media.sha256)
    photo = load_photo(source, max_side=1024)
    width, height = kit.template(spec.output).size
    scale = spec.long_side / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    if cancel is not None:
        cancel.check()
    return compose_photo(kit, spec.output, photo, crop, caption=contribution.caption,
                         lang=contribution.language or kit.default_language, size=size)
