"""Lay a caption out in a box: items (script × bidi level × font), line breaking, size search.

The text is prepared once (scripts, levels, fonts, break opportunities — independent of
the size), then laid out at candidate sizes found by binary search. Words are measured
with their shaped advances; each candidate line is then shaped as a whole, reordered
visually and measured by its ink, so what :func:`fit_text` accepts is exactly what is drawn.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import InvalidValue
from .bidi import embedding_levels, needs_bidi, paragraph_direction, visual_order
from .errors import MissingGlyphs, ShapingUnavailable, TextDoesNotFit
from . import fonts
from .fonts import (NEEDS_SHAPING, Face, advance, cjk_language, font_chain, has_glyph, load_font, needs_glyph,
                    run_language, shape)
from .scripts import CJK_SCRIPTS, INHERITED, grapheme_count, is_breaking_space, raw_script, resolve_scripts

ALIGNMENTS = ("start", "center", "end")
# no line starts with closing punctuation, none ends with opening punctuation (CJK line-breaking rules)
_NO_START = frozenset("、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»・ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
                      ")]}.,!?:;%…‥")
_NO_END = frozenset("（［｛〔〈《「『【〘〖〝‘“｟«([{")
_SPACES = re.compile(r"[^\S\n\u00a0\u2007\u202f\u3000]+")


@dataclass(frozen=True)
class PlacedRun:
    """A run of one script, level and font, placed on its line (``x`` from the line's origin)."""

    text: str
    script: str
    level: int
    face: Face
    language: str | None
    x: int
    advance: float

    @property
    def direction(self) -> str:
        return "rtl" if self.level % 2 else "ltr"


@dataclass(frozen=True)
class TextLine:
    """One line: its logical text, runs in visual order (left to right), origin and baseline in the box."""

    text: str
    runs: tuple[PlacedRun, ...]
    x: int
    baseline: int
    width: float
    ink: tuple[int, int, int, int] | None  # in box pixels


@dataclass(frozen=True)
class TextLayout:
    """Where every run of a fitted text goes in a box of ``size``."""

    text: str
    size: tuple[int, int]
    font_size: int
    direction: str
    align: str
    lines: tuple[TextLine, ...]
    raqm: bool
    #: How many times larger these same lines could be and still fit the box (1.0 when it is not known):
    #: the size search's estimate of the next size to try.
    room: float = 1.0

    @property
    def ink_bbox(self) -> tuple[int, int, int, int] | None:
        """The predicted ink box ``(left, top, right, bottom)`` of all lines, in box pixels."""
        boxes = [line.ink for line in self.lines if line.ink]
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    script: str
    level: int
    face: Face
    language: str | None


@dataclass(frozen=True)
class _Unit:
    """A piece between two break opportunities: ``[start, content)`` then spaces up to ``end``."""

    start: int
    content: int
    end: int
    forced: bool  # a newline: the line must end here


@dataclass(frozen=True)
class _Prepared:
    text: str
    direction: str
    items: tuple[_Item, ...]
    units: tuple[_Unit, ...]
    raqm: bool


def normalize(text: str) -> str:
    """NFC; runs of spaces made one; spaces around newlines and at the ends removed; no blank lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", line).strip(" ") for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


_PRETTY = {"arabic": "Arabic", "hebrew": "Hebrew", "devanagari": "Devanagari", "bengali": "Bengali"}


@lru_cache(maxsize=512)
def _prepare(text: str, font_file: Path, direction: str | None, language: str | None, raqm: bool) -> _Prepared:
    scripts = resolve_scripts(text)
    base = paragraph_direction(text, direction, language)
    if not raqm:
        for script in scripts:
            if script in NEEDS_SHAPING:
                raise ShapingUnavailable(_PRETTY[script])
        if base == "rtl" or needs_bidi(text):
            raise ShapingUnavailable("right-to-left text")
    levels = embedding_levels(text, base)
    scripts = list(scripts)
    for i in range(len(text) - 1):  # a space between two levels goes with the side of its own level
        if text[i].isspace() and (i == 0 or levels[i - 1] != levels[i]) and levels[i + 1] == levels[i]:
            scripts[i] = scripts[i + 1]
    cjk = cjk_language(language, text, tuple(scripts))
    faces: list[Face] = []
    missing: dict[str, None] = {}
    tried: dict[str, None] = {}
    chains: dict[str, tuple[Face, ...]] = {}
    for i, ch in enumerate(text):
        script = scripts[i]
        chain = chains.get(script)
        if chain is None:
            chain = chains[script] = font_chain(script, font_file, cjk if script in CJK_SCRIPTS else language)
        is_mark = raw_script(ch) == INHERITED
        if i and is_mark and scripts[i - 1] == script and (has_glyph(faces[-1], ch) or not needs_glyph(ch)):
            faces.append(faces[-1])  # a mark stays in its base's font
            continue
        if not needs_glyph(ch) or (ch.isspace() and has_glyph(chain[0], ch)):
            faces.append(faces[-1] if i and scripts[i - 1] == script else chain[0])
            continue
        face = next((f for f in chain if has_glyph(f, ch)), None)
        if face is None:
            missing[ch] = None
            tried.update((f.name, None) for f in chain)
            face = chain[0]
        faces.append(face)
    if missing:
        raise MissingGlyphs("".join(missing), list(tried))
    items: list[_Item] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or (scripts[i], levels[i], faces[i]) != (scripts[start], levels[start], faces[start]):
            script = scripts[start]
            lang = cjk if script in CJK_SCRIPTS else run_language(script, language)
            items.append(_Item(start, i, script, levels[start], faces[start], lang))
            start = i
    return _Prepared(text, base, tuple(items), _units(text), raqm)


def _is_cjk(ch: str) -> bool:
    return raw_script(ch) in CJK_SCRIPTS or 0x3000 <= ord(ch) <= 0x303F


def _units(text: str) -> tuple[_Unit, ...]:
    bounds, forced = [0], set()
    for i in range(1, len(text)):
        prev, ch = text[i - 1], text[i]
        if prev == "\n":
            bounds.append(i)
            forced.add(i)
        elif ch.isspace() or raw_script(ch) == INHERITED:
            continue
        elif is_breaking_space(prev):
            bounds.append(i)
        elif (_is_cjk(prev) or _is_cjk(ch)) and ch not in _NO_START and prev not in _NO_END and not prev.isspace():
            bounds.append(i)
    bounds.append(len(text))
    units = []
    for start, end in zip(bounds, bounds[1:]):
        content = end
        while content > start and is_breaking_space(text[content - 1]):
            content -= 1
        units.append(_Unit(start, content, end, end in forced))
    return tuple(units)


def _pieces(prep: _Prepared, start: int, end: int):
    for item in prep.items:
        if item.end <= start or item.start >= end:
            continue
        yield item, prep.text[max(start, item.start):min(end, item.end)]


def _advance(prep: _Prepared, size: int, start: int, end: int) -> float:
    return sum(advance(item.face, size, piece, "rtl" if item.level % 2 else "ltr", item.language, prep.raqm)
               for item, piece in _pieces(prep, start, end) if piece != "\n")


def _wrap(prep: _Prepared, size: int, width: int, max_lines: int) -> list[tuple[int, int]] | None:
    """Greedy line breaking by shaped word widths: ``[(start, end), ...]`` or None."""
    lines: list[tuple[int, int]] = []
    current: list[int] | None = None  # [start, end]
    used = pending = 0.0
    for unit in prep.units:
        word = _advance(prep, size, unit.start, unit.content)
        if current is not None and used + pending + word <= width:
            current[1] = unit.content
            used += pending + word
        else:
            if current is not None:
                lines.append((current[0], current[1]))
            if word > width or len(lines) >= max_lines:
                return None
            current, used = [unit.start, unit.content], word
        pending = _advance(prep, size, unit.content, unit.end)
        if unit.forced:
            lines.append((current[0], current[1]))
            current, used, pending = None, 0.0, 0.0
    if current is not None:
        lines.append((current[0], current[1]))
    return lines if len(lines) <= max_lines else None


@dataclass(frozen=True)
class _Measured:
    runs: tuple[PlacedRun, ...]
    width: float
    extent: tuple[int, int]  # left, right of everything (ink and advance) from the origin
    ink: tuple[int, int, int, int] | None  # from the origin on the baseline
    ascent: int  # font metrics: max over the fonts of the line
    descent: int


def _measure_line(prep: _Prepared, size: int, start: int, end: int) -> _Measured:
    logical = [(item, piece) for item, piece in _pieces(prep, start, end)]
    ordered = visual_order(logical, [item.level for item, _ in logical])
    runs, x = [], 0.0
    inks = []
    ascent = descent = 0
    for item, piece in ordered:
        direction = "rtl" if item.level % 2 else "ltr"
        shaped = shape(item.face, size, piece, direction, item.language, prep.raqm)
        left = round(x)
        runs.append(PlacedRun(piece, item.script, item.level, item.face, item.language, left, shaped.advance))
        if shaped.ink:
            l, t, r, b = shaped.ink
            inks.append((left + l, t, left + r, b))
        a, d = load_font(item.face, size, prep.raqm).getmetrics()
        ascent, descent = max(ascent, a), max(descent, d)
        x = left + shaped.advance
    ink = None
    if inks:
        ink = (min(i[0] for i in inks), min(i[1] for i in inks), max(i[2] for i in inks), max(i[3] for i in inks))
    extent = (min(0, ink[0]) if ink else 0, max(math.ceil(x), ink[2] if ink else 0))
    return _Measured(tuple(runs), x, extent, ink, ascent, descent)


def _layout_at(prep: _Prepared, size: int, box: tuple[int, int], *, align: str, max_lines: int,
               line_spacing: float, padding: int) -> TextLayout | None:
    width, height = box[0] - 2 * padding, box[1] - 2 * padding
    spans = _wrap(prep, size, width, max_lines)
    if spans is None:
        return None
    measured = [_measure_line(prep, size, s, e) for s, e in spans]
    if any(m.extent[1] - m.extent[0] > width for m in measured):
        return None
    # baselines from the block's top: the first line's font ascent, then at least line_spacing × size apart
    # and never so close that the ink of two lines could touch; the last line's font descent closes the block
    baselines, top, bottom = [], 0, 0
    for k, m in enumerate(measured):
        ink_top, ink_bottom = (m.ink[1], m.ink[3]) if m.ink else (-m.ascent, m.descent)
        if k == 0:
            baseline = max(m.ascent, -ink_top)
        else:
            before = measured[k - 1]
            previous_bottom = before.ink[3] if before.ink else before.descent
            baseline = baselines[-1] + max(math.ceil(line_spacing * size), previous_bottom - ink_top + 1)
        baselines.append(baseline)
        top = min(top, baseline + ink_top)
        bottom = max(bottom, baseline + ink_bottom)
    bottom = max(bottom, baselines[-1] + measured[-1].descent)
    if bottom - top > height:
        return None
    shift = padding + (height - (bottom - top)) // 2 - top
    rtl = prep.direction == "rtl"
    side = {"start": "right" if rtl else "left", "end": "left" if rtl else "right"}.get(align, "center")
    lines = []
    for (s, e), m, baseline in zip(spans, measured, baselines):
        left, right = m.extent
        if side == "left":
            x = padding - left
        elif side == "right":
            x = box[0] - padding - right
        else:
            x = padding + (width - (right - left)) // 2 - left
        y = baseline + shift
        ink = (x + m.ink[0], y + m.ink[1], x + m.ink[2], y + m.ink[3]) if m.ink else None
        lines.append(TextLine(prep.text[s:e], m.runs, x, y, m.width, ink))
    widest = max(m.extent[1] - m.extent[0] for m in measured)
    room = min(width / widest if widest > 0 else math.inf, height / (bottom - top) if bottom > top else math.inf)
    return TextLayout(prep.text, box, size, prep.direction, align, tuple(lines), prep.raqm, room)


def fit_text(text: str, size: tuple[int, int], *, font_file: Path, align: str = "center", max_lines: int = 3,
             min_size: int = 8, max_size: int | None = None, line_spacing: float = 1.25,
             direction: str | None = None, language: str | None = None, padding: int = 0) -> TextLayout:
    """The largest font size (``min_size``…``max_size`` px) at which ``text`` fits ``size`` in ``max_lines`` lines.

    ``font_file`` is the template's (Latin) font; other scripts use the bundled Noto fonts.
    ``align`` is ``start``/``center``/``end`` in reading order (``start`` is the right edge of
    a right-to-left paragraph). ``direction`` (``"ltr"``/``"rtl"``) overrides the paragraph
    direction found from the first strong character; ``language`` (BCP 47, e.g. ``"fa"``) tags
    the runs of its script. ``padding`` keeps the ink that many pixels inside the box.
    Raises :class:`TextDoesNotFit`, :class:`ShapingUnavailable`, :class:`MissingGlyphs`.
    """
    width, height = size
    if width < 1 or height < 1 or max_lines < 1 or min_size < 1 or padding < 0 or line_spacing <= 0:
        raise InvalidValue(f"bad text box: size {size}, max_lines {max_lines}, min_size {min_size}, "
                           f"padding {padding}, line_spacing {line_spacing}")
    if align not in ALIGNMENTS:
        raise InvalidValue(f"align must be one of {', '.join(ALIGNMENTS)}, not {align!r}")
    clean = normalize(text)
    raqm = fonts.raqm_available()
    if not clean:
        return TextLayout(clean, (width, height), min_size, paragraph_direction(clean, direction, language), align,
                          (), raqm)
    prep = _prepare(clean, Path(font_file), direction, language, raqm)
    top = max(min_size, max_size if max_size is not None else height - 2 * padding)
    options = dict(align=align, max_lines=max_lines, line_spacing=line_spacing, padding=padding)

    def layout_at(font_size: int) -> TextLayout | None:
        return _layout_at(prep, font_size, size, **options)

    # The largest size that lays out. The search starts from a guess made from the text's width. Each size
    # that fits tells how much room its lines leave in the box: the same lines, larger, fit up to about that
    # many times its size, which is the next size tried. A size that does not fit makes the search step
    # down, one size at a time at first, then in growing steps. Usually 3 or 4 layouts, instead of about 8
    # for a halving search from the limits; sizes are tried only between the largest known to fit and the
    # smallest known not to, so the search always ends, and finds what a halving search would.
    guess = min(top, max(min_size, _size_guess(prep, min_size, size, max_lines, line_spacing, padding)))
    low, best, high = 0, None, top + 1  # low fits (0: none known yet); high and above do not, or are too large
    trial, offsets = guess, _offsets()
    while True:
        found = layout_at(trial)
        if found is not None:
            low, best = trial, found
        else:
            high = trial
        if best is not None and high - low <= 1:
            return best
        if found is not None:
            trial = min(high - 1, max(low + 1, int(min(trial * found.room, high))))  # room may be infinite
        elif best is not None:
            trial = high - 1 if high - low <= 3 else (low + high) // 2
        elif trial == min_size:
            raise TextDoesNotFit(grapheme_count(clean), width, height, max_lines, min_size)
        else:
            trial = max(min_size, guess - next(offsets))


def _offsets():
    """1, 2, 3, then steps that double: 5, 9, 17, 33…"""
    yield from (1, 2, 3)
    offset = 3
    while True:
        offset = offset * 2 - 1
        yield offset


def _size_guess(prep: _Prepared, min_size: int, box: tuple[int, int], max_lines: int, line_spacing: float,
                padding: int) -> int:
    """A font size near the largest that fits: the text's width measured once at ``min_size`` (widths grow
    with the size), spread over 1 to ``max_lines`` lines that each lose about a tenth to wrapping, and
    lines about 1.2 sizes tall. Only a starting point for :func:`fit_text`, which checks it."""
    width, height = box[0] - 2 * padding, box[1] - 2 * padding
    total = sum(_advance(prep, min_size, unit.start, unit.end if unit.end > unit.content and not unit.forced
                         else unit.content) for unit in prep.units)
    if width <= 0 or height <= 0 or total <= 0:
        return min_size
    guess = min_size
    for lines in range(1, max_lines + 1):
        by_width = min_size * lines * width * 0.9 / total
        by_height = height / (1.2 + line_spacing * (lines - 1))
        guess = max(guess, int(min(by_width, by_height)))
    return guess
