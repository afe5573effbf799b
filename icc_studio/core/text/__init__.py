"""The text engine: captions in any script, fitted into a box and drawn.

A caption is split into runs of one script (:func:`split_runs`); each run gets a font (the
template's font for Latin, Greek and Cyrillic, a bundled Noto font otherwise), its bidi
level and its language, and is shaped by RAQM; lines are broken at word boundaries (CJK
between characters), ordered visually per the Unicode Bidirectional Algorithm, and the
font size is the largest that fits the box (:func:`fit_text`). :func:`render_text` draws
the result as an ``L`` mask; :func:`draw_text` onto a copy of a canvas.

Text that cannot be shaped, has characters no font can draw, or cannot fit raises a typed
error instead of being drawn wrong, cut or overflowing.
"""

from .errors import MessageTooLong, MissingGlyphs, ShapingUnavailable, TextDoesNotFit, TextError
from .layout import PlacedRun, TextLayout, TextLine, fit_text
from .render import TextBlock, draw_text, render_text
from .scripts import ScriptRun, check_message_length, split_runs

__all__ = [
    "MessageTooLong", "MissingGlyphs", "PlacedRun", "ScriptRun", "ShapingUnavailable", "TextBlock", "TextDoesNotFit",
    "TextError", "TextLayout", "TextLine", "check_message_length", "draw_text", "fit_text", "render_text",
    "split_runs",
]
