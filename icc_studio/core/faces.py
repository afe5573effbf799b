"""Face detection for crop proposals, in relative coordinates.

:func:`detect_faces` takes an upright photo (already EXIF-transposed, usually the
reduced copy of at most 2048 px) and returns the faces it finds as :class:`Face` values
whose boxes are fractions (0–1) of the picture's width and height, so that they apply to
the original and to every reduced copy alike.

How it works, in two steps:

1. **Proposals**: a small neural network (MediaPipe's BlazeFace, :mod:`.blazeface`) reads
   a 256-px copy of the photo and proposes face boxes, frontal and turned, down to about
   6 % of the short side.
2. **Confirmation**: around each proposal, a patch of the full-resolution grey picture is
   scaled so that the face is 48 px wide, equalised, and searched with OpenCV's frontal
   Haar cascade for a face of about that size; failing that, with the profile cascade on
   the patch and its mirror (the profile cascade only knows faces turned to one side). A
   proposal that no cascade confirms is dropped: the network alone also likes cats and
   cups. The box kept is the cascade's (brows to mouth, cheek to cheek: the extent the
   framing rules are written for); the eye line comes from the eye cascade, or else from
   the network's eye key points.

Overlapping faces are merged (non-maximum suppression, frontal faces with eyes first) and
tiny ones are dropped as noise when bigger faces exist.

Measured on a 2-core machine: about 15 ms per 2048-px photo on one core (8 ms of it the
network), against 80 ms for the earlier whole-picture cascade search, whose recall it
keeps (``tests/test_faces_crops.py``).

The network and the cascades are loaded on first use and kept for the life of the
process (one set per thread, since neither is meant to be shared between threads).
Nothing happens at import time; OpenCV itself is imported on the first call.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, replace
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from PIL import Image

from .blazeface import Proposal, propose_faces
from .errors import InvalidValue
from .media.resample import resample

if TYPE_CHECKING:  # pragma: no cover
    import cv2

__all__ = [
    "DETECTOR",
    "EYE_LINE_IN_BOX",
    "Face",
    "HEAD_MARGINS",
    "detect_faces",
]

Facing = Literal["front", "left", "right"]

#: Name and version of the detector, stored with the faces found at import: change it
#: whenever the detection changes, so that stored faces can be found again.
DETECTOR = "blazeface-back+opencv-haar/3"

#: Where the eye line sits in a Haar face box, as a fraction of its height from the top.
EYE_LINE_IN_BOX = 0.40

#: How far a head reaches beyond its face box, in face heights (above, below) and face
#: widths (each side): hair and forehead above, chin and neck below, ears and hair aside.
HEAD_MARGINS = (0.45, 0.35, 0.25)

# Faces smaller than this fraction of the picture's short side are noise, unless nothing
# bigger was found.
_TINY_FACE = 0.02
# Confirmation of a proposal: the patch around it spans this many face sizes, and is
# scaled so that the proposed face is this wide (px); the cascades look there for faces
# of 0.7–1.5 times that size, with this (scale step, agreeing neighbours).
_ROI_FACES = 2.2
_ROI_FACE_PX = 48
_ROI_SIZES = (0.7, 1.5)
_ROI_SEARCH = (1.08, 3)
# Eyes are searched on the upper face resized to this width (px).
_EYE_FACE_WIDTH = 100


@dataclass(frozen=True)
class Face:
    """One detected face; every coordinate is a fraction of the picture's width (x, w)
    or height (y, h, eyes_y).

    ``confidence`` (0–1) grows with the number of overlapping cascade hits that agree on
    the face, and is lower when no pair of eyes confirmed it; ``facing`` is ``"front"`` for frontal hits and the side the face is turned
    to (as seen in the picture) for profile hits.
    """

    x: float
    y: float
    w: float
    h: float
    eyes_y: float
    confidence: float = 1.0
    facing: Facing = "front"

    def __post_init__(self) -> None:
        values = (self.x, self.y, self.w, self.h, self.eyes_y, self.confidence)
        if not all(math.isfinite(v) for v in values):
            raise InvalidValue(f"face values must be finite numbers: {values}")
        if self.w <= 0 or self.h <= 0:
            raise InvalidValue(f"a face box needs a positive size, got w={self.w}, h={self.h}")

    @classmethod
    def from_box(cls, x: float, y: float, w: float, h: float, *, confidence: float = 1.0,
                 facing: Facing = "front") -> Face:
        """A face whose eye line is estimated from its box (``EYE_LINE_IN_BOX``)."""
        return cls(x, y, w, h, y + EYE_LINE_IN_BOX * h, confidence, facing)

    @property
    def weight(self) -> float:
        """The face's weight when faces compete (the same as ``confidence``)."""
        return self.confidence

    def as_dict(self) -> dict[str, float | str]:
        """A JSON-ready dict (as stored in the project's ``media_faces``)."""
        return {"x": self.x, "y": self.y, "w": self.w, "h": self.h, "eyes_y": self.eyes_y,
                "weight": self.confidence, "facing": self.facing}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Face:
        """The face of :meth:`as_dict` (``eyes_y``, ``weight`` and ``facing`` optional)."""
        try:
            x, y, w, h = (float(data[k]) for k in ("x", "y", "w", "h"))
            eyes_y = float(data["eyes_y"]) if data.get("eyes_y") is not None else y + EYE_LINE_IN_BOX * h
            weight = float(data.get("weight", data.get("confidence", 1.0)))
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidValue(f"not a face: {dict(data)!r} ({exc})") from exc
        facing = data.get("facing", "front")
        if facing not in ("front", "left", "right"):
            raise InvalidValue(f"not a face: facing {facing!r}")
        return cls(x, y, w, h, eyes_y, weight, facing)

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    @property
    def box(self) -> tuple[float, float, float, float]:
        """The face box as (left, top, right, bottom), relative."""
        return (self.x, self.y, self.x + self.w, self.y + self.h)

    def head_box(self, *, clip: bool = True) -> tuple[float, float, float, float]:
        """The whole head as (left, top, right, bottom), relative: the face box grown by
        ``HEAD_MARGINS``. ``clip`` keeps it inside the picture (0–1)."""
        above, below, side = HEAD_MARGINS
        box = (self.x - side * self.w, self.y - above * self.h,
               self.x + (1 + side) * self.w, self.y + (1 + below) * self.h)
        if not clip:
            return box
        return (max(0.0, box[0]), max(0.0, box[1]), min(1.0, box[2]), min(1.0, box[3]))


