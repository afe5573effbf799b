"""Frames as planar I420 (yuv420p) buffers, BT.709 limited range, and the operations on them.

Working in I420 rather than RGB halves the pixels every per-frame operation touches (the
chroma planes are a quarter of the luma each) and spares a colour conversion per frame:
a picture is converted once, then warped, blended and overlaid as planes, and the buffer
goes to ffmpeg as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

# RGB (0–255) → Y'CbCr BT.709, limited range, as a 3×4 affine matrix for cv2.transform.
_KR, _KB = 0.2126, 0.0722
_KG = 1 - _KR - _KB
_Y = np.array([_KR, _KG, _KB])
_CB = (np.array([0, 0, 1.0]) - _Y) / (2 * (1 - _KB))
_CR = (np.array([1.0, 0, 0]) - _Y) / (2 * (1 - _KR))
_M3 = np.stack([_Y * 219 / 255, _CB * 224 / 255, _CR * 224 / 255])
_OFFSET = np.array([16.0, 128.0, 128.0])
RGB_TO_YUV = np.hstack([_M3, _OFFSET[:, None]]).astype(np.float32)
_INV = np.linalg.inv(_M3)
YUV_TO_RGB = np.hstack([_INV, (-_INV @ _OFFSET)[:, None]]).astype(np.float32)


@dataclass
class Planes:
    """A picture as three planes: ``y`` (h × w) and ``u``, ``v`` (h/2 × w/2), uint8. Sizes must be even."""

    y: np.ndarray
    u: np.ndarray
    v: np.ndarray

    @property
    def size(self) -> tuple[int, int]:
        return (self.y.shape[1], self.y.shape[0])

    @classmethod
    def from_rgb(cls, rgb: np.ndarray) -> Planes:
        """Convert an RGB uint8 array (even size) to planes (chroma averaged over 2×2 blocks)."""
        h, w = rgb.shape[:2]
        if h % 2 or w % 2:
            rgb = rgb[: h - h % 2, : w - w % 2]
            h, w = rgb.shape[:2]
        yuv = cv2.transform(np.ascontiguousarray(rgb), RGB_TO_YUV)
        y, u, v = cv2.split(yuv)
        half = (w // 2, h // 2)
        return cls(y, cv2.resize(u, half, interpolation=cv2.INTER_AREA),
                   cv2.resize(v, half, interpolation=cv2.INTER_AREA))

    def to_rgb(self) -> np.ndarray:
        w, h = self.size
        u = cv2.resize(self.u, (w, h), interpolation=cv2.INTER_LINEAR)
        v = cv2.resize(self.v, (w, h), interpolation=cv2.INTER_LINEAR)
        return cv2.transform(cv2.merge([self.y, u, v]), YUV_TO_RGB)

    def resized(self, size: tuple[int, int], interpolation: int = cv2.INTER_AREA) -> Planes:
        w, h = size
        return Planes(cv2.resize(self.y, (w, h), interpolation=interpolation),
                      cv2.resize(self.u, (w // 2, h // 2), interpolation=interpolation),
                      cv2.resize(self.v, (w // 2, h // 2), interpolation=interpolation))


class Frame(Planes):
    """An output frame: planes that are views of one contiguous I420 buffer, ready to be piped."""

    def __init__(self, size: tuple[int, int], buffer: np.ndarray | None = None) -> None:
        w, h = size
        if w % 2 or h % 2:
            raise ValueError(f"frame size must be even, not {size}")
        self.buffer = np.empty(w * h * 3 // 2, np.uint8) if buffer is None else buffer
        n = w * h
        super().__init__(self.buffer[:n].reshape(h, w), self.buffer[n:n + n // 4].reshape(h // 2, w // 2),
                         self.buffer[n + n // 4:].reshape(h // 2, w // 2))

    @property
    def plane_2d(self) -> np.ndarray:
        """The whole buffer as a 2-D array (for operations on all three planes at once)."""
        w, h = self.size
        return self.buffer.reshape(h * 3 // 2, w)

    def copy_from(self, other: Planes) -> None:
        if isinstance(other, Frame):
            np.copyto(self.buffer, other.buffer)
        else:
            np.copyto(self.y, other.y)
            np.copyto(self.u, other.u)
            np.copyto(self.v, other.v)

    @classmethod
    def of(cls, planes: Planes) -> Frame:
        frame = cls(planes.size)
        frame.copy_from(planes)
        return frame

    def fill_rgb(self, rgb: tuple[int, int, int]) -> None:
        y, u, v = (RGB_TO_YUV[:, :3] @ np.asarray(rgb, np.float32) + RGB_TO_YUV[:, 3]).round().clip(0, 255)
        self.y.fill(int(y))
        self.u.fill(int(u))
        self.v.fill(int(v))


def chroma_matrix(m: np.ndarray) -> np.ndarray:
    """The affine map of the half-size chroma planes that matches ``m`` (luma pixels, centre-sited samples)."""
    a = m[:, :2]
    out = m.astype(np.float64).copy()
    out[:, 2] = (a @ np.array([0.5, 0.5]) + m[:, 2] - 0.5) / 2
    return out


def warp_into(source: Planes, m: np.ndarray, frame: Planes) -> None:
    """Warp ``source`` by the 2×3 matrix ``m`` (source luma pixels → frame luma pixels) into ``frame``."""
    w, h = frame.size
    flags = cv2.INTER_LINEAR
    cv2.warpAffine(source.y, m, (w, h), dst=frame.y, flags=flags, borderMode=cv2.BORDER_REPLICATE)
    mc = chroma_matrix(m)
    cv2.warpAffine(source.u, mc, (w // 2, h // 2), dst=frame.u, flags=flags, borderMode=cv2.BORDER_REPLICATE)
    cv2.warpAffine(source.v, mc, (w // 2, h // 2), dst=frame.v, flags=flags, borderMode=cv2.BORDER_REPLICATE)


def blend_into(a: Frame, b: Frame, weight_b: float, out: Frame) -> None:
    """``out = a·(1−w) + b·w`` over all planes (a crossfade step)."""
    cv2.addWeighted(a.plane_2d, 1.0 - weight_b, b.plane_2d, weight_b, 0.0, dst=out.plane_2d)


@dataclass(frozen=True)
class Overlay:
    """A picture with transparency placed over frames (a caption band, a subtitle): premultiplied planes.

    ``left``/``top`` are even luma pixel coordinates. Made once, applied to many frames.
    """

    left: int
    top: int
    planes: Planes
    alpha: np.ndarray        # float32, luma size, 0–1
    alpha_half: np.ndarray   # float32, chroma size

    @classmethod
    def from_rgba(cls, rgba: np.ndarray, left: int, top: int) -> Overlay:
        left -= left % 2
        top -= top % 2
        h, w = rgba.shape[:2]
        rgba = rgba[: h - h % 2, : w - w % 2]
        planes = Planes.from_rgb(np.ascontiguousarray(rgba[..., :3]))
        alpha = rgba[..., 3].astype(np.float32) / 255
        half = cv2.resize(alpha, planes.u.shape[::-1], interpolation=cv2.INTER_AREA)
        return cls(left, top, planes, alpha, half)

    def apply(self, frame: Planes, opacity: float = 1.0) -> None:
        """Blend over ``frame`` in place (clipped to the frame)."""
        fw, fh = frame.size
        ow, oh = self.planes.size
        x0, y0 = max(0, self.left), max(0, self.top)
        x1, y1 = min(fw, self.left + ow), min(fh, self.top + oh)
        if x1 <= x0 or y1 <= y0:
            return
        sx, sy = x0 - self.left, y0 - self.top
        self._blend(frame.y[y0:y1, x0:x1], self.planes.y[sy:sy + y1 - y0, sx:sx + x1 - x0],
                    self.alpha[sy:sy + y1 - y0, sx:sx + x1 - x0], opacity)
        cx0, cy0, cx1, cy1, csx, csy = x0 // 2, y0 // 2, x1 // 2, y1 // 2, sx // 2, sy // 2
        for dst, src in ((frame.u, self.planes.u), (frame.v, self.planes.v)):
            self._blend(dst[cy0:cy1, cx0:cx1], src[csy:csy + cy1 - cy0, csx:csx + cx1 - cx0],
                        self.alpha_half[csy:csy + cy1 - cy0, csx:csx + cx1 - cx0], opacity)

    @staticmethod
    def _blend(dst: np.ndarray, src: np.ndarray, alpha: np.ndarray, opacity: float) -> None:
        a = alpha if opacity >= 1.0 else alpha * np.float32(opacity)
        dst[...] = cv2.blendLinear(src, dst, a, 1.0 - a)
