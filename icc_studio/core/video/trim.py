"""Trimming a clip: the in and out points, the kit's maximum length, and writing a trimmed file.

Two ways to write the part between the in- and out-point:

* **lossless** (fast): the original's streams are copied, not re-encoded. A copy can only
  start on a keyframe, so the cut starts at the last keyframe at or before the in-point;
  :class:`TrimResult` reports that actual start and ``note`` says it in words. The cut starts
  exactly on that keyframe, so no MP4 edit list hides leading seconds (players that ignore
  edit lists show the same thing as those that honour them).
* **exact**: the clip's proxy is re-encoded (H.264 High, AAC 48 kHz, 30 fps); the first
  frame is the one shown at the in-point (within one frame).

The in and out points are stored with the contribution (``trim_in_s``/``trim_out_s``) and
every render of the clip uses them; :func:`check_trim` enforces the kit's maximum length
(``limits.clip_max_seconds``, 20 s unless the kit says otherwise; never more than
``HARD_CAP_S``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..errors import IccError
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from .probe import probe_clip
from .proxy import AUDIO_RATE, PROXY_FPS
from .run import ffmpeg_to_file

HARD_CAP_S = 140.0
DEFAULT_MAX_S = 20.0
FRAME_S = 1.0 / PROXY_FPS
_TOLERANCE_S = 0.5 * FRAME_S


class TrimError(IccError):
    code = "trim"


class InvalidTrim(TrimError):
    """In and out points that do not fit the clip."""

    code = "invalid-trim"


class ClipTooLong(TrimError):
    """The part to use is longer than the kit allows."""

    code = "clip-too-long"
    template = ("The clip's part lasts {length:.1f} s, over this campaign's maximum of {limit:g} s per resident "
                "clip: set in and out points at most {limit:g} s apart{detail}.")

    def __init__(self, length: float, limit: float, detail: str = "") -> None:
        super().__init__(detail, length=length, limit=limit)


class TrimMode(StrEnum):
    LOSSLESS = "lossless"
    EXACT = "exact"


def max_length(kit_limit: float | None) -> float:
    """The maximum length of a resident clip: the kit's limit, never above the hard cap."""
    return min(float(kit_limit) if kit_limit else DEFAULT_MAX_S, HARD_CAP_S)


def check_trim(in_s: float | None, out_s: float | None, duration_s: float, max_s: float | None) -> tuple[float, float]:
    """The (in, out) to use for a clip of ``duration_s``: missing points mean the start and the end.

    Raises :class:`InvalidTrim` for points outside the clip or in the wrong order, and
    :class:`ClipTooLong` when the part is longer than ``max_s`` (``None``: the default).
    """
    limit = max_length(max_s)
    start = 0.0 if in_s is None else float(in_s)
    end = duration_s if out_s is None else float(out_s)
    if start < 0 or start >= duration_s:
        raise InvalidTrim(f"the in-point {start:.2f} s is outside the clip (0 to {duration_s:.2f} s)")
    if end > duration_s + _TOLERANCE_S:
        raise InvalidTrim(f"the out-point {end:.2f} s is after the end of the clip ({duration_s:.2f} s)")
    end = min(end, duration_s)
    if end - start < FRAME_S - 1e-9:
        raise InvalidTrim(f"the out-point ({end:.2f} s) must come after the in-point ({start:.2f} s)")
    if end - start > limit + _TOLERANCE_S:
        hint = "" if in_s is not None or out_s is not None else " (the whole clip is used when none are set)"
        raise ClipTooLong(end - start, limit, hint)
    return start, end


@dataclass(frozen=True)
class TrimSpec:
    """Write the part ``in_s``–``out_s`` of ``source`` to ``output``.

    For ``EXACT``, ``source`` should be the clip's proxy (upright, 30 fps); for ``LOSSLESS``
    the original file (its streams are copied).
    """

    source: Path
    output: Path
    in_s: float
    out_s: float
    mode: TrimMode = TrimMode.LOSSLESS
    max_s: float | None = None


