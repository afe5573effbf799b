"""Resident clips: probe, trim and normalise to the delivery format.

Commands: ``clips DIR`` (list the clips and what probing found), ``trim DIR ID`` (set the in
and out points; ``--output`` also writes the part, losslessly or exactly), ``proxy DIR``
(make missing proxies); render target: ``render DIR clips``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

Factory = Callable[[str, str], argparse.ArgumentParser]


def seconds(text: str) -> float:
    """A time as seconds (``12.5``) or minutes and seconds (``1:02.5``)."""
    try:
        if ":" in text:
            minutes, _, secs = text.rpartition(":")
            value = float(minutes) * 60 + float(secs)
        else:
            value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time: {text!r} (write 12.5 or 1:02.5)") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"a time cannot be negative: {text!r}")
    return value


def register(command: Factory, target: Factory) -> None:
    """Add this area's commands (``command(name, help)``) and render targets (``target(name, help)``)."""
    p = command("clips", "List the clips of the project in DIR: length, size, frame rate, sound, trim, proxy.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_clips)

    p = command("trim", "Set the in and out points of a clip contribution; with --output, also write that part.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("id", type=int, metavar="ID", help="the clip's contribution id")
    p.add_argument("--in", dest="in_s", type=seconds, metavar="TIME", help="in-point (seconds, or m:ss.s)")
    p.add_argument("--out", dest="out_s", type=seconds, metavar="TIME", help="out-point (seconds, or m:ss.s)")
    p.add_argument("--clear", action="store_true", help="remove the in and out points (use the whole clip)")
    p.add_argument("--output", type=Path, metavar="FILE", help="write the trimmed part to FILE")
    p.add_argument("--exact", action="store_true",
                   help="with --output: re-encode, starting exactly at the in-point (default: lossless, "
                        "which starts at the keyframe at or before it)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.set_defaults(func=cmd_trim)

    p = command("proxy", "Make the missing proxies (upright, 30 fps) of the clips of the project in DIR.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("ids", type=int, nargs="*", metavar="ID", help="only these contributions")
    p.add_argument("--force", action="store_true", help="make them again even when present")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.set_defaults(func=cmd_proxy)

    from ..core.video.normalise import CLIP_FORMATS, Fit

    p = target("clips", "Every approved clip normalised to the delivery format (H.264/AAC, 30 fps, −16 LUFS).")
    p.add_argument("--aspect", action="append", dest="aspects", choices=list(CLIP_FORMATS), metavar="ASPECT",
                   help=f"output aspect, repeatable: {', '.join(CLIP_FORMATS)} (default: 9:16)")
    p.add_argument("--only", type=int, action="append", metavar="ID", help="only this contribution (repeatable)")
    p.add_argument("--fit", choices=[f.value for f in Fit], default=Fit.AUTO.value,
                   help="crop around the faces, pad with a blurred copy, or choose (default: %(default)s)")
    p.add_argument("--frame", action="store_true", help="play the clip inside the kit's campaign frame")
    p.add_argument("--no-caption", action="store_true", help="do not burn in the contributor's message")
    p.add_argument("--no-end-card", action="store_true", help="no end card with the hashtag")
    p.add_argument("--force", action="store_true", help="render again even what is unchanged")
    p.add_argument("--json", action="store_true", help="print one JSON object per output")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.set_defaults(func=cmd_render_clips)


def cmd_clips(args: argparse.Namespace, cancel) -> int:
    from ..core.store import MediaKind, Project
    from ..core.video.proxy import read_proxy_info
    from ..core.video.trim import clip_limit
    from .main import ExitCode

    rows = []
    with Project.open(args.dir) as project:
        limit = clip_limit(project)
        for c in project.contributions():
            if c.kind != MediaKind.CLIP:
                continue
            media = project.media(c.media_sha256)
            proxy = read_proxy_info(project.folder, c.media_sha256)
            rows.append({
                "id": c.id, "status": c.status.value, "source_name": c.source_name,
                "duration_s": proxy.duration_s if proxy else media.duration_s,
                "width": media.width, "height": media.height,
                "source_fps": proxy.source_fps if proxy else None, "vfr": proxy.source_vfr if proxy else None,
                "audio": proxy.has_audio if proxy else None, "rotation": proxy.source_rotation if proxy else None,
                "trim": [c.trim_in_s, c.trim_out_s], "proxy": proxy is not None, "max_s": limit,
            })
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not rows:
        print("No clips.")
        return ExitCode.OK
    print(f"{'ID':>5}  {'STATUS':9}  {'LENGTH':>7}  {'SIZE':>9}  {'FPS':>9}  {'SOUND':5}  {'TRIM':>15}  PROXY  FILE")
    for r in rows:
        fps = "-" if r["source_fps"] is None else f"{r['source_fps']:.3g}{' vfr' if r['vfr'] else ''}"
        trim = "-" if r["trim"] == [None, None] else f"{r['trim'][0] or 0:.2f}–{r['trim'][1] or r['duration_s']:.2f}"
        sound = "-" if r["audio"] is None else ("yes" if r["audio"] else "no")
        length = r["duration_s"] or 0
        over = " >max" if r["trim"] == [None, None] and length > r["max_s"] else ""
        print(f"{r['id']:>5}  {r['status']:9}  {length:6.2f}s  {r['width']}×{r['height']:<4}  {fps:>9}  {sound:5}  "
              f"{trim:>15}  {'yes' if r['proxy'] else 'no':5}  {r['source_name']}{over}")
    print(f"Maximum length per clip in this campaign: {limit:g} s", file=sys.stderr)
    return ExitCode.OK


def cmd_trim(args: argparse.Namespace, cancel) -> int:
    from ..core.store import Project
    from ..core.video.trim import TrimContributionSpec, TrimMode, clip_limit, set_trim, trim_contribution
    from .main import ExitCode
    from .progress import ProgressBar

    if args.clear and (args.in_s is not None or args.out_s is not None):
        print("icc-studio-cli trim: give --clear or --in/--out, not both", file=sys.stderr)
        return ExitCode.USAGE
    if args.exact and not args.output:
        print("icc-studio-cli trim: --exact needs --output", file=sys.stderr)
        return ExitCode.USAGE
    data: dict = {"id": args.id}
    with Project.open(args.dir) as project:
        limit = clip_limit(project)
        if args.clear or args.in_s is not None or args.out_s is not None:
            current = project.contribution(args.id)
            in_s = None if args.clear else (args.in_s if args.in_s is not None else current.trim_in_s)
            out_s = None if args.clear else (args.out_s if args.out_s is not None else current.trim_out_s)
            start, end = set_trim(project, args.id, in_s, out_s)
            data.update(in_s=start, out_s=end, stored=True)
        else:
            c = project.contribution(args.id)
            data.update(in_s=c.trim_in_s, out_s=c.trim_out_s, stored=False)
    data["max_s"] = limit
    if args.output:
        bar = ProgressBar("Trim", enabled=False if (args.no_progress or args.json) else None)
        try:
            result = trim_contribution(TrimContributionSpec(args.dir, args.id, args.output,
                                                            TrimMode.EXACT if args.exact else TrimMode.LOSSLESS),
                                       progress=bar, cancel=cancel)
        finally:
            bar.close()
        data["file"] = result.as_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return ExitCode.OK
    if data.get("stored"):
        print(f"#{args.id}: in {data['in_s']:.2f} s, out {data['out_s']:.2f} s "
              f"({data['out_s'] - data['in_s']:.2f} s; maximum {limit:g} s)")
    elif args.output is None:
        points = "none (the whole clip)" if data["in_s"] is None and data["out_s"] is None else \
            f"in {data['in_s'] or 0:.2f} s, out {data['out_s']:.2f} s"
        print(f"#{args.id}: trim {points}; maximum {limit:g} s")
    if args.output:
        r = data["file"]
        print(f"wrote {r['output']} ({r['mode']}): {r['actual_in_s']:.3f}–{r['out_s']:.3f} s, "
              f"{r['duration_s']:.2f} s")
        if r["note"]:
            print(f"note: {r['note']}")
    return ExitCode.OK


def cmd_proxy(args: argparse.Namespace, cancel) -> int:
    from ..core.errors import IccError
    from ..core.store import MediaKind, Project
    from ..core.video.proxy import ProxySpec, ensure_proxy
    from .main import ExitCode
    from .progress import ProgressBar

    with Project.open(args.dir) as project:
        items = [project.contribution(i) for i in args.ids] if args.ids else \
            [c for c in project.contributions() if c.kind == MediaKind.CLIP]
    failed = 0
    for c in items:
        bar = ProgressBar(f"#{c.id}", enabled=False if args.no_progress else None)
        try:
            path = ensure_proxy(ProxySpec(args.dir, c.media_sha256, force=args.force), progress=bar, cancel=cancel)
        except IccError as exc:
            if exc.code == "cancelled":
                raise
            bar.close()
            print(f"failed     #{c.id}: {exc}")
            failed += 1
            continue
        finally:
            bar.close()
        print(f"proxy      #{c.id} → {path}")
    return ExitCode.ERROR if failed else ExitCode.OK


def cmd_render_clips(args: argparse.Namespace, cancel) -> int:
    from ..core.video.normalise import Fit, RenderClipsSpec, render_clips
    from .main import ExitCode
    from .progress import ProgressBar

    bar = ProgressBar("Clips", enabled=False if (args.no_progress or args.json) else None)
    try:
        report = render_clips(RenderClipsSpec(
            project=args.dir, aspects=tuple(dict.fromkeys(args.aspects or ["9:16"])),
            contribution_ids=tuple(args.only) if args.only else None, fit=Fit(args.fit),
            caption=not args.no_caption, frame=args.frame, end_card=not args.no_end_card, force=args.force),
            progress=bar, cancel=cancel)
    finally:
        bar.close()
    skipped: dict[int, str] = {}
    for r in report.results:
        if args.json:
            print(json.dumps({"contribution_id": r.contribution_id, "aspect": r.aspect, "status": r.status,
                              "path": str(r.path) if r.path else None, "reason": r.reason, **r.detail},
                             ensure_ascii=False))
        elif r.status == "skipped":
            skipped.setdefault(r.contribution_id, r.reason)
        elif r.status == "failed":
            print(f"failed     #{r.contribution_id} {r.aspect}: {r.reason}")
        elif r.status == "rendered":
            print(f"rendered   #{r.contribution_id} {r.aspect} → {r.path}")
    for contribution_id, reason in skipped.items():
        if not args.json:
            print(f"left out   #{contribution_id}: {reason}")
    print(f"{report.count('rendered')} rendered, {report.count('cached')} unchanged, {len(skipped)} left out, "
          f"{report.count('failed')} failed", file=sys.stderr)
    return ExitCode.ERROR if report.count("failed") else ExitCode.OK
