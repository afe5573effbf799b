"""Where the app finds its bundled resources and keeps its per-user files.

Nothing is looked up at import time: each function answers when asked.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "ICC Studio"
APP_SLUG = "icc-studio"


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder: from ``ICC_STUDIO_RESOURCES``, a frozen bundle, or the source tree."""
    env = os.environ.get("ICC_STUDIO_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def kits_dir() -> Path:
    return resources_dir() / "kits"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def user_log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_SLUG, appauthor=False, ensure_exists=True)


def user_config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_SLUG, appauthor=False, ensure_exists=True)
