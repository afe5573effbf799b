"""Consent withdrawal and erasure: a contributor disappears from the project, and from the network.

Erasing removes, for each of the contributor's contributions:

* the original and every cached copy named after it (previews, thumbnails, clip proxies, the
  metadata-free copies made for packages, any other cache keyed on the media's SHA-256);
* the scan of a signed paper consent form;
* the renders and exports of the contribution itself (files named ``…_c<id>…``), and every
  package zip in the project that carries it;
* posters, collages and videos that may have included it (all outputs made from several
  contributions): their files are deleted and their render rows marked stale, so they are made
  again without the contributor;
* the rows: contributions, crops, faces, media, consents and the contributor; the audit log keeps
  who erased what and when, and the details of older lines about them are redacted.

A withdrawal notice (the contribution's pseudonymous network key and the date) is recorded and
sent in every later package, so partner cities and the coordinator erase their copies when they
import it. Files are deleted in an order that a crash cannot turn into a leak: derived files
first, then the rows in one transaction (with SQLite's ``secure_delete``), then the originals
(an original left by a crash has no row any more and is removed when the project is next opened).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InvalidValue, NotFound
from ..fileio import fsync_dir
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..store import Project, Status
from ..store.project import note_erased_ids, now_iso
from .identity import Identity, identity
from .manifest import MANIFEST_NAME

_SHA = re.compile(r"[0-9a-f]{64}")
_CONTRIBUTION_IN_NAME = re.compile(r"_c0*(\d+)(?!\d)")
AGGREGATE_EXPORT_DIRS = ("collage", "video")
REDACTED = json.dumps({"redacted": "erasure"})


@dataclass(frozen=True)
class EraseSpec:
    """Erase a contributor (everything of theirs), or one contribution (``contribution_id``)."""

    project: Path
    contributor_id: int | None = None
    contribution_id: int | None = None
    reason: str = "consent withdrawn"
    actor: str | None = None


@dataclass
class ErasureResult:
    contributor_ids: list[int]
    contribution_ids: list[int]
    files_removed: list[str] = field(default_factory=list)
    renders_stale: int = 0
    notices: list[str] = field(default_factory=list)


@dataclass
class ErasurePlan:
    contribution_ids: list[int]
    contributor_ids: list[int]
    keys: dict[int, str]  # contribution id -> network key
    originals: list[Path]  # media files whose rows go
    media_shas: list[str]
    derived: set[Path]
    in_aggregates: bool


def erase_contributor(spec: EraseSpec, *, progress: ProgressFn = no_progress,
                      cancel: CancelToken = NEVER_CANCELLED) -> ErasureResult:
    """The erasure job (see the module's description). Not cancellable once the files start to go."""
    if (spec.contributor_id is None) == (spec.contribution_id is None):
        raise InvalidValue("name a contributor or a contribution to erase")
    reason = spec.reason.strip() or "consent withdrawn"
    with Project.open(spec.project) as project:
        ident = identity(project, actor=spec.actor)
        if spec.contributor_id is not None:
            project.contributor(spec.contributor_id)  # NotFound when unknown
            ids = [r[0] for r in project.query("SELECT id FROM contributions WHERE contributor_id = ?",
                                               (spec.contributor_id,))]
            people = [spec.contributor_id]
        else:
            row = project.query("SELECT contributor_id FROM contributions WHERE id = ?", (spec.contribution_id,))
            if not row:
                raise NotFound(f"no contribution {spec.contribution_id}")
            ids = [spec.contribution_id]
            people = []
        cancel.check()
        progress(0, 3, "")
        plan = plan_erasure(project, ident, ids, people)
        progress(1, 3, "")
        removed = delete_files(project, plan.derived)
        today = dt.date.today().isoformat()
        project.query("PRAGMA secure_delete = ON")
        with project.transaction() as conn:
            stale = erase_rows(conn, plan, notices={key: today for key in plan.keys.values()}, received_from=None)
            _audit(conn, spec.actor, "contributor.erase" if people else "contribution.erase",
                   f"contributor:{people[0]}" if people else f"contribution:{ids[0]}",
                   {"reason": reason, "contributions": plan.contribution_ids, "files": len(removed) + len(plan.originals),
                    "renders_stale": stale, "notices": sorted(plan.keys.values())})
        progress(2, 3, "")
        removed += delete_files(project, set(plan.originals))
        project.query("PRAGMA wal_checkpoint(TRUNCATE)")
        progress(3, 3, "")
    return ErasureResult(people, plan.contribution_ids, removed, stale, sorted(plan.keys.values()))


def _audit(conn: sqlite3.Connection, actor: str | None, action: str, target: str, details: dict) -> None:
    from ..store.project import _audit as store_audit

    store_audit(conn, actor, action, target, details)


def plan_erasure(project: Project, ident: Identity, contribution_ids: list[int],
                 contributor_ids: list[int]) -> ErasurePlan:
    """What erasing these contributions (and these contributors entirely) removes."""
    ids = sorted(set(contribution_ids))
    people = set(contributor_ids)
    rows = _rows_in(project, "SELECT id, media_sha256, contributor_id, status, origin_key FROM contributions"
                             " WHERE id IN ({})", ids)
    keys = {r["id"]: r["origin_key"] or ident.contribution_key(r["id"]) for r in rows}
    approved = any(r["status"] == Status.APPROVED.value for r in rows)
    # A contributor none of whose contributions stays is erased too.
    for r in rows:
        if r["contributor_id"] is not None:
            others = project.query("SELECT count(*) FROM contributions WHERE contributor_id = ? AND id NOT IN ({})"
                                   .format(",".join("?" * len(ids))), (r["contributor_id"], *ids))
            if others[0][0] == 0:
                people.add(r["contributor_id"])
    shas = {r["media_sha256"] for r in rows}
    forms = _rows_in(project, "SELECT form_sha256 FROM consents WHERE contributor_id IN ({})"
                              " AND form_sha256 IS NOT NULL", sorted(people)) if _has_column(
        project, "consents", "form_sha256") else []
    shas |= {r[0] for r in forms}
    # Media still used by a contribution or a consent that stays are kept.
    kept = set()
    for sha in shas:
        users = project.query("SELECT count(*) FROM contributions WHERE media_sha256 = ? AND id NOT IN ({})"
                              .format(",".join("?" * len(ids)) or "NULL"), (sha, *ids))[0][0]
        if users:
            kept.add(sha)
    gone = sorted(shas - kept)
    originals = []
    for sha in gone:
        media = project.media(sha)
        if media is not None:
            originals.append(project.media_path(sha, media.ext))
    derived = _derived_files(project, set(gone), set(ids), set(keys.values()), approved)
    return ErasurePlan(ids, sorted(people), keys, originals, gone, derived, approved)


def _has_column(project: Project, table: str, column: str) -> bool:
    return any(r["name"] == column for r in project.query(f"PRAGMA table_info({table})"))


def _rows_in(project: Project, sql: str, values: list) -> list:
    if not values:
        return []
    return project.query(sql.format(",".join("?" * len(values))), values)


def _derived_files(project: Project, shas: set[str], ids: set[int], keys: set[str], aggregates: bool) -> set[Path]:
    folder = project.folder
    found: set[Path] = cached_copies(project, shas)
    for row in _rows_in(project, "SELECT path FROM renders WHERE contribution_id IN ({})", sorted(ids)):
        found |= _with_siblings(folder / row[0])
    for root in (folder / "exports", folder / "renders"):
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            if not path.is_file():
                continue
            numbers = {int(m.group(1)) for m in _CONTRIBUTION_IN_NAME.finditer(path.name)}
            if numbers & ids:
                found.add(path)
            elif path.suffix.lower() == ".zip" and _package_holds(path, keys):
                found.add(path)
    if aggregates:
        for row in project.query("SELECT path FROM renders WHERE contribution_id IS NULL"):
            path = folder / row[0]
            if path.parent != folder / "exports" and (folder / "exports") in path.parents:
                found |= {p for p in path.parent.iterdir() if p.is_file()}
            found |= _with_siblings(path)
        for name in AGGREGATE_EXPORT_DIRS:
            base = folder / "exports" / name
            if base.is_dir():
                found |= {p for p in base.rglob("*") if p.is_file()}
        postcards = folder / "exports" / "postcards"
        if postcards.is_dir():  # the 4-up sheets carry several contributions
            found |= {p for p in postcards.rglob("*") if p.is_file() and not _CONTRIBUTION_IN_NAME.search(p.name)}
    return {p for p in found if p.exists()}


def cached_copies(project: Project, shas: set[str]) -> set[Path]:
    """Every file under ``cache/`` named after one of these media (previews, thumbnails, proxies, …)."""
    cache = project.folder / "cache"
    if not cache.is_dir() or not shas:
        return set()
    return {path for path in cache.rglob("*")
            if path.is_file() and any(m.group(0) in shas for m in _SHA.finditer(path.name))}


def _with_siblings(path: Path) -> set[Path]:
    """A rendered file and what was written beside it under the same stem (alt text, subtitles, poster)."""
    if not path.parent.is_dir():
        return set()
    stem = path.name.split(".")[0]
    return {p for p in path.parent.iterdir() if p.is_file() and p.name.split(".")[0] == stem}


def _package_holds(path: Path, keys: set[str]) -> bool:
    if not keys:
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST_NAME).decode("utf-8"))
        return any(item.get("key") in keys for item in manifest.get("contributions", []))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, AttributeError, TypeError):
        return False


