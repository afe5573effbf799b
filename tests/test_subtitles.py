"""Subtitles: .srt read and written, typed lines timed, trimmed clips, per-clip storage in any language."""

from __future__ import annotations

import pytest

from icc_studio.core.video.subtitles import (
    Cue,
    SubtitleError,
    clip_cues,
    cue_at,
    format_srt,
    format_time,
    import_srt,
    load_subtitles,
    parse_srt,
    read_srt,
    save_subtitles,
    typed_cues,
)

SAMPLE = (
    "\ufeff1\r\n00:00:01,000 --> 00:00:03,500\r\nBonjour à toutes et à tous\r\n\r\n"
    "2\r\n00:00:03,600 --> 00:00:06,000\r\nمرحبا بكم\r\nفي مدينتنا\r\n\r\n"
)


def test_parse_tolerates_bom_crlf_and_keeps_line_breaks():
    cues = parse_srt(SAMPLE)
    assert cues == [Cue(1.0, 3.5, "Bonjour à toutes et à tous"), Cue(3.6, 6.0, "مرحبا بكم\nفي مدينتنا")]


def test_round_trip_and_format():
    cues = parse_srt(SAMPLE)
    text = format_srt(cues)
    assert text.startswith("1\n00:00:01,000 --> 00:00:03,500\nBonjour")
    assert parse_srt(text) == cues
    assert format_time(3723.4567) == "01:02:03,457"


def test_cues_without_numbers_and_dot_millis_and_unsorted():
    cues = parse_srt("00:00:05.5 --> 00:00:06.000\nlater\n\n00:00:01,000 --> 00:00:02,000\nfirst\n")
    assert [c.text for c in cues] == ["first", "later"] and cues[1].start == 5.5


@pytest.mark.parametrize("bad, line", [
    ("1\n00:00:01,000 -> 00:00:02,000\nhello\n", 2),
    ("1\n00:00:03,000 --> 00:00:02,000\nbackwards\n", 2),
    ("just some text\n", 1),
])
def test_malformed_files_are_refused_with_the_line(bad, line):
    with pytest.raises(SubtitleError) as info:
        parse_srt(bad, source="talk.srt")
    assert info.value.params["line"] == line and "talk.srt" in str(info.value)


def test_typed_lines_share_the_clip_time_by_length():
    cues = typed_cues(["Hello", "I came here in 2015 and opened a bakery", " "], 10.0, start=2.0)
    assert len(cues) == 2 and cues[0].start == 2.0 and cues[-1].end == pytest.approx(12.0)
    assert cues[1].end - cues[1].start > cues[0].end - cues[0].start


def test_trimmed_clip_keeps_only_its_part_moved_to_zero():
    cues = [Cue(0.0, 2.0, "a"), Cue(2.0, 5.0, "b"), Cue(5.0, 9.0, "c")]
    assert clip_cues(cues, 3.0, 6.0) == [Cue(0.0, 2.0, "b"), Cue(2.0, 3.0, "c")]
    assert cue_at(cues, 4.99).text == "b" and cue_at(cues, 9.5) is None


def test_storage_per_clip_and_language(tmp_path):
    source = tmp_path / "interview.srt"
    source.write_text(SAMPLE, encoding="utf-8")
    import_srt(tmp_path, 7, "fr", source)
    save_subtitles(tmp_path, 7, "ar", [Cue(0, 1, "مرحبا")])
    stored = load_subtitles(tmp_path, 7)
    assert sorted(stored) == ["ar", "fr"] and stored["fr"] == parse_srt(SAMPLE)
    save_subtitles(tmp_path, 7, "ar", [])
    assert sorted(load_subtitles(tmp_path, 7)) == ["fr"]
    assert load_subtitles(tmp_path, 8) == {}
    with pytest.raises(SubtitleError):
        save_subtitles(tmp_path, 7, "../x", [Cue(0, 1, "x")])


def test_legacy_encoded_file_is_read(tmp_path):
    path = tmp_path / "old.srt"
    path.write_bytes("1\n00:00:00,000 --> 00:00:01,000\nCafé crème\n".encode("cp1252"))
    assert read_srt(path)[0].text == "Café crème"
