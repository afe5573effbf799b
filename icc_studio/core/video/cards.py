"""The still pictures of a city video: intro and outro cards, caption bands and subtitle boxes.

Everything is drawn with the app's text engine (script runs, a font per script, bidi,
RAQM shaping), in the kit's colours and fonts, at the output's size; the layout is
relative, so a 320×180 test render and a 1920×1080 export look the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image, ImageColor, ImageDraw

from ..kits import Kit
from ..render.photos import caption_text
from ..text import render_text
from ..text.errors import TextDoesNotFit, TextError

#: Below this short side (previews, tests) a card text that cannot fit is left out instead of failing.
SMALL_PREVIEW = 240


def _rgb(kit: Kit, name: str) -> tuple[int, int, int]:
    return ImageColor.getrgb(kit.color(name))[:3]


def _draw(canvas: Image.Image, kit: Kit, text: str, box: tuple[float, float, float, float], *, colour: str,
          font: str = "display", lang: str | None = None, max_lines: int = 2, max_frac: float = 0.12) -> None:
    """Fit ``text`` into the relative ``box`` (x, y, w, h) of ``canvas`` and draw it in the palette ``colour``."""
    if not text.strip():
        return
    w, h = canvas.size
    left, top = round(box[0] * w), round(box[1] * h)
    size = (max(1, round(box[2] * w)), max(1, round(box[3] * h)))
    short = min(w, h)
    try:
        block = render_text(text, size, font_file=kit.font_path(font), align="center", max_lines=max_lines,
                            min_size=max(6, round(short * 0.02)), max_size=max(8, round(short * max_frac)),
                            language=lang, padding=max(1, short // 200))
    except TextDoesNotFit:
        if short >= SMALL_PREVIEW:
            raise
        return  # a thumbnail-sized preview leaves out what cannot be read at that size anyway
    canvas.paste(Image.new("RGB", size, _rgb(kit, colour)), (left, top), block.mask)


def date_text(kit: Kit, lang: str, year: int) -> str:
    """The day's date in ``lang`` as the kit words it (e.g. "18 December 2026", "18 ديسمبر 2026")."""
    return f"{kit.text('date_label', lang)} {year}"


def _layout(size: tuple[int, int]) -> str:
    w, h = size
    return "wide" if w / h > 1.2 else "tall" if w / h < 0.8 else "square"


def intro_card(kit: Kit, size: tuple[int, int], *, city: str, lang: str, year: int) -> np.ndarray:
    """Campaign title, city and date on the kit's primary colour (RGB array of ``size``)."""
    canvas = Image.new("RGB", size, _rgb(kit, "primary"))
    draw = ImageDraw.Draw(canvas)
    w, h = size
    shape = _layout(size)
    # Accent bars (the kit's graphic language: corner marks and a coloured stripe).
    bar = max(2, round(min(w, h) * 0.012))
    draw.rectangle((0, round(h * 0.9), w, h), fill=_rgb(kit, "accent"))
    draw.rectangle((0, round(h * 0.9), round(w * 0.02), h), fill=_rgb(kit, "secondary"))
    draw.rectangle((round(w * 0.05), round(h * 0.07), round(w * 0.05) + 6 * bar, round(h * 0.07) + bar),
                   fill=_rgb(kit, "accent"))
    draw.rectangle((round(w * 0.05), round(h * 0.07), round(w * 0.05) + bar, round(h * 0.07) + 6 * bar),
                   fill=_rgb(kit, "accent"))
    top = {"wide": 0.16, "square": 0.2, "tall": 0.26}[shape]
    _draw(canvas, kit, kit.text("title", lang), (0.08, top, 0.84, 0.22), colour="text_on_primary", lang=lang,
          max_frac=0.09)
    _draw(canvas, kit, city, (0.08, top + 0.24, 0.84, 0.2), colour="accent", lang=lang, max_lines=1, max_frac=0.14)
    _draw(canvas, kit, date_text(kit, lang, year), (0.1, top + 0.46, 0.8, 0.1), colour="text_on_primary",
          font="body", lang=lang, max_lines=1, max_frac=0.06)
    return np.asarray(canvas)


def outro_card(kit: Kit, size: tuple[int, int], *, hashtags: Sequence[str], lang: str,
               logos: Sequence[Path] = ()) -> np.ndarray:
    """The campaign hashtags, the tagline and the logos on the kit's primary colour."""
    canvas = Image.new("RGB", size, _rgb(kit, "primary"))
    draw = ImageDraw.Draw(canvas)
    w, h = size
    shape = _layout(size)
    draw.rectangle((0, 0, w, round(h * 0.06)), fill=_rgb(kit, "accent"))
    draw.rectangle((0, 0, round(w * 0.02), round(h * 0.06)), fill=_rgb(kit, "secondary"))
    tags = list(dict.fromkeys(t for t in hashtags if t))
    top = {"wide": 0.14, "square": 0.16, "tall": 0.22}[shape]
    if tags:
        _draw(canvas, kit, tags[0], (0.06, top, 0.88, 0.2), colour="accent", lang=None, max_lines=1, max_frac=0.12)
    if len(tags) > 1:
        _draw(canvas, kit, "  ".join(tags[1:4]), (0.08, top + 0.22, 0.84, 0.12), colour="text_on_primary",
              font="body", lang=None, max_lines=2, max_frac=0.05)
    try:
        _draw(canvas, kit, kit.text("tagline", lang), (0.1, top + 0.36, 0.8, 0.18), colour="text_on_primary",
              font="body", lang=lang, max_lines=3, max_frac=0.045)
    except TextError:
        pass  # a long tagline that cannot fit a small card is left out rather than cut
    _paste_logos(canvas, logos, top=top + 0.58)
    return np.asarray(canvas)


