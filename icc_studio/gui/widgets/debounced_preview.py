"""A preview redrawn in the background a moment after the last change, one drawing at a time.

A page calls :meth:`DebouncedPreview.schedule` at every edit; ``delay_ms`` after the last one,
``make_job()`` is asked for ``(title, function, spec)`` (or ``None`` when there is nothing to
draw) and the job runs quietly in the page's job runner. An edit made while a drawing runs
cancels it and asks again once it has stopped, so the preview always ends on the latest state.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage, QPixmap


class DebouncedPreview(QObject):
    def __init__(self, parent: QObject, jobs, delay_ms: int, make_job: Callable[[], tuple | None],
                 on_result: Callable[[object], None], on_error: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        self.jobs, self.make_job, self.on_result, self.on_error = jobs, make_job, on_result, on_error
        self.job = None
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._start)

    def schedule(self, *args) -> None:
        self.timer.start()

    @property
    def idle(self) -> bool:
        """Nothing waiting, nothing drawing."""
        return self.job is None and not self.pending and not self.timer.isActive()

    def _start(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.pending = True  # ask again once the running one has stopped
            return
        request = self.make_job()
        if request is None:
            return
        title, function, spec = request
        handle = self.jobs.start(title, function, spec, quiet=True)
        handle.finished.connect(self.on_result)
        handle.failed.connect(self.on_error)
        handle.done.connect(self._done)
        self.job = handle

    def _done(self) -> None:
        self.job = None
        if self.pending:
            self.pending = False
            self.timer.start()


def qimage_from_pil(image) -> QImage:
    """A QImage owning a copy of a PIL image's pixels (safe in any thread)."""
    image = image.convert("RGB")
    return QImage(image.tobytes(), image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888).copy()


def pixmap_from_pil(image) -> QPixmap:
    """A QPixmap of a PIL image (GUI thread only)."""
    return QPixmap.fromImage(qimage_from_pil(image))
