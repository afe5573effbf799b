"""Media and data of the demo project: a fictional city, its residents' contributions,
and generators for the pictures and clips that are not shipped as files.

Everything here is deterministic: the same seed gives the same pixels, so a demo project
made twice holds the same media (and the same content hashes). The few real photos are
public-domain / CC0 files under ``resources/demo/photos/`` (see ``PROVENANCE.md``);
every other picture and clip is drawn by this module when the demo is created.

No Qt, no work at import time. OpenCV and the ffmpeg binary are looked up only when a
clip is made.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Literal, Sequence

import numpy as np
from PIL import Image, ImageDraw

from icc_studio.core.errors import IccError
from icc_studio.core.fileio import save_image

__all__ = [
    "DEMO_CITY",
    "DemoCity",
    "DemoContribution",
    "DemoMediaError",
    "PURPOSES",
    "demo_contributions",
    "generate_clip",
    "generate_group",
    "generate_portrait",
    "materialise",
    "portrait_traits",
]

Color = tuple[int, int, int]
Point = tuple[float, float]

PURPOSES: frozenset[str] = frozenset({"social_media", "print_poster", "city_video", "network_reshare"})

CLIP_FPS = 30
AUDIO_RATE = 48000


class DemoMediaError(IccError, RuntimeError):
    """A demo medium could not be made (for example ffmpeg failed); names the file."""

    code = "demo-media"
    template = "{file}: {detail}"

    def __init__(self, file: Path | str, detail: str) -> None:
        super().__init__(detail, file=str(file))


# --------------------------------------------------------------------------------------
# The fictional city
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoCity:
    name: str
    country: str
    languages: tuple[str, ...]
    hashtag: str
    region: str = ""
    population: int = 0
    note: str = "Fictional city made up for the ICC Studio demo."


DEMO_CITY = DemoCity(
    name="Lindaval",
    country="Estovia",
    languages=("en", "fr", "ar"),
    hashtag="#LindavalIsUs",
    region="Lower Aren valley",
    population=184_000,
)


# --------------------------------------------------------------------------------------
# Palettes
# --------------------------------------------------------------------------------------

# Skin tones from very light to very dark (flat illustration tones, not photographs).
SKIN_TONES: tuple[Color, ...] = (
    (255, 228, 208),
    (247, 212, 184),
    (238, 192, 158),
    (226, 174, 134),
    (209, 152, 108),
    (186, 127, 86),
    (160, 104, 66),
    (131, 83, 52),
    (104, 64, 40),
    (78, 49, 33),
)

HAIR_COLORS: dict[str, Color] = {
    "black": (36, 30, 30),
    "dark_brown": (70, 46, 34),
    "brown": (112, 72, 44),
    "auburn": (146, 68, 40),
    "ginger": (196, 106, 52),
    "blonde": (226, 188, 118),
    "ash": (196, 178, 150),
    "grey": (170, 168, 166),
    "white": (232, 230, 226),
}

CLOTHES: tuple[Color, ...] = (
    (46, 94, 170),  # blue
    (222, 96, 74),  # coral
    (46, 138, 108),  # green
    (236, 178, 58),  # mustard
    (118, 82, 160),  # purple
    (32, 52, 84),  # navy
    (196, 58, 98),  # raspberry
    (70, 164, 184),  # teal
    (242, 240, 232),  # off-white
    (64, 64, 72),  # charcoal
    (170, 112, 72),  # camel
    (236, 124, 42),  # orange
)

SCARF_COLORS: tuple[Color, ...] = (
    (52, 96, 160),
    (176, 56, 82),
    (40, 120, 104),
    (218, 150, 60),
    (104, 70, 140),
    (228, 200, 176),
    (34, 44, 66),
    (200, 90, 120),
)

# (background, pattern) pairs: light pastels and a few deep tones.
BACKGROUNDS: tuple[tuple[Color, Color], ...] = (
    ((250, 228, 200), (244, 204, 160)),
    ((214, 234, 248), (184, 214, 240)),
    ((220, 240, 222), (190, 224, 198)),
    ((252, 222, 226), (246, 192, 202)),
    ((232, 226, 250), (210, 198, 242)),
    ((255, 242, 196), (250, 224, 146)),
    ((206, 236, 232), (168, 218, 210)),
    ((246, 232, 220), (232, 206, 186)),
    ((40, 72, 112), (58, 98, 142)),
    ((242, 124, 96), (248, 154, 124)),
    ((62, 122, 102), (82, 148, 126)),
    ((126, 96, 170), (148, 120, 190)),
)

ACCENTS: tuple[Color, ...] = (
    (255, 255, 255),
    (255, 210, 90),
    (244, 120, 96),
    (90, 180, 200),
    (130, 200, 150),
    (200, 170, 240),
)

GOLD: Color = (222, 178, 72)
SILVER: Color = (200, 204, 212)


def _mix(a: Color, b: Color, t: float) -> Color:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _shade(c: Color, f: float) -> Color:
    """Darken (f < 1) or lighten toward white (f > 1)."""
    if f <= 1:
        return (round(c[0] * f), round(c[1] * f), round(c[2] * f))
    return _mix(c, (255, 255, 255), min(1.0, f - 1))


def _luma(c: Color) -> float:
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def _rgba(c: Color, a: int) -> tuple[int, int, int, int]:
    return (c[0], c[1], c[2], a)


# --------------------------------------------------------------------------------------
# Geometry helpers
# --------------------------------------------------------------------------------------


def _bezier(p0: Point, p1: Point, p2: Point, p3: Point, n: int = 24) -> list[Point]:
    out = []
    for i in range(n + 1):
        t = i / n
        mt = 1 - t
        x = mt**3 * p0[0] + 3 * mt * mt * t * p1[0] + 3 * mt * t * t * p2[0] + t**3 * p3[0]
        y = mt**3 * p0[1] + 3 * mt * mt * t * p1[1] + 3 * mt * t * t * p2[1] + t**3 * p3[1]
        out.append((x, y))
    return out


def _path(*segments: Sequence[Point]) -> list[Point]:
    """Join point runs, dropping each run's first point when it repeats the last one."""
    pts: list[Point] = []
    for seg in segments:
        for p in seg:
            if pts and abs(pts[-1][0] - p[0]) < 1e-6 and abs(pts[-1][1] - p[1]) < 1e-6:
                continue
            pts.append(p)
    return pts


def _arc_pts(cx: float, cy: float, rx: float, ry: float, a0: float, a1: float, n: int = 48) -> list[Point]:
    """Points on an ellipse from angle a0 to a1 (radians; y grows downward)."""
    return [
        (cx + rx * math.cos(a0 + (a1 - a0) * i / n), cy + ry * math.sin(a0 + (a1 - a0) * i / n))
        for i in range(n + 1)
    ]


