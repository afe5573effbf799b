"""The gallery's media: reduced image sizes in WebP and JPEG, small web versions of clips, WebVTT.

Everything made here is cached under ``cache/gallery/`` on a key of (source content,
size, format, settings), so a render after a small change only makes what changed. Files
the last render did not use are deleted from that cache at the end of each render (a
withdrawn contribution leaves nothing behind there either). Images carry no metadata.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..fileio import atomic_path, save_image, sha256_file

MEDIA_VERSION = "gallery-media-1"
WEBP_QUALITY = 68
JPEG_QUALITY = 76
CLIP_SHORT_SIDE = 480
CLIP_CRF = 30


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    webp: Path
    jpeg: Path


def cache_dir(project_folder: Path) -> Path:
    return Path(project_folder) / "cache" / "gallery"


def source_key(path: Path) -> str:
    return sha256_file(path)


def _key(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in (MEDIA_VERSION, *parts)).encode()).hexdigest()[:20]


def image_variants(source: Path, widths: tuple[int, ...], cache: Path, *, content_key: str | None = None,
                   aspect: float | None = None, webp: bool = True) -> list[Variant]:
    """The image at ``source`` at each of ``widths`` (never wider than the source), WebP and JPEG
    (JPEG only with ``webp=False``).

    ``aspect`` (width / height) centre-crops the image first (a uniform grid of squares).
    Returns the cached files; an existing file is reused without decoding the source.
    """
    content_key = content_key or source_key(source)
    plan = []
    with _open_upright(source) as probe:
        size = probe.size
    crop_box = _crop_box(size, aspect) if aspect else (0, 0, size[0], size[1])
    cw, ch = crop_box[2] - crop_box[0], crop_box[3] - crop_box[1]
    usable = sorted({min(w, cw) for w in widths})
    for w in usable:
        h = max(1, round(ch * w / cw))
        key = _key(content_key, w, h, aspect or "", WEBP_QUALITY, JPEG_QUALITY)
        plan.append(Variant(w, h, cache / key[:2] / f"{key}.webp", cache / key[:2] / f"{key}.jpg"))
    missing = [v for v in plan if not ((v.webp.is_file() or not webp) and v.jpeg.is_file())]
    if missing:
        from PIL import Image

        with _open_upright(source) as image:
            image = image.crop(crop_box) if crop_box != (0, 0, size[0], size[1]) else image
            for v in sorted(missing, key=lambda v: -v.width):
                small = image.resize((v.width, v.height), Image.Resampling.LANCZOS,
                                     reducing_gap=3.0) if (v.width, v.height) != image.size else image
                if webp:
                    with atomic_path(v.webp, durable=False) as tmp:
                        save_image(small, tmp, "WEBP", quality=WEBP_QUALITY, method=4)
                with atomic_path(v.jpeg, durable=False) as tmp:
                    save_image(small, tmp, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
                image = small  # the next, smaller size from this one: quicker, same quality
    return plan


class _open_upright:
    """An upright RGB image of ``path`` (the exports and previews are upright sRGB already)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self):
        from PIL import Image

        from ..media.reduce import load_photo

        with Image.open(self.path) as probe:
            plain = probe.format in ("JPEG", "PNG", "WEBP") and probe.mode == "RGB" and not probe.getexif()
        self.image = Image.open(self.path).convert("RGB") if plain else load_photo(self.path)
        return self.image

    def __exit__(self, *exc: object) -> None:
        self.image.close()


def _crop_box(size: tuple[int, int], aspect: float) -> tuple[int, int, int, int]:
    w, h = size
    if w / h > aspect:
        cw = round(h * aspect)
        x = (w - cw) // 2
        return (x, 0, x + cw, h)
    ch = round(w / aspect)
    y = (h - ch) // 2
    return (0, y, w, y + ch)


def web_clip(proxy: Path, cache: Path, *, start_s: float, duration_s: float, has_audio: bool, cancel) -> Path:
    """A small H.264/AAC MP4 of the clip (short side ``CLIP_SHORT_SIDE``, fast start), cached."""
    from ..video.run import ffmpeg_to_file

    key = _key(source_key(proxy), round(start_s, 3), round(duration_s, 3), has_audio, CLIP_SHORT_SIDE, CLIP_CRF)
    target = cache / key[:2] / f"{key}.mp4"
    if target.is_file():
        return target
    s = CLIP_SHORT_SIDE
    scale = f"scale='if(gt(iw,ih),-2,{s})':'if(gt(iw,ih),{s},-2)':flags=lanczos"
    args = ["-ss", f"{start_s:.3f}", "-t", f"{duration_s:.3f}", "-i", str(proxy), "-map_metadata", "-1",
            "-vf", scale, "-c:v", "libx264", "-preset", "veryfast", "-crf", str(CLIP_CRF), "-profile:v", "high",
            "-pix_fmt", "yuv420p", "-r", "30"]
    args += ["-c:a", "aac", "-b:a", "64k", "-ac", "2"] if has_audio else ["-an"]
    args += ["-movflags", "+faststart", "-f", "mp4"]
    ffmpeg_to_file(args, target, duration_s=duration_s, cancel=cancel)
    return target


def clip_poster(proxy: Path, cache: Path, *, at_s: float) -> Path:
    """A still of the clip at ``at_s`` (JPEG, cached): the picture shown before it plays."""
    from PIL import Image

    from ..video.proxy import proxy_frame_at

    key = _key(source_key(proxy), "poster", round(at_s, 3))
    target = cache / key[:2] / f"{key}.jpg"
    if target.is_file():
        return target
    rgb = proxy_frame_at(proxy, at_s)
    if rgb is None:
        raise ValueError(f"{proxy}: no frame at {at_s:.2f} s")
    with atomic_path(target, durable=False) as tmp:
        save_image(Image.fromarray(rgb), tmp, "JPEG", quality=90)
    return target


_SRT_TIME = re.compile(r"(\d+):(\d{2}):(\d{2})[,.](\d{1,3})")


def srt_to_vtt(srt: str) -> str:
    """SubRip text as WebVTT: a header, ``.`` before the milliseconds, cue numbers kept as identifiers."""
    text = srt.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").strip()
    out = ["WEBVTT", ""]
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.split("\n")]
        if not any("-->" in line for line in lines):
            continue
        cue = []
        for line in lines:
            if "-->" in line:
                start, _, end = line.partition("-->")
                cue.append(f"{_vtt_time(start)} --> {_vtt_time(end.strip().split(' ')[0])}")
            elif cue:
                cue.append(line.replace("-->", "->"))  # a cue's text must not hold the arrow
            elif line.strip():
                cue.append(line.strip())  # the cue number, kept as its identifier
        out.extend(cue + [""])
    return "\n".join(out)


def _vtt_time(value: str) -> str:
    m = _SRT_TIME.search(value)
    if not m:
        raise ValueError(f"not an SRT time: {value!r}")
    h, mi, s, ms = m.groups()
    return f"{int(h):02d}:{mi}:{s}.{ms.ljust(3, '0')}"


def place(source: Path, target: Path) -> None:
    """Put a cached file into the site being built: a hard link where possible, else a copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        target.hardlink_to(source)
    except OSError:
        shutil.copyfile(source, target)


def prune_cache(cache: Path, keep: set[Path]) -> int:
    """Delete the cached files the last render did not use; returns how many."""
    if not cache.is_dir():
        return 0
    keep_resolved = {p.resolve() for p in keep}
    removed = 0
    for path in cache.rglob("*"):
        if path.is_file() and path.resolve() not in keep_resolved:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
