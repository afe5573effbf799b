"""The photo render job: every approved photo in every framed format, with its alt text.

``render_photos(spec, *, progress, cancel)`` follows the job protocol. Work is spread over
a process pool (one task per contribution: one decode, all its formats). Outputs are cached
on a key of (media, crop, caption, language, kit, renderer): an unchanged item is not
rendered again. Every file is written under a temporary name and renamed into place, so a
cancel or a crash never leaves a half-written output.
"""

from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import numpy as np

from ..errors import Cancelled, IccError
from ..fileio import atomic_path
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit, manifest_sha256
from ..media.reduce import load_photo, reduced_paths
from ..review import why_left_out
from ..store import Contribution, MediaKind, Project, Purpose
from ..workers import process_pool
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
        tasks = _plan(project, kit, info.city, spec, report)
        tracked = _tracked(project, spec)
        total = len(tasks)
        progress(0, total, "")
        if not tasks:
            return report
        workers = max(1, spec.workers or os.cpu_count() or 1)
        done = 0
        for task, outcome in _run(tasks, workers, cancel):
            done += 1
            if isinstance(outcome, BaseException):
                for output, _crop, _dest in task.outputs:
                    report.results.append(ItemResult(task.contribution_id, output, ItemStatus.FAILED,
                                                     reason=str(outcome)))
            else:
                if tracked:
                    project.record_renders((output, key, path, task.contribution_id) for output, path, key in outcome)
                for output, path, _key in outcome:
                    report.results.append(ItemResult(task.contribution_id, output, ItemStatus.RENDERED, path))
            progress(done, total, f"#{task.contribution_id}")
        project.audit("render.photos", "", {"rendered": report.count(ItemStatus.RENDERED),
                                              "cached": report.count(ItemStatus.CACHED)})
    return report


def _plan(project: Project, kit: Kit, city: str, spec: RenderPhotosSpec, report: RenderReport) -> list[tuple]:
    """Choose what to render; cached and ineligible items go straight into the report."""
    if spec.contribution_ids is not None:
        chosen = [project.contribution(i) for i in spec.contribution_ids]
    else:
        chosen = [c for c in project.contributions() if c.kind == MediaKind.PHOTO]
    kit_sha256 = manifest_sha256(kit)
    kit_hash = kit_sha256[:16]
    tracked = _tracked(project, spec)
    tasks = []
    for c in chosen:
        reason = _ineligible(c)
        if reason:
            report.results.extend(ItemResult(c.id, o, ItemStatus.SKIPPED, reason=reason) for o in spec.outputs)
            continue
        try:
            check_caption(kit, c.caption)
        except IccError as exc:
            report.results.extend(ItemResult(c.id, o, ItemStatus.FAILED, reason=str(exc)) for o in spec.outputs)
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
            tasks.append((task, {o: key for o, _, _, key in todo}))
    return tasks


def _tracked(project: Project, spec: RenderPhotosSpec) -> bool:
    """Renders are cached in the project's records; files written outside the project are not tracked."""
    return spec.out_dir is None or Path(spec.out_dir).resolve().is_relative_to(project.folder.resolve())


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


def _run(tasks: list[tuple], workers: int, cancel: CancelToken):
    """Yield (task, outcome) as tasks finish; outcome is [(output, path, key)] or the exception."""
    if workers == 1 or len(tasks) == 1:
        for task, keys in tasks:
            cancel.check()
            yield task, _attempt(task, keys)
        return
    with process_pool(min(workers, len(tasks))) as pool:
        pending: dict[Future, tuple] = {}
        queue = list(tasks)
        try:
            while queue or pending:
                while queue and len(pending) < workers * 2:  # keep the pool busy, not the memory full
                    task, keys = queue.pop(0)
                    pending[pool.submit(_render_task, task, keys)] = (task, keys)
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                cancel.check()
                for future in finished:
                    task, _keys = pending.pop(future)
                    try:
                        yield task, future.result()
                    except IccError as exc:
                        yield task, exc
                    except Exception as exc:  # noqa: BLE001 - a bad file must not stop the batch
                        yield task, exc
        except Cancelled:
            for future in pending:
                future.cancel()
            raise


def _attempt(task: _Task, keys: dict[str, str]):
    try:
        return _render_task(task, keys)
    except Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - reported per item, the batch goes on
        return exc


def _render_task(task: _Task, keys: dict[str, str]) -> list[tuple[str, Path, str]]:
    """In a worker: decode once (the preview, or the original when more pixels are needed), render every output."""
    kit = kit_for_worker(task.kit_path, task.kit_sha256)
    photo = load_photo(task.preview) if task.preview.is_file() else None
    size = photo.size if photo is not None else task.original_size
    need = max(source_pixels_needed(kit, o, crop, size) for o, crop, _ in task.outputs)
    if photo is None or (need > 1.15 and max(task.original_size) > max(photo.size)):
        # Decode the original only as large as the outputs need (a reduced scale where the format allows).
        target = min(max(task.original_size), int(max(size) * need) + 1)
        photo = load_photo(task.original, max_side=target)
    pixels = np.asarray(photo.convert("RGB"))  # once for every output
    done = []
    for output, crop, dest in task.outputs:
        image = compose_photo(kit, output, pixels, crop, caption=task.caption, lang=task.language)
        # Renders can be made again: renamed into place whole, without waiting for the disk.
        with atomic_path(dest, durable=False) as tmp:
            image.save(tmp, "JPEG", quality=JPEG_QUALITY)  # no EXIF, GPS, XMP or comment is written
        with atomic_path(alt_text_path(dest), durable=False) as tmp:
            tmp.write_text(task.alt_text + "\n", encoding="utf-8")
        done.append((output, dest, keys[output]))
    return done
