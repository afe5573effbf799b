"""Import contributed files into a project: one result per file, the batch goes on past bad ones.

For each file: copy it into the project's incoming folder while hashing it, check the copy
(so what is checked is exactly what is kept), decode a photo once to make its reduced
copies and find its faces, then rename the file to its content address and record the rows
in one transaction. The decoding reads the file it was copied from, which the copy has just
brought into the system's cache (the copy itself goes straight to the disk), unless that file
changed since: then the copy is decoded. Either way, what is decoded is what is kept.

A file is *acknowledged* only once its row is committed; a crash before that leaves at most a
temporary or unreferenced file, which the next open of the project sweeps away.

The decoding work can run in worker processes (``ImportSpec.workers``); copying, hashing
and every database write stay in the calling process, in order.

A file is refused with a reason that names it and says why: a damaged or unsupported file,
but also a project that cannot take it (a full or read-only disk: reason codes ``no-space``
and ``read-only``). Nothing of a refused file stays in the project, and the batch goes on.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import struct
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .errors import Cancelled, MediaRejected
from .fileio import WriteFailed, copy_hashed, fsync_file, write_failed
from .jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from .media.probe import ImportLimits, bomb_message, plain_cause, probe_media
from .media.reduce import PREVIEW_SIDE, load_photo, reduced_paths, save_reduced_copies
from .store import MediaInfo, MediaKind, Project
from .video.proxy import analyse_clip, proxy_info_path, proxy_path
from .workers import process_pool

log = logging.getLogger(__name__)


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
    flushed: Future | None = None  # the copy's flush to disk, made in the background; awaited before it is kept
    signature: tuple | None = None  # the source file's identity and version when it was copied


def file_signature(path: Path) -> tuple | None:
    """What changes when a file is written, replaced or touched (device, inode, size, modification and change
    times); ``None`` when it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def analyse_photo(project_folder: Path, file: Path, sha256: str, name: str) -> tuple:
    """Decode a photo once: write its reduced copies (preview, thumbnail), find its faces, and
    for a photo without faces its most interesting region (a small saliency map).

    Runs in a worker process. A photo that cannot be decoded raises :class:`MediaRejected`.
    """
    from PIL import Image

    from .faces import DETECTOR, detect_faces

    try:
        image = load_photo(file, max_side=PREVIEW_SIDE)
    except Image.DecompressionBombError as exc:
        raise MediaRejected(name, bomb_message(exc), reason="bomb") from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError, struct.error,
            MemoryError) as exc:
        raise MediaRejected(name, f"the image is damaged or truncated: {plain_cause(exc, file)}",
                            reason="corrupt") from exc
    thumbnail = save_reduced_copies(image, reduced_paths(project_folder, sha256))
    faces = [face.as_dict() for face in detect_faces(image, small=thumbnail)]
    # The saliency map is 128 px wide: the thumbnail has enough pixels for it.
    return DETECTOR, faces, None if faces else small_saliency(thumbnail)


@dataclass(frozen=True)
class _Refusal:
    """A :class:`MediaRejected` carried back from a worker process as a plain value (the error itself
    cannot be rebuilt from its pickled form)."""

    file: str
    detail: str
    reason: str

    def error(self) -> MediaRejected:
        return MediaRejected(self.file, self.detail, reason=self.reason)


def _analyse_photo_task(project_folder: Path, file: Path, sha256: str, name: str, source: Path | None = None,
                        signature: tuple | None = None):
    """:func:`analyse_photo` in a worker process: a refusal comes back as a :class:`_Refusal`.

    With ``source``, the file ``file`` was copied from, and its ``signature`` then: the source is decoded
    when it is still the same file (it is in the system's cache, where the copy is not), else the copy."""
    if source is not None and signature is not None:
        try:
            outcome = analyse_photo(project_folder, source, sha256, name)
        except MediaRejected as exc:
            outcome = _Refusal(exc.params["file"], exc.params["detail"], exc.params.get("reason", ""))
        except WriteFailed:
            raise
        except OSError:  # the source is gone or unreadable now (a stick pulled out): the copy is there
            outcome = None
        if outcome is not None and file_signature(source) == signature:
            return outcome
    try:
        return analyse_photo(project_folder, file, sha256, name)
    except MediaRejected as exc:
        return _Refusal(exc.params["file"], exc.params["detail"], exc.params.get("reason", ""))


