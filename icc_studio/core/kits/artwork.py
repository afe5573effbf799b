"""Drawing a kit's vector artwork with Pillow at any pixel size.

Each primitive of the manifest is drawn into its own supersampled ``L`` mask the size of
its bounding box, reduced (a box filter: exact pixel coverage, so smooth edges) and
composited in its colour onto the RGBA canvas; ``cutout`` primitives erase the canvas
instead, opening the photo window. Memory stays proportional to the shape, not to the
canvas, so print sizes work too. Everything is deterministic (confetti has a seed).

Coordinates: ``x``/``w``/``cx`` are fractions of the width, ``y``/``h``/``cy`` of the height,
and lengths (``r``, ``width``, ``radius``, ``size``, ``spacing``, ``pad``) fractions of the
shorter side, so circles stay round on every aspect ratio.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageChops, ImageColor, ImageDraw, ImageOps

from .model import Kit, Template
from .text import text_mask

Rect = tuple[float, float, float, float]  # left, top, right, bottom in canvas pixels
MAX_MASK_PIXELS = 40_000_000


@dataclass(frozen=True)
class _Canvas:
    """The mapping from relative units to pixels for one rendering (trim size plus bleed)."""

    kit: Kit
    template: Template
    lang: str
    width: int
    height: int
    bleed: int

    @property
    def short(self) -> int:
        return min(self.width, self.height)

    @property
    def full(self) -> tuple[int, int]:
        return self.width + 2 * self.bleed, self.height + 2 * self.bleed

    def px(self, x: float) -> float:
        return self.bleed + x * self.width

    def py(self, y: float) -> float:
        return self.bleed + y * self.height

    def rect(self, p: Mapping[str, Any]) -> Rect:
        """The primitive's rectangle; edges on the trim line run on through the bleed."""
        if "box" in p:
            b = self.template.boxes[p["box"]]
            x, y, w, h = b.x, b.y, b.w, b.h
        else:
            x, y, w, h = p["x"], p["y"], p["w"], p["h"]
        pad = p.get("pad", 0) * self.short
        left, top = self.px(x) - pad, self.py(y) - pad
        right, bottom = self.px(x + w) + pad, self.py(y + h) + pad
        fw, fh = self.full
        return (0 if x <= 0 else left, 0 if y <= 0 else top,
                fw if x + w >= 1 else right, fh if y + h >= 1 else bottom)

    def rgba(self, color: str, opacity: float = 1.0) -> tuple[int, int, int, int]:
        rgba = ImageColor.getrgb(self.kit.color(color))
        r, g, b = rgba[:3]
        a = rgba[3] if len(rgba) == 4 else 255
        return r, g, b, round(a * opacity)


# -- painting masks ------------------------------------------------------------------------------

Draw = Callable[[ImageDraw.ImageDraw, Callable[[float, float], tuple[float, float]], float], None]


def _paint(canvas: Image.Image, bbox: Rect, draw: Draw, rgba: tuple[int, int, int, int] | None) -> None:
    """Draw a shape into a supersampled mask over ``bbox`` and apply it: colour ``rgba``, or erase if None."""
    left, top = max(0, math.floor(bbox[0])), max(0, math.floor(bbox[1]))
    right, bottom = min(canvas.width, math.ceil(bbox[2])), min(canvas.height, math.ceil(bbox[3]))
    if right <= left or bottom <= top:
        return
    area = (right - left) * (bottom - top)
    ss = max(1, min(4, int(math.sqrt(MAX_MASK_PIXELS / area))))
    mask = Image.new("L", ((right - left) * ss, (bottom - top) * ss), 0)
    draw(ImageDraw.Draw(mask), lambda x, y: ((x - left) * ss, (y - top) * ss), ss)
    if ss > 1:
        mask = mask.reduce(ss)
    _apply(canvas, mask, (left, top), rgba)


