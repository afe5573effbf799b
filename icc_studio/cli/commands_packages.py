"""Contribution packages between cities and the network; consent withdrawal, erasure and retention."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.jobs import CancelToken

Factory = Callable[[str, str], argparse.ArgumentParser]

OK, ERROR, USAGE, REJECTED = 0, 1, 2, 3  # the values of main.ExitCode


def register(command: Factory, target: Factory) -> None:
    """Add this area's commands (``command(name, help)``) and render targets (``target(name, help)``)."""
    package = command("package", "Contribution packages between cities and the network coordinator.")
    actions = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return actions.add_parser(name, help=help_text, description=help_text)

    p = action("export", "Write the package of DIR to OUT.zip: approved contributions whose consent covers "
                         "network re-share, and the withdrawal notices.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("out", type=Path, metavar="OUT.zip", help="the package file to write")
    _common(p)
    p.set_defaults(func=cmd_package_export)

    p = action("import", "Check and import packages (all or nothing each) into the project in DIR.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("packages", type=Path, nargs="+", metavar="PKG.zip", help="package files")
    _common(p)
    p.set_defaults(func=cmd_package_import)

    p = action("coordinator", "Create the network coordinator's project in DIR (it gathers many cities' packages).")
    p.add_argument("dir", type=Path, metavar="DIR", help="a new or empty folder")
    p.add_argument("--kit", required=True, metavar="ID", help="the campaign kit id")
    p.add_argument("--lang", required=True, action="append", metavar="CODE", help="a language (repeatable)")
    p.add_argument("--name", default=None, metavar="NAME", help="the network's name on its outputs")
    p.add_argument("--year", type=int, metavar="YYYY", help="campaign year (default: this year)")
    p.set_defaults(func=cmd_package_coordinator)

    p = action("cities", "The cities whose contributions are in the project in DIR, and the packages imported.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_package_cities)

    p = action("list", "List contributions of DIR by city and language.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--city", metavar="NAME", help="only this city")
    p.add_argument("--lang", metavar="CODE", help="only this language")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_package_list)

    p = action("notices", "The withdrawal notices DIR holds (made here or received); every package carries them.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_package_notices)

    p = command("erase", "Erase a contributor (consent withdrawn): originals, copies, renders, exports; "
                         "outputs that included them become stale; a withdrawal notice goes out in the next package.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--contributor", type=int, metavar="ID", help="the contributor's id (see privacy-report)")
    who.add_argument("--contribution", type=int, metavar="ID", help="only this contribution")
    p.add_argument("--reason", default="consent withdrawn", help="kept in the audit log (default: %(default)s)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_erase)

    p = command("privacy-report", "What the project in DIR stores about whom, and what leaves it in packages.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_privacy_report)

    p = command("retention", "Show or set how long originals are kept after the campaign day, and apply it.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--days", type=int, metavar="N", help="delete originals N days after the campaign day")
    group.add_argument("--keep", action="store_true", help="keep originals (no retention limit)")
    p.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_retention)

    p = command("audit", "The audit log of DIR: who approved, exported, erased what and when.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--action", metavar="PREFIX", help="only actions starting with this (e.g. package, contributor)")
    p.add_argument("--limit", type=int, default=200, metavar="N", help="the newest N lines (default: %(default)s)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_audit)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")


def _run(args: argparse.Namespace, label: str, fn, spec, cancel: CancelToken):
    from .progress import ProgressBar

    bar = ProgressBar(label, enabled=False if (getattr(args, "no_progress", False) or args.json) else None)
    try:
        return fn(spec, progress=bar, cancel=cancel)
    finally:
        bar.close()


def cmd_package_export(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.packages import ExportSpec, export_package

    result = _run(args, "Package", export_package, ExportSpec(args.dir, args.out), cancel)
    if args.json:
        print(json.dumps({"path": str(result.path), "revision": result.revision,
                          "contributions": result.contributions, "withdrawals": result.withdrawals,
                          "size_bytes": result.size_bytes, "new_revision": result.new_revision,
                          "left_out": [{"contribution_id": i, "reason": r} for i, r in result.skipped]},
                         ensure_ascii=False, indent=2))
        return OK
    for contribution_id, reason in result.skipped:
        print(f"left out   #{contribution_id}: {reason}", file=sys.stderr)
    state = "new revision" if result.new_revision else "unchanged since the last export"
    print(f"{result.path}: revision {result.revision} ({state}), {result.contributions} contributions, "
          f"{result.withdrawals} withdrawal notices, {result.size_bytes} bytes")
    return OK


def cmd_package_import(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.packages import ImportPackageSpec, PackageError, import_package
    from ..core.store import Project

    Project.open(args.dir).close()  # a clear message first if the project is not there
    refused = 0
    for package in args.packages:
        try:
            result = _run(args, "Import", import_package, ImportPackageSpec(args.dir, package), cancel)
        except PackageError as exc:
            refused += 1
            problems = exc.params.get("problems") or ()
            if args.json:
                print(json.dumps({"package": str(package), "outcome": "refused", "code": exc.code,
                                  "reason": exc.params.get("reason", ""), "message": str(exc),
                                  "entries": [{"name": e, "status": "refused", "reason": r, "detail": d}
                                              for e, r, d in problems]}, ensure_ascii=False))
            else:
                print(str(exc))
                for entry, _reason, detail in problems[1:]:
                    print(f"           entry {entry!r}: {detail}")
            continue
        if args.json:
            print(json.dumps({"package": str(package), "outcome": result.outcome, "city": result.sender_city,
                              "role": result.sender_role, "revision": result.revision, "added": result.added,
                              "updated": result.updated, "removed": result.removed, "withdrawn": result.withdrawn,
                              "skipped": [{"key": k, "reason": r} for k, r in result.skipped],
                              "entries": [{"name": e.name, "status": e.status, "detail": e.detail, "size": e.size}
                                          for e in result.entries]}, ensure_ascii=False))
            continue
        for entry in result.entries:
            print(f"  {entry.status:8} {entry.name}  ({entry.size} bytes, {entry.detail})")
        if result.outcome == "unchanged":
            print(f"unchanged  {package}: revision {result.revision} of {result.sender_city} was already imported")
        else:
            print(f"{result.outcome:10} {package}: {result.sender_city} revision {result.revision}: "
                  f"{len(result.added)} added, {len(result.updated)} updated, {len(result.removed)} removed, "
                  f"{len(result.withdrawn)} withdrawn, {len(result.skipped)} skipped")
    return REJECTED if refused else OK


def cmd_package_coordinator(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.kits import load_builtin_kit
    from ..core.packages import NETWORK_NAME, create_coordinator_project

    kit = load_builtin_kit(args.kit)
    with create_coordinator_project(args.dir, kit_id=kit.id, languages=args.lang, name=args.name or NETWORK_NAME,
                                    campaign_year=args.year):
        pass
    print(f"Coordinator project for {args.name or NETWORK_NAME} created in {args.dir} (kit {kit.id}).")
    return OK


def cmd_package_cities(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.packages import imported_cities, is_coordinator, network_cities
    from ..core.store import Project

    with Project.open(args.dir) as project:
        cities = network_cities(project)
        packages = imported_cities(project)
        coordinator = is_coordinator(project)
    if args.json:
        print(json.dumps({"coordinator": coordinator, "cities": cities, "packages": packages},
                         ensure_ascii=False, indent=2))
        return OK
    print(f"{'CITY':24}  {'CONTRIBUTIONS':>13}  {'APPROVED':>8}  LANGUAGES")
    for city in cities:
        print(f"{city['city'][:24]:24}  {city['contributions']:>13}  {city['approved']:>8}  "
              f"{', '.join(city['languages']) or '-'}")
    for package in packages:
        print(f"package from {package['city']} ({package['role']}): revision {package['revision']}, "
              f"imported {package['imported_at'][:19]}, {package['here']} contributions here")
    return OK


def cmd_package_list(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.store import Project

    with Project.open(args.dir) as project:
        own = project.info().city
        city = "" if args.city == own else args.city
        items = project.contributions(city=city, language=args.lang)
    if args.json:
        print(json.dumps([{"id": c.id, "city": c.city or own, "language": c.language, "kind": c.kind.value,
                           "status": c.status.value, "caption": c.caption} for c in items],
                         ensure_ascii=False, indent=2))
        return OK
    for c in items:
        print(f"{c.id:>5}  {(c.city or own)[:20]:20}  {c.language or '-':5}  {c.kind.value:5}  "
              f"{c.status.value:9}  {c.caption[:60]}")
    print(f"{len(items)} contributions", file=sys.stderr)
    return OK


def cmd_package_notices(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.packages import withdrawal_notices
    from ..core.store import Project

    with Project.open(args.dir) as project:
        notices = withdrawal_notices(project)
    if args.json:
        print(json.dumps(notices, ensure_ascii=False, indent=2))
        return OK
    for notice in notices:
        source = "made here" if notice["received_from"] is None else f"received from {notice['received_from'][:8]}"
        print(f"{notice['contribution_key']}  withdrawn {notice['withdrawn_on']}  ({source})")
    print(f"{len(notices)} withdrawal notices", file=sys.stderr)
    return OK


def cmd_erase(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.packages import EraseSpec, erase_contributor
    from ..core.store import Project

    with Project.open(args.dir) as project:
        if args.contributor is not None:
            person = project.contributor(args.contributor)
            count = len(project.query("SELECT id FROM contributions WHERE contributor_id = ?", (person.id,)))
            what = f"contributor #{person.id} {person.display_name} and their {count} contribution(s)"
        else:
            c = project.contribution(args.contribution)
            what = f"contribution #{c.id} ({c.kind.value}, {c.status.value})"
    if not args.yes:
        if not sys.stdin.isatty():
            print(f"icc-studio-cli erase: this would erase {what}; add --yes to confirm without a question",
                  file=sys.stderr)
            return USAGE
        answer = input(f"Erase {what} for good? Their files, renders and exports are deleted. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing erased.")
            return OK
    spec = EraseSpec(args.dir, contributor_id=args.contributor, contribution_id=args.contribution, reason=args.reason)
    result = erase_contributor(spec, cancel=cancel)
    if args.json:
        print(json.dumps({"contributors": result.contributor_ids, "contributions": result.contribution_ids,
                          "files_removed": result.files_removed, "renders_stale": result.renders_stale,
                          "withdrawal_notices": result.notices}, ensure_ascii=False, indent=2))
        return OK
    print(f"Erased {what}: {len(result.files_removed)} files removed, {result.renders_stale} outputs to render "
          f"again, {len(result.notices)} withdrawal notice(s) for the next package.")
    return OK


def cmd_privacy_report(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.packages import PrivacySpec, privacy_report, report_json, report_text

    report = privacy_report(PrivacySpec(args.dir))
    print(report_json(report) if args.json else report_text(report), end="" if not args.json else "\n")
    return OK


def cmd_retention(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.packages import RetentionSpec, apply_retention, set_retention
    from ..core.store import Project

    if args.days is not None or args.keep:
        with Project.open(args.dir) as project:
            set_retention(project, None if args.keep else args.days)
    result = apply_retention(RetentionSpec(args.dir, today=args.today), cancel=cancel)
    if args.json:
        print(json.dumps({"days": result.days, "campaign_day": str(result.campaign_day) if result.campaign_day else None,
                          "deadline": str(result.deadline) if result.deadline else None,
                          "originals_removed": len(result.removed)}, indent=2))
        return OK
    if result.days is None:
        print("Retention: not set; originals are kept.")
    else:
        print(f"Retention: originals are deleted {result.days} days after the campaign day "
              f"({result.campaign_day}), i.e. after {result.deadline}; {len(result.removed)} removed now.")
    return OK


def cmd_audit(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.store import Project

    with Project.open(args.dir) as project:
        entries = project.audit_log(limit=max(1, args.limit))
    if args.action:
        entries = [e for e in entries if e.action.startswith(args.action)]
    entries.reverse()
    if args.json:
        print(json.dumps([{"at": e.at, "actor": e.actor, "action": e.action, "target": e.target,
                           "details": json.loads(e.details or "{}")} for e in entries], ensure_ascii=False, indent=2))
        return OK
    for e in entries:
        details = "" if e.details in ("", "{}") else f"  {e.details}"
        print(f"{e.at[:19]}  {e.actor:12}  {e.action:22}  {e.target}{details}")
    return OK
