"""Shared fixtures: small generated media, fresh projects, and an isolated user folder."""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Settings and logs of the tests never touch the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


def make_photo(path: Path, size=(640, 480), seed: int = 0, fmt: str | None = None, **save) -> Path:
    rng = np.random.default_rng(seed)
    base = np.zeros((size[1], size[0], 3), np.uint8)
    base[..., 0] = np.linspace(0, 255, size[0], dtype=np.uint8)[None, :]
    base[..., 1] = np.linspace(0, 255, size[1], dtype=np.uint8)[:, None]
    base[..., 2] = rng.integers(0, 255, dtype=np.uint8)
    Image.fromarray(base).save(path, fmt, **save)
    return path


@pytest.fixture
def photo_dir(tmp_path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    make_photo(folder / "one.jpg", seed=1)
    make_photo(folder / "two.png", seed=2)
    make_photo(folder / "three.webp", seed=3)
    return folder


@pytest.fixture
def project(tmp_path):
    from icc_studio.core.store import Project

    with Project.create(tmp_path / "project", city="Testville", kit_id="migrants-18december",
                        languages=["en", "fr"], campaign_year=2026) as p:
        yield p


def jpeg_bytes(size=(64, 48), seed=0) -> bytes:
    buffer = io.BytesIO()
    make_photo(buffer, size=size, seed=seed, fmt="JPEG")
    return buffer.getvalue()
