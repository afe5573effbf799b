"""Campaign kits: a folder with a ``kit.json`` manifest (texts, palette, layouts, vector artwork).

A kit is data, not code, so the network's designers can ship new kits without a new release.
The format is described in ``docs/kit-format.md`` and checked by ``kit.schema.json``.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from ..errors import KitError
from ..paths import kits_dir
from .artwork import render_artwork
from .model import OUTPUT_IDS, PRINT_OUTPUTS, PURPOSES, SCREEN_OUTPUTS, TEXT_KEYS, Box, Kit, KitTexts, Limits, \
    SafeZone, Template, kit_from_manifest
from .preview import render_kit_preview
from .validation import KitProblem, kit_schema, read_manifest, validate_kit, validate_manifest

__all__ = [
    "OUTPUT_IDS", "PRINT_OUTPUTS", "PURPOSES", "SCREEN_OUTPUTS", "TEXT_KEYS", "Box", "Kit", "KitProblem",
    "KitTexts", "Limits", "SafeZone", "Template", "builtin_kit_ids", "kit_schema", "load_builtin_kit",
    "load_kit", "load_vouched_kit", "manifest_sha256", "render_artwork", "render_kit_preview", "validate_kit",
]


def load_kit(path: Path) -> Kit:
    """The kit at ``path`` (its folder or its ``kit.json``); :class:`KitError` names the first problem.

    Validated kits are kept per process, keyed on the manifest's path and modification time,
    so asking again (each preview, each page refresh) costs no new validation.
    """
    path = Path(path)
    manifest = path / "kit.json" if path.is_dir() else path
    try:
        stamp = manifest.stat().st_mtime_ns
    except OSError:
        stamp = None  # read_manifest reports the missing file
    if stamp is not None:
        return _load_kit_cached(str(manifest.resolve()), stamp)
    return _load_kit_uncached(path)


@lru_cache(maxsize=32)
def _load_kit_cached(manifest: str, mtime_ns: int) -> Kit:
    return _load_kit_uncached(Path(manifest))


def _load_kit_uncached(path: Path) -> Kit:
    file, data, problems = read_manifest(Path(path))
    if data is not None:
        problems = validate_manifest(file, data)
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        detail = f"{first.field}: {first.message}{more}" if first.field else f"{first.message}{more}"
        raise KitError(file, detail, field=first.field)
    return kit_from_manifest(data, file.parent)


def manifest_sha256(kit: Kit) -> str:
    """The SHA-256 of the kit's manifest, as read now (see :func:`load_vouched_kit`)."""
    return hashlib.sha256(kit.manifest_path.read_bytes()).hexdigest()


_VOUCHED: dict[tuple[str, str], Kit] = {}


def load_vouched_kit(path: Path, sha256: str) -> Kit:
    """The kit at ``path`` in a worker process, when the calling process has validated a
    manifest with this ``sha256`` (:func:`manifest_sha256`).

    Schema validation costs about half a second per process; when the manifest's bytes
    are the ones vouched for, it is skipped. Any other content is validated in full.
    """
    manifest = Path(path) / "kit.json" if Path(path).is_dir() else Path(path)
    raw = manifest.read_bytes() if manifest.is_file() else b""
    if hashlib.sha256(raw).hexdigest() != sha256:
        return _load_kit_uncached(manifest)  # other bytes: validate what is there now
    key = (str(manifest), sha256)
    kit = _VOUCHED.get(key)
    if kit is not None:
        return kit
    file, data, problems = read_manifest(manifest)
    if data is None or problems:  # cannot happen for bytes that were validated; be safe
        return _load_kit_uncached(manifest)
    kit = _VOUCHED[key] = kit_from_manifest(data, file.parent)
    return kit


def builtin_kit_ids() -> list[str]:
    """The ids of the kits under ``resources/kits``, sorted."""
    folder = kits_dir()
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if (p / "kit.json").is_file())


def load_builtin_kit(kit_id: str) -> Kit:
    if kit_id not in builtin_kit_ids():
        known = ", ".join(builtin_kit_ids()) or "none"
        raise KitError(kits_dir() / kit_id, f"there is no built-in kit {kit_id!r} (known: {known})", field="id")
    return load_kit(kits_dir() / kit_id)
