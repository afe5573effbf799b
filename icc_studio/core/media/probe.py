"""Recognise a contributed file by its content (never its name) and read its properties.

Everything here only reads. A file that cannot be used raises
:class:`~icc_studio.core.errors.MediaRejected` with a sentence saying why.
"""

from __future__ import annotations

import re
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..errors import MediaRejected
from ..store.models import MediaInfo, MediaKind

# format -> (kind, stored extension)
IMAGE_FORMATS = {
    "jpeg": "jpg",
    "png": "png",
    "gif": "gif",
    "webp": "webp",
    "tiff": "tif",
    "heif": "heic",
}
VIDEO_FORMATS = {
    "mp4": "mp4",
    "mov": "mov",
    "m4v": "m4v",
    "3gp": "3gp",
    "matroska": "mkv",
    "webm": "webm",
    "avi": "avi",
}
UNKNOWN_CODEC = "its video track is in a codec that cannot be decoded"
# PyAV demuxer forced for each recognised container, so no other demuxer (playlists,
# concat lists, network protocols) can ever be chosen by probing.
_DEMUXER = {"mp4": "mp4", "mov": "mov", "m4v": "mp4", "3gp": "3gp", "matroska": "matroska", "webm": "matroska", "avi": "avi"}

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}
_MP4_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"dash", b"M4A ", b"f4v "}
_MOV_BRANDS = {b"qt  "}
_M4V_BRANDS = {b"M4V ", b"M4VH", b"M4VP"}


@dataclass(frozen=True)
class ImportLimits:
    """What the app accepts; configurable per project."""

    max_pixels: int = 100_000_000  # 100 MP: beyond any phone or camera photo
    max_image_bytes: int = 200 * 1024 * 1024
    max_video_bytes: int = 4 * 1024 * 1024 * 1024
    max_video_seconds: float = 15 * 60
    max_video_side: int = 4096


def sniff_format(head: bytes) -> str | None:
    """The format of a file from its first bytes, or ``None`` when it is not one we take."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "avi"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "webm" if b"webm" in head[:64] else "matroska"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        compatible = {head[i : i + 4] for i in range(16, min(len(head), 64), 4)}
        if brand in _HEIF_BRANDS:
            return "heif"
        if brand in _MOV_BRANDS:
            return "mov"
        if brand in _M4V_BRANDS:
            return "m4v"
        if brand.startswith(b"3g"):
            return "3gp"
        if brand in _MP4_BRANDS or compatible & _MP4_BRANDS:
            return "mp4"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip"):
        return "mov"  # old QuickTime files without an ftyp box
    return None


def describe_unknown(head: bytes) -> str:
    """A plain-words guess of what an unsupported file is, for the rejection message."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head:
        return "the file is empty"
    if text.startswith(b"#extm3u") or text.startswith(b"#ext-x-"):
        return "it is a playlist, not a video (only video files are accepted)"
    if text.startswith(b"ffconcat") or text.startswith(b"file "):
        return "it is a concat list, not a video (only video files are accepted)"
    if head.startswith(b"%PDF"):
        return "it is a PDF document, not a photo or a video"
    if head.startswith(b"%!PS") or head.startswith(b"\xc5\xd0\xd3\xc6"):
        return "it is a PostScript/EPS file, not a photo or a video"
    if text.startswith(b"<"):
        return "it is an HTML or XML document, not a photo or a video"
    if head.startswith(b"PK\x03\x04"):
        return "it is a zip archive (import contribution packages with 'package import')"
    if head[4:8] == b"ftyp":
        return f"it is an ISO media file of an unsupported kind ({head[8:12].decode('latin-1').strip()})"
    if all(32 <= b < 127 or b in (9, 10, 13) for b in head[:256]):
        return "it is a text file, not a photo or a video"
    return "its content is not a supported photo or video format"


