#!/usr/bin/env python3
"""Screenshots of every page of the main window, in English and Arabic, for the docs.

Usage: screenshots.py PROJECT OUT_DIR [--lang en --lang ar]. Runs on the current display;
without one it starts Xvfb itself (Debian package xvfb) so that real windows are drawn.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def ensure_display() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    if not shutil.which("Xvfb"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    display = ":97"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = display
    time.sleep(1.0)
    return proc


def settle(app, window, seconds: float = 8.0) -> None:
    """Let background jobs (previews, thumbnails) finish and the window repaint."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if not window.context.jobs.running():
            break
        time.sleep(0.02)
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("project", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", action="append", default=None)
    args = parser.parse_args()
    xvfb = ensure_display()
    try:
        from icc_studio.gui.app import create_app

        app, window = create_app([sys.argv[0]])
        window.resize(1440, 900)
        window.show()
        window.open_project(args.project)
        args.out.mkdir(parents=True, exist_ok=True)
        for lang in args.lang or ["en", "ar"]:
            window.context.languages.set_language(lang)
            for page in window.pages:
                window.show_page(page.page_id)
                if page.page_id == "contributions":
                    page.view.setCurrentIndex(page.model.index(2))
                settle(app, window)
                name = "main-window.png" if (lang, page.page_id) == ("en", "campaign") else f"{page.page_id}-{lang}.png"
                window.grab().save(str(args.out / name))
                print(args.out / name)
            from icc_studio.gui.settings_dialog import SettingsDialog

            dialog = SettingsDialog(window.context.languages, window)  # shown, never accepted: nothing saved
            dialog.show()
            settle(app, window, 1.0)
            dialog.grab().save(str(args.out / f"settings-{lang}.png"))
            print(args.out / f"settings-{lang}.png")
            dialog.reject()
        window.context.jobs.cancel_all()
        window.context.jobs.wait(10000)
        window.close()
    finally:
        if xvfb:
            xvfb.terminate()


if __name__ == "__main__":
    main()