class _Pen:
    """Draws in person-local units: (x, y) in units of the face half-width ``u``
    from the face centre (cx, cy)."""

    def __init__(self, draw: ImageDraw.ImageDraw, cx: float, cy: float, u: float) -> None:
        self.d = draw
        self.cx = cx
        self.cy = cy
        self.u = u

    def p(self, x: float, y: float) -> Point:
        return (self.cx + x * self.u, self.cy + y * self.u)

    def pts(self, pts: Sequence[Point]) -> list[Point]:
        return [self.p(x, y) for x, y in pts]

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        a = self.p(x0, y0)
        b = self.p(x1, y1)
        return (a[0], a[1], b[0], b[1])

    def w(self, v: float) -> int:
        return max(1, round(v * self.u))

    def poly(self, pts: Sequence[Point], fill: Any) -> None:
        self.d.polygon(self.pts(pts), fill=fill)

    def ellipse(self, x: float, y: float, rx: float, ry: float, fill: Any = None, outline: Any = None, width: float = 0) -> None:
        self.d.ellipse(self.box(x - rx, y - ry, x + rx, y + ry), fill=fill, outline=outline, width=self.w(width) if outline else 0)

    def circle(self, x: float, y: float, r: float, fill: Any) -> None:
        self.ellipse(x, y, r, r, fill=fill)

    def line(self, pts: Sequence[Point], fill: Any, width: float) -> None:
        w = self.w(width)
        self.d.line(self.pts(pts), fill=fill, width=w, joint="curve")
        # round caps
        for x, y in (pts[0], pts[-1]):
            cx, cy = self.p(x, y)
            r = w / 2
            self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)

    def rrect(self, x0: float, y0: float, x1: float, y1: float, r: float, fill: Any = None, outline: Any = None, width: float = 0) -> None:
        self.d.rounded_rectangle(self.box(x0, y0, x1, y1), radius=r * self.u, fill=fill, outline=outline, width=self.w(width) if outline else 0)


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonTraits:
    skin: Color
    hair: Color
    hair_style: str
    hairline: str
    headscarf: Color | None
    beard: str  # "", "full", "short", "moustache"
    glasses: Color | None
    earrings: str  # "", "stud", "hoop"
    clothes: Color
    clothes2: Color
    top: str  # "crew", "vneck", "collar", "jacket", "turtleneck"
    eyes: str  # "dot", "smile"
    mouth: str  # "open", "closed"
    nose: str  # "arc", "dot"
    elder: bool
    blush: bool


def _pick_person(rng: random.Random) -> PersonTraits:
    skin = rng.choice(SKIN_TONES)
    dark = SKIN_TONES.index(skin) >= 5
    presentation = rng.choice(("f", "f", "m", "m", "n"))
    elder = rng.random() < 0.2
    if elder:
        hair_name = rng.choice(("grey", "white", "grey", "ash"))
    elif dark:
        hair_name = rng.choice(("black", "black", "dark_brown", "dark_brown", "brown"))
    else:
        hair_name = rng.choice(("black", "dark_brown", "brown", "brown", "auburn", "ginger", "blonde", "ash"))
    hair = HAIR_COLORS[hair_name]

    headscarf: Color | None = None
    if presentation == "f" and rng.random() < 0.28:
        headscarf = rng.choice(SCARF_COLORS)

    if presentation == "f":
        styles = ["bob", "long", "long", "curly", "bun", "afro" if dark else "curly", "short", "locs" if dark else "bob"]
    elif presentation == "m":
        styles = ["short", "short", "quiff", "buzz", "curly", "bald" if elder else "buzz", "afro" if dark else "quiff", "locs" if dark else "short"]
    else:
        styles = ["short", "bob", "curly", "quiff", "buzz", "bun"]
    if elder and presentation == "m" and rng.random() < 0.5:
        styles = ["bald"]
    hair_style = rng.choice(styles)

    hairline = {
        "short": rng.choice(("sweep", "sweep_r", "high")),
        "quiff": rng.choice(("high", "sweep")),
        "bob": rng.choice(("fringe", "sweep", "sweep_r", "middle")),
        "long": rng.choice(("middle", "sweep", "sweep_r", "fringe")),
        "curly": "scallop",
        "afro": "scallop_high",
        "bun": rng.choice(("middle", "high")),
        "buzz": "high",
        "bald": "none",
        "locs": "middle",
    }[hair_style]

    beard = ""
    if presentation == "m" and headscarf is None:
        beard = rng.choice(("", "", "full", "short", "moustache"))
    glasses = rng.choice(((40, 36, 40), (120, 60, 40), (40, 90, 150), (150, 40, 60), (30, 30, 30))) if rng.random() < 0.33 else None
    earrings = ""
    if presentation in ("f", "n") and headscarf is None and rng.random() < 0.55:
        earrings = rng.choice(("stud", "hoop"))
    clothes = rng.choice(CLOTHES)
    clothes2 = rng.choice([c for c in CLOTHES if c != clothes])
    top = rng.choice(("crew", "vneck", "collar", "jacket", "turtleneck"))
    return PersonTraits(
        skin=skin,
        hair=hair,
        hair_style=hair_style,
        hairline=hairline,
        headscarf=headscarf,
        beard=beard,
        glasses=glasses,
        earrings=earrings,
        clothes=clothes,
        clothes2=clothes2,
        top=top,
        eyes=rng.choice(("dot", "dot", "dot", "smile")),
        mouth=rng.choice(("open", "closed", "open")),
        nose=rng.choice(("arc", "dot")),
        elder=elder,
        blush=rng.random() < 0.7,
    )


# Head outline used for hair and scarves (slightly larger than the face).
_HEAD_RX = 1.07
_HEAD_RY = 1.36


def _face_outline(n: int = 96) -> list[Point]:
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        c, s = math.cos(t), math.sin(t)
        if s > 0:  # lower half: longer, narrowing to the chin
            x = c * (1 - 0.16 * s**2)
            y = 1.30 * s
        else:
            x = c
            y = 1.22 * s
        pts.append((x, y))
    return pts


def _hairline(kind: str) -> list[Point]:
    """The lower edge of the front hair, from the left temple to the right temple."""
    if kind == "sweep":
        return _path(
            _bezier((-1.04, -0.2), (-0.8, -0.85), (0.05, -0.4), (0.5, -0.92)),
            _bezier((0.5, -0.92), (0.72, -0.72), (0.98, -0.62), (1.04, -0.2)),
        )
    if kind == "sweep_r":
        return [(-x, y) for x, y in reversed(_hairline("sweep"))]
    if kind == "middle":
        return _path(
            _bezier((-1.04, -0.05), (-0.95, -0.75), (-0.3, -0.8), (0.0, -1.08)),
            _bezier((0.0, -1.08), (0.3, -0.8), (0.95, -0.75), (1.04, -0.05)),
        )
    if kind == "fringe":
        pts = _bezier((-1.04, -0.05), (-0.95, -0.62), (-0.6, -0.5), (0.0, -0.5))
        return _path(pts, [(-x, y) for x, y in reversed(pts)])
    if kind in ("high", "scallop_high"):
        return _bezier((-1.02, -0.42), (-0.75, -1.0), (0.75, -1.0), (1.02, -0.42))
    if kind == "scallop":
        return _bezier((-1.04, -0.2), (-0.8, -0.85), (0.8, -0.85), (1.04, -0.2))
    return []


def _scalloped(line: list[Point], bumps: int, depth: float) -> list[Point]:
    """Replace a hairline by a row of round bumps hanging below it (curly hair)."""
    # resample the line at equal arc length
    seg = [math.dist(line[i], line[i + 1]) for i in range(len(line) - 1)]
    total = sum(seg)
    out: list[Point] = []
    n = bumps * 12
    for k in range(n + 1):
        target = total * k / n
        acc = 0.0
        for i, s in enumerate(seg):
            if acc + s >= target or i == len(seg) - 1:
                t = 0 if s == 0 else (target - acc) / s
                x = line[i][0] + (line[i + 1][0] - line[i][0]) * t
                y = line[i][1] + (line[i + 1][1] - line[i][1]) * t
                break
            acc += s
        phase = (k % 12) / 12
        y += depth * math.sin(math.pi * phase)
        out.append((x, y))
    return out


