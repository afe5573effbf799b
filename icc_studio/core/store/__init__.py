"""The project store: one folder with its SQLite database and content-addressed media."""

from .models import (  # noqa: F401
    AuditEntry,
    Consent,
    Contribution,
    Contributor,
    Crop,
    HealthReport,
    Media,
    MediaInfo,
    MediaKind,
    ProjectInfo,
    Purpose,
    Status,
)
from .project import DB_NAME, Project  # noqa: F401
