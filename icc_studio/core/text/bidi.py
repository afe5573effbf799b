"""Paragraph direction, bidi embedding levels (FriBiDi through ctypes) and visual order of runs.

Levels come from the system FriBiDi — the same library RAQM uses inside Pillow — so the
run order on a line and the shaping inside each run agree. Text with no right-to-left
character in a left-to-right paragraph needs no library at all.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Sequence, TypeVar

from .errors import ShapingUnavailable

RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "ps", "ckb", "sd", "ug", "he", "yi", "dv"})
_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})
_PAR_LTR, _PAR_RTL = 0x110, 0x111  # FRIBIDI_PAR_LTR / FRIBIDI_PAR_RTL
_SIGILS = frozenset("#@")

T = TypeVar("T")


def primary_language(language: str | None) -> str | None:
    """``"fa"`` for ``"fa-IR"`` / ``"fa_IR"``; None stays None."""
    return language.replace("_", "-").split("-")[0].lower() if language else None


def paragraph_direction(text: str, direction: str | None = None, language: str | None = None) -> str:
    """``"ltr"`` / ``"rtl"``: the explicit ``direction``, else the first strong character, else the language."""
    if direction is not None:
        if direction not in ("ltr", "rtl"):
            raise ValueError(f"direction must be 'ltr', 'rtl' or None, not {direction!r}")
        return direction
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return "rtl" if primary_language(language) in RTL_LANGUAGES else "ltr"


def _candidates() -> list[str]:
    names = [ctypes.util.find_library("fribidi"), "libfribidi.so.0", "libfribidi.0.dylib", "libfribidi-0.dll",
             "fribidi-0.dll"]
    import PIL  # Pillow's own wheels may carry the library beside the package

    here = Path(PIL.__file__).resolve().parent
    bundle = getattr(sys, "_MEIPASS", None)  # the frozen app carries its own copy
    folders = [Path(bundle)] if bundle else []
    for folder in (*folders, here, here.parent / "pillow.libs", here.parent / "Pillow.libs"):
        if folder.is_dir():
            names += [str(p) for p in sorted(folder.glob("*fribidi*"))]
    if sys.platform == "win32":
        names.append("fribidi")
    return [n for n in names if n]


@lru_cache(maxsize=1)
def _fribidi() -> ctypes.CDLL | None:
    for name in _candidates():
        try:
            lib = ctypes.CDLL(name)
            lib.fribidi_get_par_embedding_levels_ex  # noqa: B018 — the symbol must exist
        except (OSError, AttributeError):
            continue
        u32p, i8p = ctypes.POINTER(ctypes.c_uint32), ctypes.POINTER(ctypes.c_int8)
        lib.fribidi_get_bidi_types.argtypes = [u32p, ctypes.c_int, u32p]
        lib.fribidi_get_bidi_types.restype = None
        lib.fribidi_get_bracket_types.argtypes = [u32p, ctypes.c_int, u32p, u32p]
        lib.fribidi_get_bracket_types.restype = None
        lib.fribidi_get_par_embedding_levels_ex.argtypes = [u32p, u32p, ctypes.c_int, u32p, i8p]
        lib.fribidi_get_par_embedding_levels_ex.restype = ctypes.c_int8
        return lib
    return None


def needs_bidi(text: str) -> bool:
    """Whether ``text`` has a right-to-left character (or explicit right-to-left control)."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


@lru_cache(maxsize=1024)
def embedding_levels(text: str, base: str) -> tuple[int, ...]:
    """The resolved embedding level of every character (UBA rules up to I2), paragraph direction ``base``.

    Newlines separate paragraphs; all paragraphs take ``base``. Beyond the UBA, a ``#`` or
    ``@`` directly before a word takes that word's level, so "#NotJustAMigrant" inside
    Arabic reads with its "#" in front, as people write hashtags.
    """
    if base == "ltr" and not needs_bidi(text):
        return (0,) * len(text)
    lib = _fribidi()
    if lib is None:
        raise ShapingUnavailable("right-to-left text", "The FriBiDi library was not found.")
    levels: list[int] = []
    for k, paragraph in enumerate(text.split("\n")):
        if k:
            levels.append(1 if base == "rtl" else 0)
        n = len(paragraph)
        if n == 0:
            continue
        chars = (ctypes.c_uint32 * n)(*map(ord, paragraph))
        types = (ctypes.c_uint32 * n)()
        brackets = (ctypes.c_uint32 * n)()
        out = (ctypes.c_int8 * n)()
        lib.fribidi_get_bidi_types(chars, n, types)
        lib.fribidi_get_bracket_types(chars, n, types, brackets)
        direction = ctypes.c_uint32(_PAR_RTL if base == "rtl" else _PAR_LTR)
        if lib.fribidi_get_par_embedding_levels_ex(types, brackets, n, ctypes.byref(direction), out) == 0:
            raise ShapingUnavailable("right-to-left text", "FriBiDi failed to resolve the text's directions.")
        levels.extend(out)
    for i in range(len(text) - 2, -1, -1):  # right to left, so that "##tag" follows its word too
        if text[i] in _SIGILS and unicodedata.bidirectional(text[i + 1]) in ("L", "R", "AL", "EN", "ET"):
            levels[i] = levels[i + 1]
    return tuple(levels)


def visual_order(items: Sequence[T], levels: Sequence[int]) -> list[T]:
    """``items`` (logical order, one level each) reordered left to right per UBA rule L2."""
    order = list(range(len(items)))
    if not levels:
        return []
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return list(items)
    lowest_odd = min(odd)
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return [items[k] for k in order]
