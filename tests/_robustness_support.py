"""A corpus of bad (and good) contributed files, generated on the fly, with what the import must do with each.

``write_corpus(folder)`` writes some 270 files into ``folder`` and returns, for each file (its
path relative to ``folder``), an :class:`Expect`: imported or refused, the reason codes a
refusal may give, and for a good photo or clip its upright size. Nothing binary is kept in
the repository: every file is made here from a seed, with Pillow, pillow-heif and the bundled
ffmpeg (through the generators of ``tests/_clips_support.py``).

The families: truncated and corrupt images of every supported format (JPEG, PNG, WebP, GIF,
HEIC, TIFF), decompression bombs (huge dimensions in a small file, huge GIF frames, a huge
later GIF or TIFF frame), wrong extensions (TIFF, PDF, EPS, text, HTML, SVG, zip named
``.jpg``), empty and random files, unusual pixel formats (CMYK, 16-bit, palette with
transparency, float), the eight EXIF orientations and broken EXIF blocks, and clips: cut in
half, playlists and concat lists disguised as ``.mp4``, rotation metadata, variable frame
rate, no sound, a header claiming three hours, an unknown codec, no video track.

The second part, ``disk_scenario``, holds the full-disk and read-only scenarios of
``tests/test_robust_disk.py``, run in a child process in its own mount namespace
(``python -m tests._robustness_support SCENARIO WORK``).
"""

from __future__ import annotations

import io
import json
import random
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

IMPORTED = "imported"
REJECTED = "rejected"
EITHER = "either"  # a damaged file that may still decode into a picture: importing it is fine, crashing is not

# Reason codes a refusal may carry (icc_studio.core.importing.FileResult.reason_code).
CORRUPT = frozenset({"corrupt", "truncated"})
BOMB = frozenset({"bomb", "too-many-pixels"})
UNSUPPORTED = frozenset({"unsupported"})


@dataclass(frozen=True)
class Expect:
    outcome: str  # IMPORTED, REJECTED or EITHER
    group: str  # the family of the case, for the summary
    reasons: frozenset[str] = frozenset()  # reason codes a refusal may give (empty: any)
    kind: str = "photo"  # "photo" or "clip": what an imported file becomes (and its time bound)
    size: tuple[int, int] | None = None  # the upright size of an imported file, when known


# -- small images -----------------------------------------------------------------------------------------


def picture(size=(96, 64), seed: int = 0) -> Image.Image:
    """An RGB picture whose every flip and rotation differs (a red block top-left, a blue bar below), unique per seed."""
    rng = np.random.default_rng(seed)
    w, h = size
    pixels = np.empty((h, w, 3), np.uint8)
    pixels[...] = rng.integers(40, 215, 3, dtype=np.uint8)
    pixels[..., 0] = np.clip(pixels[..., 0].astype(int) + np.linspace(0, 40, w, dtype=int)[None, :], 0, 255)
    pixels[: h // 3, : w // 3] = (220, 30, 30)
    pixels[-h // 6:, :] = (30, 60, 200)
    noise = rng.integers(0, 12, (h, w, 1), dtype=np.uint8)
    return Image.fromarray(np.clip(pixels.astype(int) + noise, 0, 255).astype(np.uint8))


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.from_pillow(image).save(buffer, quality=options.get("quality", 80))
    else:
        image.save(buffer, fmt, **options)
    return buffer.getvalue()


FORMATS = {  # Pillow format → extension of the corpus file
    "JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "HEIF": "heic", "TIFF": "tif",
}


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_with_header(width: int, height: int, *, depth: int = 8, colour: int = 2, idat: bytes | None = None,
                    extra: bytes = b"") -> bytes:
    """A PNG whose IHDR claims ``width``×``height`` with only a little compressed data."""
    ihdr = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    data = idat if idat is not None else zlib.compress(b"\x00" * 4096, 9)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + extra + _png_chunk(b"IDAT", data)
            + _png_chunk(b"IEND", b""))


def jpeg_with_size(data: bytes, width: int, height: int) -> bytes:
    """``data`` (a baseline JPEG) with its frame header (SOF0) claiming ``width``×``height``."""
    at = data.index(b"\xff\xc0")
    patched = bytearray(data)
    struct.pack_into(">HH", patched, at + 5, height, width)
    return bytes(patched)


def webp_with_size(data: bytes, width: int, height: int) -> bytes:
    """A lossy WebP whose VP8 key frame header claims ``width``×``height`` (at most 16383)."""
    at = data.index(b"\x9d\x01\x2a")
    patched = bytearray(data)
    struct.pack_into("<HH", patched, at + 3, width & 0x3FFF, height & 0x3FFF)
    return bytes(patched)


def gif_frames(data: bytes) -> list[int]:
    """Offsets of the image descriptors (0x2C) of a GIF, walking its blocks."""
    flags = data[10]
    at = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    found = []
    while at < len(data):
        marker = data[at]
        if marker == 0x3B:  # trailer
            break
        if marker == 0x21:  # extension: label, then sub-blocks
            at += 2
        elif marker == 0x2C:
            found.append(at)
            local = data[at + 9]
            at += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0) + 1  # + LZW minimum code size
        else:
            raise ValueError(f"unexpected GIF block {marker:#x} at {at}")
        while data[at]:  # sub-blocks until the empty one
            at += data[at] + 1
        at += 1
    return found


def gif_with_frame_size(data: bytes, frame: int, width: int, height: int, *, screen: bool = False) -> bytes:
    patched = bytearray(data)
    struct.pack_into("<HH", patched, gif_frames(data)[frame] + 5, width, height)
    if screen:
        struct.pack_into("<HH", patched, 6, width, height)
    return bytes(patched)


def tiff_pages(data: bytes) -> list[int]:
    """Offsets of the IFDs of a little-endian TIFF."""
    assert data[:4] == b"II*\x00"
    offsets = []
    at = struct.unpack_from("<I", data, 4)[0]
    while at and at not in offsets:
        offsets.append(at)
        count = struct.unpack_from("<H", data, at)[0]
        at = struct.unpack_from("<I", data, at + 2 + 12 * count)[0]
    return offsets


def tiff_with_page_size(data: bytes, page: int, width: int, height: int) -> bytes:
    """A TIFF whose page ``page`` claims ``width``×``height`` (ImageWidth, ImageLength as LONG values)."""
    patched = bytearray(data)
    at = tiff_pages(data)[page]
    count = struct.unpack_from("<H", data, at)[0]
    for i in range(count):
        entry = at + 2 + 12 * i
        tag = struct.unpack_from("<H", data, entry)[0]
        if tag in (256, 257):
            struct.pack_into("<HII", patched, entry + 2, 4, 1, width if tag == 256 else height)
    return bytes(patched)


