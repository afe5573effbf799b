"""Importing a package: checked whole first, then taken in all at once, or not at all.

1. The archive is checked and its declared media are unpacked into a staging folder inside the
   project (``media/.incoming/package-….icc-part``), each verified against its SHA-256
   (:mod:`.safezip`). A refusal leaves nothing outside that folder, which is then removed.
2. The package is compared with the last one taken in from the same sender: the same revision
   with the same content changes nothing; an older revision is refused; a newer one replaces it
   (what it no longer carries is removed).
3. Withdrawal notices are applied: any contribution they name is erased, here too.
4. New photos get their reduced copies and faces, new clips their proxy (the package carries
   the proxy itself); the media are renamed from staging into place; then every row is written in
   one transaction.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..fileio import TEMP_SUFFIX
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..store import Project, Purpose, Status
from ..store.project import _audit, next_id, now_iso
from .erasure import cached_copies, delete_files, erase_rows, plan_erasure
from .errors import PackageError, PackageOutdated, PackageRefused
from .identity import identity
from .manifest import content_digest
from .safezip import EntryReport, PackageLimits, check_archive


STAGING_PREFIX = "package-"
STALE_STAGING_S = 6 * 3600


def sweep_staging(project_folder: Path, *, older_than_s: float = STALE_STAGING_S) -> list[Path]:
    """Remove the staging folders an interrupted import left (not those of an import running now)."""
    import time

    removed = []
    incoming = Path(project_folder) / "media" / ".incoming"
    if not incoming.is_dir():
        return removed
    for folder in incoming.glob(f"{STAGING_PREFIX}*{TEMP_SUFFIX}"):
        try:
            if folder.is_dir() and time.time() - folder.stat().st_mtime > older_than_s:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
        except OSError:
            continue
    return removed


@dataclass(frozen=True)
class ImportPackageSpec:
    project: Path
    package: Path
    limits: PackageLimits = PackageLimits()
    actor: str | None = None


@dataclass
class PackageImportResult:
    package: Path
    sender_city: str
    sender_role: str
    revision: int
    outcome: str  # "imported" (first from this sender), "updated" (a newer revision) or "unchanged"
    added: list[int] = field(default_factory=list)  # contribution ids here
    updated: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)  # no longer in the sender's package
    withdrawn: list[int] = field(default_factory=list)  # erased by a withdrawal notice
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (contribution key, why)
    entries: list[EntryReport] = field(default_factory=list)


def import_package(spec: ImportPackageSpec, *, progress: ProgressFn = no_progress,
                   cancel: CancelToken = NEVER_CANCELLED) -> PackageImportResult:
    package = Path(spec.package)
    with Project.open(spec.project) as project:
        sweep_staging(project.folder)
        staging = project.incoming_dir() / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}"
        staging.mkdir(parents=True)
        placed: list[Path] = []
        try:
            checked = check_archive(package, staging, limits=spec.limits, cancel=cancel,
                                    progress=lambda d, t, m="": progress(d, t * 2 + 1, m))
            ident = identity(project, actor=spec.actor)  # (made after the check: a refusal writes nothing)
            return _take_in(project, ident, spec, package, checked, staging, placed, progress, cancel)
        except BaseException:
            for path in placed:  # media placed for rows that were never committed
                if project.contribution_for_media(path.name.split(".")[0]) is None:
                    path.unlink(missing_ok=True)
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _take_in(project: Project, ident, spec: ImportPackageSpec, package: Path, checked, staging: Path,
             placed: list[Path], progress: ProgressFn, cancel: CancelToken) -> PackageImportResult:
    manifest = checked.manifest
    sender = manifest["sender"]
    info = project.info()
    revision = manifest["revision"]
    result = PackageImportResult(package, sender["city"], sender["role"], revision, "imported",
                                 entries=checked.entries)
    if sender["project_id"] == ident.project_id:
        raise PackageRefused(package, "", "this is this project's own package", reason="own")
    if manifest["campaign"]["kit_id"] != info.kit_id:
        raise PackageRefused(package, "", f"made for the campaign {manifest['campaign']['kit_id']}, "
                                          f"this project is for {info.kit_id}", reason="campaign")
    digest = content_digest(manifest)
    previous = project.query("SELECT revision, digest FROM package_imports WHERE sender_id = ?",
                             (sender["project_id"],))
    if previous:
        old_revision, old_digest = previous[0]
        if revision < old_revision:
            raise PackageOutdated(package, f"revision {revision} of {sender['city']}'s package is older than "
                                           f"revision {old_revision}, already imported")
        if revision == old_revision:
            if digest == old_digest:
                result.outcome = "unchanged"
                return result
            raise PackageRefused(package, "", f"revision {revision} of {sender['city']}'s package was already "
                                              "imported with other content", reason="revision")
        result.outcome = "updated"

    notices = {w["key"]: w["withdrawn_on"] for w in manifest["withdrawals"]}
    known_notices = {r[0] for r in project.query("SELECT contribution_key FROM withdrawals")}
    existing = {r["origin_key"]: r for r in project.query(
        "SELECT id, origin_key, source_package, media_sha256, contributor_id FROM contributions"
        " WHERE origin_key IS NOT NULL")}
    local_keys = {ident.contribution_key(r[0]): r[0]
                  for r in project.query("SELECT id FROM contributions WHERE origin_key IS NULL")}
    own_prefix = ident.project_id + ":"

    incoming = []
    for item in manifest["contributions"]:
        key = item["key"]
        if key.startswith(own_prefix):
            result.skipped.append((key, "this project's own contribution"))
        elif key in notices or key in known_notices:
            result.skipped.append((key, "withdrawn"))
        elif key in existing and existing[key]["source_package"] != sender["project_id"]:
            result.skipped.append((key, "already imported from another package"))
        else:
            incoming.append(item)
    incoming_keys = {item["key"] for item in incoming}
    withdrawn_ids = sorted({existing[k]["id"] for k in notices if k in existing}
                           | {local_keys[k] for k in notices if k in local_keys})
    removed_ids = sorted(row["id"] for key, row in existing.items()
                         if row["source_package"] == sender["project_id"] and key not in incoming_keys
                         and row["id"] not in withdrawn_ids)

    # New media: reduced copies, faces and proxies first (rebuildable caches), then into place.
    total = len(incoming) * 2 + 1
    done = len(incoming) + 1
    analyses: dict[str, tuple | None] = {}
    for item in incoming:
        cancel.check()
        media = item["media"]
        sha = media["sha256"]
        if sha in analyses or project.media(sha) is not None:
            continue
        staged = checked.staged[media["path"]]
        analyses[sha] = _analyse(project, item, staged)
        done += 1
        progress(done, total, media["path"])
    cancel.check()

    erase_plan = plan_erasure(project, ident, withdrawn_ids + removed_ids, [])
    replaced_media = {existing[i["key"]]["media_sha256"] for i in incoming
                      if i["key"] in existing and existing[i["key"]]["media_sha256"] != i["media"]["sha256"]}
    for sha, analysis in analyses.items():
        item = next(i for i in incoming if i["media"]["sha256"] == sha)
        ext = "jpg" if item["kind"] == "photo" else "mp4"
        placed.append(project.place_media(checked.staged[item["media"]["path"]], sha, ext))
    delete_files(project, erase_plan.derived)
    project.query("PRAGMA secure_delete = ON")
    with project.transaction() as conn:
        for item in incoming:
            contribution_id, is_new = _upsert(conn, project, info, sender, manifest, item, analyses)
            if is_new is not None:
                (result.added if is_new else result.updated).append(contribution_id)
        withdrawn_notices = {key: day for key, day in notices.items()}
        erase_rows(conn, erase_plan, notices=withdrawn_notices, received_from=sender["project_id"])
        result.withdrawn = [i for i in withdrawn_ids]
        result.removed = removed_ids
        conn.execute(
            "INSERT INTO package_imports (sender_id, city, country, role, revision, digest, contributions,"
            " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sender_id) DO UPDATE SET"
            " city = excluded.city, country = excluded.country, role = excluded.role,"
            " revision = excluded.revision, digest = excluded.digest, contributions = excluded.contributions,"
            " imported_at = excluded.imported_at",
            (sender["project_id"], sender["city"], sender["country"], sender["role"], revision, digest,
             len(incoming), now_iso()))
        _audit(conn, spec.actor, "package.import", package.name,
               {"sender": sender["city"], "role": sender["role"], "revision": revision,
                "added": result.added, "updated": result.updated, "removed": removed_ids,
                "withdrawn": result.withdrawn, "skipped": len(result.skipped)})
    placed.clear()
    delete_files(project, set(erase_plan.originals))
    for sha in replaced_media:  # a photo the sender replaced: its file and copies go once nothing uses it
        if project.media(sha) is None:
            delete_files(project, cached_copies(project, {sha}) | set(project.folder.glob(f"media/{sha[:2]}/{sha}.*")))
    project.query("PRAGMA wal_checkpoint(TRUNCATE)")
    progress(total, total, "")
    return result


def _analyse(project: Project, item: dict, staged: Path):
    """Reduced copies and faces of a photo; for a clip, the package's proxy is the proxy."""
    media = item["media"]
    if item["kind"] == "photo":
        from ..importing import analyse_photo

        return analyse_photo(project.folder, staged, media["sha256"], media["path"])
    import json
    from dataclasses import asdict

    from ..fileio import atomic_write
    from ..video.probe import probe_clip
    from ..video.proxy import PROXY_VERSION, ProxyInfo, proxy_info_path, proxy_path

    clip = probe_clip(staged, display_name=media["path"])
    target = proxy_path(project.folder, media["sha256"])
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(staged, target)
    info = ProxyInfo(version=PROXY_VERSION, width=clip.size[0], height=clip.size[1], duration_s=clip.duration_s,
                     frames=clip.frame_count, has_audio=clip.has_audio)
    with atomic_write(proxy_info_path(project.folder, media["sha256"])) as handle:
        handle.write(json.dumps(asdict(info), indent=1).encode("utf-8"))
    return None


