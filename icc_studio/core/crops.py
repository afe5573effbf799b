"""Crop proposals for every output format: faces whole and well placed, or the most
interesting part of the picture, or its centre.

:func:`propose_crop` is a pure function of the picture's size, its faces (see
:mod:`icc_studio.core.faces`) and the output's aspect ratio. It returns a
:class:`CropBox` in relative coordinates (fractions of the picture's width and height)
whose size in *pixels* has exactly the requested aspect and which lies inside the
picture: we crop, never pad.

The rules are a communications officer's:

* every head stays whole: a face box grown by ``HEAD_MARGINS`` (hair, chin, ears);
* one face: the eye line on the upper third (1/3–0.4 of the height) of portrait-like
  crops, near the middle-upper of wide headers where the face sits on a vertical third
  line; horizontally centred on the face otherwise, with a little room in front of a face
  seen in profile; the crop as large as these rules allow, and never so tight that the
  face fills more than 60 % of its height;
* a circular profile picture: the head inside the inscribed circle, about 65 % of its
  diameter;
* a group: all heads, the average eye line on the upper third; when they cannot all fit,
  the biggest and most central subset that does (reported in ``faces_kept``);
* no face: the window of the aspect with the most saliency (colour contrast and spectral
  residual), or the centre when the picture is flat.

A crop set by hand is stored as :class:`~icc_studio.core.store.models.Crop` and wins over
a proposal; :meth:`CropBox.to_crop` and :meth:`CropBox.from_crop` convert.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

import numpy as np
from PIL import Image

from .errors import InvalidValue
from .media.resample import resample
from .faces import HEAD_MARGINS, Face, detect_faces
from .store.models import Crop

__all__ = [
    "CIRCLE_FORMATS",
    "CropBox",
    "OUTPUT_ASPECTS",
    "propose_all",
    "propose_crop",
    "saliency_map",
]

Reason = Literal["faces", "saliency", "centre", "manual", "stored"]

#: Output format id → aspect ratio (width / height, in pixels).
OUTPUT_ASPECTS: Mapping[str, float] = MappingProxyType({
    "feed_square": 1.0,
    "feed_portrait": 4 / 5,
    "story": 9 / 16,
    "x_header": 3.0,
    "facebook_cover": 1640 / 624,
    "profile": 1.0,
})

#: Formats shown through a circle: their faces must fit in the inscribed circle.
CIRCLE_FORMATS: frozenset[str] = frozenset({"profile"})


@dataclass(frozen=True)
class CropBox:
    """A crop in relative coordinates (fractions of the picture's width and height).

    ``reason`` says what decided it; ``faces_kept`` lists the indices (into the faces
    given to :func:`propose_crop`) of the faces whose whole head is inside the crop — or
    inside its circle for a circular crop — and ``faces_left_out`` the others.
    """

    x: float
    y: float
    w: float
    h: float
    reason: Reason
    faces_kept: tuple[int, ...] = ()
    faces_left_out: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        eps = 1e-6
        if not (self.w > 0 and self.h > 0 and self.x >= -eps and self.y >= -eps
                and self.x + self.w <= 1 + eps and self.y + self.h <= 1 + eps):
            raise InvalidValue(f"a crop must lie inside the picture: {self.x, self.y, self.w, self.h}")

    @property
    def all_faces_kept(self) -> bool:
        return not self.faces_left_out

    def pixel_box(self, image_size: tuple[int, int]) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) in pixels of a picture of ``image_size``, ready for
        ``Image.crop``."""
        width, height = image_size
        left, top = round(self.x * width), round(self.y * height)
        return (left, top, left + round(self.w * width), top + round(self.h * height))

    def to_crop(self, output_format: str, source: Literal["auto", "manual"] = "auto") -> Crop:
        """The store's value for this crop (``source="auto"`` for a proposal)."""
        return Crop(output_format, self.x, self.y, self.w, self.h, source)

    @classmethod
    def from_crop(cls, crop: Crop) -> CropBox:
        """A stored crop as a box (``reason`` ``"manual"`` or ``"stored"``)."""
        return cls(crop.x, crop.y, crop.w, crop.h, "manual" if crop.source == "manual" else "stored")


# --------------------------------------------------------------------------------------
# Composition rules per kind of output
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Composition:
    eye_target: float  # eye line, fraction of the crop height from the top
    eye_bands: tuple[tuple[float, float, float], ...]  # (low, high, keep at least this share of the largest crop)
    third: bool  # a single face sits on a vertical third line (wide headers)
    max_face: float  # the face fills at most this share of the crop height
    min_face: float  # ... and at least this share, when the heads allow (0: no minimum)


# The preferred eye band is given up when it costs more than 40 % of the crop's height,
# the wider one only when the crop would shrink below a quarter (too few pixels left).
_PORTRAIT = _Composition(0.36, ((0.30, 0.40, 0.6), (0.25, 0.45, 0.25)), False, 0.6, 0.08)
_BANNER = _Composition(0.42, ((0.35, 0.48, 0.6), (0.25, 0.55, 0.25)), True, 0.75, 0.0)
_BANNER_ASPECT = 1.6

# Circle: the head fills this share of the diameter (target, and the range to search).
_HEAD_IN_CIRCLE = 0.65
_EYES_IN_CIRCLE = 0.42
# Room in front of a face seen in profile: its centre moves this share of the width back.
_LOOK_ROOM = 0.08
# Groups bigger than this are cut down to the biggest faces before searching subsets.
_MAX_FACES = 40


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------


def propose_crop(image_size: tuple[int, int], faces: Sequence[Face], aspect: float, *, circle: bool = False,
                 saliency_image: Image.Image | np.ndarray | None = None,
                 saliency: np.ndarray | None = None) -> CropBox:
    """The proposed crop of aspect ``aspect`` (width / height in pixels) of a picture of
    ``image_size`` (width, height) with ``faces``.

    ``circle`` makes it a square whose inscribed circle holds the heads (profile
    pictures). Without faces, the crop follows the saliency of ``saliency_image`` (or a
    precomputed ``saliency`` map from :func:`saliency_map`), else it is centred.
    """
    width, height = (int(v) for v in image_size)
    if width < 1 or height < 1:
        raise InvalidValue(f"image size must be positive, got {image_size}")
    if not (math.isfinite(aspect) and aspect > 0):
        raise InvalidValue(f"aspect must be a positive number, got {aspect}")
    if circle and abs(aspect - 1.0) > 1e-9:
        raise InvalidValue(f"a circular crop is square, got aspect {aspect}")
    if faces:
        return _face_crop(width, height, tuple(faces), aspect, circle)
    if saliency is None and saliency_image is not None:
        saliency = saliency_map(saliency_image)
    if saliency is not None:
        box = _saliency_crop(width, height, aspect, saliency)
        if box is not None:
            return box
    return _finish(width, height, aspect, _centred(width, height, aspect), "centre", (), circle)


def propose_all(image: Image.Image | np.ndarray, faces: Sequence[Face] | None = None) -> dict[str, CropBox]:
    """A proposal for every format of ``OUTPUT_ASPECTS``; faces are detected when not
    given. The saliency map is computed once, and only when there is no face."""
    size = image.size if isinstance(image, Image.Image) else (image.shape[1], image.shape[0])
    found = detect_faces(image) if faces is None else tuple(faces)
    salient = None if found else saliency_map(image)
    return {fmt: propose_crop(size, found, aspect, circle=fmt in CIRCLE_FORMATS, saliency=salient)
            for fmt, aspect in OUTPUT_ASPECTS.items()}


# --------------------------------------------------------------------------------------
# Geometry helpers (pixels; a box is (left, top, right, bottom))
# --------------------------------------------------------------------------------------

Box = tuple[float, float, float, float]


def _largest(width: int, height: int, aspect: float) -> tuple[float, float]:
    """(w, h) of the largest crop of ``aspect`` inside the picture."""
    if width / height > aspect:
        return height * aspect, float(height)
    return float(width), width / aspect


def _centred(width: int, height: int, aspect: float) -> Box:
    w, h = _largest(width, height, aspect)
    x, y = (width - w) / 2, (height - h) / 2
    return (x, y, x + w, y + h)


def _union(boxes: Sequence[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _head_px(face: Face, width: int, height: int, scale: float = 1.0) -> Box:
    """The head box of ``face`` in pixels, inside the picture; ``scale`` shrinks the
    margins around the face box (1 = the whole head, 0 = the face box only, below 0 a
    face box shrunk by that share on each side: the last resort for a face at the edge
    of the picture in a circle)."""
    above, below, side = (m * scale for m in HEAD_MARGINS) if scale >= 0 else (scale / 2,) * 3
    box = (face.x - side * face.w, face.y - above * face.h, face.x + (1 + side) * face.w, face.y + (1 + below) * face.h)
    return (max(0.0, box[0] * width), max(0.0, box[1] * height),
            min(float(width), box[2] * width), min(float(height), box[3] * height))


def _inside(inner: Box, outer: Box, tol: float = 1.0) -> bool:
    return (inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol
            and inner[2] <= outer[2] + tol and inner[3] <= outer[3] + tol)


def _in_circle(inner: Box, square: Box, tol: float = 1.0) -> bool:
    cx, cy = (square[0] + square[2]) / 2, (square[1] + square[3]) / 2
    r = (square[2] - square[0]) / 2 + tol
    dx = max(abs(inner[0] - cx), abs(inner[2] - cx))
    dy = max(abs(inner[1] - cy), abs(inner[3] - cy))
    return dx * dx + dy * dy <= r * r


# --------------------------------------------------------------------------------------
# Faces
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    heads: tuple[Box, ...]
    eyes: float  # eye line to place (px)
    anchor: float  # x (px) to place at ``anchor_at`` of the crop width
    anchor_at: float
    face_h: float  # tallest face box (px)
    head_h: float  # tallest whole head (px, not clipped)
    avoid: tuple[Box, ...] = ()  # heads left out of the crop


def _face_crop(width: int, height: int, faces: tuple[Face, ...], aspect: float, circle: bool) -> CropBox:
    comp = _BANNER if aspect >= _BANNER_ASPECT else _PORTRAIT
    ranked = sorted(range(len(faces)), key=lambda i: -_weight(faces[i]))[:_MAX_FACES]

    box = _place(width, height, faces, ranked, aspect, circle, comp)
    if box is None:
        # Not all heads fit: the best subset that does.
        for subset in _subsets(width, height, faces, ranked, aspect):
            box = _place(width, height, faces, subset, aspect, circle, comp)
            if box is not None:
                break
    if box is None:
        # Not even one head fits (a huge face, a thin header): keep as much of the main
        # face as possible, trimming the hair and neck margins first.
        main = ranked[0]
        for scale in (0.75, 0.5, 0.25, 0.0, -0.2, -0.4):
            box = _place(width, height, faces, [main], aspect, circle, comp, margin=scale)
            if box is not None:
                break
    if box is None:
        w, h = _largest(width, height, aspect)
        cx, cy = faces[ranked[0]].centre
        x = min(max(cx * width - w / 2, 0.0), width - w)
        y = min(max(cy * height - h / 2, 0.0), height - h)
        box = (x, y, x + w, y + h)
    return _finish(width, height, aspect, box, "faces", faces, circle)


def _weight(face: Face) -> float:
    """Importance of a face: bigger and more central ones first."""
    cx, cy = face.centre
    off_centre = math.hypot(cx - 0.5, cy - 0.5) / math.hypot(0.5, 0.5)
    return face.h * (1.0 - 0.5 * off_centre) * (0.5 + 0.5 * face.confidence)


def _target(width: int, height: int, faces: tuple[Face, ...], chosen: Sequence[int], comp: _Composition,
            margin: float) -> _Target:
    heads = tuple(_head_px(faces[i], width, height, margin) for i in chosen)
    avoid = tuple(_head_px(f, width, height) for i, f in enumerate(faces) if i not in chosen)
    sizes = [faces[i].h * height for i in chosen]
    eyes = sum(faces[i].eyes_y * height * s for i, s in zip(chosen, sizes)) / sum(sizes)
    above, below, _ = HEAD_MARGINS
    head_h = max(s * (1 + margin * (above + below)) for s in sizes)
    if len(chosen) == 1:
        face = faces[chosen[0]]
        anchor = (face.x + face.w / 2) * width
        if comp.third:
            anchor_at = 1 / 3 if face.facing == "right" else 2 / 3
        else:
            anchor_at = 0.5 + {"left": _LOOK_ROOM, "right": -_LOOK_ROOM}.get(face.facing, 0.0)
    else:
        union = _union(heads)
        anchor, anchor_at = (union[0] + union[2]) / 2, 0.5
    return _Target(heads, eyes, anchor, anchor_at, max(sizes), head_h, avoid)


def _place(width: int, height: int, faces: tuple[Face, ...], chosen: Sequence[int], aspect: float, circle: bool,
           comp: _Composition, margin: float = 1.0) -> Box | None:
    """The crop that holds the heads of ``chosen`` composed by ``comp``, or ``None``."""
    target = _target(width, height, faces, chosen, comp, margin)
    if circle:
        return _place_circle(width, height, target)
    return _place_rect(width, height, aspect, target, comp)


def _place_rect(width: int, height: int, aspect: float, t: _Target, comp: _Composition) -> Box | None:
    union = _union(t.heads)
    # Not so tight that the face fills more than ``max_face`` of the height — as far as
    # the picture allows: a face bigger than that in the picture is still framed.
    min_h = min(t.face_h / comp.max_face, _largest(width, height, aspect)[1])
    free = _solve(width, height, aspect, union, min_h, None)
    if free is None:
        return None
    largest_free = free[1]
    chosen_band: tuple[float, float] | None = None
    h_range = free
    for low, high, share in comp.eye_bands:
        banded = _solve(width, height, aspect, union, min_h, (t.eyes, low, high))
        if banded is not None and banded[1] >= share * largest_free - 1e-6:
            chosen_band, h_range = (low, high), banded
            break
    h = h_range[1]
    if comp.min_face > 0:
        # A face lost in a huge scene is not a portrait: zoom in up to that share.
        h = min(h, max(h_range[0], t.face_h / comp.min_face))
    w = h * aspect
    (y_lo, y_hi), (x_lo, x_hi) = _intervals(width, height, aspect, union, h,
                                            None if chosen_band is None else (t.eyes, *chosen_band))
    y = _position(t.eyes - comp.eye_target * h, y_lo, y_hi, h, [(b[1], b[3]) for b in t.avoid])
    x = _position(t.anchor - t.anchor_at * w, x_lo, x_hi, w, [(b[0], b[2]) for b in t.avoid])
    return (x, y, x + w, y + h)


def _position(want: float, low: float, high: float, size: float, avoid: Sequence[tuple[float, float]]) -> float:
    """The start in [low, high] nearest to ``want`` that cuts the heads to ``avoid``
    (left out of the crop) the least: better out of the picture than cut in half."""
    best = min(max(want, low), high)
    if not avoid or high - low < 1e-6:
        return best

    def cut(start: float) -> float:
        total = 0.0
        for a, b in avoid:
            seen = max(0.0, min(b, start + size) - max(a, start)) / max(b - a, 1e-9)
            total += min(seen, 1.0 - seen)  # half a head is the worst
        return total

    candidates = [best, *np.linspace(low, high, 49).tolist()]
    return min(candidates, key=lambda c: (round(cut(c), 3), abs(c - best)))


def _bounds(width: int, height: int, aspect: float, union: Box,
            band: tuple[float, float, float] | None) -> tuple[list[tuple[float, float]], ...]:
    """Lower and upper bounds of the crop's top and left as linear functions of its height
    h, each as (c, d) meaning c + d·h."""
    y_low = [(0.0, 0.0), (union[3], -1.0)]
    y_high = [(float(height), -1.0), (union[1], 0.0)]
    if band is not None:
        eyes, low, high = band
        y_low.append((eyes, -high))
        y_high.append((eyes, -low))
    x_low = [(0.0, 0.0), (union[2], -aspect)]
    x_high = [(float(width), -aspect), (union[0], 0.0)]
    return y_low, y_high, x_low, x_high


def _solve(width: int, height: int, aspect: float, union: Box, min_h: float,
           band: tuple[float, float, float] | None) -> tuple[float, float] | None:
    """The range of crop heights for which a crop holding ``union`` (and the eye line in
    ``band``) exists, or ``None``."""
    lo = max(min_h, 1.0)
    hi = min(float(height), width / aspect)
    y_low, y_high, x_low, x_high = _bounds(width, height, aspect, union, band)
    for lows, highs in ((y_low, y_high), (x_low, x_high)):
        for c_l, d_l in lows:
            for c_h, d_h in highs:
                # c_l + d_l·h <= c_h + d_h·h
                slope, room = d_l - d_h, c_h - c_l
                if abs(slope) < 1e-12:
                    if room < -1e-6:
                        return None
                elif slope > 0:
                    hi = min(hi, room / slope)
                else:
                    lo = max(lo, room / slope)
    return (lo, hi) if lo <= hi + 1e-6 else None


def _intervals(width: int, height: int, aspect: float, union: Box, h: float,
               band: tuple[float, float, float] | None) -> tuple[tuple[float, float], tuple[float, float]]:
    y_low, y_high, x_low, x_high = _bounds(width, height, aspect, union, band)

    def interval(lows, highs):
        lo = max(c + d * h for c, d in lows)
        hi = min(c + d * h for c, d in highs)
        return (lo, max(lo, hi))

    return interval(y_low, y_high), interval(x_low, x_high)


def _place_circle(width: int, height: int, t: _Target) -> Box | None:
    """A square whose inscribed circle holds every head: the head about 65 % of the
    diameter for one face, the group with some air around it, eyes a little above the
    centre; the smallest such diameter from that target up to the largest square."""
    d_max = float(min(width, height))
    corners = np.array([(x, y) for b in t.heads for x in (b[0], b[2]) for y in (b[1], b[3])], dtype=np.float64)
    union = _union(t.heads)
    if len(t.heads) == 1:
        d_target = t.head_h / _HEAD_IN_CIRCLE
    else:
        d_target = 1.12 * math.hypot(union[2] - union[0], union[3] - union[1])
    d_target = min(d_target, d_max)
    for d in np.unique(np.concatenate([[d_target], np.geomspace(d_target, d_max, 24)])):
        want = (t.anchor, t.eyes + (0.5 - _EYES_IN_CIRCLE) * d)
        centre = _circle_centre(corners, d / 2, (d / 2, width - d / 2, d / 2, height - d / 2), want)
        if centre is not None:
            x, y = centre[0] - d / 2, centre[1] - d / 2
            return (x, y, x + d, y + d)
    return None


def _circle_centre(corners: np.ndarray, radius: float, area: Box, want: tuple[float, float]) -> tuple[float, float] | None:
    """The centre within ``area`` (x_lo, x_hi, y_lo, y_hi) nearest to ``want`` whose
    circle of ``radius`` holds every corner, or ``None`` (a grid search, refined)."""
    x_lo, x_hi, y_lo, y_hi = area
    if x_hi < x_lo - 1e-6 or y_hi < y_lo - 1e-6:
        return None
    x_hi, y_hi = max(x_lo, x_hi), max(y_lo, y_hi)
    best: tuple[float, float] | None = None
    wx = min(max(want[0], x_lo), x_hi)
    wy = min(max(want[1], y_lo), y_hi)
    limit = radius * radius
    span_x, span_y = x_hi - x_lo, y_hi - y_lo
    cx0, cy0 = (x_lo + x_hi) / 2, (y_lo + y_hi) / 2
    for _ in range(4):
        xs = np.unique(np.clip(np.concatenate([np.linspace(cx0 - span_x / 2, cx0 + span_x / 2, 41), [wx]]), x_lo, x_hi))
        ys = np.unique(np.clip(np.concatenate([np.linspace(cy0 - span_y / 2, cy0 + span_y / 2, 41), [wy]]), y_lo, y_hi))
        gx, gy = np.meshgrid(xs, ys)
        far = np.max((corners[:, 0, None, None] - gx) ** 2 + (corners[:, 1, None, None] - gy) ** 2, axis=0)
        ok = far <= limit
        if not ok.any():
            if best is None:
                return None
            break
        dist = np.where(ok, (gx - wx) ** 2 + (gy - wy) ** 2, np.inf)
        k = np.unravel_index(int(np.argmin(dist)), dist.shape)
        best = (float(gx[k]), float(gy[k]))
        span_x, span_y = span_x / 10, span_y / 10
        cx0, cy0 = best
    return best


def _subsets(width: int, height: int, faces: tuple[Face, ...], ranked: Sequence[int],
             aspect: float) -> list[list[int]]:
    """Subsets of faces whose heads fit together in the largest crop, best first: more
    faces, then bigger and more central ones."""
    w, h = _largest(width, height, aspect)
    heads = {i: _head_px(faces[i], width, height) for i in ranked}
    xs = sorted({min(max(v, 0.0), width - w) for b in heads.values() for v in (b[0], b[2] - w)})
    ys = sorted({min(max(v, 0.0), height - h) for b in heads.values() for v in (b[1], b[3] - h)})
    found: dict[tuple[int, ...], float] = {}
    for x in xs:
        for y in ys:
            window = (x, y, x + w, y + h)
            members = tuple(sorted(i for i in ranked if _inside(heads[i], window, 0.0)))
            if members and members not in found:
                found[members] = len(members) + sum(_weight(faces[i]) for i in members) / max(
                    _weight(faces[ranked[0]]), 1e-9)
    ordered = sorted(found, key=lambda m: (-found[m], m))
    return [list(m) for m in ordered[:24]]


# --------------------------------------------------------------------------------------
# Finishing: whole pixels, exact aspect
# --------------------------------------------------------------------------------------


def _finish(width: int, height: int, aspect: float, box: Box, reason: Reason, faces: Sequence[Face],
            circle: bool) -> CropBox:
    """Snap ``box`` to whole pixels with the exact aspect, inside the picture, and report
    which faces kept their whole head."""
    x, y, right, bottom = box
    w_f, h_f = right - x, bottom - y
    # The height first, then the width from it: the width is then within half a pixel
    # of the exact aspect (the other way round it can be off by aspect / 2 pixels).
    h = min(max(1, math.ceil(h_f - 1e-6)), height)
    w = max(1, round(h * aspect))
    while w > width and h > 1:
        h -= 1
        w = max(1, round(h * aspect))
    # Keep the centre where the proposal put it, unless that loses a head it held.
    left = min(max(round(x + (w_f - w) / 2), 0), width - w)
    top = min(max(round(y + (h_f - h) / 2), 0), height - h)
    heads = [_head_px(face, width, height) for face in faces]
    held = [head for head in heads if (_in_circle(head, box, 0.5) if circle else _inside(head, box, 0.5))]
    if held:
        need = _union(held)
        lo, hi = max(0, math.ceil(need[2] - w - 1e-6)), min(width - w, math.floor(need[0] + 1e-6))
        if lo <= hi:
            left = min(max(left, lo), hi)
        lo, hi = max(0, math.ceil(need[3] - h - 1e-6)), min(height - h, math.floor(need[1] + 1e-6))
        if lo <= hi:
            top = min(max(top, lo), hi)
    kept, left_out = [], []
    square = (float(left), float(top), float(left + w), float(top + h))
    for i, head in enumerate(heads):
        ok = _in_circle(head, square) if circle else _inside(head, square)
        (kept if ok else left_out).append(i)
    return CropBox(left / width, top / height, w / width, h / height, reason, tuple(kept), tuple(left_out))


# --------------------------------------------------------------------------------------
# Saliency
# --------------------------------------------------------------------------------------

_SALIENCY_SIDE = 128
# Below this colour distance (CIELAB units) nothing stands out: the picture is flat.
_FLAT_CONTRAST = 12.0


def saliency_map(image: Image.Image | np.ndarray) -> np.ndarray | None:
    """A small saliency map (float32, 0–1, about 128 px on its long side) of ``image``,
    or ``None`` when the picture is flat.

    Two cues, averaged: colour contrast (the distance of each blurred pixel from the
    picture's mean colour in CIELAB, after Achanta et al.) and the spectral residual of
    the grey picture (Hou & Zhang), which finds small, textured objects.
    """
    import cv2

    if isinstance(image, Image.Image):
        rgb = np.asarray(image.convert("RGB"))
    else:
        rgb = np.asarray(image)
        if rgb.ndim == 2:
            rgb = np.repeat(rgb[..., None], 3, axis=2)
        rgb = np.ascontiguousarray(rgb[..., :3])
    if rgb.dtype != np.uint8:
        raise InvalidValue(f"saliency needs 8-bit pixels, got {rgb.dtype}")
    height, width = rgb.shape[:2]
    factor = _SALIENCY_SIDE / max(width, height)
    size = (max(8, round(width * factor)), max(8, round(height * factor)))
    small = resample(rgb, size)
    lab = cv2.cvtColor(small.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)
    lab = cv2.GaussianBlur(lab, (5, 5), 0)
    contrast = np.linalg.norm(lab - lab.reshape(-1, 3).mean(axis=0), axis=2)
    if float(np.percentile(contrast, 99.5)) < _FLAT_CONTRAST:
        return None
    colour = contrast / max(float(contrast.max()), 1e-6)

    grey = cv2.resize(lab[..., 0], (64, max(8, round(64 * size[1] / size[0]))), interpolation=cv2.INTER_AREA)
    spectrum = np.fft.fft2(grey)
    log_amp = np.log(np.abs(spectrum) + 1e-6)
    residual = log_amp - cv2.blur(log_amp, (3, 3))
    sr = np.abs(np.fft.ifft2(np.exp(residual + 1j * np.angle(spectrum)))) ** 2
    sr = cv2.GaussianBlur(sr.astype(np.float32), (0, 0), 2.5)
    sr = cv2.resize(sr, size, interpolation=cv2.INTER_LINEAR)
    sr /= max(float(sr.max()), 1e-12)
    return ((colour + sr) / 2).astype(np.float32)


def _saliency_crop(width: int, height: int, aspect: float, saliency: np.ndarray) -> CropBox | None:
    """The largest window of ``aspect`` holding the most saliency, re-centred on the
    salient mass it holds; ``None`` when no window stands out from the centred one."""
    map_h, map_w = saliency.shape
    sx, sy = map_w / width, map_h / height
    w, h = _largest(width, height, aspect)
    ww, wh = w * sx, h * sy
    integral = np.pad(np.cumsum(np.cumsum(saliency.astype(np.float64), 0), 1), ((1, 0), (1, 0)))
    total = float(integral[-1, -1])
    if total <= 0:
        return None

    def at(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        # The integral image read at fractional points (bilinear), for many points at once.
        x = np.clip(x, 0.0, map_w)
        y = np.clip(y, 0.0, map_h)
        i0 = np.minimum(np.floor(y), map_h - 1).astype(int)
        j0 = np.minimum(np.floor(x), map_w - 1).astype(int)
        fy, fx = y - i0, x - j0
        a = integral[i0, j0] * (1 - fx) + integral[i0, j0 + 1] * fx
        b = integral[i0 + 1, j0] * (1 - fx) + integral[i0 + 1, j0 + 1] * fx
        return a * (1 - fy) + b * fy

    def masses(x0: np.ndarray, y0: np.ndarray) -> np.ndarray:
        return at(x0 + ww, y0 + wh) - at(x0, y0 + wh) - at(x0 + ww, y0) + at(x0, y0)

    def mass(x0: float, y0: float) -> float:
        return float(masses(np.array([x0]), np.array([y0]))[0])

    free_x, free_y = map_w - ww, map_h - wh
    steps = 64
    k = np.arange(steps + 1) / steps
    positions = list(zip((free_x * k).tolist(), (free_y * k).tolist()))
    scores = masses(free_x * k, free_y * k).tolist()
    best = int(np.argmax(scores))
    centre_score = mass(free_x / 2, free_y / 2)
    if scores[best] - centre_score < 0.02 * total:
        return None
    # Re-centre on the salient mass inside the best window (objects sit centred, not on
    # the window's edge), as long as that keeps nearly all of it.
    bx, by = positions[best]
    i0, i1 = int(by), min(map_h, int(math.ceil(by + wh)))
    j0, j1 = int(bx), min(map_w, int(math.ceil(bx + ww)))
    window = saliency[i0:i1, j0:j1].astype(np.float64)
    if window.sum() > 0:
        yy, xx = np.mgrid[i0:i1, j0:j1]
        cx = float((window * (xx + 0.5)).sum() / window.sum())
        cy = float((window * (yy + 0.5)).sum() / window.sum())
        rx = min(max(cx - ww / 2, 0.0), free_x)
        ry = min(max(cy - wh / 2, 0.0), free_y)
        if mass(rx, ry) >= 0.97 * scores[best]:
            bx, by = rx, ry
    x, y = bx / sx, by / sy
    return _finish(width, height, aspect, (x, y, x + w, y + h), "saliency", (), False)