def _apply(canvas: Image.Image, mask: Image.Image, at: tuple[int, int], rgba) -> None:
    box = (at[0], at[1], at[0] + mask.width, at[1] + mask.height)
    region = canvas.crop(box)
    if rgba is None:
        region.putalpha(ImageChops.multiply(region.getchannel("A"), ImageOps.invert(mask)))
    else:
        if rgba[3] < 255:
            mask = mask.point(lambda v: v * rgba[3] // 255)
        layer = Image.new("RGBA", region.size, (*rgba[:3], 0))
        layer.putalpha(mask)
        region = Image.alpha_composite(region, layer)
    canvas.paste(region, box[:2])


def _fill_whole_pixels(canvas: Image.Image, box: tuple[int, int, int, int], rgba: tuple[int, int, int, int]) -> None:
    """A plain rectangle whose edges fall between pixels (a background, a band across the canvas): every
    pixel is wholly in or out, so the supersampled mask of :func:`_paint` would hold only 0 and 255.
    The same pixels, without drawing and reducing a mask 16 times the rectangle's size (a 1080×1920
    background: 33 MP)."""
    left, top = max(0, box[0]), max(0, box[1])
    right, bottom = min(canvas.width, box[2]), min(canvas.height, box[3])
    if right <= left or bottom <= top:
        return
    if rgba[3] == 255:
        canvas.paste(rgba, (left, top, right, bottom))
    else:
        _apply(canvas, Image.new("L", (right - left, bottom - top), 255), (left, top), rgba)


def _ellipse(d, t, cx, cy, rx, ry, fill=255) -> None:
    (x0, y0), (x1, y1) = t(cx - rx, cy - ry), t(cx + rx, cy + ry)
    d.ellipse((x0, y0, x1, y1), fill=fill)


# -- the primitives ------------------------------------------------------------------------------


def _rect(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    l, t, r, b = c.rect(p)
    radius = p.get("radius", 0) * c.short
    opacity = p.get("opacity", 1.0)

    def shape(inset: float, fill_value: int):
        def draw(d, tr, k):
            (x0, y0), (x1, y1) = tr(l + inset, t + inset), tr(r - inset, b - inset)
            if x1 > x0 and y1 > y0:
                d.rounded_rectangle((x0, y0, x1, y1), radius=max(0.0, radius - inset) * k, fill=fill_value)
        return draw

    if "fill" in p:
        rgba = c.rgba(p["fill"], opacity)
        if radius == 0 and all(float(v).is_integer() for v in (l, t, r, b)):
            _fill_whole_pixels(canvas, (int(l), int(t), int(r), int(b)), rgba)
        else:
            _paint(canvas, (l, t, r, b), shape(0, 255), rgba)
    if "outline" in p:
        width = p.get("width", 0.01) * c.short

        def ring(d, tr, k):
            shape(0, 255)(d, tr, k)
            shape(width, 0)(d, tr, k)
        _paint(canvas, (l, t, r, b), ring, c.rgba(p["outline"], opacity))


def _cutout(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    l, t, r, b = c.rect(p)
    radius = p.get("radius", 0) * c.short

    def draw(d, tr, k):
        (x0, y0), (x1, y1) = tr(l, t), tr(r, b)
        if p.get("shape") == "ellipse":
            d.ellipse((x0, y0, x1, y1), fill=255)
        else:
            d.rounded_rectangle((x0, y0, x1, y1), radius=radius * k, fill=255)
    _paint(canvas, (l, t, r, b), draw, None)


def _circle(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    cx, cy, r = c.px(p["cx"]), c.py(p["cy"]), p["r"] * c.short
    bbox = (cx - r, cy - r, cx + r, cy + r)
    opacity = p.get("opacity", 1.0)
    if "fill" in p:
        _paint(canvas, bbox, lambda d, t, k: _ellipse(d, t, cx, cy, r, r), c.rgba(p["fill"], opacity))
    if "outline" in p:
        inner = max(0.0, r - p["width"] * c.short)

        def ring(d, t, k):
            _ellipse(d, t, cx, cy, r, r)
            _ellipse(d, t, cx, cy, inner, inner, fill=0)
        _paint(canvas, bbox, ring, c.rgba(p["outline"], opacity))


def _arc(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    """A band between radius ``r - width`` and ``r`` from ``start`` to ``end`` degrees
    (clockwise from 3 o'clock), with round ends if ``caps`` is ``"round"``."""
    cx, cy, r = c.px(p["cx"]), c.py(p["cy"]), p["r"] * c.short
    width = p["width"] * c.short
    inner = max(0.0, r - width)

    def draw(d, t, k):
        (x0, y0), (x1, y1) = t(cx - r, cy - r), t(cx + r, cy + r)
        d.pieslice((x0, y0, x1, y1), p["start"], p["end"], fill=255)
        _ellipse(d, t, cx, cy, inner, inner, fill=0)
        if p.get("caps") == "round":
            mid = (r + inner) / 2
            for angle in (p["start"], p["end"]):
                a = math.radians(angle)
                _ellipse(d, t, cx + mid * math.cos(a), cy + mid * math.sin(a), width / 2, width / 2)
    _paint(canvas, (cx - r, cy - r, cx + r, cy + r), draw, c.rgba(p["fill"], p.get("opacity", 1.0)))


def _polygon(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    points = [(c.px(x), c.py(y)) for x, y in p["points"]]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    _paint(canvas, (min(xs), min(ys), max(xs), max(ys)),
           lambda d, t, k: d.polygon([t(x, y) for x, y in points], fill=255),
           c.rgba(p["fill"], p.get("opacity", 1.0)))


def _wave(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    """The area below (or above) a sine line across the whole width."""
    fw, fh = c.full
    base, amp = c.py(p["y"]), p["amplitude"] * c.height
    steps = max(64, int(p["periods"] * 48))
    line = [(fw * i / steps,
             base + amp * math.sin(2 * math.pi * (p["periods"] * (fw * i / steps - c.bleed) / c.width
                                                  + p.get("phase", 0))))
            for i in range(steps + 1)]
    below = p.get("side", "below") == "below"
    edge = fh if below else 0
    points = [(0, edge), *line, (fw, edge)]
    bbox = (0, base - amp, fw, fh) if below else (0, 0, fw, base + amp)
    _paint(canvas, bbox, lambda d, t, k: d.polygon([t(x, y) for x, y in points], fill=255),
           c.rgba(p["fill"], p.get("opacity", 1.0)))


def _piece(shape: str, cx: float, cy: float, size: float, angle: float) -> Draw:
    def regular(n: int, rot: float) -> list[tuple[float, float]]:
        return [(cx + size / 2 * math.cos(rot + 2 * math.pi * i / n),
                 cy + size / 2 * math.sin(rot + 2 * math.pi * i / n)) for i in range(n)]

    def draw(d, t, k):
        if shape in ("circle", "ring"):
            _ellipse(d, t, cx, cy, size / 2, size / 2)
            if shape == "ring":
                _ellipse(d, t, cx, cy, size * 0.3, size * 0.3, fill=0)
        elif shape == "triangle":
            d.polygon([t(x, y) for x, y in regular(3, angle)], fill=255)
        elif shape == "diamond":
            d.polygon([t(x, y) for x, y in regular(4, 0)], fill=255)
        else:  # square
            d.polygon([t(x, y) for x, y in regular(4, angle + math.pi / 4)], fill=255)
    return draw


def _confetti(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    """``count`` seeded pieces scattered over the area, none touching the ``avoid`` boxes."""
    l, t, r, b = c.rect(p)
    rng = random.Random(p["seed"])
    avoid = [c.rect({"box": name}) for name in p.get("avoid", ())]
    shapes, colors = p.get("shapes", ["circle"]), p["colors"]
    lo, hi = (v * c.short for v in p["size"])
    opacity = p.get("opacity", 1.0)
    for _ in range(p["count"]):
        size = rng.uniform(lo, hi)
        shape, color, angle = rng.choice(shapes), rng.choice(colors), rng.uniform(0, 2 * math.pi)
        for _attempt in range(30):
            cx, cy = rng.uniform(l, r), rng.uniform(t, b)
            reach = size * 0.6 + c.short * 0.008
            if not any(cx + reach > a[0] and cx - reach < a[2] and cy + reach > a[1] and cy - reach < a[3]
                       for a in avoid):
                _paint(canvas, (cx - size, cy - size, cx + size, cy + size),
                       _piece(shape, cx, cy, size, angle), c.rgba(color, opacity))
                break


def _dots(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    l, t, r, b = c.rect(p)
    step, radius = p["spacing"] * c.short, p["r"] * c.short

    def draw(d, tr, k):
        y, row = t + step / 2, 0
        while y < b:
            x = l + step / 2 + (step / 2 if row % 2 else 0)
            while x < r:
                _ellipse(d, tr, x, y, radius, radius)
                x += step
            y, row = y + step, row + 1
    _paint(canvas, (l, t, r, b), draw, c.rgba(p["fill"], p.get("opacity", 1.0)))


def _bubble(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    """A speech bubble: a rounded rectangle with a tail pointing at ``tail`` (x, y)."""
    l, t, r, b = c.rect(p)
    tx, ty = c.px(p["tail"][0]), c.py(p["tail"][1])
    radius = p.get("radius", 0.03) * c.short
    base = min(r - l, b - t) * 0.32
    bx = min(max(tx, l + radius + base / 2), r - radius - base / 2)
    edge = b - 1 if ty > b else t + 1
    if t <= ty <= b:  # the tail points sideways
        by = min(max(ty, t + radius + base / 2), b - radius - base / 2)
        ex = r - 1 if tx > r else l + 1
        tail = [(ex, by - base / 2), (tx, ty), (ex, by + base / 2)]
    else:
        tail = [(bx - base / 2, edge), (tx, ty), (bx + base / 2, edge)]

    def draw(d, tr, k):
        (x0, y0), (x1, y1) = tr(l, t), tr(r, b)
        d.rounded_rectangle((x0, y0, x1, y1), radius=radius * k, fill=255)
        d.polygon([tr(x, y) for x, y in tail], fill=255)
    bbox = (min(l, tx), min(t, ty), max(r, tx), max(b, ty))
    _paint(canvas, bbox, draw, c.rgba(p["fill"], p.get("opacity", 1.0)))


def _text(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    l, t, r, b = (round(v) for v in c.rect(p))
    text = c.kit.text(p["key"], c.lang) if "key" in p else p["value"]
    if p.get("uppercase"):
        text = text.upper()
    mask = text_mask(text, (max(1, r - l), max(1, b - t)), c.kit.font_path(p.get("font", "display")),
                     align=p.get("align", "center"), max_lines=p.get("max_lines", 2))
    paint_mask(canvas, mask, (l, t), c.rgba(p["fill"], p.get("opacity", 1.0)))


def paint_mask(canvas: Image.Image, mask: Image.Image, at: tuple[int, int], rgba) -> None:
    left, top = max(0, at[0]), max(0, at[1])
    crop = mask.crop((left - at[0], top - at[1], min(canvas.width, at[0] + mask.width) - at[0],
                      min(canvas.height, at[1] + mask.height) - at[1]))
    if crop.width > 0 and crop.height > 0:
        _apply(canvas, crop, (left, top), rgba)


def _image(canvas: Image.Image, p: Mapping[str, Any], c: _Canvas) -> None:
    """A PNG from the kit folder, fitted inside its box (never cropped), centred."""
    l, t, r, b = (round(v) for v in c.rect(p))
    with Image.open(c.kit.path / p["file"]) as im:
        art = im.convert("RGBA")
    scale = min((r - l) / art.width, (b - t) / art.height)
    art = art.resize((max(1, round(art.width * scale)), max(1, round(art.height * scale))), Image.Resampling.LANCZOS)
    if p.get("opacity", 1.0) < 1:
        art.putalpha(art.getchannel("A").point(lambda v: round(v * p["opacity"])))
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    layer.paste(art, (l + (r - l - art.width) // 2, t + (b - t - art.height) // 2))
    canvas.alpha_composite(layer)


_PRIMITIVES: dict[str, Callable[[Image.Image, Mapping[str, Any], _Canvas], None]] = {
    "rect": _rect, "cutout": _cutout, "circle": _circle, "arc": _arc, "polygon": _polygon, "wave": _wave,
    "confetti": _confetti, "dots": _dots, "bubble": _bubble, "text": _text, "image": _image,
}


def render_artwork(kit: Kit, output_id: str, size: tuple[int, int], *, lang: str | None = None,
                   bleed: int = 0) -> Image.Image:
    """The RGBA overlay of ``output_id`` (frame, filter ring, badge…) at ``size`` pixels.

    The photo window is transparent. ``bleed`` adds that many pixels on every side (for
    print): shapes that touch the trim edge run on into it; ``size`` is the trimmed size.
    """
    template = kit.template(output_id)
    c = _Canvas(kit, template, kit.resolve_language(lang), int(size[0]), int(size[1]), int(bleed))
    canvas = Image.new("RGBA", c.full, (0, 0, 0, 0))
    for primitive in kit.artwork[template.artwork]:
        _PRIMITIVES[primitive["type"]](canvas, primitive, c)
    return canvas
