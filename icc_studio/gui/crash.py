"""Logging to a file in the user's log folder, and a dialog that names it when something crashes."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path

from ..core.paths import user_log_dir

log = logging.getLogger("icc_studio")


def setup_logging(level: int = logging.INFO) -> Path:
    path = user_log_dir() / "icc-studio.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return path


def install_crash_handler(log_file: Path) -> None:
    """Unhandled exceptions are logged and shown in a dialog that names the log file; the app goes on."""

    def show(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if threading.current_thread() is not threading.main_thread():
            return  # never touch widgets from a worker thread; the log has it
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("Crash", "ICC Studio — unexpected error"),
                          QApplication.translate("Crash", "Something went wrong: %1\n\nYour project is safe: "
                                                 "everything saved before this moment is kept. The details "
                                                 "are in the log file:\n%2")
                          .replace("%1", str(exc) or exc_type.__name__).replace("%2", str(log_file)))
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.exec()

    sys.excepthook = show
    threading.excepthook = lambda args: show(args.exc_type, args.exc_value, args.exc_traceback)
