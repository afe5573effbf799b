"""Import contributed files into a project: one result per file, the batch goes on past bad ones.

For each file: copy it into the project's incoming folder while hashing it, check the copy
(so what is checked is exactly what is kept), decode a photo once to make its reduced
copies and find its faces, then rename the file to its content address and record the rows
in one transaction. A file is *acknowledged* only once its row is committed; a crash
before that leaves at most a temporary or unreferenced file, which the next open of the
project sweeps away.

The decoding work can run in worker processes (``ImportSpec.workers``); copying, hashing
and every database write stay in the calling process, in order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .errors import Cancelled, MediaRejected
from .fileio import copy_hashed
from .jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from .media.probe import ImportLimits, probe_media
from .media.reduce import PREVIEW_SIDE, load_photo, reduced_paths, save_reduced_copies
from .store import MediaInfo, MediaKind, Project
from .video.proxy import analyse_clip
from .workers import process_pool


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
    workers: int = 1  # processes decoding photos; 0 means one per core


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


@dataclass
class _Staged:
    """A file copied into the project and checked from its header, waiting for its analysis."""

    path: Path
    temp: Path
    sha256: str
    size: int
    info: MediaInfo


def analyse_photo(project_folder: Path, file: Path, sha256: str, name: str) -> tuple:
    """Decode a photo once: write its reduced copies (preview, thumbnail), find its faces, and
    for a photo without faces its most interesting region (a small saliency map).

    Runs in a worker process. A photo that cannot be decoded raises :class:`MediaRejected`.
    """
    from PIL import Image

    from .faces import DETECTOR, detect_faces

    try:
        image = load_photo(file, max_side=PREVIEW_SIDE)
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError,
            Image.DecompressionBombError) as exc:
        raise MediaRejected(name, f"the image is damaged or truncated ({exc})", reason="corrupt") from exc
    save_reduced_copies(image, reduced_paths(project_folder, sha256))
    faces = [face.as_dict() for face in detect_faces(image)]
    return DETECTOR, faces, None if faces else small_saliency(image)


def small_saliency(image, side: int = 32) -> list[list[int]] | None:
    """The photo's saliency map reduced to ``side`` px on its long side, as rows of 0–255 (``None`` if flat)."""
    import cv2
    import numpy as np

    from .crops import saliency_map

    full = saliency_map(image)
    if full is None:
        return None
    height, width = full.shape
    factor = side / max(width, height)
    small = cv2.resize(full, (max(2, round(width * factor)), max(2, round(height * factor))),
                       interpolation=cv2.INTER_AREA)
    return np.clip(small * 255 + 0.5, 0, 255).astype(np.uint8).tolist()


def import_files(
    spec: ImportSpec,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
    on_result: Callable[[FileResult], None] | None = None,
) -> ImportReport:
    """The import job. ``on_result(FileResult)`` is called as soon as each file is settled."""
    report = ImportReport()
    files = expand_paths(spec.paths, skip=spec.project)
    total = len(files)
    workers = spec.workers or os.cpu_count() or 1
    with Project.open(spec.project) as project, _Importer(project, spec, report, on_result) as importer:
        progress(0, total, "")
        pool = process_pool(workers) if workers > 1 and total > 1 else None
        try:
            for path in files:
                cancel.check()
                staged = importer.stage(path)
                if staged is None:
                    pass
                elif staged.info.kind != MediaKind.PHOTO:
                    while importer.pending:  # keep the order of the files
                        importer.collect(block=True)
                    # A clip: probed in depth (truncation, rotation, frame rate) and its proxy made.
                    importer.finish(staged, lambda s=staged: analyse_clip(
                        project.folder, s.temp, s.sha256, str(s.path), limits=spec.limits, cancel=cancel))
                elif pool is None:
                    importer.finish(staged, lambda s=staged: analyse_photo(project.folder, s.temp, s.sha256, str(s.path)))
                else:
                    importer.submit(pool, staged)
                    importer.collect(block=len(importer.pending) >= 2 * workers)
                progress(len(report.results), total, path.name)
            while importer.pending:
                cancel.check()
                importer.collect(block=True)
                progress(len(report.results), total, "")
        except Cancelled:
            report.cancelled = True
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
    return report


