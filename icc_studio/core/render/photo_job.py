"""The photo render job: every approved photo in every framed format, with its alt text.

``render_photos(spec, *, progress, cancel)`` follows the job protocol. Work is spread over
a process pool (one task per contribution: one decode, all its formats). The pool starts as
soon as the planning finds work for more than one process; each worker prepares the kit's
artwork as it starts, and the workers take the tasks as they are planned. Outputs are cached
on a key of (media, crop, caption, language, kit, renderer): an unchanged item is not
rendered again. Every file is written under a temporary name and renamed into place, so a
cancel or a crash never leaves a half-written output.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
import time
from concurrent.futures import FIRST_COMPLETED, Future, wait
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import numpy as np

from ..errors import Cancelled, IccError, NotFound
from ..fileio import WriteFailed, atomic_path, save_image, write_failed
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit, manifest_sha256
from ..media.reduce import load_photo, reduced_paths
from ..review import why_left_out
from ..store import Contribution, MediaKind, Project, Purpose
from ..workers import process_pool, start_workers
from .framing import crops_for
from .photos import (
    PHOTO_OUTPUTS,
    RENDERER_VERSION,
    CropRect,
    check_caption,
    compose_photo,
    kit_for_worker,
    output_file_name,
    source_pixels_needed,
    warm_renderer,
)

JPEG_QUALITY = 92


class ItemStatus(StrEnum):
    RENDERED = "rendered"
    CACHED = "cached"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class ItemResult:
    contribution_id: int
    output: str
    status: ItemStatus
    path: Path | None = None
    reason: str = ""


@dataclass
class RenderReport:
    results: list[ItemResult] = field(default_factory=list)

    def count(self, status: ItemStatus) -> int:
        return sum(1 for r in self.results if r.status == status)


@dataclass(frozen=True)
class RenderPhotosSpec:
    project: Path
    outputs: tuple[str, ...] = PHOTO_OUTPUTS
    contribution_ids: tuple[int, ...] | None = None  # None: every approved photo
    workers: int | None = None  # None: one per core
    force: bool = False
    out_dir: Path | None = None  # None: <project>/exports/photos (a folder per format below it)


@dataclass(frozen=True)
class _Task:
    """Everything a worker process needs for one contribution; no database access there."""

    contribution_id: int
    kit_path: Path
    kit_sha256: str  # the manifest the calling process validated
    preview: Path
    original: Path
    caption: str
    language: str
    alt_text: str
    original_size: tuple[int, int]
    outputs: tuple[tuple[str, CropRect, Path], ...]  # (output, crop, destination)


def export_dir(project_folder: Path, output: str) -> Path:
    return project_folder / "exports" / "photos" / output


def alt_text_path(image_path: Path) -> Path:
    return image_path.with_suffix(".alt.txt")


def default_alt_text(kit: Kit, contribution: Contribution, city: str) -> str:
    lang = contribution.language or kit.default_language
    template = kit.text("alt_text_template", lang)
    message = " ".join(contribution.caption.split())
    return template.replace("{message}", message).replace("{city}", city)


def render_photos(
    spec: RenderPhotosSpec, *, progress: ProgressFn = no_progress, cancel: CancelToken = NEVER_CANCELLED
) -> RenderReport:
    report = RenderReport()
    with Project.open(spec.project) as project:
        info = project.info()
        kit = load_builtin_kit(info.kit_id)
        chosen = _chosen(project, spec)
        workers = max(1, spec.workers or os.cpu_count() or 1)
        pool: _WarmPool | None = _WarmPool(kit, spec.outputs, chosen, workers) if workers > 1 else None
        try:
            plan = _plan(project, kit, info.city, chosen, spec, report)
            head = _until_tasks(plan, 2)
            if pool is not None and sum(item is not None for item in head) == 2:
                # Work for more than one process: they start and warm up, and take the tasks as they are
                # planned (the planning of 200 photos takes about 0.3 s, longer than a warm-up).
                pool.start()
                items: Iterator = itertools.chain(head, plan)
            else:
                items, pool = head + list(plan), None
            _record(project, spec, report, len(chosen), _run(items, pool, cancel), progress)
        finally:
            if pool is not None:
                pool.close()
    return report


class _WarmPool:
    """The job's worker processes, started only once there is work for more than one of them; each
    prepares the kit's artwork in the job's outputs and languages as it starts."""

    def __init__(self, kit: Kit, outputs: tuple[str, ...], chosen: list[Contribution], workers: int) -> None:
        languages = sorted({kit.resolve_language(c.language or kit.default_language) for c in chosen})
        self.warm_args = (kit.path, manifest_sha256(kit), tuple(outputs), tuple(languages))
        self.workers = min(workers, max(1, len(chosen)))
        self.executor = None

    def start(self):
        if self.executor is None:
            self.executor = process_pool(self.workers, warm_renderer, self.warm_args)
            start_workers(self.executor, self.workers)
        return self.executor

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


#: Finished renders are recorded together, at most this often (s): each commit of the project's database
#: waits for the disk, and with it for the outputs written since (measured: a commit per photo made a
#: 2-process render of 200 photos about 0.1 s slower, 2 %). A crash loses only records, whose renders are
#: then made again; erasure finds outputs by their names, recorded or not.
RECORD_EVERY = 0.5


def _record(project: Project, spec: RenderPhotosSpec, report: RenderReport, total: int, outcomes,
            progress: ProgressFn) -> None:
    """Record each finished task (its files, their cache records, its results) as it comes.

    Progress counts the contributions (``total``): those with nothing to render (cached, left out) as
    the planning passes them, the others as their task finishes."""
    tracked = _tracked(project, spec)
    progress(0, total, "")
    done = ran = 0
    unrecorded: WriteFailed | None = None  # the database could not take the records of finished renders
    waiting: list[tuple[str, str, Path, int]] = []
    flushed = time.monotonic()

    def flush() -> None:
        nonlocal unrecorded, waiting, flushed
        rows, waiting, flushed = waiting, [], time.monotonic()
        if rows:
            try:
                _write_records(project, lambda: project.record_renders(rows))
            except WriteFailed as exc:  # the files are whole and in place; only their cache record is missing
                unrecorded = exc

    try:
        for task, outcome in outcomes:
            done += 1
            if task is None:  # nothing to render for this one
                progress(done, total, "")
                continue
            ran += 1
            rendered, failures = (outcome.done, outcome.failures) if isinstance(outcome, _TaskFailed) else (outcome, {})
            withdrawn = _left_out_meanwhile(project, task.contribution_id) if rendered else ""
            if withdrawn:  # rejected, withdrawn or erased while it was being rendered: its files go
                for _output, path, _key in rendered:
                    path.unlink(missing_ok=True)
                    alt_text_path(path).unlink(missing_ok=True)
                report.results.extend(ItemResult(task.contribution_id, output, ItemStatus.SKIPPED, reason=withdrawn)
                                      for output, _crop, _dest in task.outputs)
                progress(done, total, f"#{task.contribution_id}")
                continue
            if rendered and tracked:
                waiting.extend((output, key, path, task.contribution_id) for output, path, key in rendered)
                if time.monotonic() - flushed >= RECORD_EVERY:
                    flush()
            for output, path, _key in rendered:
                report.results.append(ItemResult(task.contribution_id, output, ItemStatus.RENDERED, path))
            finished = {output for output, _path, _key in rendered}
            for output, _crop, _dest in task.outputs:
                if output not in finished:
                    report.results.append(ItemResult(task.contribution_id, output, ItemStatus.FAILED,
                                                     reason=failures.get(output, "")))
            progress(done, total, f"#{task.contribution_id}")
    finally:
        flush()  # cancelled too: what was made is recorded
    if not ran:  # nothing was rendered: no job to put on record
        return
    try:
        _write_records(project, lambda: project.audit("render.photos", "", {
            "rendered": report.count(ItemStatus.RENDERED), "cached": report.count(ItemStatus.CACHED)}))
    except WriteFailed as exc:
        unrecorded = exc
    if unrecorded is not None and not report.count(ItemStatus.FAILED):
        raise unrecorded
    # Otherwise the disk that failed some outputs failed the database too: the report already says why.


def _write_records(project: Project, write) -> None:
    """A write to the project's database; a full or read-only disk is reported as such, naming the database."""
    try:
        write()
    except sqlite3.Error as exc:
        failed = write_failed(exc, project.db_path)
        if failed is None:
            raise
        raise failed from exc