def _hair_front_poly(kind: str) -> list[Point]:
    line = _hairline(kind)
    if not line:
        return []
    if kind == "scallop":
        line = _scalloped(line, 6, 0.16)
    elif kind == "scallop_high":
        line = _scalloped(line, 5, 0.14)
    # the head-top outline from the right temple back over the top to the left temple
    a_r = math.atan2(line[-1][1] / _HEAD_RY, line[-1][0] / _HEAD_RX)
    a_l = math.atan2(line[0][1] / _HEAD_RY, line[0][0] / _HEAD_RX)
    if a_l > 0:
        a_l -= 2 * math.pi
    if a_r > 0:
        a_r -= 2 * math.pi
    # go from a_r (near 0, e.g. -0.2) down to a_l (near -pi) through -pi/2 (top)
    top = _arc_pts(0, 0, _HEAD_RX, _HEAD_RY, a_r, a_l if a_l < a_r else a_l - 2 * math.pi, 48)
    return _path(line, top)


def _draw_background(img: Image.Image, rng: random.Random, people: Sequence[tuple[float, float, float]]) -> Color:
    """Fill ``img`` with a pastel colour and a simple pattern; returns the background colour."""
    bg, pat = rng.choice(BACKGROUNDS)
    accent = rng.choice(ACCENTS)
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    d.rectangle((0, 0, W, H), fill=bg)
    kind = rng.choice(("circles", "stripes", "dots", "arch", "sun", "split", "waves", "plain"))
    s = min(W, H)
    if kind == "circles":
        for _ in range(rng.randint(3, 6)):
            r = s * rng.uniform(0.12, 0.35)
            x, y = rng.uniform(0, W), rng.uniform(0, H)
            d.ellipse((x - r, y - r, x + r, y + r), fill=pat)
        for _ in range(rng.randint(4, 9)):
            r = s * rng.uniform(0.015, 0.035)
            x, y = rng.uniform(0, W), rng.uniform(0, H * 0.6)
            d.ellipse((x - r, y - r, x + r, y + r), fill=_rgba(accent, 150))
    elif kind == "stripes":
        step = s * rng.uniform(0.12, 0.2)
        width = step * 0.45
        k = -H
        while k < W + H:
            d.polygon([(k, 0), (k + width, 0), (k + width + H, H), (k + H, H)], fill=pat)
            k += step
    elif kind == "dots":
        step = s * rng.uniform(0.06, 0.09)
        r = step * 0.16
        row = 0
        y = step / 2
        while y < H + step:
            x = step / 2 + (step / 2 if row % 2 else 0)
            while x < W + step:
                d.ellipse((x - r, y - r, x + r, y + r), fill=pat)
                x += step
            y += step * 0.87
            row += 1
    elif kind == "split":
        y0 = H * rng.uniform(0.45, 0.7)
        y1 = H * rng.uniform(0.3, 0.55)
        d.polygon([(0, y0), (W, y1), (W, H), (0, H)], fill=pat)
    elif kind == "waves":
        for j in range(3):
            base = H * (0.35 + 0.22 * j)
            amp = s * 0.03
            pts = [(x, base + amp * math.sin(x / W * 2 * math.pi * 1.5 + j)) for x in np.linspace(0, W, 60)]
            d.polygon(pts + [(W, H), (0, H)], fill=_rgba(pat, 110 + 40 * j))
    for cx, cy, u in people:
        if kind == "arch":
            d.rounded_rectangle((cx - 2.1 * u, cy - 2.3 * u, cx + 2.1 * u, H + u), radius=2.1 * u, fill=pat)
        elif kind == "sun":
            r = 2.0 * u
            d.ellipse((cx - r, cy - 0.4 * u - r, cx + r, cy - 0.4 * u + r), fill=_rgba(accent, 120))
    return bg


