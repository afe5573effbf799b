"""The per-city video (render DIR video), subtitles of clips and audiograms."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.jobs import CancelToken
from .progress import ProgressBar

Factory = Callable[[str, str], argparse.ArgumentParser]
ASPECT_CHOICES = ("16:9", "1:1", "9:16")


def register(command: Factory, target: Factory) -> None:
    """Add this area's commands (``command(name, help)``) and render targets (``target(name, help)``)."""
    p = target("video", "The per-city video: intro, photos with gentle motion and captions, clips, outro; "
                        "16:9, 1:1 and 9:16, with an .srt and a poster frame, under exports/video/.")
    p.add_argument("--aspect", action="append", dest="aspects", choices=ASPECT_CHOICES, metavar="RATIO",
                   help="16:9, 1:1 or 9:16 (repeatable; default: all three)")
    p.add_argument("--length", type=float, default=60.0, metavar="SECONDS",
                   help="target length; the time per photo adapts (default: %(default)g)")
    p.add_argument("--music", type=Path, metavar="FILE", help="a music track (faded in and out, lowered under speech)")
    p.add_argument("--only", type=int, action="append", metavar="ID",
                   help="only this contribution (repeatable; default: every approved one with consent)")
    p.add_argument("--city", metavar="NAME",
                   help="in a coordinator's project, the city whose video to make (default: the project's city)")
    p.add_argument("--burn-subtitles", action="store_true", help="draw the clips' subtitles into the picture")
    p.add_argument("--subtitle-lang", metavar="CODE", help="language of the clips' subtitles (default: the city's)")
    p.add_argument("--size", type=int, default=1080, metavar="PX",
                   help="short side in pixels (default: %(default)s, the delivery size)")
    p.add_argument("--force", action="store_true", help="render again even what is unchanged")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.set_defaults(func=cmd_render_video)

    p = command("subtitles", "Subtitles of a clip: import an .srt, type lines, list or export them.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("id", type=int, metavar="ID", help="the clip's contribution id")
    p.add_argument("--lang", metavar="CODE", help="the subtitles' language (needed to import or type)")
    p.add_argument("--import", dest="srt", type=Path, metavar="FILE", help="an .srt file to keep for this clip")
    p.add_argument("--line", action="append", dest="lines", metavar="TEXT",
                   help="a typed line (repeatable; timed in proportion to its length over the clip)")
    p.add_argument("--clear", action="store_true", help="remove the subtitles in --lang")
    p.add_argument("--export", type=Path, metavar="FILE", help="write the subtitles in --lang to this .srt file")
    p.set_defaults(func=cmd_subtitles)

    p = command("audiogram", "Make a clip from a sound recording and a photo: the picture, a moving waveform "
                             "and the caption.")
    p.add_argument("audio", type=Path, metavar="AUDIO", help="the recording (any common audio or video file)")
    p.add_argument("photo", type=Path, metavar="PHOTO", help="the photo shown with it")
    p.add_argument("output", type=Path, metavar="OUT.mp4", help="the clip to write")
    p.add_argument("--caption", default="", help="the contributor's message")
    p.add_argument("--lang", default="en", metavar="CODE", help="the caption's language (default: %(default)s)")
    p.add_argument("--kit", default="migrants-18december", metavar="ID", help="campaign kit (default: %(default)s)")
    p.add_argument("--aspect", choices=ASPECT_CHOICES, default="9:16", help="default: %(default)s")
    p.add_argument("--size", type=int, default=1080, metavar="PX", help="short side in pixels (default: %(default)s)")
    p.add_argument("--max-seconds", type=float, default=60.0, metavar="S",
                   help="cut longer recordings (default: %(default)g)")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.set_defaults(func=cmd_audiogram)


def cmd_render_video(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.video.city import CityVideoSpec, render_city_video
    from .main import ExitCode

    spec = CityVideoSpec(project=args.dir, aspects=tuple(args.aspects or ASPECT_CHOICES), target_seconds=args.length,
                         music=args.music, short_side=args.size, burn_subtitles=args.burn_subtitles,
                         subtitle_language=args.subtitle_lang,
                         contribution_ids=tuple(args.only) if args.only else None, city=args.city,
                         force=args.force)
    bar = ProgressBar("Video", enabled=False if (args.no_progress or args.json) else None)
    try:
        result = render_city_video(spec, progress=bar, cancel=cancel)
    finally:
        bar.close()
    if args.json:
        print(json.dumps({
            "outputs": [{"aspect": o.aspect, "video": str(o.video), "subtitles": str(o.subtitles),
                         "poster": str(o.poster), "size": list(o.size), "seconds": o.duration_s, "cached": o.cached}
                        for o in result.outputs],
            "used": result.used, "left_out": [{"id": i, "reason": r} for i, r in result.skipped],
            "seconds_per_photo": round(result.photo_seconds, 3), "warnings": result.warnings,
        }, ensure_ascii=False, indent=2))
        return ExitCode.OK
    for o in result.outputs:
        state = "unchanged" if o.cached else "rendered "
        print(f"{state}  {o.aspect:5} {o.size[0]}×{o.size[1]}  {o.duration_s:5.1f} s  → {o.video}")
        print(f"           subtitles {o.subtitles.name}, poster {o.poster.name}")
    for contribution_id, reason in result.skipped:
        print(f"left out   #{contribution_id}: {reason}")
    for warning in result.warnings:
        print(f"note: {warning}", file=sys.stderr)
    print(f"{len(result.used)} contributions in the video, {result.photo_seconds:.1f} s per photo, "
          f"{len(result.skipped)} left out", file=sys.stderr)
    return ExitCode.OK


def cmd_subtitles(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.store import MediaKind, Project
    from ..core.video.subtitles import format_srt, import_srt, load_subtitles, save_subtitles, typed_cues, write_srt
    from .main import ExitCode

    with Project.open(args.dir) as project:
        contribution = project.contribution(args.id)
        media = project.media(contribution.media_sha256)
    if contribution.kind != MediaKind.CLIP:
        print(f"icc-studio-cli subtitles: #{args.id} is not a clip", file=sys.stderr)
        return ExitCode.USAGE
    changing = args.srt or args.lines or args.clear or args.export
    if changing and not args.lang:
        print("icc-studio-cli subtitles: --lang is needed", file=sys.stderr)
        return ExitCode.USAGE
    if args.srt:
        cues = import_srt(args.dir, args.id, args.lang, args.srt)
        print(f"{len(cues)} subtitles in {args.lang} kept for #{args.id}")
    elif args.lines:
        start = contribution.trim_in_s or 0.0
        end = contribution.trim_out_s or (media.duration_s if media and media.duration_s else start + 5.0)
        cues = typed_cues(args.lines, end - start, start=start)
        save_subtitles(args.dir, args.id, args.lang, cues)
        print(f"{len(cues)} subtitles in {args.lang} kept for #{args.id}")
    elif args.clear:
        save_subtitles(args.dir, args.id, args.lang, [])
        print(f"subtitles in {args.lang} of #{args.id} removed")
    all_subtitles = load_subtitles(args.dir, args.id)
    if args.export:
        cues = all_subtitles.get(args.lang)
        if not cues:
            print(f"icc-studio-cli subtitles: #{args.id} has no subtitles in {args.lang}", file=sys.stderr)
            return ExitCode.ERROR
        write_srt(args.export, cues)
        print(f"written {args.export}")
    if not changing:
        if not all_subtitles:
            print(f"#{args.id} has no subtitles")
        for lang, cues in all_subtitles.items():
            print(f"-- {lang} ({len(cues)})")
            print(format_srt(cues))
    return ExitCode.OK


def cmd_audiogram(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.video.audiogram import AudiogramSpec, render_audiogram
    from .main import ExitCode

    bar = ProgressBar("Audiogram", enabled=False if args.no_progress else None)
    try:
        result = render_audiogram(AudiogramSpec(audio=args.audio, photo=args.photo, output=args.output,
                                                caption=args.caption, language=args.lang, kit_id=args.kit,
                                                aspect=args.aspect, short_side=args.size,
                                                max_seconds=args.max_seconds),
                                  progress=bar, cancel=cancel)
    finally:
        bar.close()
    print(f"audiogram {result.size[0]}×{result.size[1]}, {result.duration_s:.1f} s → {result.path}")
    return ExitCode.OK
