"""Gentle "Ken Burns" motion framed on the faces, and crossfades.

A photo is shown through a window of the output's aspect that moves from one rectangle
to another: the face-aware crop (``crops.propose_crop``) and the same crop widened by
``zoom`` around the faces. The window's centre moves linearly and its width
geometrically (a steady apparent zoom); every frame is one ``cv2.warpAffine`` with the
exact, sub-pixel matrix — no rounding of the window to whole pixels, hence no jitter.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from .frames import Planes, warp_into

DEFAULT_ZOOM = 1.12


@dataclass(frozen=True)
class Window:
    """A rectangle of the source picture, in pixels: centre and width (its height follows the aspect)."""

    cx: float
    cy: float
    w: float


@dataclass(frozen=True)
class KenBurns:
    """The window's path over a shot: from ``start`` to ``end``, on a picture of ``source_size``."""

    source_size: tuple[int, int]
    aspect: float  # width / height of the output
    start: Window
    end: Window

    def window(self, t: float) -> Window:
        """The window at ``t`` (0 = first frame, 1 = last)."""
        t = min(1.0, max(0.0, t))
        w = math.exp(math.log(self.start.w) * (1 - t) + math.log(self.end.w) * t)
        return Window(self.start.cx + (self.end.cx - self.start.cx) * t,
                      self.start.cy + (self.end.cy - self.start.cy) * t, w)

    def matrix(self, t: float, out_size: tuple[int, int]) -> np.ndarray:
        """The 2×3 affine matrix (source pixels → output pixels, pixel centres at integers) at ``t``."""
        win = self.window(t)
        s = out_size[0] / win.w
        x0 = win.cx - win.w / 2
        y0 = win.cy - win.w / self.aspect / 2
        return np.array([[s, 0.0, s * (0.5 - x0) - 0.5], [0.0, s, s * (0.5 - y0) - 0.5]], np.float64)


def plan_motion(source_size: tuple[int, int], aspect: float, crop: tuple[float, float, float, float], *,
                focus: tuple[float, float] | None = None, zoom: float = DEFAULT_ZOOM,
                zoom_in: bool = True) -> KenBurns:
    """The motion of one photo.

    ``crop`` is the face-aware crop (relative x, y, w, h) of ``aspect``; ``focus`` the
    relative point to zoom around (the faces' centre; default: the crop's centre). The
    wide window is the crop widened by ``zoom`` (kept inside the picture); the tight one
    is the wide one narrowed by ``zoom`` around the focus, so the faces stay in view all along.
    """
    sw, sh = source_size
    cx, cy, cw, ch = crop[0] * sw, crop[1] * sh, crop[2] * sw, crop[3] * sh
    fx, fy = (focus[0] * sw, focus[1] * sh) if focus else (cx + cw / 2, cy + ch / 2)
    max_w = min(sw, sh * aspect)
    wide_w = min(max_w, cw * zoom)
    wide = _inside(Window(cx + cw / 2, cy + ch / 2, wide_w), source_size, aspect)
    tight_w = wide.w / zoom
    # The tight window keeps the focus at the same place in the frame as in the wide one.
    rx = (fx - (wide.cx - wide.w / 2)) / wide.w
    ry = (fy - (wide.cy - wide.w / aspect / 2)) / (wide.w / aspect)
    tight = _inside(Window(fx + (0.5 - rx) * tight_w, fy + (0.5 - ry) * tight_w / aspect, tight_w), source_size, aspect)
    return KenBurns(source_size, aspect, wide, tight) if zoom_in else KenBurns(source_size, aspect, tight, wide)


def _inside(win: Window, size: tuple[int, int], aspect: float) -> Window:
    sw, sh = size
    w = min(win.w, sw, sh * aspect)
    h = w / aspect
    cx = min(max(win.cx, w / 2), sw - w / 2)
    cy = min(max(win.cy, h / 2), sh - h / 2)
    return Window(cx, cy, w)


def faces_focus(faces: Sequence[Mapping[str, float]]) -> tuple[float, float] | None:
    """The weighted centre of the faces' eyes area (relative), or None without faces."""
    if not faces:
        return None
    total = sum(float(f.get("weight", 1.0)) * float(f["w"]) * float(f["h"]) for f in faces) or 1.0
    x = sum(float(f.get("weight", 1.0)) * f["w"] * f["h"] * (f["x"] + f["w"] / 2) for f in faces) / total
    y = sum(float(f.get("weight", 1.0)) * f["w"] * f["h"] * (f["y"] + f["h"] / 2) for f in faces) / total
    return (float(x), float(y))


class MovingPhoto:
    """Frames of one photo with its motion: the picture is converted to planes and pre-scaled once."""

    def __init__(self, rgb: np.ndarray, motion: KenBurns, out_size: tuple[int, int]) -> None:
        # Pre-scale so that the tightest window maps about 1:1 onto the output: no aliasing from
        # a large reduction in warpAffine, and as few source pixels as the output needs.
        narrowest = min(motion.start.w, motion.end.w)
        factor = min(1.0, out_size[0] / narrowest)
        if factor < 0.999:
            h, w = rgb.shape[:2]
            size = (max(2, round(w * factor)), max(2, round(h * factor)))
            rgb = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
            factor_x, factor_y = size[0] / w, size[1] / h
            motion = KenBurns(size, motion.aspect, *(Window(win.cx * factor_x, win.cy * factor_y, win.w * factor_x)
                                                      for win in (motion.start, motion.end)))
        self.planes = Planes.from_rgb(rgb)
        self.motion = motion
        self.out_size = out_size

    def render(self, t: float, frame: Planes) -> None:
        warp_into(self.planes, self.motion.matrix(t, self.out_size), frame)


def crossfade_weight(index: int, length: int) -> float:
    """Weight of the incoming shot at frame ``index`` (0-based) of a crossfade of ``length`` frames."""
    return (index + 1) / (length + 1)
