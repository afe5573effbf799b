"""Event capture by a volunteer: a portrait taken with the webcam, or photos picked from a
camera card, kept only once the resident's consent is filled in with them.

A queue at a festival stand: the volunteer takes the portrait (or picks the resident's
photos from the camera's card), fills the short consent form with the resident — first
name or pseudonym, minor or not (a guardian then), the purposes, the consent text shown in
the resident's language — and keeps. Nothing is written before the consent is complete;
then the photo, the contributor, the consent (method ``volunteer``) and a pending
contribution are written together, as for the kiosk (:func:`~icc_studio.core.kiosk.session.save_session`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .consent import PaperConsent, record_paper_consent
from .errors import InvalidValue
from .importing import ImportReport, ImportSpec, Outcome, import_files
from .jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from .kits import load_builtin_kit
from .store import Project

ACTOR = "volunteer"


@dataclass(frozen=True)
class CapturedPortrait:
    """A webcam portrait kept with its consent (``photo`` is BGR, full resolution, not mirrored)."""

    project: Path
    photo: np.ndarray
    consent: PaperConsent
    message: str = ""


@dataclass(frozen=True)
class PickedPhotos:
    """Photos picked from a camera card for one resident, kept with their consent."""

    project: Path
    files: Sequence[Path]
    consent: PaperConsent
    message: str = ""


@dataclass
class KeptResult:
    contribution_ids: list[int]
    report: ImportReport | None = None  # for picked photos: one line per file


def _check(consent: PaperConsent, message: str, kit) -> None:
    from .text import check_message_length

    problems = consent.problems()
    if problems:
        field, detail = problems[0]
        raise InvalidValue(f"{field}: {detail}")
    if not consent.purposes:
        raise InvalidValue("purposes: tick at least one purpose, as the resident chose")
    check_message_length(message, kit.limits.message_max_length)


def keep_portrait(spec: CapturedPortrait, *, progress: ProgressFn = no_progress,
                  cancel: CancelToken = NEVER_CANCELLED) -> KeptResult:
    """Save a webcam portrait with its consent: one pending contribution (a job)."""
    from .kiosk.session import FinishedSession, save_session

    with Project.open(spec.project) as project:
        kit = load_builtin_kit(project.info().kit_id)
        _check(spec.consent, spec.message, kit)
        cancel.check()
        progress(0, 1, "")
        lang = spec.consent.language
        session = FinishedSession(
            kit_id=kit.id, text_version=spec.consent.text_version or kit.text("consent_version", lang),
            language=lang, purposes=frozenset(p.value for p in spec.consent.purposes),
            is_minor=spec.consent.minor, guardian_name=spec.consent.guardian or None,
            guardian_consent=spec.consent.minor, consent_at=dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            photo=spec.photo.copy(), message=" ".join(spec.message.split()), display_name=spec.consent.name.strip(),
            method="volunteer")
        try:
            contribution = save_session(project, kit, session, actor=ACTOR)
        finally:
            session.wipe()
        progress(1, 1, "")
        return KeptResult([contribution])


def keep_picked_photos(spec: PickedPhotos, *, progress: ProgressFn = no_progress,
                       cancel: CancelToken = NEVER_CANCELLED) -> KeptResult:
    """Import photos picked from a camera card and give them the resident's consent (a job).

    The consent is checked before anything is imported; the files that cannot be imported
    are reported one by one and the others get the consent. A photo already in the project
    is not given a second consent: it is reported as a duplicate.
    """
    with Project.open(spec.project) as project:
        kit = load_builtin_kit(project.info().kit_id)
        _check(spec.consent, spec.message, kit)
    if not spec.files:
        raise InvalidValue("files: pick at least one photo")
    report = import_files(ImportSpec(spec.project, list(spec.files), actor=ACTOR), progress=progress, cancel=cancel)
    new = [r.contribution_id for r in report.results if r.outcome == Outcome.IMPORTED and r.contribution_id]
    if not new:
        return KeptResult([], report)
    consent = PaperConsent(name=spec.consent.name, purposes=spec.consent.purposes, language=spec.consent.language,
                           minor=spec.consent.minor, guardian=spec.consent.guardian,
                           text_version=spec.consent.text_version, form=spec.consent.form, method="volunteer")
    with Project.open(spec.project) as project:
        record_paper_consent(project, new, consent, actor=ACTOR)
        message = " ".join(spec.message.split())
        for cid in new:
            project.update_contribution(cid, caption=message, language=consent.language, actor=ACTOR)
    return KeptResult(new, report)
