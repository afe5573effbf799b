"""Draw a fitted text: an antialiased ``L`` mask of exactly the box, or a copy of a canvas with it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from .errors import TextDoesNotFit
from .fonts import load_font, shape_kwargs
from .layout import TextLayout, fit_text
from .scripts import grapheme_count


@dataclass(frozen=True)
class TextBlock:
    """A rendered text: ``mask`` (mode ``L``, the box's size) and the layout it was drawn from."""

    mask: Image.Image
    layout: TextLayout

    @property
    def font_size(self) -> int:
        return self.layout.font_size

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(line.text for line in self.layout.lines)

    @property
    def direction(self) -> str:
        return self.layout.direction


def draw_layout(layout: TextLayout) -> Image.Image:
    """The ``L`` mask of ``layout``. Drawn with a margin first: ink outside the box is an error, never a cut."""
    width, height = layout.size
    margin = layout.font_size * 2
    mask = Image.new("L", (width + 2 * margin, height + 2 * margin), 0)
    draw = ImageDraw.Draw(mask)
    for line in layout.lines:
        for run in line.runs:
            font = load_font(run.face, layout.font_size, layout.raqm)
            draw.text((margin + line.x + run.x, margin + line.baseline), run.text, font=font, fill=255, anchor="ls",
                      **shape_kwargs(run.direction, run.language, layout.raqm))
    ink = mask.getbbox()
    if ink and (ink[0] < margin or ink[1] < margin or ink[2] > margin + width or ink[3] > margin + height):
        raise TextDoesNotFit(grapheme_count(layout.text), width, height, len(layout.lines), layout.font_size)
    return mask.crop((margin, margin, margin + width, margin + height))


def render_text(text: str, size: tuple[int, int], *, font_file: Path, align: str = "center", max_lines: int = 3,
                min_size: int = 8, max_size: int | None = None, line_spacing: float = 1.25,
                direction: str | None = None, language: str | None = None, padding: int = 0) -> TextBlock:
    """``text`` fitted (see :func:`fit_text`) and drawn as an ``L`` mask of ``size``."""
    layout = fit_text(text, size, font_file=font_file, align=align, max_lines=max_lines, min_size=min_size,
                      max_size=max_size, line_spacing=line_spacing, direction=direction, language=language,
                      padding=padding)
    return TextBlock(draw_layout(layout), layout)


def draw_text(canvas: Image.Image, box_px: tuple[int, int, int, int], fill_rgba: tuple[int, ...], text: str,
              **options) -> Image.Image:
    """A copy of ``canvas`` (RGB or RGBA) with ``text`` fitted in ``box_px`` (left, top, right, bottom) and drawn.

    ``options`` are the keywords of :func:`render_text` (``font_file`` is required);
    ``fill_rgba``'s alpha scales the text's coverage. The canvas is not modified.
    """
    left, top, right, bottom = (round(v) for v in box_px)
    block = render_text(text, (max(1, right - left), max(1, bottom - top)), **options)
    red, green, blue, *rest = fill_rgba
    alpha = rest[0] if rest else 255
    mask = block.mask if alpha == 255 else block.mask.point(lambda v: v * alpha // 255)
    layer = Image.new("RGBA", canvas.size, (red, green, blue, 0))
    coverage = Image.new("L", canvas.size, 0)
    coverage.paste(mask, (left, top))
    layer.putalpha(coverage)
    base = canvas.convert("RGBA")
    base.alpha_composite(layer)
    return base if canvas.mode == "RGBA" else base.convert(canvas.mode)