class _TaskFailed(Exception):
    """A render task with failed outputs: the outputs ``done``, and why each other one failed (plain
    messages: they cross from a worker process, where the original errors may not survive pickling)."""

    def __init__(self, done: list[tuple[str, Path, str]], failures: dict[str, str]) -> None:
        super().__init__(done, failures)
        self.done = done
        self.failures = failures


def _chosen(project: Project, spec: RenderPhotosSpec) -> list[Contribution]:
    if spec.contribution_ids is not None:
        return [project.contribution(i) for i in spec.contribution_ids]
    return [c for c in project.contributions() if c.kind == MediaKind.PHOTO]


def _plan(project: Project, kit: Kit, city: str, chosen: list[Contribution], spec: RenderPhotosSpec,
          report: RenderReport) -> Iterator[tuple[_Task, dict[str, str]] | None]:
    """Yield what to render, as it is found, or ``None`` for a contribution with nothing to render (cached or
    ineligible: its items go straight into the report)."""
    kit_sha256 = manifest_sha256(kit)
    kit_hash = kit_sha256[:16]
    tracked = _tracked(project, spec)
    for c in chosen:
        reason = _ineligible(c)
        if reason:
            report.results.extend(ItemResult(c.id, o, ItemStatus.SKIPPED, reason=reason) for o in spec.outputs)
            yield None
            continue
        try:
            check_caption(kit, c.caption)
        except IccError as exc:
            report.results.extend(ItemResult(c.id, o, ItemStatus.FAILED, reason=str(exc)) for o in spec.outputs)
            yield None
            continue
        media = project.media(c.media_sha256)
        faces = project.faces(c.media_sha256)
        crops = crops_for(kit, spec.outputs, (media.width, media.height), faces[1] if faces else [],
                          project.crops(c.id), project.saliency(c.media_sha256))
        alt = c.alt_text or default_alt_text(kit, c, city)
        todo = []
        for output in spec.outputs:
            crop = crops[output]
            key = _cache_key(c, crop, output, kit_hash, alt)
            folder = Path(spec.out_dir) / output if spec.out_dir else export_dir(project.folder, output)
            dest = folder / output_file_name(city, kit.id, output, c.id)
            cached = None if (spec.force or not tracked) else project.cached_render(output, key)
            if cached is not None and cached == dest and alt_text_path(dest).is_file():
                report.results.append(ItemResult(c.id, output, ItemStatus.CACHED, cached))
            else:
                todo.append((output, crop, dest, key))
        if todo:
            task = _Task(c.id, kit.path, kit_sha256, reduced_paths(project.folder, c.media_sha256).preview,
                         project.media_file(c.media_sha256), c.caption, c.language or kit.default_language, alt,
                         (media.width, media.height), tuple((o, crop, dest) for o, crop, dest, _ in todo))
            yield task, {o: key for o, _, _, key in todo}
        else:
            yield None