def heif_with_size(data: bytes, width: int, height: int) -> bytes:
    """A HEIF whose image spatial extents (``ispe``) claim ``width``×``height``."""
    patched = bytearray(data)
    at = data.index(b"ispe")
    struct.pack_into(">II", patched, at + 8, width, height)
    return bytes(patched)


def with_app1(jpeg: bytes, payload: bytes) -> bytes:
    """A JPEG with an APP1 segment holding ``payload`` right after its start marker."""
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + segment + jpeg[2:]


def flip_bytes(data: bytes, seed: int, count: int, start: int) -> bytes:
    """``data`` with ``count`` bytes past ``start`` replaced by random ones."""
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(count):
        at = rng.randrange(start, len(out))
        out[at] = rng.randrange(256)
    return bytes(out)


# -- the corpus -------------------------------------------------------------------------------------------


class _Corpus:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.expected: dict[str, Expect] = {}
        self.seed = 0

    def next_seed(self) -> int:
        self.seed += 1
        return self.seed

    def add(self, name: str, data: bytes, expect: Expect) -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        assert name not in self.expected, name
        path.write_bytes(data)
        self.expected[name] = expect
        return path

    def good(self, fmt: str, size=(96, 64), **options) -> bytes:
        return encode(picture(size, self.next_seed()), fmt, **options)


