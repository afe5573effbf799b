"""Quiet background work (previews, photos for display) whose result always arrives.

``JobRunner.start`` starts the job before the caller can connect to its handle, so a job
that finishes at once (a cached decode) may emit ``finished`` from its worker thread
before the caller's slot is connected, and that queued signal never reaches the slot.
``done`` is emitted later, in the GUI thread, so it cannot be missed: the result is kept
in a box by the worker and handed over on ``done``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class _Box:
    __slots__ = ("error", "ok", "result")

    def __init__(self) -> None:
        self.ok, self.result, self.error = False, None, None


def start_quiet(jobs, title: str, fn: Callable[..., Any], spec: Any, on_result: Callable[[Any], None],
                on_error: Callable[[BaseException], None] | None = None):
    """Run ``fn(spec, progress=…, cancel=…)`` as a quiet job; ``on_result(result)`` or ``on_error(exc)``
    is called in the GUI thread (nothing on cancel). Returns the job's handle."""
    box = _Box()

    def run(job_spec, *, progress, cancel):
        try:
            box.result = fn(job_spec, progress=progress, cancel=cancel)
        except BaseException as exc:
            box.error = exc
            raise
        box.ok = True
        return box.result

    handle = jobs.start(title, run, spec, quiet=True)

    def deliver() -> None:
        if box.ok:
            on_result(box.result)
        elif box.error is not None and on_error is not None and not handle.token.cancelled:
            on_error(box.error)

    handle.done.connect(deliver)
    return handle
