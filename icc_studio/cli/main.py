"""``icc-studio-cli``: the command line over the core.

Exit codes (see ``ExitCode``): 0 success; 1 an error the command reported; 2 wrong usage;
3 some inputs were rejected (import, kit validation); 4 the project is missing or
damaged; 130 interrupted (Ctrl+C).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from .. import __version__
from ..core.errors import IccError, ProjectError
from ..core.jobs import CancelToken
from .progress import ProgressBar


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    REJECTED = 3
    PROJECT = 4
    INTERRUPTED = 130


EPILOG = """exit codes:
  0    success
  1    the command failed (the message says why)
  2    wrong usage
  3    some inputs were rejected (import, kit validate)
  4    the project is missing or damaged
  130  interrupted
"""


def _command_modules() -> list:
    """Modules that add commands (``register(command, target)``); one per area of the app."""
    from . import commands_clips  # noqa: F401
    from . import commands_video  # noqa: F401
    from . import commands_assets  # noqa: F401
    from . import commands_kiosk  # noqa: F401
    from . import commands_packages  # noqa: F401
    from . import commands_gallery  # noqa: F401
    from . import commands_consent  # noqa: F401
    from . import commands_contest  # noqa: F401

    return [commands_clips, commands_video, commands_assets, commands_kiosk, commands_packages,
            commands_gallery, commands_consent, commands_contest]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="icc-studio-cli",
        description="ICC Studio on the command line: campaign projects, contributions and kits, offline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, epilog=EPILOG,
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    p = command("demo", "Create the demo project (a fictional city with about 20 contributions) in DIR.")
    p.add_argument("dir", type=Path, metavar="DIR", help="a new or empty folder")
    p.add_argument("--kit", default="migrants-18december", help="kit id (default: %(default)s)")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.set_defaults(func=cmd_demo)

    p = command("new", "Create an empty project in DIR.")
    p.add_argument("dir", type=Path, metavar="DIR", help="a new or empty folder")
    p.add_argument("--kit", required=True, metavar="ID", help="campaign kit id (see 'kit list')")
    p.add_argument("--city", required=True, metavar="NAME", help="the city's name as it should appear")
    p.add_argument("--lang", required=True, action="append", metavar="CODE",
                   help="a language of the city's campaign (repeat for several; the first is the main one)")
    p.add_argument("--country", default="", metavar="NAME", help="the country (optional)")
    p.add_argument("--year", type=int, metavar="YYYY", help="campaign year (default: this year)")
    p.set_defaults(func=cmd_new)

    p = command("import", "Import photos and clips (files or folders) into the project in DIR.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH", help="files or folders to import")
    p.add_argument("--json", action="store_true", help="print one JSON object per file instead of text")
    p.add_argument("--max-megapixels", type=float, metavar="MP", help="reject images larger than this")
    p.add_argument("--workers", type=int, default=0, metavar="N",
                   help="processes decoding photos (default: one per core)")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.set_defaults(func=cmd_import)

    p = command("list", "List the contributions of the project in DIR.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--status", choices=["pending", "approved", "rejected", "withdrawn"], help="only this status")
    p.add_argument("--missing-consent", action="store_true",
                   help="only contributions without an active consent (left out of every output)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = command("approve", "Approve contributions by id, or all pending ones.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("ids", type=int, nargs="*", metavar="ID", help="contribution ids")
    p.add_argument("--all", action="store_true", help="approve every pending contribution")
    p.set_defaults(func=cmd_approve)

    p = command("reject", "Reject contributions by id, with a reason.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("ids", type=int, nargs="+", metavar="ID", help="contribution ids")
    p.add_argument("--reason", required=True, help="why (kept in the project and its audit log)")
    p.set_defaults(func=cmd_reject)

    render = command("render", "Render campaign outputs of the project in DIR.")
    render.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    targets = render.add_subparsers(dest="what", metavar="WHAT", required=True)

    def target(name: str, help_text: str) -> argparse.ArgumentParser:
        return targets.add_parser(name, help=help_text, description=help_text, epilog=EPILOG,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)

    p = target("photos", "Every approved photo in every framed format.")
    p.add_argument("--only", type=int, action="append", metavar="ID", help="only this contribution (repeatable)")
    p.add_argument("--format", action="append", dest="formats", metavar="OUTPUT",
                   help="only this output format (repeatable; default: all)")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes (default: one per core)")
    p.add_argument("--force", action="store_true", help="render again even what is unchanged")
    p.add_argument("--json", action="store_true", help="print one JSON object per output")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.set_defaults(func=cmd_render)

    # Commands and render targets of the other areas live in their own modules.
    for module in _command_modules():
        module.register(command, target)

    p = command("check", "Open the project in DIR, check its integrity and report.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_check)

    kit = command("kit", "Campaign kits: list the built-in ones, validate a kit folder.")
    kit_sub = kit.add_subparsers(dest="kit_command", metavar="ACTION", required=True)
    p = kit_sub.add_parser("validate", help="Validate a kit folder (or its kit.json).",
                           description="Validate a kit folder (or its kit.json).", epilog=EPILOG,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("path", type=Path, metavar="PATH", help="kit folder or kit.json")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_kit_validate)
    p = kit_sub.add_parser("list", help="List the built-in kits.", description="List the built-in kits.",
                           epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_kit_list)
    return parser


# -- commands ------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.demo import DemoSpec, create_demo_project

    bar = ProgressBar("Demo", enabled=False if args.no_progress else None)
    try:
        result = create_demo_project(DemoSpec(folder=args.dir, kit_id=args.kit), progress=bar, cancel=cancel)
    finally:
        bar.close()
    print(f"Demo project for {result.city} created in {args.dir}: {result.contributions} contributions.")
    return ExitCode.OK


def cmd_new(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.kits import load_builtin_kit
    from ..core.store import Project

    kit = load_builtin_kit(args.kit)
    missing = [code for code in args.lang if code not in kit.languages]
    if missing:
        print(f"Note: kit {kit.id} has no texts in {', '.join(missing)}; "
              f"its {kit.default_language} texts will be used there.", file=sys.stderr)
    with Project.create(args.dir, city=args.city, kit_id=kit.id, languages=args.lang,
                        country=args.country, campaign_year=args.year):
        pass
    print(f"Project for {args.city} created in {args.dir} (kit {kit.id}).")
    return ExitCode.OK


def cmd_import(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.importing import ImportSpec, Outcome, import_files
    from ..core.media import ImportLimits
    from ..core.store import Project

    Project.open(args.dir).close()  # a clear message before any work if the project is not there
    limits = ImportLimits()
    if args.max_megapixels:
        limits = ImportLimits(max_pixels=int(args.max_megapixels * 1_000_000))
    bar = ProgressBar("Import", enabled=False if (args.no_progress or args.json) else None)

    def show(result) -> None:
        bar.close()
        if args.json:
            print(json.dumps(result.as_dict(), ensure_ascii=False), flush=True)
        elif result.outcome == Outcome.IMPORTED:
            print(f"imported   {result.path}  → #{result.contribution_id} ({result.kind})", flush=True)
        elif result.outcome == Outcome.DUPLICATE:
            print(f"duplicate  {result.path}  = #{result.contribution_id}", flush=True)
        else:
            print(f"rejected   {result.path}  — {_reason_only(result.reason, result.path)}", flush=True)

    try:
        report = import_files(ImportSpec(project=args.dir, paths=args.paths, limits=limits, workers=args.workers),
                              progress=bar, cancel=cancel, on_result=show)
    finally:
        bar.close()
    summary = (f"{report.imported} imported, {report.duplicates} duplicates, {report.rejected} rejected"
               + (" (interrupted)" if report.cancelled else ""))
    print(summary, file=sys.stderr)
    if report.cancelled:
        return ExitCode.INTERRUPTED
    return ExitCode.REJECTED if report.rejected else ExitCode.OK


def _reason_only(reason: str, path: Path) -> str:
    prefix = f"{path}: "
    return reason[len(prefix):] if reason.startswith(prefix) else reason


def cmd_list(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.review import consent_label, missing_consent
    from ..core.store import Project

    with Project.open(args.dir) as project:
        items = project.contributions(args.status)
    if args.missing_consent:
        items = [c for c in items if missing_consent(c)]
    if args.json:
        print(json.dumps([_contribution_json(c) for c in items], ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not items:
        print("No contributions" + (f" with status {args.status}" if args.status else "")
              + (" without consent." if args.missing_consent else "."))
        return ExitCode.OK
    print(f"{'ID':>5}  {'KIND':5}  {'STATUS':9}  {'LANG':4}  {'CONTRIBUTOR':16}  {'CONSENT':31}  CAPTION")
    for c in items:
        consent = consent_label(c)
        print(f"{c.id:>5}  {c.kind.value:5}  {c.status.value:9}  {c.language or '-':4}  "
              f"{(c.contributor_name or '-')[:16]:16}  {consent[:31]:31}  {c.caption[:60]}")
    return ExitCode.OK


def _contribution_json(c) -> dict:
    from ..core.review import consent_state

    return {
        "id": c.id,
        "kind": c.kind.value,
        "status": c.status.value,
        "status_reason": c.status_reason,
        "language": c.language,
        "caption": c.caption,
        "alt_text": c.alt_text,
        "contributor": c.contributor_name,
        "consent": sorted(p.value for p in c.purposes) if c.has_consent else None,
        "consent_state": consent_state(c).value,
        "media_sha256": c.media_sha256,
        "source_name": c.source_name,
        "trim": [c.trim_in_s, c.trim_out_s],
        "created_at": c.created_at,
    }


def cmd_approve(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.store import Project, Status

    if bool(args.ids) == bool(args.all):
        print("icc-studio-cli approve: give contribution ids or --all (not both)", file=sys.stderr)
        return ExitCode.USAGE
    with Project.open(args.dir) as project:
        ids = [c.id for c in project.contributions(Status.PENDING)] if args.all else args.ids
        changed = project.set_status(ids, Status.APPROVED)
    print(f"{len(changed)} approved" + (f" ({len(ids) - len(changed)} already approved)" if len(ids) > len(changed) else ""))
    return ExitCode.OK


def cmd_reject(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.store import Project, Status

    with Project.open(args.dir) as project:
        changed = project.set_status(args.ids, Status.REJECTED, reason=args.reason)
    print(f"{len(changed)} rejected")
    return ExitCode.OK


def cmd_render(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.render.photo_job import ItemStatus, RenderPhotosSpec, render_photos
    from ..core.render.photos import PHOTO_OUTPUTS

    formats = tuple(args.formats or PHOTO_OUTPUTS)
    unknown = [f for f in formats if f not in PHOTO_OUTPUTS]
    if unknown:
        print(f"icc-studio-cli render: unknown format {unknown[0]!r} (choose from {', '.join(PHOTO_OUTPUTS)})",
              file=sys.stderr)
        return ExitCode.USAGE
    bar = ProgressBar("Render", enabled=False if (args.no_progress or args.json) else None)
    try:
        report = render_photos(
            RenderPhotosSpec(project=args.dir, outputs=formats,
                             contribution_ids=tuple(args.only) if args.only else None,
                             workers=args.workers, force=args.force),
            progress=bar, cancel=cancel)
    finally:
        bar.close()
    skipped_reasons: dict[int, str] = {}
    for r in report.results:
        if args.json:
            print(json.dumps({"contribution_id": r.contribution_id, "output": r.output, "status": r.status.value,
                              "path": str(r.path) if r.path else None, "reason": r.reason}, ensure_ascii=False))
        elif r.status == ItemStatus.SKIPPED:
            skipped_reasons.setdefault(r.contribution_id, r.reason)
        elif r.status == ItemStatus.FAILED:
            print(f"failed     #{r.contribution_id} {r.output}: {r.reason}")
        elif r.status == ItemStatus.RENDERED:
            print(f"rendered   #{r.contribution_id} {r.output} → {r.path}")
    for contribution_id, reason in skipped_reasons.items():
        print(f"left out   #{contribution_id}: {reason}")
    print(f"{report.count(ItemStatus.RENDERED)} rendered, {report.count(ItemStatus.CACHED)} unchanged, "
          f"{len(skipped_reasons)} contributions left out, {report.count(ItemStatus.FAILED)} failed", file=sys.stderr)
    return ExitCode.ERROR if report.count(ItemStatus.FAILED) else ExitCode.OK


def cmd_check(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.store import Project

    with Project.open(args.dir) as project:
        health = project.health
        counts = project.count_by_status()
        info = project.info()
        version = project.schema_version
    data = {
        "city": info.city,
        "kit": info.kit_id,
        "schema_version": version,
        "integrity": health.integrity,
        "temp_files_removed": list(health.temp_files_removed),
        "orphan_files_removed": list(health.orphan_files_removed),
        "missing_files": list(health.missing_files),
        "contributions": {status.value: n for status, n in counts.items()},
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"Project {info.city} ({info.kit_id}), schema {data['schema_version']}: integrity {health.integrity}")
        print("Contributions: " + ", ".join(f"{n} {s}" for s, n in data["contributions"].items()))
        for label, key in (("Removed temporary file", "temp_files_removed"),
                           ("Removed unreferenced file", "orphan_files_removed"),
                           ("MISSING media file", "missing_files")):
            for item in data[key]:
                print(f"{label}: {item}")
    return ExitCode.OK if health.ok else ExitCode.PROJECT


def cmd_kit_validate(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.kits import validate_kit

    problems = validate_kit(args.path)
    if args.json:
        print(json.dumps([{"file": str(p.file), "field": p.field, "message": p.message} for p in problems],
                         ensure_ascii=False, indent=2))
    elif problems:
        for problem in problems:
            print(str(problem), file=sys.stderr)
        print(f"{args.path}: {len(problems)} problem(s)", file=sys.stderr)
    else:
        print(f"{args.path}: valid kit")
    return ExitCode.REJECTED if problems else ExitCode.OK


def cmd_kit_list(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.kits import builtin_kit_ids, load_builtin_kit

    kits = [load_builtin_kit(kit_id) for kit_id in builtin_kit_ids()]
    if args.json:
        print(json.dumps([{"id": k.id, "version": k.version, "day": f"{k.day_month:02d}-{k.day_day:02d}",
                           "name": k.names.get("en", ""), "languages": list(k.languages)} for k in kits],
                         ensure_ascii=False, indent=2))
    else:
        for k in kits:
            print(f"{k.id:28} {k.day_day:2d}/{k.day_month:02d}  {k.names.get('en', '')}")
    return ExitCode.OK


# -- entry point -----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    cancel = CancelToken()

    def interrupt(signum, frame) -> None:  # first Ctrl+C cancels cleanly, a second one kills
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        return int(args.func(args, cancel))
    except ProjectError as exc:
        print(f"icc-studio-cli: {exc}", file=sys.stderr)
        return ExitCode.PROJECT
    except IccError as exc:
        if exc.code == "cancelled":
            print("icc-studio-cli: interrupted; nothing half-written was kept", file=sys.stderr)
            return ExitCode.INTERRUPTED
        print(f"icc-studio-cli: {exc}", file=sys.stderr)
        return ExitCode.ERROR
    except KeyboardInterrupt:
        print("icc-studio-cli: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return ExitCode.OK
    finally:
        signal.signal(signal.SIGINT, previous)


if __name__ == "__main__":
    sys.exit(main())
