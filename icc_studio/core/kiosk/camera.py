"""Cameras behind one small protocol, so the kiosk (and its tests) never care which one it is.

A :class:`Camera` receives its device when it is made and opens it only when asked.
``read()`` returns the newest frame as a BGR ``uint8`` array at the camera's full
resolution, exactly as the sensor sees it: **not mirrored** (the live preview mirrors its
own copy; the portrait that is kept is the true image). A camera that is missing, busy or
unplugged raises :class:`CameraUnavailable`; the caller closes it and tries ``open()``
again later (:class:`~icc_studio.core.kiosk.feed.LiveFeed` does that).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from .errors import KioskError

log = logging.getLogger(__name__)


class CameraUnavailable(KioskError):
    """The camera is missing, busy or was unplugged; ``device`` names it."""

    code = "camera-unavailable"
    template = "The camera {device} is not available: {detail}"

    def __init__(self, device: object, detail: str) -> None:
        super().__init__(detail, device=str(device))


@runtime_checkable
class Camera(Protocol):
    """What the kiosk needs of a camera."""

    @property
    def name(self) -> str: ...

    @property
    def is_open(self) -> bool: ...

    def open(self) -> None:
        """Open the device; raises :class:`CameraUnavailable`."""

    def read(self) -> np.ndarray:
        """The newest frame, BGR ``uint8`` (H, W, 3), full resolution, not mirrored; raises :class:`CameraUnavailable`."""

    def close(self) -> None:
        """Release the device (safe to call twice)."""


class OpenCvCamera:
    """A webcam through OpenCV: ``device`` is an index (``0``) or a path/URL, ``resolution`` is asked of the driver.

    ``capture_factory`` makes the ``cv2.VideoCapture``-like object (tests pass a fake one).
    """

    def __init__(self, device: int | str = 0, resolution: tuple[int, int] = (1920, 1080), *,
                 capture_factory: Callable[[Any], Any] | None = None) -> None:
        self.device = device
        self.resolution = resolution
        self._factory = capture_factory
        self._capture: Any = None

    @property
    def name(self) -> str:
        return f"camera {self.device}"

    @property
    def is_open(self) -> bool:
        return self._capture is not None

    def open(self) -> None:
        if self._capture is not None:
            return
        import cv2

        factory = self._factory or cv2.VideoCapture
        capture = factory(self.device)
        if capture is None or not capture.isOpened():
            if capture is not None:
                capture.release()
            raise CameraUnavailable(self.device, "no camera answers on this device (is it plugged in?)")
        width, height = self.resolution
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a queue of old ones
        self._capture = capture

    def read(self) -> np.ndarray:
        if self._capture is None:
            self.open()
        ok, frame = self._capture.read()
        if not ok or frame is None or frame.ndim != 3 or frame.size == 0:
            self.close()
            raise CameraUnavailable(self.device, "the camera stopped sending pictures (unplugged?)")
        return frame

    def close(self) -> None:
        capture, self._capture = self._capture, None
        if capture is not None:
            try:
                capture.release()
            except Exception:  # noqa: BLE001 - releasing a vanished device must never fail the kiosk
                log.debug("releasing %s failed", self.name, exc_info=True)


class FakeCamera:
    """A camera for tests and the demo: a generated resident who sways gently, or a looping video.

    ``unplug()`` / ``plug()`` simulate a cable pulled out and put back; ``person(seed)``
    shows someone else (so a test can tell one session's picture from the next).
    ``fps`` paces ``read()`` like a real device; 0 returns at once.
    """

    def __init__(self, resolution: tuple[int, int] = (1280, 720), *, seed: int = 1, video: Path | None = None,
                 fps: float = 0.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.resolution = resolution
        self.video = Path(video) if video else None
        self.fps = fps
        self.clock = clock
        self.plugged = True
        self.frames_read = 0
        self._open = False
        self._seed = seed
        self._base: np.ndarray | None = None
        self._video: Any = None
        self._last = 0.0

    @property
    def name(self) -> str:
        return "fake camera"

    @property
    def is_open(self) -> bool:
        return self._open

    def person(self, seed: int) -> None:
        self._seed = seed
        self._base = None

    def unplug(self) -> None:
        self.plugged = False

    def plug(self) -> None:
        self.plugged = True

    def open(self) -> None:
        if not self.plugged:
            raise CameraUnavailable(self.name, "no camera answers on this device (is it plugged in?)")
        if self.video is not None and self._video is None:
            import cv2

            self._video = cv2.VideoCapture(str(self.video))
            if not self._video.isOpened():
                self._video = None
                raise CameraUnavailable(self.name, f"cannot read the video {self.video.name}")
        self._open = True

    def read(self) -> np.ndarray:
        if not self.plugged:
            self.close()
            raise CameraUnavailable(self.name, "the camera stopped sending pictures (unplugged?)")
        if not self._open:
            self.open()
        if self.fps > 0:
            due = self._last + 1.0 / self.fps
            wait = due - self.clock()
            if wait > 0:
                time.sleep(wait)
            now = self.clock()
            self._last = due if now - due < 1.0 / self.fps else now
        self.frames_read += 1
        return self._video_frame() if self._video is not None else self._generated_frame()

    def close(self) -> None:
        self._open = False
        if self._video is not None:
            self._video.release()
            self._video = None

    def _generated_frame(self) -> np.ndarray:
        width, height = self.resolution
        if self._base is None:
            from ..demo_media import generate_portrait

            margin_w, margin_h = width // 10, height // 10
            rgb = np.asarray(generate_portrait(self._seed, (width + margin_w, height + margin_h)))
            self._base = np.ascontiguousarray(rgb[:, :, ::-1])  # BGR, like a webcam
        t = self.frames_read / 30.0
        base_h, base_w = self._base.shape[:2]
        dx = round((base_w - width) / 2 * (1 + 0.8 * math.sin(t * 0.9)))
        dy = round((base_h - height) / 2 * (1 + 0.5 * math.sin(t * 1.3)))
        return self._base[dy:dy + height, dx:dx + width].copy()

    def _video_frame(self) -> np.ndarray:
        import cv2

        ok, frame = self._video.read()
        if not ok:
            self._video.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._video.read()
            if not ok:
                raise CameraUnavailable(self.name, f"the video {self.video.name} has no frames")
        if (frame.shape[1], frame.shape[0]) != tuple(self.resolution):
            frame = cv2.resize(frame, tuple(self.resolution), interpolation=cv2.INTER_AREA)
        return frame


def open_camera(spec: str, resolution: tuple[int, int] = (1920, 1080)) -> Camera:
    """The camera named by a setting: ``"fake"``, ``"fake:VIDEO"``, a device index (``"0"``) or a device path."""
    spec = (spec or "0").strip()
    if spec == "fake":
        return FakeCamera((min(resolution[0], 1280), min(resolution[1], 720)), fps=30)
    if spec.startswith("fake:"):
        return FakeCamera((min(resolution[0], 1280), min(resolution[1], 720)), video=Path(spec[5:]), fps=30)
    return OpenCvCamera(int(spec) if spec.isdigit() else spec, resolution)