def _draw_person(
    img: Image.Image,
    t: PersonTraits,
    cx: float,
    cy: float,
    u: float,
    *,
    eyes_closed: bool = False,
    mouth_open: bool | None = None,
) -> None:
    """Draw one person: face centre (cx, cy), face half-width u (pixels)."""
    W, H = img.size
    d = ImageDraw.Draw(img, "RGBA")
    P = _Pen(d, cx, cy, u)
    skin = t.skin
    skin_dark = _shade(skin, 0.86)
    skin_shadow = _shade(skin, 0.76)
    feature: Color = (34, 22, 22) if _luma(skin) > 90 else (22, 14, 14)
    hair = t.hair
    hair_dark = _shade(hair, 0.8)
    bottom = (H - cy) / u + 1.0

    # ---- body ------------------------------------------------------------------
    body = t.clothes
    P.rrect(-2.55, 2.05, 2.55, bottom + 2, 1.15, fill=body)
    if t.top == "crew":
        P.ellipse(0, 2.1, 0.62, 0.36, fill=_shade(body, 0.82))
        P.ellipse(0, 2.05, 0.5, 0.28, fill=skin_dark)
    elif t.top == "vneck":
        P.poly([(-0.55, 1.9), (0.55, 1.9), (0.0, 3.0)], fill=_shade(body, 0.82))
        P.poly([(-0.44, 1.9), (0.44, 1.9), (0.0, 2.82)], fill=skin_dark)
    elif t.top == "collar":
        P.poly([(-0.5, 1.95), (0.5, 1.95), (0.0, 2.75)], fill=skin_dark)
        white = (246, 246, 242) if _luma(body) < 200 else (120, 150, 200)
        P.poly([(-0.55, 1.85), (-0.02, 2.78), (-0.5, 2.7), (-0.85, 2.2)], fill=white)
        P.poly([(0.55, 1.85), (0.02, 2.78), (0.5, 2.7), (0.85, 2.2)], fill=white)
        for k in range(3):
            P.circle(0, 3.05 + 0.45 * k, 0.05, fill=_shade(body, 0.7))
    elif t.top == "jacket":
        shirt = t.clothes2 if _luma(t.clothes2) > 150 else (240, 238, 232)
        P.poly([(-0.75, 2.05), (0.75, 2.05), (0.0, bottom)], fill=shirt)
        P.poly([(-0.42, 1.95), (0.42, 1.95), (0.0, 2.7)], fill=skin_dark)
        lap = _shade(body, 0.8)
        P.poly([(-0.75, 2.05), (-0.1, 3.9), (-0.55, 3.3), (-1.05, 2.6)], fill=lap)
        P.poly([(0.75, 2.05), (0.1, 3.9), (0.55, 3.3), (1.05, 2.6)], fill=lap)
    # shoulder seams for a little depth
    P.line(_bezier((-1.7, 2.25), (-1.9, 2.9), (-2.0, 3.6), (-2.05, bottom)), fill=_rgba(_shade(body, 0.7), 90), width=0.05)
    P.line(_bezier((1.7, 2.25), (1.9, 2.9), (2.0, 3.6), (2.05, bottom)), fill=_rgba(_shade(body, 0.7), 90), width=0.05)

    # ---- hair or scarf behind the head ---------------------------------------------
    if t.headscarf is not None:
        sc = t.headscarf
        outer = _path(
            _arc_pts(0, -0.12, 1.38, 1.45, math.pi, 2 * math.pi, 48),
            _bezier((1.38, -0.12), (1.42, 0.9), (1.75, 1.7), (2.25, 2.45)),
            _bezier((2.25, 2.45), (2.1, 3.6), (0.9, 4.1), (0.0, 4.15)),
            _bezier((0.0, 4.15), (-0.9, 4.1), (-2.1, 3.6), (-2.25, 2.45)),
            _bezier((-2.25, 2.45), (-1.75, 1.7), (-1.42, 0.9), (-1.38, -0.12)),
        )
        P.poly(outer, fill=sc)
        P.line(_bezier((-1.15, 1.3), (-0.7, 2.4), (0.4, 2.9), (1.2, 3.3)), fill=_rgba(_shade(sc, 0.78), 200), width=0.07)
        P.line(_bezier((1.25, 1.0), (1.3, 1.8), (1.0, 2.4), (0.6, 2.7)), fill=_rgba(_shade(sc, 0.78), 160), width=0.06)
        # the inner lining around the face opening
        P.poly([(x * 1.1, y * 1.08 + 0.02) for x, y in _face_outline()], fill=_shade(sc, 0.72))
    else:
        style = t.hair_style
        if style == "long":
            P.poly(
                _path(
                    _arc_pts(0, -0.1, 1.26, 1.35, math.pi, 2 * math.pi, 40),
                    _bezier((1.26, -0.1), (1.34, 1.2), (1.55, 2.2), (1.6, 3.3)),
                    _bezier((1.6, 3.3), (0.9, 3.5), (-0.9, 3.5), (-1.6, 3.3)),
                    _bezier((-1.6, 3.3), (-1.55, 2.2), (-1.34, 1.2), (-1.26, -0.1)),
                ),
                fill=hair,
            )
        elif style == "locs":
            for k in range(-6, 7):
                x = k * 0.21
                if abs(x) < 0.9:
                    top_y = -1.1
                else:
                    top_y = -0.6
                P.line([(x * 1.05, top_y), (x * 1.3, 2.6 + 0.15 * math.cos(k))], fill=hair, width=0.24)
                P.line([(x * 1.05, top_y), (x * 1.3, 2.6 + 0.15 * math.cos(k))], fill=_rgba(hair_dark, 120), width=0.05)
            P.ellipse(0, -0.35, 1.2, 1.12, fill=hair)
        elif style == "bob":
            P.rrect(-1.3, -1.45, 1.3, 1.15, 0.95, fill=hair)
        elif style in ("curly", "afro"):
            big = style == "afro"
            rx, ry, ccy, r = (1.62, 1.55, -0.45, 0.42) if big else (1.22, 1.3, -0.3, 0.34)
            P.ellipse(0, ccy, rx, ry, fill=hair)
            n = 22 if big else 18
            for k in range(n):
                a = math.pi * (0.85 + 1.3 * k / (n - 1))
                P.circle(rx * math.cos(a), ccy + ry * math.sin(a), r, fill=hair)
            # a little texture
            for k in range(n):
                a = math.pi * 0.9 + 1.2 * math.pi * k / (n - 1)
                P.ellipse(0.8 * rx * math.cos(a), ccy + 0.82 * ry * math.sin(a), 0.09, 0.09, fill=_rgba(hair_dark, 110))
        elif style == "bun":
            P.circle(0, -1.5, 0.5, fill=hair)
            P.ellipse(0, -0.12, _HEAD_RX, _HEAD_RY * 0.98, fill=hair)
        elif style == "quiff":
            P.ellipse(0.15, -1.12, 1.0, 0.55, fill=hair)
            P.ellipse(0, -0.2, 1.1, 1.32, fill=hair)
        elif style == "short":
            P.ellipse(0, -0.22, 1.12, 1.3, fill=hair)
        elif style == "buzz":
            P.ellipse(0, -0.12, 1.06, 1.28, fill=_mix(hair, skin, 0.35))
        elif style == "bald" and t.hair != skin:
            P.ellipse(-0.96, 0.0, 0.22, 0.42, fill=hair)
            P.ellipse(0.96, 0.0, 0.22, 0.42, fill=hair)

    # ---- neck ----------------------------------------------------------------------
    if t.headscarf is None:
        P.rrect(-0.42, 0.5, 0.42, 2.25, 0.2, fill=skin_dark)
        P.ellipse(0, 1.05, 0.46, 0.42, fill=skin_shadow)
        if t.top == "turtleneck":
            P.rrect(-0.58, 1.5, 0.58, 2.35, 0.25, fill=_shade(body, 0.9))
            for k in range(3):
                y = 1.7 + 0.2 * k
                P.line([(-0.5, y), (0.5, y)], fill=_rgba(_shade(body, 0.75), 160), width=0.04)

    # ---- ears ------------------------------------------------------------------------
    if t.headscarf is None and t.hair_style not in ("long", "bob", "locs"):
        for sgn in (-1, 1):
            P.ellipse(sgn * 0.99, 0.14, 0.19, 0.28, fill=skin)
            P.d.arc(P.box(sgn * 0.99 - 0.1, 0.0, sgn * 0.99 + 0.1, 0.3), 0, 360, fill=_rgba(skin_shadow, 200), width=P.w(0.04))

    # ---- face ------------------------------------------------------------------------
    P.poly(_face_outline(), fill=skin)
    # a soft shadow on one side of the face gives a little volume
    right = [(x, y) for x, y in _face_outline(96)[72:]] + [(x, y) for x, y in _face_outline(96)[:25]]
    inner = _bezier((0.05, 1.3), (0.7, 0.95), (0.78, -0.5), (0.0, -1.22), 24)
    P.poly(_path(right, inner), fill=_rgba(skin_shadow, 60))

    # cheeks
    if t.blush:
        blush = _mix(skin, (240, 90, 100), 0.45)
        alpha = round(40 * min(1.0, max(0.35, (_luma(skin) - 60) / 140)))
        for sgn in (-1, 1):
            for k in (1.0, 0.75, 0.5):
                P.ellipse(sgn * 0.6, 0.46, 0.2 * k, 0.13 * k, fill=_rgba(blush, alpha))

    # eyes and brows
    ey = 0.1
    brow = hair_dark if _luma(hair) < 150 else _mix(hair, (60, 40, 30), 0.55)
    if t.hair_style == "bald" or t.headscarf is not None:
        brow = _mix(hair, (40, 30, 28), 0.4) if not t.elder else (150, 146, 142)
    for sgn in (-1, 1):
        ex = sgn * 0.4
        if eyes_closed or t.eyes == "smile":
            P.d.arc(P.box(ex - 0.14, ey - 0.04, ex + 0.14, ey + 0.18), 200, 340, fill=feature, width=P.w(0.055))
        else:
            P.ellipse(ex, ey, 0.085, 0.11, fill=feature)
            P.circle(ex + 0.03, ey - 0.04, 0.03, fill=(255, 255, 255))
        # brow: a soft arc, outer end slightly lower
        P.line(_bezier((ex - sgn * 0.18, ey - 0.24), (ex - sgn * 0.08, ey - 0.34), (ex + sgn * 0.08, ey - 0.34), (ex + sgn * 0.2, ey - 0.26), 12), fill=brow, width=0.065)
        if t.elder:  # smile lines
            P.line(_bezier((sgn * 0.3, 0.46), (sgn * 0.4, 0.58), (sgn * 0.4, 0.72), (sgn * 0.34, 0.84), 10), fill=_rgba(skin_shadow, 150), width=0.03)

    # nose
    if t.nose == "arc":
        P.d.arc(P.box(-0.11, 0.26, 0.11, 0.48), 20, 160, fill=skin_shadow, width=P.w(0.05))
    else:
        P.ellipse(0, 0.4, 0.12, 0.08, fill=skin_dark)

    # beard
    if t.beard in ("full", "short"):
        beard_col = hair if t.beard == "full" else _rgba(hair, 130)
        outline = _face_outline(96)
        lower = [(x * 1.03, y * 1.03) for x, y in outline[0:49]]  # right temple -> chin -> left
        inner = _path(
            _bezier((-1.0, 0.02), (-0.85, 0.6), (-0.5, 0.45), (-0.25, 0.5)),
            _bezier((-0.25, 0.5), (-0.1, 0.46), (0.1, 0.46), (0.25, 0.5)),
            _bezier((0.25, 0.5), (0.5, 0.45), (0.85, 0.6), (1.0, 0.02)),
        )
        P.poly(_path(lower, inner), fill=beard_col)
    if t.beard in ("full", "moustache"):
        P.poly(
            _path(
                _bezier((-0.34, 0.62), (-0.3, 0.44), (-0.1, 0.46), (0.0, 0.52)),
                _bezier((0.0, 0.52), (0.1, 0.46), (0.3, 0.44), (0.34, 0.62)),
                _bezier((0.34, 0.62), (0.2, 0.56), (-0.2, 0.56), (-0.34, 0.62)),
            ),
            fill=hair_dark if t.beard == "full" else hair,
        )

    # mouth
    mouth = t.mouth if mouth_open is None else ("open" if mouth_open else "closed")
    my = 0.7
    lip = _mix(feature, (170, 50, 60), 0.55)
    if mouth == "open":
        P.d.chord(P.box(-0.24, my - 0.15, 0.24, my + 0.17), 0, 180, fill=_shade(lip, 0.7))
        P.d.chord(P.box(-0.2, my - 0.06, 0.2, my + 0.06), 0, 180, fill=(250, 250, 246))
        P.d.chord(P.box(-0.12, my + 0.04, 0.12, my + 0.16), 180, 360, fill=(226, 110, 120))
    else:
        P.d.arc(P.box(-0.22, my - 0.2, 0.22, my + 0.08), 25, 155, fill=lip, width=P.w(0.055))

    # ---- hair or scarf in front --------------------------------------------------------
    if t.headscarf is not None:
        sc = t.headscarf
        band = _path(
            _bezier((-1.16, 0.12), (-0.98, -0.75), (-0.5, -0.72), (0.0, -0.72)),
            _bezier((0.0, -0.72), (0.5, -0.72), (0.98, -0.75), (1.16, 0.12)),
            _arc_pts(0, -0.05, 1.12, 1.38, 0, -math.pi, 48),
        )
        P.poly(band, fill=sc)
        P.line(_bezier((-0.98, -0.25), (-0.8, -0.78), (0.8, -0.78), (0.98, -0.25)), fill=_rgba(_shade(sc, 0.8), 140), width=0.05)
    else:
        front = _hair_front_poly(t.hairline)
        if front:
            col = _mix(hair, skin, 0.35) if t.hair_style == "buzz" else hair
            P.poly(front, fill=col)
            if t.hair_style in ("bob", "long"):
                # a soft shine on the hair
                P.line(_bezier((-0.55, -1.0), (-0.25, -1.16), (0.15, -1.17), (0.5, -1.05), 16), fill=_rgba(_shade(hair, 1.3), 70), width=0.07)
        if t.hair_style == "bald":
            P.ellipse(-0.3, -0.95, 0.25, 0.1, fill=(255, 255, 255, 50))

    # ---- glasses -----------------------------------------------------------------------
    if t.glasses is not None:
        g = t.glasses
        for sgn in (-1, 1):
            ex = sgn * 0.4
            P.rrect(ex - 0.25, ey - 0.19, ex + 0.25, ey + 0.2, 0.1, fill=(255, 255, 255, 40), outline=g, width=0.055)
        P.d.arc(P.box(-0.16, ey - 0.1, 0.16, ey + 0.12), 200, 340, fill=g, width=P.w(0.05))
        if t.headscarf is None:
            P.line([(-0.65, ey - 0.06), (-0.95, ey - 0.1)], fill=g, width=0.05)
            P.line([(0.65, ey - 0.06), (0.95, ey - 0.1)], fill=g, width=0.05)

    # ---- earrings ----------------------------------------------------------------------
    if t.earrings and t.headscarf is None:
        for sgn in (-1, 1):
            x = sgn * (1.0 if t.hair_style not in ("long", "bob", "locs") else 1.02)
            if t.earrings == "stud":
                P.circle(x, 0.42, 0.06, fill=GOLD)
            else:
                P.ellipse(x, 0.58, 0.11, 0.14, outline=GOLD, width=0.04)


