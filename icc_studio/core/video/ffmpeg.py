"""The ffmpeg binary the app uses: the one shipped by ``imageio-ffmpeg`` (never one from PATH)."""

from __future__ import annotations

import functools

from ..errors import IccError


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
