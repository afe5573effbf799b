"""The student contest: jurors, entries, scores, the ranking, and the winner's card (a render target)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.jobs import CancelToken

Factory = Callable[[str, str], argparse.ArgumentParser]
CATEGORIES = ["photo", "video"]


def register(command: Factory, target: Factory) -> None:
    contest = command("contest", "The student contest of the project in DIR: jurors, entries, scores and ranking.")
    contest.add_argument("dir", type=Path, metavar="DIR", help="the project folder")
    actions = contest.add_subparsers(dest="contest_command", metavar="ACTION", required=True)

    def action(parent, name: str, help_text: str) -> argparse.ArgumentParser:
        return parent.add_parser(name, help=help_text, description=help_text)

    jurors = action(actions, "jurors", "The jurors: list, add, rename, remove.")
    juror_actions = jurors.add_subparsers(dest="juror_command", metavar="ACTION", required=True)
    p = action(juror_actions, "list", "List the jurors.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_jurors_list)
    p = action(juror_actions, "add", "Add jurors by name.")
    p.add_argument("names", nargs="+", metavar="NAME", help="a juror's name (quote names with spaces)")
    p.set_defaults(func=cmd_jurors_add)
    p = action(juror_actions, "rename", "Rename a juror.")
    p.add_argument("juror", metavar="JUROR", help="the juror's number or name")
    p.add_argument("name", metavar="NAME", help="the new name")
    p.set_defaults(func=cmd_jurors_rename)
    p = action(juror_actions, "remove", "Remove a juror and every score they gave.")
    p.add_argument("juror", metavar="JUROR", help="the juror's number or name")
    p.set_defaults(func=cmd_jurors_remove)

    entry = action(actions, "entry", "The entries: approved contributions entered in the contest.")
    entry_actions = entry.add_subparsers(dest="entry_command", metavar="ACTION", required=True)
    p = action(entry_actions, "add", "Enter approved contributions (a photo in the photo category, a clip in video).")
    p.add_argument("ids", type=int, nargs="+", metavar="ID", help="contribution ids")
    p.add_argument("--category", choices=CATEGORIES, help="check that they enter this category")
    p.add_argument("--note", default="", help="a note for the jury: school, class (never printed on a card)")
    p.set_defaults(func=cmd_entry_add)
    p = action(entry_actions, "remove", "Take entries out of the contest, with their scores.")
    p.add_argument("ids", type=int, nargs="+", metavar="ID", help="contribution ids")
    p.set_defaults(func=cmd_entry_remove)
    p = action(entry_actions, "list", "List the entries.")
    p.add_argument("--category", choices=CATEGORIES, help="only this category")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_entry_list)

    p = action(actions, "score", "Give a juror's score of an entry: 0 to 10 in steps of 0.5 ('-' removes it).")
    p.add_argument("juror", metavar="JUROR", help="the juror's number or name")
    p.add_argument("entry", type=int, metavar="ENTRY", help="the entry's contribution id")
    p.add_argument("score", metavar="SCORE", help="e.g. 7 or 7.5 (or '-' to remove the score)")
    p.add_argument("--comment", help="the juror's comment (kept when not given)")
    p.set_defaults(func=cmd_score)

    p = action(actions, "ranking", "The ranking of each category: mean score, tie-breaks, incomplete entries.")
    p.add_argument("--category", choices=CATEGORIES, help="only this category")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_ranking)

    p = target("winner", "The winner's card of a contest category: square and story JPEG with alt text, "
                         "each language.")
    p.add_argument("--category", choices=CATEGORIES, default="photo", help="the category (default: %(default)s)")
    p.add_argument("--lang", action="append", metavar="CODE", help="only this language (repeatable)")
    p.add_argument("--format", action="append", dest="formats", choices=["square", "story"],
                   help="only this format (repeatable)")
    p.add_argument("--provisional", action="store_true",
                   help="render even though some juror has not scored every entry yet")
    p.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: DIR/exports/contest)")
    p.add_argument("--force", action="store_true", help="render again even what is unchanged")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.set_defaults(func=cmd_render_winner)


# -- jurors ----------------------------------------------------------------------------------------


def cmd_jurors_list(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core import contest
    from ..core.store import Project

    with Project.open(args.dir) as project:
        people = contest.jurors(project)
        given = contest.scores(project)
    counts = {j.id: sum(1 for (juror_id, _e) in given if juror_id == j.id) for j in people}
    if args.json:
        print(json.dumps([{"id": j.id, "name": j.name, "scores": counts[j.id]} for j in people],
                         ensure_ascii=False, indent=2))
    elif not people:
        print("No jurors yet (add them with 'contest DIR jurors add NAME').")
    else:
        for j in people:
            print(f"{j.id:>4}  {j.name}  ({counts[j.id]} scores)")
    return 0


def cmd_jurors_add(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core import contest
    from ..core.store import Project

    with Project.open(args.dir) as project:
        for name in args.names:
            juror = contest.add_juror(project, name)
            print(f"juror {juror.id}: {juror.name}")
    return 0


def cmd_jurors_rename(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core import contest
    from ..core.store import Project

    with Project.open(args.dir) as project:
        juror = contest.rename_juror(project, contest.find_juror(project, args.juror).id, args.name)
    print(f"juror {juror.id}: {juror.name}")
    return 0


def cmd_jurors_remove(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core import contest
    from ..core.store import Project

    with Project.open(args.dir) as project:
        juror = contest.find_juror(project, args.juror)
        contest.remove_juror(project, juror.id)
    print(f"juror {juror.id} ({juror.name}) removed with their scores")
    return 0


# -- entries ---------------------------------------------------------------------------------------


def cmd_entry_add(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core import contest
    from ..core.store import Project

    with Project.open(args.dir) as project:
        for contribution_id in args.ids:
            entry = contest.add_entry(project, contribution_id, category=args.category, note=args.note)
            print(f"entry #{entry.id} in {entry.category.value}")
    return 0


def cmd_entry_remove(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core import contest
    from ..core.store import Project

    with Project.open(args.dir) as project:
        for contribution_id in args.ids:
            contest.remove_entry(project, contribution_id)
            print(f"entry #{contribution_id} removed")
    return 0


def cmd_entry_list(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core import contest
    from ..core.store import Project

    with Project.open(args.dir) as project:
        items = contest.entries(project, args.category)
    if args.json:
        print(json.dumps([{"id": e.id, "category": e.category.value, "entrant": e.entrant, "minor": e.minor,
                           "note": e.note, "status": e.contribution.status.value,
                           "publishable": not contest.publish_problem(e.contribution),
                           "added_at": e.added_at} for e in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("No entries" + (f" in the {args.category} category." if args.category else "."))
        return 0
    print(f"{'ID':>5}  {'CATEGORY':8}  {'ENTRANT':16}  NOTE")
    for e in items:
        print(f"{e.id:>5}  {e.category.value:8}  {(e.entrant or '-')[:16]:16}  {e.note}")
    return 0


# -- scores and ranking -------------------------------------------------------------------------------


def cmd_score(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core import contest
    from ..core.store import Project

    with Project.open(args.dir) as project:
        juror = contest.find_juror(project, args.juror)
        value = None if args.score.strip() == "-" else args.score
        score = contest.set_score(project, juror.id, args.entry, value, comment=args.comment)
    if score is None:
        print(f"{juror.name}: score of entry #{args.entry} removed")
    else:
        print(f"{juror.name}: entry #{args.entry} scored {contest.format_score(score.score)}")
    return 0


def cmd_ranking(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core import contest
    from ..core.store import Project

    categories = [args.category] if args.category else CATEGORIES
    with Project.open(args.dir) as project:
        boards = [contest.ranking(project, category) for category in categories]
    if args.json:
        print(json.dumps([_ranking_json(board) for board in boards], ensure_ascii=False, indent=2))
        return 0
    for board in boards:
        _print_ranking(board)
    return 0


def _ranking_json(board) -> dict:
    names = {j.id: j.name for j in board.jurors}
    winner = board.winner
    return {
        "category": board.category.value,
        "final": board.final,
        "winner": winner.entry.id if winner else None,
        "jurors": [{"id": j.id, "name": j.name} for j in board.jurors],
        "entries": [{
            "id": r.entry.id, "rank": r.rank, "entrant": r.entry.entrant,
            "mean": r.mean_value, "median": r.median_value, "scores_given": r.count,
            "scores": {names[j]: v for j, v in r.scores.items()},
            "missing": [names[j] for j in r.missing], "complete": r.complete,
            "tie_break": r.tie_break.value or None, "left_out": r.out_reason or None,
            "publishable": not r.publish_reason, "not_publishable_because": r.publish_reason or None,
        } for r in board.rows],
    }


TIE_WORDS = {"scores": "more scores", "median": "higher median", "order": "submitted earlier"}


def _print_ranking(board) -> None:
    from ..core.contest import format_score

    title = f"{board.category.value.capitalize()} category"
    state = "final" if board.final else "provisional"
    entries, jurors = len(board.in_contest), len(board.jurors)
    print(f"{title}: {entries} {'entry' if entries == 1 else 'entries'}, {jurors} {'juror' if jurors == 1 else 'jurors'}"
          f" — ranking {state}")
    if not board.rows:
        print("  no entries")
        return
    names = [j.name for j in board.jurors]
    print(f"  {'RANK':>4}  {'ID':>5}  {'ENTRANT':14}  {'MEAN':>5}  {'MEDIAN':>6}  "
          + "  ".join(n[:8].ljust(8) for n in names) + "  NOTES")
    above = None
    for r in board.rows:
        cells = "  ".join(format_score(r.scores.get(j.id)).ljust(8) if j.id in r.scores else "·".ljust(8)
                          for j in board.jurors)
        notes = []
        if r.missing:
            notes.append(f"incomplete: {len(r.missing)} missing")
        if r.tie_break.value and above is not None:
            notes.append(f"tie with #{above.entry.id} broken by {TIE_WORDS[r.tie_break.value]}")
        if r.out_reason:
            notes.append(f"left out: {r.out_reason}")
        elif r.publish_reason:
            notes.append(f"not on a public card: {r.publish_reason}")
        rank = str(r.rank) if r.rank else "-"
        print(f"  {rank:>4}  {r.entry.id:>5}  {(r.entry.entrant or '-')[:14]:14}  {format_score(r.mean):>5}  "
              f"{format_score(r.median):>6}  {cells}  {'; '.join(notes)}")
        above = r if r.rank else above
    if board.winner is not None:
        print(f"  winner: #{board.winner.entry.id}" + ("" if board.final else " (not final yet)"))
    print()


# -- the winner's card --------------------------------------------------------------------------------


def cmd_render_winner(args: argparse.Namespace, cancel: CancelToken) -> int:
    from ..core.assets.winner_card import FORMATS, WinnerCardSpec, render_winner_card
    from .progress import ProgressBar

    spec = WinnerCardSpec(args.dir, category=args.category, languages=tuple(args.lang) if args.lang else None,
                          formats=tuple(args.formats or FORMATS), provisional=args.provisional, out_dir=args.out,
                          force=args.force)
    bar = ProgressBar("Winner card", enabled=False if (args.no_progress or args.json) else None)
    try:
        result = render_winner_card(spec, progress=bar, cancel=cancel)
    finally:
        bar.close()
    if args.json:
        print(json.dumps({"files": [str(f) for f in result.files], "winner": result.contribution_id,
                          "final": result.final, "credit": result.credit or None, "unchanged": result.cached},
                         ensure_ascii=False, indent=2))
        return 0
    for path in result.files:
        print(path)
    print(f"winner: #{result.contribution_id}" + (f" ({result.credit})" if result.credit else " (no name on the card)")
          + ("" if result.final else " — provisional ranking"), file=sys.stderr)
    return 0
