"""Per-city video benchmark: a 60-s 1080p30 video of 12 photos with motion, captions and crossfades.

Baseline, measured in the same run with the same encoder settings: encoding the same raw
frames (every I420 1920×1080 frame of the same video, made beforehand by the pipeline into
a file, ~5.6 GB, read back and piped into the same encoder) with the same sound track, so
that x264 sees exactly the same pictures. Figures:

* wall time of the video render (frames made, piped and encoded; sound mixed; srt; poster);
* realtime factor (video seconds per wall second; target ≥ 2 on 2 cores);
* the ratio of the render to the encoder alone (target ≤ 1.4), on wall time and on CPU time
  (the CPU ratio does not depend on what else the machine is running).

The clips benchmark (``bench/video_clips.py``, normalise and trim) runs at the end when present.
"""

from __future__ import annotations

import importlib
import io
import os
import resource
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "build" / "bench-data" / "video-photos"
CAPTIONS = [
    "a nurse, a mother and a football fan", "un boulanger et un poète", "صاحبة مقهى صغير وجارة للجميع",
    "eine Krankenpflegerin und Läuferin", "nonna, sarta e cuoca", "a bus driver and a DJ",
    "fotógrafo, abuelo y vecino", "a librarian and a proud neighbour", "une étudiante en médecine",
    "an engineer who still looks up", "Tischler, Vater und Trompeter", "a software tester and a choir singer",
]


def make_photos(count: int) -> list[Path]:
    """Camera-like 6-MP JPEGs (portraits and groups with grain), made once and kept under build/."""
    from icc_studio.core.demo_media import generate_group, generate_portrait

    DATA.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = DATA / f"photo{i:03d}.jpg"
        paths.append(path)
        if path.exists():
            continue
        group = i % 4 == 3
        base = generate_group(i, (1500, 1000)) if group else generate_portrait(i, (1000, 1250))
        size = (3000, 2000) if group else (2000, 2500)
        rng = np.random.default_rng(2026 + i)
        big = np.asarray(base.resize(size, Image.Resampling.BICUBIC), dtype=np.int16)
        grain = rng.integers(-9, 10, size=(size[1], size[0], 1), dtype=np.int16)
        pixels = np.clip(big + grain, 0, 255).astype(np.uint8)
        buffer = io.BytesIO()
        Image.fromarray(pixels).save(buffer, "JPEG", quality=90)
        path.write_bytes(buffer.getvalue())
    return paths


def make_project(folder: Path, photos: list[Path]) -> None:
    from icc_studio.core.importing import ImportSpec, import_files
    from icc_studio.core.store import Project, Status

    with Project.create(folder, city="Benchville", kit_id="migrants-18december", languages=["en"]):
        pass
    report = import_files(ImportSpec(folder, photos))
    assert report.imported == len(photos), [r.reason for r in report.results if r.reason][:3]
    with Project.open(folder) as project:
        person = project.add_contributor("Bench")
        project.record_consent(person, purposes=["city_video"], text_version="1", language="en", method="paper")
        for n, c in enumerate(project.contributions()):
            caption = CAPTIONS[n % len(CAPTIONS)]
            project.update_contribution(c.id, contributor_id=person, caption=caption,
                                        language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in caption) else "en")
        project.set_status([c.id for c in project.contributions()], Status.APPROVED)


def render(folder: Path, seconds: float, short_side: int) -> tuple[float, object]:
    from icc_studio.core.video.city import CityVideoSpec, render_city_video

    spec = CityVideoSpec(folder, aspects=("16:9",), target_seconds=seconds, short_side=short_side, force=True)
    start = time.perf_counter()
    result = render_city_video(spec)
    return time.perf_counter() - start, result


def dump_frames(folder: Path, seconds: float, short_side: int, raw: Path) -> tuple[int, tuple[int, int]]:
    """Every frame of the same video, made by the pipeline, written to a raw I420 file (not timed)."""
    from icc_studio.core.jobs import NEVER_CANCELLED
    from icc_studio.core.store import Project
    from icc_studio.core.video import city

    spec = city.CityVideoSpec(folder, aspects=("16:9",), target_seconds=seconds, short_side=short_side)
    with Project.open(folder) as project:
        plan = city._plan(project, spec, city.CityVideoResult())
    size = city.frame_size("16:9", short_side)
    with open(raw, "wb") as out:
        city.render_frames(plan, size, spec, lambda data, owned=False: out.write(data), cancel=NEVER_CANCELLED)
    return plan.total_frames, size


