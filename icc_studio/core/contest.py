"""The student contest: jurors, entries, scores and the ranking of each category.

An *entry* is an approved contribution of the project entered in a category: ``photo`` for
a photo, ``video`` for a clip. It may carry a note for the jury (school, class); the
entrant is the contribution's contributor (first name or pseudonym, minor or not).

Every juror gives each entry one score from 0 to 10 in half points, with an optional
comment; the last change is kept with its time. The ranking of a category orders the
entries by the mean of their scores; equal means are decided, in this order, by more
scores, then the higher median, then the entry submitted first (the contribution's
creation time, then its number). Which rule decided is shown (``tie_break``), so the jury
sees a tie that a rule settled.

An entry some juror has not scored yet is *incomplete*; a ranking can be shown at any time,
but its winner is *final* only when every juror has scored every entry of the category.
An entry whose contribution is no longer approved (rejected, withdrawn) is left out of the
ranking. The winner may appear on a public card only when the contribution's consent covers
social media (:func:`icc_studio.core.review.why_left_out`).

The tables (migration 0006) refer to the contributions with ``ON DELETE CASCADE``: erasing a
contribution (``packages/erasure.py``) removes its entry and every score given to it.
"""

from __future__ import annotations

import math
import sqlite3
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from fractions import Fraction

from .errors import IccError, InvalidValue, NotFound
from .review import why_left_out
from .store import Contribution, MediaKind, Project, Purpose, Status
from .store.project import _audit, now_iso

__all__ = [
    "Category", "ContestError", "Entry", "InvalidScore", "Juror", "JurorExists", "Ranking", "RankedEntry", "Score",
    "add_entry", "add_juror", "entries", "entry_problem", "find_juror", "jurors", "parse_score", "publish_problem",
    "rank_entries", "ranking", "remove_entry", "remove_juror", "rename_juror", "scores", "set_note", "set_score",
]

MIN_SCORE = 0.0
MAX_SCORE = 10.0
#: The purpose a public winner's card needs.
CARD_PURPOSE = Purpose.SOCIAL_MEDIA


class Category(StrEnum):
    PHOTO = "photo"
    VIDEO = "video"


#: The category a contribution of each kind enters.
CATEGORY_OF_KIND = {MediaKind.PHOTO: Category.PHOTO, MediaKind.CLIP: Category.VIDEO}


class TieBreak(StrEnum):
    """Which rule placed an entry below the one above it when their means are equal."""

    NONE = ""          # a lower mean
    SCORES = "scores"  # fewer scores
    MEDIAN = "median"  # a lower median
    ORDER = "order"    # submitted later


# -- errors -------------------------------------------------------------------------------------------


class ContestError(IccError):
    code = "contest"


class InvalidScore(ContestError):
    code = "contest-invalid-score"
    template = "{value!r} is not a score: give a number from 0 to 10, in steps of 0.5."

    def __init__(self, value: object) -> None:
        super().__init__("", value=str(value))


class JurorExists(ContestError):
    code = "contest-juror-exists"
    template = "There is already a juror named {name!r}."

    def __init__(self, name: str) -> None:
        super().__init__("", name=name)


class NotEntered(ContestError):
    """A contribution that cannot enter the contest (``reason`` in plain words)."""

    code = "contest-not-entered"
    template = "Contribution {contribution_id} cannot enter the contest: {detail}"

    def __init__(self, contribution_id: int, detail: str) -> None:
        super().__init__(detail, contribution_id=contribution_id)


class NoWinner(ContestError):
    code = "contest-no-winner"
    template = "The {category} category has no winner yet: no entry of it has a score."

    def __init__(self, category: str) -> None:
        super().__init__("", category=category)


class WinnerNotFinal(ContestError):
    """The ranking is not final: ``missing`` scores are still to be given (``entries`` entries lack some)."""

    code = "contest-not-final"
    template = ("The {category} ranking is not final: {detail}. Every juror must score every entry first "
                "(or render a provisional card).")

    def __init__(self, category: str, missing: int, entries: int) -> None:
        detail = (f"{missing} score{'' if missing == 1 else 's'} missing on {entries} "
                  f"entr{'y' if entries == 1 else 'ies'}")
        super().__init__(detail, category=category, missing=missing, entries=entries)