# --------------------------------------------------------------------------------------
# Cascades, loaded lazily
# --------------------------------------------------------------------------------------

_local = threading.local()


@dataclass(frozen=True)
class _Cascades:
    frontal: cv2.CascadeClassifier
    profile: cv2.CascadeClassifier
    eye: cv2.CascadeClassifier


def _cascades() -> _Cascades:
    cached = getattr(_local, "cascades", None)
    if cached is None:
        import cv2
        from pathlib import Path

        folder = Path(cv2.data.haarcascades)

        def load(name: str) -> cv2.CascadeClassifier:
            classifier = cv2.CascadeClassifier(str(folder / name))
            if classifier.empty():
                raise InvalidValue(f"the OpenCV cascade {folder / name} could not be loaded")
            return classifier

        cached = _Cascades(load("haarcascade_frontalface_default.xml"),
                           load("haarcascade_profileface.xml"),
                           load("haarcascade_eye.xml"))
        _local.cascades = cached
    return cached


def warm_up() -> None:
    """Load the network and the cascades of the calling thread now (a process that forks workers
    loads them once for all of them); nothing is searched."""
    from .blazeface import load_network

    _cascades()
    load_network()


# --------------------------------------------------------------------------------------
# Detection
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    """A face box in pixels of the full grey picture."""

    x: float
    y: float
    w: float
    h: float
    neighbours: int
    facing: Facing
    eyes: float | None = None  # eye line (px): from the eye cascade, else the network's key points
    eyes_from_cascade: bool = True
    score: float = 0.0  # the network's score of the proposal

    @property
    def area(self) -> float:
        return self.w * self.h


