"""Campaign assets: collage poster, quote posters, postcards, banners, countdown, calendar."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.jobs import CancelToken

Factory = Callable[[str, str], argparse.ArgumentParser]


def register(command: Factory, target: Factory) -> None:
    """Add this area's commands (``command(name, help)``) and render targets (``target(name, help)``)."""
    from ..core.assets.common import POSTER_PAPERS
    from ..core.assets.layout import LAYOUTS

    p = target("collage", "The collage poster: print PDF and PNG (A4–A0, 300 dpi, bleed, crop marks) "
                          "and a 1080×1350 social version.")
    p.add_argument("--paper", default="A2", type=str.upper, choices=POSTER_PAPERS, help="paper size (default: %(default)s)")
    p.add_argument("--layout", default="rows", choices=LAYOUTS, help="arrangement of the photos (default: %(default)s)")
    p.add_argument("--seed", type=int, default=1, help="another seed, another arrangement (default: %(default)s)")
    p.add_argument("--pages", type=int, default=1, metavar="N", help="spread the photos over N pages")
    p.add_argument("--credits", action="store_true", help="a line of first names (adults whose consent covers print)")
    p.add_argument("--min-tile-mm", type=float, metavar="MM", help="smallest printed tile (default: the kit's)")
    p.add_argument("--lang", metavar="CODE", help="language of the header (default: the project's first)")
    p.add_argument("--qr-url", metavar="URL", help="where the QR code leads (default: the network's campaign page)")
    p.add_argument("--only", choices=["print", "social"], help="only the print files or only the social version")
    p.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: DIR/exports/collage)")
    p.add_argument("--force", action="store_true", help="render again even if nothing changed")
    _common(p)
    p.set_defaults(func=cmd_collage)

    p = target("countdown", "The countdown series, N days before the day down to the day, each language, "
                            "square and story.")
    p.add_argument("--lang", action="append", metavar="CODE", help="only this language (repeatable)")
    p.add_argument("--days", type=int, metavar="N", help="start N days before (default: the kit's)")
    p.add_argument("--year", type=int, metavar="YYYY", help="campaign year (default: the project's)")
    p.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: DIR/exports/countdown)")
    _common(p)
    p.set_defaults(func=cmd_countdown)

    p = target("postcards", "A6 postcards, front and back with bleed, and 4-up A4 sheets with cut marks.")
    p.add_argument("--only", type=int, action="append", metavar="ID", help="only this contribution (repeatable)")
    p.add_argument("--qr-url", metavar="URL", help="where the QR code leads")
    p.add_argument("--no-sheets", action="store_true", help="no 4-up A4 sheets")
    p.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: DIR/exports/postcards)")
    _common(p)
    p.set_defaults(func=cmd_postcards)

    p = target("quotes", "Quote posters (A3 print PDF + square), the same format and length for every speaker.")
    p.add_argument("--speakers", type=Path, metavar="FILE",
                   help='JSON list of {"name", "role", "quote", "language", "photo" (a file) or "contribution" (an id)} '
                        "(default: the speakers saved in the project by the Quote posters page)")
    p.add_argument("--max-length", type=int, metavar="N", help="the same maximum quote length for all (default: 140)")
    p.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: DIR/exports/quotes)")
    _common(p)
    p.set_defaults(func=cmd_quotes)

    p = target("banners", "X/Twitter header (1500×500) and Facebook cover (1640×624), each language.")
    p.add_argument("--lang", action="append", metavar="CODE", help="only this language (repeatable)")
    p.add_argument("--seed", type=int, default=1, help="which residents appear (default: %(default)s)")
    p.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: DIR/exports/banners)")
    _common(p)
    p.set_defaults(func=cmd_banners)

    p = target("calendar", "The diversity calendar: twelve months, one photo each, international days marked; "
                           "print PDF in A4 and A3.")
    p.add_argument("--year", type=int, metavar="YYYY", help="calendar year (default: the project's campaign year)")
    p.add_argument("--lang", metavar="CODE", help="language of month and day names (default: the project's first)")
    p.add_argument("--paper", action="append", type=str.upper, choices=["A4", "A3"], help="only this paper (repeatable)")
    p.add_argument("--seed", type=int, default=1, help="which photo goes with which month (default: %(default)s)")
    p.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: DIR/exports/calendar)")
    _common(p)
    p.set_defaults(func=cmd_calendar)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")