class WinnerNotPublishable(ContestError):
    code = "contest-winner-not-publishable"
    template = "The winner of the {category} category (contribution {contribution_id}) cannot be published: {detail}."

    def __init__(self, category: str, contribution_id: int, detail: str) -> None:
        super().__init__(detail, category=category, contribution_id=contribution_id)


# -- values -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Juror:
    id: int
    name: str
    position: int
    created_at: str


@dataclass(frozen=True)
class Entry:
    contribution: Contribution
    category: Category
    note: str
    added_at: str
    minor: bool = False  # the entrant is a minor (never named on a public card)

    @property
    def id(self) -> int:
        """An entry is known by its contribution's number."""
        return self.contribution.id

    @property
    def entrant(self) -> str:
        return self.contribution.contributor_name or ""


@dataclass(frozen=True)
class Score:
    juror_id: int
    contribution_id: int
    score: float
    comment: str
    updated_at: str


@dataclass(frozen=True)
class RankedEntry:
    entry: Entry
    rank: int | None                      # None: not scored yet, or left out (``out_reason``)
    scores: Mapping[int, float]           # juror id → score
    count: int
    mean: Fraction | None
    median: Fraction | None
    missing: tuple[int, ...]              # jurors (ids) who have not scored it
    tie_break: TieBreak = TieBreak.NONE
    out_reason: str = ""                  # why it is not ranked ("" when it is)
    publish_reason: str = ""              # why it may not appear on a public card ("" when it may)

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def mean_value(self) -> float | None:
        return None if self.mean is None else float(self.mean)

    @property
    def median_value(self) -> float | None:
        return None if self.median is None else float(self.median)


@dataclass(frozen=True)
class Ranking:
    category: Category
    jurors: tuple[Juror, ...]
    rows: tuple[RankedEntry, ...] = field(default_factory=tuple)  # ranked, then not scored, then left out

    @property
    def ranked(self) -> tuple[RankedEntry, ...]:
        return tuple(r for r in self.rows if r.rank is not None)

    @property
    def in_contest(self) -> tuple[RankedEntry, ...]:
        return tuple(r for r in self.rows if not r.out_reason)

    @property
    def incomplete(self) -> tuple[RankedEntry, ...]:
        return tuple(r for r in self.in_contest if not r.complete)

    @property
    def winner(self) -> RankedEntry | None:
        return self.ranked[0] if self.ranked else None

    @property
    def final(self) -> bool:
        """Every juror has scored every entry of the category (and there are some of each)."""
        return bool(self.jurors) and bool(self.in_contest) and not self.incomplete

    def row(self, contribution_id: int) -> RankedEntry:
        for r in self.rows:
            if r.entry.id == contribution_id:
                return r
        raise NotFound(f"contribution {contribution_id} is not an entry of the {self.category.value} category")


# -- scores ---------------------------------------------------------------------------------------------


def parse_score(value: object) -> float:
    """A score from a number or a text ("7.5", "7,5", "7½"): 0–10 in steps of 0.5, else :class:`InvalidScore`."""
    if isinstance(value, bool):
        raise InvalidScore(value)
    if isinstance(value, str):
        text = value.strip().replace(",", ".").replace("½", ".5")
        if text.startswith(".5"):
            text = "0" + text
        try:
            number = float(text)
        except ValueError:
            raise InvalidScore(value) from None
    elif isinstance(value, int | float | Fraction):
        number = float(value)
    else:
        raise InvalidScore(value)
    if not math.isfinite(number) or not MIN_SCORE <= number <= MAX_SCORE or (number * 2) != round(number * 2):
        raise InvalidScore(value)
    return number


