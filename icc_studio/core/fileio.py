"""Crash-safe file writing: write under a temporary name, flush to disk, rename into place.

Temporary files always carry the ``TEMP_SUFFIX`` so that a project can sweep the ones a
crash left behind the next time it is opened.

A write that fails because of where it goes (a full disk, a read-only or write-protected
folder, a USB stick pulled out) raises :class:`WriteFailed`, which names the file meant to be
written and the cause in plain words; the temporary file is removed and the target is left
as it was.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import mmap
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import IccError

TEMP_SUFFIX = ".icc-part"
_CHUNK = 1 << 20

# errno name → (cause, what the user reads); names a platform lacks are left out
_CAUSES = {
    getattr(errno, name): cause for name, cause in {
        "ENOSPC": ("no-space", "no space left on the device"),
        "EDQUOT": ("no-space", "no space left on the device (disk quota reached)"),
        "EROFS": ("read-only", "the folder is on a read-only disk"),
        "EACCES": ("permission", "permission denied"),
        "EPERM": ("permission", "permission denied"),
        "EFBIG": ("too-large", "the file is too large for this disk's file system"),
        "EIO": ("io", "the disk reported an input/output error (was it removed?)"),
        "ENODEV": ("io", "the disk is gone (was it removed?)"),
    }.items() if hasattr(errno, name)
}
# Causes that are surely about the file being written; the others only when the error names it.
_ANY_FILE = {getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EROFS", "EFBIG") if hasattr(errno, name)}
# SQLite primary result codes (the low byte of an extended code).
_SQLITE_CAUSES = {
    13: ("no-space", "no space left on the device"),       # SQLITE_FULL
    8: ("read-only", "the database is on a read-only disk"),  # SQLITE_READONLY
    10: ("io", "the disk reported an input/output error (was it removed?)"),  # SQLITE_IOERR
}


class WriteFailed(IccError, OSError):
    """A file could not be written where it belongs; ``cause`` is one of ``no-space``, ``read-only``,
    ``permission``, ``too-large``, ``io`` or ``other``.

    It is an :class:`OSError` too, so code that handles failed writes as such still does.
    """

    code = "write-failed"
    template = "{path}: cannot be written: {detail}"

    def __init__(self, path: Path | str, detail: str, *, cause: str = "other", errno_: int | None = None) -> None:
        super().__init__(detail, path=str(path), cause=cause)
        self.errno = errno_

    def __reduce__(self):  # it crosses from worker processes: rebuilt from its values, not its message
        return _rebuild_write_failed, (self.params["path"], self.params["detail"], self.params["cause"], self.errno)


def _rebuild_write_failed(path: str, detail: str, cause: str, errno_: int | None) -> WriteFailed:
    return WriteFailed(path, detail, cause=cause, errno_=errno_)


def write_failed(exc: BaseException, path: Path) -> WriteFailed | None:
    """The :class:`WriteFailed` that ``exc`` (an OS or SQLite error met writing ``path``) means, or ``None``
    when it is not a problem of the destination (a missing source file, a bug)."""
    if isinstance(exc, WriteFailed):
        return exc
    if isinstance(exc, OSError) and exc.errno in _CAUSES:
        cause, detail = _CAUSES[exc.errno]
        return WriteFailed(path, detail, cause=cause, errno_=exc.errno)
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _SQLITE_CAUSES:
        cause, detail = _SQLITE_CAUSES[code & 0xFF]
        return WriteFailed(path, detail, cause=cause)
    return None


def destination_problem(folder: Path) -> WriteFailed | None:
    """Why nothing can be written in ``folder`` (read-only or full file system), or ``None``.

    For writers that only report a failure in words (ffmpeg), to tell a full or read-only
    disk from a bad input.
    """
    probe = Path(folder)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        stats = os.statvfs(probe)
    except (OSError, AttributeError):
        return None
    if stats.f_flag & getattr(os, "ST_RDONLY", 1):
        return WriteFailed(folder, _CAUSES[errno.EROFS][1], cause="read-only", errno_=errno.EROFS)
    if stats.f_bavail * stats.f_frsize < 64 * 1024:
        return WriteFailed(folder, _CAUSES[errno.ENOSPC][1], cause="no-space", errno_=errno.ENOSPC)
    return None


def temp_path_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}")


def fsync_file(path: Path) -> None:
    """Flush a written file's data to disk; a failure (a full disk found late) is a :class:`WriteFailed`
    naming the file's folder. A file already gone (its copy refused meanwhile) needs nothing."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return
    except OSError as exc:
        _raise_write_failed(exc, path.parent)
    try:
        os.fsync(fd)
    except OSError as exc:
        _raise_write_failed(exc, path.parent)
    finally:
        os.close(fd)


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
    _make_folder(target)
    tmp = temp_path_for(target)
    try:
        with open(tmp, "xb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        _discard(tmp)
        failed = write_failed(exc, target) if _about_writing(exc, tmp, target) else None
        if failed is not None and failed is not exc:
            raise failed from exc
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
    _make_folder(target)
    tmp = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}{target.suffix}")
    try:
        yield tmp
        if durable:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        _discard(tmp)
        failed = write_failed(exc, target) if _about_writing(exc, tmp, target) else None
        if failed is not None and failed is not exc:
            raise failed from exc
        raise
    if durable:
        fsync_dir(target.parent)


