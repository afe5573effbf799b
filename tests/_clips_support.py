"""Generators of small test clips, made with the bundled ffmpeg (imported by the test_clips_* modules).

Every frame of an *indexed* clip shows its frame number as a grey level (``16 + 3 i``) in
its lower-right part, and a white marker in its top-left quarter, so a decoded frame tells
which source frame it is and which way up it is shown.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np


def ffmpeg() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def run(*args: str) -> None:
    subprocess.run([ffmpeg(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


def grey_of(index: int) -> int:
    return 16 + 3 * index


def index_of(rgb: np.ndarray) -> int:
    """The source frame number shown by a decoded frame of an indexed clip (read in its lower-right part)."""
    h, w = rgb.shape[:2]
    patch = rgb[h * 5 // 8: h * 7 // 8, w * 5 // 8: w * 7 // 8]
    return round((float(patch.mean()) - 16) / 3)


def marker_corner(rgb: np.ndarray) -> str:
    """Which corner the white marker is in: 'top-left', 'top-right', 'bottom-left' or 'bottom-right'."""
    h, w = rgb.shape[:2]
    quarters = {
        "top-left": rgb[: h // 4, : w // 4], "top-right": rgb[: h // 4, -(w // 4):],
        "bottom-left": rgb[-(h // 4):, : w // 4], "bottom-right": rgb[-(h // 4):, -(w // 4):],
    }
    return max(quarters, key=lambda k: float(quarters[k].mean()))


def make_clip(path: Path, *, size: tuple[int, int] = (160, 96), seconds: float = 2.0, fps: int = 30,
              audio: bool = True, sample_rate: int = 44100, channels: int = 1, amplitude: float = 0.05,
              pix_fmt: str = "yuv420p", gop: int = 15, rotation: int = 0, vfr: bool = False,
              faststart: bool = True) -> Path:
    """An indexed clip (H.264 in MP4, or the container of ``path``'s extension)."""
    w, h = size
    frames = round(seconds * fps)
    raw = np.empty((frames, h, w), np.uint8)
    for i in range(frames):
        raw[i] = min(255, grey_of(i))
        raw[i, : h // 4, : w // 4] = 255
    plain = path.with_name(f".{path.stem}.plain{path.suffix}") if rotation else path
    args = ["-f", "rawvideo", "-pix_fmt", "gray", "-s", f"{w}x{h}", "-framerate", str(fps), "-i", "pipe:0"]
    if audio:
        layout = "mono" if channels == 1 else "stereo"
        args += ["-f", "lavfi", "-i",
                 f"anoisesrc=color=pink:amplitude={amplitude}:r={sample_rate}:d={seconds},"
                 f"aformat=channel_layouts={layout}"]
    args += ["-map", "0:v"] + (["-map", "1:a", "-c:a", "aac", "-ar", str(sample_rate)] if audio else ["-an"])
    if vfr:  # the first half at the full rate, then every frame held twice as long
        half = frames // 2
        args += ["-vf", f"setpts='if(lt(N,{half}),N,{half}+(N-{half})*2)/{fps}/TB'", "-fps_mode", "vfr"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-g", str(gop), "-pix_fmt", pix_fmt, "-t", f"{seconds * (1.5 if vfr else 1):.3f}",
             *(["-movflags", "+faststart"] if faststart and path.suffix in (".mp4", ".mov") else []), str(plain)]
    subprocess.run([ffmpeg(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *args], input=raw.tobytes(),
                   check=True)
    if rotation:
        run("-display_rotation", str(rotation), "-i", str(plain), "-c", "copy", str(path))
        plain.unlink()
    return path


def decoded_frames(path: Path) -> list[tuple[float, np.ndarray]]:
    """(time, RGB) of every frame as a player shows it (rotation applied by ffmpeg), via PyAV."""
    import av

    out = []
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        for frame in container.decode(stream):
            rgb = frame.to_ndarray(format="rgb24")
            rotation = int(getattr(frame, "rotation", 0) or 0) % 360
            if rotation:
                rgb = np.ascontiguousarray(np.rot90(rgb, k=rotation // 90))
            out.append((float(frame.pts * stream.time_base), rgb))
    return out


def stream_facts(path: Path) -> dict:
    import av

    with av.open(str(path)) as container:
        v = container.streams.video[0]
        a = container.streams.audio[0] if container.streams.audio else None
        return {
            "codec": v.codec_context.name, "profile": v.codec_context.profile, "pix_fmt": v.codec_context.pix_fmt,
            "size": (v.codec_context.width, v.codec_context.height), "fps": float(v.average_rate or 0),
            "audio_codec": a.codec_context.name if a else None, "audio_profile": a.codec_context.profile if a else None,
            "sample_rate": a.codec_context.sample_rate if a else None,
            "channels": a.codec_context.channels if a else None,
            "duration": float(container.duration or 0) / 1_000_000,
        }
