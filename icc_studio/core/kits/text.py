"""The one small text helper of the kits: fit a string into a box and draw it as an alpha mask.

It handles one script per string (Latin/Greek/Cyrillic, Arabic, Hebrew, Devanagari, Bengali,
Ethiopic) by picking the bundled Noto font of that script, and shapes with RAQM so Arabic
is joined and right-to-left. A general per-script-run renderer can replace
:func:`text_mask` without touching the rest of the kit code.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..paths import fonts_dir

# (first, last code point) → (script, regular font, bold font)
_SCRIPTS: tuple[tuple[int, int, str, str, str], ...] = (
    (0x0590, 0x05FF, "hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    (0x0600, 0x08FF, "arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    (0xFB50, 0xFEFF, "arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    (0x0900, 0x097F, "devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    (0x0980, 0x09FF, "bengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
    (0x1200, 0x139F, "ethiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
)
_RTL = {"arabic", "hebrew"}
_LANG_OF_SCRIPT = {"arabic": "ar", "hebrew": "he", "devanagari": "hi", "bengali": "bn", "ethiopic": "ti"}


def script_font(text: str, font_file: Path) -> tuple[Path, str | None, str | None]:
    """``(font, direction, language)`` for ``text``: the kit font for Latin, a bundled Noto font otherwise."""
    bold = "Bold" in font_file.name
    for ch in text:
        cp = ord(ch)
        for first, last, script, regular, heavy in _SCRIPTS:
            if first <= cp <= last:
                name = heavy if bold else regular
                if script == "arabic" and "Serif" in font_file.name:
                    name = name.replace("NotoSansArabic", "NotoNaskhArabic")
                return fonts_dir() / name, ("rtl" if script in _RTL else "ltr"), _LANG_OF_SCRIPT[script]
    return font_file, None, None


@lru_cache(maxsize=256)
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)


def _wrap(words: list[str], fits) -> list[str] | None:
    """Greedy word wrap; None if a single word is too wide."""
    lines: list[str] = []
    for word in words:
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and fits(candidate):
            lines[-1] = candidate
        elif fits(word):
            lines.append(word)
        else:
            return None
    return lines


def fit_text(text: str, width: int, height: int, font_file: Path, *, max_lines: int = 3,
             line_spacing: float = 1.4, max_size: int | None = None) -> tuple[ImageFont.FreeTypeFont, list[str], str | None, str | None]:
    """The largest font size at which ``text`` wraps into ``max_lines`` lines inside ``width``×``height``."""
    path, direction, language = script_font(text, font_file)
    words = text.split()

    def layout(size: int) -> list[str] | None:
        font = _font(path, size)

        def fits(line: str) -> bool:
            left, _, right, _ = font.getbbox(line, direction=direction, language=language)
            return right - left <= width

        lines = _wrap(words, fits)
        if lines is None or len(lines) > max_lines:
            return None
        if len(lines) == 1:  # one line: the ink decides (scripts differ a lot in their line metrics)
            _, top, _, bottom = font.getbbox(lines[0], direction=direction, language=language, anchor="ls")
            return lines if bottom - top <= height else None
        ascent, descent = font.getmetrics()
        return lines if ascent + descent + (len(lines) - 1) * size * line_spacing <= height else None

    low, high = 4, max(5, min(int(height * 1.2), max_size or height * 2))
    while low < high:  # the largest size that lays out
        mid = (low + high + 1) // 2
        if layout(mid) is None:
            high = mid - 1
        else:
            low = mid
    lines = layout(low) or [text]
    return _font(path, low), lines, direction, language


def text_mask(text: str, size: tuple[int, int], font_file: Path, *, align: str = "center",
              max_lines: int = 3, line_spacing: float = 1.4, max_size: int | None = None) -> Image.Image:
    """An ``L`` mask of ``size`` with ``text`` fitted, centred vertically, aligned horizontally.

    ``align`` is ``start`` / ``center`` / ``end`` in reading order (``start`` is the right edge
    for Arabic and Hebrew). ``max_size`` caps the font size in pixels.
    """
    width, height = size
    font, lines, direction, language = fit_text(text, width, height, font_file, max_lines=max_lines,
                                                line_spacing=line_spacing, max_size=max_size)
    ascent, descent = font.getmetrics()
    step = font.size * line_spacing
    block = (ascent + descent) + step * (len(lines) - 1)
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    rtl = direction == "rtl"
    edge = {"start": "r" if rtl else "l", "end": "l" if rtl else "r"}.get(align, "m")
    x = {"l": 0, "m": width / 2, "r": width}[edge]
    if len(lines) == 1:
        _, top, _, bottom = font.getbbox(lines[0], direction=direction, language=language, anchor="ls")
        block, ascent = bottom - top, -top
    for i, line in enumerate(lines):
        y = (height - block) / 2 + ascent + i * step
        draw.text((x, y), line, font=font, fill=255, anchor=edge + "s", direction=direction, language=language)
    return mask
