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