def _unpack(outcome):
    """The analysis of :func:`_analyse_photo_task`, or its refusal raised."""
    if isinstance(outcome, _Refusal):
        raise outcome.error()
    return outcome


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
        importer.pool, importer.workers = pool, workers
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
                    importer.finish(staged, lambda s=staged: _unpack(_analyse_photo_task(
                        project.folder, s.temp, s.sha256, str(s.path), s.path, s.signature)))
                else:
                    importer.submit(staged)
                    importer.collect(block=len(importer.pending) >= 2 * workers)
                progress(len(report.results), total, path.name)
            while importer.pending:
                cancel.check()
                importer.collect(block=True)
                progress(len(report.results), total, "")
        except Cancelled:
            report.cancelled = True
        finally:
            if importer.pool is not None:
                importer.pool.shutdown(wait=True, cancel_futures=True)
    return report


class _Importer:
    """The per-file steps of an import, with the bookkeeping of photos being analysed in workers."""

    def __init__(self, project: Project, spec: ImportSpec, report: ImportReport, on_result) -> None:
        self.project = project
        self.spec = spec
        self.report = report
        self.on_result = on_result
        self.pending: dict[Future, _Staged] = {}
        self.pool: ProcessPoolExecutor | None = None
        self.workers = 1
        self.in_flight: dict[str, list[Path]] = {}  # sha256 → later copies of the same file in this batch
        # Copies are flushed to disk by a thread while their photos are analysed, not by the loop that
        # feeds the workers (a flush waits for the disk: 4 ms a 4-MB photo, much more on a busy disk).
        self.flusher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-flush")

    def __enter__(self) -> _Importer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.flusher.shutdown(wait=True)
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
        signature = file_signature(path)
        try:
            temp, sha256, size = copy_hashed(path, self.project.incoming_dir(), durable=False, cached=False)
        except WriteFailed as exc:
            self.settle(_not_written(path, exc))
            return None
        except OSError as exc:
            self.settle(FileResult(path, Outcome.REJECTED, reason_code="io",
                                   reason=f"{path}: cannot be read ({exc.strerror or exc})"))
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
        except Exception as exc:  # noqa: BLE001 - one strange file must not stop the batch
            temp.unlink(missing_ok=True)
            self.settle(_unexpected(path, exc))
            return None
        self.in_flight[sha256] = []
        return _Staged(path, temp, sha256, size, info, self.flusher.submit(fsync_file, temp), signature)

    def _duplicate(self, path: Path, contribution_id: int, sha256: str) -> FileResult:
        media = self.project.media(sha256)
        return FileResult(path, Outcome.DUPLICATE, contribution_id=contribution_id, kind=media.kind if media else None,
                          reason=f"{path}: the same file is already contribution {contribution_id}",
                          reason_code="duplicate")

    def _submit(self, staged: _Staged) -> Future:
        assert self.pool is not None
        return self.pool.submit(_analyse_photo_task, self.project.folder, staged.temp, staged.sha256,
                                str(staged.path), staged.path, staged.signature)

    def submit(self, staged: _Staged) -> None:
        try:
            future = self._submit(staged)
        except BrokenProcessPool:
            self._renew_pool()
            future = self._submit(staged)
        self.pending[future] = staged

    def _renew_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = process_pool(self.workers)

    def _analysis(self, staged: _Staged, future: Future):
        """The worker's analysis of ``staged``. When a worker died (a decoder crashed, or the system
        ended it), the pool is replaced and the file tried once more on its own: only the file that
        kills a worker twice is refused, not the others that were waiting in the same pool."""
        try:
            outcome = future.result()
        except BrokenProcessPool:
            self._renew_pool()
            try:
                outcome = self._submit(staged).result()
            except BrokenProcessPool:
                self._renew_pool()
                raise MediaRejected(str(staged.path), "the photo decoder stopped abruptly on this file "
                                    "(the file is probably malformed)", reason="crashed") from None
        return _unpack(outcome)

    def collect(self, block: bool) -> None:
        """Settle analysed files in the order they were given (so ids and order never depend on timing).

        With ``block``, waits for the oldest one; then settles every following one already done.
        """
        while self.pending:
            future = next(iter(self.pending))
            if not block and not future.done():
                return
            staged = self.pending.pop(future)
            self.finish(staged, lambda s=staged, f=future: self._analysis(s, f))
            block = False

    def finish(self, staged: _Staged, analysis: Callable[[], tuple[str, list[dict]]]) -> None:
        try:
            faces = analysis()
        except Cancelled:
            raise
        except MediaRejected as exc:
            self._refuse(staged, FileResult(staged.path, Outcome.REJECTED, reason=str(exc),
                                            reason_code=exc.params.get("reason", "")))
            return
        except Exception as exc:  # noqa: BLE001 - a full disk or one strange file must not stop the batch
            failed = write_failed(exc, reduced_paths(self.project.folder, staged.sha256).preview.parent)
            self._refuse(staged, _not_written(staged.path, failed) if failed else _unexpected(staged.path, exc))
            return
        self.commit(staged, faces)

    def _refuse(self, staged: _Staged, result: FileResult) -> None:
        staged.temp.unlink(missing_ok=True)
        self._remove_copies(staged)
        self._drop_in_flight(staged)
        self.settle(result)

    def _remove_copies(self, staged: _Staged) -> None:
        """Remove the reduced copies or proxy made for a file that is not kept (unless another row uses them)."""
        if self.project.media(staged.sha256) is not None:
            return
        reduced = reduced_paths(self.project.folder, staged.sha256)
        for path in (reduced.preview, reduced.thumbnail, proxy_path(self.project.folder, staged.sha256),
                     proxy_info_path(self.project.folder, staged.sha256)):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass

    def commit(self, staged: _Staged, faces: tuple[str, list[dict]] | None) -> None:
        """File into place first, then its rows: only now is the file acknowledged.

        When the project cannot take it (a full or read-only disk), the file is refused with that
        reason and nothing of it stays: the original placed here is removed again.
        """
        final = self.project.media_path(staged.sha256, staged.info.ext)
        placed_here = not final.exists()
        try:
            if staged.flushed is not None:
                staged.flushed.result()  # the copy is on the disk before anything refers to it
            self.project.place_media(staged.temp, staged.sha256, staged.info.ext)
            contribution_id = self.project.add_contribution(
                media_sha256=staged.sha256, media_info=staged.info, size_bytes=staged.size,
                original_name=staged.path.name, faces=faces, actor=self.spec.actor,
            )
        except (OSError, sqlite3.Error) as exc:
            failed = write_failed(exc, self.project.db_path if isinstance(exc, sqlite3.Error) else final)
            if failed is None:
                raise
            if placed_here and self.project.media(staged.sha256) is None:
                try:
                    final.unlink(missing_ok=True)
                except OSError:
                    pass
            self._refuse(staged, _not_written(staged.path, failed))
            return
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


def _not_written(path: Path, exc: WriteFailed) -> FileResult:
    """A file refused because the project cannot take it (full or read-only disk): says where and why."""
    cause = exc.params.get("cause", "")
    code = cause if cause in ("no-space", "read-only") else "write-failed"
    return FileResult(path, Outcome.REJECTED, reason=f"{path}: not imported, {exc}", reason_code=code)


def _unexpected(path: Path, exc: BaseException) -> FileResult:
    """A file that made the import fail in an unforeseen way: refused, logged, and the batch goes on."""
    log.error("importing %s failed", path, exc_info=exc)
    return FileResult(path, Outcome.REJECTED, reason_code="failed",
                      reason=f"{path}: the file could not be processed ({type(exc).__name__}: {exc})")