def _run(args: argparse.Namespace, label: str, fn, spec, cancel: CancelToken):
    from .progress import ProgressBar

    bar = ProgressBar(label, enabled=False if (args.no_progress or args.json) else None)
    try:
        return fn(spec, progress=bar, cancel=cancel)
    finally:
        bar.close()


def _report(args: argparse.Namespace, files, skipped=(), extra: dict | None = None) -> int:
    if args.json:
        print(json.dumps({"files": [str(f) for f in files],
                          "skipped": [{"contribution_id": i, "reason": r} for i, r in skipped], **(extra or {})},
                         ensure_ascii=False, indent=2))
        return 0
    for contribution_id, reason in skipped:
        print(f"skipped    #{contribution_id}: {reason}", file=sys.stderr)
    for path in files:
        print(path)
    for key, value in (extra or {}).items():
        print(f"{key.replace('_', ' ')}: {value}", file=sys.stderr)
    return 0


def cmd_collage(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.assets.collage import OUTPUTS, CollageSpec, render_collage

    outputs = {"print": ("pdf", "png"), "social": ("social",)}.get(args.only, OUTPUTS)
    spec = CollageSpec(args.dir, paper=args.paper, layout=args.layout, seed=args.seed, pages=args.pages,
                       credits=args.credits, min_tile_mm=args.min_tile_mm, language=args.lang, qr_url=args.qr_url,
                       outputs=outputs, out_dir=args.out, force=args.force)
    result = _run(args, "Collage", render_collage, spec, cancel)
    extra = {"photos_on_poster": result.photos, "photos_on_social_version": result.social_photos,
             "smallest_tile_mm": round(result.smallest_tile_mm, 1), "unchanged": result.cached}
    return _report(args, result.files, result.skipped, extra)


def cmd_countdown(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.assets.countdown import CountdownSpec, render_countdown

    spec = CountdownSpec(args.dir, languages=tuple(args.lang) if args.lang else None, days=args.days, year=args.year,
                         out_dir=args.out)
    result = _run(args, "Countdown", render_countdown, spec, cancel)
    return _report(args, result.files, result.skipped)


def cmd_postcards(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.assets.postcards import PostcardSpec, render_postcards

    spec = PostcardSpec(args.dir, contribution_ids=tuple(args.only) if args.only else None, qr_url=args.qr_url,
                        sheets=not args.no_sheets, out_dir=args.out)
    result = _run(args, "Postcards", render_postcards, spec, cancel)
    return _report(args, result.files, result.skipped)


def cmd_quotes(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.assets.errors import NothingToRender
    from ..core.assets.quotes import QUOTE_MAX_LENGTH, QuoteSpec, load_speakers, render_quotes, speakers_from_entries
    from ..core.errors import InvalidValue
    from ..core.store import Project

    if args.speakers is None:
        with Project.open(args.dir) as project:
            speakers = load_speakers(project)
        if not speakers:
            raise NothingToRender("quote posters", f"{args.dir} has no saved speakers; add them on the Quote posters "
                                                   "page or give --speakers FILE")
    else:
        try:
            entries = json.loads(args.speakers.read_text(encoding="utf-8"))
            speakers = speakers_from_entries(entries, args.speakers.parent)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InvalidValue(f"{args.speakers}: not a list of speakers ({exc})") from exc
    spec = QuoteSpec(args.dir, speakers, max_length=args.max_length or QUOTE_MAX_LENGTH, out_dir=args.out)
    result = _run(args, "Quotes", render_quotes, spec, cancel)
    return _report(args, result.files, result.skipped)


def cmd_banners(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.assets.banners import BannerSpec, render_banners

    spec = BannerSpec(args.dir, languages=tuple(args.lang) if args.lang else None, seed=args.seed, out_dir=args.out)
    result = _run(args, "Banners", render_banners, spec, cancel)
    return _report(args, result.files)


def cmd_calendar(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.assets.calendar import PAPERS, CalendarSpec, render_calendar

    spec = CalendarSpec(args.dir, year=args.year, language=args.lang, papers=tuple(args.paper or PAPERS),
                        seed=args.seed, out_dir=args.out)
    result = _run(args, "Calendar", render_calendar, spec, cancel)
    return _report(args, result.files, result.skipped)
