"""Reading the camera continuously: the newest full-resolution frame, the live preview, lost and found.

:class:`LiveFeed` has no thread of its own: its owner calls :meth:`LiveFeed.step` in a
loop on a worker thread (the GUI's camera thread; a test calls it directly). ``step``
reads one frame, keeps it as the newest (for :meth:`capture`), composes the preview when
one is wanted, and reports the camera lost or found again. After a loss it tries to open
the camera again every ``retry_s`` seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .camera import Camera, CameraUnavailable
from .overlay import PreviewOverlay

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedStep:
    preview: np.ndarray | None = None   # BGR canvas of the overlay's size, mirrored
    event: str = ""                      # "", "lost" or "found"
    error: CameraUnavailable | None = None


class LiveFeed:
    def __init__(self, camera: Camera, *, retry_s: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.camera = camera
        self.retry_s = retry_s
        self.clock = clock
        self.available = True
        self.overlay: PreviewOverlay | None = None
        self.previewing = False
        self._lock = threading.Lock()
        self._latest: np.ndarray | None = None
        self._next_try = 0.0

    def step(self) -> FeedStep:
        if not self.available and self.clock() < self._next_try:
            return FeedStep()
        try:
            frame = self.camera.read()
        except CameraUnavailable as exc:
            self.camera.close()
            self._next_try = self.clock() + self.retry_s
            with self._lock:
                self._latest = None
            if self.available:
                self.available = False
                return FeedStep(event="lost", error=exc)
            return FeedStep()
        event = ""
        if not self.available:
            self.available = True
            event = "found"
        with self._lock:
            self._latest = frame
        overlay = self.overlay
        preview = overlay.compose(frame) if overlay is not None and self.previewing else None
        return FeedStep(preview, event)

    def capture(self) -> np.ndarray:
        """A copy of the newest frame: full resolution, not mirrored."""
        with self._lock:
            frame = self._latest
            if frame is None or not self.available:
                raise CameraUnavailable(self.camera.name, "no picture from the camera")
            return frame.copy()

    def forget(self) -> None:
        """Drop the newest frame (between two residents)."""
        with self._lock:
            self._latest = None

    def close(self) -> None:
        self.forget()
        self.camera.close()
