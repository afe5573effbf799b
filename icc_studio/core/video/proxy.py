"""The normalised proxy of a clip: what the player, the trims and every render read.

A resident's clip may be portrait with a rotation flag, variable frame rate, without sound,
at 11 kHz mono or in 10-bit 4:2:2. Its proxy, made once at import, is always:

* upright (the rotation applied), at most ``PROXY_MAX_SIDE`` px on its long side, even sizes;
* 30 frames per second, constant (frame ``i`` is at ``i / 30`` s), H.264 High yuv420p with a
  keyframe every second (``PROXY_GOP`` frames), so seeking and frame stepping are quick;
* with a stereo AAC track at 48 kHz — silent when the clip had no sound (``ProxyInfo.has_audio``
  then says so, and loudness normalisation leaves it silent).

Proxies live beside the reduced copies of photos, under ``cache/`` (rebuildable from the
original): ``cache/proxy/ab/<sha256>.mp4`` and a small ``.json`` of what probing found.
Use :func:`proxy_path` to find one, :func:`ensure_proxy` (a job) to make it when missing, and
:func:`proxy_frames` to read its frames as RGB arrays.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import Cancelled, MediaRejected, NotFound
from ..fileio import WriteFailed, atomic_write, destination_problem
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..media.probe import ImportLimits
from .probe import ClipInfo, probe_clip
from .run import FfmpegFailed, ffmpeg_to_file

PROXY_VERSION = 1
PROXY_FPS = 30
PROXY_MAX_SIDE = 1920
PROXY_GOP = PROXY_FPS  # a keyframe every second
PROXY_CRF = 17
# An intermediate: ``superfast`` (about twice as fast as ``veryfast``) at a slightly lower CRF,
# so that the proxy is made quickly at import and the delivery encode loses nothing visible.
PROXY_PRESET = "superfast"
AUDIO_RATE = 48_000


@dataclass(frozen=True)
class ProxyInfo:
    """What is known of a proxy (stored beside it as JSON)."""

    version: int
    width: int
    height: int
    duration_s: float
    frames: int
    has_audio: bool
    source_rotation: int = 0
    source_fps: float = 0.0
    source_vfr: bool = False
    source_sample_rate: int = 0

    @property
    def fps(self) -> int:
        return PROXY_FPS


def proxy_path(project_folder: Path, media_sha256: str) -> Path:
    """Where the proxy of a clip is (whether or not it has been made)."""
    return Path(project_folder) / "cache" / "proxy" / media_sha256[:2] / f"{media_sha256}.mp4"


def proxy_info_path(project_folder: Path, media_sha256: str) -> Path:
    return proxy_path(project_folder, media_sha256).with_suffix(".json")


def read_proxy_info(project_folder: Path, media_sha256: str) -> ProxyInfo | None:
    """The proxy's description, or ``None`` when the proxy is missing or from an older version."""
    try:
        data = json.loads(proxy_info_path(project_folder, media_sha256).read_text("utf-8"))
        info = ProxyInfo(**data)
    except (OSError, ValueError, TypeError):
        return None
    if info.version != PROXY_VERSION or not proxy_path(project_folder, media_sha256).is_file():
        return None
    return info


def proxy_args(source: Path, clip: ClipInfo) -> list[str]:
    """ffmpeg arguments (without the output) turning ``source`` into a proxy."""
    duration = f"{clip.duration_s:.3f}"
    args = ["-i", str(source)]  # ffmpeg turns the picture upright from the display matrix itself
    if not clip.has_audio:
        args += ["-f", "lavfi", "-t", duration, "-i", f"anullsrc=r={AUDIO_RATE}:cl=stereo"]
    side = PROXY_MAX_SIDE
    vf = (f"scale=w='min(iw,{side})':h='min(ih,{side})':force_original_aspect_ratio=decrease"
          f":force_divisible_by=2:flags=bicubic,fps={PROXY_FPS},format=yuv420p,setsar=1")
    args += [
        "-map", "0:v:0", "-map", "0:a:0" if clip.has_audio else "1:a:0",
        "-t", duration,
        "-vf", vf, "-fps_mode", "cfr",
        "-c:v", "libx264", "-preset", PROXY_PRESET, "-crf", str(PROXY_CRF), "-profile:v", "high",
        "-g", str(PROXY_GOP), "-keyint_min", str(PROXY_GOP), "-sc_threshold", "0",
        "-af", f"aresample={AUDIO_RATE}:async=1:first_pts=0", "-c:a", "aac", "-b:a", "192k",
        "-ar", str(AUDIO_RATE), "-ac", "2",
        "-map_metadata", "-1", "-map_chapters", "-1", "-movflags", "+faststart", "-f", "mp4",
    ]
    return args