def _supersample(size: tuple[int, int]) -> int:
    return max(2, min(3, round(4000 / max(size))))


def _check_size(size: tuple[int, int]) -> tuple[int, int]:
    w, h = int(size[0]), int(size[1])
    if w < 16 or h < 16 or w > 8000 or h > 8000:
        raise ValueError(f"size {size!r} must be between 16 and 8000 pixels on each side")
    return w, h


def portrait_traits(seed: int) -> PersonTraits:
    """The person that ``generate_portrait(seed)`` draws (for alt texts and tests)."""
    return _pick_person(random.Random(f"person:{seed}:0"))


def generate_portrait(
    seed: int,
    size: tuple[int, int] = (1600, 2000),
    *,
    eyes_closed: bool = False,
    mouth_open: bool | None = None,
) -> Image.Image:
    """A flat-illustration portrait of one person, deterministic from ``seed`` (RGB).

    The face is centred horizontally in the upper half; it scales with the picture's
    smaller side so that square and landscape sizes still frame head and shoulders.
    ``eyes_closed`` and ``mouth_open`` vary the expression (used for clip frames).
    """
    w, h = _check_size(size)
    ss = _supersample((w, h))
    W, H = w * ss, h * ss
    img = Image.new("RGB", (W, H))
    u = min(W * 0.16, H * 0.125)
    cx, cy = W / 2, H * 0.42
    person = _pick_person(random.Random(f"person:{seed}:0"))
    _draw_background(img, random.Random(f"portrait:{seed}"), [(cx, cy, u)])
    _draw_person(img, person, cx, cy, u, eyes_closed=eyes_closed, mouth_open=mouth_open)
    return img.resize((w, h), Image.Resampling.LANCZOS)


def generate_group(
    seed: int,
    size: tuple[int, int] = (2400, 1600),
    *,
    eyes_closed: bool = False,
    mouth_open: bool | None = None,
) -> Image.Image:
    """A landscape "group photo": two or three people side by side (RGB), deterministic."""
    w, h = _check_size(size)
    ss = _supersample((w, h))
    W, H = w * ss, h * ss
    img = Image.new("RGB", (W, H))
    rng = random.Random(f"group:{seed}")
    n = 3 if rng.random() < 0.4 else 2
    if n == 2:
        u = min(W * 0.1, H * 0.13)
        xs = [W * 0.32, W * 0.68]
        ys = [H * 0.43, H * 0.40]
        order = [0, 1]
    else:
        u = min(W * 0.08, H * 0.115)
        xs = [W * 0.2, W * 0.5, W * 0.8]
        ys = [H * 0.45, H * 0.40, H * 0.46]
        order = [0, 2, 1]
    if rng.random() < 0.5:
        ys = ys[::-1]
    people = [(xs[i], ys[i], u * rng.uniform(0.94, 1.04)) for i in range(n)]
    _draw_background(img, rng, people)
    traits = [_pick_person(random.Random(f"person:{seed}:g{i}")) for i in range(n)]
    for i in order:
        x, y, uu = people[i]
        _draw_person(img, traits[i], x, y, uu, eyes_closed=eyes_closed, mouth_open=mouth_open)
    return img.resize((w, h), Image.Resampling.LANCZOS)