def _upsert(conn, project: Project, info, sender: dict, manifest: dict, item: dict,
            analyses: dict) -> tuple[int, bool | None]:
    """(contribution id, True if added / False if changed / None if unchanged)."""
    media = item["media"]
    sha = media["sha256"]
    ext = "jpg" if item["kind"] == "photo" else "mp4"
    stamp = now_iso()
    conn.execute(
        "INSERT OR IGNORE INTO media (sha256, kind, format, ext, size_bytes, width, height, duration_s,"
        " original_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sha, item["kind"], media["format"], ext, media["size"], media["width"], media["height"],
         media["duration_s"], f"{sender['city']}/{sha[:12]}.{ext}", stamp))
    analysis = analyses.get(sha)
    if analysis is not None:
        project.set_faces(sha, analysis[1], analysis[0], analysis[2] if len(analysis) > 2 else None, conn=conn)
    contributor_id = _contributor(conn, project, item, manifest)
    language = item["language"]
    trim = item.get("trim") or [None, None]
    row = conn.execute("SELECT id FROM contributions WHERE origin_key = ?", (item["key"],)).fetchone()
    if row is None:
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM contributions").fetchone()[0]
        cur = conn.execute(
            "INSERT INTO contributions (id, media_sha256, contributor_id, kind, caption, language, alt_text, status,"
            " trim_in_s, trim_out_s, position, source_name, created_at, updated_at, city, origin_key,"
            " source_package) VALUES (?, ?, ?, ?, ?, ?, ?, 'approved', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (next_id(conn, "contributions"), sha, contributor_id, item["kind"], item["caption"], language,
             item["alt_text"], trim[0], trim[1], position, f"package:{sender['city']}", stamp, stamp, item["city"],
             item["key"], sender["project_id"]))
        return int(cur.lastrowid), True
    contribution_id = int(row[0])
    before = conn.execute("SELECT media_sha256, contributor_id, caption, language, alt_text, trim_in_s, trim_out_s,"
                          " city, status FROM contributions WHERE id = ?", (contribution_id,)).fetchone()
    if tuple(before) == (sha, contributor_id, item["caption"], language, item["alt_text"], trim[0], trim[1],
                         item["city"], Status.APPROVED.value):
        return contribution_id, None
    old = before[0]
    conn.execute(
        "UPDATE contributions SET media_sha256 = ?, contributor_id = ?, caption = ?, language = ?, alt_text = ?,"
        " trim_in_s = ?, trim_out_s = ?, city = ?, status = ?, updated_at = ? WHERE id = ?",
        (sha, contributor_id, item["caption"], language, item["alt_text"], trim[0], trim[1], item["city"],
         Status.APPROVED.value, stamp, contribution_id))
    if old != sha and not conn.execute("SELECT 1 FROM contributions WHERE media_sha256 = ?", (old,)).fetchone():
        conn.execute("DELETE FROM media_faces WHERE sha256 = ?", (old,))
        conn.execute("DELETE FROM media WHERE sha256 = ?", (old,))  # its file is swept as unreferenced
    return contribution_id, False


