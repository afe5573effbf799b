"""Collage benchmark: 500 contributions on A2 and 10,000 on A0, print PDF + PNG at 300 dpi.

Inputs: projects of generated portraits, made once and kept under build/bench-data/. Import
(decoding 12-MP originals, face detection) is not what is measured here and would take an
hour for 10,000 photos, so the projects are built by inserting into the store directly:
each contribution has the reduced copies that import would have made (a 320-px thumbnail
and a 640-px preview — small, as the tiles need far less), its faces (detected once on each
base portrait) and an adult's consent for the print poster and social media.

Each collage is rendered in a child process (so its peak memory, ru_maxrss, is its own).
Baseline, measured in the same run: decoding the same tiles alone (the same reduced copies,
at the same reduced JPEG scale, with the same two threads) in a child process.

10,000 photos on one A0 in justified rows are tiles of 5–9 mm (7.5 mm on average); the kit's minimum (12 mm) refuses that and
offers more pages — the figure shows that refusal, then renders with ``min_tile_mm=5``
(a network-wide collage meant to be seen as a whole).
"""

from __future__ import annotations

import hashlib
import io
import json
import multiprocessing as mp
import os
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "build" / "bench-data"
BASES = 48


def _bases():
    """Base portraits (and groups) with their faces, detected once."""
    from icc_studio.core.demo_media import generate_group, generate_portrait
    from icc_studio.core.faces import detect_faces

    bases = []
    for i in range(BASES):
        image = generate_group(i, (960, 640)) if i % 8 == 3 else generate_portrait(i, (480, 640) if i % 3 else (640, 640))
        bases.append((image, [f.as_dict() for f in detect_faces(image)]))
    return bases