@contextlib.contextmanager
def file_set(folder: Path) -> Iterator[Path]:
    """Write files that belong together (a poster's PDF, PNG and alt texts) all or none.

    Yields a temporary folder inside ``folder`` to write them in; once the block ends without
    error they are moved into ``folder`` together (renames, which need no space). On any error
    none of them appears, and the files already in ``folder`` are left as they were.
    """
    _make_folder(folder / "_")
    stage = folder / f".{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}"
    try:
        try:
            stage.mkdir()
        except OSError as exc:
            failed = write_failed(exc, folder)
            if failed is None:
                raise
            raise failed from exc
        try:
            yield stage
        except WriteFailed as exc:  # name the file as the user knows it, not its place in the temporary folder
            written = Path(exc.params["path"])
            if stage in written.parents:
                raise WriteFailed(folder / written.relative_to(stage), exc.params["detail"],
                                  cause=exc.params["cause"], errno_=exc.errno) from exc
            raise
        for path in sorted(stage.iterdir()):
            os.replace(path, folder / path.name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    fsync_dir(folder)


def _about_writing(exc: BaseException, *paths: Path) -> bool:
    """Whether an OS error met inside a write is about the file being written (and not, say, a
    source file the writer was reading): a full or read-only disk always is; another error when it
    names one of ``paths`` or their folder, or no file at all (a failed ``write``)."""
    if not isinstance(exc, OSError):
        return False
    if exc.errno in _ANY_FILE or exc.filename is None:
        return True
    named = {str(p) for p in paths} | {str(p.parent) for p in paths}
    return str(exc.filename) in named


def _make_folder(target: Path) -> None:
    if target.parent.is_dir():  # a look is much cheaper than a mkdir that fails (it locks the parent)
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        failed = write_failed(exc, target)
        if failed is None:
            raise
        raise failed from exc


def _discard(tmp: Path) -> None:
    """Remove a temporary file after a failed write; a disk that is gone must not hide the first error."""
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass


def is_temp_name(path: Path) -> bool:
    return TEMP_SUFFIX in path.name


def sweep_temp_files(root: Path) -> list[Path]:
    """Delete every temporary file (and temporary folder of a :func:`file_set`) left under ``root`` by an
    interrupted write."""
    removed = []
    if not root.exists():
        return removed
    for path in sorted(root.rglob(f"*{TEMP_SUFFIX}*")):
        if not is_temp_name(path) or any(p in removed for p in path.parents):
            continue
        if path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
        elif path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def save_image(image, path: Path | str, format: str, **params) -> None:
    """``image.save(path, format, **params)`` (a Pillow image), with every byte written or an error.

    Given a file with a descriptor, Pillow's encoders write to the descriptor themselves and take
    no notice of a short write: when the disk fills up during the last block, the save returns
    without error and leaves a truncated file, which an atomic rename would then put in place as
    a finished export. Here Pillow writes through Python's file object, which writes on after a
    short write and raises the disk's error (``ENOSPC``) when it cannot.
    """
    with open(path, "wb") as file:
        image.save(_WithoutDescriptor(file), format, **params)


class _WithoutDescriptor:
    """A binary file offered without ``fileno()``, so that Pillow writes through :meth:`write` (see :func:`save_image`)."""

    def __init__(self, file: BinaryIO) -> None:
        self._file = file

    def write(self, data) -> int:
        return self._file.write(data)

    def flush(self) -> None:
        self._file.flush()

    def tell(self) -> int:
        return self._file.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._file.seek(offset, whence)


def copy_hashed(
    src: Path, dest_dir: Path, check: Callable[[], None] | None = None, *, durable: bool = True,
    cached: bool = True,
) -> tuple[Path, str, int]:
    """Copy ``src`` into a temporary file in ``dest_dir`` while hashing it (SHA-256).

    Returns (temporary path, hex digest, size). The caller renames the file into place
    (or deletes it). ``check`` is called between chunks, so a cancel can stop a big copy.
    A failure to read ``src`` is the :class:`OSError` itself; a failure to write into
    ``dest_dir`` (full, read-only) is a :class:`WriteFailed` naming ``dest_dir``.
    ``durable=False`` leaves the flush to disk to the caller (:func:`fsync_file`), who must
    make it before the copy is acknowledged.

    ``cached=False`` writes the copy straight to the disk, past the system's file cache, where the
    system allows it (Linux, a file system that supports ``O_DIRECT``; elsewhere the copy is written
    as usual). For an import's originals, which are read once more at most: putting 4 MB of fresh
    pages in the cache for each photo cost more processor time than anything else the import does
    besides decoding (see docs/performance.md), and the copy must reach the disk anyway.
    """
    tmp = dest_dir / f".{uuid.uuid4().hex}{TEMP_SUFFIX}"
    digest = hashlib.sha256()
    size = 0
    view = _copy_buffer()
    direct = not cached and _DIRECT != 0
    with open(src, "rb", buffering=0) as source:
        try:
            if not dest_dir.is_dir():
                dest_dir.mkdir(parents=True, exist_ok=True)
            out = _open_copy(tmp, direct)
        except OSError as exc:
            _raise_write_failed(exc, dest_dir)
        direct = direct and _is_direct(out)
        try:
            with out:
                while count := _fill(source, view):
                    if check:
                        check()
                    chunk = view[:count]
                    digest.update(chunk)
                    try:
                        direct = _write_chunk(out, chunk, direct)
                    except OSError as exc:
                        _raise_write_failed(exc, dest_dir)
                    size += count
                try:
                    out.flush()
                    if durable:
                        os.fsync(out.fileno())
                except OSError as exc:
                    _raise_write_failed(exc, dest_dir)
        except BaseException:
            _discard(tmp)
            raise
    return tmp, digest.hexdigest(), size


_DIRECT = getattr(os, "O_DIRECT", 0)
_BUFFERS = threading.local()


def _copy_buffer() -> memoryview:
    """This thread's buffer for copies, kept from one copy to the next: a new 1-MB buffer each time
    costs a fresh mapping of memory and its page faults. Page-aligned, as writes past the cache need."""
    view = getattr(_BUFFERS, "view", None)
    if view is None:
        view = _BUFFERS.view = memoryview(mmap.mmap(-1, _CHUNK))
    return view


#: Writes past the cache go in whole blocks of this size, from page-aligned memory (every Linux file
#: system takes 4096: it is a multiple of the logical block size of the disks in use).
_DIRECT_BLOCK = 4096


def _open_copy(path: Path, direct: bool):
    """The copy's file, opened for writing past the cache when ``direct`` and the file system allows it."""
    if direct:
        try:
            return open(path, "xb", buffering=0, opener=lambda p, flags: os.open(p, flags | _DIRECT, 0o666))
        except OSError as exc:
            if exc.errno != errno.EINVAL:  # EINVAL: no O_DIRECT on this file system (tmpfs)
                raise
    return open(path, "xb", buffering=0)


def _is_direct(out) -> bool:
    import fcntl

    return bool(fcntl.fcntl(out.fileno(), fcntl.F_GETFL) & _DIRECT)


def _set_cached(out) -> None:
    import fcntl

    fcntl.fcntl(out.fileno(), fcntl.F_SETFL, fcntl.fcntl(out.fileno(), fcntl.F_GETFL) & ~_DIRECT)


def _fill(source, view: memoryview) -> int:
    """Read into ``view`` until it is full or the file ends (a read may return less: a pipe, a network disk);
    returns the number of bytes read."""
    filled = 0
    while filled < len(view):
        count = source.readinto(view[filled:])
        if not count:
            break
        filled += count
    return filled


def _write_chunk(out, chunk: memoryview, direct: bool) -> bool:
    """Write all of ``chunk`` (which starts page-aligned, at a whole block of the file); returns whether the
    file is still written past the cache.

    Past the cache only whole blocks can be written: the tail of the file goes through the cache, and so
    does the rest of a file whose file system refuses such a write after all (EINVAL) or takes part of a
    block (the next write would not start on a block)."""
    if direct:
        whole = len(chunk) - len(chunk) % _DIRECT_BLOCK
        done = 0
        while done < whole:
            try:
                written = out.write(chunk[done:whole])
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
                break
            if not written:
                break
            done += written
            if done % _DIRECT_BLOCK:
                break
        chunk = chunk[done:]
        if not chunk:
            return True
        _set_cached(out)
    _write_all(out, chunk)
    return False


def _write_all(out, data: memoryview) -> None:
    """Write every byte of ``data`` to an unbuffered file (a raw write may take only part of it)."""
    while data:
        written = out.write(data)
        if written is None:  # a non-blocking file that cannot take more now: not a regular file's case
            raise OSError(errno.EAGAIN, "the file could not take the data")
        data = data[written:]


def _raise_write_failed(exc: OSError, path: Path) -> None:
    failed = write_failed(exc, path)
    if failed is None or failed is exc:
        raise exc
    raise failed from exc


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
