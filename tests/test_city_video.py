"""The per-city video: decoded frames checked for size, aspect, timing, captions, cards, sound, subtitles, consent.

One small render (320×180 and 180×320, 12 s) is shared by the tests of this module.
"""

from __future__ import annotations

import av
import numpy as np
import pytest
from PIL import ImageColor

from icc_studio.cli.main import main
from icc_studio.core.importing import ImportSpec, import_files
from icc_studio.core.kits import load_builtin_kit
from icc_studio.core.store import Project, Purpose, Status
from icc_studio.core.video import audio
from icc_studio.core.video.cards import date_text, intro_card, outro_card
from icc_studio.core.video.city import CityVideoSpec, frame_size, output_stem, render_city_video
from icc_studio.core.video.subtitles import read_srt

TARGET = 12.0
CAPTIONS = {
    "a.jpg": ("a nurse, a stargazer and a proud aunt", "en"),
    "b.jpg": ("مهندسة وأم وعاشقة للموسيقى", "ar"),
    "c.jpg": ("boulangère et poète", "fr"),
}


def decode(path, times=()):
    """(stream facts, {time: RGB array}) of a video file, frames picked at the given times."""
    wanted = sorted(times)
    frames = {}
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        facts = {
            "size": (video.width, video.height), "rate": float(video.average_rate), "codec": video.codec_context.name,
            "profile": video.codec_context.profile, "pix_fmt": video.codec_context.pix_fmt,
            "audio": [(a.codec_context.name, a.rate, a.codec_context.channels) for a in container.streams.audio],
        }
        count = 0
        last_t = 0.0
        for frame in container.decode(video):
            t = float(frame.pts * video.time_base)
            last_t = t
            count += 1
            for want in wanted:
                if want not in frames and t >= want - 1e-3:
                    frames[want] = frame.to_ndarray(format="rgb24")
        facts["frames"] = count
        facts["last_t"] = last_t
    return facts, frames


def make_music(path, seconds=12.0):
    """A music-like test track: two tones with a slow beat, well below full scale."""
    t = np.arange(int(seconds * audio.RATE)) / audio.RATE
    beat = 0.6 + 0.4 * (np.sin(2 * np.pi * 2 * t) > 0)
    mono = 0.12 * beat * (np.sin(2 * np.pi * 220 * t) + 0.5 * np.sin(2 * np.pi * 330 * t))
    return audio.write_wav(path, np.stack([mono, mono], axis=1).astype(np.float32))


def consent(project, cid, *, caption, lang, purposes=(Purpose.CITY_VIDEO, Purpose.SOCIAL_MEDIA)):
    person = project.add_contributor(f"Resident {cid}")
    project.record_consent(person, purposes=purposes, text_version="1", language=lang, method="paper")
    project.update_contribution(cid, contributor_id=person, caption=caption, language=lang)


def build_project(folder, tmp, *, clip=True):
    """Three photos with consent, one without city-video consent, one pending, and a speaking clip."""
    from icc_studio.core.demo_media import generate_clip, generate_portrait

    files = []
    for n, name in enumerate(["a.jpg", "b.jpg", "c.jpg", "no-consent.jpg", "pending.jpg"]):
        path = tmp / name
        generate_portrait(n + 3, (480, 600)).save(path, quality=90)
        files.append(path)
    if clip:
        files.append(generate_clip(tmp / "clip.mp4", seconds=2.0, size=(180, 320), seed=7))
    with Project.create(folder, city="Lindaval", kit_id="migrants-18december", languages=["ar", "en"],
                        campaign_year=2026) as project:
        report = import_files(ImportSpec(folder, files))
        assert report.imported == len(files), [r.reason for r in report.results]
        ids = {c.source_name: c.id for c in project.contributions()}
        for name, (caption, lang) in CAPTIONS.items():
            consent(project, ids[name], caption=caption, lang=lang)
        consent(project, ids["no-consent.jpg"], caption="a teacher", lang="en", purposes=(Purpose.SOCIAL_MEDIA,))
        consent(project, ids["pending.jpg"], caption="a driver", lang="en")
        if clip:
            consent(project, ids["clip.mp4"], caption="étudiante et danseuse", lang="fr")
        project.set_status([i for n, i in ids.items() if n != "pending.jpg"], Status.APPROVED)
        # The user's order: the clip (imported last) first.
        if clip:
            project.update_contribution(ids["clip.mp4"], position=0)
    return ids


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("city-video")
    folder = tmp / "project"
    ids = build_project(folder, tmp)
    music = make_music(tmp / "music.wav")
    spec = CityVideoSpec(folder, aspects=("16:9", "9:16"), target_seconds=TARGET, music=music, short_side=180)
    result = render_city_video(spec)
    return folder, ids, spec, result


def test_versions_have_the_size_aspect_codec_and_length_asked(rendered):
    _folder, _ids, _spec, result = rendered
    assert [o.aspect for o in result.outputs] == ["16:9", "9:16"]
    for output in result.outputs:
        assert output.video.name == output_stem("Lindaval", "migrants-18december", output.aspect) + ".mp4"
        assert output.video.parent.parts[-2:] == ("exports", "video")
        facts, _ = decode(output.video)
        assert facts["size"] == frame_size(output.aspect, 180) == output.size
        assert facts["codec"] == "h264" and facts["profile"] == "High" and facts["pix_fmt"] == "yuv420p"
        assert facts["rate"] == 30.0
        assert abs(facts["frames"] / 30 - TARGET) <= 1 / 30  # the target length, to the frame
        assert abs(facts["last_t"] - (facts["frames"] - 1) / 30) < 1e-3  # constant frame rate
        assert facts["audio"] == [("aac", 48000, 2)]
    assert result.outputs[0].size == (320, 180) and result.outputs[1].size == (180, 320)


