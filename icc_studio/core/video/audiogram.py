"""Audiograms: a sound recording (a spoken message, the sounds of a market) and a photo become a clip —
the picture framed on the faces, an animated waveform, the caption — in the delivery format.

``render_audiogram(spec, *, progress, cancel)`` follows the job protocol. The sound is
brought to −16 LUFS; the still layers (blurred backdrop, photo, caption) are drawn once and
the waveform bars, the only moving part, are filled into the I420 planes of each frame.
The clip is written under a temporary name and renamed into place when complete; it can
then be imported like any resident clip.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import ImageColor

from ..errors import InvalidValue
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import load_builtin_kit
from ..media.reduce import load_photo
from . import audio as sound
from .cards import caption_band
from .clipframes import Framing, blurred_cover, fit_frame
from .encoder import FPS, EncoderSettings, VideoEncoder
from .frames import RGB_TO_YUV, Frame, Overlay, Planes

BARS = 40
WINDOW_SECONDS = 1.6  # the waveform shows this much sound, the present moment in the middle


@dataclass(frozen=True)
class AudiogramSpec:
    audio: Path
    photo: Path
    output: Path
    caption: str = ""
    language: str = "en"
    kit_id: str = "migrants-18december"
    aspect: str = "9:16"
    short_side: int = 1080
    max_seconds: float = 60.0


@dataclass(frozen=True)
class AudiogramResult:
    path: Path
    size: tuple[int, int]
    frames: int

    @property
    def duration_s(self) -> float:
        return self.frames / FPS


def _even(value: float) -> int:
    return round(value) // 2 * 2


def _layout(size: tuple[int, int]) -> dict[str, tuple[int, int, int, int]]:
    """Boxes (left, top, width, height) of the photo and the waveform for a frame of ``size``."""
    w, h = size
    if w / h > 1.2:  # wide: photo on the left, waveform on the right
        side = round(h * 0.62) // 2 * 2
        return {"photo": (_even(w * 0.08), _even(h * 0.08), side, side),
                "wave": (_even(w * 0.5), _even(h * 0.2), _even(w * 0.42), _even(h * 0.42))}
    side = round(min(w * 0.76, h * 0.42)) // 2 * 2
    top = round(h * (0.1 if h > w * 1.2 else 0.06)) // 2 * 2
    return {"photo": ((w - side) // 2 // 2 * 2, top, side, side),
            "wave": (round(w * 0.1) // 2 * 2, (top + side + round(h * 0.03)) // 2 * 2, round(w * 0.8) // 2 * 2,
                     round(h * (0.14 if h > w * 1.2 else 0.12)) // 2 * 2)}


def bar_levels(samples: np.ndarray, frames: int, bars: int = BARS) -> np.ndarray:
    """(frames, bars) bar heights 0–1: the loudness of short slices around each frame's time."""
    mono = np.abs(samples.mean(axis=1)) if samples.ndim == 2 else np.abs(samples)
    slice_len = max(1, int(sound.RATE * WINDOW_SECONDS / bars))
    n_slices = len(mono) // slice_len + 1
    padded = np.zeros(n_slices * slice_len, np.float32)
    padded[: len(mono)] = mono
    rms = np.sqrt(np.mean(padded.reshape(n_slices, slice_len) ** 2, axis=1))
    db = 20 * np.log10(rms + 1e-6)
    level = np.clip((db + 50) / 44, 0.0, 1.0)  # −50 dBFS → 0, −6 dBFS → 1
    level = np.concatenate([np.zeros(bars), level, np.zeros(bars)])
    out = np.empty((frames, bars), np.float32)
    for f in range(frames):
        centre = int(f / FPS * sound.RATE / slice_len) + bars
        out[f] = level[centre - bars // 2: centre - bars // 2 + bars]
    return out


def render_audiogram(spec: AudiogramSpec, *, progress: ProgressFn = no_progress,
                     cancel: CancelToken = NEVER_CANCELLED) -> AudiogramResult:
    from ..crops import propose_crop
    from ..faces import detect_faces
    from .city import frame_size

    kit = load_builtin_kit(spec.kit_id)
    size = frame_size(spec.aspect, spec.short_side)
    samples = sound.decode_audio(Path(spec.audio), end=spec.max_seconds, cancel=cancel)
    if samples is None or not np.any(samples):
        raise sound.AudioError(spec.audio, "the recording has no sound")
    samples = sound.normalise(samples, cancel=cancel)
    frames = max(1, int(len(samples) / sound.RATE * FPS))
    samples = samples[: int(frames / FPS * sound.RATE)]
    progress(0, frames, "")

    photo = np.asarray(load_photo(Path(spec.photo), max_side=2048))
    boxes = _layout(size)
    # The still layers: a blurred backdrop of the photo, the photo framed on the faces, the caption.
    base = blurred_cover(photo, size)
    px, py, pw, ph = boxes["photo"]
    faces = detect_faces(photo)
    crop = propose_crop((photo.shape[1], photo.shape[0]), faces, pw / ph)
    border = max(2, round(min(size) * 0.008))
    base[py - border:py + ph + border, px - border:px + pw + border] = ImageColor.getrgb(kit.color("accent"))[:3]
    base[py:py + ph, px:px + pw] = fit_frame(photo, Framing((crop.x, crop.y, crop.w, crop.h)), (pw, ph))
    still = Frame.of(Planes.from_rgb(base))
    band = caption_band(kit, size, spec.caption, spec.language)
    if band is not None:
        rgba, left, top = band
        wx, wy, ww, wh = boxes["wave"]
        if top < wy + wh:  # keep the caption below the waveform
            top = min(size[1] - rgba.shape[0], wy + wh + round(size[1] * 0.02))
        Overlay.from_rgba(rgba, left, top).apply(still)
    levels = bar_levels(samples, frames)
    colour = ImageColor.getrgb(kit.color("accent"))[:3]
    yuv = (RGB_TO_YUV[:, :3] @ np.asarray(colour, np.float32) + RGB_TO_YUV[:, 3]).round().clip(0, 255).astype(np.uint8)

    output = Path(spec.output)
    if output.suffix.lower() != ".mp4":
        raise InvalidValue(f"an audiogram is written as .mp4, not {output.suffix or 'no extension'}")
    with tempfile.TemporaryDirectory(prefix="icc-audiogram-") as work:
        wav = sound.write_wav(Path(work) / "sound.wav", samples)
        frame = Frame(size)
        with VideoEncoder(EncoderSettings(*size), output, audio=wav, frames=frames, cancel=cancel) as encoder:
            for f in range(frames):
                frame.copy_from(still)
                _draw_bars(frame, boxes["wave"], levels[f], yuv)
                encoder.write(frame.buffer)
                if f % 15 == 14:
                    progress(f + 1, frames, "")
            encoder.finish()
    progress(frames, frames, "")
    return AudiogramResult(output, size, frames)


def _draw_bars(frame: Frame, box: tuple[int, int, int, int], levels: np.ndarray, yuv: np.ndarray) -> None:
    """Vertical bars centred on the box's middle line, heights from ``levels`` (even pixel edges)."""
    x, y, w, h = box
    n = len(levels)
    pitch = w / n
    bar_w = max(2, int(pitch * 0.6) // 2 * 2)
    mid = y + h // 2
    for i, level in enumerate(levels):
        half = max(1, int(level * h / 2)) // 2 * 2 or 2
        left = int(x + i * pitch) // 2 * 2
        top, bottom = mid - half, mid + half
        frame.y[top:bottom, left:left + bar_w] = yuv[0]
        frame.u[top // 2:bottom // 2, left // 2:(left + bar_w) // 2] = yuv[1]
        frame.v[top // 2:bottom // 2, left // 2:(left + bar_w) // 2] = yuv[2]