@dataclass(frozen=True)
class TrimResult:
    output: Path
    mode: TrimMode
    requested_in_s: float
    actual_in_s: float
    out_s: float
    note: str = ""

    @property
    def duration_s(self) -> float:
        return self.out_s - self.actual_in_s

    def as_dict(self) -> dict:
        return {"output": str(self.output), "mode": self.mode.value, "requested_in_s": round(self.requested_in_s, 3),
                "actual_in_s": round(self.actual_in_s, 3), "out_s": round(self.out_s, 3),
                "duration_s": round(self.duration_s, 3), "note": self.note}


def trim_clip(spec: TrimSpec, *, progress: ProgressFn = no_progress,
              cancel: CancelToken = NEVER_CANCELLED) -> TrimResult:
    """The trim job: writes ``spec.output`` atomically (nothing is left on a cancel or a failure)."""
    clip = probe_clip(spec.source)
    in_s, out_s = check_trim(spec.in_s, spec.out_s, clip.duration_s, spec.max_s)
    if TrimMode(spec.mode) == TrimMode.EXACT:
        in_s, out_s = on_frames(in_s, out_s)
        out_s = min(out_s, clip.duration_s)
        args = ["-ss", seek_arg(in_s), "-i", str(spec.source), "-t", f"{out_s - in_s:.6f}",
                "-map", "0:v:0", "-map", "0:a:0?", "-vf", f"fps={PROXY_FPS},format=yuv420p", "-fps_mode", "cfr",
                *encode_args(), "-f", _muxer(spec.output)]
        ffmpeg_to_file(args, spec.output, duration_s=out_s - in_s, progress=progress, cancel=cancel,
                       message=spec.output.name)
        return TrimResult(spec.output, TrimMode.EXACT, in_s, in_s, out_s)
    start = clip.keyframe_at_or_before(in_s)
    note = ""
    limit = max_length(spec.max_s)
    if out_s - start > limit + _TOLERANCE_S:
        out_s = start + limit
        note = (f"the end was moved to {out_s:.2f} s so that the part stays within the maximum of {limit:g} s; ")
    if start < in_s - _TOLERANCE_S:
        note = (f"starts at the keyframe at {start:.2f} s, {in_s - start:.2f} s before the in-point "
                f"(a lossless cut can only start on a keyframe; use exact mode to start at {in_s:.2f} s)"
                + ("; " + note.rstrip("; ") if note else ""))
    else:
        note = note.rstrip("; ")
    # A hair past the keyframe, so that the demuxer lands on it and not on the one before.
    args = ["-ss", f"{start + 0.001:.4f}", "-i", str(spec.source), "-t", f"{out_s - start:.4f}",
            "-map", "0:v:0", "-map", "0:a:0?", "-c", "copy", "-avoid_negative_ts", "make_zero",
            "-map_metadata", "0", "-f", _muxer(spec.output)]
    if _muxer(spec.output) in ("mp4", "mov"):
        args[-2:-2] = ["-movflags", "+faststart"]
    ffmpeg_to_file(args, spec.output, duration_s=out_s - start, progress=progress, cancel=cancel,
                   message=spec.output.name)
    return TrimResult(spec.output, TrimMode.LOSSLESS, in_s, start, out_s, note)


def on_frames(in_s: float, out_s: float) -> tuple[float, float]:
    """In and out points on the 30-fps frame grid of a proxy: the in-point's frame is the one shown at
    ``in_s`` (the last one starting at or before it), and the part holds whole frames."""
    first = math.floor(in_s * PROXY_FPS + 1e-6)
    count = max(1, round((out_s - first * FRAME_S) * PROXY_FPS))
    return first * FRAME_S, (first + count) * FRAME_S


def seek_arg(t: float) -> str:
    """``-ss`` for an accurate seek to the frame starting at ``t``: a hair before it, so that rounding
    never drops that frame (ffmpeg keeps the frames at or after the position)."""
    return f"{max(0.0, t - 0.0005):.6f}"


