"""Helpers of the campaign-asset tests: a small project made without the import job, goldens, QR decoding."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

GOLDEN = Path(__file__).parent / "golden" / "assets"
TOLERANCE = 2.0  # mean absolute difference per channel, 0–255 (as tests/test_photo_goldens.py)

# (caption, language, purposes, minor) of the contributions of the test project.
PEOPLE = [
    ("Amina", "a nurse, a mother and a football fan", "en", ("print_poster", "social_media"), False),
    ("Layla", "مهندسة وأم وعاشقة للموسيقى", "ar", ("print_poster", "social_media"), False),
    ("Tomás", "fotógrafo, abuelo y vecino del barrio", "es", ("print_poster", "social_media"), False),
    ("Nour", "صاحبة مقهى صغير وجارة للجميع", "ar", ("social_media",), False),
    ("Lukas", "Tischler, Vater und Trompeter", "de", ("print_poster",), False),
    ("Mia", "a pupil who loves drawing", "en", ("print_poster", "social_media"), True),
    ("Awa", "boulangère, poète et supportrice du FC", "fr", ("print_poster", "social_media"), False),
    ("Rosa", "nonna, sarta e cuoca del quartiere", "it", ("print_poster", "social_media"), False),
]


def portrait(seed: int, size=(240, 320)) -> Image.Image:
    from icc_studio.core.demo_media import generate_portrait

    return generate_portrait(seed, size)


def make_project(folder: Path, count: int = len(PEOPLE), *, kit_id: str = "migrants-18december",
                 languages=("en", "ar"), size=(240, 320)):
    """A project of ``count`` approved photo contributions with reduced copies, faces and consent, made directly
    in the store (the import job, with its face detection, is tested elsewhere). Returns the folder."""
    from icc_studio.core.media.reduce import THUMB_SIDE, reduced_paths
    from icc_studio.core.store import MediaInfo, MediaKind, Project, Status

    bases = {}
    with Project.create(folder, city="Testville", kit_id=kit_id, languages=list(languages), hashtags=["#TestvilleIsUs"],
                        campaign_year=2026) as project:
        for i in range(count):
            name, caption, lang, purposes, minor = PEOPLE[i % len(PEOPLE)]
            seed = i % 12
            if seed not in bases:
                bases[seed] = portrait(seed, size)
            image = bases[seed]
            if i >= 12:  # every contribution its own file
                image = Image.fromarray(np.clip(np.asarray(image, np.int16) + (i % 7) * 3 - 9, 0, 255).astype(np.uint8))
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=88)
            data = buffer.getvalue()
            sha = hashlib.sha256(data).hexdigest()
            paths = reduced_paths(folder, sha)
            paths.preview.parent.mkdir(parents=True, exist_ok=True)
            paths.preview.write_bytes(data)
            thumb = image.copy()
            thumb.thumbnail((THUMB_SIDE, THUMB_SIDE))
            paths.thumbnail.parent.mkdir(parents=True, exist_ok=True)
            thumb.save(paths.thumbnail, "JPEG", quality=85)
            original = project.media_path(sha, "jpg")
            original.parent.mkdir(parents=True, exist_ok=True)
            original.write_bytes(data)
            # generate_portrait centres the face in the upper half
            face = {"x": 0.3, "y": 0.16, "w": 0.4, "h": 0.3 * image.width / image.height * 1.33}
            with project.transaction() as conn:
                person = project.add_contributor(f"{name} Example" if i < len(PEOPLE) else f"{name}{i}",
                                                 is_minor=minor, guardian_name="A. Parent" if minor else None,
                                                 conn=conn)
                project.record_consent(person, purposes=purposes, text_version="t1", language=lang, method="paper",
                                       guardian_name="A. Parent" if minor else None, guardian_consent=minor,
                                       conn=conn)
                project.add_contribution(media_sha256=sha, size_bytes=len(data), original_name=f"p{i}.jpg",
                                         media_info=MediaInfo(MediaKind.PHOTO, "jpeg", "jpg", image.width,
                                                              image.height),
                                         contributor_id=person, caption=caption, language=lang,
                                         faces=("test", [face]), conn=conn)
        project.set_status([c.id for c in project.contributions()], Status.APPROVED)
    return folder


def assert_golden(image: Image.Image, name: str, tolerance: float = TOLERANCE) -> None:
    """Compare with ``tests/golden/assets/<name>.png``; a missing golden is created (and the test skipped)."""
    golden = GOLDEN / f"{name}.png"
    image = image.convert("RGB")
    if not golden.exists():
        GOLDEN.mkdir(parents=True, exist_ok=True)
        image.save(golden)
        pytest.skip(f"golden {golden.name} created: look at it before committing")
    with Image.open(golden) as expected:
        expected_pixels = np.asarray(expected.convert("RGB"), np.int16)
    actual = np.asarray(image, np.int16)
    assert actual.shape == expected_pixels.shape, f"{golden.name}: size {image.size}"
    difference = float(np.abs(actual - expected_pixels).mean())
    if difference > tolerance:
        image.save(golden.with_suffix(".actual.png"))
    assert difference <= tolerance, f"{golden.name}: mean difference {difference:.2f}"


def decode_qr(image: Image.Image) -> str:
    """The text of the QR code in ``image`` (OpenCV's detector), or ''."""
    import cv2

    pixels = cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2BGR)
    detectors = [cv2.QRCodeDetector()]
    if hasattr(cv2, "QRCodeDetectorAruco"):
        detectors.append(cv2.QRCodeDetectorAruco())
    # OpenCV's detector finds a code more surely at some scales than others, as a phone camera would by moving.
    for detector in detectors:
        for scale in (1.0, 0.5, 0.75, 0.35, 1.5):
            scaled = pixels if scale == 1.0 else cv2.resize(pixels, None, fx=scale, fy=scale,
                                                            interpolation=cv2.INTER_AREA)
            text, _points, _ = detector.detectAndDecode(scaled)
            if text:
                return text
    return ""


def shrink(image: Image.Image, long_side: int) -> Image.Image:
    scale = long_side / max(image.size)
    return image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
