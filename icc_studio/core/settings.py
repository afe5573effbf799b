"""User settings, declared once with their defaults and a schema version.

Stored as JSON in the user's config folder. Window geometry and similar state are not
settings and live elsewhere.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from .fileio import atomic_write
from .paths import user_config_dir

log = logging.getLogger(__name__)
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Settings:
    interface_language: str = ""  # empty: follow the system
    last_project: str = ""
    export_folder: str = ""
    worker_processes: int = max(1, (os.cpu_count() or 2))


def settings_path() -> Path:
    return user_config_dir() / "settings.json"


def worker_limit() -> int:
    """The most worker processes a user may choose: eight, or one per core on a larger computer."""
    return max(8, os.cpu_count() or 1)


def exports_base(settings: Settings, project_folder: Path, city: str) -> Path:
    """The folder a project's exports go under: ``<export folder>/<city>`` when the setting is set,
    else the project's own ``exports/``. Each output keeps its folder below it (``photos/<format>``,
    ``collage``, …)."""
    if not settings.export_folder:
        return Path(project_folder) / "exports"
    name = _folder_name(city) or _folder_name(Path(project_folder).name) or "project"
    return Path(settings.export_folder).expanduser() / name


def _folder_name(text: str) -> str:
    """A folder name that keeps the city's own letters ("São Paulo" → "São-Paulo", "Київ" stays)."""
    return re.sub(r"[^\w-]+", "-", text).strip("-_")


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    data = _upgrade(data)
    known = {f.name: f.type for f in fields(Settings)}
    values = {}
    defaults = Settings()
    for key, value in data.items():
        if key in known and isinstance(value, type(getattr(defaults, key))):
            values[key] = value
    return replace(defaults, **values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    payload = {"version": SETTINGS_VERSION, **asdict(settings)}
    with atomic_write(path) as handle:
        handle.write(json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8"))


def _upgrade(data: dict) -> dict:
    """Bring settings written by an older version up to date (none yet besides version 1)."""
    data = dict(data)
    data.pop("version", None)
    return data
