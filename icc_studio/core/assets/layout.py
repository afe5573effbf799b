"""Collage layouts: where each photo tile goes. Pure functions of (aspects, area, options, seed).

Every layout returns integer pixel rectangles inside the given area that never overlap
(at least ``gap`` pixels apart). The order of the photos is shuffled by ``seed``, so the
same inputs and seed always give the same poster, and another seed another arrangement.

* ``rows``    — justified rows: every row fills the width, photos keep (about) their aspect;
* ``columns`` — the same, turned by 90°: every column fills the height;
* ``grid``    — a regular grid of squares, the last row centred;
* ``heart``, ``circle`` — a regular grid of squares inside the shape; cells of the shape
  left over when there are fewer photos than cells become colour tiles (``index`` ``None``).

The layout does not judge sizes: :func:`smallest_side` tells the caller how small the tiles
are, and the collage refuses (with options) rather than print tiles under the kit's minimum.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..errors import InvalidValue

LAYOUTS: tuple[str, ...] = ("rows", "columns", "grid", "heart", "circle")
#: Photos are cropped to a tile aspect within these bounds (a panorama becomes a wide tile, not a sliver).
MIN_ASPECT, MAX_ASPECT = 0.75, 1.5
#: Rows (columns) may be made taller (wider) to fill the area, down to this tile aspect.
MIN_STRETCHED_ASPECT = 0.6
#: A heart or a circle is drawn with at least this many cells (colour tiles where there are fewer photos).
SHAPE_MIN_CELLS = 60


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def overlaps(self, other: Rect) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def contains(self, other: Rect) -> bool:
        return other.x >= self.x and other.y >= self.y and other.right <= self.right and other.bottom <= self.bottom


@dataclass(frozen=True)
class Tile:
    """A tile of the mosaic: ``index`` into the photos given to :func:`layout_tiles`, or ``None`` for a colour tile."""

    index: int | None
    rect: Rect


def layout_tiles(aspects: Sequence[float], area: Rect, *, kind: str = "rows", gap: int = 2,
                 seed: int = 0) -> tuple[Tile, ...]:
    """Tiles for photos of the given ``aspects`` (width / height) inside ``area``.

    Every photo gets exactly one tile. ``gap`` (≥ 1 px) separates neighbouring tiles.
    """
    if kind not in LAYOUTS:
        raise InvalidValue(f"unknown collage layout {kind!r} (choose from {', '.join(LAYOUTS)})")
    if gap < 1:
        raise InvalidValue(f"the gap between tiles must be at least 1 px, not {gap}")
    if area.w < 1 or area.h < 1:
        raise InvalidValue(f"the collage area must not be empty: {area}")
    count = len(aspects)
    if count == 0:
        return ()
    order = list(range(count))
    random.Random(seed).shuffle(order)
    clamped = [min(MAX_ASPECT, max(MIN_ASPECT, float(aspects[i]) if aspects[i] > 0 else 1.0)) for i in order]
    if kind == "rows":
        rects = _justified(clamped, area.w, area.h, gap)
    elif kind == "columns":
        turned = _justified([1 / a for a in clamped], area.h, area.w, gap)
        rects = [(y, x, h, w) for x, y, w, h in turned]
    elif kind == "grid":
        rects = _grid(count, area.w, area.h, gap)
    else:
        # A shape needs enough cells to be seen: with few photos the rest of it are colour tiles.
        cells = _shape_cells(max(count, SHAPE_MIN_CELLS), area.w, area.h, gap, _SHAPES[kind])
        fillers = len(cells) - count
        # Which cells stay colour tiles: spread over the shape (seeded), never bunched at one edge.
        spare = set(random.Random(seed + 1).sample(range(len(cells)), fillers)) if fillers > 0 else set()
        tiles, next_photo = [], 0
        for i, (x, y, w, h) in enumerate(cells):
            rect = _to_rect(area, x, y, w, h)
            if i in spare:
                tiles.append(Tile(None, rect))
            else:
                tiles.append(Tile(order[next_photo], rect))
                next_photo += 1
        return tuple(tiles)
    return tuple(Tile(order[i], _to_rect(area, *r)) for i, r in enumerate(rects))


def smallest_side(tiles: Sequence[Tile]) -> int:
    """The shortest side (px) of the photo tiles; 0 when there are none."""
    sides = [min(t.rect.w, t.rect.h) for t in tiles if t.index is not None]
    return min(sides) if sides else 0


def _to_rect(area: Rect, x: float, y: float, w: float, h: float) -> Rect:
    """Round the edges (not the sizes), so tiles that were ``gap`` ≥ 1 px apart stay apart."""
    left, top = area.x + math.floor(x + 0.5), area.y + math.floor(y + 0.5)
    right = min(area.right, area.x + math.floor(x + w + 0.5))
    bottom = min(area.bottom, area.y + math.floor(y + h + 0.5))
    return Rect(left, top, max(1, right - left), max(1, bottom - top))


# -- justified rows -------------------------------------------------------------------------------


def _pack(aspects: Sequence[float], width: float, height: float, gap: float) -> list[tuple[int, int, float, bool]]:
    """Rows as (start, end, row height, full) for a target row ``height``: a row closes once it reaches the width."""
    rows = []
    start, total = 0, 0.0
    for i, a in enumerate(aspects):
        total += a * height
        used = total + gap * (i - start)
        if used >= width:
            n = i - start + 1
            rows.append((start, i + 1, height * (width - gap * (n - 1)) / total, True))
            start, total = i + 1, 0.0
    if start < len(aspects):
        n = len(aspects) - start
        full_height = height * (width - gap * (n - 1)) / total
        if full_height <= 1.5 * height or not rows:
            rows.append((start, len(aspects), min(full_height, height if not rows else full_height),
                         full_height <= height or bool(rows)))
        else:  # a few photos left over: the last two rows share them evenly, never an orphan row
            first = rows.pop()[0]
            half, acc, split = sum(aspects[first:]) / 2, 0.0, first + 1
            for i in range(first, len(aspects)):
                acc += aspects[i]
                if acc >= half:
                    split = max(first + 1, min(len(aspects) - 1, i + (acc - half < aspects[i] / 2)))
                    break
            for a, b in ((first, split), (split, len(aspects))):
                rows.append((a, b, (width - gap * (b - a - 1)) / sum(aspects[a:b]), True))
    return rows


def _rows_height(rows: Sequence[tuple[int, int, float, bool]], gap: float) -> float:
    return sum(r[2] for r in rows) + gap * (len(rows) - 1)


def _justified(aspects: Sequence[float], width: int, height: int, gap: int) -> list[tuple[float, float, float, float]]:
    usable_w = float(width)
    low, high = 0.5, float(height)
    if _rows_height(_pack(aspects, usable_w, high, gap), gap) <= height:
        low = high
    for _ in range(48):  # the largest row height whose rows fit the area's height
        if high - low < 1e-3:
            break
        mid = (low + high) / 2
        if _rows_height(_pack(aspects, usable_w, mid, gap), gap) <= height:
            low = mid
        else:
            high = mid
    rows = _pack(aspects, usable_w, low, gap)
    stretch = 1.0
    used = _rows_height(rows, gap)
    if used < height and rows:
        # Few photos leave height unused: make the rows taller (the crops a little narrower), within bounds.
        heights = sum(r[2] for r in rows)
        stretch = min((height - gap * (len(rows) - 1)) / heights, min(aspects) / MIN_STRETCHED_ASPECT, 1.6)
        if stretch > 1:
            rows = [(start, end, row_h * stretch, full) for start, end, row_h, full in rows]
            used = _rows_height(rows, gap)
    spare = max(0.0, height - used)
    # Spread what is left between the rows (up to twice the gap), centre the rest.
    extra = min(2 * gap, spare / (len(rows) - 1)) if len(rows) > 1 else 0.0
    y = (spare - extra * (len(rows) - 1)) / 2
    rects = []
    for start, end, row_h, full in rows:
        widths = [aspects[i] * row_h / stretch for i in range(start, end)] if stretch > 1 else \
            [aspects[i] * row_h for i in range(start, end)]
        row_w = sum(widths) + gap * (end - start - 1)
        x = 0.0 if full else max(0.0, (usable_w - row_w) / 2)
        for w in widths:
            rects.append((x, y, w, row_h))
            x += w + gap
        y += row_h + gap + extra
    return rects


# -- regular grid ---------------------------------------------------------------------------------


def _grid(count: int, width: int, height: int, gap: int) -> list[tuple[float, float, float, float]]:
    best = (0.0, 1, count)
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        side = min((width - gap * (cols - 1)) / cols, (height - gap * (rows - 1)) / rows)
        if side > best[0]:
            best = (side, cols, rows)
    side, cols, rows = best
    side = max(side, 0.5)
    block_h = rows * side + gap * (rows - 1)
    top = (height - block_h) / 2
    rects = []
    for i in range(count):
        r, c = divmod(i, cols)
        in_row = min(cols, count - r * cols)
        row_w = in_row * side + gap * (in_row - 1)
        left = (width - row_w) / 2
        rects.append((left + c * (side + gap), top + r * (side + gap), side, side))
    return rects


# -- shapes ---------------------------------------------------------------------------------------


def _heart(u, v):
    """The classic parametric heart (deep notch between the lobes), filling the unit square (u right, v down)."""
    mask = _heart_mask()
    n = mask.shape[0]
    import numpy as np

    iu = np.clip((np.asarray(u) * n).astype(int), 0, n - 1)
    iv = np.clip((np.asarray(v) * n).astype(int), 0, n - 1)
    inside = (np.asarray(u) >= 0) & (np.asarray(u) <= 1) & (np.asarray(v) >= 0) & (np.asarray(v) <= 1)
    return inside & mask[iv, iu]


_HEART: list = []


def _heart_mask(n: int = 720):
    if not _HEART:
        import numpy as np
        from PIL import Image, ImageDraw

        t = np.linspace(0, 2 * math.pi, 720, endpoint=False)
        x = 16 * np.sin(t) ** 3
        y = 13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)
        # x in [-16, 16], y in [-17, 12]: scale into the square with a small margin
        scale = (n * 0.98) / 33
        points = [(n / 2 + xi * scale, n / 2 - (yi + 2.5) * scale) for xi, yi in zip(x, y)]
        image = Image.new("L", (n, n), 0)
        ImageDraw.Draw(image).polygon(points, fill=255)
        _HEART.append(np.asarray(image) > 127)
    return _HEART[0]


def _circle(u: float, v: float) -> bool:
    return (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.25


_SHAPES: dict[str, Callable] = {"heart": _heart, "circle": _circle}


def _cells_for(side: float, width: int, height: int, gap: int,
               inside: Callable) -> list[tuple[float, float, float, float]]:
    import numpy as np

    square = min(width, height)
    ox, oy = (width - square) / 2, (height - square) / 2
    pitch = side + gap
    n = int((square + gap) // pitch)
    if n < 1:
        return []
    offset = (square - (n * pitch - gap)) / 2
    starts = offset + np.arange(n) * pitch
    xs, ys = np.meshgrid(starts, starts)  # row-major: ys varies by row
    ok = np.ones_like(xs, dtype=bool)
    for dx in (0.0, side):
        for dy in (0.0, side):
            ok &= inside((xs + dx) / square, (ys + dy) / square)
    return [(ox + float(x), oy + float(y), side, side) for x, y in zip(xs[ok], ys[ok])]


def _shape_cells(count: int, width: int, height: int, gap: int,
                 inside: Callable[[float, float], bool]) -> list[tuple[float, float, float, float]]:
    """The cells of the largest square size of which the shape holds at least ``count``."""
    low, high = 0.5, float(min(width, height))
    best = _cells_for(low, width, height, gap, inside)
    for _ in range(40):
        if high - low < 0.05:
            break
        mid = (low + high) / 2
        cells = _cells_for(mid, width, height, gap, inside)
        if len(cells) >= count:
            low, best = mid, cells
        else:
            high = mid
    if len(best) < count:  # the shape cannot hold them even at the smallest size: a grid then
        return _grid(count, width, height, gap)[:count]
    # Centre the shape's cells (not the square they were found in) in the area.
    left, top = min(c[0] for c in best), min(c[1] for c in best)
    right, bottom = max(c[0] + c[2] for c in best), max(c[1] + c[3] for c in best)
    dx, dy = (width - (right - left)) / 2 - left, (height - (bottom - top)) / 2 - top
    return [(x + dx, y + dy, w, h) for x, y, w, h in best]
