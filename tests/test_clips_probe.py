"""Clip import: probing in depth, refusing bad files with their reason, and the normalised proxy."""

from __future__ import annotations

import pytest

from icc_studio.core.errors import MediaRejected
from icc_studio.core.importing import ImportSpec, Outcome, import_files
from icc_studio.core.video.probe import probe_clip
from icc_studio.core.video.proxy import PROXY_FPS, make_proxy, proxy_frames, proxy_path, read_proxy_info

from ._clips_support import index_of, make_clip, marker_corner, stream_facts


def test_rotated_phone_clip_is_probed_upright_and_its_proxy_is_upright(tmp_path):
    clip = make_clip(tmp_path / "phone.mov", size=(160, 96), rotation=90)
    info = probe_clip(clip)
    assert info.rotation == 90 and info.coded_size == (160, 96) and info.size == (96, 160)
    proxy = make_proxy(clip, tmp_path / "proxy.mp4")
    assert (proxy.width, proxy.height) == (96, 160) and proxy.source_rotation == 90
    frames = list(proxy_frames(tmp_path / "proxy.mp4"))
    t, first = frames[0]
    assert first.shape == (160, 96, 3)
    # Displayed turned a quarter counter-clockwise: the stored top-left marker is at the bottom left.
    assert marker_corner(first) == "bottom-left"
    assert probe_clip(tmp_path / "proxy.mp4").rotation == 0  # upright pixels, no flag left to honour


def test_variable_frame_rate_becomes_constant_30_fps(tmp_path):
    clip = make_clip(tmp_path / "vfr.mp4", size=(96, 64), seconds=2.0, fps=24, vfr=True)
    info = probe_clip(clip)
    assert info.vfr
    assert info.duration_s == pytest.approx(3.0, abs=0.1)
    make_proxy(clip, tmp_path / "proxy.mp4")
    proxied = probe_clip(tmp_path / "proxy.mp4")
    assert not proxied.vfr and proxied.fps == pytest.approx(30, abs=0.01)
    frames = list(proxy_frames(tmp_path / "proxy.mp4"))
    assert len(frames) == pytest.approx(90, abs=2)
    times = [t for t, _ in frames]
    assert all(abs(b - a - 1 / PROXY_FPS) < 1e-3 for a, b in zip(times, times[1:]))
    # At 2.5 s the source shows frame 24 + (2.5 - 1) * 12 = 42 (second half at half rate).
    at = {round(t * 30): rgb for t, rgb in frames}
    assert index_of(at[75]) == pytest.approx(42, abs=1)
    assert index_of(at[15]) == pytest.approx(12, abs=1)


def test_clip_without_sound_gets_a_silent_track_and_says_so(tmp_path):
    clip = make_clip(tmp_path / "mute.mp4", audio=False)
    assert not probe_clip(clip).has_audio
    info = make_proxy(clip, tmp_path / "proxy.mp4")
    assert not info.has_audio
    facts = stream_facts(tmp_path / "proxy.mp4")
    assert facts["audio_codec"] == "aac" and facts["sample_rate"] == 48000 and facts["channels"] == 2


def test_odd_sample_rate_and_pixel_format_are_normalised(tmp_path):
    clip = make_clip(tmp_path / "odd.mkv", size=(98, 62), sample_rate=11025, pix_fmt="yuv444p")
    info = probe_clip(clip)
    assert info.format == "matroska" and info.sample_rate == 11025 and info.pix_fmt == "yuv444p"
    made = make_proxy(clip, tmp_path / "proxy.mp4")
    facts = stream_facts(tmp_path / "proxy.mp4")
    assert facts["pix_fmt"] == "yuv420p" and facts["sample_rate"] == 48000 and facts["channels"] == 2
    assert (made.width, made.height) == (98, 62)


