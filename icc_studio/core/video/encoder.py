"""Raw frames from numpy piped into the bundled ffmpeg, encoded to the delivery format.

The delivery format (design.md): H.264 High, yuv420p, 30 fps constant frame rate, AAC-LC
48 kHz, ``+faststart``, BT.709 tagged. Frames are given either as planar I420 buffers
(``(h * 3 // 2, w)`` uint8, see :mod:`.frames`) or as RGB arrays. The file is written under
a temporary name beside the target and renamed into place only when ffmpeg succeeded; a
cancel kills ffmpeg at once and removes the temporary file, so the previous version of the
output (if any) is left intact and nothing half-written remains.
"""

from __future__ import annotations

import queue
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import IccError
from ..fileio import TEMP_SUFFIX, fsync_dir, temp_path_for
from ..jobs import NEVER_CANCELLED, CancelToken
from .ffmpeg import ffmpeg_exe, popen_ffmpeg

FPS = 30
AUDIO_RATE = 48_000
PRESET = "veryfast"
CRF = 20
QUEUE_FRAMES = 6
PIPE_BYTES = 1 << 20


class EncodeError(IccError):
    code = "video-encode"
    template = "{file}: the video could not be encoded ({detail})"

    def __init__(self, file: Path | str, detail: str) -> None:
        super().__init__(detail, file=str(file))


@dataclass(frozen=True)
class EncoderSettings:
    """How frames become a file. ``pix_fmt`` is the format of the frames written: ``yuv420p`` or ``rgb24``."""

    width: int
    height: int
    fps: int = FPS
    pix_fmt: str = "yuv420p"
    preset: str = PRESET
    crf: int = CRF
    audio_bitrate: str = "160k"

    def __post_init__(self) -> None:
        if self.width % 2 or self.height % 2 or self.width < 2 or self.height < 2:
            raise EncodeError("", f"the frame size must be even on both sides, not {self.width}x{self.height}")

    @property
    def frame_bytes(self) -> int:
        pixels = self.width * self.height
        return pixels * 3 // 2 if self.pix_fmt == "yuv420p" else pixels * 3


