"""Saving a finished kiosk session: the portrait, its contributor, consent and message, all or nothing.

Order (the project's own): the JPEG is written under a temporary name and analysed like
any import (reduced copies, faces — :func:`icc_studio.core.importing.analyse_photo`), renamed
to its content address, and only then the contributor, the consent (text version,
language, time, purposes, guardian) and a *pending* contribution are written in **one**
transaction. If anything fails, every file this session wrote is removed again, so a
failed save leaves no picture behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..fileio import TEMP_SUFFIX, fsync_dir
from ..kits import Kit
from ..store import Project

log = logging.getLogger(__name__)

JPEG_QUALITY = 92
ACTOR = "kiosk"


@dataclass
class FinishedSession:
    """Everything a resident gave, ready to be saved; ``photo`` is BGR, full resolution, not mirrored."""

    kit_id: str
    text_version: str
    language: str
    purposes: frozenset[str]
    is_minor: bool
    guardian_name: str | None
    guardian_consent: bool
    consent_at: str
    photo: np.ndarray | None
    message: str
    display_name: str = ""
    method: str = "kiosk"  # how the consent was given: "kiosk", or "volunteer" (staff at an event)

    def wipe(self) -> None:
        if self.photo is not None:
            self.photo.fill(0)
        self.photo = None
        self.message = ""


def encode_jpeg(photo: np.ndarray) -> bytes:
    """The portrait as a JPEG with no metadata at all (OpenCV writes none)."""
    import cv2

    ok, data = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        raise ValueError("the portrait could not be encoded as JPEG")
    return data.tobytes()


def default_display_name(at: dt.datetime | None = None) -> str:
    """A neutral name for a resident who gave none (staff can edit it)."""
    at = at or dt.datetime.now()
    return f"Kiosk {at:%Y-%m-%d %H:%M:%S}"


def save_session(project: Project, kit: Kit, session: FinishedSession, *, actor: str = ACTOR) -> int:
    """Write ``session`` into ``project``; returns the new pending contribution's id."""
    from ..importing import analyse_photo
    from ..media.probe import probe_media
    from ..media.reduce import reduced_paths
    from ..render.photos import caption_text

    if session.photo is None:
        raise ValueError("the session has no portrait")
    data = encode_jpeg(session.photo)
    sha256 = hashlib.sha256(data).hexdigest()
    stamp = dt.datetime.now()
    name = f"kiosk-{stamp:%Y%m%d-%H%M%S}.jpg"
    incoming = project.incoming_dir()
    incoming.mkdir(parents=True, exist_ok=True)
    temp = incoming / f".kiosk-{uuid.uuid4().hex}{TEMP_SUFFIX}"
    written: list[Path] = [temp]
    placed: Path | None = None
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        info = probe_media(temp, display_name=name, decode=False)
        reduced = reduced_paths(project.folder, sha256)
        new_copies = [p for p in (reduced.preview, reduced.thumbnail) if not p.exists()]
        faces = analyse_photo(project.folder, temp, sha256, name)
        written.extend(new_copies)
        existed = project.media_path(sha256, info.ext).exists()
        placed = project.place_media(temp, sha256, info.ext)
        if not existed:
            written.append(placed)
        caption = caption_text(kit, session.message, session.language)
        alt = kit.text("alt_text_template", session.language).replace("{message}", caption)
        with project.transaction() as conn:
            contributor = project.add_contributor(
                session.display_name or default_display_name(stamp), is_minor=session.is_minor,
                guardian_name=session.guardian_name, conn=conn)
            project.record_consent(
                contributor, purposes=session.purposes, text_version=session.text_version,
                language=session.language, method=session.method, guardian_name=session.guardian_name,
                guardian_consent=session.guardian_consent, given_at=session.consent_at, actor=actor, conn=conn)
            contribution = project.add_contribution(
                media_sha256=sha256, media_info=info, size_bytes=len(data), original_name=name,
                contributor_id=contributor, caption=session.message, language=session.language, alt_text=alt,
                faces=faces, actor=actor, conn=conn)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    finally:
        temp.unlink(missing_ok=True)
    if placed is not None:
        fsync_dir(placed.parent)
    log.info("kiosk: session saved as contribution %d", contribution)
    return contribution


@dataclass(frozen=True)
class SaveSessionSpec:
    """A job spec: the project folder (a job opens its own connection), the kit and the finished session."""

    project: Path
    kit: Kit
    session: FinishedSession


def save_session_job(spec: SaveSessionSpec, *, progress=None, cancel=None) -> int:
    """:func:`save_session` as a core job (``fn(spec, *, progress, cancel)``), run off the GUI thread."""
    with Project.open(spec.project) as project:
        return save_session(project, spec.kit, spec.session)
