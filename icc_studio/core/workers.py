"""Worker processes for CPU-heavy jobs (decoding, rendering).

Workers are started from a clean *forkserver* process, never forked from the calling
process: the GUI runs jobs from threads, and forking a process that has running threads
(Qt's among them) can leave the child deadlocked on a lock another thread held.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

_PRELOAD = ["icc_studio.core.importing", "icc_studio.core.render.photo_job"]
_context = None


def process_pool(workers: int) -> ProcessPoolExecutor:
    global _context
    if _context is None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        _context = multiprocessing.get_context(method)
        if method == "forkserver":
            _context.set_forkserver_preload(_PRELOAD)
    return ProcessPoolExecutor(max_workers=workers, mp_context=_context)
