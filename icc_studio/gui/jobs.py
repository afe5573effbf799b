"""Runs core jobs off the GUI thread and reports them as Qt signals.

A core job is ``fn(spec, *, progress, cancel) -> result`` (see ``icc_studio.core.jobs``).
:class:`JobRunner` runs it in a thread pool; the returned :class:`JobHandle` emits
``progress``, ``finished``, ``failed`` and ``cancelled`` in the GUI thread. Widgets are
never touched from the worker: the worker only emits signals.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from ..core.errors import Cancelled, IccError
from ..core.jobs import CancelToken, Throttle

log = logging.getLogger(__name__)


class JobHandle(QObject):
    """One running job. Signals arrive in the thread that created the handle (the GUI thread)."""

    progress = Signal(float, float, str)  # done, total (0 when unknown), message
    finished = Signal(object)
    failed = Signal(object)  # the exception; IccError carries code and params for translation
    cancelled = Signal()
    done = Signal()  # after any of the three outcomes

    # The worker thread reports here; the handle passes the outcome on from the GUI thread,
    # on a later turn of the event loop, so that a job that ends at once is never reported
    # before its caller has connected to the public signals.
    _ended = Signal(str, object)

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.title = title
        self.token = CancelToken()
        self.started_at = time.monotonic()
        self.last_progress: tuple[float, float, str] = (0.0, 0.0, "")
        self.running = True
        self.quiet = False
        self.progress.connect(self._remember)
        for signal in (self.finished, self.failed, self.cancelled):
            signal.connect(self._stop)

    def cancel(self) -> None:
        self.token.cancel()

    def _deliver(self, outcome: str, value: object) -> None:
        if outcome == "finished":
            self.finished.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()

    def _remember(self, done: float, total: float, message: str) -> None:
        self.last_progress = (done, total, message)

    def _stop(self, *args: object) -> None:
        self.running = False
        self.done.emit()

    def seconds_left(self) -> float | None:
        done, total, _ = self.last_progress
        if not total or done <= 0:
            return None
        elapsed = time.monotonic() - self.started_at
        return elapsed * (total - done) / done


class _Runnable(QRunnable):
    def __init__(self, handle: JobHandle, fn: Callable[..., Any], spec: Any, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.handle = handle
        self.fn = fn
        self.spec = spec
        self.kwargs = kwargs

    def run(self) -> None:
        handle = self.handle
        # Emit only when the shown value or message changes.
        progress = Throttle(lambda done, total, message="": handle.progress.emit(float(done), float(total or 0), message))

        try:
            result = self.fn(self.spec, progress=progress, cancel=handle.token, **self.kwargs)
        except Cancelled:
            handle._ended.emit("cancelled", None)
        except IccError as exc:
            log.warning("job %r failed: %s", handle.title, exc)
            handle._ended.emit("failed", exc)
        except Exception as exc:  # noqa: BLE001 - any failure must reach the GUI, not kill the thread
            log.error("job %r crashed:\n%s", handle.title, traceback.format_exc())
            handle._ended.emit("failed", exc)
        else:
            if handle.token.cancelled and getattr(result, "cancelled", False):
                handle._ended.emit("cancelled", None)
            else:
                handle._ended.emit("finished", result)


class JobRunner(QObject):
    """The app's thread pool for core jobs; keeps the list of running jobs."""

    job_started = Signal(object)  # JobHandle

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if max_threads:
            self.pool.setMaxThreadCount(max_threads)
        self.jobs: list[JobHandle] = []

    def start(self, title: str, fn: Callable[..., Any], spec: Any, *, quiet: bool = False, **kwargs: Any) -> JobHandle:
        """Run ``fn(spec, progress=…, cancel=…)`` in the pool. ``quiet`` jobs (previews) are not shown in the job bar."""
        handle = JobHandle(title, self)
        handle.quiet = quiet
        self.jobs.append(handle)
        handle.done.connect(lambda h=handle: self.jobs.remove(h) if h in self.jobs else None)
        if not quiet:
            self.job_started.emit(handle)
        self.pool.start(_Runnable(handle, fn, spec, kwargs))
        return handle

    def running(self) -> list[JobHandle]:
        return [job for job in self.jobs if job.running]

    def cancel_all(self) -> None:
        for job in self.jobs:
            job.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