def detect_faces(image: Image.Image | np.ndarray, *, small: Image.Image | None = None) -> tuple[Face, ...]:
    """The faces in an upright photo, biggest first (ties: top-left first).

    ``image`` is a PIL image (any mode) or an ``ndarray`` (H×W grey, H×W×3 RGB or
    H×W×4 RGBA, uint8). It is not modified. Deterministic: the same pixels give the
    same faces. ``small``, when given, is a reduced copy of the same picture (such as the
    thumbnail made at import): the network reads it instead of shrinking ``image`` again.
    """
    picture = _Picture(image, small)
    width, height = picture.size
    if min(width, height) < 16:
        return ()
    cascades = _cascades()
    proposals = propose_faces(picture.scaled, width, height)
    hits = [hit for hit in (_confirm(p, picture, cascades) for p in proposals) if hit is not None]
    kept = _suppress(hits)
    short = min(width, height)
    if any(h.h >= _TINY_FACE * short for h in kept):
        kept = [h for h in kept if h.h >= _TINY_FACE * short]
    kept.sort(key=lambda h: (-h.area, h.y, h.x))
    return tuple(_to_face(hit, width, height) for hit in kept)


class _Picture:
    """The photo being searched, read only where needed: a small colour copy for the
    network, grey patches at full resolution for the cascades. A PIL image is never
    converted whole (a 2048-px copy costs more to convert than the whole search)."""

    def __init__(self, image: Image.Image | np.ndarray, small: Image.Image | None = None) -> None:
        self._small = small if small is not None and small.mode == "RGB" else None
        if isinstance(image, Image.Image):
            self._pil: Image.Image | None = image if image.mode in ("RGB", "L") else image.convert("RGB")
            self._array: np.ndarray | None = None
            self.size = image.size
            return
        array = np.asarray(image)
        if array.dtype != np.uint8:
            raise InvalidValue(f"detect_faces needs 8-bit pixels, got {array.dtype}")
        if not (array.ndim == 2 or (array.ndim == 3 and array.shape[2] in (3, 4))):
            raise InvalidValue(f"detect_faces needs an H×W, H×W×3 or H×W×4 array, got shape {array.shape}")
        self._pil, self._array = None, array
        self.size = (array.shape[1], array.shape[0])

    def scaled(self, box: tuple[int, int, int, int], size: tuple[int, int]) -> np.ndarray:
        """The RGB pixels of ``box`` (x0, y0, x1, y1) resized to ``size`` (width, height)."""
        import cv2

        if self._small is not None:
            factor = self._small.width / self.size[0]
            x0, y0, x1, y1 = (round(v * factor) for v in box)
            if x1 - x0 >= size[0] and y1 - y0 >= size[1]:
                part = self._small if (x0, y0, x1, y1) == (0, 0, *self._small.size) else self._small.crop((x0, y0, x1, y1))
                return cv2.resize(np.asarray(part), size, interpolation=cv2.INTER_AREA)
        if self._pil is not None:
            part = self._pil if box == (0, 0, *self.size) else self._pil.crop(box)
            whole = int(min(part.width / size[0], part.height / size[1]))
            if whole >= 2:
                part = part.reduce(whole)
            pixels = np.asarray(part.convert("RGB") if part.mode != "RGB" else part)
        else:
            x0, y0, x1, y1 = box
            pixels = self._array[y0:y1, x0:x1]
            if pixels.ndim == 2:
                pixels = np.repeat(pixels[:, :, None], 3, axis=2)
            elif pixels.shape[2] == 4:
                pixels = pixels[:, :, :3]
            pixels = np.ascontiguousarray(pixels)
            if pixels.shape[1] > size[0] * 2:
                return resample(pixels, size)
        return cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)

    def grey(self, box: tuple[int, int, int, int]) -> np.ndarray:
        """The grey pixels of ``box`` (x0, y0, x1, y1), at full resolution."""
        import cv2

        if self._pil is not None:
            return np.asarray(self._pil.crop(box).convert("L"))
        x0, y0, x1, y1 = box
        part = self._array[y0:y1, x0:x1]
        if part.ndim == 2:
            return part
        code = cv2.COLOR_RGB2GRAY if part.shape[2] == 3 else cv2.COLOR_RGBA2GRAY
        return cv2.cvtColor(np.ascontiguousarray(part), code)


