"""Comparing a quote poster's preview with its export, and reading the page image of a print PDF."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

#: Mean difference per channel (0–255) of the two images, the export reduced to the preview's size and both
#: softened (radius 2 px). The preview is the export reduced, so what remains is JPEG and resampling: measured
#: 0.5–0.6 on the squares and 0.9–1.1 on the A3 posters; a quote longer by two words measures 7.7.
LAYOUT_TOLERANCE = 2.0


def layout_difference(export: Image.Image, preview: Image.Image) -> float:
    small = export.convert("RGB").resize(preview.size, Image.Resampling.LANCZOS)
    a = np.asarray(small.filter(ImageFilter.GaussianBlur(2)), np.int16)
    b = np.asarray(preview.convert("RGB").filter(ImageFilter.GaussianBlur(2)), np.int16)
    return float(np.abs(a - b).mean())


def pdf_page_image(pdf: Path) -> Image.Image:
    """The page image of a one-page print PDF written by ``core/assets/pdf.py`` (one JPEG per page)."""
    data = pdf.read_bytes()
    start, end = data.index(b"\xff\xd8\xff"), data.rindex(b"\xff\xd9") + 2
    with Image.open(io.BytesIO(data[start:end])) as image:
        return image.convert("RGB")
