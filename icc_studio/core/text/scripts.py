"""Scripts of characters, script runs, and the length of a message as people count it.

Unicode block ranges are enough for the scripts the campaigns meet. Characters of no
script ("common": spaces, punctuation, digits, symbols) and combining marks ("inherited")
join a neighbouring run: a mark always stays with its base; neutrals between two runs of
the same script stay inside it; between two different scripts, what comes after the last
space (a "#", an opening bracket) goes with the following word, the rest with the
preceding one.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .errors import MessageTooLong

COMMON = "common"
INHERITED = "inherited"
UNKNOWN = "unknown"  # a letter of a script the engine has no font for

LATIN, GREEK, CYRILLIC = "latin", "greek", "cyrillic"
ARABIC, HEBREW = "arabic", "hebrew"
DEVANAGARI, BENGALI, ETHIOPIC = "devanagari", "bengali", "ethiopic"
HAN, KANA, HANGUL = "han", "kana", "hangul"

RTL_SCRIPTS = frozenset({ARABIC, HEBREW})
CJK_SCRIPTS = frozenset({HAN, KANA, HANGUL})
#: scripts drawn with the caller's (template) font
TEMPLATE_SCRIPTS = frozenset({LATIN, GREEK, CYRILLIC, COMMON, UNKNOWN})

# (first, last, script), sorted by first code point
_RANGES: tuple[tuple[int, int, str], ...] = tuple(sorted((
    (0x0041, 0x005A, LATIN), (0x0061, 0x007A, LATIN), (0x00AA, 0x00AA, LATIN), (0x00BA, 0x00BA, LATIN),
    (0x00C0, 0x00D6, LATIN), (0x00D8, 0x00F6, LATIN), (0x00F8, 0x02AF, LATIN), (0x1D00, 0x1D7F, LATIN),
    (0x1E00, 0x1EFF, LATIN), (0x2C60, 0x2C7F, LATIN), (0xA720, 0xA7FF, LATIN), (0xAB30, 0xAB6F, LATIN),
    (0xFB00, 0xFB06, LATIN),
    (0x0370, 0x0373, GREEK), (0x0376, 0x037D, GREEK), (0x037F, 0x0383, GREEK), (0x0386, 0x0386, GREEK),
    (0x0388, 0x03FF, GREEK), (0x1F00, 0x1FFF, GREEK),
    (0x0400, 0x052F, CYRILLIC), (0x1C80, 0x1C8F, CYRILLIC), (0x2DE0, 0x2DFF, CYRILLIC), (0xA640, 0xA69F, CYRILLIC),
    (0x0591, 0x05FF, HEBREW), (0xFB1D, 0xFB4F, HEBREW),
    (0x0600, 0x06FF, ARABIC), (0x0750, 0x077F, ARABIC), (0x0870, 0x08FF, ARABIC), (0xFB50, 0xFDFF, ARABIC),
    (0xFE70, 0xFEFF, ARABIC),
    (0x0900, 0x0963, DEVANAGARI), (0x0966, 0x097F, DEVANAGARI), (0xA8E0, 0xA8FF, DEVANAGARI),
    (0x0980, 0x09FF, BENGALI),
    (0x1200, 0x139F, ETHIOPIC), (0x2D80, 0x2DDF, ETHIOPIC), (0xAB00, 0xAB2F, ETHIOPIC), (0x1E7E0, 0x1E7FF, ETHIOPIC),
    (0x2E80, 0x2FDF, HAN), (0x3005, 0x3005, HAN), (0x3007, 0x3007, HAN), (0x3021, 0x3029, HAN),
    (0x3038, 0x303B, HAN), (0x3400, 0x4DBF, HAN), (0x4E00, 0x9FFF, HAN), (0xF900, 0xFAFF, HAN),
    (0xFF01, 0xFF60, HAN), (0xFFE0, 0xFFE6, HAN), (0x20000, 0x3134F, HAN),
    (0x3041, 0x30FF, KANA), (0x31F0, 0x31FF, KANA), (0xFF66, 0xFF9F, KANA),
    (0x1100, 0x11FF, HANGUL), (0x3131, 0x318E, HANGUL), (0xA960, 0xA97F, HANGUL), (0xAC00, 0xD7FF, HANGUL),
)))
_STARTS = tuple(r[0] for r in _RANGES)
_NO_SCRIPT = frozenset("\u060c\u061b\u061f\u0640")  # Arabic comma, semicolon, question mark, tatweel: shared
_JOINERS = frozenset("\u200c\u200d")
_PREFIXES = frozenset("#@¿¡")


def raw_script(ch: str) -> str:
    """The script of one character by its block, or ``common`` / ``inherited`` / ``unknown``."""
    cp = ord(ch)
    if ch in _JOINERS or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:
        return INHERITED
    i = bisect_right(_STARTS, cp) - 1
    if i >= 0 and cp <= _RANGES[i][1]:
        script = _RANGES[i][2]
        if ch in _NO_SCRIPT:  # used by Arabic, Persian and Urdu alike: still drawn by the Arabic font
            return ARABIC
        return script
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Mc"):
        return INHERITED
    if category.startswith("L"):
        return UNKNOWN
    return COMMON


def is_breaking_space(ch: str) -> bool:
    """A space after which a line may break (no-break spaces are not)."""
    return ch.isspace() and ch not in "\u00a0\u2007\u202f"


@dataclass(frozen=True)
class ScriptRun:
    """``text[start:end]``, all of one ``script``."""

    text: str
    script: str
    start: int
    end: int


@lru_cache(maxsize=1024)
def resolve_scripts(text: str) -> tuple[str, ...]:
    """The script of every character of ``text`` after common and inherited characters joined a run."""
    scripts = [raw_script(ch) for ch in text]
    for i, script in enumerate(scripts):  # a mark takes its base's script (common if the base is)
        if script == INHERITED:
            scripts[i] = scripts[i - 1] if i else COMMON
    n = len(scripts)
    i = 0
    while i < n:
        if scripts[i] != COMMON:
            i += 1
            continue
        j = i
        while j < n and scripts[j] == COMMON:
            j += 1
        before = scripts[i - 1] if i else None
        after = scripts[j] if j < n else None
        if before is None and after is None:
            break  # nothing but neutrals: stays common
        if before is None or after is None or before == after:
            scripts[i:j] = [before or after] * (j - i)
        else:
            cut = _cut(text, i, j)
            scripts[i:cut] = [before] * (cut - i)
            scripts[cut:j] = [after] * (j - cut)
        i = j
    return tuple(scripts)


def _cut(text: str, start: int, end: int) -> int:
    """Where neutrals between two scripts split: after the last space, else before a trailing prefix."""
    for k in range(end - 1, start - 1, -1):
        if text[k].isspace():
            return k + 1
    cut = end
    while cut > start and (text[cut - 1] in _PREFIXES or unicodedata.category(text[cut - 1]) in ("Ps", "Pi")):
        cut -= 1
    return cut


def split_runs(text: str) -> tuple[ScriptRun, ...]:
    """``text`` as consecutive runs of one script each, in logical (typing) order."""
    scripts = resolve_scripts(text)
    runs: list[ScriptRun] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or scripts[i] != scripts[start]:
            runs.append(ScriptRun(text[start:i], scripts[start], start, i))
            start = i
    return tuple(runs)


def grapheme_count(text: str) -> int:
    """Characters as people count them: code points, not counting combining marks and invisible format characters."""
    return sum(1 for ch in text if unicodedata.category(ch) not in ("Mn", "Mc", "Me", "Cf"))


def check_message_length(text: str, max_length: int) -> None:
    """Raise :class:`MessageTooLong` if ``text`` (trimmed) has more than ``max_length`` characters."""
    length = grapheme_count(" ".join(text.split()))
    if length > max_length:
        raise MessageTooLong(length, max_length)