def write_corpus(folder: Path, *, clips: bool = True) -> dict[str, Expect]:
    """Write the corpus into ``folder``; returns {path relative to ``folder``: what the import must do}."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = _Corpus(folder)
    _good_photos(corpus)
    _truncated(corpus)
    _corrupt(corpus)
    _bombs(corpus)
    _wrong_extensions(corpus)
    _empty_and_random(corpus)
    _pixel_formats(corpus)
    _exif(corpus)
    if clips:
        _clips(corpus)
    return corpus.expected


def _good_photos(c: _Corpus) -> None:
    g = "good photo"
    for fmt, ext in FORMATS.items():
        c.add(f"good/plain.{ext}", c.good(fmt), Expect(IMPORTED, g, size=(96, 64)))
    c.add("good/progressive.jpg", c.good("JPEG", progressive=True, quality=80), Expect(IMPORTED, g, size=(96, 64)))
    c.add("good/interlaced.png", c.good("PNG", interlace=1), Expect(IMPORTED, g, size=(96, 64)))
    c.add("good/lossless.webp", c.good("WEBP", lossless=True), Expect(IMPORTED, g, size=(96, 64)))
    frames = [picture((80, 60), c.next_seed()) for _ in range(3)]
    c.add("good/animated.gif", _save_all(frames, "GIF", duration=80, loop=0), Expect(IMPORTED, g, size=(80, 60)))
    c.add("good/animated.webp", _save_all(frames, "WEBP", duration=80), Expect(IMPORTED, g, size=(80, 60)))
    c.add("good/pages.tif", _save_all(frames, "TIFF"), Expect(IMPORTED, g, size=(80, 60)))
    for compression in ("tiff_lzw", "tiff_adobe_deflate", "packbits", "jpeg"):
        c.add(f"good/{compression}.tif", c.good("TIFF", compression=compression), Expect(IMPORTED, g, size=(96, 64)))
    c.add("good/big-endian.tif", _big_endian_tiff(picture((64, 48), c.next_seed())), Expect(IMPORTED, g, size=(64, 48)))
    c.add("good/portrait.heic", c.good("HEIF", size=(64, 96)), Expect(IMPORTED, g, size=(64, 96)))
    # The largest photo under Pillow's decompression-bomb threshold (89.5 MP): a huge but legitimate picture,
    # tiny on disk; decoding it must stay within the memory bound.
    c.add("good/huge-89mp.png", png_with_header(9450, 9450, colour=0, idat=_blank_rows(9450, 9450, 1)),
          Expect(IMPORTED, g, size=(9450, 9450)))
    c.add("good/huge-89mp-16bit.png", png_with_header(9450, 9450, depth=16, colour=0,
                                                      idat=_blank_rows(9450, 9450, 2)),
          Expect(IMPORTED, g, size=(9450, 9450)))
    palette = _png_chunk(b"PLTE", bytes(range(256)) * 3) + _png_chunk(b"tRNS", b"\x00")
    c.add("good/huge-89mp-palette.png", png_with_header(9450, 9450, colour=3, idat=_blank_rows(9450, 9450, 1),
                                                        extra=palette),
          Expect(IMPORTED, g, size=(9450, 9450)))


def _blank_rows(width: int, height: int, channels: int) -> bytes:
    """The zlib stream of ``height`` rows of mid-grey pixels (filter byte 0), compressed row by row."""
    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\x80" * (width * channels)
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    return b"".join(parts)


def _save_all(frames, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    frames[0].save(buffer, fmt, save_all=True, append_images=frames[1:], **options)
    return buffer.getvalue()


def _big_endian_tiff(image: Image.Image) -> bytes:
    """A big-endian ("MM") uncompressed RGB TIFF, written by hand (Pillow writes little-endian)."""
    w, h = image.size
    pixels = image.tobytes()
    entries = [(256, 4, 1, w), (257, 4, 1, h), (258, 3, 3, 0), (259, 3, 1, 1), (262, 3, 1, 2),
               (273, 4, 1, 0), (277, 3, 1, 3), (278, 4, 1, h), (279, 4, 1, len(pixels))]
    ifd_at = 8
    bps_at = ifd_at + 2 + 12 * len(entries) + 4
    data_at = bps_at + 6
    out = bytearray(b"MM\x00*" + struct.pack(">I", ifd_at) + struct.pack(">H", len(entries)))
    for tag, kind, count, value in entries:
        if tag == 258:
            out += struct.pack(">HHII", tag, kind, count, bps_at)
        elif tag == 273:
            out += struct.pack(">HHII", tag, kind, count, data_at)
        elif kind == 3:
            out += struct.pack(">HHIHH", tag, kind, count, value, 0)
        else:
            out += struct.pack(">HHII", tag, kind, count, value)
    out += struct.pack(">I", 0) + struct.pack(">HHH", 8, 8, 8) + pixels
    return bytes(out)


def _truncated(c: _Corpus) -> None:
    for fmt, ext in FORMATS.items():
        whole = c.good(fmt, size=(160, 120))
        for share in (0.1, 0.3, 0.6, 0.85):
            cut = max(24, int(len(whole) * share))
            # A GIF or TIFF cut late may still hold its whole first picture: importing it is acceptable.
            expect = EITHER if (share > 0.5 and fmt in ("GIF", "TIFF")) else REJECTED
            c.add(f"truncated/{ext}-{round(share * 100)}.{ext}", whole[:cut], Expect(expect, "truncated", CORRUPT))
    whole = c.good("HEIF", size=(160, 120))
    c.add("truncated/heic-header-only.heic", whole[:40], Expect(REJECTED, "truncated", CORRUPT | UNSUPPORTED))


def _corrupt(c: _Corpus) -> None:
    g = "corrupt"
    # Deliberate damage with a certain outcome.
    png = c.good("PNG")
    at = png.index(b"IDAT") + 4
    c.add("corrupt/png-idat-garbage.png", png[:at] + bytes(random.Random(1).randbytes(200)) + png[at + 200:],
          Expect(REJECTED, g, CORRUPT))
    c.add("corrupt/png-no-idat.png", png_with_header(64, 48, idat=b"")[:-12 - 12] + _png_chunk(b"IEND", b""),
          Expect(REJECTED, g, CORRUPT))
    c.add("corrupt/png-bad-ihdr.png", png_with_header(64, 48, depth=7), Expect(REJECTED, g, CORRUPT))
    c.add("corrupt/png-zero-size.png", png_with_header(0, 0), Expect(REJECTED, g, CORRUPT | BOMB))
    jpeg = c.good("JPEG")
    c.add("corrupt/jpeg-zero-width.jpg", jpeg_with_size(jpeg, 0, 64), Expect(REJECTED, g, CORRUPT))
    c.add("corrupt/jpeg-only-markers.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
          + b"\xff\xd9", Expect(REJECTED, g, CORRUPT))
    # Without Huffman tables libjpeg falls back on the standard ones (as in Motion JPEG): it may decode.
    c.add("corrupt/jpeg-no-huffman.jpg", _drop_segment(jpeg, b"\xff\xc4"), Expect(EITHER, g, CORRUPT))
    gif = c.good("GIF")
    c.add("corrupt/gif-no-frames.gif", gif[:13 + 3 * 256] + b";", Expect(REJECTED, g, CORRUPT))
    tif = c.good("TIFF")
    c.add("corrupt/tiff-ifd-past-end.tif", tif[:4] + struct.pack("<I", len(tif) + 10_000) + tif[8:],
          Expect(REJECTED, g, CORRUPT))
    c.add("corrupt/tiff-ifd-loop.tif", _tiff_ifd_loop(tif), Expect(EITHER, g, CORRUPT))
    webp = c.good("WEBP")
    c.add("corrupt/webp-bad-chunk-size.webp", webp[:16] + struct.pack("<I", 0x7FFFFFF0) + webp[20:],
          Expect(REJECTED, g, CORRUPT))
    heic = c.good("HEIF")
    at = heic.index(b"mdat") + 8
    c.add("corrupt/heic-garbage-data.heic", heic[:at] + bytes(random.Random(2).randbytes(len(heic) - at)),
          Expect(EITHER, g, CORRUPT))
    # Random damage (a fuzzer's first step), anywhere past the signature and then in the headers only:
    # whatever the outcome, a reason and no crash.
    for fmt, ext in FORMATS.items():
        whole = c.good(fmt, size=(128, 96))
        for n in range(10):
            c.add(f"corrupt/{ext}-fuzz{n}.{ext}", flip_bytes(whole, seed=zlib.crc32(f"{ext}{n}".encode()),
                                                              count=4 + 6 * n, start=min(16, len(whole) - 1)),
                  Expect(EITHER, "fuzzed", CORRUPT | BOMB | UNSUPPORTED))
        for n in range(4):
            head = flip_bytes(whole[:200], seed=zlib.crc32(f"{ext}-head{n}".encode()), count=2 + 2 * n, start=12)
            c.add(f"corrupt/{ext}-header-fuzz{n}.{ext}", head + whole[200:],
                  Expect(EITHER, "fuzzed", CORRUPT | BOMB | UNSUPPORTED))


def _drop_segment(jpeg: bytes, marker: bytes) -> bytes:
    """``jpeg`` without its segments of type ``marker`` (e.g. every Huffman table)."""
    out, at = bytearray(jpeg[:2]), 2
    while at < len(jpeg) and jpeg[at] == 0xFF and jpeg[at + 1] != 0xDA:
        length = struct.unpack_from(">H", jpeg, at + 2)[0]
        if jpeg[at: at + 2] != marker:
            out += jpeg[at: at + 2 + length]
        at += 2 + length
    return bytes(out + jpeg[at:])


def _tiff_ifd_loop(data: bytes) -> bytes:
    """A TIFF whose first IFD names itself as the next one (an endless chain of pages)."""
    patched = bytearray(data)
    at = tiff_pages(data)[0]
    count = struct.unpack_from("<H", data, at)[0]
    struct.pack_into("<I", patched, at + 2 + 12 * count, at)
    return bytes(patched)


def _bombs(c: _Corpus) -> None:
    g = "bomb"
    c.add("bomb/png-60000.png", png_with_header(60000, 60000), Expect(REJECTED, g, BOMB))
    c.add("bomb/png-16bit-rgba-30000.png", png_with_header(30000, 30000, depth=16, colour=6), Expect(REJECTED, g, BOMB))
    c.add("bomb/png-just-over.png", png_with_header(10100, 10000, colour=0), Expect(REJECTED, g, BOMB))
    c.add("bomb/jpeg-65000.jpg", jpeg_with_size(c.good("JPEG"), 65000, 65000), Expect(REJECTED, g, BOMB))
    c.add("bomb/jpeg-wide.jpg", jpeg_with_size(c.good("JPEG"), 65535, 2000), Expect(REJECTED, g, BOMB))
    c.add("bomb/webp-16383.webp", webp_with_size(c.good("WEBP"), 16383, 16383), Expect(REJECTED, g, BOMB | CORRUPT))
    gif = c.good("GIF")
    c.add("bomb/gif-screen-65535.gif", gif_with_frame_size(gif, 0, 65535, 65535, screen=True),
          Expect(REJECTED, g, BOMB))
    c.add("bomb/gif-frame-65535.gif", gif_with_frame_size(gif, 0, 65535, 65535), Expect(REJECTED, g, BOMB | CORRUPT))
    frames = [picture((64, 48), c.next_seed()) for _ in range(3)]
    animated = _save_all(frames, "GIF", duration=100)
    # The bomb sits in a later frame: only the first picture is ever decoded, so the file is taken.
    c.add("bomb/gif-later-frame.gif", gif_with_frame_size(animated, 2, 65535, 65535), Expect(EITHER, g, BOMB | CORRUPT))
    pages = _save_all(frames, "TIFF")
    c.add("bomb/tiff-100000.tif", tiff_with_page_size(c.good("TIFF"), 0, 100000, 100000), Expect(REJECTED, g, BOMB))
    c.add("bomb/tiff-later-page.tif", tiff_with_page_size(pages, 2, 100000, 100000), Expect(EITHER, g, BOMB | CORRUPT))
    c.add("bomb/heic-30000.heic", heif_with_size(c.good("HEIF"), 30000, 30000), Expect(REJECTED, g, BOMB | CORRUPT))
    # Chunks that inflate to gigabytes: a text chunk and an ICC profile.
    text_bomb = _png_chunk(b"zTXt", b"comment\x00\x00" + zlib.compress(b"A" * 50_000_000, 9))
    c.add("bomb/png-ztxt.png", _insert_png_chunk(c.good("PNG"), text_bomb), Expect(EITHER, g, CORRUPT))
    icc_bomb = _png_chunk(b"iCCP", b"icc\x00\x00" + zlib.compress(b"\x00" * 50_000_000, 9))
    c.add("bomb/png-iccp.png", _insert_png_chunk(c.good("PNG"), icc_bomb), Expect(EITHER, g, CORRUPT))


def _insert_png_chunk(png: bytes, chunk: bytes) -> bytes:
    at = png.index(b"IDAT") - 4
    return png[:at] + chunk + png[at:]


def _wrong_extensions(c: _Corpus) -> None:
    g = "wrong extension"
    c.add("named/tiff-as.jpg", c.good("TIFF"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("named/png-as.jpg", c.good("PNG"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("named/jpeg-as.png", c.good("JPEG"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("named/heic-as.JPG", c.good("HEIF"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("named/webp-as.gif", c.good("WEBP"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("named/gif-as.mp4", c.good("GIF"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("named/pdf-as.jpg", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n",
          Expect(REJECTED, g, UNSUPPORTED))
    c.add("named/eps-as.jpg", b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\nnewpath 0 0 moveto showpage\n",
          Expect(REJECTED, g, UNSUPPORTED))
    c.add("named/dos-eps-as.jpg", b"\xc5\xd0\xd3\xc6" + bytes(26) + b"%!PS-Adobe-3.0 EPSF-3.0\n",
          Expect(REJECTED, g, UNSUPPORTED))
    c.add("named/text-as.jpg", "I am a resident and this is my photo, honestly.\n".encode() * 4,
          Expect(REJECTED, g, UNSUPPORTED))
    c.add("named/html-as.jpg", b"<!DOCTYPE html>\n<html><body><img src='x.jpg'></body></html>\n",
          Expect(REJECTED, g, UNSUPPORTED))
    c.add("named/svg-as.png", b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg' width='9'/>",
          Expect(REJECTED, g, UNSUPPORTED))
    c.add("named/zip-as.jpg", _zip_bytes(), Expect(REJECTED, g, UNSUPPORTED))
    c.add("named/utf16-text-as.jpg", "Bonjour ! Voici ma photo.".encode("utf-16"), Expect(REJECTED, g, UNSUPPORTED))
    c.add("named/bmp-as.jpg", c.good("BMP"), Expect(REJECTED, g, UNSUPPORTED))
    c.add("named/ico-as.png", c.good("ICO", size=(32, 32)), Expect(REJECTED, g, UNSUPPORTED))


def _zip_bytes() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", b"not really")
    return buffer.getvalue()


def _empty_and_random(c: _Corpus) -> None:
    for ext in ("jpg", "png", "heic", "mp4", "webp", "txt"):
        c.add(f"empty/empty.{ext}", b"", Expect(REJECTED, "empty", frozenset({"empty"})))
    rng = random.Random(7)
    for n, size in enumerate((1, 3, 17, 512, 4096, 65536, 300_000, 1_000_000)):
        ext = ("jpg", "png", "mp4", "gif", "heic", "tif", "webp", "mov")[n]
        c.add(f"random/noise{n}.{ext}", rng.randbytes(size), Expect(REJECTED, "random bytes", UNSUPPORTED))
    # Random bytes behind each format's signature: recognised by the first bytes, refused when decoded.
    magics = {
        "jpg": b"\xff\xd8\xff\xe0", "png": b"\x89PNG\r\n\x1a\n", "gif": b"GIF89a", "tif": b"II*\x00",
        "webp": b"RIFF\x00\x10\x00\x00WEBPVP8 ", "heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic",
        "mp4": b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2", "mov": b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00",
        "mkv": b"\x1a\x45\xdf\xa3", "avi": b"RIFF\x00\x10\x00\x00AVI LIST", "tiff": b"MM\x00*",
    }
    for ext, magic in magics.items():
        for n, size in enumerate((40, 20_000)):
            kind = "clip" if ext in ("mp4", "mov", "mkv", "avi") else "photo"
            c.add(f"random/magic-{ext}-{n}.{ext}", magic + rng.randbytes(size),
                  Expect(REJECTED, "random behind a signature", CORRUPT | BOMB | frozenset({"no-video"}), kind=kind))


def _pixel_formats(c: _Corpus) -> None:
    g = "pixel format"
    base = picture((96, 64), c.next_seed())
    c.add("modes/cmyk.jpg", encode(base.convert("CMYK"), "JPEG"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/cmyk.tif", encode(picture((96, 64), c.next_seed()).convert("CMYK"), "TIFF"),
          Expect(IMPORTED, g, size=(96, 64)))
    ramp = (np.linspace(0, 65535, 96, dtype=np.uint32)[None, :].repeat(64, axis=0)).astype(np.uint16)
    c.add("modes/grey16.png", encode(Image.fromarray(ramp), "PNG"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/grey16.tif", encode(Image.fromarray(ramp[::-1].copy()), "TIFF"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/rgb16.png", _rgb16_png(96, 64), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/float.tif", encode(Image.fromarray(np.linspace(0, 1, 96 * 64, dtype=np.float32).reshape(64, 96)),
                                    "TIFF"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/int32.tif", encode(Image.fromarray(np.arange(96 * 64, dtype=np.int32).reshape(64, 96)), "TIFF"),
          Expect(IMPORTED, g, size=(96, 64)))
    palette = picture((96, 64), c.next_seed()).convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    c.add("modes/palette-transparent.png", encode(palette, "PNG", transparency=0), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/palette-transparent.gif", encode(palette, "GIF", transparency=1), Expect(IMPORTED, g, size=(96, 64)))
    rgba = picture((96, 64), c.next_seed()).convert("RGBA")
    rgba.putalpha(Image.linear_gradient("L").resize((96, 64)))
    c.add("modes/rgba.png", encode(rgba, "PNG"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/rgba.webp", encode(rgba, "WEBP", lossless=True), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/rgba.tif", encode(rgba, "TIFF"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/la.png", encode(picture((96, 64), c.next_seed()).convert("LA"), "PNG"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/1bit.png", encode(picture((96, 64), c.next_seed()).convert("1"), "PNG"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/1bit.tif", encode(picture((96, 64), c.next_seed()).convert("1"), "TIFF", compression="group4"),
          Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/grey.jpg", encode(picture((96, 64), c.next_seed()).convert("L"), "JPEG"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/lab.tif", encode(picture((96, 64), c.next_seed()).convert("LAB"), "TIFF"), Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/ycbcr.tif", encode(picture((96, 64), c.next_seed()).convert("YCbCr"), "TIFF"),
          Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/broken-icc.jpg", encode(picture((96, 64), c.next_seed()), "JPEG", icc_profile=b"not a profile" * 20),
          Expect(IMPORTED, g, size=(96, 64)))
    c.add("modes/one-pixel.png", encode(picture((1, 1), c.next_seed()), "PNG"), Expect(IMPORTED, g, size=(1, 1)))
    c.add("modes/one-row.png", encode(picture((2000, 1), c.next_seed()), "PNG"), Expect(IMPORTED, g, size=(2000, 1)))
    c.add("modes/heic-10bit.heic", _heif_10bit(c), Expect(IMPORTED, g, size=(96, 64)))


def _rgb16_png(width: int, height: int) -> bytes:
    rows = b"".join(b"\x00" + b"".join(struct.pack(">HHH", x * 600, y * 900, 30000) for x in range(width))
                    for y in range(height))
    return png_with_header(width, height, depth=16, colour=2, idat=zlib.compress(rows))


def _heif_10bit(c: _Corpus) -> bytes:
    import pillow_heif

    pixels = (np.asarray(picture((96, 64), c.next_seed()), np.uint16) * 4)
    heif = pillow_heif.from_bytes(mode="RGB;16", size=(96, 64), data=(pixels * 16).astype("<u2").tobytes())
    buffer = io.BytesIO()
    heif.save(buffer, quality=80)
    return buffer.getvalue()


# For orientation N, the stored pixels are the upright picture transformed by the inverse of what N asks.
_STORE = {
    1: [], 2: [Image.Transpose.FLIP_LEFT_RIGHT], 3: [Image.Transpose.ROTATE_180],
    4: [Image.Transpose.FLIP_TOP_BOTTOM], 5: [Image.Transpose.TRANSPOSE], 6: [Image.Transpose.ROTATE_90],
    7: [Image.Transpose.TRANSVERSE], 8: [Image.Transpose.ROTATE_270],
}


def _exif(c: _Corpus) -> None:
    g = "exif"
    for orientation in range(1, 9):
        stored = picture((96, 64), c.next_seed())
        for step in _STORE[orientation]:
            stored = stored.transpose(step)
        exif = Image.Exif()
        exif[0x0112] = orientation
        c.add(f"exif/orientation-{orientation}.jpg", encode(stored, "JPEG", exif=exif.tobytes()),
              Expect(IMPORTED, g, size=(96, 64)))
    for fmt, ext in (("PNG", "png"), ("WEBP", "webp"), ("TIFF", "tif"), ("HEIF", "heic")):
        stored = picture((96, 64), c.next_seed()).transpose(Image.Transpose.ROTATE_90)
        exif = Image.Exif()
        exif[0x0112] = 6
        data = _heif_with_orientation(stored, exif) if fmt == "HEIF" else encode(stored, fmt, exif=exif.tobytes())
        c.add(f"exif/orientation-6.{ext}", data, Expect(IMPORTED, g, size=(96, 64)))
    for value in (0, 9, 65535):
        exif = Image.Exif()
        exif[0x0112] = value
        c.add(f"exif/orientation-invalid-{value}.jpg", c.good("JPEG", exif=exif.tobytes()),
              Expect(IMPORTED, g, size=(96, 64)))
    # Broken EXIF blocks: the picture is fine, its metadata is not; the picture must still come in.
    rng = random.Random(11)
    broken = {
        "garbage": b"Exif\x00\x00" + rng.randbytes(300),
        "bad-byte-order": b"Exif\x00\x00XX*\x00\x08\x00\x00\x00",
        "ifd-past-end": b"Exif\x00\x00II*\x00" + struct.pack("<I", 0x7FFFFFF0),
        "huge-count": b"Exif\x00\x00II*\x00\x08\x00\x00\x00" + struct.pack("<H", 1)
                      + struct.pack("<HHII", 0x0112, 3, 0x3FFFFFFF, 8) + b"\x00" * 4,
        "ifd-loop": b"Exif\x00\x00II*\x00\x08\x00\x00\x00" + struct.pack("<H", 1)
                    + struct.pack("<HHIHH", 0x0112, 3, 1, 1, 0) + struct.pack("<I", 8),
        "orientation-as-text": b"Exif\x00\x00II*\x00\x08\x00\x00\x00" + struct.pack("<H", 1)
                               + struct.pack("<HHI4s", 0x0112, 2, 4, b"six\x00") + b"\x00" * 4,
        "truncated": b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x05\x00\x12\x01",
        "exif-ifd-past-end": b"Exif\x00\x00II*\x00\x08\x00\x00\x00" + struct.pack("<H", 1)
                             + struct.pack("<HHII", 0x8769, 4, 1, 0x00FFFFFF) + b"\x00" * 4,
        "gps-garbage": b"Exif\x00\x00II*\x00\x08\x00\x00\x00" + struct.pack("<H", 1)
                       + struct.pack("<HHII", 0x8825, 4, 1, 26) + b"\x00" * 4 + rng.randbytes(64),
    }
    for name, payload in broken.items():
        c.add(f"exif/broken-{name}.jpg", with_app1(c.good("JPEG"), payload), Expect(IMPORTED, g, size=(96, 64)))
    png = c.good("PNG")
    c.add("exif/broken-png-exif.png", _insert_png_chunk(png, _png_chunk(b"eXIf", rng.randbytes(64))),
          Expect(IMPORTED, g, size=(96, 64)))


def _heif_with_orientation(image: Image.Image, exif: Image.Exif) -> bytes:
    import pillow_heif

    buffer = io.BytesIO()
    pillow_heif.from_pillow(image).save(buffer, quality=80, exif=exif.tobytes())
    return buffer.getvalue()


# -- clips ------------------------------------------------------------------------------------------------


def _clips(c: _Corpus) -> None:
    from ._clips_support import make_clip, run

    clips = c.folder / "clips"
    clips.mkdir(parents=True, exist_ok=True)
    work = c.folder.parent / f".{c.folder.name}-work"
    work.mkdir(parents=True, exist_ok=True)

    def clip(name: str, expect: Expect, **options) -> Path:
        path = make_clip(clips / name, **options)
        c.expected[f"clips/{name}"] = expect
        return path

    g = "clip"
    plain = clip("plain.mp4", Expect(IMPORTED, g, kind="clip", size=(160, 96)), seconds=1.0)
    clip("rotated-90.mov", Expect(IMPORTED, g, kind="clip", size=(96, 160)), seconds=1.0, rotation=90)
    clip("rotated-180.mp4", Expect(IMPORTED, g, kind="clip", size=(160, 96)), seconds=1.0, rotation=180)
    clip("vfr.mp4", Expect(IMPORTED, g, kind="clip", size=(96, 64)), size=(96, 64), seconds=1.0, fps=24, vfr=True)
    clip("no-audio.mp4", Expect(IMPORTED, g, kind="clip", size=(160, 96)), seconds=1.0, audio=False)
    clip("odd.mkv", Expect(IMPORTED, g, kind="clip", size=(98, 62)), size=(98, 62), seconds=1.0, sample_rate=11025,
         pix_fmt="yuv444p")
    whole = make_clip(work / "whole.mp4", seconds=2.0, faststart=True)
    late_index = make_clip(work / "late-index.mp4", seconds=2.0, faststart=False)
    data = whole.read_bytes()
    c.add("clips/cut-in-half.mp4", data[: len(data) // 2], Expect(REJECTED, "truncated clip", CORRUPT, kind="clip"))
    late = late_index.read_bytes()
    c.add("clips/cut-in-half-no-index.mp4", late[: len(late) // 2],
          Expect(REJECTED, "truncated clip", CORRUPT, kind="clip"))
    c.add("clips/only-the-header.mp4", data[:2000], Expect(REJECTED, "truncated clip", CORRUPT, kind="clip"))
    # Playlists and concat lists that name real local files, disguised as clips.
    target = (c.folder / "clips" / "plain.mp4").resolve()
    lists = {
        "playlist.mp4": f"#EXTM3U\n#EXT-X-VERSION:3\n#EXTINF:1.0,\nfile://{target}\n#EXT-X-ENDLIST\n",
        "playlist-bom.mp4": f"\ufeff#EXTM3U\n#EXTINF:1.0,\n{target}\n",
        "concat.mp4": f"file '{target}'\nfile '/etc/hostname'\n",
        "ffconcat.mp4": f"ffconcat version 1.0\nfile '{target}'\nduration 1.0\n",
        "ffconcat.mov": f"ffconcat version 1.0\nfile '{target}'\n",
    }
    for name, text in lists.items():
        c.add(f"clips/{name}", text.encode("utf-8"), Expect(REJECTED, "playlist", UNSUPPORTED, kind="clip"))
    # One second of pictures whose last frame is stamped at three hours: the MP4 header says 3 h.
    three_hours = clips / "three-hours.mp4"
    run("-f", "lavfi", "-i", "testsrc2=s=96x64:r=30:d=1", "-vf", "setpts='if(eq(N,29),10800/TB,PTS)'",
        "-fps_mode", "passthrough", "-c:v", "libx264", "-preset", "ultrafast", str(three_hours))
    c.expected["clips/three-hours.mp4"] = Expect(REJECTED, "clip header", frozenset({"too-long"}), kind="clip")
    one_second = work / "one-second.mkv"
    run("-f", "lavfi", "-i", "testsrc2=s=96x64:r=30:d=1", "-c:v", "libx264", "-preset", "ultrafast", str(one_second))
    c.add("clips/three-hours.mkv", _mkv_claim_duration(one_second.read_bytes(), 3 * 3600),
          Expect(REJECTED, "clip header", frozenset({"too-long", "truncated"}), kind="clip"))
    c.add("clips/unknown-codec.mp4", plain.read_bytes().replace(b"avc1", b"zzz9").replace(b"avcC", b"zzzC"),
          Expect(REJECTED, "clip codec", CORRUPT | frozenset({"no-video", "unsupported"}), kind="clip"))
    audio_only = work / "audio-only.mp4"
    run("-f", "lavfi", "-i", "sine=d=1:sample_rate=44100", "-c:a", "aac", str(audio_only))
    c.add("clips/audio-only.mp4", audio_only.read_bytes(), Expect(REJECTED, "clip codec", frozenset({"no-video"}),
                                                                  kind="clip"))
    webm = clips / "vp9.webm"
    run("-f", "lavfi", "-i", "testsrc2=s=96x64:r=25:d=1", "-c:v", "libvpx-vp9", "-deadline", "realtime",
        "-cpu-used", "8", "-an", str(webm))
    c.expected["clips/vp9.webm"] = Expect(IMPORTED, g, kind="clip", size=(96, 64))
    c.add("clips/fuzzed.mp4", flip_bytes(data, seed=5, count=40, start=len(data) // 3),
          Expect(EITHER, "fuzzed", CORRUPT, kind="clip"))
    # The sizes in the MP4 boxes are only hints: decoders take the size from the H.264 headers, so this
    # clip may well be taken at its real size.
    c.add("clips/huge-frame-size.mp4", _claim_frame_size(plain.read_bytes(), 16000, 16000),
          Expect(EITHER, "clip header", BOMB | CORRUPT, kind="clip"))
    for path in work.iterdir():
        path.unlink()
    work.rmdir()


def _boxes(data: bytes, kinds: tuple[bytes, ...]) -> list[int]:
    """Offsets of every box of the given kinds anywhere in an ISO media file (by a plain search)."""
    found = []
    for kind in kinds:
        at = data.find(kind)
        while at >= 4:
            found.append(at - 4)
            at = data.find(kind, at + 1)
    return found


def _mkv_claim_duration(data: bytes, seconds: int) -> bytes:
    """A Matroska file whose segment information announces ``seconds`` (Duration, in milliseconds as written by
    ffmpeg with its default timecode scale); the pictures stay one second long."""
    at = data.index(b"\x44\x89\x88")  # the Duration element, an 8-byte float
    patched = bytearray(data)
    struct.pack_into(">d", patched, at + 3, seconds * 1000.0)
    return bytes(patched)


def _claim_frame_size(data: bytes, width: int, height: int) -> bytes:
    """An MP4 whose sample description and track header claim ``width``×``height`` pictures."""
    patched = bytearray(data)
    for at in _boxes(data, (b"avc1",)):
        if at > 32:  # not the compatible brand in the file type box
            struct.pack_into(">HH", patched, at + 8 + 24, width, height)
    for at in _boxes(data, (b"tkhd",)):
        size = struct.unpack_from(">I", data, at)[0]
        struct.pack_into(">II", patched, at + size - 8, width << 16, height << 16)
    return bytes(patched)


# -- full and read-only disks ---------------------------------------------------------------------------------
#
# The scenarios run in a child process inside its own mount namespace (``unshare``), where a small tmpfs is
# mounted and filled, or remounted read-only; nothing of it is visible outside, and it vanishes with the child.
# Each scenario prints one JSON object: what the CLI printed and returned, what the core raised, and the hash
# of every file before and after.

DB_FILES = ("project.iccdb", "project.iccdb-wal", "project.iccdb-shm", ".open.lock")


def namespace_prefix() -> tuple[list[str] | None, str]:
    """The command prefix that runs a child in its own mount namespace where it may mount a tmpfs, or
    ``None`` and why not. Tries an unprivileged user namespace first, then a plain one (as root)."""
    import shutil
    import subprocess
    import tempfile

    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return None, "the unshare and mount commands are not installed"
    reasons = []
    for prefix in (["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"],
                   ["unshare", "--mount", "--propagation", "private"]):
        with tempfile.TemporaryDirectory() as folder:
            probe = subprocess.run([*prefix, "mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder],
                                   capture_output=True, text=True)
        if probe.returncode == 0:
            return prefix, ""
        reasons.append(f"{' '.join(prefix[:3])}: {probe.stderr.strip() or probe.returncode}")
    return None, "cannot mount a tmpfs in a private mount namespace (" + "; ".join(reasons) + ")"


def hashes(root: Path, *, skip: tuple[str, ...] = DB_FILES) -> dict[str, str]:
    """sha256 of every file under ``root`` (relative paths), but the database's own files."""
    import hashlib

    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.name not in skip:
            found[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def temp_leftovers(root: Path) -> list[str]:
    from icc_studio.core.fileio import TEMP_SUFFIX

    return sorted(str(p.relative_to(root)) for p in root.rglob(f"*{TEMP_SUFFIX}*"))


def noisy_jpeg(path: Path, seed: int, size=(700, 500)) -> Path:
    """A JPEG of some 300 kB that does not compress away (noise)."""
    rng = np.random.default_rng(seed)
    pixels = rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)
    pixels[: size[1] // 3, : size[0] // 3] = (220, 30, 30)
    Image.fromarray(pixels).save(path, "JPEG", quality=90)
    return path


def _mount_tmpfs(folder: Path, size: str, *, read_only: bool = False) -> None:
    import subprocess

    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    if read_only:
        _remount_read_only(folder)


def _remount_read_only(folder: Path, *, bind: bool = False) -> None:
    import subprocess

    if bind:
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
    else:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def _fill(disk: Path, leave: int) -> int:
    """Fill the file system of ``disk`` until ``leave`` bytes are free; returns what is free then."""
    import os

    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    with open(disk / "filler.bin", "wb") as handle:
        remaining = max(0, free - leave)
        block = b"\0" * (1 << 20)
        while remaining > 0:
            remaining -= handle.write(block[: min(len(block), remaining)])
    stats = os.statvfs(disk)
    return stats.f_bavail * stats.f_frsize


def _cli(*args: str) -> dict:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "icc_studio.cli", *args], capture_output=True, text=True)
    lines = []
    for line in proc.stdout.splitlines():
        try:
            lines.append(json.loads(line))
        except ValueError:
            lines.append(line)
    return {"args": list(args), "returncode": proc.returncode, "stdout": lines, "stderr": proc.stderr}


