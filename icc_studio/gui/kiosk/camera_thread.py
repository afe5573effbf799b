"""The camera off the GUI thread: a QThread runs the core ``LiveFeed`` and delivers frames as signals."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from ...core.kiosk.feed import LiveFeed

log = logging.getLogger(__name__)


class CameraThread(QThread):
    """Reads the camera continuously. ``frame`` carries the composed preview (a QImage the thread no
    longer touches); ``lost``/``found`` report the camera. Widgets are never touched here."""

    frame = Signal(QImage)
    lost = Signal(object)   # the CameraUnavailable error
    found = Signal()

    IDLE_PERIOD_S = 0.2     # reading rate while no preview is shown (keeps the camera checked)

    def __init__(self, feed: LiveFeed, parent=None) -> None:
        super().__init__(parent)
        self.feed = feed
        self._running = True
        self.frames_delivered = 0

    def stop(self) -> None:
        self._running = False
        self.wait(3000)
        self.feed.close()

    def run(self) -> None:
        while self._running:
            started = time.monotonic()
            try:
                step = self.feed.step()
            except Exception:  # noqa: BLE001 - the thread must survive a driver's surprise
                log.exception("camera thread: unexpected error")
                time.sleep(0.5)
                continue
            if step.event == "lost":
                self.lost.emit(step.error)
            elif step.event == "found":
                self.found.emit()
            if step.preview is not None:
                canvas = step.preview
                height, width = canvas.shape[:2]
                image = QImage(canvas.data, width, height, canvas.strides[0], QImage.Format.Format_BGR888).copy()
                self.frames_delivered += 1
                self.frame.emit(image)
            elif not self.feed.previewing or not self.feed.available:
                rest = self.IDLE_PERIOD_S - (time.monotonic() - started)
                if rest > 0:
                    time.sleep(rest)