def make_proxy(
    source: Path,
    output: Path,
    *,
    clip: ClipInfo | None = None,
    display_name: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ProxyInfo:
    """Write the proxy of ``source`` to ``output`` (and its ``.json``), atomically; returns its description."""
    name = display_name or str(source)
    clip = clip or probe_clip(source, display_name=name)
    try:
        ffmpeg_to_file(proxy_args(source, clip), output, duration_s=clip.duration_s, progress=progress,
                       cancel=cancel, message=Path(name).name)
    except FfmpegFailed as exc:
        # ffmpeg says what went wrong only in words: a full or read-only disk is not a bad clip.
        problem = destination_problem(output.parent)
        detail = str(exc.params.get("detail", ""))
        if problem is None and ("No space left" in detail or "Read-only file system" in detail):
            cause = "no-space" if "No space left" in detail else "read-only"
            problem = WriteFailed(output, "no space left on the device" if cause == "no-space"
                                  else "the folder is on a read-only disk", cause=cause)
        if problem is not None:
            raise problem from exc
        raise MediaRejected(name, f"the video cannot be decoded ({detail})", reason="corrupt") from exc
    try:
        made = probe_clip(output, display_name=name)
    except MediaRejected:
        output.unlink(missing_ok=True)
        raise
    info = ProxyInfo(version=PROXY_VERSION, width=made.size[0], height=made.size[1], duration_s=made.duration_s,
                     frames=made.frame_count, has_audio=clip.has_audio, source_rotation=clip.rotation,
                     source_fps=round(clip.fps, 3), source_vfr=clip.vfr, source_sample_rate=clip.sample_rate)
    with atomic_write(output.with_suffix(".json")) as handle:
        handle.write(json.dumps(asdict(info), indent=1).encode("utf-8"))
    return info


def analyse_clip(project_folder: Path, file: Path, sha256: str, name: str, *, limits: ImportLimits = ImportLimits(),
                 cancel: CancelToken = NEVER_CANCELLED) -> None:
    """The import step of a clip: probe it in depth (truncation, rotation, frame rate) and make its proxy.

    Raises :class:`MediaRejected` for a clip that cannot be used. ``file`` is the import's
    staged copy; on a cancel it is removed, so nothing of a cancelled import stays.
    Returns ``None`` (no faces are stored for clips: renders look for them in the trimmed part).
    """
    try:
        clip = probe_clip(file, limits=limits, display_name=name)
        make_proxy(file, proxy_path(project_folder, sha256), clip=clip, display_name=name, cancel=cancel)
    except Cancelled:
        file.unlink(missing_ok=True)
        raise
    return None


@dataclass(frozen=True)
class ProxySpec:
    """Make the proxy of one clip of a project if it is missing (``force``: make it again)."""

    project: Path
    media_sha256: str
    force: bool = False


def ensure_proxy(spec: ProxySpec, *, progress: ProgressFn = no_progress,
                 cancel: CancelToken = NEVER_CANCELLED) -> Path:
    """The job that returns the proxy of a clip, making it first when it is missing or outdated."""
    from ..store import Project

    info = None if spec.force else read_proxy_info(spec.project, spec.media_sha256)
    target = proxy_path(spec.project, spec.media_sha256)
    if info is not None:
        return target
    # Open while the proxy is made: its temporary file under cache/proxy/ is work in progress,
    # which opening the project sweeps only when nobody has it open.
    with Project.open(spec.project) as project:
        media = project.media(spec.media_sha256)
        if media is None or media.kind != "clip":
            raise NotFound(f"no clip {spec.media_sha256[:12]} in this project")
        source = project.media_path(media.sha256, media.ext)
        name = media.original_name or source.name
        make_proxy(source, target, display_name=name, progress=progress, cancel=cancel)
    return target


def proxy_frames(path: Path, start_s: float = 0.0, end_s: float | None = None, *,
                 size: tuple[int, int] | None = None) -> Iterator[tuple[float, object]]:
    """Yield ``(time_s, rgb)`` for every frame of a proxy from ``start_s`` (inclusive) to ``end_s`` (exclusive).

    ``rgb`` is an ``H×W×3`` uint8 numpy array, resized to ``size`` (width, height) when given.
    The proxy is constant-rate, so the times are ``i / 30``.
    """
    import av

    half = 0.5 / PROXY_FPS
    with av.open(str(path), mode="r", format="mp4", options={"protocol_whitelist": "file"}) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        if start_s > 0:
            container.seek(int(max(0.0, start_s - 1.0) / float(stream.time_base)), stream=stream, backward=True)
        for frame in container.decode(stream):
            if frame.pts is None:
                continue
            t = float(frame.pts * stream.time_base)
            if t < start_s - half:
                continue
            if end_s is not None and t >= end_s - half:
                return
            if size is not None:
                yield t, frame.to_ndarray(format="rgb24", width=size[0], height=size[1])
            else:
                yield t, frame.to_ndarray(format="rgb24")


def proxy_frame_at(path: Path, t: float, *, size: tuple[int, int] | None = None):
    """The RGB frame shown at ``t`` seconds (the last one when ``t`` is past the end), or ``None``."""
    last = None
    for _, rgb in proxy_frames(path, t, t + 1.0 / PROXY_FPS, size=size):
        return rgb
    for _, rgb in proxy_frames(path, max(0.0, t - 1.0), None, size=size):
        last = rgb
    return last
