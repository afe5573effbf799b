"""The fast resize used by renders stays close to area averaging, at any factor."""

from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from icc_studio.core.media.resample import resample  # noqa: E402


def grainy(width: int, height: int, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    base = (127 + 80 * np.sin(x / 37.0) * np.cos(y / 23.0))[..., None] + np.array([0, 20, -20])
    return np.clip(base + rng.normal(0, 12, (height, width, 3)), 0, 255).astype(np.uint8)


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float64) - b) ** 2))
    return 99.0 if mse == 0 else 10 * np.log10(255**2 / mse)


@pytest.mark.parametrize("source, size", [
    ((1500, 1875), (1080, 1350)),   # 1.39×: bilinear
    ((2048, 1536), (640, 480)),     # 3.2×: area averaging by 2, then bilinear
    ((1500, 1500), (500, 500)),     # 3× (the X header from a preview): by 2, then bilinear
    ((4000, 3000), (480, 360)),     # 8.3×: three halvings, then bilinear
    ((2048, 1536), (1024, 768)),    # exactly 2×
    ((1999, 1501), (500, 375)),     # odd sizes are trimmed by less than one output pixel
])
def test_shrinking_matches_area_averaging(source, size):
    pixels = grainy(*source)
    before = pixels.copy()
    out = resample(pixels, size)
    assert out.shape == (size[1], size[0], 3) and out.dtype == np.uint8
    assert np.array_equal(pixels, before), "the input is never modified"
    reference = cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)
    assert psnr(out, reference) >= 35.0


def test_enlarging_is_bicubic_and_same_size_is_a_copy():
    pixels = grainy(300, 200)
    assert np.array_equal(resample(pixels, (600, 400)), cv2.resize(pixels, (600, 400), interpolation=cv2.INTER_CUBIC))
    same = resample(pixels, (300, 200))
    assert np.array_equal(same, pixels) and same is not pixels


def test_grey_pictures_and_bad_sizes():
    grey = grainy(800, 600)[..., 0].copy()
    assert resample(grey, (200, 150)).shape == (150, 200)
    with pytest.raises(ValueError):
        resample(grey, (0, 10))