def _contributor(conn, project: Project, item: dict, manifest: dict) -> int:
    """The pseudonymous contributor of an imported contribution, with the consent the package carries."""
    key = item["contributor_key"]
    purposes = set(item["consent"])
    name = item.get("credit_name") or f"~{key[-8:]}"
    row = conn.execute("SELECT id, display_name FROM contributors WHERE origin_key = ?", (key,)).fetchone()
    if row is None:
        contributor_id = int(conn.execute(
            "INSERT INTO contributors (id, display_name, is_minor, guardian_name, created_at, origin_key)"
            " VALUES (?, ?, 0, NULL, ?, ?)", (next_id(conn, "contributors"), name, now_iso(), key)).lastrowid)
    else:
        contributor_id = int(row[0])
        if row[1] != name:
            conn.execute("UPDATE contributors SET display_name = ? WHERE id = ?", (name, contributor_id))
    current = conn.execute(
        "SELECT id, social_media, print_poster, city_video, network_reshare FROM consents"
        " WHERE contributor_id = ? AND withdrawn_at IS NULL ORDER BY id DESC LIMIT 1", (contributor_id,)).fetchone()
    wanted = tuple(int(p.value in purposes) for p in Purpose)
    if current is None or tuple(current[1:]) != wanted:
        if current is not None:
            conn.execute("UPDATE consents SET withdrawn_at = ? WHERE id = ?", (now_iso(), current[0]))
            if any(had and not now for had, now in zip(current[1:], wanted)):  # narrower: outputs go
                project.withdraw_outputs([r[0] for r in conn.execute(
                    "SELECT id FROM contributions WHERE contributor_id = ?", (contributor_id,))], conn=conn)
        sender = manifest["sender"]
        conn.execute(
            "INSERT INTO consents (id, contributor_id, text_version, language, social_media, print_poster, city_video,"
            " network_reshare, guardian_name, guardian_consent, method, given_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, 'package', ?)",
            (next_id(conn, "consents"), contributor_id, f"package {sender['city']} r{manifest['revision']}",
             item["language"] or "und", *wanted, f"{manifest['revised_on']}T00:00:00+00:00"))
    return contributor_id


