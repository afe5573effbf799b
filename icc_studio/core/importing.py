"""Import contributed files into a project: one result per file, the batch goes on past bad ones.

For each file: copy it into the project's incoming folder while hashing it, probe the copy
(so what is checked is exactly what is kept), then rename it to its content address and
record the rows in one transaction. A file is *acknowledged* only once its row is
committed; a crash before that leaves at most a temporary or unreferenced file, which the
next open of the project sweeps away.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .errors import Cancelled, MediaRejected
from .fileio import copy_hashed
from .jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from .media.probe import ImportLimits, probe_media
from .store import Project


class Outcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@dataclass(frozen=True)
class FileResult:
    path: Path
    outcome: Outcome
    contribution_id: int | None = None
    kind: str | None = None
    reason: str = ""
    reason_code: str = ""

    def as_dict(self) -> dict:
        return {
            "path": str(self.path),
            "outcome": self.outcome.value,
            "contribution_id": self.contribution_id,
            "kind": self.kind,
            "reason": self.reason,
            "reason_code": self.reason_code,
        }


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    @property
    def imported(self) -> int:
        return self.count(Outcome.IMPORTED)

    @property
    def duplicates(self) -> int:
        return self.count(Outcome.DUPLICATE)

    @property
    def rejected(self) -> int:
        return self.count(Outcome.REJECTED)


@dataclass(frozen=True)
class ImportSpec:
    project: Path
    paths: Sequence[Path]
    limits: ImportLimits = ImportLimits()
    actor: str | None = None


def expand_paths(paths: Iterable[Path], skip: Path | None = None) -> list[Path]:
    """Files given directly, and the files inside given folders (recursively, sorted, no hidden ones)."""
    found: list[Path] = []
    skip_resolved = skip.resolve() if skip else None
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                root_path = Path(root)
                if skip_resolved and root_path.resolve() == skip_resolved:
                    dirs[:] = []
                    continue
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(root_path / f for f in sorted(files) if not f.startswith("."))
        else:
            found.append(path)
    return found


def import_files(
    spec: ImportSpec,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
    on_result=None,
) -> ImportReport:
    """The import job. ``on_result(FileResult)`` is called as soon as each file is settled."""
    report = ImportReport()
    project = Project.open(spec.project)
    try:
        files = expand_paths(spec.paths, skip=spec.project)
        total = len(files)
        progress(0, total, "")
        for index, path in enumerate(files):
            try:
                cancel.check()
                result = _import_one(project, path, spec)
            except Cancelled:
                report.cancelled = True
                break
            report.results.append(result)
            if on_result is not None:
                on_result(result)
            progress(index + 1, total, path.name)
    finally:
        project.close()
    return report


def _import_one(project: Project, path: Path, spec: ImportSpec) -> FileResult:
    if not path.exists():
        return FileResult(path, Outcome.REJECTED, reason=f"{path}: no such file", reason_code="missing")
    if not path.is_file():
        return FileResult(path, Outcome.REJECTED, reason=f"{path}: not a regular file", reason_code="not-a-file")
    try:
        temp, sha256, size = copy_hashed(path, project.incoming_dir())
    except OSError as exc:
        return FileResult(path, Outcome.REJECTED, reason=f"{path}: cannot be read or copied ({exc.strerror or exc})",
                          reason_code="io")
    try:
        existing = project.contribution_for_media(sha256)
        if existing is not None:
            media = project.media(sha256)
            return FileResult(path, Outcome.DUPLICATE, contribution_id=existing, kind=media.kind if media else None,
                              reason=f"{path}: the same file is already contribution {existing}",
                              reason_code="duplicate")
        try:
            info = probe_media(temp, limits=spec.limits, display_name=str(path))
        except MediaRejected as exc:
            return FileResult(path, Outcome.REJECTED, reason=str(exc), reason_code=exc.params.get("reason", ""))
        project.place_media(temp, sha256, info.ext)
        contribution_id = project.add_contribution(
            media_sha256=sha256, media_info=info, size_bytes=size, original_name=path.name, actor=spec.actor
        )
        return FileResult(path, Outcome.IMPORTED, contribution_id=contribution_id, kind=info.kind.value)
    finally:
        temp.unlink(missing_ok=True)