def _paste_logos(canvas: Image.Image, logos: Sequence[Path], *, top: float) -> None:
    from ..media.reduce import load_photo

    pictures = []
    for path in logos:
        try:
            pictures.append(load_photo(path, max_side=1024))
        except (OSError, ValueError):
            continue
    if not pictures:
        return
    w, h = canvas.size
    box_h = round(h * min(0.2, 0.9 - top))
    gap = round(w * 0.04)
    scaled = [p.resize((max(1, round(p.width * box_h / p.height)), box_h), Image.Resampling.LANCZOS) for p in pictures]
    total = sum(p.width for p in scaled) + gap * (len(scaled) - 1)
    if total > w * 0.84:
        factor = w * 0.84 / total
        scaled = [p.resize((max(1, round(p.width * factor)), max(1, round(p.height * factor)))) for p in scaled]
        total = sum(p.width for p in scaled) + gap * (len(scaled) - 1)
    x = (w - total) // 2
    # A white plate behind each logo: logos are designed for light backgrounds.
    draw = ImageDraw.Draw(canvas)
    pad = max(2, round(min(w, h) * 0.01))
    for p in scaled:
        y = round(h * top)
        draw.rectangle((x - pad, y - pad, x + p.width + pad, y + p.height + pad), fill=(255, 255, 255))
        canvas.paste(p, (x, y))
        x += p.width + gap


def caption_band(kit: Kit, size: tuple[int, int], message: str, lang: str) -> tuple[np.ndarray, int, int] | None:
    """The caption of a photo ("I am …" in its language) as an RGBA band and its (left, top) in the frame.

    The band sits low in wide and square frames and above the interface area of a story
    (9:16: the lowest fifth is covered by the platforms' reply bar).
    """
    text = caption_text(kit, message, lang)
    if not text:
        return None
    w, h = size
    shape = _layout(size)
    y0, y1 = {"wide": (0.76, 0.94), "square": (0.75, 0.93), "tall": (0.62, 0.76)}[shape]
    band_w = round(w * (0.88 if shape == "wide" else 0.92))
    band_h = round(h * (y1 - y0))
    left, top = (w - band_w) // 2, round(h * y0)
    band = Image.new("RGBA", (band_w, band_h), (*_rgb(kit, "primary"), 214))
    stripe = max(2, round(min(w, h) * 0.008))
    ImageDraw.Draw(band).rectangle((0, 0, stripe - 1, band_h), fill=(*_rgb(kit, "accent"), 255))
    pad_x, pad_y = round(band_w * 0.04), round(band_h * 0.1)
    try:
        block = render_text(text, (band_w - 2 * pad_x, band_h - 2 * pad_y), font_file=kit.font_path("body"),
                            align="center", max_lines=2, min_size=max(6, round(min(w, h) * 0.022)),
                            max_size=max(8, round(min(w, h) * 0.055)), language=lang,
                            padding=max(1, min(w, h) // 200))
    except TextDoesNotFit:
        if min(w, h) >= SMALL_PREVIEW:
            raise
        return None
    colour = Image.new("RGBA", block.mask.size, (*_rgb(kit, "text_on_primary"), 255))
    band.paste(colour, (pad_x, pad_y), block.mask)
    return np.asarray(band), left, top


def subtitle_box(size: tuple[int, int], text: str, *, font_file: Path, lang: str | None = None
                 ) -> tuple[np.ndarray, int, int]:
    """A subtitle (up to two lines) as white text on a translucent dark box, low in the frame."""
    w, h = size
    shape = _layout(size)
    y0 = {"wide": 0.8, "square": 0.8, "tall": 0.66}[shape]
    box_w, box_h = round(w * 0.9), round(h * 0.13 if shape != "tall" else h * 0.09)
    block = render_text(text, (box_w, box_h), font_file=font_file, align="center", max_lines=2,
                        min_size=max(6, round(min(w, h) * 0.022)), max_size=max(8, round(min(w, h) * 0.05)),
                        language=lang, padding=max(1, min(w, h) // 200))
    ink = block.mask.getbbox() or (0, 0, box_w, box_h)
    pad = max(2, round(min(w, h) * 0.012))
    left, top = max(0, ink[0] - pad), max(0, ink[1] - pad)
    right, bottom = min(box_w, ink[2] + pad), min(box_h, ink[3] + pad)
    box = Image.new("RGBA", (right - left, bottom - top), (0, 0, 0, 170))
    white = Image.new("RGBA", box.size, (255, 255, 255, 255))
    box.paste(white, (0, 0), block.mask.crop((left, top, right, bottom)))
    return np.asarray(box), (w - box_w) // 2 + left, round(h * y0) + top
