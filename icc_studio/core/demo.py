"""The demo project: a fictional city with about twenty contributions, consent recorded for each.

Made from the public-domain photos in ``resources/demo`` and from portraits and clips
generated on the spot (``demo_media``), then imported through the ordinary import job, so
the demo exercises the same path as real contributions.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import IccError
from .importing import ImportSpec, Outcome, import_files
from .jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from .store import Project, Status


@dataclass(frozen=True)
class DemoSpec:
    folder: Path
    kit_id: str = "migrants-18december"
    campaign_year: int | None = None


@dataclass(frozen=True)
class DemoResult:
    folder: Path
    city: str
    contributions: int


def create_demo_project(
    spec: DemoSpec, *, progress: ProgressFn = no_progress, cancel: CancelToken = NEVER_CANCELLED
) -> DemoResult:
    """The demo job. On failure or cancel the half-made project folder is removed."""
    from .demo_media import DEMO_CITY, demo_contributions, materialise
    from .kits import load_builtin_kit

    kit = load_builtin_kit(spec.kit_id)
    entries = demo_contributions()
    total = 2 * len(entries) + 1
    folder = Path(spec.folder)
    existed = folder.exists()
    project = Project.create(
        folder,
        city=DEMO_CITY.name,
        country=DEMO_CITY.country,
        kit_id=kit.id,
        languages=DEMO_CITY.languages,
        hashtags=[DEMO_CITY.hashtag],
        campaign_year=spec.campaign_year,
        actor="demo",
    )
    try:
        with tempfile.TemporaryDirectory(prefix="icc-demo-") as work:
            files = {}
            for index, entry in enumerate(entries):
                cancel.check()
                progress(index, total, entry.filename)
                files[entry.key] = materialise(entry, Path(work))
            by_path = {path: key for key, path in files.items()}
            report = import_files(
                ImportSpec(folder, list(files.values()), actor="demo"),
                progress=lambda done, _t, msg="": progress(len(entries) + done, total, msg),
                cancel=cancel,
            )
            cancel.check()
        imported = {by_path[r.path]: r.contribution_id for r in report.results if r.outcome == Outcome.IMPORTED}
        missing = [r for r in report.results if r.outcome != Outcome.IMPORTED]
        if missing:
            raise IccError(f"demo media could not be imported: {missing[0].reason}")
        for entry in entries:
            _record_entry(project, kit, entry, imported[entry.key])
        _demo_contest(project, entries, imported)
        _demo_speakers(project, imported)
        progress(total, total, "")
        count = len(project.contributions())
    except BaseException:
        project.close()
        if existed:
            for child in folder.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        else:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    project.close()
    return DemoResult(folder=folder, city=DEMO_CITY.name, contributions=count)


def _record_entry(project: Project, kit, entry, contribution_id: int) -> None:
    """The contributor, their consent (as proof: text version, language, time) and the review."""
    language = entry.language if entry.language in kit.languages else kit.default_language
    with project.transaction() as conn:
        person = project.add_contributor(entry.contributor, is_minor=entry.is_minor,
                                         guardian_name=entry.guardian, conn=conn)
        project.record_consent(
            person,
            purposes=entry.purposes,
            text_version=kit.text("consent_version", language),
            language=language,
            method="demo",
            guardian_name=entry.guardian,
            guardian_consent=entry.is_minor,
            actor="demo",
            conn=conn,
        )
    project.update_contribution(contribution_id, contributor_id=person, caption=entry.message,
                                language=entry.language, alt_text=entry.alt_text, actor="demo")
    if entry.status == "approved":
        project.set_status([contribution_id], Status.APPROVED, actor="demo")
    elif entry.status == "rejected":
        project.set_status([contribution_id], Status.REJECTED, reason=entry.rejection_reason or "—", actor="demo")


#: The demo's contest jury, and the scores (Ana, Bilal, Chen) of the photo entries, by demo key.
DEMO_JURORS = ("Ana", "Bilal", "Chen")
DEMO_PHOTO_SCORES = {"p01-layla": (9, 8.5, 9.5), "f01-grace": (7, 8, 7.5), "p02-rosa": (8, 7, 8),
                     "g06-mira": (6.5, 8, 7)}
# The video entries are scored by two jurors so far: a provisional ranking.
DEMO_VIDEO_SCORES = {"v01": (8, 7, None)}


def _demo_contest(project: Project, entries, imported: dict[str, int]) -> None:
    """A jury of three; four photo entries scored by all (a final ranking) and the clips scored by
    two (a provisional one)."""
    from . import contest

    by_key = {entry.key: entry for entry in entries}
    jurors = [contest.add_juror(project, name, actor="demo") for name in DEMO_JURORS]
    photo_keys = [key for key in DEMO_PHOTO_SCORES if key in imported and by_key[key].status == "approved"]
    clip_keys = [e.key for e in entries if e.kind == "clip" and e.status == "approved" and e.key in imported][:1]
    scored = [(key, DEMO_PHOTO_SCORES[key]) for key in photo_keys]
    scored += [(key, next(iter(DEMO_VIDEO_SCORES.values()))) for key in clip_keys]
    for key, marks in scored:
        contest.add_entry(project, imported[key], actor="demo")
        for juror, mark in zip(jurors, marks):
            if mark is not None:
                contest.set_score(project, juror.id, imported[key], mark, actor="demo")


def _demo_speakers(project: Project, imported: dict[str, int]) -> None:
    """Two residents' quotes for the quote posters, one in English and one in Arabic (generated
    portraits: the words of fictional residents are never put beside a real person's photo)."""
    from .assets.quotes import Speaker, save_speakers

    speakers = []
    if "p04-siobhan" in imported:
        speakers.append(Speaker(name="Siobhan", role="Software tester and choir singer", language="en",
                                quote="Lindaval was the first place where a neighbour asked my name before my story.",
                                contribution_id=imported["p04-siobhan"]))
    if "p01-layla" in imported:
        speakers.append(Speaker(name="ليلى", role="مهندسة", language="ar",
                                quote="في ليندافال وجدت جيرانًا يسألون عن اسمي قبل أن يسألوا من أين أتيت.",
                                contribution_id=imported["p01-layla"]))
    if speakers:
        save_speakers(project, speakers, actor="demo")
