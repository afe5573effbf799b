"""Retention: the originals of residents' photos and clips are deleted N days after the campaign day.

The setting is per project (``settings["retention"] = {"days": N}``; no setting keeps the
originals). It is applied when a project is opened by the app and by ``icc-studio-cli
retention``. What goes: the original files and the full-size metadata-free copies made for
packages. What stays: the reduced copies (previews of at most 2048 px, thumbnails, clip proxies),
so the campaign's outputs can still be made, at a reduced size; the media row records when its
original was removed, so the project's health check does not report it as missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InvalidValue
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..store import Project
from ..store.project import now_iso
from .erasure import delete_files
from .export import normalised_photo_path
from .importer import sweep_staging

SETTINGS_KEY = "retention"
MAX_DAYS = 3650


@dataclass(frozen=True)
class RetentionSpec:
    project: Path
    today: dt.date | None = None
    actor: str | None = None


@dataclass
class RetentionResult:
    days: int | None
    campaign_day: dt.date | None
    deadline: dt.date | None
    removed: list[str] = field(default_factory=list)  # media sha256 whose original went


def retention_days(project: Project) -> int | None:
    value = (project.settings().get(SETTINGS_KEY) or {}).get("days")
    return int(value) if value is not None else None


def set_retention(project: Project, days: int | None, *, actor: str | None = None) -> None:
    """Keep originals ``days`` days after the campaign day (``None``: keep them)."""
    if days is not None and not (0 <= int(days) <= MAX_DAYS):
        raise InvalidValue(f"the retention must be between 0 and {MAX_DAYS} days")
    project.update_settings(SETTINGS_KEY, {"days": None if days is None else int(days)}, actor=actor,
                            audit_action="retention.set", audit_details={"days": days})


def campaign_day(project: Project) -> dt.date:
    from ..kits import load_builtin_kit

    info = project.info()
    return load_builtin_kit(info.kit_id).day_date(info.campaign_year)


def retention_deadline(project: Project) -> dt.date | None:
    days = retention_days(project)
    return None if days is None else campaign_day(project) + dt.timedelta(days=days)


def apply_retention(spec: RetentionSpec, *, progress: ProgressFn = no_progress,
                    cancel: CancelToken = NEVER_CANCELLED) -> RetentionResult:
    """The retention job: opens the project and applies its setting (see :func:`apply_retention_to`)."""
    with Project.open(spec.project) as project:
        return apply_retention_to(project, today=spec.today, actor=spec.actor, progress=progress, cancel=cancel)


def apply_retention_to(project: Project, *, today: dt.date | None = None, actor: str | None = None,
                       progress: ProgressFn = no_progress, cancel: CancelToken = NEVER_CANCELLED) -> RetentionResult:
    """Delete the originals whose retention ran out, in a project already open (the GUI's, at start-up)."""
    sweep_staging(project.folder)  # photos of an import interrupted hours ago go too
    today = today or dt.date.today()
    days = retention_days(project)
    if days is None:
        return RetentionResult(None, None, None)
    day = campaign_day(project)
    deadline = day + dt.timedelta(days=days)
    result = RetentionResult(days, day, deadline)
    if today <= deadline:
        return result
    rows = project.query("SELECT sha256, ext FROM media WHERE kind IN ('photo', 'clip') AND removed_at IS NULL")
    total = len(rows)
    for index, row in enumerate(rows):
        cancel.check()
        sha, ext = row["sha256"], row["ext"]
        delete_files(project, {project.media_path(sha, ext), normalised_photo_path(project.folder, sha)})
        with project.transaction() as conn:
            conn.execute("UPDATE media SET removed_at = ? WHERE sha256 = ?", (now_iso(), sha))
        result.removed.append(sha)
        progress(index + 1, total, sha[:12])
    if result.removed:
        project.audit("retention.apply", "", {"days": days, "campaign_day": day.isoformat(),
                                              "originals_removed": len(result.removed)}, actor=actor)
    return result
