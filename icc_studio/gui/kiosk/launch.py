"""Starting the kiosk on a project: ``icc-studio --kiosk PROJECT``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ...core.kiosk.camera import Camera, open_camera
from ...core.kiosk.config import load_kiosk_settings
from ...core.kiosk.feed import LiveFeed
from ...core.kiosk.machine import KioskConfig, KioskMachine, kiosk_languages
from ...core.kiosk.pin import PinGuard, PinNotSet
from ...core.kits import load_builtin_kit
from ...core.store import Project

log = logging.getLogger(__name__)


def build_kiosk(folder: Path, *, camera: Camera | None = None, clock: Callable[[], float] | None = None,
                extra_translations: tuple[Path, ...] = (), unit: int | None = None, **config_overrides):
    """The kiosk window for the project in ``folder`` (not shown, not started). Raises :class:`PinNotSet`
    when staff have not set a PIN yet (there would be no way out)."""
    from PySide6.QtWidgets import QApplication

    from .window import KioskTranslator, KioskWindow

    folder = Path(folder)
    with Project.open(folder) as project:
        info = project.info()
        settings = load_kiosk_settings(project)
    if not settings.pin:
        raise PinNotSet(folder)
    kit = load_builtin_kit(info.kit_id)
    config = KioskConfig(languages=kiosk_languages(info.languages, kit), age_threshold=settings.age_threshold,
                         idle_timeout_s=settings.idle_timeout_s, output_id=settings.output_id)
    if config_overrides:
        from dataclasses import replace

        config = replace(config, **config_overrides)
    camera = camera or open_camera(settings.camera, settings.resolution)
    extra = {"clock": clock} if clock else {}
    feed = LiveFeed(camera, **extra)
    machine = KioskMachine(kit, config, capture=feed.capture, **extra)
    app = QApplication.instance()
    if unit is None:
        screen = app.primaryScreen()
        unit = max(16, round(screen.geometry().height() / 40)) if screen else 22
    translator = KioskTranslator(app, tuple(extra_translations))
    return KioskWindow(machine, feed, kit=kit, city=info.city, project_folder=folder,
                       pin_guard=PinGuard(settings.pin, **extra), translator=translator, unit=unit)


def run_kiosk(folder: Path, argv: list[str]) -> int:
    """Build the app and the kiosk, show it full screen, run until staff leave with the PIN."""
    import sys

    from PySide6.QtWidgets import QApplication

    from ...core.errors import IccError

    try:  # the usual mistakes are told before any window opens
        with Project.open(folder) as project:
            if not load_kiosk_settings(project).pin:
                raise PinNotSet(folder)
    except IccError as exc:
        print(f"icc-studio: {exc}", file=sys.stderr)
        return 4
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("ICC Studio kiosk")
    try:
        window = build_kiosk(folder)
    except IccError as exc:
        print(f"icc-studio: {exc}", file=sys.stderr)
        return 4
    app.setQuitOnLastWindowClosed(False)
    window.exited.connect(app.quit)
    window.show_kiosk()
    window.start()
    log.info("kiosk started on %s", folder)
    return app.exec()
