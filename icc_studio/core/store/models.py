"""Plain values read from and written to the project store."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class Purpose(StrEnum):
    SOCIAL_MEDIA = "social_media"
    PRINT_POSTER = "print_poster"
    CITY_VIDEO = "city_video"
    NETWORK_RESHARE = "network_reshare"


class MediaKind(StrEnum):
    PHOTO = "photo"
    CLIP = "clip"


@dataclass(frozen=True)
class ProjectInfo:
    name: str
    city: str
    country: str
    kit_id: str
    languages: tuple[str, ...]
    hashtags: tuple[str, ...]
    campaign_year: int
    created_at: str
    logo_sha256: str | None = None


@dataclass(frozen=True)
class MediaInfo:
    """What probing a file found out; stored with the media row."""

    kind: MediaKind
    format: str
    ext: str
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None


@dataclass(frozen=True)
class Media:
    sha256: str
    kind: str
    format: str
    ext: str
    size_bytes: int
    width: int | None
    height: int | None
    duration_s: float | None
    original_name: str
    imported_at: str
    removed_at: str | None = None  # the original was deleted on purpose (retention)


@dataclass(frozen=True)
class Contributor:
    id: int
    display_name: str
    is_minor: bool
    guardian_name: str | None
    created_at: str


@dataclass(frozen=True)
class Consent:
    id: int
    contributor_id: int
    text_version: str
    language: str
    purposes: frozenset[Purpose]
    guardian_name: str | None
    guardian_consent: bool
    method: str
    given_at: str
    withdrawn_at: str | None = None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True)
class Crop:
    output_format: str
    x: float
    y: float
    w: float
    h: float
    source: str  # "auto" or "manual"


@dataclass(frozen=True)
class Contribution:
    id: int
    media_sha256: str
    contributor_id: int | None
    kind: MediaKind
    caption: str
    language: str
    alt_text: str
    status: Status
    status_reason: str
    trim_in_s: float | None
    trim_out_s: float | None
    position: int
    source_name: str
    created_at: str
    updated_at: str
    contributor_name: str | None = None
    city: str = ""  # the city it came from in a coordinator project ('' = the project's own)
    purposes: frozenset[Purpose] = field(default_factory=frozenset)
    has_consent: bool = False


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    target: str
    details: str


@dataclass(frozen=True)
class HealthReport:
    """What opening a project checked and repaired."""

    integrity: str
    temp_files_removed: tuple[str, ...] = ()
    orphan_files_removed: tuple[str, ...] = ()
    missing_files: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.missing_files
