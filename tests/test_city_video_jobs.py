"""The city video job: cancel leaves the previous versions and nothing else; burned-in subtitles; audiograms."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from icc_studio.core.errors import Cancelled
from icc_studio.core.jobs import CancelToken
from icc_studio.core.store import Project
from icc_studio.core.video import audio
from icc_studio.core.video.audiogram import AudiogramSpec, render_audiogram
from icc_studio.core.video.city import CityVideoSpec, NothingToRender, render_city_video
from icc_studio.core.video.subtitles import Cue, save_subtitles

from .test_city_video import build_project, decode


@pytest.fixture(scope="module")
def project_folder(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("city-video-jobs")
    folder = tmp / "project"
    ids = build_project(folder, tmp)
    return folder, ids


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cancel_keeps_the_previous_versions_and_leaves_nothing(project_folder):
    folder, ids = project_folder
    spec = CityVideoSpec(folder, aspects=("1:1",), target_seconds=12, short_side=120,
                         contribution_ids=(ids["a.jpg"], ids["b.jpg"], ids["c.jpg"]))
    first = render_city_video(spec).outputs[0]
    before = {p.name: _digest(p) for p in first.video.parent.iterdir()}
    assert len(before) == 3  # video, subtitles, poster

    cancel = CancelToken()

    def progress(done, total, message=""):
        if done > total * 0.4:
            cancel.cancel()

    again = CityVideoSpec(folder, aspects=("1:1", "16:9"), target_seconds=12, short_side=120, force=True,
                          contribution_ids=spec.contribution_ids)
    with pytest.raises(Cancelled):
        render_city_video(again, progress=progress, cancel=cancel)
    after = {p.name: _digest(p) for p in first.video.parent.iterdir()}
    assert after == before  # nothing new, nothing half-made, the previous version intact
    assert [p for p in folder.rglob("*") if ".icc-part" in p.name] == []
    assert list((folder / "cache" / "video-work").iterdir()) == []  # the job's work folder is gone


def test_clip_subtitles_are_burned_in_and_delivered(project_folder):
    folder, ids = project_folder
    clip = ids["clip.mp4"]
    save_subtitles(folder, clip, "ar", [Cue(0.0, 1.0, "مرحبا بكم"), Cue(1.0, 2.0, "في مدينتنا")])
    save_subtitles(folder, clip, "en", [Cue(0.0, 2.0, "Welcome to our city")])
    spec = CityVideoSpec(folder, aspects=("16:9",), target_seconds=12, short_side=180, burn_subtitles=True,
                         contribution_ids=(clip, ids["a.jpg"], ids["b.jpg"], ids["c.jpg"]))
    plain = CityVideoSpec(**{**spec.__dict__, "burn_subtitles": False})
    burned = render_city_video(spec).outputs[0]
    srt = burned.subtitles.read_text("utf-8")
    assert "مرحبا بكم" in srt and "في مدينتنا" in srt and "Welcome" not in srt  # the city's language (ar) first
    t = 3.2  # inside the clip's first cue (the clip starts after the 3-s intro, minus the crossfade)
    _, with_text = decode(burned.video, [t])
    with Project.open(folder):
        pass
    clean = render_city_video(plain).outputs[0]
    _, without = decode(clean.video, [t])
    a, b = with_text[t].astype(int), without[t].astype(int)
    h = a.shape[0]
    low = np.abs(a[round(h * 0.78):] - b[round(h * 0.78):]).mean()
    high = np.abs(a[: h // 2] - b[: h // 2]).mean()
    assert low > 8 and high < 4  # the subtitle box low in the frame, the picture otherwise the same


def test_nothing_to_render_is_a_clear_error(project_folder):
    folder, ids = project_folder
    with pytest.raises(NothingToRender):
        render_city_video(CityVideoSpec(folder, contribution_ids=(ids["pending.jpg"], ids["no-consent.jpg"]),
                                        short_side=120))


def test_audiogram_has_the_picture_a_moving_waveform_and_the_sound(tmp_path):
    from icc_studio.core.demo_media import generate_portrait

    photo = tmp_path / "face.jpg"
    generate_portrait(5, (480, 600)).save(photo)
    t = np.arange(int(2.0 * audio.RATE)) / audio.RATE
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 1.5 * t)  # a voice-like rise and fall
    mono = (0.2 * envelope * np.sin(2 * np.pi * 180 * t)).astype(np.float32)
    recording = audio.write_wav(tmp_path / "voice.wav", np.stack([mono, mono], axis=1))
    out = tmp_path / "audiogram.mp4"
    result = render_audiogram(AudiogramSpec(recording, photo, out, caption="صوت من سوق المدينة", language="ar",
                                            aspect="9:16", short_side=180))
    assert result.path == out and result.size == (180, 320)
    facts, frames = decode(out, [0.3, 0.9])
    assert facts["size"] == (180, 320) and abs(facts["frames"] - 60) <= 1
    assert facts["audio"] == [("aac", 48000, 2)]
    assert abs(audio.file_loudness(out) - audio.TARGET_LUFS) <= 1.0
    # Only the waveform moves: the frames differ in its box and nowhere near the top.
    diff = np.abs(frames[0.3].astype(int) - frames[0.9].astype(int)).sum(axis=2)
    assert diff[: 320 // 10].mean() < 2
    assert diff[150:220].mean() > 2
    assert [p.name for p in tmp_path.iterdir() if ".icc-part" in p.name] == []


def test_a_playlist_given_as_music_is_refused(tmp_path):
    fake = tmp_path / "music.mp3"
    fake.write_text("#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nhttp://127.0.0.1:9/part.ts\n#EXT-X-ENDLIST\n")
    with pytest.raises(audio.AudioError):
        audio.decode_audio(fake)


def test_a_trimmed_clip_plays_from_its_in_point_for_its_length(project_folder):
    from icc_studio.core.video import city
    from icc_studio.core.video.clipframes import ClipFrames, first_frame

    folder, ids = project_folder
    clip = ids["clip.mp4"]
    with Project.open(folder) as project:
        project.update_contribution(clip, trim_in_s=0.5, trim_out_s=1.75)
        try:
            spec = CityVideoSpec(folder, aspects=("9:16",), short_side=180, contribution_ids=(clip,))
            plan = city._plan(project, spec, city.CityVideoResult())
        finally:
            project.update_contribution(clip, trim_in_s=None, trim_out_s=None)
    segment = next(s for s in plan.segments if s.kind == "clip")
    assert segment.frames == round(1.25 * 30) and segment.item.start == 0.5
    frames = ClipFrames(segment.item.path, 0.5, 1.75, (180, 320))
    shown = [p.to_rgb().astype(int) for p in frames.frames()]
    assert len(shown) == segment.frames
    at_in, at_zero = (np.asarray(city.fit_frame(first_frame(segment.item.path, t), frames.framing, (180, 320)), int)
                      for t in (0.5, 0.0))
    assert np.abs(shown[0] - at_in).mean() < np.abs(shown[0] - at_zero).mean()
    assert np.abs(shown[0] - at_in).mean() < 3
