"""Golden images of every framed photo template, with captions in several scripts.

Drawn by the export renderer at a reduced size (the same code path as the export). On a
difference the rendered image is saved beside the golden as ``*.actual.png``. To accept a
deliberate change, delete the golden files, run this test once and look at every new file.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from icc_studio.core.kits import load_builtin_kit
from icc_studio.core.render.photos import PHOTO_OUTPUTS, CropRect, compose_photo, photo_aspect

GOLDEN = Path(__file__).parent / "golden" / "photos"
TOLERANCE = 2.0  # mean absolute difference per channel, 0–255

CAPTIONS = {
    "en": ("en", "a nurse, a mother and a football fan"),
    "ar": ("ar", "مهندسة وأم وعاشقة للموسيقى"),
    "he": ("he", "אחות, אמא ואוהדת כדורגל"),
    "hi": ("hi", "एक नर्स, एक माँ और फ़ुटबॉल प्रशंसक"),
    "mixed": ("ar", "مهندسة منذ 2015 #NotJustAMigrant"),
}
CASES = [(output, "en") for output in PHOTO_OUTPUTS] + [("feed_square", k) for k in ("ar", "he", "hi", "mixed")] \
    + [("story", "mixed")]


def _photo() -> Image.Image:
    """A deterministic stand-in photo: soft gradient, a face-like disc, a horizon line."""
    height, width = 600, 800
    yy, xx = np.mgrid[0:height, 0:width]
    pixels = np.zeros((height, width, 3), np.uint8)
    pixels[..., 0] = 90 + xx * 120 // width
    pixels[..., 1] = 120 + yy * 80 // height
    pixels[..., 2] = 170
    face = (xx - 400) ** 2 + (yy - 240) ** 2 < 90 ** 2
    pixels[face] = (224, 172, 140)
    pixels[(yy > 420) & (yy < 432)] = (40, 60, 90)
    return Image.fromarray(pixels)


def _centre_crop(aspect: float, size: tuple[int, int]) -> CropRect:
    width, height = size
    if width / height > aspect:
        w = height * aspect / width
        return CropRect((1 - w) / 2, 0.0, w, 1.0)
    h = width / aspect / height
    return CropRect(0.0, (1 - h) / 2, 1.0, h)


@pytest.mark.parametrize("output,caption_key", CASES, ids=[f"{o}-{k}" for o, k in CASES])
def test_template_golden(output, caption_key):
    kit = load_builtin_kit("migrants-18december")
    lang, message = CAPTIONS[caption_key]
    width, height = kit.template(output).size
    scale = 480 / max(width, height)
    size = (round(width * scale), round(height * scale))
    photo = _photo()
    image = compose_photo(kit, output, photo, _centre_crop(photo_aspect(kit, output), photo.size),
                          caption=message, lang=lang, size=size)
    golden = GOLDEN / f"{output}-{caption_key}.png"
    if not golden.exists():
        GOLDEN.mkdir(parents=True, exist_ok=True)
        image.save(golden)
        pytest.skip(f"golden {golden.name} created: look at it before committing")
    with Image.open(golden) as expected:
        expected_pixels = np.asarray(expected.convert("RGB"), np.int16)
    actual = np.asarray(image, np.int16)
    assert actual.shape == expected_pixels.shape
    difference = float(np.abs(actual - expected_pixels).mean())
    if difference > TOLERANCE:
        image.save(golden.with_suffix(".actual.png"))
    assert difference <= TOLERANCE, f"{golden.name}: mean difference {difference:.2f}"
