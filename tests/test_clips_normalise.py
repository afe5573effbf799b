"""Normalising to the delivery format: decoded frames, timing, loudness, caption, end card, cancel, the render job."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from icc_studio.core.errors import Cancelled
from icc_studio.core.importing import ImportSpec, import_files
from icc_studio.core.jobs import CancelToken
from icc_studio.core.paths import kits_dir
from icc_studio.core.store import Status
from icc_studio.core.video.normalise import (
    END_CARD_S,
    Decoration,
    Fit,
    NormaliseSpec,
    RenderClipsSpec,
    measure_integrated_loudness,
    normalise_clip,
    render_clips,
)
from icc_studio.core.video.proxy import make_proxy, proxy_path
from icc_studio.core.video.trim import ClipTooLong

from ._clips_support import decoded_frames, index_of, make_clip, marker_corner, stream_facts

KIT = kits_dir() / "migrants-18december"


@pytest.fixture(scope="module")
def proxies(tmp_path_factory):
    folder = tmp_path_factory.mktemp("normalise")
    landscape = make_clip(folder / "land.mp4", size=(192, 108), seconds=2.0, amplitude=0.02)
    phone = make_clip(folder / "phone.mp4", size=(160, 96), seconds=1.0, rotation=90, audio=False)
    out = {}
    for name, clip in (("land", landscape), ("phone", phone)):
        out[name] = folder / f"{name}.proxy.mp4"
        make_proxy(clip, out[name])
    return out


def test_delivery_format_size_timing_and_loudness(proxies, tmp_path):
    out = tmp_path / "story.mp4"
    result = normalise_clip(NormaliseSpec(proxies["land"], out, aspect="9:16", in_s=0.5, out_s=1.8, fit=Fit.PAD))
    facts = stream_facts(out)
    assert facts["codec"] == "h264" and facts["profile"] == "High" and facts["pix_fmt"] == "yuv420p"
    assert facts["size"] == (1080, 1920) and facts["fps"] == pytest.approx(30)
    assert facts["audio_codec"] == "aac" and facts["audio_profile"] == "LC"
    assert facts["sample_rate"] == 48000 and facts["channels"] == 2
    data = out.read_bytes()
    assert data.index(b"moov") < data.index(b"mdat")  # +faststart
    frames = decoded_frames(out)
    assert len(frames) == 39  # 0.5 s to 1.8 s: frames 15 to 53
    times = [t for t, _ in frames]
    assert times[0] == pytest.approx(0, abs=1e-3)
    assert all(abs(b - a - 1 / 30) < 1e-3 for a, b in zip(times, times[1:]))
    middle = frames[0][1][800:1100, 300:780]  # the sharp picture, padded into the middle of the story
    assert index_of(middle) == pytest.approx(15, abs=1)
    assert result.input_lufs is not None and result.input_lufs < -25
    assert measure_integrated_loudness(out) == pytest.approx(-16.0, abs=1.0)
    # Padding: a blurred copy above and below the picture, not black bars.
    top = frames[10][1][:500]
    assert top.mean() > 20 and top.std() < 30


def test_rotated_clip_without_sound_stays_upright_and_gets_silence(proxies, tmp_path):
    out = tmp_path / "phone.mp4"
    normalise_clip(NormaliseSpec(proxies["phone"], out, aspect="9:16", has_audio=False, size=(270, 480)))
    frames = decoded_frames(out)
    assert frames[0][1].shape == (480, 270, 3)
    assert marker_corner(frames[0][1]) == "bottom-left"
    assert stream_facts(out)["audio_codec"] == "aac"
    assert measure_integrated_loudness(out) < -60


def test_crop_fills_the_frame_and_keeps_the_aspect(proxies, tmp_path):
    out = tmp_path / "square.mp4"
    result = normalise_clip(NormaliseSpec(proxies["land"], out, aspect="1:1", fit=Fit.CROP, size=(240, 240),
                                          in_s=0, out_s=0.5))
    assert result.fit == Fit.CROP and result.crop is not None
    x, y, w, h = result.crop
    assert w * 192 == pytest.approx(h * 108, rel=0.03)  # a square of the source
    rgb = decoded_frames(out)[0][1]
    assert rgb.shape == (240, 240, 3)


def test_caption_and_end_card_are_visible(proxies, tmp_path):
    plain = tmp_path / "plain.mp4"
    captioned = tmp_path / "caption.mp4"
    common = dict(aspect="9:16", size=(360, 640), in_s=0.0, out_s=1.0, fit=Fit.PAD)
    normalise_clip(NormaliseSpec(proxies["land"], plain, **common))
    deco = Decoration(kit_path=KIT, caption="أنا جدة وخياطة — I am a grandmother", language="ar",
                      end_card="#NotJustAMigrant", end_card_title="International Migrants Day")
    result = normalise_clip(NormaliseSpec(proxies["land"], captioned, decoration=deco, **common))
    assert result.duration_s == pytest.approx(1.0 + END_CARD_S)
    a, b = decoded_frames(plain), decoded_frames(captioned)
    assert len(b) == len(a) + round(END_CARD_S * 30)
    band = (slice(round(640 * 0.67), round(640 * 0.83)), slice(20, 340))
    diff = np.abs(a[10][1][band].astype(int) - b[10][1][band].astype(int)).mean(axis=2)
    assert (diff > 60).mean() > 0.02  # the letters
    white = (b[10][1][band].min(axis=2) > 200).mean()
    assert white > 0.02
    card = b[-5][1]
    primary = np.array([0x1C, 0x1A, 0x4F])
    assert np.abs(card[:40].reshape(-1, 3).mean(axis=0) - primary).max() < 12  # the kit's colour
    accent = (np.abs(card.astype(int) - [0xFF, 0xD2, 0x3F]).max(axis=2) < 40).mean()
    assert accent > 0.005  # the hashtag in the accent colour


def test_campaign_frame_puts_the_clip_in_the_window(proxies, tmp_path):
    out = tmp_path / "framed.mp4"
    deco = Decoration(kit_path=KIT, frame=True, caption="I am a tailor", language="en")
    normalise_clip(NormaliseSpec(proxies["land"], out, aspect="9:16", size=(360, 640), in_s=0, out_s=0.5,
                                 fit=Fit.CROP, decoration=deco))
    rgb = decoded_frames(out)[0][1]
    top_bar = rgb[:30].reshape(-1, 3).mean(axis=0)
    assert np.abs(top_bar - [0x1C, 0x1A, 0x4F]).max() < 20  # the frame's dark band above the window
    window = rgb[150:400, 60:300]  # the clip's first frame (dark grey, frame 0) inside the window
    assert window.mean() < 40 and np.abs(window.reshape(-1, 3).mean(axis=0) - [0x1C, 0x1A, 0x4F]).max() > 10
    caption_zone = rgb[round(640 * 0.71):round(640 * 0.80), 20:340]
    assert (caption_zone.max(axis=2) < 90).mean() > 0.02  # dark letters on the kit's yellow


def test_too_long_untrimmed_clip_is_refused(proxies, tmp_path):
    with pytest.raises(ClipTooLong) as caught:
        normalise_clip(NormaliseSpec(proxies["land"], tmp_path / "x.mp4", max_s=1.0, size=(90, 160)))
    assert "maximum of 1 s" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def _ffmpeg_children() -> list[int]:
    import os

    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            name = stat.read_text().split("(", 1)[1].rsplit(")", 1)[0]
        except (OSError, IndexError):
            continue
        if int(fields[1]) == os.getpid() and "ffmpeg" in name:
            found.append(int(stat.parent.name))
    return found


def test_cancel_leaves_nothing_behind(proxies, tmp_path):
    token = CancelToken()
    seen = []

    def progress(done, total, message=""):
        seen.append((done, total))
        if done > 0 and not token.cancelled:
            token.cancel()  # ffmpeg is encoding: it is killed, not waited for

    with pytest.raises(Cancelled):
        normalise_clip(NormaliseSpec(proxies["land"], tmp_path / "out.mp4", aspect="16:9"), progress=progress,
                       cancel=token)
    assert not any(total and done >= total for done, total in seen), "the encode was not allowed to finish"
    assert _ffmpeg_children() == [], "no ffmpeg is left running"
    assert list(tmp_path.iterdir()) == []


def test_render_job_exports_approved_clips_with_alt_text_and_caches(tmp_path, project):
    clip = make_clip(tmp_path / "voice.mp4", size=(128, 72), seconds=1.0)
    import_files(ImportSpec(project.folder, [clip]))
    c = project.contributions()[0]
    assert proxy_path(project.folder, c.media_sha256).is_file()
    person = project.add_contributor("Amina")
    project.record_consent(person, purposes=["social_media"], text_version="1", language="en", method="paper")
    project.update_contribution(c.id, contributor_id=person, caption="a tailor", language="en",
                                trim_in_s=0.2, trim_out_s=0.8)
    skipped = render_clips(RenderClipsSpec(project.folder, aspects=("1:1",), end_card=False))
    assert [r.status for r in skipped.results] == ["skipped"]
    project.set_status([c.id], Status.APPROVED)
    report = render_clips(RenderClipsSpec(project.folder, aspects=("1:1",), end_card=False))
    item = report.results[0]
    assert item.status == "rendered", item.reason
    assert item.path.parent == project.folder / "exports" / "clips" / "1x1"
    assert item.path.with_suffix(".alt.txt").read_text("utf-8").strip().endswith("a tailor")
    assert len(decoded_frames(item.path)) == 18
    again = render_clips(RenderClipsSpec(project.folder, aspects=("1:1",), end_card=False))
    assert [r.status for r in again.results] == ["cached"]


def test_kill_9_during_a_render_keeps_the_previous_version_and_leaves_no_temporary_file(tmp_path, project):
    import os
    import signal
    import subprocess
    import sys
    import time

    from icc_studio.core.store import Project

    clip = make_clip(tmp_path / "talk.mp4", size=(192, 108), seconds=3.0)
    import_files(ImportSpec(project.folder, [clip]))
    c = project.contributions()[0]
    person = project.add_contributor("Lea")
    project.record_consent(person, purposes=["social_media"], text_version="1", language="en", method="paper")
    project.update_contribution(c.id, contributor_id=person, caption="a baker", language="en")
    project.set_status([c.id], Status.APPROVED)
    first = render_clips(RenderClipsSpec(project.folder, aspects=("16:9",), end_card=False)).results[0]
    before = first.path.read_bytes()
    project.update_contribution(c.id, caption="a baker and a singer")  # the next render makes a new version
    folder = project.folder
    project.close()
    proc = subprocess.Popen([sys.executable, "-m", "icc_studio.cli", "render", str(folder), "clips", "--aspect",
                             "16:9", "--no-end-card", "--no-progress"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not list(first.path.parent.glob("*.icc-part*")):
            time.sleep(0.02)
        assert list(first.path.parent.glob("*.icc-part*")), "the render never started writing"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    time.sleep(0.3)  # the orphaned ffmpeg notices its closed pipes
    assert first.path.read_bytes() == before
    with Project.open(folder) as reopened:
        assert any(".icc-part" in name for name in reopened.health.temp_files_removed) or \
            not list(folder.rglob("*.icc-part*"))
    assert not list(folder.rglob("*.icc-part*"))