@pytest.mark.parametrize("faststart", [True, False])
def test_truncated_clip_is_rejected_with_the_reason(tmp_path, project, faststart):
    whole = make_clip(tmp_path / "whole.mp4", size=(160, 96), seconds=3.0, faststart=faststart)
    data = whole.read_bytes()
    cut = tmp_path / "cut.mp4"
    # With +faststart the header is whole and the pictures stop midway; without, the index is missing.
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(MediaRejected) as caught:
        probe_clip(cut)
    assert caught.value.params["reason"] == "truncated" and "truncated" in str(caught.value)
    report = import_files(ImportSpec(project.folder, [cut]))
    assert report.results[0].outcome == Outcome.REJECTED and report.results[0].reason_code == "truncated"
    assert "truncated" in report.results[0].reason
    assert not any((project.folder / "cache").rglob("*.mp4"))


@pytest.mark.parametrize("text", [
    "#EXTM3U\n#EXTINF:10,\nhttp://example.invalid/video.ts\n",
    "ffconcat version 1.0\nfile '/etc/hostname'\n",
])
def test_playlist_or_concat_list_disguised_as_mp4_is_refused(tmp_path, project, text):
    fake = tmp_path / "holiday.mp4"
    fake.write_text(text)
    with pytest.raises(MediaRejected) as caught:
        probe_clip(fake)
    assert "playlist" in str(caught.value) or "concat list" in str(caught.value)
    report = import_files(ImportSpec(project.folder, [fake]))
    assert report.results[0].outcome == Outcome.REJECTED
    assert "only video files are accepted" in report.results[0].reason


def test_import_makes_the_proxy_beside_the_reduced_copies(tmp_path, project):
    clip = make_clip(tmp_path / "phone.mp4", size=(96, 160), seconds=1.0, rotation=270)
    report = import_files(ImportSpec(project.folder, [clip]))
    assert report.imported == 1
    c = project.contributions()[0]
    info = read_proxy_info(project.folder, c.media_sha256)
    assert info is not None and (info.width, info.height) == (160, 96) and info.frames == 30
    assert proxy_path(project.folder, c.media_sha256).parent.parent == project.folder / "cache" / "proxy"
    media = project.media(c.media_sha256)
    assert (media.width, media.height) == (160, 96)


@pytest.mark.parametrize("ext, codecs", [
    ("webm", ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-c:a", "libopus"]),
    ("avi", ["-c:v", "mpeg4", "-c:a", "libmp3lame"]),
    ("3gp", ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-ar", "8000", "-ac", "1"]),
    ("m4v", ["-c:v", "libx264", "-pix_fmt", "yuv420p10le", "-c:a", "aac"]),
    ("mkv", ["-c:v", "libx264", "-pix_fmt", "yuv422p10le", "-c:a", "flac"]),
])
def test_phone_and_camera_containers_become_the_same_proxy(tmp_path, ext, codecs):
    from ._clips_support import run

    source = tmp_path / f"clip.{ext}"
    run("-f", "lavfi", "-i", "testsrc2=s=96x64:r=25:d=1", "-f", "lavfi", "-i", "sine=d=1:sample_rate=44100",
        *codecs, "-shortest", str(source))
    info = probe_clip(source)
    assert info.size == (96, 64) and info.has_audio and info.duration_s == pytest.approx(1.0, abs=0.1)
    make_proxy(source, tmp_path / "proxy.mp4")
    facts = stream_facts(tmp_path / "proxy.mp4")
    assert facts["codec"] == "h264" and facts["pix_fmt"] == "yuv420p" and facts["size"] == (96, 64)
    assert facts["sample_rate"] == 48000 and facts["fps"] == pytest.approx(30)
    assert len(list(proxy_frames(tmp_path / "proxy.mp4"))) == pytest.approx(30, abs=1)


def test_limits_on_resolution_and_duration(tmp_path):
    from icc_studio.core.media.probe import ImportLimits

    clip = make_clip(tmp_path / "clip.mp4", size=(160, 96), seconds=2.0)
    with pytest.raises(MediaRejected) as caught:
        probe_clip(clip, limits=ImportLimits(max_video_side=128))
    assert caught.value.params["reason"] == "too-many-pixels" and "160×96" in str(caught.value)
    with pytest.raises(MediaRejected) as caught:
        probe_clip(clip, limits=ImportLimits(max_video_seconds=1.0))
    assert caught.value.params["reason"] == "too-long" and "lasts 2.0 s, over the limit of 1.0 s" in str(caught.value)
