"""Print PDFs: one JPEG per page, the page exactly the trimmed size plus the bleed, in millimetres.

Written directly (a PDF of a few objects) rather than through a PDF library, so that each
page carries its ``TrimBox`` and ``BleedBox`` — what a print shop's software reads to cut —
and so that a 141-megapixel A0 page goes from the JPEG encoder to the file without a second
copy in memory. Images are embedded as they are (``DCTDecode``), sRGB, no metadata.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..fileio import atomic_path

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0


def mm_to_pt(mm: float) -> float:
    return mm / MM_PER_INCH * PT_PER_INCH


def pt_to_mm(pt: float) -> float:
    return pt / PT_PER_INCH * MM_PER_INCH


@dataclass(frozen=True)
class PdfPage:
    """A page: ``jpeg`` bytes of ``pixels`` (w, h), printed at ``size_mm`` (with the bleed) and ``bleed_mm``."""

    jpeg: bytes
    pixels: tuple[int, int]
    size_mm: tuple[float, float]
    bleed_mm: float = 0.0


def encode_jpeg(image, quality: int = 92) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=False, subsampling=0 if quality >= 95 else 2)
    return buffer.getvalue()


def write_pdf(path: Path, pages: Iterable[PdfPage], *, title: str = "") -> Path:
    """Write the pages to ``path`` atomically (temporary name, then renamed)."""
    # A render can be made again: renamed into place whole, without waiting for the disk (as photo renders).
    with atomic_path(Path(path), durable=False) as tmp, open(tmp, "wb") as out:
        offsets: list[int] = []

        def obj(body: bytes) -> int:
            offsets.append(out.tell())
            number = len(offsets)
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
            return number

        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        # Objects 1 (catalog) and 2 (page tree) are written last but numbered first: reserve them.
        offsets.extend([0, 0])
        kids = []
        for page in pages:
            w_pt, h_pt = (mm_to_pt(v) for v in page.size_mm)
            b = mm_to_pt(page.bleed_mm)
            image = obj(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB"
                        b" /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                        % (page.pixels[0], page.pixels[1], len(page.jpeg)) + page.jpeg + b"\nendstream")
            content = b"q %s 0 0 %s 0 0 cm /Im0 Do Q" % (_num(w_pt), _num(h_pt))
            stream = obj(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
            media = b"[0 0 %s %s]" % (_num(w_pt), _num(h_pt))
            trim = b"[%s %s %s %s]" % (_num(b), _num(b), _num(w_pt - b), _num(h_pt - b))
            kids.append(obj(b"<< /Type /Page /Parent 2 0 R /MediaBox " + media + b" /BleedBox " + media
                            + b" /TrimBox " + trim + b" /Resources << /XObject << /Im0 %d 0 R >> >>"
                            b" /Contents %d 0 R >>" % (image, stream)))
        info = obj(b"<< /Title (" + _pdf_string(title) + b") /Producer (ICC Studio) >>")
        for number, body in ((1, b"<< /Type /Catalog /Pages 2 0 R >>"),
                             (2, b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                              + b"] /Count %d >>" % len(kids))):
            offsets[number - 1] = out.tell()
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(offsets) + 1, info, xref))
    return Path(path)


def _num(value: float) -> bytes:
    return (b"%.4f" % value).rstrip(b"0").rstrip(b".")


def _pdf_string(text: str) -> bytes:
    ascii_text = text.encode("ascii", "replace").decode()
    return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def read_page_boxes(path: Path) -> list[dict[str, tuple[float, ...]]]:
    """The MediaBox/TrimBox/BleedBox of each page of a PDF written by :func:`write_pdf`, in millimetres."""
    import re

    data = Path(path).read_bytes()
    pages = []
    for match in re.finditer(rb"/Type /Page /Parent[^>]*?/MediaBox \[([^\]]*)\] /BleedBox \[([^\]]*)\]"
                             rb" /TrimBox \[([^\]]*)\]", data):
        pages.append({name: tuple(pt_to_mm(float(v)) for v in match.group(i).split())
                      for i, name in ((1, "media"), (2, "bleed"), (3, "trim"))})
    return pages
