"""Running the bundled ffmpeg as a job step: progress, cancel at once, no partial output.

Three entry points, from the simplest:

* :func:`ffmpeg_to_file` — run ffmpeg writing one output file. The file is written under a
  temporary name beside ``output`` and renamed into place only when ffmpeg succeeded; on a
  failure or a cancel the temporary file is removed and ``output`` is left as it was::

      ffmpeg_to_file(["-i", str(src), "-c:v", "libx264", ...], out, duration_s=30,
                     progress=progress, cancel=cancel, message="Normalising")

* :func:`run_ffmpeg` — run ffmpeg with the given arguments (the caller names the outputs,
  typically temporary paths from :func:`~icc_studio.core.fileio.atomic_path`).

* :func:`ffmpeg_pipe` — a context manager for encoders fed with raw frames on stdin
  (``-f rawvideo -pix_fmt rgb24 -s WxH -r 30 -i pipe:0``): ``pipe.write(frame)`` per frame;
  the output is renamed into place when the block ends without an exception.

In all three, ``progress(done, total, message)`` is called with the output time reached
(seconds, read from ffmpeg's ``-progress pipe:1`` report) and ``duration_s`` as the total,
throttled to whole per mille; ``cancel`` kills ffmpeg at once (``cancel.on_cancel``) and
the call raises :class:`~icc_studio.core.errors.Cancelled`. A non-zero exit raises
:class:`FfmpegFailed` with the last lines ffmpeg printed.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import Cancelled, IccError
from ..fileio import atomic_path
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, Throttle, no_progress
from .ffmpeg import ffmpeg_exe, popen_ffmpeg

_STDERR_LINES = 40


class FfmpegFailed(IccError):
    """ffmpeg ended with an error; ``detail`` holds the last lines it printed."""

    code = "ffmpeg-failed"
    template = "ffmpeg failed (exit {returncode}): {detail}"

    def __init__(self, detail: str, *, returncode: int) -> None:
        super().__init__(detail, returncode=returncode)


@dataclass(frozen=True)
class RunResult:
    returncode: int
    stderr: str  # the last lines ffmpeg printed (warnings, or the report of an analysis filter)
    out_time_s: float  # the output time reached, from the progress report


def base_args(*, loglevel: str = "error", stdin: bool = False) -> list[str]:
    """The arguments every run starts with (binary, no banner, overwrite, machine progress)."""
    args = [ffmpeg_exe(), "-hide_banner", "-loglevel", loglevel, "-nostats", "-progress", "pipe:1", "-y"]
    if not stdin:
        args.append("-nostdin")
    return args


class _Process:
    """One running ffmpeg with its reader threads and its cancel hook."""

    def __init__(self, args: Sequence[str], *, duration_s: float | None, progress: ProgressFn,
                 cancel: CancelToken, message: str, loglevel: str, stdin: bool) -> None:
        cancel.check()
        self._progress = Throttle(progress)
        self._duration = duration_s if duration_s and duration_s > 0 else None
        self._message = message
        self._cancel = cancel
        self.out_time_s = 0.0
        self._stderr: deque[str] = deque(maxlen=_STDERR_LINES)
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if os.name == "nt" else 0
        # popen_ffmpeg: ffmpeg ends with the app even when the app is killed outright.
        self.proc = popen_ffmpeg(
            [*base_args(loglevel=loglevel, stdin=stdin), *map(str, args)],
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, creationflags=flags,
        )
        self._unregister = cancel.on_cancel(self.kill)
        self._threads = [threading.Thread(target=self._read_progress, daemon=True),
                         threading.Thread(target=self._read_stderr, daemon=True)]
        for thread in self._threads:
            thread.start()
        self._progress(0, self._duration, message)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()

    def abort(self) -> None:
        """Kill ffmpeg and wait for it to be gone (the caller then removes its output)."""
        self.kill()
        with contextlib.suppress(OSError):
            if self.proc.stdin:
                self.proc.stdin.close()
        self.proc.wait()
        self._unregister()
        self._close_pipes()

    def _close_pipes(self) -> None:
        for thread in self._threads:
            thread.join(timeout=5)
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()

    def _read_progress(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            key, _, value = raw.decode("utf-8", "replace").strip().partition("=")
            if key == "out_time_us" and value.lstrip("-").isdigit():
                self.out_time_s = max(self.out_time_s, int(value) / 1_000_000)
                done = min(self.out_time_s, self._duration) if self._duration else self.out_time_s
                self._progress(done, self._duration, self._message)

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        for raw in self.proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                self._stderr.append(line)

    def wait(self) -> RunResult:
        try:
            returncode = self.proc.wait()
        finally:
            self._unregister()
            self._close_pipes()
        stderr = "\n".join(self._stderr)
        if self._cancel.cancelled:
            raise Cancelled()
        if returncode != 0:
            tail = [line for line in self._stderr if line.strip()][-6:]
            raise FfmpegFailed("; ".join(tail) or "no message", returncode=returncode)
        if self._duration:
            self._progress(self._duration, self._duration, self._message)
        return RunResult(returncode, stderr, self.out_time_s)


def run_ffmpeg(
    args: Sequence[str | Path],
    *,
    duration_s: float | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
    message: str = "",
    loglevel: str = "error",
) -> RunResult:
    """Run ``ffmpeg <args>`` (inputs, filters, outputs) to its end; see the module's docstring.

    The caller owns the outputs named in ``args``: on an exception it must delete them
    (writing them inside :func:`~icc_studio.core.fileio.atomic_path` does that).
    """
    process = _Process([str(a) for a in args], duration_s=duration_s, progress=progress, cancel=cancel,
                       message=message, loglevel=loglevel, stdin=False)
    try:
        return process.wait()
    except BaseException:
        process.abort()
        raise


def ffmpeg_to_file(
    args: Sequence[str | Path],
    output: Path,
    *,
    duration_s: float | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
    message: str = "",
    durable: bool = False,
    loglevel: str = "error",
) -> Path:
    """Run ``ffmpeg <args> <temporary file>`` and rename the file to ``output`` when it succeeded.

    ``args`` end with the output options (codec, ``-movflags +faststart``…); the output
    path is appended. ``durable=True`` flushes the file to disk before the rename (for
    files that cannot be made again).
    """
    with atomic_path(Path(output), durable=durable) as tmp:
        run_ffmpeg([*args, tmp], duration_s=duration_s, progress=progress, cancel=cancel, message=message,
                   loglevel=loglevel)
    return Path(output)


class FramePipe:
    """An ffmpeg reading raw frames on stdin; write each frame's bytes with :meth:`write`."""

    def __init__(self, process: _Process, cancel: CancelToken) -> None:
        self._process = process
        self._cancel = cancel
        self.frames = 0

    def write(self, frame) -> None:
        """Send one frame (``bytes`` or a C-contiguous numpy array); raises ``Cancelled`` once cancelled."""
        self._cancel.check()
        stdin = self._process.proc.stdin
        assert stdin is not None
        try:
            stdin.write(memoryview(frame).cast("B") if not isinstance(frame, bytes) else frame)
        except (BrokenPipeError, ValueError, OSError):
            self._cancel.check()
            # ffmpeg stopped reading: its error is the one worth reporting.
            self._process.proc.wait()
            self._process.wait()
            raise FfmpegFailed("ffmpeg stopped reading frames", returncode=self._process.proc.returncode or -1)
        self.frames += 1

    @property
    def out_time_s(self) -> float:
        return self._process.out_time_s


@contextlib.contextmanager
def ffmpeg_pipe(
    args: Sequence[str | Path],
    output: Path,
    *,
    duration_s: float | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
    message: str = "",
    durable: bool = False,
    loglevel: str = "error",
) -> Iterator[FramePipe]:
    """Run ``ffmpeg <args> <temporary file>`` fed on stdin; rename into ``output`` when the block succeeds.

    ``args`` must read ``pipe:0`` (for example ``-f rawvideo -pix_fmt rgb24 -s 1080x1920 -r 30 -i pipe:0``).
    When the block raises (or is cancelled), ffmpeg is killed and nothing is left behind.
    """
    with atomic_path(Path(output), durable=durable) as tmp:
        process = _Process([*map(str, args), str(tmp)], duration_s=duration_s, progress=progress, cancel=cancel,
                           message=message, loglevel=loglevel, stdin=True)
        try:
            yield FramePipe(process, cancel)
            assert process.proc.stdin is not None
            try:
                process.proc.stdin.close()
            except (BrokenPipeError, OSError):
                pass
            process.wait()
        except BaseException:
            process.abort()
            raise