def encoder_command(settings: EncoderSettings, output: Path, *, audio: Path | None = None,
                    audio_format: tuple[str, int, int] | None = None, frames: int | None = None) -> list[str]:
    """The ffmpeg command reading raw frames on stdin (and ``audio``, a WAV or raw file) and writing ``output``.

    ``audio_format`` is ``(sample_fmt, rate, channels)`` when ``audio`` is headerless raw PCM.
    """
    s = settings
    cmd = [ffmpeg_exe(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
           "-f", "rawvideo", "-pix_fmt", s.pix_fmt, "-s", f"{s.width}x{s.height}", "-framerate", str(s.fps),
           "-i", "pipe:0"]
    if audio is not None:
        if audio_format is not None:
            fmt, rate, channels = audio_format
            cmd += ["-f", fmt, "-ar", str(rate), "-ac", str(channels)]
        cmd += ["-i", str(audio)]
    cmd += ["-map", "0:v:0"]
    if audio is not None:
        cmd += ["-map", "1:a:0"]
    if s.pix_fmt != "yuv420p":
        cmd += ["-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p"]
    cmd += ["-c:v", "libx264", "-preset", s.preset, "-crf", str(s.crf), "-profile:v", "high",
            "-pix_fmt", "yuv420p", "-g", str(s.fps * 2), "-r", str(s.fps), "-fps_mode", "cfr",
            "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv"]
    if audio is not None:
        cmd += ["-c:a", "aac", "-b:a", s.audio_bitrate, "-ar", str(AUDIO_RATE), "-ac", "2"]
        if frames is not None:
            cmd += ["-t", f"{frames / s.fps:.6f}"]
    cmd += ["-movflags", "+faststart", "-f", "mp4", str(output)]
    return cmd


class VideoEncoder:
    """Feed frames with :meth:`write`; :meth:`finish` renames the file into place.

    Use as a context manager: leaving the block by an exception (a cancel included) kills
    ffmpeg and removes the temporary file. Frames are handed to a writer thread, so the
    caller computes the next frame while the previous one is being piped.
    """

    def __init__(self, settings: EncoderSettings, output: Path, *, audio: Path | None = None,
                 audio_format: tuple[str, int, int] | None = None, frames: int | None = None,
                 cancel: CancelToken = NEVER_CANCELLED, temp: Path | None = None) -> None:
        self.settings = settings
        self.output = Path(output)
        self.output.parent.mkdir(parents=True, exist_ok=True)
        # The file being written: a temporary name beside the output, or the caller's (a work folder).
        self.temp = Path(temp) if temp is not None else temp_path_for(self.output).with_suffix(
            TEMP_SUFFIX + self.output.suffix)
        self.frames_written = 0
        self._cancel = cancel
        self._err = tempfile.TemporaryFile()
        self._proc = popen_ffmpeg(
            encoder_command(settings, self.temp, audio=audio, audio_format=audio_format, frames=frames),
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self._err)
        self._unregister = cancel.on_cancel(self.kill)
        _enlarge_pipe(self._proc.stdin)
        self._queue: queue.Queue = queue.Queue(maxsize=QUEUE_FRAMES)
        self._broken: BaseException | None = None
        self._writer = threading.Thread(target=self._write_loop, name="ffmpeg-writer", daemon=True)
        self._writer.start()
        self._closed = False
        self._finished = False

    # -- feeding ---------------------------------------------------------------------------

    def write(self, frame: np.ndarray | bytes | memoryview, *, owned: bool = False) -> None:
        """Queue one frame (I420 or RGB, as the settings say). Raises on cancel or when ffmpeg died.

        An array is copied unless ``owned``: the caller then promises not to change it before
        ``QUEUE_FRAMES + 2`` further frames were written (a ring of buffers does that).
        """
        self._cancel.check()
        if self._broken is not None:
            raise EncodeError(self.output, self._stderr_tail() or str(self._broken))
        data = frame if isinstance(frame, bytes | memoryview) else np.ascontiguousarray(frame).data
        if len(data) != self.settings.frame_bytes:
            raise EncodeError(self.output, f"a frame has {len(data)} bytes, expected {self.settings.frame_bytes}")
        # Copies are needed only for arrays the caller may reuse; bytes are immutable.
        self._queue.put(data if isinstance(frame, bytes) or owned else bytes(data))
        self.frames_written += 1

    def _write_loop(self) -> None:
        stdin = self._proc.stdin
        assert stdin is not None
        while True:
            item = self._queue.get()
            if item is None:
                break
            if self._broken is not None:
                continue  # drain
            try:
                stdin.write(item)
            except (BrokenPipeError, OSError, ValueError) as exc:
                self._broken = exc

    # -- ending ----------------------------------------------------------------------------

    def finish(self, *, rename: bool = True) -> Path:
        """Wait for ffmpeg; then rename the file into place and return its final path.

        With ``rename=False`` the complete file stays under its temporary name, which is
        returned: the caller renames it (several outputs made visible together) or deletes it.
        """
        self._close_input()
        rc = self._proc.wait()
        self._unregister()
        self._cancel.check()
        if rc != 0 or self._broken is not None or not self.temp.is_file():
            tail = self._stderr_tail() or f"ffmpeg exit status {rc}"
            self._cleanup()
            raise EncodeError(self.output, tail)
        self._finished = True
        self._err.close()
        if not rename:
            return self.temp
        self.temp.replace(self.output)
        fsync_dir(self.output.parent)
        return self.output

    def kill(self) -> None:
        """Stop ffmpeg at once (safe to call from any thread, several times)."""
        try:
            self._proc.kill()
        except OSError:
            pass

    def abort(self) -> None:
        self.kill()
        self._close_input()
        self._proc.wait()
        self._unregister()
        self._cleanup()

    def _close_input(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._writer.join()
        try:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass

    def _cleanup(self) -> None:
        self.temp.unlink(missing_ok=True)
        try:
            self._err.close()
        except OSError:
            pass

    def _stderr_tail(self) -> str:
        try:
            self._err.seek(0)
            lines = self._err.read().decode("utf-8", "replace").strip().splitlines()
        except (OSError, ValueError):
            return ""
        return " | ".join(lines[-4:])

    def __enter__(self) -> VideoEncoder:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None or not self._finished:
            self.abort()  # left by an exception or without finish(): nothing is kept


def _enlarge_pipe(stream) -> None:
    """A larger pipe buffer (Linux): megabyte frames pass in a few writes instead of dozens."""
    try:
        import fcntl

        fcntl.fcntl(stream.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except (ImportError, OSError, ValueError, AttributeError):
        pass
