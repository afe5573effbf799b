"""The job protocol: one shape for every long operation.

A job is a plain function ``fn(spec, *, progress, cancel) -> result``:

* ``progress(done, total, message)`` is called as work advances (``total`` may be
  ``None`` when unknown); adapters turn it into a progress bar.
* ``cancel`` is a :class:`CancelToken`; the job calls ``cancel.check()`` at each safe
  point, which raises :class:`~icc_studio.core.errors.Cancelled`. A cancelled job leaves no
  partial output behind.

The GUI runs such functions in a thread pool; the CLI runs them in the foreground with a
text progress bar. Both pass the same arguments.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from .errors import Cancelled


class ProgressFn(Protocol):
    def __call__(self, done: float, total: float | None, message: str = "") -> None: ...


def no_progress(done: float, total: float | None, message: str = "") -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """Thread-safe cancellation flag, checked by jobs at their safe points."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._callbacks: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def cancel(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was asked for."""
        if self._event.is_set():
            raise Cancelled()

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Run ``callback`` when cancelled (at once if already); returns an unregister function.

        Used to stop external work at once, for example to kill a running ffmpeg.
        """
        with self._lock:
            already = self._event.is_set()
            if not already:
                self._callbacks.append(callback)
        if already:
            callback()

        def unregister() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return unregister


NEVER_CANCELLED = CancelToken()


class Throttle:
    """Forwards progress only when the displayed value changes (whole per mille) or the message does."""

    def __init__(self, progress: ProgressFn) -> None:
        self._progress = progress
        self._last: tuple[int, str] | None = None

    def __call__(self, done: float, total: float | None, message: str = "") -> None:
        key = (int(1000 * done / total) if total else -1, message)
        if key != self._last:
            self._last = key
            self._progress(done, total, message)
