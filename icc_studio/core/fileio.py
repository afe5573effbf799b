"""Crash-safe file writing: write under a temporary name, flush to disk, rename into place.

Temporary files always carry the ``TEMP_SUFFIX`` so that a project can sweep the ones a
crash left behind the next time it is opened.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".icc-part"
_CHUNK = 1 << 20


def temp_path_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}")


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_write(target: Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``target``; on success it replaces ``target`` atomically.

    On any exception (including cancellation) the temporary file is removed and ``target``
    is left as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(target)
    try:
        with open(tmp, "xb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_path(target: Path, *, durable: bool = True) -> Iterator[Path]:
    """Like :func:`atomic_write` for writers that want a path (Pillow, ffmpeg).

    The temporary path keeps ``target``'s extension so that format detection by name works.
    ``durable=False`` skips the flushes to disk: for files that can be made again (renders,
    reduced copies), the rename alone already guarantees that a crash of the app never
    leaves a half-written file under the final name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}{target.suffix}")
    try:
        yield tmp
        if durable:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(target.parent)


def is_temp_name(path: Path) -> bool:
    return TEMP_SUFFIX in path.name


def sweep_temp_files(root: Path) -> list[Path]:
    """Delete every temporary file left under ``root`` by an interrupted write."""
    removed = []
    if not root.exists():
        return removed
    for path in root.rglob(f"*{TEMP_SUFFIX}*"):
        if path.is_file() and is_temp_name(path):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def copy_hashed(
    src: Path, dest_dir: Path, check: Callable[[], None] | None = None
) -> tuple[Path, str, int]:
    """Copy ``src`` into a temporary file in ``dest_dir`` while hashing it (SHA-256).

    Returns (temporary path, hex digest, size). The caller renames the file into place
    (or deletes it). ``check`` is called between chunks, so a cancel can stop a big copy.
    """
    dest_dir.mkdir(parents=True, exist_ok=True)
    tmp = dest_dir / f".{uuid.uuid4().hex}{TEMP_SUFFIX}"
    digest = hashlib.sha256()
    size = 0
    try:
        with open(src, "rb") as source, open(tmp, "xb") as out:
            while chunk := source.read(_CHUNK):
                if check:
                    check()
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, digest.hexdigest(), size


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
