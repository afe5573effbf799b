"""What the editor reads and writes: the crops of one photo (proposal and hand-set), its
caption within the kit's limit, and its alt text. No GUI here: the editor calls these."""

from __future__ import annotations

from dataclasses import dataclass

from ..kits import Kit
from ..store import Crop, MediaKind, Project
from ..text import MessageTooLong
from ..text.scripts import grapheme_count
from .crop_edit import CropFrame
from .framing import crops_for
from .photos import CropRect, check_caption, photo_aspect


@dataclass(frozen=True)
class OutputCrop:
    output: str
    frame: CropFrame
    proposal: CropRect
    current: CropRect
    manual: bool


def output_crops(project: Project, kit: Kit, contribution_id: int, outputs: tuple[str, ...]) -> dict[str, OutputCrop]:
    """For each output: the face-aware proposal, the crop in use (the hand-set one wins) and the frame
    (photo size, aspect) that edits must keep to. Empty for clips."""
    c = project.contribution(contribution_id)
    if c.kind != MediaKind.PHOTO:
        return {}
    media = project.media(c.media_sha256)
    size = (int(media.width or 1), int(media.height or 1))
    faces = project.faces(c.media_sha256)
    faces = faces[1] if faces else []
    saliency = project.saliency(c.media_sha256)
    stored = project.crops(c.id)
    proposals = crops_for(kit, outputs, size, faces, {}, saliency)
    result = {}
    for output in outputs:
        frame = CropFrame(size[0], size[1], photo_aspect(kit, output))
        manual = stored.get(output)
        is_manual = manual is not None and manual.source == "manual"
        current = CropRect(manual.x, manual.y, manual.w, manual.h) if is_manual else proposals[output]
        result[output] = OutputCrop(output, frame, proposals[output], current, is_manual)
    return result


def save_crop(project: Project, contribution_id: int, output: str, crop: CropRect, *, manual: bool = True,
              actor: str | None = None) -> None:
    """Store the crop of ``output``: ``manual`` (it wins over the proposal), or back to the proposal."""
    project.set_crop(contribution_id, Crop(output, crop.x, crop.y, crop.w, crop.h, "manual" if manual else "auto"),
                     actor=actor)


def caption_length(text: str) -> int:
    """The length the kit's limit is checked against (characters as people count them, spaces collapsed)."""
    return grapheme_count(" ".join(text.split()))


def normalise_caption(text: str) -> str:
    return " ".join(text.split())


def save_caption(project: Project, kit: Kit, contribution_id: int, text: str, *, actor: str | None = None) -> str:
    """Store the caption (spaces collapsed); raises :class:`MessageTooLong` over the kit's limit
    and then stores nothing."""
    caption = normalise_caption(text)
    check_caption(kit, caption)
    project.update_contribution(contribution_id, caption=caption, actor=actor)
    return caption


def save_alt_text(project: Project, contribution_id: int, text: str, *, actor: str | None = None) -> str:
    alt = text.strip()
    project.update_contribution(contribution_id, alt_text=alt, actor=actor)
    return alt


__all__ = ["MessageTooLong", "OutputCrop", "caption_length", "normalise_caption", "output_crops", "photo_faces",
           "save_alt_text", "save_caption", "save_crop"]


def photo_faces(project: Project, contribution_id: int) -> list[tuple[float, float, float, float]]:
    """The faces found at import, as relative boxes (x, y, w, h) of the upright photo."""
    c = project.contribution(contribution_id)
    found = project.faces(c.media_sha256)
    boxes = []
    for face in (found[1] if found else []):
        try:
            boxes.append((float(face["x"]), float(face["y"]), float(face["w"]), float(face["h"])))
        except (KeyError, TypeError, ValueError):
            continue
    return boxes