def format_score(value: float | Fraction | None, digits: int = 2) -> str:
    """``7.5`` → ``"7.5"``, ``8`` → ``"8"``, a mean ``22/3`` → ``"7.33"``; ``None`` → ``""``."""
    if value is None:
        return ""
    text = f"{float(value):.{digits}f}".rstrip("0").rstrip(".")
    return text or "0"


# -- jurors ---------------------------------------------------------------------------------------------


def jurors(project: Project) -> list[Juror]:
    rows = project.query("SELECT id, name, position, created_at FROM contest_jurors ORDER BY position, id")
    return [Juror(r["id"], r["name"], r["position"], r["created_at"]) for r in rows]


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InvalidValue("a juror needs a name")
    return name


def _check_unique(project: Project, name: str, juror_id: int | None = None) -> None:
    """Names are unique whatever their case, in every script ("Chloé" and "CHLOÉ" are one juror)."""
    for juror in jurors(project):
        if juror.id != juror_id and juror.name.casefold() == name.casefold():
            raise JurorExists(name)


def add_juror(project: Project, name: str, *, actor: str | None = None) -> Juror:
    name = _clean_name(name)
    _check_unique(project, name)
    with project.transaction() as conn:
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM contest_jurors").fetchone()[0]
        try:
            cur = conn.execute("INSERT INTO contest_jurors (name, position, created_at) VALUES (?, ?, ?)",
                               (name, position, now_iso()))
        except sqlite3.IntegrityError:
            raise JurorExists(name) from None
        juror_id = int(cur.lastrowid)
        _audit(conn, actor, "contest.juror.add", f"juror:{juror_id}", {"name": name})
    return find_juror(project, juror_id)


def rename_juror(project: Project, juror_id: int, name: str, *, actor: str | None = None) -> Juror:
    name = _clean_name(name)
    _check_unique(project, name, juror_id)
    with project.transaction() as conn:
        try:
            cur = conn.execute("UPDATE contest_jurors SET name = ? WHERE id = ?", (name, juror_id))
        except sqlite3.IntegrityError:
            raise JurorExists(name) from None
        if cur.rowcount == 0:
            raise NotFound(f"no juror {juror_id}")
        _audit(conn, actor, "contest.juror.rename", f"juror:{juror_id}", {"name": name})
    return find_juror(project, juror_id)


def remove_juror(project: Project, juror_id: int, *, actor: str | None = None) -> None:
    """Remove a juror and every score they gave."""
    with project.transaction() as conn:
        scored = conn.execute("SELECT count(*) FROM contest_scores WHERE juror_id = ?", (juror_id,)).fetchone()[0]
        cur = conn.execute("DELETE FROM contest_jurors WHERE id = ?", (juror_id,))
        if cur.rowcount == 0:
            raise NotFound(f"no juror {juror_id}")
        _audit(conn, actor, "contest.juror.remove", f"juror:{juror_id}", {"scores": scored})


def find_juror(project: Project, key: int | str) -> Juror:
    """A juror by number or by name (whatever its case)."""
    text = " ".join(str(key).split())
    for juror in jurors(project):
        if (text.isdigit() and juror.id == int(text)) or juror.name.casefold() == text.casefold():
            return juror
    raise NotFound(f"no juror {text!r}")


# -- entries --------------------------------------------------------------------------------------------


def entry_problem(c: Contribution) -> str:
    """Why ``c`` cannot enter the contest ("" when it can): approved photos and clips only."""
    if c.kind not in CATEGORY_OF_KIND:
        return "neither a photo nor a clip"
    if c.status != Status.APPROVED:
        return f"not approved ({c.status.value})"
    return ""


def publish_problem(c: Contribution) -> str:
    """Why ``c`` may not appear on a public card ("" when it may)."""
    return why_left_out(c, CARD_PURPOSE, kinds=tuple(CATEGORY_OF_KIND), use="social media")