def _confirm(proposal: Proposal, picture: _Picture, cascades: _Cascades) -> _Hit | None:
    """The network's proposal as a face box when a cascade agrees, else ``None``.

    The neighbourhood of the proposal (``_ROI_FACES`` face sizes) is cut from the grey
    picture, scaled so that the proposed face is ``_ROI_FACE_PX`` wide, equalised, and
    searched with the frontal cascade for faces of about that size; failing that, with
    the profile cascade on the patch and on its mirror. The box is the cascade's (the
    framing rules are written for its extent: brows to mouth, cheek to cheek).
    """
    import cv2

    width, height = picture.size
    side = max(proposal.w, proposal.h)
    cx, cy = proposal.x + proposal.w / 2, proposal.y + proposal.h / 2
    half = side * _ROI_FACES / 2
    x0, y0 = max(0, int(cx - half)), max(0, int(cy - half))
    x1, y1 = min(width, int(math.ceil(cx + half))), min(height, int(math.ceil(cy + half)))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    factor = _ROI_FACE_PX / side
    size = (max(1, round((x1 - x0) * factor)), max(1, round((y1 - y0) * factor)))
    patch = cv2.resize(picture.grey((x0, y0, x1, y1)), size, interpolation=cv2.INTER_AREA if factor < 1 else cv2.INTER_LINEAR)
    patch = cv2.equalizeHist(patch)
    back = (x1 - x0) / size[0]
    low, high = round(_ROI_FACE_PX * _ROI_SIZES[0]), round(_ROI_FACE_PX * _ROI_SIZES[1])

    def placed(hits: list[_Hit], mirrored: bool = False) -> list[_Hit]:
        out = []
        for h in hits:
            x = (x1 - x0) - h.x - h.w if mirrored else h.x
            hit = replace(h, x=x + x0, y=h.y + y0, score=proposal.score)
            if _overlap(hit, _as_hit(proposal))[1] >= 0.5:
                out.append(hit)
        return sorted(out, key=lambda h: (-h.neighbours, -h.area, h.x, h.y))

    frontal = placed(_scan(cascades.frontal, patch, back, low, *_ROI_SEARCH, "front", high))
    if frontal:
        hit = frontal[0]
        eyes = _eye_line(hit, picture, cascades.eye)
        if eyes is not None:
            return replace(hit, eyes=eyes)
        inside = hit.y + 0.2 * hit.h <= proposal.eyes_y <= hit.y + 0.6 * hit.h
        return replace(hit, eyes=proposal.eyes_y if inside else None, eyes_from_cascade=False)
    left = placed(_scan(cascades.profile, patch, back, low, *_ROI_SEARCH, "left", high))
    right = placed(_scan(cascades.profile, cv2.flip(patch, 1), back, low, *_ROI_SEARCH, "right", high), True)
    profiles = sorted(left + right, key=lambda h: (-h.neighbours, -h.area, h.x, h.y))
    return profiles[0] if profiles else None


def _as_hit(proposal: Proposal) -> _Hit:
    return _Hit(proposal.x, proposal.y, proposal.w, proposal.h, 0, "front")


def _scan(cascade: cv2.CascadeClassifier, grey: np.ndarray, back: float, min_px: int,
          scale_factor: float, min_neighbours: int, facing: Facing, max_px: int = 0) -> list[_Hit]:
    if min(grey.shape) < min_px:
        return []
    boxes, counts = cascade.detectMultiScale2(grey, scaleFactor=scale_factor, minNeighbors=min_neighbours,
                                              minSize=(min_px, min_px), maxSize=(max_px, max_px))
    return [_Hit(float(x) * back, float(y) * back, float(w) * back, float(h) * back, int(n), facing)
            for (x, y, w, h), n in zip(np.asarray(boxes).reshape(-1, 4).tolist(), np.ravel(counts).tolist())]


