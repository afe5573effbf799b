"""What the gallery shows: the consented contributions grouped by city, and the exports found beside them.

Only approved contributions whose consent covers social media (online publication) are
taken, read afresh at every render, so a withdrawn contribution or consent is gone from the
next site. A contribution's city is its own ``city`` attribute when it has one (the
coordinator's project of many cities), else the project's city.

The per-city video and the collage poster are made by their own jobs; the gallery finds
their files by the names those jobs give them (``<city-slug>_<kit>_video_16x9.mp4`` with its
``.srt`` and ``_poster.jpg`` under ``exports/video/``; ``<city-slug>_<kit>_collage_social.jpg``
under ``exports/collage/``) and takes them when they are there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..render.photos import slug
from ..review import why_left_out
from ..store import Contribution, MediaKind, Project, Purpose

VIDEO_ASPECTS = ("16x9", "1x1", "9x16")  # preferred first: a page shows one version
PHOTO_EXPORT_PREFERENCE = ("feed_square", "feed_portrait", "profile", "story")


def gallery_eligibility(c: Contribution) -> str:
    """Why a contribution is not in the gallery ("" when it is)."""
    return why_left_out(c, Purpose.SOCIAL_MEDIA, kinds=(MediaKind.PHOTO, MediaKind.CLIP), use="online publication")


def contribution_city(c: Contribution, project_city: str) -> str:
    city = getattr(c, "city", None)
    return city.strip() if isinstance(city, str) and city.strip() else project_city


@dataclass(frozen=True)
class CityVideo:
    video: Path
    subtitles: Path | None
    poster: Path | None
    aspect: str


@dataclass(frozen=True)
class Collage:
    image: Path
    alt_text: str


@dataclass
class CityGroup:
    name: str
    slug: str
    contributions: list[Contribution] = field(default_factory=list)
    video: CityVideo | None = None
    collage: Collage | None = None


def group_by_city(contributions: list[Contribution], project_city: str) -> list[CityGroup]:
    """Cities in order of first appearance (the project's city first), each with its contributions in order."""
    groups: dict[str, CityGroup] = {}
    used_slugs: set[str] = set()
    for name in [project_city] + [contribution_city(c, project_city) for c in contributions]:
        if name not in groups:
            base = slug(name)
            s, n = base, 2
            while s in used_slugs:
                s, n = f"{base}-{n}", n + 1
            used_slugs.add(s)
            groups[name] = CityGroup(name, s)
    for c in contributions:
        groups[contribution_city(c, project_city)].contributions.append(c)
    return [g for g in groups.values() if g.contributions or g.name == project_city]


def find_city_video(project_folder: Path, city: str, kit_id: str) -> CityVideo | None:
    folder = Path(project_folder) / "exports" / "video"
    for aspect in VIDEO_ASPECTS:
        video = folder / f"{slug(city)}_{kit_id}_video_{aspect}.mp4"
        if video.is_file():
            srt = video.with_suffix(".srt")
            poster = video.with_name(f"{video.stem}_poster.jpg")
            return CityVideo(video, srt if srt.is_file() else None, poster if poster.is_file() else None, aspect)
    return None


def find_collage(project_folder: Path, city: str, kit_id: str) -> Collage | None:
    folder = Path(project_folder) / "exports" / "collage"
    stem = f"{slug(city)}_{kit_id}_collage"
    candidates = [folder / f"{stem}_social.jpg"]
    candidates += sorted(folder.glob(f"{stem}_*.png")) if folder.is_dir() else []
    for image in candidates:
        if image.is_file():
            alt_file = image.with_suffix(".alt.txt")
            alt = alt_file.read_text(encoding="utf-8").strip() if alt_file.is_file() else ""
            return Collage(image, alt)
    return None


def collect(project: Project, kit_id: str) -> tuple[list[CityGroup], list[tuple[int, str]]]:
    """(the cities with their consented contributions and exports, [(id, reason)] left out)."""
    info = project.info()
    chosen, skipped = [], []
    for c in project.contributions():
        reason = gallery_eligibility(c)
        if reason:
            skipped.append((c.id, reason))
        else:
            chosen.append(c)
    groups = group_by_city(chosen, info.city)
    for group in groups:
        group.video = find_city_video(project.folder, group.name, kit_id)
        group.collage = find_collage(project.folder, group.name, kit_id)
    return groups, skipped
