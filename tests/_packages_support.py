"""Tiny city projects for the package, erasure and retention tests (built in milliseconds, no demo)."""

from __future__ import annotations

import hashlib
import io
import shutil
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image

from icc_studio.core.importing import analyse_photo
from icc_studio.core.store import MediaInfo, MediaKind, Project, Purpose, Status

KIT = "migrants-18december"
ALL = tuple(Purpose)


def photo_bytes(seed: int, size=(120, 90), gps: bool = True) -> bytes:
    """A small JPEG; with ``gps`` it carries EXIF with a GPS position, which must never leave the project."""
    rng = np.random.default_rng(seed)
    pixels = rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
    pixels[: size[1] // 2] //= 2
    image = Image.fromarray(pixels)
    buffer = io.BytesIO()
    exif = Image.Exif()
    if gps:
        exif[0x0112] = 1
        exif.get_ifd(0x8825).update({1: "N", 2: (48.0, 35.0, 0.0), 3: "E", 4: (7.0, 45.0, 0.0)})
    image.save(buffer, "JPEG", quality=90, exif=exif.tobytes())
    return buffer.getvalue()


def add_photo(project: Project, seed: int, *, name: str = "Amina", minor: bool = False,
              purposes=ALL, status: Status = Status.APPROVED, caption: str = "a neighbour",
              language: str = "en") -> tuple[int, int]:
    """(contribution id, contributor id) of a new approved photo with its consent."""
    data = photo_bytes(seed)
    sha = hashlib.sha256(data).hexdigest()
    path = project.media_path(sha, "jpg")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    faces = analyse_photo(project.folder, path, sha, f"{name}.jpg")
    contribution = project.add_contribution(
        media_sha256=sha, media_info=MediaInfo(MediaKind.PHOTO, "jpeg", "jpg", 120, 90), size_bytes=len(data),
        original_name=f"{name.lower()}_{seed}.jpg", faces=faces)
    person = project.add_contributor(name, is_minor=minor, guardian_name="Guardian Gaby" if minor else None)
    project.record_consent(person, purposes=purposes, text_version="v1", language=language, method="paper",
                           guardian_name="Guardian Gaby" if minor else None, guardian_consent=minor)
    project.update_contribution(contribution, contributor_id=person, caption=caption, language=language,
                                alt_text=f"Portrait of a resident of {project.info().city}")
    if status == Status.APPROVED:
        project.set_status([contribution], Status.APPROVED, actor="reviewer-ana")
    elif status == Status.REJECTED:
        project.set_status([contribution], Status.REJECTED, reason="blurred")
    return contribution, person


def make_city(folder: Path, city: str, *, seeds=(1, 2, 3), language: str = "en") -> Path:
    with Project.create(folder, city=city, kit_id=KIT, languages=[language, "en"] if language != "en" else ["en"],
                        country="Testland", campaign_year=2026) as project:
        for n, seed in enumerate(seeds):
            add_photo(project, seed, name=f"Resident{n} {city}", caption=f"a voice of {city} {n}",
                      language=language)
    return folder


def snapshot(folder: Path, *, skip=("project.iccdb-wal", "project.iccdb-shm")) -> dict[str, str]:
    """Every file of a folder with its SHA-256."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name not in skip}


def zip_member_hashes(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        return {hashlib.sha256(archive.read(name)).hexdigest() for name in archive.namelist()}


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
