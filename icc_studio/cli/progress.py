"""A text progress bar on stderr for the CLI's long jobs."""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO


class ProgressBar:
    """Draws ``[#####.....] 12/40  name`` on one line of a terminal; quiet when not a terminal."""

    def __init__(self, label: str, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._last_draw = 0.0
        self._drawn = False

    def __call__(self, done: float, total: float | None, message: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last_draw < 0.05 and total and done < total:
            return
        self._last_draw = now
        width = shutil.get_terminal_size((80, 20)).columns
        if total:
            fraction = max(0.0, min(1.0, done / total))
            bar_width = max(10, min(40, width - 40))
            filled = int(bar_width * fraction)
            count = f"{int(done)}/{int(total)}" if float(total).is_integer() else f"{fraction:.0%}"
            line = f"{self.label} [{'#' * filled}{'.' * (bar_width - filled)}] {count} {message}"
        else:
            line = f"{self.label} … {message}"
        self.stream.write("\r" + line[: width - 1].ljust(width - 1))
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\r" + " " * (shutil.get_terminal_size((80, 20)).columns - 1) + "\r")
            self.stream.flush()
