"""Reading a package that may be hostile: every entry checked, every byte counted while streaming.

Nothing in the archive's headers is trusted for safety: the number of entries is checked
before the central directory is parsed; names are checked for ``..``, absolute paths, drive
letters, backslashes, control characters and collisions by case or Unicode normalisation;
symbolic links, encrypted entries and unknown compression methods are refused; entries may not
overlap; each entry is decompressed here (``zlib``, not ``zipfile``) so that the bytes it really
produces are counted against the limits and against the compression ratio as they come. Only
the entries that the manifest declares are written, into the staging folder given by the caller,
each checked against its SHA-256 and size in the manifest.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Cancelled
from ..jobs import NEVER_CANCELLED, CancelToken
from .errors import PackageRefused
from .manifest import FORMAT, MANIFEST_NAME, SCHEMA_VERSION, schema_problems

_CHUNK = 1 << 20
_DRIVE = re.compile(r"^[A-Za-z]:")
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_S_IFMT, _S_IFLNK, _S_IFREG = 0o170000, 0o120000, 0o100000


@dataclass(frozen=True)
class PackageLimits:
    """What an import accepts; every limit is checked on the bytes really read."""

    max_entries: int = 20_000
    max_total_bytes: int = 16 * 1024**3
    max_entry_bytes: int = 4 * 1024**3
    max_manifest_bytes: int = 32 * 1024**2
    max_ratio: float = 100.0  # decompressed / compressed
    ratio_floor_bytes: int = 1 << 20  # a ratio is judged once an entry has produced this much


@dataclass(frozen=True)
class EntryReport:
    name: str
    status: str  # "ok" or "refused"
    detail: str = ""
    size: int = 0


@dataclass
class CheckedArchive:
    manifest: dict
    manifest_bytes: bytes
    staged: dict[str, Path]  # declared media path -> staged file
    entries: list[EntryReport] = field(default_factory=list)


class _Refuse(Exception):
    def __init__(self, entry: str, reason: str, detail: str,
                 problems: tuple[tuple[str, str, str], ...] = ()) -> None:
        super().__init__(detail)
        self.entry, self.reason, self.detail, self.problems = entry, reason, detail, problems


def check_archive(package: Path, staging: Path, *, limits: PackageLimits = PackageLimits(),
                  cancel: CancelToken = NEVER_CANCELLED,
                  progress: Callable[[int, int, str], None] | None = None) -> CheckedArchive:
    """Check the whole archive; write its declared media into ``staging`` (which must exist).

    Raises :class:`PackageRefused` naming the entry at fault. On a refusal or a cancel the files
    written into ``staging`` are removed again; the caller removes ``staging`` itself.
    """
    package = Path(package)
    written: list[Path] = []
    try:
        return _check(package, staging, limits, cancel, progress, written)
    except _Refuse as refuse:
        _remove(written)
        raise PackageRefused(package, refuse.entry, refuse.detail, reason=refuse.reason,
                             problems=refuse.problems) from None
    except PackageRefused:
        _remove(written)
        raise
    except BaseException:
        _remove(written)
        raise


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _check(package: Path, staging: Path, limits: PackageLimits, cancel: CancelToken, progress,
           written: list[Path]) -> CheckedArchive:
    try:
        handle = open(package, "rb")
    except OSError as exc:
        raise _Refuse("", "unreadable", f"the file cannot be read ({exc.strerror or exc})") from exc
    with handle:
        file_size = handle.seek(0, io.SEEK_END)
        count = _declared_entry_count(handle)
        if count > limits.max_entries:
            raise _Refuse("", "entries", f"too many entries ({count}; at most {limits.max_entries})")
        handle.seek(0)
        try:
            archive = zipfile.ZipFile(handle)
            infos = archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
            raise _Refuse("", "damaged", f"not a readable zip archive ({exc})") from exc
        if len(infos) > limits.max_entries:
            raise _Refuse("", "entries", f"too many entries ({len(infos)}; at most {limits.max_entries})")
        _check_names(infos)
        spans = _check_layout(handle, infos, file_size)
        by_name = {info.orig_filename: info for info in infos}
        if MANIFEST_NAME not in by_name:
            raise _Refuse(MANIFEST_NAME, "missing", "the archive has no manifest")
        budget = _Budget(limits)
        manifest_bytes = _read_entry(handle, by_name[MANIFEST_NAME], spans, limits, budget, cancel,
                                     max_bytes=limits.max_manifest_bytes).getvalue()
        manifest = _parse_manifest(manifest_bytes)
        declared = _declared_media(manifest)
        for info in infos:
            if info.orig_filename != MANIFEST_NAME and info.orig_filename not in declared:
                raise _Refuse(info.orig_filename, "undeclared", "a file the manifest does not declare")
        for path in sorted(declared):
            if path not in by_name:
                raise _Refuse(path, "missing", "declared by the manifest but not in the archive")
        entries = [EntryReport(MANIFEST_NAME, "ok", "manifest", len(manifest_bytes))]
        staged: dict[str, Path] = {}
        total = len(declared)
        for index, path in enumerate(sorted(declared)):
            cancel.check()
            if progress:
                progress(index, total, path)
            sha256, size = declared[path]
            # Not named *.icc-part: Project.open() in another thread sweeps those, even while in use.
            target = staging / f"{index:06d}.staged"
            written.append(target)
            digest = hashlib.sha256()
            with open(target, "xb") as out:
                def sink(data: bytes, out=out) -> None:
                    digest.update(data)
                    out.write(data)
                produced = _stream_entry(handle, by_name[path], spans, limits, budget, cancel, sink,
                                         max_bytes=size)
            if produced != size:
                raise _Refuse(path, "checksum", f"{produced} bytes where the manifest declares {size}")
            if digest.hexdigest() != sha256:
                raise _Refuse(path, "checksum", "its SHA-256 does not match the manifest")
            staged[path] = target
            entries.append(EntryReport(path, "ok", "SHA-256 verified", size))
        if progress:
            progress(total, total, "")
        return CheckedArchive(manifest, manifest_bytes, staged, entries)


def _declared_entry_count(handle) -> int:
    """The entry count of the end-of-central-directory record, read before anything else is parsed."""
    try:
        record = zipfile._EndRecData(handle)  # noqa: SLF001 - the stdlib's own EOCD/ZIP64 reader
    except (OSError, struct.error, ValueError) as exc:
        raise _Refuse("", "damaged", f"not a readable zip archive ({exc})") from exc
    if not record:
        raise _Refuse("", "damaged", "not a zip archive (no central directory)")
    return int(record[zipfile._ECD_ENTRIES_TOTAL])  # noqa: SLF001


def _check_names(infos: list[zipfile.ZipInfo]) -> None:
    problems: list[tuple[str, str, str]] = []
    seen: dict[str, str] = {}
    for info in infos:
        name = info.orig_filename
        problem = _name_problem(name)
        if problem is None:
            mode = (info.external_attr >> 16) & _S_IFMT
            if mode == _S_IFLNK:
                problem = ("symlink", "a symbolic link")
            elif mode not in (0, _S_IFREG):
                problem = ("special", "not a regular file")
            elif info.flag_bits & 0x41:
                problem = ("encrypted", "an encrypted entry")
            elif info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                problem = ("compression", f"an unsupported compression method ({info.compress_type})")
        if problem is None:
            for key in {unicodedata.normalize(form, name).casefold() for form in ("NFC", "NFKC")}:
                if key in seen:
                    what = "the same name" if seen[key] == name else f"{seen[key]!r} by case or Unicode normalisation"
                    problem = ("collision", f"collides with {what}")
                    break
            for form in ("NFC", "NFKC"):
                seen.setdefault(unicodedata.normalize(form, name).casefold(), name)
        if problem is not None:
            problems.append((name, *problem))
    if problems:
        entry, reason, detail = problems[0]
        more = f" (and {len(problems) - 1} more entries refused)" if len(problems) > 1 else ""
        raise _Refuse(entry, reason, detail + more, tuple(problems))


def _name_problem(name: str) -> tuple[str, str] | None:
    if not name:
        return ("path", "an empty name")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return ("path", "a control character in the name")
    if "\\" in name:
        return ("path", "a backslash in the name")
    if name.startswith("/"):
        return ("path", "an absolute path")
    if _DRIVE.match(name):
        return ("path", "a drive letter")
    if name.endswith("/"):
        return ("undeclared", "a directory entry (a package holds files only)")
    parts = name.split("/")
    if any(part == ".." for part in parts):
        return ("path", "a '..' component")
    if any(part in ("", ".") for part in parts):
        return ("path", "an empty or '.' component")
    return None


def _check_layout(handle, infos: list[zipfile.ZipInfo], file_size: int) -> dict[str, tuple[int, int]]:
    """Where each entry's compressed data is, from its local header; entries must not overlap."""
    spans: dict[str, tuple[int, int]] = {}
    data_starts: dict[str, int] = {}
    for info in infos:
        handle.seek(info.header_offset)
        raw = handle.read(_LOCAL_HEADER.size)
        if len(raw) != _LOCAL_HEADER.size:
            raise _Refuse(info.orig_filename, "damaged", "its local header is cut off")
        fields = _LOCAL_HEADER.unpack(raw)
        if fields[0] != b"PK\x03\x04":
            raise _Refuse(info.orig_filename, "damaged", "its local header is missing")
        name_len, extra_len = fields[9], fields[10]
        local_name = handle.read(name_len)
        encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
        if local_name.decode(encoding, "replace") != info.orig_filename:
            raise _Refuse(info.orig_filename, "damaged", "its local header names another file")
        start = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len
        end = start + info.compress_size
        if end > file_size:
            raise _Refuse(info.orig_filename, "damaged", "its data runs past the end of the file")
        spans[info.orig_filename] = (info.header_offset, end)
        data_starts[info.orig_filename] = start
    ordered = sorted((span, name) for name, span in spans.items())
    for (previous, name_a), (current, name_b) in zip(ordered, ordered[1:]):
        if current[0] < previous[1]:
            raise _Refuse(name_b, "overlap", f"overlaps entry {name_a!r}")
    return {name: (data_starts[name], span[1]) for name, span in spans.items()}


