"""Editing a crop by hand: move, resize and drag a corner, keeping the output's aspect ratio
and staying inside the photo.

Crops are :class:`~icc_studio.core.render.photos.CropRect` values in relative units (0–1
of the upright photo); the aspect ratio is the one of the output's photo window, in
pixels, so the geometry is done in pixels of the photo and turned back into relative
units. Every function returns a new value and never modifies its input.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kits import Kit
from .photos import PHOTO_OUTPUTS, CropRect

#: The crop's short side never gets smaller than this share of the photo's short side.
MIN_SIDE_FRACTION = 0.05
#: Extra outputs whose crop can be set in the editor when the kit has a photo window for them.
EXTRA_EDITOR_OUTPUTS = ("facebook_cover",)


def editor_outputs(kit: Kit) -> tuple[str, ...]:
    """The outputs whose crop staff can set: the framed photo formats, and the Facebook cover
    when the kit has one with a photo window."""
    extra = tuple(o for o in EXTRA_EDITOR_OUTPUTS
                  if o in kit.templates and kit.templates[o].box("photo") is not None)
    return PHOTO_OUTPUTS + extra


@dataclass(frozen=True)
class CropFrame:
    """The photo a crop lives in (its upright size in pixels) and the aspect the crop must keep."""

    width: int
    height: int
    aspect: float  # width / height of the crop, in pixels

    def __post_init__(self) -> None:
        if self.width < 1 or self.height < 1 or not self.aspect > 0:
            raise ValueError(f"bad crop frame {self.width}×{self.height}, aspect {self.aspect}")

    # -- limits, in pixels -----------------------------------------------------------

    @property
    def max_width(self) -> float:
        return min(float(self.width), self.height * self.aspect)

    @property
    def min_width(self) -> float:
        short = MIN_SIDE_FRACTION * min(self.width, self.height)
        width = short * self.aspect if self.aspect >= 1 else short
        return min(width, self.max_width)

    # -- conversions -------------------------------------------------------------------

    def to_pixels(self, crop: CropRect) -> tuple[float, float, float, float]:
        return crop.x * self.width, crop.y * self.height, crop.w * self.width, crop.h * self.height

    def from_pixels(self, x: float, y: float, w: float) -> CropRect:
        """The crop of width ``w`` (pixels, the height follows from the aspect) at ``(x, y)``,
        moved inside the photo."""
        w = max(self.min_width, min(self.max_width, w))
        h = min(float(self.height), w / self.aspect)
        x = max(0.0, min(self.width - w, x))
        y = max(0.0, min(self.height - h, y))
        rw, rh = min(1.0, w / self.width), min(1.0, h / self.height)
        return CropRect(min(x / self.width, 1.0 - rw), min(y / self.height, 1.0 - rh), rw, rh)

    # -- edits -------------------------------------------------------------------------

    def fit(self, crop: CropRect) -> CropRect:
        """``crop`` with the right aspect (same centre, same area as far as possible), inside the photo."""
        x, y, w, h = self.to_pixels(crop)
        inside = crop.x >= 0 and crop.y >= 0 and crop.x + crop.w <= 1 + 1e-9 and crop.y + crop.h <= 1 + 1e-9
        if inside and abs(w - h * self.aspect) <= 1.5 and w >= self.min_width - 1e-6:
            return crop  # right to the pixel (proposals are whole pixels): kept exactly as it is
        area = max(1.0, w * h)
        new_w = (area * self.aspect) ** 0.5
        return self._centred(x + w / 2, y + h / 2, new_w)

    def move(self, crop: CropRect, dx: float, dy: float) -> CropRect:
        """``crop`` moved by ``(dx, dy)`` (relative units of the photo), stopped at the photo's edges."""
        x, y, w, _h = self.to_pixels(self.fit(crop))
        return self.from_pixels(x + dx * self.width, y + dy * self.height, w)

    def scale(self, crop: CropRect, factor: float) -> CropRect:
        """``crop`` made ``factor`` times wider and taller around its centre (moved back inside the photo)."""
        x, y, w, h = self.to_pixels(self.fit(crop))
        return self._centred(x + w / 2, y + h / 2, w * factor)

    def drag_corner(self, fixed: tuple[float, float], pointer: tuple[float, float]) -> CropRect:
        """The crop with one corner at ``fixed`` and the opposite one towards ``pointer`` (both relative
        points of the photo): as large as the pointer asks, with the aspect kept, inside the photo."""
        fx, fy = fixed[0] * self.width, fixed[1] * self.height
        px, py = pointer[0] * self.width, pointer[1] * self.height
        right, down = px >= fx, py >= fy
        room_w = (self.width - fx) if right else fx
        room_h = (self.height - fy) if down else fy
        w = max(abs(px - fx), abs(py - fy) * self.aspect)
        w = min(w, room_w, room_h * self.aspect)
        w = max(w, min(self.min_width, self.max_width))
        h = w / self.aspect
        x = fx if right else fx - w
        y = fy if down else fy - h
        return self.from_pixels(x, y, w)

    def _centred(self, cx: float, cy: float, w: float) -> CropRect:
        w = max(self.min_width, min(self.max_width, w))
        h = w / self.aspect
        return self.from_pixels(cx - w / 2, cy - h / 2, w)


def same_crop(a: CropRect | None, b: CropRect | None, tolerance: float = 1e-6) -> bool:
    if a is None or b is None:
        return a is b
    return all(abs(p - q) <= tolerance for p, q in zip((a.x, a.y, a.w, a.h), (b.x, b.y, b.w, b.h), strict=True))