class _Importer:
    """The per-file steps of an import, with the bookkeeping of photos being analysed in workers."""

    def __init__(self, project: Project, spec: ImportSpec, report: ImportReport, on_result) -> None:
        self.project = project
        self.spec = spec
        self.report = report
        self.on_result = on_result
        self.pending: dict[Future, _Staged] = {}
        self.in_flight: dict[str, list[Path]] = {}  # sha256 → later copies of the same file in this batch

    def __enter__(self) -> _Importer:
        return self

    def __exit__(self, *exc: object) -> None:
        for staged in self.pending.values():  # cancelled: nothing of an unfinished file stays
            staged.temp.unlink(missing_ok=True)
        self.pending.clear()

    def settle(self, result: FileResult) -> None:
        self.report.results.append(result)
        if self.on_result is not None:
            self.on_result(result)

    def stage(self, path: Path) -> _Staged | None:
        """Copy, hash, recognise duplicates and check the header; settles the file unless it goes on."""
        if not path.exists():
            self.settle(FileResult(path, Outcome.REJECTED, reason=f"{path}: no such file", reason_code="missing"))
            return None
        if not path.is_file():
            self.settle(FileResult(path, Outcome.REJECTED, reason=f"{path}: not a regular file",
                                   reason_code="not-a-file"))
            return None
        try:
            temp, sha256, size = copy_hashed(path, self.project.incoming_dir())
        except OSError as exc:
            self.settle(FileResult(path, Outcome.REJECTED, reason_code="io",
                                   reason=f"{path}: cannot be read or copied ({exc.strerror or exc})"))
            return None
        existing = self.project.contribution_for_media(sha256)
        if existing is not None or sha256 in self.in_flight:
            temp.unlink(missing_ok=True)
            if existing is None:
                self.in_flight[sha256].append(path)
            else:
                self.settle(self._duplicate(path, existing, sha256))
            return None
        try:
            info = probe_media(temp, limits=self.spec.limits, display_name=str(path), decode=False)
        except MediaRejected as exc:
            temp.unlink(missing_ok=True)
            self.settle(FileResult(path, Outcome.REJECTED, reason=str(exc), reason_code=exc.params.get("reason", "")))
            return None
        self.in_flight[sha256] = []
        return _Staged(path, temp, sha256, size, info)

    def _duplicate(self, path: Path, contribution_id: int, sha256: str) -> FileResult:
        media = self.project.media(sha256)
        return FileResult(path, Outcome.DUPLICATE, contribution_id=contribution_id, kind=media.kind if media else None,
                          reason=f"{path}: the same file is already contribution {contribution_id}",
                          reason_code="duplicate")

    def submit(self, pool: ProcessPoolExecutor, staged: _Staged) -> None:
        future = pool.submit(analyse_photo, self.project.folder, staged.temp, staged.sha256, str(staged.path))
        self.pending[future] = staged

    def collect(self, block: bool) -> None:
        """Settle analysed files in the order they were given (so ids and order never depend on timing).

        With ``block``, waits for the oldest one; then settles every following one already done.
        """
        while self.pending:
            future = next(iter(self.pending))
            if not block and not future.done():
                return
            staged = self.pending.pop(future)
            self.finish(staged, future.result)
            block = False

    def finish(self, staged: _Staged, analysis: Callable[[], tuple[str, list[dict]]]) -> None:
        try:
            faces = analysis()
        except MediaRejected as exc:
            staged.temp.unlink(missing_ok=True)
            self._drop_in_flight(staged)
            self.settle(FileResult(staged.path, Outcome.REJECTED, reason=str(exc),
                                   reason_code=exc.params.get("reason", "")))
            return
        self.commit(staged, faces)

    def commit(self, staged: _Staged, faces: tuple[str, list[dict]] | None) -> None:
        """File into place first, then its rows: only now is the file acknowledged."""
        try:
            self.project.place_media(staged.temp, staged.sha256, staged.info.ext)
            contribution_id = self.project.add_contribution(
                media_sha256=staged.sha256, media_info=staged.info, size_bytes=staged.size,
                original_name=staged.path.name, faces=faces, actor=self.spec.actor,
            )
        finally:
            staged.temp.unlink(missing_ok=True)
        self.settle(FileResult(staged.path, Outcome.IMPORTED, contribution_id=contribution_id,
                               kind=staged.info.kind.value))
        for later in self.in_flight.pop(staged.sha256, []):
            self.settle(self._duplicate(later, contribution_id, staged.sha256))

    def _drop_in_flight(self, staged: _Staged) -> None:
        for later in self.in_flight.pop(staged.sha256, []):
            self.settle(FileResult(later, Outcome.REJECTED, reason=f"{later}: same content as {staged.path.name}, "
                                   "which was rejected", reason_code="duplicate-of-rejected"))
