#!/usr/bin/env python3
"""Smoke test of the frozen build: ``python packaging/smoke_test.py build/package/dist/icc-studio``.

With no display and no Python of the app's own (only the frozen executables are used to
do the work; this script only checks their results): create the demo project, render one
framed photo with an Arabic caption, a collage poster and a short video (a 5-s target: the
intro card, one photo, the outro card) when the build has those outputs, check each file, and time the desktop app's start to its main window.
The checked files are copied to build/package/smoke/ to be looked at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "package" / "smoke"


def run(exe: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH="")
    done = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env)
    if done.returncode != 0:
        raise SystemExit(f"FAILED: {exe.name} {' '.join(args)} (exit {done.returncode})\n{done.stdout}\n{done.stderr}")
    return done


def main() -> None:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "package" / "dist" / "icc-studio")
    cli, gui = dist / "icc-studio-cli", dist / "icc-studio"
    for exe in (cli, gui):
        if not exe.is_file():
            raise SystemExit(f"FAILED: {exe} is missing")
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="icc-smoke-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        os.environ["HOME"] = str(home)  # the frozen app's settings and logs stay in the sandbox
        os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
        os.environ["XDG_STATE_HOME"] = str(home / ".state")
        project = Path(tmp) / "demo"
        start = time.perf_counter()
        run(cli, "demo", str(project), "--no-progress")
        print(f"demo project created in {time.perf_counter() - start:.1f} s")

        items = json.loads(run(cli, "list", str(project), "--json").stdout)
        arabic = next(i for i in items if i["language"] == "ar" and i["status"] == "approved" and i["kind"] == "photo")
        rendered = json.loads(run(cli, "render", str(project), "photos", "--only", str(arabic["id"]),
                                  "--format", "feed_square", "--json").stdout.splitlines()[0])
        photo = Path(rendered["path"])
        _check_photo(photo)
        shutil.copy(photo, OUT / "arabic-feed-square.jpg")
        print(f"framed photo with an Arabic caption: {photo.name} → {OUT / 'arabic-feed-square.jpg'}")

        targets = run(cli, "render", "--help").stdout
        if " collage " in targets or "collage" in targets.split("WHAT", 1)[-1]:
            run(cli, "render", str(project), "collage", "--no-progress")
            posters = sorted((project / "exports").rglob("*collage*.png"))
            if not posters:
                raise SystemExit("FAILED: no collage PNG was written")
            shutil.copy(posters[0], OUT / posters[0].name)
            print(f"collage: {posters[0].name}")
        else:
            print("collage: not in this build")
        if "video" in targets.split("WHAT", 1)[-1]:
            # The shortest per-city video: the intro card, one photo, the outro card (a 5-s target
            # gives 7.5 s: each photo is shown at least 2 s, the cards are fixed).
            run(cli, "render", str(project), "video", "--length", "5", "--aspect", "1:1", "--only", str(arabic["id"]),
                "--no-progress", timeout=900)
            videos = sorted((project / "exports").rglob("*.mp4"))
            if not videos:
                raise SystemExit("FAILED: no video was written")
            _check_video(videos[0])
            shutil.copy(videos[0], OUT / videos[0].name)
            print(f"video: {videos[0].name}")
        else:
            print("video: not in this build")

        times = []
        for _ in range(3):
            start = time.perf_counter()
            done = run(gui, str(project), timeout=120)
            times.append(time.perf_counter() - start)
            if "main window shown" not in done.stdout:
                raise SystemExit(f"FAILED: the app did not show its main window\n{done.stdout}\n{done.stderr}")
        print(f"desktop app start to its main window: {min(times):.2f} s best of 3 ({', '.join(f'{t:.2f}' for t in times)})")
    print("smoke test passed")


def _check_photo(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        if image.size != (1080, 1080) or image.mode != "RGB":
            raise SystemExit(f"FAILED: {path} is {image.size} {image.mode}")
        if image.getexif() or "exif" in image.info:
            raise SystemExit(f"FAILED: {path} carries EXIF metadata")


def _check_video(path: Path) -> None:
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        frames = sum(1 for _ in container.decode(stream))
        seconds = frames / float(stream.average_rate)
        size = (stream.codec_context.width, stream.codec_context.height)
        if not 5.0 <= seconds <= 8.0 or size != (1080, 1080):
            raise SystemExit(f"FAILED: {path} lasts {seconds:.1f} s at {size[0]}×{size[1]}")
        print(f"video: {seconds:.1f} s at {size[0]}×{size[1]}, {frames} frames decoded")


if __name__ == "__main__":
    os.environ.setdefault("ICC_STUDIO_STARTUP_PROBE", "1")
    main()
