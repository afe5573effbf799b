"""Logging, the crash dialog and user settings."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from icc_studio.core.settings import Settings, load_settings, save_settings


def test_settings_round_trip_and_defaults(tmp_path):
    path = tmp_path / "settings.json"
    assert load_settings(path) == Settings()
    save_settings(Settings(interface_language="fr", worker_processes=3), path)
    loaded = load_settings(path)
    assert loaded.interface_language == "fr" and loaded.worker_processes == 3
    assert '"version": 1' in path.read_text(encoding="utf-8")


def test_broken_or_foreign_settings_fall_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()
    path.write_text('{"version": 1, "worker_processes": "many", "unknown": 1, "interface_language": "ar"}',
                    encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.worker_processes == Settings().worker_processes and loaded.interface_language == "ar"


def test_crash_dialog_names_the_log_file(qtbot, monkeypatch):
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QMessageBox

    from icc_studio.gui.crash import install_crash_handler, setup_logging

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append((self.text(), self.detailedText())) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        log_file = setup_logging()
        install_crash_handler(log_file)
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        for handler in root.handlers:
            handler.flush()
        assert shown and str(log_file) in shown[0][0] and "boom in a slot" in shown[0][0]
        assert "Traceback" in shown[0][1]
        assert "boom in a slot" in log_file.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
