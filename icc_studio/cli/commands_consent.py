"""Consent given outside the kiosk: record a paper form, or a CSV for a batch of files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

Factory = Callable[[str, str], argparse.ArgumentParser]
PURPOSES = ["social_media", "print_poster", "city_video", "network_reshare"]


def register(command: Factory, target: Factory) -> None:
    consent = command("consent", "Record consent given on paper, or from a CSV for a batch of files.")
    actions = consent.add_subparsers(dest="consent_command", metavar="ACTION", required=True)

    p = actions.add_parser("record", help="Record a consent signed on paper for one or more contributions.",
                           description="Record a consent signed on paper for one or more contributions "
                                       "(the same resident). Purposes not given are not consented.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("ids", type=int, nargs="+", metavar="ID", help="contribution ids")
    p.add_argument("--name", required=True, help="the resident's first name or a pseudonym")
    p.add_argument("--language", required=True, metavar="CODE", help="language of the text that was signed")
    p.add_argument("--purpose", action="append", choices=PURPOSES, default=[], dest="purposes",
                   help="a purpose ticked on the form (repeat for each)")
    p.add_argument("--minor", action="store_true", help="the resident is under the age of consent")
    p.add_argument("--guardian", default="", metavar="NAME", help="the parent or guardian who signed (minors)")
    p.add_argument("--form", type=Path, metavar="FILE", help="scan or photo of the signed form (kept with it)")
    p.add_argument("--text-version", default="", metavar="V", help="version of the consent text (default: the kit's)")
    p.set_defaults(func=cmd_record)

    p = actions.add_parser("csv", help="Give a batch of imported files their consents from a CSV file.",
                           description="Give a batch of imported files their consents from a CSV file "
                                       "(see docs/consent.md for the columns). Every line is checked first; "
                                       "nothing is applied unless all are right.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("csv", type=Path, metavar="CSV", help="the CSV file")
    p.add_argument("--dry-run", action="store_true", help="only check the file")
    p.set_defaults(func=cmd_csv)

    p = actions.add_parser("form", help="Print-ready consent forms (PDF, A4), one per language of the kit.",
                           description="Print-ready consent forms (PDF, A4), one per language of the kit: the "
                                       "kit's consent text, tick boxes for the purposes, lines for names and "
                                       "signatures, and a QR code to the privacy notice.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    p.add_argument("--lang", action="append", metavar="CODE", help="only this language (repeatable)")
    p.add_argument("--privacy-url", metavar="URL", help="the city's privacy notice (default: the network's page)")
    p.add_argument("--age", type=int, default=16, metavar="N", help="age under which a guardian signs (default 16)")
    p.set_defaults(func=cmd_form)


def cmd_record(args: argparse.Namespace, cancel) -> int:
    from ..core.consent import PaperConsent, record_paper_consent
    from ..core.errors import InvalidValue
    from ..core.store import Project, Purpose

    consent = PaperConsent(name=args.name, purposes=frozenset(Purpose(p) for p in args.purposes),
                           language=args.language, minor=args.minor, guardian=args.guardian, form=args.form,
                           text_version=args.text_version)
    if not args.purposes:
        print("icc-studio-cli consent record: no --purpose given: nothing could be published; "
              "record the purposes the resident ticked", file=sys.stderr)
        return 2
    with Project.open(args.dir) as project:
        try:
            consent_id = record_paper_consent(project, args.ids, consent)
        except InvalidValue as exc:
            print(f"icc-studio-cli consent record: {exc}", file=sys.stderr)
            return 2
    print(f"consent {consent_id} recorded for {len(args.ids)} contribution(s): {', '.join(sorted(args.purposes))}")
    return 0


def cmd_csv(args: argparse.Namespace, cancel) -> int:
    from ..core.consent import ConsentCsvError, import_consent_csv
    from ..core.store import Project

    with Project.open(args.dir) as project:
        try:
            rows = import_consent_csv(project, args.csv, dry_run=args.dry_run)
        except ConsentCsvError as exc:
            for problem in exc.problems:
                print(f"{args.csv}: {problem}")
            print(f"{len(exc.problems)} problem(s) found; nothing was applied", file=sys.stderr)
            return 3
    verb = "would be given" if args.dry_run else "given"
    print(f"{len(rows)} contribution(s) {verb} their consent from {args.csv}")
    return 0


def cmd_form(args: argparse.Namespace, cancel) -> int:
    from ..core.consent_form import ConsentFormSpec, render_consent_forms

    result = render_consent_forms(ConsentFormSpec(args.dir, languages=tuple(args.lang) if args.lang else None,
                                                  privacy_url=args.privacy_url, age_threshold=args.age),
                                  cancel=cancel)
    for path in result.files:
        if path.suffix == ".pdf":
            print(path)
    return 0