def encoder_only(raw: Path, size: tuple[int, int], total: int, wav: Path, out: Path) -> float:
    """The same frames read back and piped into the same encoder, with the same sound."""
    from icc_studio.core.video.encoder import EncoderSettings, VideoEncoder

    settings = EncoderSettings(*size)
    start = time.perf_counter()
    with open(raw, "rb") as frames, VideoEncoder(settings, out, audio=wav, frames=total) as encoder:
        for _ in range(total):
            encoder.write(frames.read(settings.frame_bytes))
        encoder.finish()
    return time.perf_counter() - start


def cpu_seconds() -> tuple[float, float]:
    """(this process, finished child processes) CPU seconds, user + system."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def measured(fn, *args):
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    value = fn(*args)
    cpu1 = cpu_seconds()
    return time.perf_counter() - wall0, (cpu1[0] - cpu0[0], cpu1[1] - cpu0[1]), value


def main(quick: bool = False) -> None:
    from icc_studio.core.video import audio

    seconds, short = (30.0, 360) if quick else (60.0, 1080)
    size_text = f"{round(short * 16 / 9)}x{short}"
    print(f"== video: per-city video of 12 photos, {seconds:g} s at {size_text}, 30 fps, motion + crossfades ==")
    photos = make_photos(12)
    with tempfile.TemporaryDirectory(prefix="icc-bench-video-") as tmp:
        folder = Path(tmp) / "project"
        make_project(folder, photos)
        raw = Path(tmp) / "frames.yuv"
        total, size = dump_frames(folder, seconds, short, raw)
        wav = audio.write_wav(Path(tmp) / "silence.wav", np.zeros((int(seconds * audio.RATE), 2), np.float32))
        # Alternate the two measurements so that the load of other work on the machine hits both alike.
        walls, bases, cpu_r, cpu_b = [], [], [], []
        for _ in range(1 if quick else 2):
            wall, cpu, _ = measured(encoder_only, raw, size, total, wav, Path(tmp) / "baseline.mp4")
            bases.append(wall)
            cpu_b.append(cpu)
            wall, cpu, result = measured(render, folder, seconds, short)
            walls.append(wall)
            cpu_r.append(cpu)
        raw.unlink()
        video = result[1].outputs[0]
        wall, base = min(walls), min(bases)
        print(f"  render (frames + pipe + x264 + sound + srt + poster): {wall:6.1f} s   runs: "
              + ", ".join(f"{w:.1f}" for w in walls))
        print(f"  encoder alone, the same {total} raw I420 frames, same settings: {base:6.1f} s   runs: "
              + ", ".join(f"{b:.1f}" for b in bases))
        print(f"  video length {video.duration_s:.2f} s; time per photo {result[1].photo_seconds:.2f} s")
        print(f"  realtime factor: {video.duration_s / wall:5.2f}×   (target ≥ 2)")
        print(f"  encoder-alone realtime factor: {video.duration_s / base:5.2f}×")
        print(f"  ratio render/encoder (wall): {wall / base:5.2f}   (target ≤ 1.4)")
        (r_self, r_ff), (b_self, b_ff) = min(cpu_r, key=sum), min(cpu_b, key=sum)
        print(f"  CPU seconds, render: {r_self:5.1f} app + {r_ff:5.1f} ffmpeg; encoder alone: {b_self:5.1f} + {b_ff:5.1f}"
              f"  → ratio {(r_self + r_ff) / (b_self + b_ff):4.2f}")
        print(f"  cores: {os.cpu_count()}; load average at the end: {os.getloadavg()[0]:.1f}")
    try:
        video_clips = importlib.import_module("bench.video_clips")
    except ModuleNotFoundError as exc:  # the clips benchmark is not there (yet)
        if exc.name != "bench.video_clips":
            raise
        return
    video_clips.run(quick)


if __name__ == "__main__":
    main()
