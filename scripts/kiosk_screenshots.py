#!/usr/bin/env python3
"""Screenshots of every kiosk screen, driven through a real session with the fake camera.

Usage: kiosk_screenshots.py [OUT_DIR] [--lang fr --lang ar] [--size 1280x800]. Writes
``kiosk-<lang>-<n>-<screen>.png`` (default into docs/screenshots). Makes a throw-away project
(Lindaval, migrants kit, French and Arabic) with a PIN. On a display (e.g. ``Xvfb :95
-screen 0 1280x800x24`` and ``DISPLAY=:95``) the kiosk runs full screen; without one,
offscreen at ``--size``. The interface speaks through the app's own translations (translations/).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def pump(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_for(app, condition, seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the kiosk did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", action="append", default=None)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtWidgets import QApplication

    from icc_studio.core.kiosk.camera import FakeCamera
    from icc_studio.core.kiosk.config import set_pin
    from icc_studio.core.kiosk.machine import Screen
    from icc_studio.core.store import Project
    from icc_studio.gui.kiosk.launch import build_kiosk

    app = QApplication.instance() or QApplication([sys.argv[0]])
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icc-kiosk-shots-") as tmp:
        folder = Path(tmp) / "project"
        with Project.create(folder, city="Lindaval", kit_id="migrants-18december", languages=["fr", "ar"]) as project:
            set_pin(project, "2468")
        extra = ()
        for index, lang in enumerate(args.lang or ["fr", "ar"]):
            camera = FakeCamera((1280, 720), seed=3 + index * 2, fps=30)
            window = build_kiosk(folder, camera=camera, extra_translations=extra, unit=round(height / 40))
            if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
                window.resize(width, height)
                window.show()
            else:  # a real display (Xvfb): the kiosk as it runs, full screen
                window.show_kiosk()
            window.start()
            machine = window.machine

            def shot(name: str, settle: float = 0.3) -> None:
                pump(app, settle)
                path = args.out / f"kiosk-{lang}-{name}.png"
                window.grab().save(str(path))
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

            pump(app, 0.5)
            shot("1-attract")
            machine.start()
            shot("2-language")
            machine.choose_language(lang)
            consent = window.by_state[Screen.CONSENT]
            for box in list(consent.purpose_boxes.values())[:3]:
                box.setChecked(True)
            consent.minor_button.setChecked(True)
            shot("3-consent")
            consent.agree_button.click()
            guardian = window.by_state[Screen.GUARDIAN]
            for letter in ("Samira Haddad" if lang != "ar" else "سميرة حداد"):
                guardian.name.insert(letter)
            guardian.agree_box.setChecked(True)
            shot("4-guardian")
            guardian.agree_button.click()
            wait_for(app, lambda: window.preview.view.has_image())
            shot("5-preview", 0.6)
            camera.unplug()  # the cable pulled out during the session
            wait_for(app, lambda: machine.state == Screen.NO_CAMERA)
            shot("6-no-camera")
            camera.plug()
            wait_for(app, lambda: machine.state == Screen.PREVIEW, 5)
            wait_for(app, lambda: window.preview.view.has_image())
            window.preview.shoot_button.click()
            pump(app, 0.5)
            shot("7-countdown", 0.0)
            wait_for(app, lambda: machine.state == Screen.REVIEW)
            shot("8-review")
            window.by_state[Screen.REVIEW].keep_button.click()
            message = window.by_state[Screen.MESSAGE]
            message._suggest(window.kit.suggestions(lang)[2])
            shot("9-message", 0.6)
            message.done_button.click()
            shot("10-saving", 0.0)
            wait_for(app, lambda: machine.state == Screen.THANK_YOU)
            shot("11-thank-you")
            machine.finish()
            shot("12-attract-after")
            window.ask_pin()
            for digit in "1111":
                window.pin_screen.press(digit)
            window.pin_screen.submit()
            shot("13-staff-pin")
            window.unlock()
            pump(app, 0.2)
            window.deleteLater()
            pump(app, 0.2)


if __name__ == "__main__":
    main()