def encode_args(*, crf: int = 20, preset: str = "veryfast", audio_bitrate: str = "160k") -> list[str]:
    """The delivery encoding (design.md): H.264 High yuv420p, AAC-LC 48 kHz stereo, +faststart."""
    return ["-c:v", "libx264", "-preset", preset, "-crf", str(crf), "-profile:v", "high", "-pix_fmt", "yuv420p",
            "-r", str(PROXY_FPS), "-c:a", "aac", "-profile:a", "aac_low", "-b:a", audio_bitrate,
            "-ar", str(AUDIO_RATE), "-ac", "2", "-movflags", "+faststart"]


def _muxer(output: Path) -> str:
    return {".mov": "mov", ".mkv": "matroska", ".webm": "webm", ".m4v": "mp4", ".3gp": "3gp", ".avi": "avi"}.get(
        output.suffix.lower(), "mp4")


# -- the trim of a project's contribution ------------------------------------------------------------------


def clip_limit(project) -> float:
    """The maximum length of a resident clip in ``project`` (an open Project): its kit's limit."""
    from ..kits import load_builtin_kit

    return max_length(load_builtin_kit(project.info().kit_id).limits.clip_max_seconds)


def clip_duration(project, contribution) -> float:
    """The clip's length in seconds (its proxy's when made, else what import found)."""
    from .proxy import read_proxy_info

    info = read_proxy_info(project.folder, contribution.media_sha256)
    if info is not None:
        return info.duration_s
    media = project.media(contribution.media_sha256)
    if media is None or not media.duration_s:
        raise InvalidTrim(f"contribution {contribution.id} has no known duration")
    return float(media.duration_s)


def set_trim(project, contribution_id: int, in_s: float | None, out_s: float | None, *,
             actor: str | None = None) -> tuple[float, float]:
    """Check and store the in and out points of a clip contribution (``None``, ``None`` clears them).

    Raises :class:`InvalidTrim` or :class:`ClipTooLong` (the kit's maximum) without storing anything.
    Returns the (in, out) that renders will use.
    """
    from ..store import MediaKind

    contribution = project.contribution(contribution_id)
    if contribution.kind != MediaKind.CLIP:
        raise InvalidTrim(f"contribution {contribution_id} is a photo, not a clip")
    duration = clip_duration(project, contribution)
    if in_s is None and out_s is None:
        project.update_contribution(contribution_id, trim_in_s=None, trim_out_s=None, actor=actor)
        return 0.0, duration
    start, end = check_trim(in_s, out_s, duration, clip_limit(project))
    project.update_contribution(contribution_id, trim_in_s=round(start, 4), trim_out_s=round(end, 4), actor=actor)
    return start, end


@dataclass(frozen=True)
class TrimContributionSpec:
    """Write the trimmed part of a contribution's clip to ``output`` (its stored points unless given)."""

    project: Path
    contribution_id: int
    output: Path
    mode: TrimMode = TrimMode.LOSSLESS
    in_s: float | None = None
    out_s: float | None = None


def trim_contribution(spec: TrimContributionSpec, *, progress: ProgressFn = no_progress,
                      cancel: CancelToken = NEVER_CANCELLED) -> TrimResult:
    """The job behind ``icc-studio-cli trim --output``: lossless from the original, exact from the proxy."""
    from ..store import MediaKind, Project
    from .proxy import ProxySpec, ensure_proxy

    with Project.open(spec.project) as project:
        c = project.contribution(spec.contribution_id)
        if c.kind != MediaKind.CLIP:
            raise InvalidTrim(f"contribution {c.id} is a photo, not a clip")
        limit = clip_limit(project)
        in_s = spec.in_s if spec.in_s is not None else c.trim_in_s
        out_s = spec.out_s if spec.out_s is not None else c.trim_out_s
        original = project.media_file(c.media_sha256)
        sha = c.media_sha256
    source = original
    if TrimMode(spec.mode) == TrimMode.EXACT:
        source = ensure_proxy(ProxySpec(spec.project, sha), cancel=cancel)
    clip = probe_clip(source)
    start, end = check_trim(in_s, out_s, clip.duration_s, limit)
    return trim_clip(TrimSpec(source, spec.output, start, end, spec.mode, limit), progress=progress, cancel=cancel)
