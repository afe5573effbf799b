"""The kits' text helpers, now thin adapters over the text engine (:mod:`icc_studio.core.text`).

Mixed scripts work here too: each script run gets its own font, direction and language.
Kit texts are the kit's own (titles, taglines, countdowns), so a text that cannot fit a box
at the smallest size is left out of the artwork (and logged) rather than stopping a render;
resident captions go through :func:`icc_studio.core.text.render_text`, which raises.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PIL import Image, ImageFont

from ..text import TextDoesNotFit, fit_text as _fit, render_text, split_runs
from ..text.fonts import Face, font_chain, load_font, run_language
from ..text.scripts import RTL_SCRIPTS, TEMPLATE_SCRIPTS

log = logging.getLogger(__name__)
_MIN_SIZE = 4


def script_font(text: str, font_file: Path) -> tuple[Path, str | None, str | None]:
    """``(font, direction, language)`` of the first non-Latin script in ``text``, else ``(font_file, None, None)``."""
    for run in split_runs(text):
        if run.script not in TEMPLATE_SCRIPTS:
            face = font_chain(run.script, font_file, run_language(run.script, None))[0]
            return face.path, ("rtl" if run.script in RTL_SCRIPTS else "ltr"), run_language(run.script, None)
    return font_file, None, None


def _max_size(height: int, max_size: int | None) -> int:
    return max(_MIN_SIZE + 1, min(int(height * 1.2), max_size or height * 2))


def fit_text(text: str, width: int, height: int, font_file: Path, *, max_lines: int = 3,
             line_spacing: float = 1.4, max_size: int | None = None) -> tuple[ImageFont.FreeTypeFont, list[str], str | None, str | None]:
    """The largest font size at which ``text`` wraps into ``max_lines`` lines inside ``width``×``height``.

    Returns the font of the text's main script at that size, the lines (logical order), and
    the direction and language of :func:`script_font`. Raises ``TextDoesNotFit``.
    """
    layout = _fit(text, (width, height), font_file=font_file, max_lines=max_lines, min_size=_MIN_SIZE,
                  max_size=_max_size(height, max_size), line_spacing=line_spacing)
    path, direction, language = script_font(text, font_file)
    faces = [run.face for line in layout.lines for run in line.runs if run.face.path == path]
    font = load_font(faces[0] if faces else Face(path), layout.font_size, layout.raqm)
    return font, [line.text for line in layout.lines], direction, language


def text_mask(text: str, size: tuple[int, int], font_file: Path, *, align: str = "center",
              max_lines: int = 3, line_spacing: float = 1.4, max_size: int | None = None) -> Image.Image:
    """An ``L`` mask of ``size`` with ``text`` fitted, centred vertically, aligned horizontally.

    ``align`` is ``start`` / ``center`` / ``end`` in reading order (``start`` is the right edge
    for Arabic and Hebrew). ``max_size`` caps the font size in pixels. A text too long for
    the box even at the smallest size gives an empty mask (logged).
    """
    width, height = size
    try:
        return render_text(text, size, font_file=font_file, align=align, max_lines=max_lines, min_size=_MIN_SIZE,
                           max_size=_max_size(height, max_size), line_spacing=line_spacing).mask
    except TextDoesNotFit as error:
        log.warning("kit text left out: %s", error)
        return Image.new("L", (width, height), 0)
