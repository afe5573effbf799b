"""Worker processes for CPU-heavy jobs (decoding, rendering).

Workers are started from a clean *forkserver* process, never forked from the calling
process: the GUI runs jobs from threads, and forking a process that has running threads
(Qt's among them) can leave the child deadlocked on a lock another thread held.

Workers never outlive the app: on Linux the forkserver and every worker ask the kernel to
end them when their parent dies, so a crashed or killed app leaves no process behind that
could still write into a project.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

# Imported by the forkserver when it starts: the first makes it die with the app; the last loads the
# face detector once for every worker.
_PRELOAD = ["icc_studio.core._forkserver_init", "icc_studio.core.importing", "icc_studio.core.render.photo_job",
            "icc_studio.core._forkserver_warm"]
_PR_SET_PDEATHSIG = 1
_context = None


def die_with_parent() -> None:
    """Linux: be sent SIGKILL when the parent process dies (elsewhere: nothing)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the request was made: nothing would signal us
        os._exit(0)


def init_worker(warm: Callable[..., object] | None = None, warm_args: tuple = ()) -> None:
    """In each worker: end with the app, and keep OpenCV to one thread (the pool already fills the cores).

    ``warm(*warm_args)``, when given, prepares what every task of the job will need (a render's
    artwork), as soon as the worker starts: while the calling process is still planning the job.
    A warm-up that fails is only logged; the tasks then meet the problem themselves and report it.
    """
    die_with_parent()
    try:
        import cv2

        cv2.setNumThreads(1)
    except ImportError:
        pass
    if warm is not None:
        try:
            warm(*warm_args)
        except Exception:  # noqa: BLE001 - an initializer that raises would break the whole pool
            logging.getLogger(__name__).warning("warming up a worker failed", exc_info=True)


def _get_context():
    global _context
    if _context is None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        _context = multiprocessing.get_context(method)
        if method == "forkserver":
            _context.set_forkserver_preload(_PRELOAD)
    return _context


def start_worker_server() -> None:
    """Start the forkserver now, from the calling thread: call it from the app's main thread.

    Linux sends the parent-death signal when the *thread* that started a process ends, not
    the process: a forkserver started lazily by a job thread of the GUI (a thread-pool
    thread, which ends after 30 s idle) would be killed with it, and every pool with it.
    Started from the main thread, it ends exactly when the app does.
    """
    if _get_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def process_pool(workers: int, warm: Callable[..., object] | None = None, warm_args: tuple = ()) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes; ``warm(*warm_args)`` runs in each when it starts (see :func:`init_worker`)."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=_get_context(), initializer=init_worker,
                               initargs=(warm, warm_args))


def start_workers(pool: ProcessPoolExecutor, workers: int) -> None:
    """Start the pool's processes now rather than at the first tasks, so that they warm up meanwhile."""
    for _ in range(workers):
        pool.submit(os.getpid)
