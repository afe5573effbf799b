"""The sound of a video, mixed in numpy: 48 kHz stereo float32, measured with ffmpeg's EBU R128 meter.

Decoding goes through PyAV (any container, resampled to 48 kHz stereo); loudness is
measured by ffmpeg's ``ebur128`` filter (integrated loudness, EBU R128 / ITU-R BS.1770)
and reached by a linear gain, with a soft limiter that keeps the peaks below −1 dBFS.
"""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

import numpy as np

from ..errors import IccError
from ..jobs import NEVER_CANCELLED, CancelToken
from .encoder import AUDIO_RATE
from .ffmpeg import ffmpeg_exe, popen_ffmpeg

RATE = AUDIO_RATE
TARGET_LUFS = -16.0
REFUSED_FORMATS = frozenset({"hls", "applehttp", "concat", "ffconcat", "dash", "m3u8", "sdp", "rtp", "tee"})
_INTEGRATED = re.compile(r"I:\s+(-?[\d.]+|-inf)\s+LUFS")


class AudioError(IccError):
    code = "audio"
    template = "{file}: {detail}"

    def __init__(self, file: Path | str, detail: str) -> None:
        super().__init__(detail, file=str(file))


def decode_audio(path: Path, *, start: float = 0.0, end: float | None = None,
                 cancel: CancelToken = NEVER_CANCELLED) -> np.ndarray | None:
    """The audio of ``path`` between ``start`` and ``end`` seconds as float32 (n, 2) at 48 kHz; None without audio."""
    import av

    path = Path(path)
    try:
        # Local files only: a "music file" that is really a playlist must not make ffmpeg open anything else.
        container = av.open(str(path), options={"protocol_whitelist": "file"})
    except (av.error.FFmpegError, OSError) as exc:
        raise AudioError(path, f"the audio cannot be read ({exc})") from exc
    with container:
        if set(container.format.name.split(",")) & REFUSED_FORMATS:
            raise AudioError(path, f"a {container.format.name} playlist or list is not a sound file")
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="flt", layout="stereo", rate=RATE)
        chunks: list[np.ndarray] = []
        have = 0
        limit = None if end is None else int(math.ceil(end * RATE))
        try:
            for packet in container.demux(stream):
                cancel.check()
                for frame in packet.decode():
                    for out in resampler.resample(frame):
                        chunk = out.to_ndarray().reshape(-1, 2)
                        chunks.append(chunk)
                        have += len(chunk)
                if limit is not None and have >= limit:
                    break
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1, 2))
        except av.error.FFmpegError as exc:
            if not chunks:
                raise AudioError(path, f"the audio cannot be decoded ({exc})") from exc
    if not chunks:
        return None
    samples = np.concatenate(chunks).astype(np.float32, copy=False)
    first = int(round(start * RATE))
    return np.ascontiguousarray(samples[first:limit])


def loudness(samples: np.ndarray, *, cancel: CancelToken = NEVER_CANCELLED) -> float:
    """Integrated loudness (LUFS) of float32 stereo samples at 48 kHz; ``-inf`` for silence."""
    if samples.size == 0 or not np.any(samples):
        return float("-inf")
    proc = popen_ffmpeg([ffmpeg_exe(), "-nostdin", "-hide_banner", "-nostats", "-f", "f32le", "-ar", str(RATE),
                        "-ac", "2", "-i", "pipe:0", "-af", "ebur128=framelog=quiet", "-f", "null", "-"],
                       stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    unregister = cancel.on_cancel(proc.kill)
    try:
        _out, err = proc.communicate(np.ascontiguousarray(samples, np.float32).tobytes())
    except BrokenPipeError:
        err = b""
    finally:
        unregister()
    cancel.check()
    found = _INTEGRATED.findall(err.decode("utf-8", "replace"))
    if not found:
        raise AudioError("audio", "the loudness could not be measured")
    value = found[-1]
    return float("-inf") if value == "-inf" else float(value)


def file_loudness(path: Path) -> float:
    """Integrated loudness (LUFS) of the first audio stream of a media file."""
    samples = decode_audio(path)
    if samples is None:
        raise AudioError(path, "the file has no audio")
    return loudness(samples)


def gain_db(samples: np.ndarray, db: float) -> np.ndarray:
    return samples * np.float32(10 ** (db / 20))


def limit_peaks(samples: np.ndarray, ceiling_db: float = -1.0) -> np.ndarray:
    """A soft limiter: samples above the knee bend smoothly towards the ceiling (−1 dBFS)."""
    ceiling = 10 ** (ceiling_db / 20)
    knee = 0.7 * ceiling
    magnitude = np.abs(samples)
    over = magnitude > knee
    if not np.any(over):
        return samples
    out = samples.copy()
    span = ceiling - knee
    out[over] = np.sign(samples[over]) * (knee + span * np.tanh((magnitude[over] - knee) / span))
    return out


def normalise(samples: np.ndarray, target: float = TARGET_LUFS, *, cancel: CancelToken = NEVER_CANCELLED
              ) -> np.ndarray:
    """``samples`` brought to ``target`` LUFS (two measured passes: the limiter's loss is made up)."""
    current = loudness(samples, cancel=cancel)
    if not math.isfinite(current):
        return samples
    out = limit_peaks(gain_db(samples, target - current))
    after = loudness(out, cancel=cancel)
    if math.isfinite(after) and abs(after - target) > 0.3:
        out = limit_peaks(gain_db(samples, target - current + (target - after)))
    return out.astype(np.float32, copy=False)


def ramp(length: int, rising: bool = True) -> np.ndarray:
    """A raised-cosine fade of ``length`` samples (0→1 when ``rising``)."""
    if length <= 0:
        return np.ones(0, np.float32)
    x = (np.arange(length, dtype=np.float32) + 0.5) / length
    curve = 0.5 - 0.5 * np.cos(np.pi * x)
    return (curve if rising else curve[::-1]).astype(np.float32)


def fade(samples: np.ndarray, fade_in: float, fade_out: float) -> np.ndarray:
    out = samples.copy()
    n = len(out)
    fi, fo = min(n, int(fade_in * RATE)), min(n, int(fade_out * RATE))
    if fi:
        out[:fi] *= ramp(fi)[:, None]
    if fo:
        out[n - fo:] *= ramp(fo, rising=False)[:, None]
    return out


def speaks(samples: np.ndarray, *, threshold_db: float = -45.0, share: float = 0.25) -> bool:
    """Whether a clip's sound has voice-like activity: enough 50-ms windows above ``threshold_db``."""
    if samples is None or len(samples) < RATE // 10:
        return False
    window = RATE // 20
    n = len(samples) // window
    mono = samples[: n * window].mean(axis=1).reshape(n, window)
    rms = np.sqrt(np.mean(mono * mono, axis=1) + 1e-12)
    return float(np.mean(20 * np.log10(rms) > threshold_db)) >= share


def write_wav(path: Path, samples: np.ndarray) -> Path:
    """16-bit stereo WAV at 48 kHz (the encoder's input; AAC is made from it)."""
    import wave

    pcm = (np.clip(samples, -1.0, 1.0) * 32767).round().astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())
    return path