# --------------------------------------------------------------------------------------
# Clips
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Voice:
    """A speech-like hum: a harmonic tone with intonation, syllables and pauses."""

    f0: float
    intonation: float
    syllable_rate: float
    syllable_phase: float
    phrase_rate: float
    phrase_phase: float

    @classmethod
    def from_seed(cls, seed: int) -> _Voice:
        rng = random.Random(f"voice:{seed}")
        return cls(
            f0=rng.uniform(140.0, 230.0),
            intonation=rng.uniform(0.08, 0.16),
            syllable_rate=rng.uniform(2.8, 3.8),
            syllable_phase=rng.uniform(0, 2 * math.pi),
            phrase_rate=rng.uniform(0.22, 0.3),
            phrase_phase=rng.uniform(0, 2 * math.pi),
        )

    def envelope(self, t: float) -> float:
        syl = max(0.0, math.sin(2 * math.pi * self.syllable_rate * t + self.syllable_phase)) ** 2
        phrase = min(1.0, max(0.0, (math.sin(2 * math.pi * self.phrase_rate * t + self.phrase_phase) + 0.75) * 3))
        return syl * phrase

    def expression(self, seconds: float) -> str:
        """The same signal as an ffmpeg ``aevalsrc`` expression (one channel)."""
        fm = 0.5
        a = self.f0 * self.intonation
        phase = f"(2*PI*{self.f0:.4f}*t-{a / fm:.4f}*cos(2*PI*{fm}*t))"
        syl = f"pow(max(0,sin(2*PI*{self.syllable_rate:.4f}*t+{self.syllable_phase:.4f})),2)"
        phrase = f"min(1,max(0,(sin(2*PI*{self.phrase_rate:.4f}*t+{self.phrase_phase:.4f})+0.75)*3))"
        fade = f"min(1,min(t/0.3,({seconds:.4f}-t)/0.4))"
        voice = "+".join(f"{amp}*sin({k}*{phase})" for k, amp in ((1, 1.0), (2, 0.5), (3, 0.3), (4, 0.15), (5, 0.08)))
        return f"0.22*{syl}*{phrase}*max(0,{fade})*({voice})"


