"""The gallery's colours, taken from the kit and checked for WCAG AA contrast.

A kit's palette is made for posters; on a web page its colours meet small text, so every
pair the style sheet uses is measured (WCAG 2.x relative luminance) and, where a pair falls
short, the foreground is darkened or lightened just enough (its hue kept).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

AA_TEXT = 4.5        # normal text
AA_LARGE = 3.0       # large text and interface parts (focus ring, borders of controls)


def parse_hex(value: str) -> tuple[int, int, int]:
    v = value.lstrip("#")
    if len(v) == 3:
        v = "".join(c * 2 for c in v)
    return int(v[0:2], 16), int(v[2:4], 16), int(v[4:6], 16)


def to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def luminance(color: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in parse_hex(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ensure_contrast(fg: str, bg: str, minimum: float = AA_TEXT) -> str:
    """``fg``, or the nearest mix of it with black or white that reaches ``minimum`` against ``bg``."""
    if contrast(fg, bg) >= minimum:
        return to_hex(parse_hex(fg))
    base = parse_hex(fg)
    best = None
    for target in ((0, 0, 0), (255, 255, 255)):
        for step in range(1, 101):
            t = step / 100
            mixed = to_hex(tuple(c + (g - c) * t for c, g in zip(base, target)))
            if contrast(mixed, bg) >= minimum:
                if best is None or t < best[0]:
                    best = (t, mixed)
                break
    return best[1] if best else ("#000000" if luminance(bg) > 0.18 else "#ffffff")


@dataclass(frozen=True)
class Theme:
    """The colours of the style sheet; every text pair reaches AA (4.5:1), the focus ring 3:1."""

    background: str
    surface: str
    text: str
    muted: str
    primary: str
    on_primary: str
    link: str
    accent: str
    on_accent: str
    focus: str

    def pairs(self) -> dict[str, tuple[str, str, float]]:
        """Every (foreground, background, minimum) pair the style sheet draws."""
        return {
            "text/background": (self.text, self.background, AA_TEXT),
            "text/surface": (self.text, self.surface, AA_TEXT),
            "muted/surface": (self.muted, self.surface, AA_TEXT),
            "muted/background": (self.muted, self.background, AA_TEXT),
            "on_primary/primary": (self.on_primary, self.primary, AA_TEXT),
            "link/background": (self.link, self.background, AA_TEXT),
            "link/surface": (self.link, self.surface, AA_TEXT),
            "on_accent/accent": (self.on_accent, self.accent, AA_TEXT),
            "focus/background": (self.focus, self.background, AA_LARGE),
            "focus/surface": (self.focus, self.surface, AA_LARGE),
            # On the header band the focus ring is drawn in on_primary (checked above at 4.5:1).
        }

    def css_variables(self) -> str:
        names = ("background", "surface", "text", "muted", "primary", "on_primary", "link", "accent",
                 "on_accent", "focus")
        return "".join(f"--{n.replace('_', '-')}:{getattr(self, n)};" for n in names)


def _mix(a: str, b: str, t: float) -> str:
    pa, pb = parse_hex(a), parse_hex(b)
    return to_hex(tuple(x + (y - x) * t for x, y in zip(pa, pb)))


def theme_from_palette(palette: Mapping[str, str]) -> Theme:
    """A :class:`Theme` from a kit palette (``primary``, ``secondary``, ``accent``, ``background``, ``text``…)."""
    background = palette.get("background", "#ffffff")
    primary = palette.get("primary", "#1c1a4f")
    text = ensure_contrast(palette.get("text", "#1a1a1a"), background)
    # Cards sit on a surface a shade away from the page, so that they read as cards.
    surface = "#ffffff" if luminance(background) < 0.97 else _mix(background, primary, 0.04)
    text = ensure_contrast(text, surface)
    on_primary = ensure_contrast(palette.get("text_on_primary", "#ffffff"), primary)
    link = ensure_contrast(ensure_contrast(palette.get("secondary", primary), background), surface)
    accent = palette.get("accent", "#ffd23f")
    on_accent = ensure_contrast(palette.get("text", "#000000"), accent)
    muted = ensure_contrast(ensure_contrast(_mix(text, background, 0.3), background), surface)
    # The focus ring must stand out on the page and on the cards (3:1 for parts of the interface).
    focus = next((c for c in (palette.get("secondary", primary), primary, text)
                  if contrast(c, background) >= AA_LARGE and contrast(c, surface) >= AA_LARGE), text)
    return Theme(background=to_hex(parse_hex(background)), surface=surface, text=text, muted=muted,
                 primary=to_hex(parse_hex(primary)), on_primary=on_primary, link=link,
                 accent=to_hex(parse_hex(accent)), on_accent=on_accent, focus=focus)