def build_project(count: int) -> Path:
    """A project of ``count`` approved, consented photo contributions (cached under build/bench-data/)."""
    import numpy as np
    from PIL import Image, ImageOps

    from icc_studio.core.media.reduce import THUMB_SIDE, reduced_paths
    from icc_studio.core.store import MediaInfo, MediaKind, Project, Status

    folder = DATA / f"collage-{count}"
    done = folder / "complete.json"
    if done.is_file():
        return folder
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    start = time.perf_counter()
    bases = _bases()
    with Project.create(folder, city="Benchville", kit_id="migrants-18december", languages=["en"],
                        campaign_year=2026) as project:
        rng = np.random.default_rng(count)
        with project.transaction() as conn:
            for i in range(count):
                base, faces = bases[i % BASES]
                flip = bool((i // BASES) % 2)
                image = ImageOps.mirror(base) if flip else base
                shift = rng.integers(-40, 41, size=3)
                pixels = np.clip(np.asarray(image, np.int16) + shift, 0, 255).astype(np.uint8)
                image = Image.fromarray(pixels)
                buffer = io.BytesIO()
                image.save(buffer, "JPEG", quality=85)
                data = buffer.getvalue()
                sha = hashlib.sha256(data).hexdigest()
                paths = reduced_paths(folder, sha)
                paths.preview.parent.mkdir(parents=True, exist_ok=True)
                paths.preview.write_bytes(data)
                thumb = image.copy()
                thumb.thumbnail((THUMB_SIDE, THUMB_SIDE))
                paths.thumbnail.parent.mkdir(parents=True, exist_ok=True)
                thumb.save(paths.thumbnail, "JPEG", quality=85)
                original = project.media_path(sha, "jpg")
                original.parent.mkdir(parents=True, exist_ok=True)
                if not original.exists():
                    os.link(paths.preview, original)
                mirrored = [dict(f, x=1 - f["x"] - f["w"]) for f in faces] if flip else faces
                person = project.add_contributor(f"Person{i}", conn=conn)
                project.record_consent(person, purposes=["print_poster", "social_media"], text_version="bench",
                                       language="en", method="paper", conn=conn)
                project.add_contribution(media_sha256=sha, media_info=MediaInfo(MediaKind.PHOTO, "jpeg", "jpg",
                                                                                image.width, image.height),
                                         size_bytes=len(data), original_name=f"p{i}.jpg", contributor_id=person,
                                         caption="", language="en", faces=("bench", mirrored), conn=conn)
        project.set_status([c.id for c in project.contributions()], Status.APPROVED)
    done.write_text(json.dumps({"count": count, "seconds": round(time.perf_counter() - start, 1)}))
    return folder


def _child(target, args, queue) -> None:
    start = time.perf_counter()
    try:
        outcome = target(*args)
    except Exception as exc:  # noqa: BLE001 - reported by the parent
        outcome = f"error: {exc}"
    queue.put((time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, outcome))


def measured(target, *args):
    """(seconds, peak MB, outcome) of ``target(*args)`` in a fresh child process."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_child, args=(target, args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def run_collage(folder: Path, paper: str, min_tile_mm: float | None) -> str:
    from icc_studio.core.assets.collage import CollageSpec, render_collage

    out = Path(folder) / "exports" / "bench"
    result = render_collage(CollageSpec(Path(folder), paper=paper, layout="rows", seed=7, min_tile_mm=min_tile_mm,
                                        outputs=("pdf", "png"), out_dir=out, force=True))
    sizes = ", ".join(f"{p.suffix[1:]} {p.stat().st_size / 1e6:.0f} MB" for p in result.files if p.suffix != ".txt")
    return f"{result.photos} photos, smallest tile {result.smallest_tile_mm:.1f} mm, {sizes}"


def decode_tiles(folder: Path, paper: str, min_tile_mm: float | None) -> str:
    """The baseline: the same tiles decoded alone (same copies, same reduced scale, same threads), no page."""
    from concurrent.futures import ThreadPoolExecutor

    from icc_studio.core.assets.collage import plan_pages
    from icc_studio.core.assets.common import cut_photo, eligible, photo_source
    from icc_studio.core.kits import load_builtin_kit
    from icc_studio.core.store import Project, Purpose

    with Project.open(Path(folder)) as project:
        kit = load_builtin_kit(project.info().kit_id)
        printed, _ = eligible(project, Purpose.PRINT_POSTER)
        sources = [photo_source(project, c) for c in printed]
    plan = plan_pages(kit, sources, paper=paper, layout="rows", seed=7, pages=1, dpi=300,
                      min_mm=min_tile_mm if min_tile_mm is not None else kit.limits.collage_min_tile_mm)[0]
    tiles = [t for t in plan.tiles if t.index is not None]
    page = [sources[i] for i in plan.photos]
    with ThreadPoolExecutor(max_workers=2) as pool:
        for _ in pool.map(lambda t: cut_photo(page[t.index], (t.rect.w, t.rect.h)), tiles, chunksize=64):
            pass
    return f"{len(tiles)} tiles"


def refusal(folder: Path, paper: str) -> str:
    from icc_studio.core.assets.collage import CollageSpec, render_collage
    from icc_studio.core.assets.errors import TilesTooSmall

    try:
        render_collage(CollageSpec(Path(folder), paper=paper, outputs=("pdf",), out_dir=Path(folder) / "exports" / "bench",
                                   force=True))
    except TilesTooSmall as exc:
        return str(exc)
    return "not refused"


def main(quick: bool = False) -> None:
    cases = [(500, "A2", None)] if quick else [(500, "A2", None), (10_000, "A0", 5.0)]
    print("== collage: print PDF + PNG at 300 dpi, in a child process each (peak = its ru_maxrss) ==")
    for count, paper, min_tile in cases:
        start = time.perf_counter()
        folder = build_project(count)
        print(f"  {count} contributions: project ready in {time.perf_counter() - start:.1f} s (cached in {folder})")
        if min_tile is not None:
            print(f"  kit minimum 12 mm: {refusal(folder, paper)}")
        seconds, peak, outcome = measured(run_collage, folder, paper, min_tile)
        base_s, base_peak, base_outcome = measured(decode_tiles, folder, paper, min_tile)
        label = f"{count} on {paper}" + (f" (min tile {min_tile:g} mm)" if min_tile else "")
        print(f"  {label}: {seconds:6.1f} s, peak {peak:6.0f} MB — {outcome}")
        print(f"      decoding the same tiles alone: {base_s:6.1f} s, peak {base_peak:5.0f} MB ({base_outcome});"
              f" ratio collage/decode {seconds / base_s:4.2f}")
        if count >= 10_000:
            print(f"      targets: < 60 s ({'met' if seconds < 60 else 'MISSED'}), "
                  f"< 1536 MB ({'met' if peak < 1536 else 'MISSED'})")
    print(f"  cores: {os.cpu_count()}")


if __name__ == "__main__":
    main()