def test_only_approved_contributions_with_city_video_consent_in_the_users_order(rendered):
    _folder, ids, _spec, result = rendered
    assert result.used == [ids["clip.mp4"], ids["a.jpg"], ids["b.jpg"], ids["c.jpg"]]
    reasons = dict(result.skipped)
    assert reasons[ids["no-consent.jpg"]] == "consent does not cover the city video"
    assert reasons[ids["pending.jpg"]].startswith("not approved")


def test_subtitle_file_has_every_caption_at_its_time(rendered):
    _folder, _ids, _spec, result = rendered
    cues = read_srt(result.outputs[0].subtitles)
    texts = [c.text for c in cues]
    assert texts[0] == "Je suis étudiante et danseuse"  # the clip's caption, in its language's template
    assert "I am a nurse, a stargazer and a proud aunt" in texts
    assert any("مهندسة وأم وعاشقة للموسيقى" in t for t in texts)
    assert all(a.end <= b.start + 1e-6 for a, b in zip(cues, cues[1:]))
    assert cues[0].start >= 2.5 and cues[-1].end <= TARGET - 3.0  # after the intro, before the outro
    # Every version carries the same subtitles.
    assert result.outputs[1].subtitles.read_text("utf-8") == result.outputs[0].subtitles.read_text("utf-8")


def test_caption_band_is_visible_in_decoded_frames(rendered):
    folder, ids, _spec, result = rendered
    kit = load_builtin_kit("migrants-18december")
    cues = read_srt(result.outputs[0].subtitles)
    nurse = next(c for c in cues if "nurse" in c.text)
    middle = (nurse.start + nurse.end) / 2
    primary = np.array(ImageColor.getrgb(kit.color("primary")), float)
    for output in result.outputs:
        _, frames = decode(output.video, [middle])
        frame = frames[middle].astype(float)
        h, w = frame.shape[:2]
        band_rows = slice(round(h * 0.78), round(h * 0.92)) if w > h else slice(round(h * 0.64), round(h * 0.74))
        band = frame[band_rows, round(w * 0.15): round(w * 0.85)]
        # The band: mostly the kit's dark primary colour, with light text on it.
        assert np.median(np.abs(band - primary).sum(axis=2)) < 90
        assert (band.mean(axis=2) > 200).mean() > 0.02
        # Above it, the photo (not the band).
        assert np.median(np.abs(frame[: h // 3] - primary).sum(axis=2)) > 60


def test_intro_and_outro_cards_open_and_close_the_video(rendered):
    _folder, _ids, _spec, result = rendered
    kit = load_builtin_kit("migrants-18december")
    primary = np.array(ImageColor.getrgb(kit.color("primary")), float)
    _, frames = decode(result.outputs[0].video, [0.5, TARGET - 0.5])
    for t in (0.5, TARGET - 0.5):
        frame = frames[t].astype(float)
        assert (np.abs(frame - primary).sum(axis=2) < 40).mean() > 0.5
    assert not np.allclose(frames[0.5], frames[TARGET - 0.5], atol=10)


def test_music_and_speech_are_mixed_at_the_target_loudness(rendered):
    _folder, _ids, _spec, result = rendered
    for output in result.outputs:
        assert abs(audio.file_loudness(output.video) - audio.TARGET_LUFS) <= 1.0
    samples = audio.decode_audio(result.outputs[0].video)
    assert samples is not None and len(samples) >= int((TARGET - 0.1) * audio.RATE)

    def rms(a, b):
        part = samples[int(a * audio.RATE): int(b * audio.RATE)]
        return float(np.sqrt(np.mean(part ** 2)))

    assert rms(0.0, 0.3) < rms(1.0, 2.0)  # the music fades in
    assert rms(TARGET - 0.15, TARGET) < rms(TARGET - 3.0, TARGET - 2.0)  # ... and out


def test_poster_frame_is_a_jpeg_of_the_version(rendered):
    from PIL import Image

    _folder, _ids, _spec, result = rendered
    for output in result.outputs:
        with Image.open(output.poster) as poster:
            assert poster.format == "JPEG" and poster.size == output.size


def test_unchanged_video_is_not_rendered_again(rendered):
    folder, _ids, spec, result = rendered
    before = result.outputs[0].video.stat().st_mtime_ns
    again = render_city_video(spec)
    assert all(o.cached for o in again.outputs)
    assert result.outputs[0].video.stat().st_mtime_ns == before
    leftovers = [p for p in folder.rglob("*") if ".icc-part" in p.name]
    assert leftovers == []


def test_cards_are_drawn_in_the_citys_language():
    kit = load_builtin_kit("migrants-18december")
    assert date_text(kit, "ar", 2026) == "18 ديسمبر 2026"
    assert date_text(kit, "fr", 2026) == "18 décembre 2026"
    arabic = intro_card(kit, (320, 180), city="لينداڤال", lang="ar", year=2026)
    english = intro_card(kit, (320, 180), city="Lindaval", lang="en", year=2026)
    assert arabic.shape == english.shape == (180, 320, 3)
    assert not np.array_equal(arabic, english)
    outro = outro_card(kit, (180, 320), hashtags=["#NotJustAMigrant", "#LindavalIsUs"], lang="ar")
    assert outro.shape == (320, 180, 3)


def test_cli_render_video(rendered, capsys):
    folder, _ids, _spec, _result = rendered
    code = main(["render", str(folder), "video", "--aspect", "16:9", "--length", str(TARGET), "--size", "180",
                 "--music", str(folder.parent / "music.wav"), "--no-progress"])
    assert code == 0
    out = capsys.readouterr()
    assert "unchanged  16:9" in out.out and "left out" in out.out
