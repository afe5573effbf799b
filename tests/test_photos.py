"""Photos: every format a phone sends, upright and in sRGB; reduced copies; exports with no metadata."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms

from icc_studio.core.importing import ImportSpec, Outcome, import_files
from icc_studio.core.media.reduce import PREVIEW_SIDE, load_photo, reduced_paths
from icc_studio.core.paths import demo_dir

from .conftest import make_photo


def _asymmetric(size=(300, 200)) -> Image.Image:
    """An image whose every flip and rotation looks different: a red block top-left, a blue bar at the bottom."""
    pixels = np.full((size[1], size[0], 3), 235, np.uint8)
    pixels[10:80, 10:120] = (220, 30, 30)
    pixels[-40:, :] = (30, 60, 200)
    pixels[90:110, 200:290] = (30, 170, 60)
    return Image.fromarray(pixels)


# For orientation N, the stored pixels are the upright image transformed by the inverse of what N asks.
_STORE = {
    1: [], 2: [Image.Transpose.FLIP_LEFT_RIGHT], 3: [Image.Transpose.ROTATE_180],
    4: [Image.Transpose.FLIP_TOP_BOTTOM], 5: [Image.Transpose.TRANSPOSE], 6: [Image.Transpose.ROTATE_90],
    7: [Image.Transpose.TRANSVERSE], 8: [Image.Transpose.ROTATE_270],
}


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_gives_the_same_upright_photo(tmp_path, orientation):
    upright = _asymmetric()
    stored = upright
    for step in _STORE[orientation]:
        stored = stored.transpose(step)
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / f"o{orientation}.jpg"
    stored.save(path, "JPEG", quality=95, exif=exif.tobytes())
    loaded = load_photo(path)
    assert loaded.size == upright.size
    diff = np.abs(np.asarray(loaded, np.int16) - np.asarray(upright, np.int16)).mean()
    assert diff < 3, f"orientation {orientation}: mean difference {diff:.1f}"


def test_cmyk_is_converted_to_srgb(tmp_path):
    cmyk = Image.new("CMYK", (64, 64), (0, 255, 255, 0))  # pure red ink
    cmyk.save(tmp_path / "red.jpg", "JPEG", quality=95)
    red = np.asarray(load_photo(tmp_path / "red.jpg")).reshape(-1, 3).mean(axis=0)
    assert red[0] > 200 and red[1] < 60 and red[2] < 60, red


def test_16_bit_greyscale_keeps_its_tones(tmp_path):
    ramp = (np.linspace(0, 65535, 256, dtype=np.uint32)[None, :].repeat(8, axis=0)).astype(np.uint16)
    image = Image.fromarray(ramp)
    assert image.mode == "I;16"
    image.save(tmp_path / "deep.png")
    loaded = np.asarray(load_photo(tmp_path / "deep.png"))
    assert loaded.shape == (8, 256, 3)
    assert loaded[0, 0, 0] < 3 and loaded[0, -1, 0] > 252 and abs(int(loaded[0, 128, 0]) - 128) <= 2


def test_palette_with_transparency_is_flattened_on_white(tmp_path):
    image = Image.new("P", (40, 40), 0)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    image.paste(1, (20, 0, 40, 40))
    image.info["transparency"] = 0
    image.save(tmp_path / "logo.png", transparency=0)
    loaded = np.asarray(load_photo(tmp_path / "logo.png"))
    assert tuple(loaded[5, 5]) == (255, 255, 255)  # the transparent half is white, not black
    assert tuple(loaded[5, 35]) == (255, 0, 0)


def test_embedded_icc_profile_is_converted_to_srgb():
    rocket = demo_dir() / "photos" / "rocket.jpg"  # carries an Adobe RGB (1998) profile
    with Image.open(rocket) as raw:
        assert "icc_profile" in raw.info
        naive = np.asarray(raw.convert("RGB"), np.int16)
    managed = np.asarray(load_photo(rocket), np.int16)
    assert managed.shape == naive.shape
    assert np.abs(managed - naive).mean() > 1.0  # the profile was applied, not ignored


def test_gif_first_frame_and_tiff_and_webp(tmp_path, project):
    frames = [Image.new("RGB", (50, 40), colour) for colour in ((200, 20, 20), (20, 200, 20))]
    frames[0].save(tmp_path / "anim.gif", save_all=True, append_images=frames[1:], duration=100)
    make_photo(tmp_path / "scan.tif", fmt="TIFF")
    make_photo(tmp_path / "phone.webp", fmt="WEBP")
    first = np.asarray(load_photo(tmp_path / "anim.gif"))
    assert first[..., 0].mean() > first[..., 1].mean()
    report = import_files(ImportSpec(project.folder, [tmp_path]))
    assert report.imported == 3, [r.reason for r in report.results]


def test_heic_is_imported(tmp_path, project):
    pillow_heif = pytest.importorskip("pillow_heif")
    image = _asymmetric((320, 240))
    heif = pillow_heif.from_pillow(image)
    heif.save(tmp_path / "iphone.heic", quality=90)
    (tmp_path / "iphone.heic").rename(tmp_path / "IMG_0001.JPG")  # a wrong extension, as phones' mail apps do
    report = import_files(ImportSpec(project.folder, [tmp_path / "IMG_0001.JPG"]))
    assert report.results[0].outcome == Outcome.IMPORTED, report.results[0].reason
    media = project.media(project.contributions()[0].media_sha256)
    assert (media.format, media.width, media.height) == ("heif", 320, 240)


def test_import_keeps_reduced_copies_and_faces(project):
    astronaut = demo_dir() / "photos" / "astronaut.jpg"
    report = import_files(ImportSpec(project.folder, [astronaut]))
    assert report.imported == 1
    sha = project.contributions()[0].media_sha256
    paths = reduced_paths(project.folder, sha)
    with Image.open(paths.preview) as preview, Image.open(paths.thumbnail) as thumb:
        assert max(preview.size) <= PREVIEW_SIDE and max(thumb.size) <= 320
    detector, faces = project.faces(sha)
    assert detector and len(faces) >= 1


def test_large_photo_preview_is_reduced_and_upright(tmp_path, project):
    big = _asymmetric((1200, 800)).resize((4800, 3200))
    exif = Image.Exif()
    exif[0x0112] = 6
    big.transpose(Image.Transpose.ROTATE_90).save(tmp_path / "big.jpg", "JPEG", quality=90, exif=exif.tobytes())
    import_files(ImportSpec(project.folder, [tmp_path / "big.jpg"]))
    media = project.media(project.contributions()[0].media_sha256)
    assert (media.width, media.height) == (4800, 3200)  # upright dimensions
    with Image.open(reduced_paths(project.folder, media.sha256).preview) as preview:
        assert preview.size == (PREVIEW_SIDE, round(3200 * PREVIEW_SIDE / 4800))


def test_parallel_import_gives_the_same_results(tmp_path, project):
    for i in range(6):
        make_photo(tmp_path / f"p{i}.jpg", seed=i)
    (tmp_path / "p9.jpg").write_bytes((tmp_path / "p0.jpg").read_bytes())  # duplicate inside the batch
    (tmp_path / "bad.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    report = import_files(ImportSpec(project.folder, [tmp_path], workers=2))
    outcomes = {r.path.name: r.outcome for r in report.results}
    assert outcomes["bad.jpg"] == Outcome.REJECTED
    assert outcomes["p9.jpg"] == Outcome.DUPLICATE
    assert sum(o == Outcome.IMPORTED for o in outcomes.values()) == 6
    assert [c.source_name for c in project.contributions()] == [f"p{i}.jpg" for i in range(6)]  # the files' order
    assert [c.id for c in project.contributions()] == list(range(1, 7))