def imported_cities(project: Project) -> list[dict]:
    """The cities whose packages this project took in, with their revision and how many contributions are here."""
    rows = project.query(
        "SELECT p.sender_id, p.city, p.country, p.role, p.revision, p.imported_at,"
        " (SELECT count(*) FROM contributions c WHERE c.source_package = p.sender_id) AS here"
        " FROM package_imports p ORDER BY p.city COLLATE NOCASE")
    return [dict(r) for r in rows]


@dataclass(frozen=True)
class ImportManySpec:
    project: Path
    packages: tuple[Path, ...]
    limits: PackageLimits = PackageLimits()
    actor: str | None = None


def import_packages(spec: ImportManySpec, *, progress: ProgressFn = no_progress,
                    cancel: CancelToken = NEVER_CANCELLED) -> list[tuple[Path, PackageImportResult | PackageError]]:
    """Import several packages one after the other, each all or nothing; a refused one does not stop the rest."""
    outcomes: list[tuple[Path, PackageImportResult | PackageError]] = []
    total = len(spec.packages)
    for index, package in enumerate(spec.packages):
        cancel.check()
        progress(index, total, Path(package).name)
        try:
            outcomes.append((package, import_package(ImportPackageSpec(spec.project, package, spec.limits, spec.actor),
                                                     cancel=cancel)))
        except PackageError as exc:
            outcomes.append((package, exc))
    progress(total, total, "")
    return outcomes
