"""The ffmpeg binary the app uses: the one shipped by ``imageio-ffmpeg`` (never one from PATH).

Every ffmpeg the app starts goes through :func:`popen_ffmpeg`, which makes it end with the app
on Linux: an app killed outright (``kill -9``, a crash, a power button held) leaves no encoder
behind that would go on using the CPU or writing into a project.
"""

from __future__ import annotations

import functools
import logging
import os
import subprocess
import sys
from collections.abc import Sequence

from ..errors import IccError

log = logging.getLogger(__name__)

# util-linux's ``setpriv`` (part of every Linux desktop's base system), looked for only where the
# system keeps it, never on PATH.
_SETPRIV = ("/usr/bin/setpriv", "/bin/setpriv")


class FfmpegMissing(IccError):
    code = "ffmpeg-missing"


@functools.cache
def ffmpeg_exe() -> str:
    """Path of the bundled ffmpeg executable."""
    try:
        import imageio_ffmpeg
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise FfmpegMissing("the bundled ffmpeg (imageio-ffmpeg) is not installed") from exc
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError as exc:  # pragma: no cover - a broken installation
        raise FfmpegMissing(f"the bundled ffmpeg cannot be found: {exc}") from exc


def popen_ffmpeg(command: Sequence[str], **kwargs) -> subprocess.Popen:
    """``subprocess.Popen(command, **kwargs)`` for ffmpeg (``command[0]``), as a child that ends with the app.

    On Linux the kernel sends the child SIGKILL when the app dies (``PR_SET_PDEATHSIG``).
    Why not a ``preexec_fn`` calling ``prctl``: Python documents ``preexec_fn`` as not safe
    when the process has threads (the child may deadlock before ``exec``: it runs Python code,
    and the fork hooks, in a copy of a process whose other threads may have held locks), and
    the app starts ffmpeg from job threads while Qt's and the job pool's threads run. So the
    signal is set by a tiny wrapper instead: ``setpriv --pdeathsig KILL -- ffmpeg …`` asks for
    it and then *execs* ffmpeg (same process id, the setting kept across ``exec``), and Python
    starts it without running any Python code in the child. (An app killed in the instant
    between the start and ``setpriv``'s request, well under a millisecond, still leaves that
    one ffmpeg to run to its end.)

    The parent, for the kernel, is the *thread* that started the child: callers start ffmpeg
    from the thread that waits for it (as :mod:`.run`, :mod:`.encoder` and :mod:`.audio` do).
    Without ``setpriv`` (or elsewhere than Linux) ffmpeg runs as a plain child, as before.
    """
    exe = str(command[0])
    # A missing binary raises Popen's own OSError, as without the wrapper.
    prefix = _die_with_app_prefix(exe) if os.access(exe, os.X_OK) else ()
    return subprocess.Popen([*prefix, *command], **kwargs)


@functools.cache
def _die_with_app_prefix(exe: str) -> tuple[str, ...]:
    """The command prefix that makes ``exe`` end with the app (Linux), else ``()``.

    Checked once by running ``exe -version`` through it, so that a system whose ``setpriv``
    lacks the option (util-linux < 2.33) or forbids it still runs ffmpeg.
    """
    if not sys.platform.startswith("linux"):
        return ()
    for setpriv in _SETPRIV:
        if not os.access(setpriv, os.X_OK):
            continue
        prefix = (setpriv, "--pdeathsig", "KILL", "--")
        try:
            probe = subprocess.run([*prefix, exe, "-version"], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue
        if probe.returncode == 0:
            return prefix
    log.warning("setpriv --pdeathsig is not available: an ffmpeg running when the app is killed outright "
                "will run to its end")
    return ()