def entries(project: Project, category: Category | str | None = None) -> list[Entry]:
    """The entries (of one category), in the order their contributions were submitted."""
    sql = ("SELECT e.contribution_id, e.category, e.note, e.added_at, coalesce(p.is_minor, 0) AS minor"
           " FROM contest_entries e JOIN contributions c ON c.id = e.contribution_id"
           " LEFT JOIN contributors p ON p.id = c.contributor_id")
    params: tuple = ()
    if category is not None:
        sql += " WHERE e.category = ?"
        params = (Category(category).value,)
    rows = project.query(sql + " ORDER BY c.created_at, c.id", params)
    if not rows:
        return []
    wanted = {r["contribution_id"] for r in rows}
    contributions = {c.id: c for c in project.contributions() if c.id in wanted}
    return [Entry(contributions[r["contribution_id"]], Category(r["category"]), r["note"], r["added_at"],
                  bool(r["minor"])) for r in rows if r["contribution_id"] in contributions]


def add_entry(project: Project, contribution_id: int, *, category: Category | str | None = None, note: str = "",
              actor: str | None = None) -> Entry:
    """Enter an approved contribution; its category follows its kind (a photo in ``photo``, a clip in ``video``)."""
    c = project.contribution(contribution_id)  # NotFound
    problem = entry_problem(c)
    if problem:
        raise NotEntered(contribution_id, problem)
    natural = CATEGORY_OF_KIND[c.kind]
    chosen = Category(category) if category is not None else natural
    if chosen != natural:
        raise NotEntered(contribution_id, f"a {c.kind.value} enters the {natural.value} category, "
                                          f"not the {chosen.value} one")
    note = " ".join((note or "").split())
    with project.transaction() as conn:
        if conn.execute("SELECT 1 FROM contest_entries WHERE contribution_id = ?", (c.id,)).fetchone():
            raise NotEntered(contribution_id, "it is already an entry")
        conn.execute("INSERT INTO contest_entries (contribution_id, category, note, added_at) VALUES (?, ?, ?, ?)",
                     (c.id, chosen.value, note, now_iso()))
        _audit(conn, actor, "contest.entry.add", f"contribution:{c.id}", {"category": chosen.value})
    return _entry(project, c.id)


def set_note(project: Project, contribution_id: int, note: str, *, actor: str | None = None) -> Entry:
    note = " ".join((note or "").split())
    with project.transaction() as conn:
        cur = conn.execute("UPDATE contest_entries SET note = ? WHERE contribution_id = ?", (note, contribution_id))
        if cur.rowcount == 0:
            raise NotFound(f"contribution {contribution_id} is not an entry of the contest")
        _audit(conn, actor, "contest.entry.note", f"contribution:{contribution_id}", {})
    return _entry(project, contribution_id)


def remove_entry(project: Project, contribution_id: int, *, actor: str | None = None) -> None:
    """Take an entry out of the contest, with its scores (the contribution itself stays)."""
    with project.transaction() as conn:
        cur = conn.execute("DELETE FROM contest_entries WHERE contribution_id = ?", (contribution_id,))
        if cur.rowcount == 0:
            raise NotFound(f"contribution {contribution_id} is not an entry of the contest")
        _audit(conn, actor, "contest.entry.remove", f"contribution:{contribution_id}", {})


def _entry(project: Project, contribution_id: int) -> Entry:
    for entry in entries(project):
        if entry.id == contribution_id:
            return entry
    raise NotFound(f"contribution {contribution_id} is not an entry of the contest")


# -- scoring ----------------------------------------------------------------------------------------------


def scores(project: Project, category: Category | str | None = None) -> dict[tuple[int, int], Score]:
    """Every score by (juror id, contribution id)."""
    sql = ("SELECT s.juror_id, s.contribution_id, s.score, s.comment, s.updated_at FROM contest_scores s"
           " JOIN contest_entries e ON e.contribution_id = s.contribution_id")
    params: tuple = ()
    if category is not None:
        sql += " WHERE e.category = ?"
        params = (Category(category).value,)
    return {(r["juror_id"], r["contribution_id"]): Score(r["juror_id"], r["contribution_id"], float(r["score"]),
                                                          r["comment"], r["updated_at"])
            for r in project.query(sql, params)}