def _tracked(project: Project, spec: RenderPhotosSpec) -> bool:
    """Renders are cached in the project's records; files written outside the project are not tracked."""
    return spec.out_dir is None or Path(spec.out_dir).resolve().is_relative_to(project.folder.resolve())


def _left_out_meanwhile(project: Project, contribution_id: int) -> str:
    """Why a contribution may no longer appear, read again once its outputs are made ("" when it still may):
    a reviewer can reject it, or its contributor withdraw consent, while the job runs."""
    try:
        return _ineligible(project.contribution(contribution_id))
    except NotFound:
        return "erased while it was being rendered"


def _ineligible(c: Contribution) -> str:
    return why_left_out(c, Purpose.SOCIAL_MEDIA)


def _cache_key(c: Contribution, crop: CropRect, output: str, kit_hash: str, alt: str) -> str:
    payload = {
        "media": c.media_sha256,
        "crop": [round(v, 5) for v in (crop.x, crop.y, crop.w, crop.h)],
        "caption": c.caption,
        "language": c.language,
        "alt": alt,
        "kit": kit_hash,
        "output": output,
        "renderer": RENDERER_VERSION,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _until_tasks(plan: Iterator, count: int) -> list:
    """The plan's items up to and including its ``count``-th task (or all of them, if it has fewer)."""
    head: list = []
    for item in plan:
        head.append(item)
        if item is not None:
            count -= 1
            if count == 0:
                break
    return head


def _run(items, warm_pool: _WarmPool | None, cancel: CancelToken):
    """Yield (task, outcome) as tasks finish, outcome being [(output, path, key)] or the exception, and
    (None, None) for each planned contribution with nothing to render. ``items`` is the plan; with a pool,
    it is read as the pool takes more work, so that planning and rendering overlap."""
    if warm_pool is None:
        for item in items:
            cancel.check()
            if item is None:
                yield None, None
                continue
            task, keys = item
            yield task, _attempt(task, keys)
        return
    pool, workers = warm_pool.start(), warm_pool.workers
    pending: dict[Future, _Task] = {}
    items = iter(items)
    settled = 0  # contributions planned with nothing to render, not yet yielded

    def fill() -> None:  # keep the pool busy, not the memory full
        nonlocal settled, items
        while items is not None and len(pending) < workers * 3:
            item = next(items, _END)
            if item is _END:
                items = None
            elif item is None:
                settled += 1
            else:
                task, keys = item
                pending[pool.submit(_render_task, task, keys)] = task

    try:
        fill()
        while pending or settled:
            for _ in range(settled):
                yield None, None
            settled = 0
            if not pending:
                fill()
                continue
            finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            cancel.check()
            done = [(future, pending.pop(future)) for future in finished]
            fill()  # the pool gets new work before the results are recorded
            for future, task in done:
                try:
                    yield task, future.result()
                except _TaskFailed as exc:
                    yield task, exc
                except Exception as exc:  # noqa: BLE001 - a bad file must not stop the batch
                    yield task, _TaskFailed([], {output: str(exc) for output, _crop, _dest in task.outputs})
    except Cancelled:
        for future in pending:
            future.cancel()
        raise


_END = object()


def _attempt(task: _Task, keys: dict[str, str]):
    try:
        return _render_task(task, keys)
    except _TaskFailed as exc:  # reported per item, the batch goes on
        return exc


def _render_task(task: _Task, keys: dict[str, str]) -> list[tuple[str, Path, str]]:
    """In a worker: decode once, render every output; when any fails, raises :class:`_TaskFailed` with the
    outputs finished and the reason of each other one (a full or read-only disk names its file)."""
    done: list[tuple[str, Path, str]] = []
    failures: dict[str, str] = {}
    try:
        _render_outputs(task, keys, done, failures)
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - reported per item, the batch goes on
        failures = {output: str(exc) for output, _crop, _dest in task.outputs}
    if failures:
        raise _TaskFailed(done, failures)
    return done


def preview_pixels(path: Path) -> np.ndarray | None:
    """The RGB pixels of a preview made at import (an upright sRGB JPEG without metadata), decoded straight
    into an array: through PIL, the pixels would be copied twice more. ``None`` when there is none."""
    import cv2

    try:
        data = np.fromfile(path, dtype=np.uint8)  # not cv2.imread: it cannot open every path on Windows
    except OSError:
        return None
    rgb_flag = getattr(cv2, "IMREAD_COLOR_RGB", None)  # OpenCV 4.11 and later: RGB straight from the decoder
    pixels = cv2.imdecode(data, (rgb_flag if rgb_flag is not None else cv2.IMREAD_COLOR) | cv2.IMREAD_IGNORE_ORIENTATION)
    if pixels is None:
        return None
    return pixels if rgb_flag is not None else cv2.cvtColor(pixels, cv2.COLOR_BGR2RGB)


def _render_outputs(task: _Task, keys: dict[str, str], done: list, failures: dict[str, str]) -> None:
    """Decode once (the preview, or the original when more pixels are needed), then render each output into
    ``done``; an output that cannot be written (a full or read-only disk) goes into ``failures`` and the
    others are still tried."""
    kit = kit_for_worker(task.kit_path, task.kit_sha256)
    pixels = preview_pixels(task.preview)
    size = (pixels.shape[1], pixels.shape[0]) if pixels is not None else task.original_size
    need = max(source_pixels_needed(kit, o, crop, size) for o, crop, _ in task.outputs)
    if pixels is None or (need > 1.15 and max(task.original_size) > max(size)):
        # Decode the original only as large as the outputs need (a reduced scale where the format allows).
        target = min(max(task.original_size), int(max(size) * need) + 1)
        pixels = np.asarray(load_photo(task.original, max_side=target).convert("RGB"))  # once for every output
    for output, crop, dest in task.outputs:
        image = compose_photo(kit, output, pixels, crop, caption=task.caption, lang=task.language, reuse=True)
        # Renders can be made again: renamed into place whole, without waiting for the disk. The picture
        # and its alt text are both written before either is renamed: a full disk keeps neither.
        try:
            with atomic_path(dest, durable=False) as tmp, atomic_path(alt_text_path(dest), durable=False) as alt:
                save_image(image, tmp, "JPEG", quality=JPEG_QUALITY)  # no EXIF, GPS, XMP or comment is written
                alt.write_text(task.alt_text + "\n", encoding="utf-8")
        except WriteFailed as exc:  # named by its picture: the alt text beside it is part of the same output
            failures[output] = str(WriteFailed(dest, exc.params["detail"], cause=exc.params["cause"]))
            continue
        done.append((output, dest, keys[output]))