def probe_media(
    path: Path, *, limits: ImportLimits = ImportLimits(), display_name: str | None = None, decode: bool = True
) -> MediaInfo:
    """Recognise and check ``path``; raises :class:`MediaRejected` naming ``display_name``.

    With ``decode=False`` a photo is only checked from its header (format, size, pixel limit):
    the caller then decodes it itself and must treat a decoding error as a rejection.
    """
    name = display_name or str(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise MediaRejected(name, f"cannot be read ({exc.strerror or exc})", reason="unreadable") from exc
    if size == 0:
        raise MediaRejected(name, "the file is empty", reason="empty")
    fmt = sniff_format(head)
    if fmt is None:
        raise MediaRejected(name, describe_unknown(head), reason="unsupported")
    if fmt in IMAGE_FORMATS:
        if size > limits.max_image_bytes:
            raise MediaRejected(name, f"the image file is too large ({size // 2**20} MB)", reason="too-large")
        return _probe_image(path, fmt, name, limits, decode)
    if size > limits.max_video_bytes:
        raise MediaRejected(name, f"the video file is too large ({size // 2**20} MB)", reason="too-large")
    return _probe_video(path, fmt, name, limits)


def _probe_image(path: Path, fmt: str, name: str, limits: ImportLimits, decode: bool = True) -> MediaInfo:
    from PIL import Image

    if fmt == "heif":
        _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # Pillow's notes on damaged metadata, not for the console
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > limits.max_pixels:
                    raise MediaRejected(
                        name,
                        f"the image is {width}×{height} pixels, over the limit of {limits.max_pixels // 1_000_000} megapixels",
                        reason="too-many-pixels",
                    )
                if decode:
                    if fmt == "jpeg":
                        image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                    image.load()  # decodes everything: truncated or corrupt data fails here
                # Pillow's TIFF reader already gives the upright size (and turns the pixels when decoding).
                orientation = exif_orientation(image) if fmt in ("jpeg", "webp", "png", "heif") else 1
    except MediaRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaRejected(name, bomb_message(exc, limits), reason="bomb") from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError, struct.error,
            MemoryError) as exc:
        raise MediaRejected(name, f"the image is damaged or truncated: {plain_cause(exc, path)}",
                            reason="corrupt") from exc
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return MediaInfo(kind=MediaKind.PHOTO, format=fmt, ext=IMAGE_FORMATS[fmt], width=width, height=height)


def exif_orientation(image) -> int:
    """The EXIF orientation of an open image (1 when there is none, or when the EXIF block is broken:
    damaged metadata never costs a resident their picture)."""
    try:
        value = image.getexif().get(0x0112, 1)
    except Exception:  # noqa: BLE001 - any failure to parse metadata means "no orientation"
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def bomb_message(exc: BaseException, limits: ImportLimits = ImportLimits()) -> str:
    """The refusal of a decompression bomb in plain words, with the pixels its header claims."""
    from PIL import Image

    found = re.search(r"\((\d+) pixels\)", str(exc))
    limit = min(limits.max_pixels, Image.MAX_IMAGE_PIXELS or limits.max_pixels)
    claim = f"{int(found.group(1)) / 1_000_000:,.0f} megapixels" if found else "more pixels than any photo"
    return (f"its header claims {claim}, over the limit of {limit / 1_000_000:.0f} megapixels: refused as a "
            "decompression bomb (a small file that would fill the memory)")


# What decoders say (Pillow, pillow-heif, FFmpeg), in plain words; the first match wins.
_PLAIN_CAUSES = (
    ("cannot identify image file", "its content is not a readable image"),
    ("image file is truncated", "the data ends before the picture does"),
    ("truncated file read", "the data ends before the picture does"),
    ("unexpected end of file", "the data ends before the picture does"),
    ("end of data", "the data ends before the picture does"),
    ("broken data stream", "the compressed picture data is damaged"),
    ("unrecognized data stream", "the compressed picture data is damaged"),
    ("error -3 while decompressing", "the compressed picture data is damaged"),
    ("crc check failed", "a checksum does not match (the data was altered)"),
    ("could not create decoder object", "the picture data cannot be decoded"),
    ("failed to read next frame", "the picture data cannot be decoded"),
    ("did not give a decompressed image", "the picture data cannot be decoded"),
    ("cannot load this image", "the picture data is missing"),
    ("decompressed data too large", "a metadata block would inflate to an unreasonable size"),
    ("not a tiff file", "an embedded metadata block is not valid"),
    ("invalid data found when processing input", "the data is not valid"),
    ("invalid input", "its headers are not valid"),
    ("invalid parameter", "its headers are not valid"),
    ("cannot allocate memory", "the picture would need more memory than is reasonable"),
)


