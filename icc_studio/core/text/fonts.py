"""Fonts per script, glyph coverage (a tiny cmap reader), and cached shaping measurements.

Latin, Greek and Cyrillic use the caller's (template) font; every other script its bundled
Noto font. Each script has a chain of fonts: a character takes the first font of the chain
that has a glyph for it (digits and punctuation inside Hebrew or Ethiopic text come from
the template font, for instance).
"""

from __future__ import annotations

import mmap
import struct
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont, features

from ..paths import fonts_dir
from .bidi import primary_language
from .scripts import (ARABIC, BENGALI, DEVANAGARI, ETHIOPIC, HAN, HANGUL, HEBREW, KANA, TEMPLATE_SCRIPTS)

CJK_FILE = "NotoSansCJK-Regular.ttc"  # Regular only: bold CJK requests fall back to it
_CJK_FACES = {"ja": 0, "ko": 1, "zh": 2, "zh-tw": 3, "zh-hant": 3, "zh-hk": 4, "zh-mo": 4}
_BUNDLED = {HEBREW: "NotoSansHebrew", DEVANAGARI: "NotoSansDevanagari", BENGALI: "NotoSansBengali",
            ETHIOPIC: "NotoSansEthiopic"}
#: the languages that may tag a script's runs (the caller's hint is passed when it matches)
SCRIPT_LANGUAGES = {
    ARABIC: {"ar", "fa", "ur", "ps", "ckb", "ku", "sd", "ug"}, HEBREW: {"he", "yi"},
    DEVANAGARI: {"hi", "mr", "ne", "sa"}, BENGALI: {"bn", "as"}, ETHIOPIC: {"ti", "am"},
    HAN: {"zh", "ja", "ko"}, KANA: {"ja"}, HANGUL: {"ko"},
    "cyrillic": {"ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "tg", "mn"}, "greek": {"el"},
    "latin": {"en", "fr", "de", "it", "es", "pt", "nl", "tr", "pl", "ro", "sq", "sw", "so", "ha", "vi", "az"},
}
DEFAULT_LANGUAGES = {ARABIC: "ar", HEBREW: "he", DEVANAGARI: "hi", BENGALI: "bn", ETHIOPIC: "ti",
                     HAN: "zh", KANA: "ja", HANGUL: "ko"}
#: scripts that come out wrong without RAQM (joining, reordering, conjuncts)
NEEDS_SHAPING = frozenset({ARABIC, HEBREW, DEVANAGARI, BENGALI})


def raqm_available() -> bool:
    """Whether Pillow has the RAQM layout engine (tests monkeypatch this)."""
    return features.check("raqm")


@dataclass(frozen=True, order=True)
class Face:
    """One face of a font file (``index`` picks the face of a ``.ttc`` collection)."""

    path: Path
    index: int = 0

    @property
    def name(self) -> str:
        return self.path.name if not self.index else f"{self.path.name}#{self.index}"


def is_bold(font_file: Path) -> bool:
    return any(word in font_file.stem for word in ("Bold", "Black", "Heavy"))


def _bundled(stem: str, bold: bool) -> Path:
    folder = fonts_dir()
    heavy = folder / f"{stem}-Bold.ttf"
    return heavy if bold and heavy.is_file() else folder / f"{stem}-Regular.ttf"


def cjk_language(language: str | None, text: str, scripts: tuple[str, ...]) -> str:
    """The CJK language of a run: the caller's hint, else Japanese if kana occur, Korean if Hangul, else Chinese."""
    hint = (language or "").replace("_", "-").lower()
    if primary_language(hint) in ("zh", "ja", "ko"):
        return hint
    if KANA in scripts:
        return "ja"
    return "ko" if HANGUL in scripts else "zh"


def run_language(script: str, language: str | None) -> str | None:
    """The language tag for shaping a run: the caller's hint if it fits the script, else the script's default."""
    primary = primary_language(language)
    if primary in SCRIPT_LANGUAGES.get(script, ()):
        return primary
    return DEFAULT_LANGUAGES.get(script)


@lru_cache(maxsize=256)
def font_chain(script: str, font_file: Path, language: str | None) -> tuple[Face, ...]:
    """The faces to try for the characters of a ``script`` run, best first. The same faces (the same objects)
    for the same question: the text engine's caches, keyed on faces, then find them without comparing paths."""
    bold = is_bold(font_file)
    serif = "Serif" in font_file.stem
    template = Face(font_file)
    noto = Face(_bundled("NotoSerif" if serif else "NotoSans", bold))
    cjk = Face(fonts_dir() / CJK_FILE, _CJK_FACES.get((language or "").lower(),
                                                       _CJK_FACES.get(primary_language(language) or "", 2)))
    if script in TEMPLATE_SCRIPTS:
        first: tuple[Face, ...] = ()
    elif script == ARABIC:
        naskh = serif or primary_language(language) == "ur"
        first = (Face(_bundled("NotoNaskhArabic" if naskh else "NotoSansArabic", bold)),)
    elif script in (HAN, KANA, HANGUL):
        first = (cjk,)
    else:
        first = (Face(_bundled(_BUNDLED[script], bold)),)
    chain = first + (template, noto, cjk)
    return tuple(dict.fromkeys(chain))  # without duplicates, order kept


# -- glyph coverage ------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _coverage(face: Face) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sorted, merged ranges ``(starts, ends)`` of the code points mapped to a glyph."""
    with face.path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        base = 0
        if data[:4] == b"ttcf":
            base = struct.unpack_from(">I", data, 12 + 4 * face.index)[0]
        (num_tables,) = struct.unpack_from(">H", data, base + 4)
        cmap = None
        for k in range(num_tables):
            tag, _, offset, _ = struct.unpack_from(">4sIII", data, base + 12 + 16 * k)
            if tag == b"cmap":
                cmap = offset
        if cmap is None:
            return (), ()
        (count,) = struct.unpack_from(">H", data, cmap + 2)
        subtables = {}
        for k in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * k)
            subtables[(platform, encoding)] = cmap + offset
        ranges: list[tuple[int, int]] = []
        for key in ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3)):
            at = subtables.get(key)
            if at is None:
                continue
            (fmt,) = struct.unpack_from(">H", data, at)
            if fmt == 12:
                (groups,) = struct.unpack_from(">I", data, at + 12)
                for g in range(groups):
                    start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * g)
                    ranges.append((start + (glyph == 0), end))
                break
            if fmt == 4:
                ranges = _format4(data, at)
                break
    ranges.sort()
    merged: list[list[int]] = []
    for start, end in ranges:
        if start > end:
            continue
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple(r[0] for r in merged), tuple(r[1] for r in merged)