def _ffmpeg_exe(ffmpeg: Path | str | None) -> str:
    if ffmpeg is not None:
        return str(ffmpeg)
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def _ease(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return x * x * (3 - 2 * x)


def generate_clip(
    path: Path,
    *,
    seconds: float,
    size: tuple[int, int],
    seed: int,
    ffmpeg: Path | None = None,
    rotate: int = 0,
    with_audio: bool = True,
) -> Path:
    """Write a short H.264/AAC MP4 (30 fps) of a generated scene with gentle motion.

    ``size`` is the *display* size (width, height) of the upright picture. A portrait size
    shows one person who blinks and "talks" in time with a speech-like hum; a landscape
    size shows a group. ``rotate`` (0, 90, 180, 270; clockwise, as phones write it)
    imitates a phone video: the frames are stored turned by ``rotate`` counter-clockwise
    (so for 90 or 270 the coded size is height × width) with a display matrix that turns
    them upright again (PyAV reports ``frame.rotation == -rotate`` normalised to
    [-180, 180]). ``with_audio=False`` writes no audio stream.

    The file is written to a temporary name in the same folder and renamed into place.
    Raises ``DemoMediaError`` with ffmpeg's last error lines when ffmpeg fails.
    """
    import cv2

    from .video.ffmpeg import popen_ffmpeg

    path = Path(path)
    w, h = _check_size(size)
    if w % 2 or h % 2:
        raise ValueError(f"clip size {size!r} must be even on both sides")
    if not 0.2 <= seconds <= 600:
        raise ValueError(f"clip length {seconds!r} s must be between 0.2 and 600 s")
    rotate = int(rotate) % 360
    if rotate % 90:
        raise ValueError(f"rotate must be a multiple of 90, not {rotate}")
    exe = _ffmpeg_exe(ffmpeg)
    n_frames = max(1, round(seconds * CLIP_FPS))
    voice = _Voice.from_seed(seed)

    # --- the scene: a few pre-rendered expressions, moved by one affine warp per frame
    portrait = h >= w
    render: Callable[..., Image.Image] = generate_portrait if portrait else generate_group
    rng = random.Random(f"clip:{seed}")
    scene_seed = rng.randrange(1_000_000)
    variants: dict[tuple[bool, bool], np.ndarray] = {}
    for closed in (False, True):
        for talking in ((False, True) if with_audio and portrait else (False,)):
            im = render(scene_seed, (w, h), eyes_closed=closed, mouth_open=talking if (with_audio and portrait) else None)
            variants[(closed, talking)] = np.asarray(im, dtype=np.uint8)
    blink_times = []
    bt = rng.uniform(0.8, 1.6)
    while bt < seconds:
        blink_times.append(bt)
        bt += rng.uniform(2.0, 3.4)
    zoom0, zoom1 = 1.0, rng.uniform(1.07, 1.12)
    drift = rng.uniform(-0.025, 0.025) * w
    sway = rng.uniform(0.3, 0.7)
    focus = (w / 2, h * (0.42 if portrait else 0.45))

    coded = (h, w) if rotate in (90, 270) else (w, h)
    cmd = [exe, "-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
    if rotate:
        cmd += ["-noautorotate", "-display_rotation", str(-rotate if rotate <= 180 else 360 - rotate)]
    cmd += ["-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{coded[0]}x{coded[1]}", "-framerate", str(CLIP_FPS), "-i", "pipe:0"]
    if with_audio:
        expr = voice.expression(seconds)
        cmd += ["-f", "lavfi", "-i", f"aevalsrc=exprs='{expr}|{expr}':s={AUDIO_RATE}:d={seconds:.4f}:c=stereo"]
    cmd += ["-map", "0:v:0"]
    if with_audio:
        cmd += ["-map", "1:a:0", "-af", "lowpass=f=3200,highpass=f=90"]
    cmd += [
        "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
        "-c:v", "libx264", "-preset", "superfast", "-crf", "21", "-profile:v", "high",
        "-g", str(CLIP_FPS * 2),
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
    ]
    if with_audio:
        cmd += ["-c:a", "aac", "-b:a", "128k", "-ar", str(AUDIO_RATE)]
    else:
        cmd += ["-an"]
    cmd += ["-t", f"{n_frames / CLIP_FPS:.4f}", "-movflags", "+faststart", "-f", "mp4"]

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".part.mp4", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    cmd.append(str(tmp))
    ok = False
    with tempfile.TemporaryFile() as err:
        try:
            proc = popen_ffmpeg(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=err)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise DemoMediaError(path, f"cannot run ffmpeg ({exe}): {exc}") from exc
        assert proc.stdin is not None
        broken = False
        try:
            for i in range(n_frames):
                t = i / CLIP_FPS
                closed = any(b <= t < b + 0.13 for b in blink_times)
                talking = with_audio and portrait and voice.envelope(t + 0.03) > 0.3
                base = variants.get((closed, talking), variants[(closed, False)])
                k = _ease(t / max(seconds, 1e-6))
                scale = zoom0 + (zoom1 - zoom0) * k
                angle = sway * math.sin(2 * math.pi * t / max(seconds, 1.0))
                m = cv2.getRotationMatrix2D(focus, angle, scale)
                m[0, 2] += drift * (k - 0.5)
                frame = cv2.warpAffine(base, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT101)
                if rotate:
                    frame = np.ascontiguousarray(np.rot90(frame, k=rotate // 90))
                proc.stdin.write(frame.tobytes())
        except BrokenPipeError:
            broken = True
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                broken = True
            rc = proc.wait()
        try:
            if rc == 0 and not broken and tmp.stat().st_size > 0:
                os.replace(tmp, path)
                ok = True
        finally:
            if not ok:
                tmp.unlink(missing_ok=True)
        if not ok:
            err.seek(0)
            lines = err.read().decode("utf-8", "replace").strip().splitlines()
            tail = " | ".join(lines[-5:]) or f"exit status {rc}"
            raise DemoMediaError(path, f"ffmpeg could not write the demo clip: {tail}")
    return path


# --------------------------------------------------------------------------------------
# The demo contributions
# --------------------------------------------------------------------------------------

Status = Literal["approved", "pending", "rejected"]
_ALL = PURPOSES


@dataclass(frozen=True)
class DemoContribution:
    """One resident's contribution in the demo project.

    ``source`` says where the medium comes from:

    - ``("file", "photos/astronaut.jpg")`` — a shipped public-domain file, relative to
      ``resources/demo`` (see ``PROVENANCE.md``);
    - ``("portrait", seed)`` / ``("group", seed)`` — drawn by ``generate_portrait`` /
      ``generate_group`` at ``size`` (or their default size);
    - ``("clip", seed, seconds, (width, height), rotate)`` — made by ``generate_clip``
      (display size; ``rotate`` clockwise), with an audio track when ``with_audio``.

    ``message`` completes "I am …" in ``language`` without the "I am" prefix.
    ``file_format`` and ``exif_orientation`` say how ``materialise`` saves a generated
    picture ("jpeg", "png" or "webp"; an orientation other than 1 stores the pixels turned
    so that applying the EXIF orientation makes them upright).
    """

    key: str
    kind: Literal["photo", "clip"]
    source: tuple[Any, ...]
    contributor: str
    age: int
    language: str
    message: str
    alt_text: str
    purposes: frozenset[str] = _ALL
    status: Status = "approved"
    guardian: str | None = None
    rejection_reason: str | None = None
    file_format: Literal["jpeg", "png", "webp", "mp4"] = "jpeg"
    exif_orientation: int = 1
    size: tuple[int, int] | None = None
    with_audio: bool = True

    @property
    def is_minor(self) -> bool:
        return self.age < 18

    @property
    def filename(self) -> str:
        if self.source[0] == "file":
            return f"{self.key}{Path(self.source[1]).suffix.lower()}"
        ext = {"jpeg": ".jpg", "png": ".png", "webp": ".webp", "mp4": ".mp4"}[self.file_format]
        return f"{self.key}{ext}"


def demo_contributions() -> list[DemoContribution]:
    """About twenty contributions of Lindaval's residents (fictional people and words).

    Mixed on purpose: shipped public-domain photos and generated pictures; JPEG, PNG,
    WebP and one JPEG with EXIF orientation 6 (``p13-priya``); sizes from 900×1200 to
    2000×2500; three clips (portrait with audio, landscape without audio, and a phone
    portrait stored landscape with a 90° display rotation); one minor (14) with a
    guardian; a few pending, one rejected; a few with fewer consent purposes.
    """
    C = DemoContribution
    no_print = _ALL - {"print_poster"}
    return [
        # ---- shipped public-domain / CC0 photos -------------------------------------
        C(
            key="f01-grace", kind="photo", source=("file", "photos/astronaut.jpg"),
            contributor="Grace", age=34, language="en",
            message="a night-shift nurse, a stargazer and a proud aunt",
            alt_text="NASA portrait of astronaut Eileen Collins smiling in an orange flight suit, "
            "with a US flag and a space shuttle model behind her",
        ),
        C(
            key="f02-tomas", kind="photo", source=("file", "photos/camera.jpg"),
            contributor="Tomás", age=52, language="es",
            message="fotógrafo, abuelo y vecino del barrio de la estación",
            alt_text="Foto en blanco y negro de un hombre con abrigo oscuro que filma con una cámara "
            "sobre un trípode en un parque",
        ),
        C(
            key="f03-nour", kind="photo", source=("file", "photos/coffee.jpg"),
            contributor="Nour", age=41, language="ar",
            message="صاحبة مقهى صغير وجارة للجميع",
            alt_text="فنجان إسبريسو أحمر على صحن أحمر مع ملعقة فوق طاولة خشبية",
            purposes=no_print,
        ),
        C(
            key="f04-ingrid", kind="photo", source=("file", "photos/chelsea.jpg"),
            contributor="Ingrid", age=67, language="de",
            message="Rentnerin, Katzenfreundin und Chorsängerin",
            alt_text="Nahaufnahme einer getigerten Katze mit grünen Augen",
            status="pending",
        ),
        C(
            key="f05-kwame", kind="photo", source=("file", "photos/rocket.jpg"),
            contributor="Kwame", age=29, language="en",
            message="an engineer who still looks up at the sky",
            alt_text="A white rocket on its launch pad at dusk, between tall lattice towers and bright lights",
            status="rejected",
            rejection_reason="Not a portrait: the campaign frame needs a person in the picture.",
        ),
        # ---- generated portraits ------------------------------------------------------
        C(
            key="p01-layla", kind="photo", source=("portrait", 12),
            contributor="Layla", age=36, language="ar",
            message="مهندسة وأم وعاشقة للموسيقى",
            alt_text="رسم توضيحي لامرأة مبتسمة ترتدي حجابًا كحليًا على خلفية خضراء",
        ),
        C(
            key="p02-rosa", kind="photo", source=("portrait", 2),
            contributor="Rosa", age=72, language="it",
            message="nonna, sarta e cuoca per tutto il quartiere",
            alt_text="Illustrazione di una donna anziana sorridente con i capelli grigi raccolti, "
            "occhiali e maglione fucsia, su sfondo giallo",
        ),
        C(
            key="p04-siobhan", kind="photo", source=("portrait", 4),
            contributor="Siobhan", age=27, language="en",
            message="a software tester, a choir singer and a new neighbour",
            alt_text="Illustration of a smiling young woman with curly red hair in a mustard jacket "
            "on a mint-green background",
            file_format="png",
        ),
        C(
            key="p08-awa", kind="photo", source=("portrait", 8),
            contributor="Awa", age=31, language="fr",
            message="boulangère, poète et supportrice du FC Lindaval",
            alt_text="Illustration d'une femme souriante aux longues locks noires, en chemise violette, "
            "sur fond rose",
            size=(1200, 1500),
        ),
        C(
            key="p11-karim", kind="photo", source=("portrait", 11),
            contributor="Karim", age=45, language="ar",
            message="طبيب أسنان ولاعب شطرنج وأب لثلاثة أطفال",
            alt_text="رسم توضيحي لرجل مبتسم بلحية سوداء ونظارات وقميص رمادي داكن على خلفية وردية",
            purposes=_ALL - {"network_reshare"},
            size=(900, 1200),
        ),
        C(
            key="p13-priya", kind="photo", source=("portrait", 13),
            contributor="Priya", age=39, language="en",
            message="an entrepreneur, a mother and a football fan",
            alt_text="Illustration of a smiling woman with short curly black hair, glasses and gold hoop "
            "earrings, in a coral turtleneck, on a purple striped background",
            exif_orientation=6,
        ),
        C(
            key="p14-amadou", kind="photo", source=("portrait", 14),
            contributor="Amadou", age=74, language="fr",
            message="grand-père, conteur et jardinier du quartier",
            alt_text="Illustration d'un homme âgé souriant, chauve, à la moustache grise, en veste violette, "
            "sur fond violet",
            size=(2000, 2500),
        ),
        C(
            key="p21-elodie", kind="photo", source=("portrait", 21),
            contributor="Élodie", age=44, language="fr",
            message="prof de maths, cycliste et bénévole au centre social",
            alt_text="Illustration d'une femme souriante aux cheveux courts, avec lunettes et créoles dorées, "
            "en chemisier orange, sur fond violet",
            purposes=_ALL - {"city_video"},
            size=(1080, 1080),
        ),
        C(
            key="p26-kwabena", kind="photo", source=("portrait", 26),
            contributor="Kwabena", age=33, language="en",
            message="a bus driver, a DJ and a proud Lindavaler",
            alt_text="Illustration of a young man with a large black afro and glasses, in a red turtleneck, "
            "on a light blue background",
            status="pending",
            file_format="webp",
        ),
        C(
            key="p16-amira", kind="photo", source=("portrait", 16),
            contributor="Amira", age=14, language="ar",
            guardian="Samira Haddad",
            message="طالبة تحب الرسم وتحلم بأن تصبح طبيبة",
            alt_text="رسم توضيحي لفتاة مبتسمة ترتدي حجابًا بيجًا وقميصًا أخضر على خلفية خضراء فاتحة",
            purposes=frozenset({"social_media", "city_video"}),
        ),
        C(
            key="p07-lukas", kind="photo", source=("portrait", 7),
            contributor="Lukas", age=48, language="de",
            message="Tischler, Vater und Trompeter im Stadtorchester",
            alt_text="Illustration eines lächelnden Mannes mit hellem Haar und Vollbart im senffarbenen Sakko "
            "vor grün gestreiftem Hintergrund",
        ),
        # ---- generated group photos ------------------------------------------------------
        C(
            key="g06-mira", kind="photo", source=("group", 6),
            contributor="Mira", age=30, language="en",
            message="a librarian, and proud of my team at the city library",
            alt_text="Illustration of three smiling colleagues side by side on a peach background: an older "
            "man with glasses, a woman with long red hair and a man with a moustache",
        ),
        C(
            key="g04-giulia", kind="photo", source=("group", 4),
            contributor="Giulia", age=37, language="it",
            message="mamma, architetta e parte di una famiglia di tre continenti",
            alt_text="Illustrazione di due persone sorridenti fianco a fianco su sfondo verde acqua: una con "
            "occhiali e chignon, l'altra con lunghe trecce chiare",
            status="pending",
            file_format="png",
            size=(1800, 1200),
        ),
        # ---- generated clips -------------------------------------------------------------
        C(
            key="c01-yasmine", kind="clip", source=("clip", 301, 6.0, (720, 1280), 0),
            contributor="Yasmine", age=22, language="fr",
            message="étudiante en médecine, danseuse et grande sœur",
            alt_text="Vidéo courte : une jeune femme au foulard bleu marine sourit et parle, sur fond jaune",
            file_format="mp4",
        ),
        C(
            key="c02-fatima", kind="clip", source=("clip", 302, 5.0, (1280, 720), 0),
            contributor="Fatima", age=63, language="ar",
            message="جدة وخياطة ومتطوعة في حديقة الحي",
            alt_text="فيديو قصير بلا صوت لثلاث نساء يبتسمن جنبًا إلى جنب على خلفية برتقالية، اثنتان منهن ترتديان الحجاب",
            file_format="mp4",
            with_audio=False,
        ),
        C(
            key="c03-jonas", kind="clip", source=("clip", 303, 5.0, (720, 1280), 90),
            contributor="Jonas", age=35, language="de",
            message="Krankenpfleger, Läufer und Hobbykoch",
            alt_text="Hochformat-Video: ein lächelnder Mann in weißer Jacke vor gelbem Hintergrund",
            file_format="mp4",
        ),
    ]


def _demo_resources() -> Path:
    from icc_studio.core.paths import demo_dir

    return demo_dir()


def _save_atomic(dest: Path, write: Callable[[Path], None]) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.stem}.", suffix=".part" + dest.suffix, dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


# EXIF orientation -> the transpose that turns an upright picture into the stored one
# (the inverse of what ``ImageOps.exif_transpose`` applies).
_STORE_FOR_ORIENTATION: dict[int, Image.Transpose | None] = {
    1: None,
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,
    8: Image.Transpose.ROTATE_270,
}


def _save_picture(img: Image.Image, dest: Path, fmt: str, orientation: int) -> None:
    if fmt == "jpeg":
        if orientation != 1:
            if orientation not in _STORE_FOR_ORIENTATION:
                raise ValueError(f"unsupported EXIF orientation {orientation}")
            op = _STORE_FOR_ORIENTATION[orientation]
            stored = img.transpose(op) if op is not None else img
            exif = Image.Exif()
            exif[0x0112] = orientation  # Orientation
            exif[0x010F] = "DemoCam"  # Make
            exif[0x0110] = "DemoCam Phone 1"  # Model
            exif[0x0132] = "2026:12:01 10:30:00"  # DateTime
            # A made-up location, so that the app can show that exports strip GPS data.
            gps = exif.get_ifd(0x8825)
            gps[1] = "N"
            gps[2] = (45.0, 30.0, 0.0)
            gps[3] = "E"
            gps[4] = (9.0, 15.0, 0.0)
            _save_atomic(dest, lambda p: save_image(stored, p, "JPEG", quality=90, exif=exif))
        else:
            _save_atomic(dest, lambda p: save_image(img, p, "JPEG", quality=90))
    elif fmt == "png":
        _save_atomic(dest, lambda p: save_image(img, p, "PNG", optimize=False, compress_level=6))
    elif fmt == "webp":
        _save_atomic(dest, lambda p: save_image(img, p, "WEBP", quality=88, method=4))
    else:
        raise ValueError(f"unknown picture format {fmt!r}")


def materialise(entry: DemoContribution, workdir: Path, *, ffmpeg: Path | None = None) -> Path:
    """Make the file of one demo contribution in ``workdir``; returns its path.

    Shipped photos are copied byte for byte; generated pictures are saved in the entry's
    ``file_format`` (JPEG quality 90; ``exif_orientation`` 6 stores the pixels turned 90°
    counter-clockwise with the EXIF tag that turns them upright, plus made-up camera and
    GPS tags); clips are encoded with ``generate_clip``. The file is named
    ``entry.filename`` and written through a temporary name.
    """
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    dest = workdir / entry.filename
    kind = entry.source[0]
    if kind == "file":
        src = _demo_resources() / entry.source[1]
        if not src.is_file():
            raise DemoMediaError(src, "the demo photo is missing from the resources")
        return _save_atomic(dest, lambda p: shutil.copyfile(src, p))
    if kind in ("portrait", "group"):
        seed = int(entry.source[1])
        if kind == "portrait":
            img = generate_portrait(seed, entry.size or (1600, 2000))
        else:
            img = generate_group(seed, entry.size or (2400, 1600))
        _save_picture(img, dest, entry.file_format, entry.exif_orientation)
        return dest
    if kind == "clip":
        _, seed, seconds, size, rotate = entry.source
        return generate_clip(
            dest, seconds=float(seconds), size=tuple(size), seed=int(seed), ffmpeg=ffmpeg,
            rotate=int(rotate), with_audio=entry.with_audio,
        )
    raise ValueError(f"unknown demo source {entry.source!r}")
