"""The campaign gallery: a static website of the campaign (render DIR gallery)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.jobs import CancelToken
from .progress import ProgressBar

Factory = Callable[[str, str], argparse.ArgumentParser]


def register(command: Factory, target: Factory) -> None:
    """Add this area's commands (``command(name, help)``) and render targets (``target(name, help)``)."""
    p = target("gallery", "The campaign gallery: a static website (home, a page per city, filters) under "
                          "exports/gallery/, with every asset inside; opens from disk or any web host.")
    p.add_argument("--out", type=Path, metavar="FOLDER", help="write the site here instead of exports/gallery")
    p.add_argument("--no-framing", action="store_true",
                   help="do not render the framed photos first (use what exists, else the unframed photos)")
    p.add_argument("--workers", type=int, metavar="N", help="threads (default: one per core)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.set_defaults(func=cmd_render_gallery)


def cmd_render_gallery(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.gallery import GallerySpec, render_gallery

    bar = ProgressBar("Gallery", enabled=False if (args.no_progress or args.json) else None)
    try:
        result = render_gallery(GallerySpec(project=args.dir, frame_photos=not args.no_framing,
                                            workers=args.workers, out_dir=args.out),
                                progress=bar, cancel=cancel)
    finally:
        bar.close()
    if args.json:
        print(json.dumps({"folder": str(result.folder), "index": str(result.folder / "index.html"),
                          "contributions": result.contributions, "cities": result.cities,
                          "pages": len(result.pages), "files": result.files, "bytes": result.bytes,
                          "left_out": [{"contribution_id": i, "reason": r} for i, r in result.skipped],
                          "warnings": result.warnings}, ensure_ascii=False, indent=2))
    else:
        for warning in result.warnings:
            print(f"warning    {warning}")
        print(f"Gallery written to {result.folder / 'index.html'}: {result.contributions} contributions, "
              f"{result.cities} cities, {len(result.pages)} pages, {result.bytes / 1e6:.1f} MB; "
              f"{len(result.skipped)} contributions left out (no approval or no consent for online publication).",
              file=sys.stderr)
    return 0