def delete_files(project: Project, paths: set[Path]) -> list[str]:
    removed = []
    folders = set()
    for path in sorted(paths):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(str(path.relative_to(project.folder)))
        folders.add(path.parent)
    for folder in folders:
        fsync_dir(folder)
    return removed


def erase_rows(conn: sqlite3.Connection, plan: ErasurePlan, *, notices: dict[str, str] | None,
               received_from: str | None) -> int:
    """Delete the rows of the plan inside the caller's transaction; returns how many renders went stale."""
    ids, people = plan.contribution_ids, plan.contributor_ids
    marks = ",".join("?" * len(ids))
    stale = 0
    if ids:
        conn.execute(f"DELETE FROM renders WHERE contribution_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM crops WHERE contribution_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM contributions WHERE id IN ({marks})", ids)
        note_erased_ids(conn, "contributions", ids)  # their ids (and network keys) are never given again
        targets = [f"contribution:{i}" for i in ids]
        conn.execute(f"UPDATE audit_log SET details = ? WHERE target IN ({marks})", (REDACTED, *targets))
    if plan.in_aggregates:
        stale = conn.execute("UPDATE renders SET stale = 1 WHERE contribution_id IS NULL AND stale = 0").rowcount
    if people:
        pmarks = ",".join("?" * len(people))
        consent_ids = [r[0] for r in conn.execute(f"SELECT id FROM consents WHERE contributor_id IN ({pmarks})",
                                                  people)]
        conn.execute(f"DELETE FROM consents WHERE contributor_id IN ({pmarks})", people)
        conn.execute(f"UPDATE contributions SET contributor_id = NULL WHERE contributor_id IN ({pmarks})", people)
        conn.execute(f"DELETE FROM contributors WHERE id IN ({pmarks})", people)
        note_erased_ids(conn, "contributors", people)
        note_erased_ids(conn, "consents", consent_ids)
        targets = [f"contributor:{p}" for p in people] + [f"consent:{c}" for c in consent_ids]
        conn.execute(f"UPDATE audit_log SET details = ? WHERE target IN ({','.join('?' * len(targets))})",
                     (REDACTED, *targets))
    for sha in plan.media_shas:
        conn.execute("DELETE FROM media_faces WHERE sha256 = ?", (sha,))
        conn.execute("DELETE FROM media WHERE sha256 = ?", (sha,))
    stamp = now_iso()
    for key, day in (notices or {}).items():
        conn.execute("INSERT OR IGNORE INTO withdrawals (contribution_key, withdrawn_on, received_from, recorded_at)"
                     " VALUES (?, ?, ?, ?)", (key, day, received_from, stamp))
    return stale


def withdrawal_notices(project: Project) -> list[dict]:
    return [dict(r) for r in project.query("SELECT contribution_key, withdrawn_on, received_from, recorded_at"
                                           " FROM withdrawals ORDER BY recorded_at, contribution_key")]
