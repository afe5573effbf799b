"""Probing a clip in depth with PyAV: geometry, rotation, frame rate, audio, keyframes, integrity.

:func:`probe_clip` reads every packet of the video track (demuxing only, no decoding: a
90-s 1080p clip takes a fraction of a second) and decodes the first picture. It finds:

* the picture size as stored and as shown (a portrait phone clip is stored landscape with a
  display rotation of 90°);
* whether the frame rate is variable (phones lower it in the dark);
* the audio track, if any (sample rate, channels);
* the keyframes, where a lossless trim can start;
* a truncated or damaged file: the packets end well before the duration the header
  announces, or the demuxer flags a packet as corrupt.

The container's demuxer is forced from the content (never from the name), and only the
``file`` protocol is allowed, so a playlist or concat list disguised as ``.mp4`` cannot make
PyAV open other files or the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import MediaRejected
from ..media.probe import _DEMUXER, UNKNOWN_CODEC, ImportLimits, describe_unknown, plain_cause, sniff_format

# A file whose packets stop this much before the announced end is truncated.
_TRUNCATION_TOLERANCE_S = 0.5
_TRUNCATION_SHARE = 0.95
# Frame durations varying by more than this share of the median make a clip "variable frame rate".
_VFR_SPREAD = 0.2


@dataclass(frozen=True)
class ClipInfo:
    """What :func:`probe_clip` found. Times are in seconds from the first video frame."""

    path: Path
    format: str  # container, from the content: mp4, mov, matroska, webm, avi, 3gp, m4v
    codec: str
    coded_size: tuple[int, int]  # as stored
    rotation: int  # display rotation, degrees counter-clockwise (0, 90, 180, 270)
    duration_s: float
    frame_count: int
    fps: float  # average frame rate
    vfr: bool
    pix_fmt: str
    has_audio: bool
    audio_codec: str = ""
    sample_rate: int = 0
    channels: int = 0
    keyframes: tuple[float, ...] = ()

    @property
    def size(self) -> tuple[int, int]:
        """The upright picture size (as shown)."""
        w, h = self.coded_size
        return (h, w) if self.rotation in (90, 270) else (w, h)

    def keyframe_at_or_before(self, t: float) -> float:
        """The start of a lossless cut for an in-point ``t``: the last keyframe at or before it."""
        best = self.keyframes[0] if self.keyframes else 0.0
        for k in self.keyframes:
            if k <= t + 1e-6:
                best = k
            else:
                break
        return best

    def as_dict(self) -> dict:
        return {
            "format": self.format, "codec": self.codec, "width": self.size[0], "height": self.size[1],
            "coded_width": self.coded_size[0], "coded_height": self.coded_size[1], "rotation": self.rotation,
            "duration_s": round(self.duration_s, 3), "frames": self.frame_count, "fps": round(self.fps, 3),
            "vfr": self.vfr, "pix_fmt": self.pix_fmt, "audio": self.has_audio, "audio_codec": self.audio_codec,
            "sample_rate": self.sample_rate, "channels": self.channels, "keyframes": len(self.keyframes),
        }


def open_container(path: Path, *, display_name: str | None = None):
    """Open a clip with PyAV, its demuxer forced from its content and only local file access allowed."""
    import av

    name = display_name or str(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise MediaRejected(name, f"cannot be read ({exc.strerror or exc})", reason="unreadable") from exc
    fmt = sniff_format(head)
    if fmt not in _DEMUXER:
        raise MediaRejected(name, describe_unknown(head) if fmt is None else "it is not a video",
                            reason="unsupported")
    try:
        return fmt, av.open(str(path), mode="r", format=_DEMUXER[fmt], options={"protocol_whitelist": "file"})
    except av.error.FFmpegError as exc:
        if fmt in ("mp4", "mov", "m4v", "3gp") and iso_index_missing(path):
            # An MP4/MOV whose index, written last, never arrived.
            raise MediaRejected(name, "the file is truncated: it ends before its index (the 'moov' box)",
                                reason="truncated") from exc
        raise MediaRejected(name, f"the video is damaged or unreadable: {plain_cause(exc, path)}",
                            reason="corrupt") from exc


def probe_clip(path: Path, *, limits: ImportLimits = ImportLimits(), display_name: str | None = None) -> ClipInfo:
    """Everything about the clip at ``path``; raises :class:`MediaRejected` with the reason for a bad one."""
    import av

    name = display_name or str(path)
    fmt, container = open_container(path, display_name=name)
    try:
        with container:
            if not container.streams.video:
                raise MediaRejected(name, "the file has no video track", reason="no-video")
            stream = container.streams.video[0]
            ctx = stream.codec_context
            if ctx is None:
                raise MediaRejected(name, UNKNOWN_CODEC, reason="unsupported")
            width, height = ctx.width, ctx.height
            if not width or not height:
                raise MediaRejected(name, "the video track has no picture size", reason="corrupt")
            if max(width, height) > limits.max_video_side:
                raise MediaRejected(name, f"the video is {width}×{height}, over the limit of "
                                    f"{limits.max_video_side} pixels a side", reason="too-many-pixels")
            announced = _announced_duration(container, stream)
            if announced is not None and announced > limits.max_video_seconds:
                raise MediaRejected(name, f"the video lasts {_span(announced)}, over the limit of "
                                    f"{_span(limits.max_video_seconds)}", reason="too-long")
            # An audio track in a codec nobody can decode counts as no sound (the proxy gets silence).
            audio = container.streams.audio[0] if container.streams.audio else None
            audio = audio if audio is not None and audio.codec_context is not None else None
            pts, keys, corrupt = _scan_packets(container, stream)
            if not pts:
                raise MediaRejected(name, "the video track holds no pictures", reason="corrupt")
            tb = float(stream.time_base)
            start = pts[0]
            ends = sorted(pts)
            deltas = [b - a for a, b in zip(ends, ends[1:]) if b > a]
            median = sorted(deltas)[len(deltas) // 2] if deltas else 0
            frame_s = median * tb if median else 1 / 30
            data_end = (ends[-1] - start) * tb + frame_s
            duration = data_end
            if announced is not None and announced > 0:
                if corrupt or data_end < min(announced * _TRUNCATION_SHARE, announced - _TRUNCATION_TOLERANCE_S):
                    raise MediaRejected(name, f"the file is truncated or damaged: its pictures end at "
                                        f"{data_end:.1f} s of the {announced:.1f} s it announces", reason="truncated")
            elif corrupt:
                raise MediaRejected(name, "the file is damaged (corrupt video data)", reason="corrupt")
            if duration > limits.max_video_seconds:
                raise MediaRejected(name, f"the video lasts {_span(duration)}, over the limit of "
                                    f"{_span(limits.max_video_seconds)}", reason="too-long")
            vfr = bool(deltas) and (max(deltas) - min(deltas)) > _VFR_SPREAD * median
            container.seek(0)
            first = None
            try:
                for frame in container.decode(stream):
                    first = frame
                    break
            except av.error.FFmpegError:
                first = None
            if first is None:
                raise MediaRejected(name, "no picture could be decoded from the video", reason="corrupt")
            rotation = int(getattr(first, "rotation", 0) or 0) % 360
            pix_fmt = first.format.name if first.format is not None else (ctx.pix_fmt or "")
            return ClipInfo(
                path=Path(path), format=fmt, codec=ctx.name, coded_size=(width, height),
                rotation=rotation if rotation in (0, 90, 180, 270) else 0,
                duration_s=round(duration, 4), frame_count=len(pts),
                fps=(len(pts) - 1) / (data_end - frame_s) if len(pts) > 1 and data_end > frame_s else 1 / frame_s,
                vfr=vfr, pix_fmt=pix_fmt, has_audio=audio is not None,
                audio_codec=audio.codec_context.name if audio is not None else "",
                sample_rate=int(audio.codec_context.sample_rate or 0) if audio is not None else 0,
                channels=int(audio.codec_context.channels or 0) if audio is not None else 0,
                keyframes=tuple(round((k - start) * tb, 6) for k in sorted(keys)),
            )
    except MediaRejected:
        raise
    except av.error.FFmpegError as exc:
        raise MediaRejected(name, f"the video is damaged or unreadable: {plain_cause(exc, path)}",
                            reason="corrupt") from exc
    except (ValueError, OSError, EOFError, ZeroDivisionError, TypeError, OverflowError) as exc:
        raise MediaRejected(name, f"the video is damaged or unreadable: {plain_cause(exc, path)}",
                            reason="corrupt") from exc


def iso_index_missing(path: Path) -> bool:
    """Whether an ISO media file (MP4/MOV) has no ``moov`` box among its top-level boxes, or one cut short."""
    import struct

    try:
        size_total = path.stat().st_size
        with open(path, "rb") as handle:
            offset = 0
            while offset + 8 <= size_total:
                handle.seek(offset)
                size, kind = struct.unpack(">I4s", handle.read(8))
                if size == 1:
                    size = struct.unpack(">Q", handle.read(8))[0]
                elif size == 0:
                    size = size_total - offset
                if kind == b"moov":
                    return offset + size > size_total
                if size < 8:
                    return True
                offset += size
    except (OSError, struct.error):
        return True
    return True


def _span(seconds: float) -> str:
    return f"{seconds:.1f} s" if seconds < 120 else f"{seconds / 60:.0f} minutes"


def _announced_duration(container, stream) -> float | None:
    if stream.duration is not None and stream.time_base is not None and stream.duration > 0:
        return float(stream.duration * stream.time_base)
    if container.duration is not None and container.duration > 0:
        return container.duration / 1_000_000
    return None


def _scan_packets(container, stream) -> tuple[list[int], list[int], bool]:
    """(pts of every picture, pts of keyframes, a corrupt packet seen) — demuxing only."""
    import av

    pts: list[int] = []
    keys: list[int] = []
    corrupt = False
    try:
        for packet in container.demux(stream):
            if packet.pts is None or packet.size == 0:
                continue
            corrupt = corrupt or packet.is_corrupt
            pts.append(packet.pts)
            if packet.is_keyframe:
                keys.append(packet.pts)
    except av.error.FFmpegError:
        corrupt = True
    if not pts:
        return pts, keys, corrupt
    start = min(pts)
    if not keys or min(keys) > start:
        keys.insert(0, start)
    return sorted(pts), keys, corrupt