def plain_cause(exc: BaseException, *paths: Path) -> str:
    """Why a decoder failed, in words for the user: never a temporary file's path or a Python object's repr."""
    if isinstance(exc, MemoryError):
        return "the picture would need more memory than is reasonable"
    text = " ".join(str(exc).split())
    lowered = text.lower()
    for needle, words in _PLAIN_CAUSES:
        if needle in lowered:
            return words
    for path in paths:
        text = text.replace(f"'{path}'", "").replace(str(path), "")
    text = re.sub(r"<[^<>]* object at 0x[0-9a-f]+>", "", text)
    text = re.sub(r"\[Errno -?\d+\]\s*", "", text).strip(" :")
    return text or type(exc).__name__


def _probe_video(path: Path, fmt: str, name: str, limits: ImportLimits) -> MediaInfo:
    import av

    try:
        with av.open(str(path), mode="r", format=_DEMUXER[fmt], options={"protocol_whitelist": "file"}) as container:
            streams = container.streams.video
            if not streams:
                raise MediaRejected(name, "the file has no video track", reason="no-video")
            stream = streams[0]
            if stream.codec_context is None:
                raise MediaRejected(name, UNKNOWN_CODEC, reason="unsupported")
            width, height = stream.codec_context.width, stream.codec_context.height
            duration = _duration_seconds(container, stream)
            if not width or not height:
                raise MediaRejected(name, "the video track has no picture size", reason="corrupt")
            if max(width, height) > limits.max_video_side:
                raise MediaRejected(name, f"the video is {width}×{height}, over the limit of {limits.max_video_side} pixels a side", reason="too-many-pixels")
            if duration is None or duration <= 0:
                raise MediaRejected(name, "the video's duration cannot be read", reason="corrupt")
            if duration > limits.max_video_seconds:
                raise MediaRejected(name, f"the video lasts {duration / 60:.0f} minutes, over the limit of {limits.max_video_seconds / 60:.0f} minutes", reason="too-long")
            # Decoding the first frame proves the data is really there and decodable.
            first = next(iter(container.decode(stream)), None)
            if first is None:
                raise MediaRejected(name, "no picture could be decoded from the video", reason="corrupt")
    except MediaRejected:
        raise
    except av.error.FFmpegError as exc:
        from ..video.probe import iso_index_missing

        if fmt in ("mp4", "mov", "m4v", "3gp") and iso_index_missing(path):
            raise MediaRejected(name, "the file is truncated: it ends before its index (the 'moov' box)",
                                reason="truncated") from exc
        raise MediaRejected(name, f"the video is damaged or unreadable: {plain_cause(exc, path)}",
                            reason="corrupt") from exc
    except (ValueError, OSError, EOFError, TypeError, ZeroDivisionError, OverflowError) as exc:
        raise MediaRejected(name, f"the video is damaged or unreadable: {plain_cause(exc, path)}",
                            reason="corrupt") from exc
    rotation = int(getattr(first, "rotation", 0) or 0) % 360
    if rotation in (90, 270):
        width, height = height, width
    return MediaInfo(kind=MediaKind.CLIP, format=fmt, ext=VIDEO_FORMATS[fmt], width=width, height=height,
                     duration_s=round(duration, 3))


def _duration_seconds(container, stream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000
    return None


_heif_registered = False


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _heif_registered = True
