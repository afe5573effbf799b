"""Trimming: lossless cuts start on a keyframe and say so, exact cuts start on the in-point, the kit's maximum holds."""

from __future__ import annotations

import time

import pytest

from icc_studio.core.errors import Cancelled
from icc_studio.core.importing import ImportSpec, import_files
from icc_studio.core.jobs import CancelToken
from icc_studio.core.video.probe import probe_clip
from icc_studio.core.video.proxy import make_proxy
from icc_studio.core.video.trim import (
    ClipTooLong,
    InvalidTrim,
    TrimMode,
    TrimSpec,
    check_trim,
    set_trim,
    trim_clip,
)

from ._clips_support import decoded_frames, index_of, make_clip


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("trim")
    clip = make_clip(folder / "indexed.mp4", size=(128, 72), seconds=3.0, gop=30)  # keyframes at 0, 1, 2 s
    proxy = folder / "proxy.mp4"
    make_proxy(clip, proxy)
    return clip, proxy


def test_exact_trim_starts_within_one_frame_of_the_in_point(indexed, tmp_path):
    _clip, proxy = indexed
    result = trim_clip(TrimSpec(proxy, tmp_path / "exact.mp4", 1.37, 2.5, TrimMode.EXACT))
    # The frame shown at 1.37 s is frame 41 (1.3667 s): the cut starts on it.
    assert result.actual_in_s == pytest.approx(41 / 30) and result.note == ""
    frames = decoded_frames(tmp_path / "exact.mp4")
    assert frames[0][0] == pytest.approx(0.0, abs=1e-3)
    assert [index_of(rgb) for _, rgb in frames[:4]] == [41, 42, 43, 44]
    assert len(frames) == 34  # frames 41 to 74: 2.5 s is the start of frame 75
    times = [t for t, _ in frames]
    assert all(abs(b - a - 1 / 30) < 1e-3 for a, b in zip(times, times[1:]))


def test_lossless_trim_starts_on_the_keyframe_and_says_so(indexed, tmp_path):
    clip, _proxy = indexed
    assert probe_clip(clip).keyframes == pytest.approx((0.0, 1.0, 2.0))
    start = time.perf_counter()
    result = trim_clip(TrimSpec(clip, tmp_path / "fast.mp4", 1.6, 2.9, TrimMode.LOSSLESS))
    assert time.perf_counter() - start < 1.0
    assert result.actual_in_s == pytest.approx(1.0) and result.requested_in_s == pytest.approx(1.6)
    assert "keyframe at 1.00 s" in result.note and "0.60 s before the in-point" in result.note
    frames = decoded_frames(tmp_path / "fast.mp4")
    # The file really starts on the keyframe (nothing hidden by an edit list): frame 30 is shown first.
    assert index_of(frames[0][1]) == pytest.approx(30, abs=1)
    assert len(frames) == pytest.approx((2.9 - 1.0) * 30, abs=1)


def test_lossless_trim_on_a_keyframe_has_no_note(indexed, tmp_path):
    clip, _proxy = indexed
    result = trim_clip(TrimSpec(clip, tmp_path / "on.mp4", 2.0, 3.0, TrimMode.LOSSLESS))
    assert result.actual_in_s == pytest.approx(2.0) and result.note == ""


def test_the_kits_maximum_is_enforced_with_a_clear_message():
    assert check_trim(None, None, 12.0, 20) == (0.0, 12.0)
    assert check_trim(5.0, 25.0, 40.0, 20) == (5.0, 25.0)
    with pytest.raises(ClipTooLong) as caught:
        check_trim(2.0, 30.0, 40.0, 20)
    assert str(caught.value) == ("The clip's part lasts 28.0 s, over this campaign's maximum of 20 s per resident "
                                 "clip: set in and out points at most 20 s apart.")
    with pytest.raises(ClipTooLong) as caught:
        check_trim(None, None, 45.0, 20)
    assert "the whole clip is used when none are set" in str(caught.value)
    with pytest.raises(ClipTooLong):
        check_trim(0, 150, 200, 300)  # never above the hard cap of 140 s
    with pytest.raises(InvalidTrim):
        check_trim(3.0, 2.0, 10.0, 20)
    with pytest.raises(InvalidTrim):
        check_trim(0.0, 11.0, 10.0, 20)


def test_trim_points_are_stored_only_when_valid(indexed, project):
    clip, _proxy = indexed
    import_files(ImportSpec(project.folder, [clip]))
    c = project.contributions()[0]
    assert set_trim(project, c.id, 0.5, 2.0) == (0.5, 2.0)
    with pytest.raises(InvalidTrim):
        set_trim(project, c.id, 0.5, 9.0)
    stored = project.contribution(c.id)
    assert (stored.trim_in_s, stored.trim_out_s) == (0.5, 2.0)
    set_trim(project, c.id, None, None)
    assert project.contribution(c.id).trim_in_s is None


def test_cancel_stops_ffmpeg_and_leaves_nothing(indexed, tmp_path):
    _clip, proxy = indexed
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    token = CancelToken()
    seen = []

    def progress(done, total, message=""):
        seen.append(done)
        token.cancel()  # at the first report: ffmpeg is running

    with pytest.raises(Cancelled):
        trim_clip(TrimSpec(proxy, out_dir / "cut.mp4", 0.0, 3.0, TrimMode.EXACT), progress=progress, cancel=token)
    assert seen and list(out_dir.iterdir()) == []
