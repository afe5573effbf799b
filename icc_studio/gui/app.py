"""``icc-studio``: starts the desktop app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import replace
from pathlib import Path

from .. import __version__
from ..core.paths import APP_NAME

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="icc-studio", description=f"{APP_NAME}: the desktop app.")
    parser.add_argument("project", nargs="?", type=Path, help="a project folder to open")
    parser.add_argument("--lang", help="interface language (for example en, fr)")
    parser.add_argument("--kiosk", type=Path, metavar="PROJECT",
                        help="run the town-hall kiosk on PROJECT (full screen; staff leave with the PIN)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def create_app(argv: list[str] | None = None):
    """Build the QApplication, the services and the main window (used by main() and the tests)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from ..core.settings import load_settings
    from .context import AppContext
    from .i18n import LanguageManager
    from .jobs import JobRunner
    from .main_window import MainWindow
    from .session import ProjectSession

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Intercultural Cities")
    app.setDesktopFileName("icc-studio")
    font = app.font()
    if font.pointSize() < 10:
        font.setPointSize(10)
        app.setFont(QFont(font))
    settings = load_settings()
    from ..core.workers import start_worker_server

    start_worker_server()  # from the main thread: the worker processes end exactly with the app
    languages = LanguageManager(app)
    context = AppContext(session=ProjectSession(app), jobs=JobRunner(app), languages=languages)
    languages.set_language(settings.interface_language or LanguageManager.system_language())
    window = MainWindow(context)
    languages.language_changed.connect(_remember_language)
    return app, window


def _remember_language(code: str) -> None:
    from ..core.settings import load_settings, save_settings

    save_settings(replace(load_settings(), interface_language=code))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    from .crash import install_crash_handler, setup_logging

    log_file = setup_logging()
    install_crash_handler(log_file)
    log.info("%s %s starting", APP_NAME, __version__)
    if args.kiosk:
        from .kiosk.launch import run_kiosk

        return run_kiosk(args.kiosk, argv)
    app, window = create_app(argv)
    if args.lang:
        window.context.languages.set_language(args.lang)
    if args.project:
        window.open_project(args.project)
    else:
        from ..core.settings import load_settings

        last = load_settings().last_project
        if last and Path(last).is_dir():
            window.open_project(Path(last))
    window.context.session.project_changed.connect(lambda: _remember_project(window))
    window.show()
    if os.environ.get("ICC_STUDIO_STARTUP_PROBE"):  # packaging smoke test: how long until the window shows
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: (print("icc-studio: main window shown", flush=True), app.quit()))
    return app.exec()


def _remember_project(window) -> None:
    from ..core.settings import load_settings, save_settings

    folder = window.context.session.folder
    if folder is not None:
        save_settings(replace(load_settings(), last_project=str(folder)))


if __name__ == "__main__":
    sys.exit(main())
