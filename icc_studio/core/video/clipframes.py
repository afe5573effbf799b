"""Frames of a resident's clip for the city video: trimmed, upright, 30 fps, fitted to the aspect.

The clip's normalised proxy is read when the clips module made one (``proxy.proxy_path``);
otherwise the stored clip is decoded with PyAV. Frames are taken at the output's times
(nearest earlier source frame: variable frame rates become 30 fps constant), turned upright
(rotation side data), and either cropped around the faces or — when a crop would cut away
too much, e.g. a landscape clip in a 9:16 story — fitted whole over a blurred, darkened copy
of themselves.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from ..errors import IccError
from .frames import Planes

#: A crop that keeps less than this share of the picture is replaced by a blurred-pad fit.
MIN_CROP_SHARE = 0.5


class ClipReadError(IccError):
    code = "clip-read"
    template = "{file}: {detail}"

    def __init__(self, file: Path | str, detail: str) -> None:
        super().__init__(detail, file=str(file))


@dataclass(frozen=True)
class ClipInfo:
    path: Path
    size: tuple[int, int]       # upright display size
    duration: float
    rotation: int               # degrees as PyAV reports it
    has_audio: bool


def clip_source(project_folder: Path, media_sha256: str, original: Path) -> Path:
    """The file to read a clip from: its normalised proxy when one exists, else the stored clip."""
    try:
        from . import proxy  # written by the clips module
    except ImportError:
        return original
    finder = getattr(proxy, "proxy_path", None)
    if finder is None:
        return original
    try:
        candidate = Path(finder(project_folder, media_sha256))
    except Exception:  # noqa: BLE001 - any trouble with a proxy falls back to the original
        return original
    return candidate if candidate.is_file() else original


def probe_clip(path: Path) -> ClipInfo:
    import av

    try:
        with av.open(str(path), options={"protocol_whitelist": "file"}) as container:
            if not container.streams.video:
                raise ClipReadError(path, "the file has no video stream")
            stream = container.streams.video[0]
            duration = None
            if stream.duration is not None and stream.time_base is not None:
                duration = float(stream.duration * stream.time_base)
            elif container.duration is not None:
                duration = container.duration / 1_000_000
            rotation = 0
            for frame in container.decode(stream):
                rotation = int(getattr(frame, "rotation", 0) or 0)
                w, h = frame.width, frame.height
                break
            else:
                raise ClipReadError(path, "the clip has no frame")
            has_audio = bool(container.streams.audio)
    except av.error.FFmpegError as exc:
        raise ClipReadError(path, f"the clip cannot be read ({exc})") from exc
    if rotation % 180:
        w, h = h, w
    return ClipInfo(Path(path), (w, h), float(duration or 0.0), rotation, has_audio)


def _upright(rgb: np.ndarray, rotation: int) -> np.ndarray:
    k = round(rotation / 90) % 4
    return np.ascontiguousarray(np.rot90(rgb, k=k)) if k else rgb


@dataclass(frozen=True)
class Framing:
    """How a clip fills the output: ``crop`` (relative x, y, w, h of the upright picture) or a blurred-pad fit."""

    crop: tuple[float, float, float, float] | None


def choose_framing(size: tuple[int, int], out_size: tuple[int, int], first_rgb: np.ndarray | None) -> Framing:
    """Crop around the faces when that keeps enough of the picture, else fit over a blurred copy."""
    from ..crops import propose_crop
    from ..faces import detect_faces

    w, h = size
    aspect = out_size[0] / out_size[1]
    share = min(w / h, aspect) / max(w / h, aspect)
    if share < MIN_CROP_SHARE:
        return Framing(None)
    faces = detect_faces(first_rgb) if first_rgb is not None else ()
    box = propose_crop((w, h), faces, aspect)
    # A clip keeps the widest view of its aspect that holds the faces (no tight portrait crop).
    cw = min(1.0, (h * aspect) / w)
    ch = min(1.0, (w / aspect) / h)
    cx = min(max(box.x + box.w / 2 - cw / 2, 0.0), 1.0 - cw)
    cy = min(max(box.y + box.h / 2 - ch / 2, 0.0), 1.0 - ch)
    return Framing((cx, cy, cw, ch))


def fit_frame(rgb: np.ndarray, framing: Framing, out_size: tuple[int, int]) -> np.ndarray:
    """One upright RGB picture turned into an RGB frame of ``out_size``."""
    ow, oh = out_size
    h, w = rgb.shape[:2]
    if framing.crop is not None:
        x, y, cw, ch = framing.crop
        x0, y0 = int(round(x * w)), int(round(y * h))
        x1, y1 = max(x0 + 1, int(round((x + cw) * w))), max(y0 + 1, int(round((y + ch) * h)))
        region = rgb[y0:y1, x0:x1]
        shrink = region.shape[1] >= ow
        return cv2.resize(region, (ow, oh), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LINEAR)
    out = blurred_cover(rgb, out_size)
    fit = min(ow / w, oh / h)
    fw, fh = max(2, round(w * fit)), max(2, round(h * fit))
    inner = cv2.resize(rgb, (fw, fh), interpolation=cv2.INTER_AREA if fit < 1 else cv2.INTER_LINEAR)
    x0, y0 = (ow - fw) // 2, (oh - fh) // 2
    out[y0:y0 + fh, x0:x0 + fw] = inner
    return out


def blurred_cover(rgb: np.ndarray, out_size: tuple[int, int]) -> np.ndarray:
    """The picture shrunk small, blurred and darkened, then enlarged to cover ``out_size`` (a backdrop)."""
    ow, oh = out_size
    h, w = rgb.shape[:2]
    small = cv2.resize(rgb, (max(4, w // 16), max(4, h // 16)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), 1.5)
    small = (small.astype(np.uint16) * 150 // 255).astype(np.uint8)
    sh, sw = small.shape[:2]
    cover_scale = max(ow / sw, oh / sh)
    cw, ch = ow / cover_scale, oh / cover_scale
    x0, y0 = int((sw - cw) / 2), int((sh - ch) / 2)
    region = small[y0:y0 + max(1, int(math.ceil(ch))), x0:x0 + max(1, int(math.ceil(cw)))]
    return cv2.resize(region, (ow, oh), interpolation=cv2.INTER_LINEAR)  # blurred: whole pixels are fine


def first_frame(path: Path, at: float = 0.0) -> np.ndarray | None:
    """The upright RGB frame at ``at`` seconds (for face detection and framing)."""
    for rgb in _decoded(path, at, at + 0.5, 30):
        return rgb
    return None


def _decoded(path: Path, start: float, end: float, fps: int) -> Iterator[np.ndarray]:
    """Upright RGB pictures at ``start + k/fps`` for every k with the time before ``end``."""
    import av

    wanted = max(0, int(round((end - start) * fps)))
    if wanted == 0:
        return
    try:
        container = av.open(str(path), options={"protocol_whitelist": "file"})
    except av.error.FFmpegError as exc:
        raise ClipReadError(path, f"the clip cannot be read ({exc})") from exc
    with container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        base = stream.start_time * stream.time_base if stream.start_time is not None else 0
        if start > 1.0:
            container.seek(int((start - 1.0 + float(base)) / stream.time_base), stream=stream, backward=True)
        k = 0
        held = None  # the last decoded frame (av.VideoFrame) and its upright picture, made when needed
        picture = None
        try:
            for frame in container.decode(stream):
                t = float(frame.pts * stream.time_base - base) if frame.pts is not None else 0.0
                while k < wanted and start + k / fps < t - 0.5 / fps:
                    if held is None:
                        held = frame  # the output starts before the first frame: show the first
                    if picture is None:
                        picture = _upright(held.to_ndarray(format="rgb24"), int(getattr(held, "rotation", 0) or 0))
                    yield picture
                    k += 1
                if k >= wanted:
                    return
                held, picture = frame, None
        except av.error.FFmpegError as exc:
            if held is None:
                raise ClipReadError(path, f"the clip cannot be decoded ({exc})") from exc
        if held is not None and picture is None:
            picture = _upright(held.to_ndarray(format="rgb24"), int(getattr(held, "rotation", 0) or 0))
        while k < wanted and picture is not None:  # a short clip: hold its last picture
            yield picture
            k += 1


class ClipFrames:
    """The frames of one trimmed clip, as planes of the output size, in order."""

    def __init__(self, path: Path, start: float, end: float, out_size: tuple[int, int], fps: int = 30) -> None:
        self.path = Path(path)
        self.start, self.end = start, end
        self.out_size = out_size
        self.fps = fps
        self.info = probe_clip(self.path)
        self.framing = choose_framing(self.info.size, out_size, first_frame(self.path, start))

    def frames(self) -> Iterator[Planes]:
        for rgb in _decoded(self.path, self.start, self.end, self.fps):
            yield Planes.from_rgb(fit_frame(rgb, self.framing, self.out_size))
