"""The text engine: script runs, bidi, fonts per script, fitting, drawing, and its typed errors.

Golden images were generated once with ``ICC_UPDATE_GOLDENS=1`` and checked by eye (see
the list of cases); a failing comparison saves ``<name>.actual.png`` beside the golden.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PIL import Image

from icc_studio.core.errors import IccError
from icc_studio.core.paths import fonts_dir
from icc_studio.core.text import (MessageTooLong, MissingGlyphs, ShapingUnavailable, TextDoesNotFit,
                                  check_message_length, draw_text, fit_text, render_text, split_runs)
from icc_studio.core.text import fonts

GOLDEN = Path(__file__).parent / "golden" / "text"
SANS = fonts_dir() / "NotoSans-Regular.ttf"
SANS_BOLD = fonts_dir() / "NotoSans-Bold.ttf"
SERIF_BOLD = fonts_dir() / "NotoSerif-Bold.ttf"
MAX_MEAN_DIFF = 1.5  # mean absolute difference per pixel, 0–255

# name → (text, box, options); every golden was looked at (see the module docstring)
CASES = {
    "arabic": ("أنا ممرضة وأم لثلاثة أطفال", (360, 110), {"language": "ar"}),
    "urdu": ("میں ایک استاد ہوں اور کرکٹ کا شوقین", (360, 110), {"language": "ur"}),
    "hebrew": ("אני מהנדסת תוכנה ואמא לשניים", (360, 110), {"language": "he"}),
    "devanagari": ("मैं एक इंजीनियर हूँ और क्रिकेट प्रशंसक", (360, 110), {"language": "hi"}),
    "bengali": ("আমি একজন শিক্ষক ও মা", (360, 110), {"language": "bn"}),
    "ethiopic": ("ኣነ መምህርን ኣደን እየ", (360, 110), {"language": "ti"}),
    "chinese": ("我是工程师，也是一位母亲。", (360, 110), {"language": "zh"}),
    "japanese": ("私はサッカーファンで、料理人です。", (360, 110), {"language": "ja"}),
    "cyrillic_greek": ("Я інженерка. Είμαι μηχανικός.", (360, 110), {"font_file": SANS_BOLD}),
    "mixed_arabic": ("أنا مهندسة #NotJustAMigrant منذ 2015", (360, 110), {}),
    "mixed_hebrew": ("אני אמא, #NotJustAMigrant מאז 2019", (360, 110), {}),
    "latin_in_arabic_serif": ("I am مهندسة (engineer) since 2015", (360, 110), {"font_file": SERIF_BOLD}),
}


def _render(name: str) -> Image.Image:
    text, box, options = CASES[name]
    options = {"font_file": SANS, "max_lines": 2, "padding": 4, **options}
    return render_text(text, box, **options).mask


def assert_image_similar(actual: Image.Image, golden_path: Path, max_mean: float = MAX_MEAN_DIFF) -> None:
    if os.environ.get("ICC_UPDATE_GOLDENS") == "1":
        golden_path.parent.mkdir(parents=True, exist_ok=True)
        actual.save(golden_path)
    golden = Image.open(golden_path)
    diff = None
    if golden.size == actual.size and golden.mode == actual.mode:
        diff = np.abs(np.asarray(golden, np.int16) - np.asarray(actual, np.int16)).mean()
    if diff is None or diff > max_mean:
        actual.save(golden_path.with_name(golden_path.stem + ".actual.png"))
        pytest.fail(f"{golden_path.name}: mean difference {diff} > {max_mean} (or size/mode differ); "
                    f"see {golden_path.stem}.actual.png")


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_captions(name):
    assert_image_similar(_render(name), GOLDEN / f"{name}.png")


def test_golden_comparison_catches_reversed_arabic():
    """The tolerance is tight enough: Arabic mirrored as the BASIC engine would place it is a failure."""
    mirrored = _render("arabic").transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    golden = np.asarray(Image.open(GOLDEN / "arabic.png"), np.int16)
    assert np.abs(golden - np.asarray(mirrored, np.int16)).mean() > 4 * MAX_MEAN_DIFF


# -- script runs and bidi ------------------------------------------------------------------


def _runs(text):
    return [(run.script, run.text) for run in split_runs(text)]


def test_split_runs_mixed_arabic_latin_digits():
    text = "أنا مهندسة #NotJustAMigrant منذ 2015"
    assert _runs(text) == [("arabic", "أنا مهندسة "), ("latin", "#NotJustAMigrant "), ("arabic", "منذ 2015")]
    runs = split_runs(text)
    assert "".join(r.text for r in runs) == text
    assert [text[r.start:r.end] for r in runs] == [r.text for r in runs]


@pytest.mark.parametrize("text, expected", [
    ("Hello, world!", [("latin", "Hello, world!")]),
    ("2026!", [("common", "2026!")]),
    ("I am (مهندسة) here", [("latin", "I am "), ("arabic", "(مهندسة) "), ("latin", "here")]),
    ("Я инженер. Είμαι", [("cyrillic", "Я инженер. "), ("greek", "Είμαι")]),
    ("e\u0301té — κα\u0301", [("latin", "e\u0301té — "), ("greek", "κα\u0301")]),  # marks stay with their base
    ("नमस्ते, दुनिया", [("devanagari", "नमस्ते, दुनिया")]),  # neutrals between one script stay in it
    ("我是engineer。", [("han", "我是"), ("latin", "engineer。")]),
    ("私はエンジニア", [("han", "私"), ("kana", "はエンジニア")]),
    ("저는 학생입니다", [("hangul", "저는 학생입니다")]),
    ("ኣነ 3 ሰዓት", [("ethiopic", "ኣነ 3 ሰዓት")]),
    ("שלום world", [("hebrew", "שלום "), ("latin", "world")]),
])
def test_split_runs(text, expected):
    assert _runs(text) == expected


def _visual(layout):
    return [[(run.text, run.direction) for run in line.runs] for line in layout.lines]


def test_rtl_paragraph_keeps_latin_hashtag_and_digits_left_to_right():
    layout = fit_text("أنا مهندسة #NotJustAMigrant منذ 2015", (900, 80), font_file=SANS, max_lines=1)
    assert layout.direction == "rtl"
    # left to right on the line: the digits, then منذ, then the hashtag (# in front), then the start of the sentence
    assert _visual(layout) == [[("2015", "ltr"), (" منذ ", "rtl"), ("#NotJustAMigrant", "ltr"),
                                ("أنا مهندسة ", "rtl")]]
    xs = [run.x for run in layout.lines[0].runs]
    assert xs == sorted(xs)
    faces = {run.text: run.face.path.name for run in layout.lines[0].runs}
    assert faces["#NotJustAMigrant"] == "NotoSans-Regular.ttf" and faces["أنا مهندسة "] == "NotoSansArabic-Regular.ttf"


def test_ltr_paragraph_with_arabic_inside():
    layout = fit_text("I am مهندسة جدا today", (900, 80), font_file=SANS, max_lines=1)
    assert layout.direction == "ltr"
    assert _visual(layout) == [[("I am ", "ltr"), ("مهندسة جدا", "rtl"), (" today", "ltr")]]


def test_direction_and_language_hints():
    rtl = fit_text("(2026)", (200, 60), font_file=SANS, direction="rtl")
    assert rtl.direction == "rtl"
    assert fit_text("2026", (200, 60), font_file=SANS, language="fa").direction == "rtl"  # no strong letter
    assert fit_text("2026", (200, 60), font_file=SANS).direction == "ltr"
    persian = fit_text("من مهندس هستم", (300, 60), font_file=SANS, language="fa-IR")
    assert {run.language for line in persian.lines for run in line.runs} == {"fa"}
    urdu = fit_text("میں استاد ہوں", (300, 60), font_file=SANS, language="ur")
    assert {run.face.path.name for line in urdu.lines for run in line.runs} == {"NotoNaskhArabic-Regular.ttf"}


def test_fonts_follow_the_template_weight_and_style():
    layout = fit_text("Ich bin أنا אני मैं 我", (900, 80), font_file=SERIF_BOLD, max_lines=1, language="de")
    faces = {run.script: run.face.path.name for run in layout.lines[0].runs if run.text.strip()}
    assert faces == {"latin": "NotoSerif-Bold.ttf", "arabic": "NotoNaskhArabic-Bold.ttf",
                     "hebrew": "NotoSansHebrew-Bold.ttf", "devanagari": "NotoSansDevanagari-Bold.ttf",
                     "han": "NotoSansCJK-Regular.ttc"}  # no bold CJK is bundled
    chinese = fit_text("我是工程师", (300, 60), font_file=SANS, language="zh")
    japanese = fit_text("私は工程師", (300, 60), font_file=SANS)
    assert chinese.lines[0].runs[0].face.index == 2  # Simplified Chinese face of the collection
    assert japanese.lines[0].runs[0].face.index == 0  # kana in the text: the Japanese face


def test_hebrew_digits_come_from_the_template_font():
    layout = fit_text("אני בן 30", (300, 60), font_file=SANS, max_lines=1)
    faces = {run.text.strip(): run.face.path.name for run in layout.lines[0].runs if run.text.strip()}
    assert faces == {"30": "NotoSans-Regular.ttf", "אני בן": "NotoSansHebrew-Regular.ttf"}


# -- fitting and wrapping ------------------------------------------------------------------


LONG = ("I am an engineer, a mother of two, a football fan and a volunteer at the library; "
        "I came here ten years ago and this city is my home")


def test_long_latin_message_wraps_and_shrinks():
    short = fit_text("I am a mother", (400, 150), font_file=SANS, max_lines=3)
    long = fit_text(LONG, (400, 150), font_file=SANS, max_lines=3)
    assert len(short.lines) == 1 and 2 <= len(long.lines) <= 3
    assert long.font_size < short.font_size
    assert " ".join(line.text for line in long.lines) == LONG  # nothing dropped, breaks at spaces only
    left, top, right, bottom = long.ink_bbox
    assert 0 <= left and right <= 400 and 0 <= top and bottom <= 150
    with pytest.raises(TextDoesNotFit):  # one pixel more is too big: the search found the largest size
        fit_text(LONG, (400, 150), font_file=SANS, max_lines=3, min_size=long.font_size + 1)


def test_impossible_text_raises_a_typed_error():
    with pytest.raises(TextDoesNotFit) as caught:
        render_text(LONG, (120, 30), font_file=SANS, max_lines=1, min_size=10)
    error = caught.value
    assert isinstance(error, IccError) and error.code == "text-does-not-fit"
    assert error.params["width"] == 120 and error.params["height"] == 30 and error.params["length"] == len(LONG)
    assert "120×30" in str(error) and str(len(LONG)) in str(error)


def test_cjk_wraps_between_characters_but_not_before_closing_punctuation():
    text = "我是工程师，也是一位母亲，我喜欢足球。"
    layout = fit_text(text, (150, 140), font_file=SANS, max_lines=4, min_size=14, max_size=30, language="zh")
    assert len(layout.lines) > 1
    assert "".join(line.text for line in layout.lines) == text
    assert all(line.text[0] not in "，。、" for line in layout.lines)


def test_newline_forces_a_break():
    layout = fit_text("I am\nmany things", (600, 200), font_file=SANS, max_lines=3)
    assert [line.text for line in layout.lines] == ["I am", "many things"]


def test_line_height_leaves_room_for_marks_and_descenders():
    block = render_text("Typography gjpqy ÅÉ", (400, 60), font_file=SANS, max_lines=1)
    ink = np.asarray(block.mask) > 0
    rows = np.flatnonzero(ink.any(axis=1))
    assert rows[0] > 0 and rows[-1] < 59, "accents and descenders are inside the box"
    arabic = render_text("إِنَّ أُمِّي طَبِيبَةٌ", (400, 60), font_file=SANS, max_lines=1)  # stacked harakat
    rows = np.flatnonzero((np.asarray(arabic.mask) > 0).any(axis=1))
    assert rows[0] > 0 and rows[-1] < 59


@pytest.mark.parametrize("align, side", [("start", "right"), ("end", "left"), ("center", "center")])
def test_rtl_alignment(align, side):
    block = render_text("أنا ممرضة", (400, 80), font_file=SANS, align=align, max_size=30)
    left, _, right, _ = block.mask.getbbox()
    if side == "right":
        assert right >= 397 and left > 150
    elif side == "left":
        assert left <= 3 and right < 250
    else:
        assert abs((left + right) / 2 - 200) <= 3


def test_ltr_start_is_left():
    left, _, right, _ = render_text("I am", (400, 80), font_file=SANS, align="start", max_size=30).mask.getbbox()
    assert left <= 4 and right < 200


WORDS = {
    "latin": ["I", "am", "engineer", "mother", "#NotJustAMigrant", "2026", "(fan)", "café", "Việt", "ÅÉ", "gjpqy"],
    "arabic": ["أنا", "مهندسة", "منذ", "مواطن", "پدر", "ہوں", "طَبِيبَةٌ", "(٢٠٢٦)"],
    "hebrew": ["אני", "אמא", "מהנדסת"],
    "devanagari": ["मैं", "इंजीनियर", "हूँ", "क्षत्रिय"],
    "bengali": ["আমি", "শিক্ষক"],
    "ethiopic": ["ኣነ", "መምህር"],
    "cjk": ["我是工程师", "私は", "저는"],
    "other": ["Я", "инженер", "Είμαι", "—", "!"],
}
ALL_WORDS = [w for words in WORDS.values() for w in words]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(ALL_WORDS), min_size=1, max_size=12),
       width=st.integers(30, 400), height=st.integers(16, 160), max_lines=st.integers(1, 4),
       align=st.sampled_from(["start", "center", "end"]), padding=st.integers(0, 4))
def test_text_never_overflows(words, width, height, max_lines, align, padding):
    text = " ".join(words)
    try:
        block = render_text(text, (width, height), font_file=SANS, max_lines=max_lines, align=align,
                            min_size=6, padding=padding)
    except TextDoesNotFit:
        return
    assert block.mask.size == (width, height) and block.mask.mode == "L"
    assert 1 <= len(block.lines) <= max_lines
    assert "".join(block.lines).replace(" ", "") == text.replace(" ", ""), "no text dropped"
    left, top, right, bottom = block.layout.ink_bbox
    assert padding <= left and right <= width - padding and padding <= top and bottom <= height - padding
    ink = block.mask.getbbox()
    assert ink is not None
    assert padding <= ink[0] and ink[2] <= width - padding and padding <= ink[1] and ink[3] <= height - padding



@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(ALL_WORDS), min_size=1, max_size=12),
       width=st.integers(60, 500), height=st.integers(20, 200), max_lines=st.integers(1, 4),
       max_size=st.integers(8, 120))
def test_the_size_found_is_the_largest_that_fits(words, width, height, max_lines, max_size):
    """The search starts from a guess: whatever the guess, the size found fits and the next one does not."""
    text = " ".join(words)
    try:
        found = fit_text(text, (width, height), font_file=SANS, max_lines=max_lines, min_size=6, max_size=max_size)
    except TextDoesNotFit:
        with pytest.raises(TextDoesNotFit):
            fit_text(text, (width, height), font_file=SANS, max_lines=max_lines, min_size=6, max_size=6)
        return
    assert 6 <= found.font_size <= max(6, max_size)
    if found.font_size < max_size:
        with pytest.raises(TextDoesNotFit):
            fit_text(text, (width, height), font_file=SANS, max_lines=max_lines, min_size=found.font_size + 1,
                     max_size=max_size)


@pytest.mark.parametrize("offset", [-40, -9, -2, -1, 0, 1, 2, 9, 40])
def test_a_wrong_guess_still_finds_the_largest_size_in_few_layouts(monkeypatch, offset):
    """The search walks from the guess in doubling steps: any guess gives the same size, and a guess a size
    or two off costs at most that many layouts and 2 more (the feed formats' captions are usually that close)."""
    from icc_studio.core.text import layout

    text, box = "I am a nurse, a mother and a football fan", (720, 170)
    right = fit_text(text, box, font_file=SANS, min_size=24, max_size=92).font_size
    calls = []
    real_layout = layout._layout_at

    def counted(*args, **kwargs):
        calls.append(args[1])
        return real_layout(*args, **kwargs)

    monkeypatch.setattr(layout, "_size_guess", lambda *args: right + offset)
    monkeypatch.setattr(layout, "_layout_at", counted)
    assert fit_text(text, box, font_file=SANS, min_size=24, max_size=92).font_size == right
    if abs(offset) <= 2:
        assert len(calls) <= abs(offset) + 2, calls


def test_a_layout_with_unbounded_room_does_not_break_the_search(monkeypatch):
    """A layout whose lines have no width or height (zero-width text) has unbounded room: the search must still
    try a size within its limits and end."""
    import dataclasses
    import math

    from icc_studio.core.text import layout

    real_layout = layout._layout_at
    monkeypatch.setattr(layout, "_layout_at", lambda *a, **k: (lambda r: None if r is None else
                                                                 dataclasses.replace(r, room=math.inf))(real_layout(*a, **k)))
    calls = []
    monkeypatch.setattr(layout, "_size_guess", lambda *args: calls.append(args) or 20)  # well below the answer
    found = fit_text("I am a nurse", (400, 100), font_file=SANS, min_size=8, max_size=90).font_size
    assert calls and 20 < found <= 90


# -- errors --------------------------------------------------------------------------------


def test_check_message_length():
    check_message_length("I am a mother", 13)
    check_message_length("मैं हूँ", 4)  # vowel signs and the candrabindu are not counted
    check_message_length("cafe\u0301 ", 4)  # a combining accent is not a character; trailing space trimmed
    with pytest.raises(MessageTooLong) as caught:
        check_message_length("I am a mother", 12)
    assert caught.value.params == {"detail": "", "length": 13, "max_length": 12}
    assert "13" in str(caught.value) and "12" in str(caught.value)
    assert isinstance(caught.value, IccError)


def test_shaping_unavailable_without_raqm(monkeypatch):
    monkeypatch.setattr(fonts, "raqm_available", lambda: False)
    for text, script in [("أنا مهندسة", "Arabic"), ("मैं इंजीनियर", "Devanagari"), ("אני אמא", "Hebrew"),
                         ("আমি শিক্ষক", "Bengali")]:
        with pytest.raises(ShapingUnavailable) as caught:
            render_text(text, (300, 80), font_file=SANS)
        assert f"cannot shape {script}" in str(caught.value) and "RAQM" in str(caught.value)
    for text in ("I am a mother", "ኣነ መምህር እየ", "我是工程师"):  # fine without shaping
        block = render_text(text, (300, 80), font_file=SANS)
        assert block.mask.getbbox() is not None and not block.layout.raqm


def test_missing_glyphs_are_named():
    with pytest.raises(MissingGlyphs) as caught:
        render_text("I am happy \U0001F600", (300, 80), font_file=SANS)
    assert "U+1F600" in str(caught.value)
    with pytest.raises(MissingGlyphs) as caught:
        render_text("ฉันเป็นครู", (300, 80), font_file=SANS)  # Thai: no bundled font
    assert "U+0E09" in str(caught.value)


# -- drawing -------------------------------------------------------------------------------


def test_draw_text_composites_a_copy():
    canvas = Image.new("RGB", (300, 200), (255, 255, 255))
    before = canvas.tobytes()
    out = draw_text(canvas, (50, 40, 250, 120), (200, 0, 0, 255), "أنا #NotJustAMigrant", font_file=SANS)
    assert canvas.tobytes() == before and out.mode == "RGB" and out.size == canvas.size
    pixels = np.asarray(out).astype(int)
    changed = np.argwhere(np.abs(pixels - 255).sum(axis=2) > 0)
    assert len(changed) > 100
    assert changed[:, 0].min() >= 40 and changed[:, 0].max() < 120
    assert changed[:, 1].min() >= 50 and changed[:, 1].max() < 250
    red = pixels[np.abs(pixels - [200, 0, 0]).sum(axis=2) < 10]
    assert len(red) > 50, "solid text pixels take the fill colour"
    half = draw_text(Image.new("RGBA", (300, 200), (0, 0, 0, 0)), (50, 40, 250, 120), (0, 0, 255, 128),
                     "I am", font_file=SANS)
    assert np.asarray(half)[..., 3].max() == 128


def test_rendering_is_deterministic():
    first = render_text("أنا مهندسة #NotJustAMigrant منذ 2015", (300, 100), font_file=SANS)
    second = render_text("أنا مهندسة #NotJustAMigrant منذ 2015", (300, 100), font_file=SANS)
    assert first.mask.tobytes() == second.mask.tobytes() and first.layout == second.layout


def test_kit_text_helpers_use_the_engine():
    from icc_studio.core.kits.text import fit_text as kit_fit, script_font, text_mask

    assert script_font("Hello مرحبا", SERIF_BOLD)[0].name == "NotoNaskhArabic-Bold.ttf"
    assert script_font("Hello", SANS) == (SANS, None, None)
    mask = text_mask("Hello مرحبا 2026", (300, 60), SANS, align="start")
    assert mask.size == (300, 60) and mask.getbbox() is not None
    font, lines, direction, language = kit_fit("Ich bin Lehrerin und Mutter", 200, 100, SANS, max_lines=2)
    assert len(lines) == 2 and direction is None and font.size > 10
    assert text_mask(LONG * 3, (40, 10), SANS, max_lines=1).getbbox() is None  # cannot fit: left out, never cut
