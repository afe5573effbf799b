"""Face proposals from a small neural network: MediaPipe's BlazeFace ("back camera" model).

The network (``resources/models/face_detection_back.tflite``, Apache 2.0, see
``resources/models/PROVENANCE.md``) reads a 256×256 picture and scores 896 anchor boxes;
it runs on OpenCV's DNN module, so nothing beyond OpenCV is needed. It is fast (about
8 ms a picture on one core) and finds frontal and turned faces down to about 6 % of the
picture's short side, but it also likes cat faces and coffee cups a little: its boxes are
proposals, confirmed by :mod:`icc_studio.core.faces` before they count as faces.

Pictures much wider (or taller) than 4:3 are searched in overlapping tiles, so that a
panorama's faces are not shrunk away by the letterbox.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .errors import InvalidValue
from .paths import resources_dir

__all__ = ["MODEL_FILE", "Proposal", "Scaler", "propose_faces"]

Scaler = Callable[[tuple[int, int, int, int], tuple[int, int]], np.ndarray]

MODEL_FILE = "models/face_detection_back.tflite"

_SIDE = 256
# Anchor layout of the model (MediaPipe's face_detection_back: 4 layers, strides
# 16, 32, 32, 32, two anchors per cell and layer, offsets at the cells' centres).
_STRIDES = (16, 32, 32, 32)
_RAW_LIMIT = 80.0
#: Proposals scoring below this are dropped (MediaPipe's own threshold is 0.5; a little
#: lower keeps the small faces of group photos, and the confirmation removes the rest).
MIN_SCORE = 0.45
# A tile covers at most this aspect ratio; wider pictures are cut into overlapping tiles.
_TILE_ASPECT = 1.5

_local = threading.local()


@dataclass(frozen=True)
class Proposal:
    """A face box proposed by the network, in pixels of the searched picture, with its
    score (0–1) and the eye line (the mean height of both eyes' key points)."""

    x: float
    y: float
    w: float
    h: float
    score: float
    eyes_y: float


def _anchors() -> np.ndarray:
    anchors: list[tuple[float, float]] = []
    layer = 0
    while layer < len(_STRIDES):
        last, repeats = layer, 0
        while last < len(_STRIDES) and _STRIDES[last] == _STRIDES[layer]:
            last += 1
            repeats += 2
        cells = _SIDE // _STRIDES[layer]
        for y in range(cells):
            for x in range(cells):
                anchors.extend([((x + 0.5) / cells, (y + 0.5) / cells)] * repeats)
        layer = last
    return np.asarray(anchors, dtype=np.float32)


def load_network():
    cached = getattr(_local, "network", None)
    if cached is None:
        import cv2

        path = resources_dir() / MODEL_FILE
        if not path.is_file():
            raise InvalidValue(f"the face detection model {path} is missing")
        try:
            net = cv2.dnn.readNetFromTFLite(str(path))
        except cv2.error as exc:
            raise InvalidValue(f"the face detection model {path} could not be loaded: {exc}") from exc
        cached = (net, net.getUnconnectedOutLayersNames(), _anchors())
        _local.network = cached
    return cached


def propose_faces(scaled: Scaler, width: int, height: int) -> list[Proposal]:
    """Face proposals in an upright picture of ``width`` × ``height`` pixels, best first.

    ``scaled(box, size)`` gives the RGB ``uint8`` pixels of ``box`` (x0, y0, x1, y1) of the
    picture resized to ``size`` (width, height): the caller decides how to read them cheaply.
    """
    if min(width, height) < 16:
        return []
    found: list[Proposal] = []
    for box in _tiles(width, height):
        x0, y0, x1, y1 = box
        scale = _SIDE / max(x1 - x0, y1 - y0)
        size = (max(1, round((x1 - x0) * scale)), max(1, round((y1 - y0) * scale)))
        found += [Proposal(p.x + x0, p.y + y0, p.w, p.h, p.score, p.eyes_y + y0)
                  for p in _search(scaled(box, size), scale)]
    return _suppress(found)


def _tiles(width: int, height: int) -> list[tuple[int, int, int, int]]:
    """(x0, y0, x1, y1) of the parts searched: the whole picture when it is no wider (or
    taller) than 1.5:1, otherwise overlapping tiles of about 1.5:1 along its long side."""
    long_side, short = max(width, height), min(width, height)
    span = round(short * _TILE_ASPECT)
    if long_side <= span * 1.1:
        return [(0, 0, width, height)]
    count = math.ceil((long_side - span) / (span * 0.6)) + 1
    step = (long_side - span) / (count - 1)
    starts = [round(i * step) for i in range(count)]
    if width >= height:
        return [(s, 0, s + span, height) for s in starts]
    return [(0, s, width, s + span) for s in starts]


def _search(small: np.ndarray, scale: float) -> list[Proposal]:
    """Proposals in ``small`` (RGB, long side ``_SIDE``), a copy of the searched part
    shrunk by ``scale``; boxes in pixels of that part."""
    net, outputs, anchors = load_network()
    size = (small.shape[1], small.shape[0])
    pad_x, pad_y = (_SIDE - size[0]) // 2, (_SIDE - size[1]) // 2
    canvas = np.zeros((_SIDE, _SIDE, 3), np.float32)
    canvas[pad_y:pad_y + size[1], pad_x:pad_x + size[0]] = small.astype(np.float32) * (1 / 127.5) - 1.0
    net.setInput(np.ascontiguousarray(canvas.transpose(2, 0, 1)[None]))
    first, second = net.forward(outputs)
    raw_scores, raw_boxes = (first, second) if first.shape[-1] == 1 else (second, first)
    scores = 1.0 / (1.0 + np.exp(-np.clip(raw_scores.reshape(-1), -_RAW_LIMIT, _RAW_LIMIT)))
    boxes = raw_boxes.reshape(len(anchors), -1) / _SIDE
    proposals = []
    for index in np.flatnonzero(scores >= MIN_SCORE):
        box = boxes[index].astype(float)
        ax, ay = (float(v) for v in anchors[index])
        cx, cy, w, h = float(box[0]) + ax, float(box[1]) + ay, float(box[2]), float(box[3])
        if w <= 0 or h <= 0:
            continue
        eyes = float(box[5] + box[7]) / 2 + ay  # key points 0 and 1: the eyes
        to_px = _SIDE / scale
        proposals.append(Proposal((cx - w / 2) * to_px - pad_x / scale, (cy - h / 2) * to_px - pad_y / scale,
                                  w * to_px, h * to_px, float(scores[index]), eyes * to_px - pad_y / scale))
    return proposals


def _suppress(proposals: list[Proposal]) -> list[Proposal]:
    kept: list[Proposal] = []
    for p in sorted(proposals, key=lambda p: (-p.score, p.x, p.y)):
        if all(_iou(p, k) < 0.3 for k in kept):
            kept.append(p)
    return kept


def _iou(a: Proposal, b: Proposal) -> float:
    ix = max(0.0, min(a.x + a.w, b.x + b.w) - max(a.x, b.x))
    iy = max(0.0, min(a.y + a.h, b.y + b.h) - max(a.y, b.y))
    inter = ix * iy
    return inter / (a.w * a.h + b.w * b.h - inter)