def _overlap(a: _Hit, b: _Hit) -> tuple[float, float]:
    """(intersection over union, intersection over the smaller box)."""
    ix = max(0.0, min(a.x + a.w, b.x + b.w) - max(a.x, b.x))
    iy = max(0.0, min(a.y + a.h, b.y + b.h) - max(a.y, b.y))
    inter = ix * iy
    return inter / (a.area + b.area - inter), inter / min(a.area, b.area)


def _suppress(hits: list[_Hit]) -> list[_Hit]:
    """Non-maximum suppression: frontal hits first, then by agreement and size. A hit is
    the same face as a kept one when they overlap (IoU > 0.3, or mostly inside one
    another), and the same person when its centre lies in the kept face's head (a
    profile hit on the hair or cheek of a frontal face)."""
    order = sorted(hits, key=lambda h: (h.facing != "front", h.eyes is None, -h.neighbours, -h.area, h.x, h.y))
    kept: list[_Hit] = []
    for hit in order:
        if all(not _same_face(hit, k) for k in kept):
            kept.append(hit)
    return kept


def _same_face(hit: _Hit, kept: _Hit) -> bool:
    iou, inside = _overlap(hit, kept)
    if iou > 0.3 or inside > 0.6:
        return True
    if hit.facing == "front" and kept.facing == "front":
        return False
    above, below, side = HEAD_MARGINS
    cx, cy = hit.x + hit.w / 2, hit.y + hit.h / 2
    return (kept.x - side * kept.w <= cx <= kept.x + (1 + side) * kept.w
            and kept.y - above * kept.h <= cy <= kept.y + (1 + below) * kept.h)


def _to_face(hit: _Hit, width: int, height: int) -> Face:
    eyes_y = hit.eyes if hit.eyes is not None else hit.y + EYE_LINE_IN_BOX * hit.h
    confidence = hit.score * (1.0 if hit.eyes is not None and hit.eyes_from_cascade else 0.8)
    return Face(hit.x / width, hit.y / height, hit.w / width, hit.h / height, eyes_y / height,
                round(confidence, 4), hit.facing)


def _eye_line(hit: _Hit, picture: _Picture, eye_cascade: cv2.CascadeClassifier) -> float | None:
    """The eye line (grey pixels) from the eye cascade in the upper part of the face, or
    ``None`` when no plausible pair (one eye in each half) is found."""
    import cv2

    x0, y0 = int(round(hit.x)), int(round(hit.y + 0.15 * hit.h))
    x1, y1 = int(round(hit.x + hit.w)), int(round(hit.y + 0.6 * hit.h))
    width, height = picture.size
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(width, max(0, x1)), min(height, max(0, y1))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    roi = picture.grey((x0, y0, x1, y1))
    if roi.size == 0 or min(roi.shape) < 8:
        return None
    # Eyes are searched on the face at a fixed size: small faces are enlarged from the
    # full-resolution grey, big ones shrunk (the search is cheap either way).
    factor = _EYE_FACE_WIDTH / roi.shape[1]
    size = (_EYE_FACE_WIDTH, max(1, round(roi.shape[0] * factor)))
    roi = cv2.equalizeHist(cv2.resize(roi, size, interpolation=cv2.INTER_LINEAR if factor > 1 else cv2.INTER_AREA))
    boxes = eye_cascade.detectMultiScale(roi, scaleFactor=1.1, minNeighbors=4, minSize=(16, 16), maxSize=(40, 40))
    left, right = [], []
    for ex, ey, ew, eh in np.asarray(boxes).reshape(-1, 4).tolist():
        cx = (ex + ew / 2) / factor + max(0, x0) - hit.x
        cy = (ey + eh / 2) / factor + max(0, y0) - hit.y
        if not 0.25 * hit.h <= cy <= 0.52 * hit.h:
            continue
        (left if cx < 0.5 * hit.w else right).append(cy)
    if not left or not right:
        return None
    return hit.y + (float(np.median(left)) + float(np.median(right))) / 2