def _core(call) -> dict:
    """What a core job returned or raised (the same exception reaches the GUI's error message)."""
    try:
        value = call()
    except Exception as exc:  # noqa: BLE001 - recorded for the test to judge
        return {"raised": type(exc).__name__, "message": str(exc), "params": {k: str(v) for k, v in
                                                                             getattr(exc, "params", {}).items()},
                "is_os_error": isinstance(exc, OSError)}
    return {"returned": value}


def _media_rows(project: Path) -> dict[str, str]:
    import sqlite3

    with sqlite3.connect(f"file:{project / 'project.iccdb'}?mode=ro", uri=True) as conn:
        return dict(conn.execute("SELECT sha256, ext FROM media"))


def disk_scenario(name: str, work: Path) -> dict:
    """Run the scenario ``name`` in ``work`` (inside the child's mount namespace); returns its findings."""
    from tests._assets_support import make_project

    from icc_studio.core.assets.collage import CollageSpec, render_collage
    from icc_studio.core.importing import ImportSpec, import_files
    from icc_studio.core.render.photo_job import RenderPhotosSpec, render_photos
    from icc_studio.core.store import Project

    disk = work / "disk"
    out: dict = {"scenario": name}
    sources = work / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    photos = [noisy_jpeg(sources / f"photo{i:02d}.jpg", seed=100 + i) for i in range(8)]

    if name == "import-full":
        # Photos of many sizes and a clip, on a disk filled to several levels: at each level some files
        # fit and the others meet the full disk at a different step (copy, reduced copies, proxy, database).
        from tests._clips_support import make_clip

        sizes = [(700, 500), (90, 60), (400, 300), (160, 120), (600, 450), (240, 180), (120, 90), (300, 220)]
        photos = [noisy_jpeg(sources / f"photo{i:02d}.jpg", seed=200 + i, size=size) for i, size in enumerate(sizes)]
        make_clip(sources / "clip.mp4", size=(320, 240), seconds=2.0)
        _mount_tmpfs(disk, "12m")
        out["levels"] = []
        for level, leave in enumerate((1_300_000, 600_000, 300_000, 160_000, 90_000)):
            project = disk / f"project{level}"
            Project.create(project, city="Testville", kit_id="migrants-18december", languages=["en"]).close()
            found: dict = {"leave": leave, "free_bytes": _fill(disk, leave=leave)}
            found["before"] = hashes(disk)
            found["cli"] = _cli("import", str(project), str(sources), "--json", "--no-progress", "--workers", "1")
            if level == 4:  # the core job itself, on the fullest disk (the GUI runs the same job)
                found["core"] = _core(lambda: [r.as_dict() for r in
                                               import_files(ImportSpec(project, photos[-3:])).results])
            found["after"] = hashes(disk)
            found["temp_files"] = temp_leftovers(disk)
            rows = _media_rows(project)
            found["orphan_originals"] = sorted(p.name for p in (project / "media").glob("??/*")
                                               if p.is_file() and p.stem not in rows)
            found["orphan_copies"] = sorted(p.name for p in (project / "cache").rglob("*.*")
                                            if p.is_file() and p.stem.split("_")[0] not in rows)
            (disk / "filler.bin").unlink()  # the user frees some space and opens the project again
            with Project.open(project) as opened:
                found["integrity"] = opened.integrity_check()
                found["contributions"] = sorted(c.source_name for c in opened.contributions())
                found["missing_files"] = list(opened.health.missing_files)
            out["levels"].append(found)
        # A disk with no room at all: the project cannot even be opened (its database needs a few pages).
        project = disk / "project-full"
        Project.create(project, city="Testville", kit_id="migrants-18december", languages=["en"]).close()
        out["no_room"] = {"free_bytes": _fill(disk, leave=0), "before": hashes(disk)}
        out["no_room"]["cli"] = _cli("import", str(project), str(sources), "--json", "--no-progress")
        out["no_room"]["after"] = hashes(disk)
        (disk / "filler.bin").unlink()
        with Project.open(project) as opened:
            out["no_room"]["integrity"] = opened.integrity_check()
            out["no_room"]["contributions"] = len(opened.contributions())
    elif name == "render-full":
        _mount_tmpfs(disk, "24m")
        project = make_project(disk / "project", 4)
        render_photos(RenderPhotosSpec(project, workers=1))
        render_collage(CollageSpec(project, paper="A4", outputs=("png", "social")))
        out["free_bytes"] = _fill(disk, leave=120_000)
        out["before"] = hashes(disk)
        out["cli_photos"] = _cli("render", str(project), "photos", "--force", "--json", "--no-progress",
                                 "--workers", "2")
        out["cli_collage"] = _cli("render", str(project), "collage", "--paper", "A4", "--only", "print", "--force",
                                  "--no-progress")
        out["core_photos"] = _core(lambda: [(r.output, r.status.value, r.reason) for r in
                                            render_photos(RenderPhotosSpec(project, workers=1, force=True)).results])
        out["core_collage"] = _core(lambda: render_collage(CollageSpec(project, paper="A4", outputs=("png",),
                                                                       force=True)).files)
        out["after"] = hashes(disk)
        out["temp_files"] = temp_leftovers(disk)
        (disk / "filler.bin").unlink()
        with Project.open(project) as opened:
            out["integrity"] = opened.integrity_check()
    elif name == "read-only":
        _mount_tmpfs(disk, "24m")
        project = make_project(disk / "project", 4)
        render_photos(RenderPhotosSpec(project, workers=1))
        usb = work / "usb"  # a write-protected USB stick, with a file of its own
        _mount_tmpfs(usb, "4m")
        (usb / "notes.txt").write_text("on the stick before\n")
        _remount_read_only(usb)
        out["usb_before"] = hashes(usb)
        # The project's media and exports folders read-only (a folder the user may not write to).
        _remount_read_only(project / "media", bind=True)
        _remount_read_only(project / "exports", bind=True)
        out["before"] = hashes(disk)
        out["cli_import"] = _cli("import", str(project), *map(str, photos[:3]), "--json", "--no-progress",
                                 "--workers", "1")
        out["cli_photos"] = _cli("render", str(project), "photos", "--force", "--json", "--no-progress",
                                 "--workers", "1")
        out["cli_collage"] = _cli("render", str(project), "collage", "--paper", "A4", "--only", "print",
                                  "--out", str(usb), "--no-progress")
        out["core_collage"] = _core(lambda: render_collage(CollageSpec(project, paper="A4", outputs=("png",),
                                                                       out_dir=usb)).files)
        out["after"] = hashes(disk)
        out["usb_after"] = hashes(usb)
        out["temp_files"] = temp_leftovers(disk) + temp_leftovers(usb)
        with Project.open(project) as opened:
            out["integrity"] = opened.integrity_check()
            out["contributions"] = len(opened.contributions())
        # Then the whole stick holding the project is write-protected.
        _remount_read_only(disk)
        out["before_all"] = hashes(disk)
        out["cli_all_import"] = _cli("import", str(project), str(photos[0]), "--json", "--no-progress")
        out["cli_all_render"] = _cli("render", str(project), "photos", "--force", "--no-progress")
        out["after_all"] = hashes(disk)
    elif name == "last-block":
        # The disk fills up in the middle of a picture's last block of bytes: Pillow, writing to the file's
        # descriptor itself, ignores the short write and returns (the bare save, kept here as the control);
        # save_image must raise, and an export through it must leave nothing behind.
        import io
        import os

        from PIL import Image

        from icc_studio.core.assets.common import save_jpeg
        from icc_studio.core.fileio import save_image

        picture = Image.open(photos[0]).convert("RGB")
        encoded = io.BytesIO()
        picture.save(encoded, "JPEG", quality=92)
        size = len(encoded.getvalue())
        out["size"] = size
        for label, save in (("bare", lambda path: picture.save(path, "JPEG", quality=92)),
                            ("save_image", lambda path: save_image(picture, path, "JPEG", quality=92)),
                            ("save_jpeg", lambda path: save_jpeg(picture, path))):
            _mount_tmpfs(disk, "2m")
            _fill(disk, leave=size - 3000)
            target = disk / f"{label}.jpg"
            try:
                save(target)
                out[label] = {"raised": None}
            except OSError as exc:
                out[label] = {"raised": type(exc).__name__, "errno": exc.errno,
                              "message": str(exc)}
            out[label]["left"] = sorted(p.name for p in disk.iterdir() if p.name != "filler.bin")
            out[label]["written"] = os.path.getsize(target) if target.exists() else None
            import subprocess

            subprocess.run(["umount", str(disk)], check=True)
    else:
        raise ValueError(f"unknown scenario {name!r}")
    return out


if __name__ == "__main__":  # in the child: python -m tests._robustness_support SCENARIO WORK
    import sys

    print(json.dumps(disk_scenario(sys.argv[1], Path(sys.argv[2])), ensure_ascii=False))
