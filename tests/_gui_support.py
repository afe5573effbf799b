"""A demo project made once per test run and copied for each GUI test; the app's window on it."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

_TEMPLATE: Path | None = None


def demo_template() -> Path:
    """The demo project, created on first use (about 15 s) and removed when the tests end."""
    global _TEMPLATE
    if _TEMPLATE is None:
        from icc_studio.core.demo import DemoSpec, create_demo_project

        root = Path(tempfile.mkdtemp(prefix="icc-gui-demo-"))
        atexit.register(shutil.rmtree, root, True)
        create_demo_project(DemoSpec(root / "demo", campaign_year=2026))
        _TEMPLATE = root / "demo"
    return _TEMPLATE


def demo_copy(target: Path) -> Path:
    shutil.copytree(demo_template(), target)
    return target


def open_window(qtbot, folder: Path):
    from icc_studio.gui.app import create_app

    _app, window = create_app()
    qtbot.addWidget(window)
    window.context.languages.set_language("en")
    window.resize(1440, 900)
    assert window.open_project(folder)
    return window


def close_window(window) -> None:
    window.context.jobs.cancel_all()
    window.context.jobs.wait(10000)
    window.context.session.close()