class _Budget:
    def __init__(self, limits: PackageLimits) -> None:
        self.limits = limits
        self.total = 0


def _read_entry(handle, info, spans, limits, budget, cancel, *, max_bytes: int) -> io.BytesIO:
    buffer = io.BytesIO()
    _stream_entry(handle, info, spans, limits, budget, cancel, buffer.write, max_bytes=max_bytes)
    return buffer


def _stream_entry(handle, info: zipfile.ZipInfo, spans, limits: PackageLimits, budget: _Budget,
                  cancel: CancelToken, sink, *, max_bytes: int) -> int:
    """Decompress one entry into ``sink``, counting the bytes it really produces."""
    name = info.orig_filename
    start, end = spans[name]
    entry_limit = min(max_bytes, limits.max_entry_bytes)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    consumed = produced = 0
    crc = 0

    def emit(data: bytes) -> None:
        nonlocal produced, crc
        produced += len(data)
        budget.total += len(data)
        if produced > entry_limit:
            if entry_limit == limits.max_entry_bytes:
                raise _Refuse(name, "size", f"larger than {limits.max_entry_bytes} bytes")
            raise _Refuse(name, "size", f"more than the {max_bytes} bytes it may hold")
        if budget.total > limits.max_total_bytes:
            raise _Refuse(name, "size", f"the archive unpacks to more than {limits.max_total_bytes} bytes")
        if produced > limits.ratio_floor_bytes and produced > limits.max_ratio * max(consumed, 1):
            raise _Refuse(name, "ratio", f"a suspicious compression ratio (over {limits.max_ratio:g}:1)")
        crc = zlib.crc32(data, crc)
        sink(data)

    handle.seek(start)
    remaining = end - start
    try:
        while remaining > 0:
            if cancel.cancelled:
                raise Cancelled()
            chunk = handle.read(min(_CHUNK, remaining))
            if not chunk:
                raise _Refuse(name, "damaged", "its data is cut off")
            remaining -= len(chunk)
            consumed += len(chunk)
            if inflater is None:
                emit(chunk)
                continue
            buffer = chunk
            while True:
                data = inflater.decompress(buffer, _CHUNK)
                if data:
                    emit(data)
                buffer = inflater.unconsumed_tail
                if not buffer and not data:
                    break
                if inflater.eof:
                    break
        if inflater is not None and not inflater.eof:
            raise _Refuse(name, "damaged", "its compressed data is cut off")
    except zlib.error as exc:
        raise _Refuse(name, "damaged", f"its compressed data is damaged ({exc})") from exc
    if produced != info.file_size:
        raise _Refuse(name, "damaged", f"the archive says {info.file_size} bytes, it holds {produced}")
    if crc != info.CRC:
        raise _Refuse(name, "damaged", "its CRC does not match")
    return produced


