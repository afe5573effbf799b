"""Which part of a photo goes into each output's window: the hand-set crop, or the face-aware proposal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..kits import Kit
from ..store import Crop
from .photos import CIRCULAR_OUTPUTS, CropRect, photo_aspect


def crops_for(
    kit: Kit,
    outputs: Sequence[str],
    photo_size: tuple[int, int],
    faces: Sequence[Mapping],
    manual: Mapping[str, Crop],
    saliency: Sequence[Sequence[int]] | None = None,
) -> dict[str, CropRect]:
    """A crop per output: a crop set by hand (stored with ``source='manual'``) wins over the proposal,
    which follows the faces, or else the saliency map recorded at import, or else the centre."""
    import numpy as np

    from ..crops import propose_crop
    from ..faces import Face

    face_objects = tuple(Face.from_dict(f) for f in faces)
    saliency_map = np.asarray(saliency, np.float32) / 255 if saliency else None
    crops = {}
    for output in outputs:
        stored = manual.get(output)
        if stored is not None and stored.source == "manual":
            crops[output] = CropRect(stored.x, stored.y, stored.w, stored.h)
            continue
        box = propose_crop(photo_size, face_objects, photo_aspect(kit, output), circle=output in CIRCULAR_OUTPUTS,
                           saliency=saliency_map)
        crops[output] = CropRect(box.x, box.y, box.w, box.h)
    return crops
