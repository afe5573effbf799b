"""Typed errors of the text engine (all :class:`~icc_studio.core.errors.IccError`)."""

from __future__ import annotations

from ..errors import IccError


class TextError(IccError):
    """Base class of the text engine's errors."""

    code = "text"


class TextDoesNotFit(TextError):
    """The text cannot be laid out in the box, not even at the minimum font size."""

    code = "text-does-not-fit"
    template = ("The text ({length} characters) does not fit in a box of {width}×{height} px in at most "
                "{max_lines} line(s), not even at the minimum font size of {min_size} px.")

    def __init__(self, length: int, width: int, height: int, max_lines: int, min_size: int) -> None:
        super().__init__("", length=length, width=width, height=height, max_lines=max_lines, min_size=min_size)


class MessageTooLong(TextError):
    code = "message-too-long"
    template = "The message has {length} characters; this kit allows at most {max_length}. Please shorten it."

    def __init__(self, length: int, max_length: int) -> None:
        super().__init__("", length=length, max_length=max_length)


class ShapingUnavailable(TextError):
    """The installed Pillow cannot shape or order a script of the text: drawing it would be wrong."""

    code = "shaping-unavailable"
    template = ("The text engine cannot shape {script} here: Pillow was built without RAQM/FriBiDi, so {script} "
                "text would be drawn broken (letters unjoined or in the wrong order). {detail}")

    def __init__(self, script: str, detail: str = "") -> None:
        super().__init__(detail, script=script)


class MissingGlyphs(TextError):
    """No font available for the text has a glyph for some characters (emoji, unsupported scripts)."""

    code = "missing-glyphs"
    template = "No available font can draw {chars} (tried {fonts})."

    def __init__(self, characters: str, fonts: list[str]) -> None:
        chars = ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in characters)
        super().__init__("", chars=chars, characters=characters, fonts=", ".join(fonts))