def _format4(data, at: int) -> list[tuple[int, int]]:
    (seg2,) = struct.unpack_from(">H", data, at + 6)
    segs = seg2 // 2
    ends = struct.unpack_from(f">{segs}H", data, at + 14)
    starts = struct.unpack_from(f">{segs}H", data, at + 16 + seg2)
    deltas = struct.unpack_from(f">{segs}h", data, at + 16 + 2 * seg2)
    range_at = at + 16 + 3 * seg2
    offsets = struct.unpack_from(f">{segs}H", data, range_at)
    ranges: list[tuple[int, int]] = []
    for k in range(segs):
        start, end = starts[k], min(ends[k], 0xFFFE)
        if offsets[k] == 0:
            ranges.append((start, end))  # glyph = code + delta: only a .notdef at one code, ignored
            continue
        where = range_at + 2 * k + offsets[k]
        for code in range(start, end + 1):
            (glyph,) = struct.unpack_from(">H", data, where + 2 * (code - start))
            if glyph:
                ranges.append((code, code))
    return ranges


def has_glyph(face: Face, ch: str) -> bool:
    starts, ends = _coverage(face)
    i = bisect_right(starts, ord(ch)) - 1
    return i >= 0 and ord(ch) <= ends[i]


def needs_glyph(ch: str) -> bool:
    """Characters that must have a glyph (not controls or invisible format characters)."""
    return unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")


# -- fonts and measurements ----------------------------------------------------------------


@lru_cache(maxsize=256)
def load_font(face: Face, size: int, raqm: bool) -> ImageFont.FreeTypeFont:
    engine = ImageFont.Layout.RAQM if raqm else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(face.path), size, index=face.index, layout_engine=engine)


@dataclass(frozen=True)
class Shaped:
    """The pen advance of a shaped run and its ink box ``(left, top, right, bottom)`` from the left baseline."""

    advance: float
    ink: tuple[int, int, int, int] | None


def shape_kwargs(direction: str, language: str | None, raqm: bool) -> dict:
    return {"direction": direction, "language": language} if raqm else {}


@lru_cache(maxsize=16384)
def advance(face: Face, size: int, text: str, direction: str, language: str | None, raqm: bool) -> float:
    """The pen advance of ``text`` shaped in one run: all that line breaking needs, and 40 % of the cost of
    :func:`shape`, which also finds the ink (every glyph's outline is loaded for it)."""
    return load_font(face, size, raqm).getlength(text, **shape_kwargs(direction, language, raqm))


@lru_cache(maxsize=16384)
def shape(face: Face, size: int, text: str, direction: str, language: str | None, raqm: bool) -> Shaped:
    font = load_font(face, size, raqm)
    kwargs = shape_kwargs(direction, language, raqm)
    advance_ = advance(face, size, text, direction, language, raqm)
    left, top, right, bottom = font.getbbox(text, anchor="ls", **kwargs)
    ink = (left, top, right, bottom) if right > left and bottom > top else None
    if ink is not None and text.isspace():
        ink = None
    return Shaped(advance_, ink)
