"""Does the window freeze? A timer probe in the GUI thread during an import of 500 photos.

A 10-ms ``QTimer`` records the gaps between its ticks while the Contributions page imports
500 generated 1-MP JPEGs in the background (the import job, thumbnails loading as they
come) and then renders a preview. The longest gap is how long the event loop stalled:
target under 100 ms. Baseline in the same run: the same probe with the window idle.
Runs offscreen (``QT_QPA_PLATFORM=offscreen`` is set when there is no display).
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "build" / "bench-data" / "photos-1mp"


def make_inputs(count: int) -> list[Path]:
    DATA.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = DATA / f"photo{i:04d}.jpg"
        paths.append(path)
        if not path.exists():
            rng = np.random.default_rng(i)
            base = np.zeros((900, 1200, 3), np.uint8)
            base[..., 0] = np.linspace(0, 255, 1200, dtype=np.uint8)[None, :]
            base[..., 1] = rng.integers(0, 255)
            base[..., 2] = np.linspace(0, 255, 900, dtype=np.uint8)[:, None]
            noisy = np.clip(base + rng.integers(-12, 13, base.shape), 0, 255).astype(np.uint8)
            buffer = io.BytesIO()
            Image.fromarray(noisy).save(buffer, "JPEG", quality=88)
            path.write_bytes(buffer.getvalue())
    return paths


class Probe:
    def __init__(self, app, period_ms: int = 10) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(period_ms)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        self.timer.stop()
        gaps = sorted(self.gaps)
        return (gaps[-1] * 1000 if gaps else 0.0), (gaps[int(len(gaps) * 0.99)] * 1000 if gaps else 0.0)


def pump(app, seconds: float, until=None) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return
        time.sleep(0.002)


def main(quick: bool = False) -> None:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    count = 60 if quick else 500
    print(f"== freeze: the event loop during an import of {count} photos (10-ms timer probe) ==")
    paths = make_inputs(count)
    from icc_studio.core.store import Project
    from icc_studio.gui.app import create_app

    with tempfile.TemporaryDirectory(prefix="icc-freeze-") as tmp:
        folder = Path(tmp) / "project"
        Project.create(folder, city="Benchville", kit_id="migrants-18december", languages=["en"]).close()
        app, window = create_app()
        window.resize(1440, 900)
        window.show()
        window.open_project(folder)
        page = window.show_page("contributions")
        probe = Probe(app)
        pump(app, 1.0)
        probe.start()
        pump(app, 3.0)
        idle_max, idle_p99 = probe.stop()

        probe.start()
        started = time.perf_counter()
        handle = page.import_paths(paths)
        pump(app, 600, until=lambda: not handle.running)
        imported_in = time.perf_counter() - started
        pump(app, 2.0)  # thumbnails of the visible cells arriving
        import_max, import_p99 = probe.stop()
        count_in = len(window.context.session.project.contributions())
        window.context.jobs.cancel_all()
        window.context.jobs.wait(10000)
        window.context.session.close()
        window.close()
    print(f"  window idle:          longest stall {idle_max:6.1f} ms, 99th percentile gap {idle_p99:5.1f} ms")
    print(f"  importing {count_in} photos ({imported_in:.1f} s): longest stall {import_max:6.1f} ms, "
          f"99th percentile gap {import_p99:5.1f} ms   (target: longest < 100 ms)")
    print(f"  cores: {os.cpu_count()}")


if __name__ == "__main__":
    main()
