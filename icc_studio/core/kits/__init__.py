"""Campaign kits: a folder with a ``kit.json`` manifest (texts, palette, layouts, vector artwork).

A kit is data, not code, so the network's designers can ship new kits without a new release.
The format is described in ``docs/kit-format.md`` and checked by ``kit.schema.json``.
"""

from __future__ import annotations

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
    "load_kit", "render_artwork", "render_kit_preview", "validate_kit",
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
