"""Resident clip benchmark: a 90-s 1080p phone-like clip → probe → proxy → 30-s 9:16 delivery clip; trims.

Figures (wall time; realtime factor = seconds of output per second of work):

* deep probe of the 90-s original (every packet read, first picture decoded);
* the proxy made at import (the whole 90 s, upright, 30 fps, 1080p);
* **normalising** 30 s of it to 1080×1920 (crop around faces, two-pass loudness, caption):
  target ≥ 2× realtime;
* the same normalisation with the campaign frame and the end card;
* **lossless trim** of 30 s of the original (stream copy from a keyframe): target < 1 s;
  exact trim of the same 30 s (re-encoded from the proxy).

Baselines, measured in the same run: the x264 encoder alone (same preset and settings) on
30 s of 1080×1920 frames from ffmpeg's own test source, and a plain transcode of the same
part (decode, crop, scale, encode; no audio, faces, loudness or caption); the ratios of the
normalisation to them. The machine is shared, so ratios say more than absolute times.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "build" / "bench-data" / "clips"


def make_input(seconds: float) -> Path:
    """A 1920×1080 30-fps H.264/AAC clip with a keyframe every 2 s (as phones write them), made once."""
    from icc_studio.core.video.run import ffmpeg_to_file

    path = DATA / f"phone-1080p-{seconds:g}s.mp4"
    if path.is_file():
        return path
    ffmpeg_to_file(["-f", "lavfi", "-i", f"testsrc2=s=1920x1080:r=30:d={seconds}",
                    "-f", "lavfi", "-i", f"anoisesrc=color=pink:amplitude=0.08:d={seconds}:r=44100",
                    "-c:v", "libx264", "-preset", "ultrafast", "-crf", "23", "-g", "60", "-pix_fmt", "yuv420p",
                    "-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart", "-f", "mp4"], path)
    return path


def encoder_baseline(seconds: float, size: tuple[int, int]) -> float:
    """The encoder alone, same settings as the delivery encode, on generated frames of the output size."""
    from icc_studio.core.video.run import run_ffmpeg
    from icc_studio.core.video.trim import encode_args

    video_only = encode_args()
    cut = video_only.index("-c:a")
    start = time.perf_counter()
    run_ffmpeg(["-f", "lavfi", "-i", f"testsrc2=s={size[0]}x{size[1]}:r=30:d={seconds}",
                *video_only[:cut], "-f", "null", "-"])
    return time.perf_counter() - start


def transcode_baseline(proxy: Path, in_s: float, seconds: float, size: tuple[int, int]) -> float:
    """The same part decoded, cropped to 9:16, scaled and encoded with the same settings, and nothing else
    (no faces, no loudness, no caption, no audio)."""
    from icc_studio.core.video.run import run_ffmpeg
    from icc_studio.core.video.trim import encode_args

    video_only = encode_args()
    cut = video_only.index("-c:a")
    start = time.perf_counter()
    run_ffmpeg(["-ss", f"{in_s}", "-t", f"{seconds}", "-i", str(proxy), "-an",
                "-vf", f"crop=ih*9/16:ih,scale={size[0]}:{size[1]}", *video_only[:cut], "-f", "null", "-"])
    return time.perf_counter() - start


def _timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def run(quick: bool = False) -> None:
    from icc_studio.core.paths import kits_dir
    from icc_studio.core.video.normalise import Decoration, Fit, NormaliseSpec, normalise_clip
    from icc_studio.core.video.probe import probe_clip
    from icc_studio.core.video.proxy import make_proxy
    from icc_studio.core.video.trim import TrimMode, TrimSpec, trim_clip

    source_s, part_s = (12.0, 6.0) if quick else (90.0, 30.0)
    rounds = 1 if quick else 2  # each figure is the best of its rounds, baselines measured between them
    size = (1080, 1920)
    print(f"== video_clips: a {source_s:g}-s 1080p clip → proxy → {part_s:g}-s 9:16 delivery clip; trims ==")
    source = make_input(source_s)
    kit = kits_dir() / "migrants-18december"
    with tempfile.TemporaryDirectory(prefix="icc-bench-clips-") as tmp:
        work = Path(tmp)
        probe_s, clip = _timed(probe_clip, source)
        print(f"  deep probe of the original ({clip.frame_count} pictures): {probe_s:6.2f} s")
        proxy = work / "proxy.mp4"
        proxy_s, _ = _timed(make_proxy, source, proxy, clip=clip)
        print(f"  proxy of the whole clip (made at import):  {proxy_s:6.2f} s  → {source_s / proxy_s:4.1f}× realtime")
        in_s = 20.0 if not quick else 3.0
        out_s = in_s + part_s
        caption = Decoration(kit_path=kit, caption="I am a nurse, a mother and a football fan", language="en")
        specs = {
            "pad (no faces), loudness, caption": NormaliseSpec(
                proxy, work / "pad.mp4", aspect="9:16", in_s=in_s, out_s=out_s, max_s=part_s, fit=Fit.PAD,
                decoration=caption),
            "crop (as around faces), loudness, caption": NormaliseSpec(
                proxy, work / "crop.mp4", aspect="9:16", in_s=in_s, out_s=out_s, max_s=part_s, fit=Fit.CROP,
                decoration=caption),
            "campaign frame, caption, end card": NormaliseSpec(
                proxy, work / "framed.mp4", aspect="9:16", in_s=in_s, out_s=out_s, max_s=part_s,
                decoration=Decoration(kit_path=kit, frame=True, caption="I am a nurse", language="en",
                                      end_card="#NotJustAMigrant #MigrantsDay")),
        }
        best: dict[str, float] = {}
        lengths: dict[str, float] = {}
        base_best = plain_best = float("inf")
        for _ in range(rounds):
            for name, spec in specs.items():
                seconds, result = _timed(normalise_clip, spec)
                best[name] = min(best.get(name, float("inf")), seconds)
                lengths[name] = result.duration_s
                base_best = min(base_best, encoder_baseline(part_s, size))
                plain_best = min(plain_best, transcode_baseline(proxy, in_s, part_s, size))
        print(f"  baseline: x264 alone on {part_s:g} s of 1080×1920 test frames: {base_best:6.2f} s  → "
              f"{part_s / base_best:4.1f}× realtime")
        print(f"  baseline: the same part decoded, cropped, scaled, encoded:   {plain_best:6.2f} s  → "
              f"{part_s / plain_best:4.1f}× realtime")
        for name, seconds in best.items():
            print(f"  normalise to 1080×1920, {name} ({lengths[name]:g} s): {seconds:6.2f} s  → "
                  f"{lengths[name] / seconds:4.1f}× realtime (target ≥ 2×); "
                  f"ratio to x264 alone {seconds / base_best * part_s / lengths[name]:4.2f}, "
                  f"to the plain transcode {seconds / plain_best * part_s / lengths[name]:4.2f}")
        lossless_s, cut = _timed(trim_clip, TrimSpec(source, work / "lossless.mp4", in_s + 0.5, out_s,
                                                     TrimMode.LOSSLESS, max_s=part_s + 2))
        print(f"  lossless trim of {cut.duration_s:g} s of the original (starts at its keyframe at "
              f"{cut.actual_in_s:g} s): {lossless_s:6.2f} s (target < 1 s)")
        exact_s, _ = _timed(trim_clip, TrimSpec(proxy, work / "exact.mp4", in_s + 0.5, out_s, TrimMode.EXACT,
                                                max_s=part_s))
        print(f"  exact trim of {out_s - in_s - 0.5:g} s (re-encoded from the proxy, 1920×1080): {exact_s:6.2f} s")


main = run


if __name__ == "__main__":
    run()