def set_score(project: Project, juror_id: int, contribution_id: int, score: object, *,
              comment: str | None = None, actor: str | None = None) -> Score | None:
    """Give (or change) a juror's score of an entry; ``None`` removes it. ``comment=None`` keeps the comment."""
    value = None if score is None else parse_score(score)
    with project.transaction() as conn:
        if conn.execute("SELECT 1 FROM contest_jurors WHERE id = ?", (juror_id,)).fetchone() is None:
            raise NotFound(f"no juror {juror_id}")
        if conn.execute("SELECT 1 FROM contest_entries WHERE contribution_id = ?", (contribution_id,)).fetchone() \
                is None:
            raise NotFound(f"contribution {contribution_id} is not an entry of the contest")
        if value is None:
            conn.execute("DELETE FROM contest_scores WHERE juror_id = ? AND contribution_id = ?",
                         (juror_id, contribution_id))
        else:
            text = None if comment is None else " ".join(comment.split())
            conn.execute(
                "INSERT INTO contest_scores (juror_id, contribution_id, score, comment, updated_at)"
                " VALUES (?, ?, ?, coalesce(?, ''), ?) ON CONFLICT (juror_id, contribution_id) DO UPDATE SET"
                " score = excluded.score, comment = coalesce(?, contest_scores.comment),"
                " updated_at = excluded.updated_at",
                (juror_id, contribution_id, value, text, now_iso(), text))
        _audit(conn, actor, "contest.score", f"contribution:{contribution_id}",
               {"juror": juror_id, "score": value})
    if value is None:
        return None
    return scores(project).get((juror_id, contribution_id))


# -- ranking ----------------------------------------------------------------------------------------------


def ranking(project: Project, category: Category | str) -> Ranking:
    category = Category(category)
    return rank_entries(category, jurors(project), entries(project, category), scores(project, category))


def rank_entries(category: Category | str, juror_list: Sequence[Juror], entry_list: Iterable[Entry],
                 score_map: Mapping[tuple[int, int], Score | float]) -> Ranking:
    """The ranking of a category from plain values (see the module's description for the rules)."""
    category = Category(category)
    juror_ids = [j.id for j in juror_list]
    known = set(juror_ids)
    rows: list[RankedEntry] = []
    for entry in entry_list:
        if entry.category != category:
            continue
        given = {}
        for (juror_id, contribution_id), value in score_map.items():
            if contribution_id == entry.id and juror_id in known:
                given[juror_id] = float(value.score if isinstance(value, Score) else value)
        exact = [Fraction(v) for v in given.values()]
        mean = sum(exact, Fraction(0)) / len(exact) if exact else None
        median = Fraction(statistics.median(exact)) if exact else None
        rows.append(RankedEntry(entry, None, dict(sorted(given.items())), len(exact), mean, median,
                                tuple(j for j in juror_ids if j not in given),
                                out_reason=entry_problem(entry.contribution),
                                publish_reason=publish_problem(entry.contribution)))
    scored = sorted((r for r in rows if r.count and not r.out_reason), key=_order)
    ranked: list[RankedEntry] = []
    for index, row in enumerate(scored):
        tie = _tie_break(scored[index - 1], row) if index else TieBreak.NONE
        ranked.append(replace(row, rank=index + 1, tie_break=tie))
    waiting = [r for r in rows if not r.count and not r.out_reason]
    out = [r for r in rows if r.out_reason]
    return Ranking(category, tuple(juror_list), tuple(ranked + waiting + out))


def _submitted(row: RankedEntry) -> tuple[str, int]:
    return (row.entry.contribution.created_at, row.entry.id)


def _order(row: RankedEntry):
    return (-row.mean, -row.count, -row.median, *_submitted(row))


def _tie_break(above: RankedEntry, row: RankedEntry) -> TieBreak:
    if above.mean != row.mean:
        return TieBreak.NONE
    if above.count != row.count:
        return TieBreak.SCORES
    if above.median != row.median:
        return TieBreak.MEDIAN
    return TieBreak.ORDER