def _parse_manifest(data: bytes) -> dict:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _Refuse(MANIFEST_NAME, "schema", f"not valid UTF-8 JSON ({exc})") from exc
    if isinstance(manifest, dict) and manifest.get("format") == FORMAT and \
            isinstance(manifest.get("schema_version"), int) and manifest["schema_version"] > SCHEMA_VERSION:
        raise _Refuse(MANIFEST_NAME, "version",
                      f"made by a newer ICC Studio (package schema {manifest['schema_version']}, "
                      f"this version reads {SCHEMA_VERSION})")
    problems = schema_problems(manifest)
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise _Refuse(MANIFEST_NAME, "schema", f"breaks the package schema {problems[0]}{more}")
    return manifest


def _declared_media(manifest: dict) -> dict[str, tuple[str, int]]:
    """Declared media path -> (sha256, size); a path must be named after its own checksum."""
    declared: dict[str, tuple[str, int]] = {}
    keys: set[str] = set()
    for index, item in enumerate(manifest["contributions"]):
        media = item["media"]
        path, sha256, size = media["path"], media["sha256"], media["size"]
        if item["key"] in keys:
            raise _Refuse(MANIFEST_NAME, "schema", f"contribution {index} repeats key {item['key']}")
        keys.add(item["key"])
        if not path.startswith(f"media/{sha256}."):
            raise _Refuse(MANIFEST_NAME, "schema", f"contribution {index}: {path} is not named after its SHA-256")
        if declared.get(path, (sha256, size)) != (sha256, size):
            raise _Refuse(MANIFEST_NAME, "schema", f"{path} is declared twice with different sizes")
        declared[path] = (sha256, size)
    return declared
