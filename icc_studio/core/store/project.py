"""A project: a self-contained folder (database + media + renders + exports).

Layout::

    project.iccdb          SQLite database (WAL)
    media/ab/<sha256>.ext  originals, stored by content hash, never modified
    cache/                 reduced copies (thumbnails, previews), rebuildable
    renders/               rendered outputs (a pure function of media, kit, settings)
    exports/               what the user exported

Order of writing, so that a crash at any moment leaves a consistent project: a file is
written under a temporary name, flushed and renamed into place first; the database row
that refers to it is written afterwards, in a transaction. On open, temporary files are
swept and media files (and their reduced copies) that no row refers to are removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import (
    IccError,
    InvalidValue,
    NotFound,
    ProjectDamaged,
    ProjectError,
    ProjectExists,
    ProjectNotFound,
    ProjectTooNew,
)
from ..fileio import WriteFailed, destination_problem, fsync_dir, sweep_temp_files, write_failed
from . import db
from .models import (
    AuditEntry,
    Consent,
    Contribution,
    Contributor,
    Crop,
    HealthReport,
    Media,
    MediaInfo,
    MediaKind,
    ProjectInfo,
    Purpose,
    Status,
)

DB_NAME = "project.iccdb"
SUBFOLDERS = ("media", "cache", "renders", "exports")
PURPOSE_COLUMNS = tuple(p.value for p in Purpose)
_CONTRIBUTION_IN_NAME = re.compile(r"_c0*(\d+)(?!\d)")  # how outputs name their contribution: …_c0012.jpg
# The copies an import makes of each file before its rows are committed, named after the media's sha256
# (media/reduce.py's reduced_paths, video/proxy.py's proxy_path): cache/preview/ab/<sha256>.jpg,
# cache/thumbs/ab/<sha256>_320.jpg, cache/proxy/ab/<sha256>.mp4 and .json.
_COPY_FOLDERS = ("preview", "thumbs", "proxy")
_COPY_NAME = re.compile(r"([0-9a-f]{64})(?:_\d+)?\.(?:jpg|mp4|json)")


class ProjectUnwritable(WriteFailed, ProjectError):
    """A project that cannot be opened because its disk takes no writes: full, read-only, not allowed.

    A :class:`~icc_studio.core.fileio.WriteFailed` naming the database and the cause (the message
    the GUI and the CLI give for any failed write), and a :class:`ProjectError` (what callers
    expect of a project that cannot be opened; the CLI's exit code).
    """

    def __init__(self, path: Path | str, detail: str, *, cause: str = "other", errno_: int | None = None) -> None:
        IccError.__init__(self, detail, path=str(path), cause=cause)
        self.errno = errno_

    def __reduce__(self):
        return _rebuild_unwritable, (self.params["path"], self.params["detail"], self.params["cause"], self.errno)


def _rebuild_unwritable(path: str, detail: str, cause: str, errno_: int | None) -> ProjectUnwritable:
    return ProjectUnwritable(path, detail, cause=cause, errno_=errno_)


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def default_actor() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


class Project:
    """Access to one project folder. One instance per thread (SQLite connections are not shared)."""

    def __init__(self, folder: Path, conn: sqlite3.Connection, health: HealthReport) -> None:
        self.folder = folder
        self._conn = conn
        self.health = health
        self._thread = threading.get_ident()
        self._lock: _OpenLock | None = None

    # -- opening -------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        city: str,
        kit_id: str,
        languages: Sequence[str],
        name: str = "",
        country: str = "",
        hashtags: Sequence[str] = (),
        campaign_year: int | None = None,
        actor: str | None = None,
    ) -> Project:
        folder = Path(folder)
        if (folder / DB_NAME).exists():
            raise ProjectExists(folder, "a project already exists in this folder")
        if folder.exists() and any(folder.iterdir()):
            raise ProjectExists(folder, "the folder is not empty; choose a new or empty folder")
        city = city.strip()
        if not city:
            raise InvalidValue("the city name must not be empty")
        languages = [code.strip() for code in languages if code.strip()]
        if not languages:
            raise InvalidValue("at least one language is needed")
        folder.mkdir(parents=True, exist_ok=True)
        for sub in SUBFOLDERS:
            (folder / sub).mkdir(exist_ok=True)
        conn = db.connect(folder / DB_NAME)
        db.migrate(conn)
        year = campaign_year or dt.date.today().year
        with _transaction(conn):
            conn.execute(
                "INSERT INTO project (id, name, city, country, kit_id, languages, hashtags,"
                " campaign_year, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    name.strip() or city,
                    city,
                    country.strip(),
                    kit_id,
                    json.dumps(languages),
                    json.dumps(list(hashtags)),
                    year,
                    now_iso(),
                ),
            )
            _audit(conn, actor, "project.create", city, {"kit": kit_id, "languages": languages})
        fsync_dir(folder)
        project = cls(folder, conn, HealthReport(integrity="ok"))
        project._lock, _alone = _OpenLock.take(folder)
        if project._lock is not None:
            project._lock.share()
        return project

    @classmethod
    def open(cls, folder: Path) -> Project:
        """Open, migrate, check integrity and sweep what an interrupted write left behind."""
        folder = Path(folder)
        path = folder / DB_NAME
        if not path.is_file():
            raise ProjectNotFound(folder, f"no ICC Studio project here (missing {DB_NAME})")
        try:
            conn = db.connect(path)
            version = db.schema_version(conn)
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            # A full or read-only disk makes SQLite fail with "disk I/O error" or "unable to open
            # database file" (it cannot make its shared-memory file): say what the user can fix.
            raise _unwritable(folder, exc) or ProjectDamaged(folder, f"the database cannot be read ({exc})") from exc
        if integrity != "ok":
            conn.close()
            raise ProjectDamaged(folder, f"the database failed its integrity check: {integrity}")
        if version > db.latest_version():
            conn.close()
            raise ProjectTooNew(
                folder,
                f"made by a newer ICC Studio (schema {version}, this version knows {db.latest_version()})",
            )
        try:
            db.migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            unwritable = _unwritable(folder, exc)
            if unwritable is None:
                raise
            raise unwritable from exc
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            conn.close()
            raise ProjectDamaged(folder, f"{len(problems)} broken references in the database")
        for sub in SUBFOLDERS:
            (folder / sub).mkdir(exist_ok=True)
        lock, alone = _OpenLock.take(folder)
        project = cls(folder, conn, HealthReport(integrity="ok"))
        project._lock = lock
        # What an interrupted write left behind is swept only when no other connection (a
        # job of this app, another process) has the project open: its temporary files and
        # the media it placed before committing their rows are work in progress.
        temps = [str(p.relative_to(folder)) for p in [*sweep_temp_files(folder), *project._sweep_incoming()]] \
            if alone else []
        orphans = []
        if alone:
            known = {row[0] for row in conn.execute("SELECT sha256 FROM media")}
            orphans = [*project._remove_orphan_media(known), *project._remove_orphan_copies(known)]
        if lock is not None:
            lock.share()
        missing = project._missing_media()
        project.health = HealthReport(
            integrity="ok",
            temp_files_removed=tuple(temps),
            orphan_files_removed=tuple(orphans),
            missing_files=tuple(missing),
        )
        return project

    def close(self) -> None:
        self._conn.close()
        lock = getattr(self, "_lock", None)
        if lock is not None:
            lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def schema_version(self) -> int:
        return db.schema_version(self._conn)

    def integrity_check(self) -> str:
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0]

    # -- project -------------------------------------------------------------------

    def info(self) -> ProjectInfo:
        row = self._conn.execute("SELECT * FROM project WHERE id = 1").fetchone()
        if row is None:
            raise ProjectDamaged(self.folder, "the project record is missing")
        return ProjectInfo(
            name=row["name"],
            city=row["city"],
            country=row["country"],
            kit_id=row["kit_id"],
            languages=tuple(json.loads(row["languages"])),
            hashtags=tuple(json.loads(row["hashtags"])),
            campaign_year=row["campaign_year"],
            created_at=row["created_at"],
            logo_sha256=row["logo_sha256"],
        )

    def update_info(self, *, actor: str | None = None, **changes: object) -> ProjectInfo:
        allowed = {"name", "city", "country", "kit_id", "languages", "hashtags", "campaign_year", "logo_sha256"}
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidValue(f"unknown project fields: {', '.join(sorted(unknown))}")
        values = {k: json.dumps(list(v)) if k in ("languages", "hashtags") else v for k, v in changes.items()}
        if not values:
            return self.info()
        assignments = ", ".join(f"{key} = ?" for key in values)
        with self.transaction() as conn:
            conn.execute(f"UPDATE project SET {assignments} WHERE id = 1", tuple(values.values()))
            _audit(conn, actor, "project.update", "", {k: changes[k] for k in changes})
        return self.info()

    def settings(self) -> dict:
        """The project's own settings (a JSON object in the project row), e.g. ``{"kiosk": {...}}``."""
        row = self._conn.execute("SELECT settings FROM project WHERE id = 1").fetchone()
        return json.loads(row[0]) if row and row[0] else {}

    def update_settings(self, key: str, value: object, *, actor: str | None = None,
                        audit_action: str = "settings.update", audit_details: dict | None = None) -> None:
        """Set one top-level key of the project's settings; the audit line gets ``audit_details`` only
        (so secrets such as a PIN hash never reach the log)."""
        with self.transaction() as conn:
            row = conn.execute("SELECT settings FROM project WHERE id = 1").fetchone()
            data = json.loads(row[0]) if row and row[0] else {}
            data[key] = value
            conn.execute("UPDATE project SET settings = ? WHERE id = 1", (json.dumps(data, ensure_ascii=False),))
            _audit(conn, actor, audit_action, key, audit_details or {})

    # -- media -----------------------------------------------------------------------

    def media_path(self, sha256: str, ext: str) -> Path:
        return self.folder / "media" / sha256[:2] / f"{sha256}.{ext}"

    def media(self, sha256: str) -> Media | None:
        row = self._conn.execute("SELECT * FROM media WHERE sha256 = ?", (sha256,)).fetchone()
        return Media(**dict(row)) if row else None

    def all_media(self) -> dict[str, Media]:
        """Every media row by content hash, in one query (for grids of thousands of items)."""
        return {row["sha256"]: Media(**dict(row)) for row in self._conn.execute("SELECT * FROM media")}

    def media_file(self, sha256: str) -> Path:
        media = self.media(sha256)
        if media is None:
            raise NotFound(f"no media {sha256[:12]} in this project")
        return self.media_path(media.sha256, media.ext)

    def place_media(self, temp_file: Path, sha256: str, ext: str) -> Path:
        """Rename a fully written, hashed temporary file to its content-addressed place."""
        final = self.media_path(sha256, ext)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            temp_file.unlink(missing_ok=True)
        else:
            os.replace(temp_file, final)
            fsync_dir(final.parent)
        return final

    def incoming_dir(self) -> Path:
        return self.folder / "media" / ".incoming"

    def _sweep_incoming(self) -> list[Path]:
        """Empty the incoming folder: only an import, a kiosk save or a package import writes there, each
        while it has the project open, so when nobody has it open all of it is what a crash left (a
        package's staging folder with the files it had unpacked, among others)."""
        removed = []
        incoming = self.incoming_dir()
        if not incoming.is_dir():
            return removed
        for entry in incoming.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                removed.extend(p for p in entry.rglob("*") if p.is_file())
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
                removed.append(entry)
        return removed

    def _remove_orphan_media(self, known: set[str]) -> list[str]:
        removed = []
        media_root = self.folder / "media"
        for path in media_root.glob("??/*"):
            if path.is_file() and path.stem not in known:
                path.unlink(missing_ok=True)
                removed.append(str(path.relative_to(self.folder)))
        return removed

    def _remove_orphan_copies(self, known: set[str]) -> list[str]:
        """Remove the reduced copies and proxies of media that have no row (``known``: every media
        row's sha256): what an import killed before committing its rows left under ``cache/``.

        Only files named after a sha256 (and in the two-letter folder of that sha256) in the
        folders of these copies are looked at; one listing of each folder, no ``stat`` per file.
        """
        removed = []
        cache = self.folder / "cache"
        for kind in _COPY_FOLDERS:
            try:
                shards = [e for e in os.scandir(cache / kind) if len(e.name) == 2 and e.is_dir(follow_symlinks=False)]
            except OSError:
                continue
            for shard in shards:
                try:
                    entries = list(os.scandir(shard.path))
                except OSError:
                    continue
                for entry in entries:
                    match = _COPY_NAME.fullmatch(entry.name)
                    if match is None or match[1] in known or not match[1].startswith(shard.name) \
                            or not entry.is_file(follow_symlinks=False):
                        continue
                    with contextlib.suppress(OSError):  # gone already, or a disk that takes no writes
                        os.unlink(entry.path)
                        removed.append(f"cache/{kind}/{shard.name}/{entry.name}")
        return removed

    def _missing_media(self) -> list[str]:
        missing = []
        for row in self._conn.execute("SELECT sha256, ext FROM media WHERE removed_at IS NULL"):
            path = self.media_path(row["sha256"], row["ext"])
            if not path.is_file():
                missing.append(str(path.relative_to(self.folder)))
        return missing

    # -- contributors and consent -------------------------------------------------------

    def add_contributor(
        self,
        display_name: str,
        *,
        is_minor: bool = False,
        guardian_name: str | None = None,
        conn: sqlite3.Connection | None = None,
    ) -> int:
        display_name = display_name.strip()
        if not display_name:
            raise InvalidValue("a contributor needs a first name or a pseudonym")
        if is_minor and not (guardian_name or "").strip():
            raise InvalidValue("a minor's contribution needs a guardian's name and consent")
        with self._maybe_transaction(conn) as c:
            cur = c.execute(
                "INSERT INTO contributors (id, display_name, is_minor, guardian_name, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (next_id(c, "contributors"), display_name, int(is_minor), (guardian_name or "").strip() or None,
                 now_iso()),
            )
            return int(cur.lastrowid)

    def record_consent(
        self,
        contributor_id: int,
        *,
        purposes: Iterable[Purpose | str],
        text_version: str,
        language: str,
        method: str,
        guardian_name: str | None = None,
        guardian_consent: bool = False,
        given_at: str | None = None,
        actor: str | None = None,
        conn: sqlite3.Connection | None = None,
    ) -> int:
        chosen = {Purpose(p) for p in purposes}
        with self._maybe_transaction(conn) as c:
            minor = c.execute("SELECT is_minor FROM contributors WHERE id = ?", (contributor_id,)).fetchone()
            if minor is None:
                raise NotFound(f"no contributor {contributor_id}")
            if minor[0] and not (guardian_consent and (guardian_name or "").strip()):
                raise InvalidValue("a minor's consent must be given by a named guardian")
            before = c.execute(
                f"SELECT {', '.join(PURPOSE_COLUMNS)} FROM consents WHERE contributor_id = ? AND withdrawn_at IS NULL"
                " ORDER BY id DESC LIMIT 1", (contributor_id,)).fetchone()
            if before is not None and any(before[col] and Purpose(col) not in chosen for col in PURPOSE_COLUMNS):
                # What was made under the broader consent may no longer be shown: made again where still allowed.
                self.withdraw_outputs([r[0] for r in c.execute(
                    "SELECT id FROM contributions WHERE contributor_id = ?", (contributor_id,))], conn=c)
            cur = c.execute(
                "INSERT INTO consents (id, contributor_id, text_version, language, social_media, print_poster,"
                " city_video, network_reshare, guardian_name, guardian_consent, method, given_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    next_id(c, "consents"),
                    contributor_id,
                    text_version,
                    language,
                    *(int(p in chosen) for p in Purpose),
                    (guardian_name or "").strip() or None,
                    int(guardian_consent),
                    method,
                    given_at or now_iso(),
                ),
            )
            _audit(c, actor, "consent.record", f"contributor:{contributor_id}",
                   {"purposes": sorted(chosen), "method": method, "language": language})
            return int(cur.lastrowid)

    def attach_consent_form(self, consent_id: int, temp_file: Path, *, sha256: str, size_bytes: int, ext: str,
                            original_name: str, actor: str | None = None,
                            conn: sqlite3.Connection | None = None) -> None:
        """Keep the scan of a signed paper form with its consent. ``temp_file`` (already hashed)
        is moved into the media store first; the rows follow in one transaction."""
        self.place_media(temp_file, sha256, ext)
        with self._maybe_transaction(conn) as c:
            if c.execute("SELECT 1 FROM consents WHERE id = ?", (consent_id,)).fetchone() is None:
                raise NotFound(f"no consent {consent_id}")
            c.execute(
                "INSERT OR IGNORE INTO media (sha256, kind, format, ext, size_bytes, width, height, duration_s,"
                " original_name, imported_at) VALUES (?, 'document', ?, ?, ?, NULL, NULL, NULL, ?, ?)",
                (sha256, ext, ext, size_bytes, original_name, now_iso()),
            )
            c.execute("UPDATE consents SET form_sha256 = ? WHERE id = ?", (sha256, consent_id))
            _audit(c, actor, "consent.form", f"consent:{consent_id}", {"file": original_name, "sha256": sha256})

    def consent_form(self, consent_id: int) -> Path | None:
        """The stored scan of the paper form of a consent, if one was attached."""
        row = self._conn.execute(
            "SELECT m.sha256, m.ext FROM consents k JOIN media m ON m.sha256 = k.form_sha256 WHERE k.id = ?",
            (consent_id,)).fetchone()
        return self.media_path(row[0], row[1]) if row else None

    def contributor(self, contributor_id: int) -> Contributor:
        row = self._conn.execute("SELECT * FROM contributors WHERE id = ?", (contributor_id,)).fetchone()
        if row is None:
            raise NotFound(f"no contributor {contributor_id}")
        return Contributor(row["id"], row["display_name"], bool(row["is_minor"]), row["guardian_name"], row["created_at"])

    def consents(self, contributor_id: int) -> list[Consent]:
        rows = self._conn.execute(
            "SELECT * FROM consents WHERE contributor_id = ? ORDER BY id", (contributor_id,)
        ).fetchall()
        return [_consent_from_row(row) for row in rows]

    # -- contributions --------------------------------------------------------------

    def add_contribution(
        self,
        *,
        media_sha256: str,
        media_info: MediaInfo,
        size_bytes: int,
        original_name: str,
        contributor_id: int | None = None,
        caption: str = "",
        language: str = "",
        alt_text: str = "",
        faces: tuple[str, list[dict]] | tuple[str, list[dict], list[list[int]] | None] | None = None,
        actor: str | None = None,
        conn: sqlite3.Connection | None = None,
    ) -> int:
        """Record a media row (if new) and a contribution; the media file must already be in place.

        ``faces`` is (detector, faces) found at import, stored with the media row.
        """
        if not self.media_path(media_sha256, media_info.ext).is_file():
            raise InvalidValue(f"media file {media_sha256[:12]} is not in place; write it before its row")
        stamp = now_iso()
        with self._maybe_transaction(conn) as c:
            c.execute(
                "INSERT OR IGNORE INTO media (sha256, kind, format, ext, size_bytes, width, height, duration_s,"
                " original_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    media_sha256,
                    media_info.kind.value,
                    media_info.format,
                    media_info.ext,
                    size_bytes,
                    media_info.width,
                    media_info.height,
                    media_info.duration_s,
                    original_name,
                    stamp,
                ),
            )
            if faces is not None:
                self.set_faces(media_sha256, faces[1], faces[0], faces[2] if len(faces) > 2 else None, conn=c)
            position = c.execute("SELECT coalesce(max(position), 0) + 1 FROM contributions").fetchone()[0]
            cur = c.execute(
                "INSERT INTO contributions (id, media_sha256, contributor_id, kind, caption, language, alt_text,"
                " position, source_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (next_id(c, "contributions"), media_sha256, contributor_id, media_info.kind.value, caption, language,
                 alt_text, position, original_name, stamp, stamp),
            )
            contribution_id = int(cur.lastrowid)
            _audit(c, actor, "contribution.import", f"contribution:{contribution_id}",
                   {"file": original_name, "sha256": media_sha256})
            return contribution_id

    def set_faces(self, sha256: str, faces: list[dict], detector: str, saliency: list[list[int]] | None = None, *,
                  conn: sqlite3.Connection | None = None) -> None:
        with self._maybe_transaction(conn) as c:
            c.execute(
                "INSERT INTO media_faces (sha256, detector, faces, saliency, detected_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (sha256) DO UPDATE SET detector = excluded.detector, faces = excluded.faces,"
                " saliency = excluded.saliency, detected_at = excluded.detected_at",
                (sha256, detector, json.dumps(faces), json.dumps(saliency) if saliency else None, now_iso()),
            )

    def faces(self, sha256: str) -> tuple[str, list[dict]] | None:
        """(detector, faces) recorded for a photo, or ``None`` if it was never analysed."""
        row = self._conn.execute("SELECT detector, faces FROM media_faces WHERE sha256 = ?", (sha256,)).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def saliency(self, sha256: str) -> list[list[int]] | None:
        """The small saliency map recorded at import for a photo without faces."""
        row = self._conn.execute("SELECT saliency FROM media_faces WHERE sha256 = ?", (sha256,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def contribution_for_media(self, sha256: str) -> int | None:
        row = self._conn.execute(
            "SELECT id FROM contributions WHERE media_sha256 = ? ORDER BY id LIMIT 1", (sha256,)
        ).fetchone()
        return int(row[0]) if row else None

    _CONTRIBUTION_QUERY = """
        SELECT c.*, p.display_name AS contributor_name,
               k.social_media, k.print_poster, k.city_video, k.network_reshare, k.id AS consent_id
        FROM contributions c
        LEFT JOIN contributors p ON p.id = c.contributor_id
        LEFT JOIN consents k ON k.id = (
            SELECT id FROM consents WHERE contributor_id = c.contributor_id AND withdrawn_at IS NULL
            ORDER BY id DESC LIMIT 1)
    """

    def contributions(self, status: Status | str | None = None, *, city: str | None = None,
                      language: str | None = None) -> list[Contribution]:
        """Contributions in their order; ``city`` and ``language`` filter a coordinator project's."""
        sql = self._CONTRIBUTION_QUERY
        where, params = [], []
        for clause, value in (("c.status = ?", None if status is None else Status(status).value),
                              ("c.city = ?", city), ("c.language = ?", language)):
            if value is not None:
                where.append(clause)
                params.append(value)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.position, c.id"
        return [_contribution_from_row(row) for row in self._conn.execute(sql, params)]

    def contribution(self, contribution_id: int) -> Contribution:
        row = self._conn.execute(self._CONTRIBUTION_QUERY + " WHERE c.id = ?", (contribution_id,)).fetchone()
        if row is None:
            raise NotFound(f"no contribution {contribution_id}")
        return _contribution_from_row(row)

    def count_by_status(self) -> dict[Status, int]:
        counts = {status: 0 for status in Status}
        for row in self._conn.execute("SELECT status, count(*) FROM contributions GROUP BY status"):
            counts[Status(row[0])] = row[1]
        return counts

    def set_status(
        self,
        ids: Iterable[int],
        status: Status | str,
        *,
        reason: str = "",
        actor: str | None = None,
    ) -> list[int]:
        """Change the status of contributions; returns the ids that changed. Unknown ids raise NotFound."""
        status = Status(status)
        reason = reason.strip()
        if status in (Status.REJECTED, Status.WITHDRAWN) and not reason:
            raise InvalidValue(f"a reason is needed to mark a contribution {status.value}")
        ids = list(dict.fromkeys(int(i) for i in ids))
        changed, unapproved = [], []
        with self.transaction() as c:
            for contribution_id in ids:
                row = c.execute("SELECT status FROM contributions WHERE id = ?", (contribution_id,)).fetchone()
                if row is None:
                    raise NotFound(f"no contribution {contribution_id}")
                if row[0] == Status.WITHDRAWN and status != Status.WITHDRAWN:
                    raise InvalidValue(f"contribution {contribution_id} was withdrawn and cannot be {status.value}")
                if row[0] == status.value:
                    continue
                if row[0] == Status.APPROVED:
                    unapproved.append(contribution_id)
                c.execute(
                    "UPDATE contributions SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?",
                    (status.value, reason if status in (Status.REJECTED, Status.WITHDRAWN) else "",
                     now_iso(), contribution_id),
                )
                _audit(c, actor, f"contribution.{status.value}", f"contribution:{contribution_id}",
                       {"reason": reason} if reason else {})
                changed.append(contribution_id)
            self.withdraw_outputs(unapproved, conn=c)  # only approved contributions appear in outputs
        return changed

    def update_contribution(
        self,
        contribution_id: int,
        *,
        actor: str | None = None,
        conn: sqlite3.Connection | None = None,
        **changes: object,
    ) -> Contribution:
        allowed = {"caption", "language", "alt_text", "trim_in_s", "trim_out_s", "position", "contributor_id"}
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidValue(f"unknown contribution fields: {', '.join(sorted(unknown))}")
        if changes:
            assignments = ", ".join(f"{key} = ?" for key in changes)
            with self._maybe_transaction(conn) as c:
                before = c.execute("SELECT contributor_id FROM contributions WHERE id = ?",
                                   (contribution_id,)).fetchone()
                try:
                    cur = c.execute(
                        f"UPDATE contributions SET {assignments}, updated_at = ? WHERE id = ?",
                        (*changes.values(), now_iso(), contribution_id),
                    )
                except sqlite3.IntegrityError as exc:
                    raise InvalidValue(f"contribution {contribution_id}: {exc}") from exc
                if cur.rowcount == 0:
                    raise NotFound(f"no contribution {contribution_id}")
                if "contributor_id" in changes and before is not None and before[0] != changes["contributor_id"]:
                    self.withdraw_outputs([contribution_id], conn=c)  # made under another person's consent
                _audit(c, actor, "contribution.edit", f"contribution:{contribution_id}",
                       {k: v for k, v in changes.items()})
        return self.contribution(contribution_id)

    # -- crops ------------------------------------------------------------------------

    def set_crop(self, contribution_id: int, crop: Crop, *, actor: str | None = None) -> None:
        with self.transaction() as c:
            try:
                c.execute(
                    "INSERT INTO crops (contribution_id, output_format, x, y, w, h, source) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (contribution_id, output_format) DO UPDATE SET"
                    " x = excluded.x, y = excluded.y, w = excluded.w, h = excluded.h, source = excluded.source",
                    (contribution_id, crop.output_format, crop.x, crop.y, crop.w, crop.h, crop.source),
                )
            except sqlite3.IntegrityError as exc:
                raise InvalidValue(f"crop for contribution {contribution_id} is out of range: {exc}") from exc
            if crop.source == "manual":
                _audit(c, actor, "crop.set", f"contribution:{contribution_id}", {"format": crop.output_format})

    def crops(self, contribution_id: int) -> dict[str, Crop]:
        rows = self._conn.execute(
            "SELECT output_format, x, y, w, h, source FROM crops WHERE contribution_id = ?", (contribution_id,)
        )
        return {row["output_format"]: Crop(*row) for row in rows}

    # -- renders ----------------------------------------------------------------------

    def record_render(self, output: str, cache_key: str, path: Path, contribution_id: int | None = None) -> None:
        self.record_renders([(output, cache_key, path, contribution_id)])

    def record_renders(self, renders: Iterable[tuple[str, str, Path, int | None]]) -> None:
        """Record rendered files (output, cache key, path, contribution) in one transaction."""
        root = self.folder.resolve()
        stamp = now_iso()
        rows = [(output, contribution_id, key, str(Path(path).resolve().relative_to(root)), stamp)
                for output, key, path, contribution_id in renders]
        with self.transaction() as c:
            c.executemany(
                "INSERT INTO renders (output, contribution_id, cache_key, path, created_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (output, cache_key) DO UPDATE SET path = excluded.path, stale = 0,"
                " created_at = excluded.created_at",
                rows,
            )

    def cached_render(self, output: str, cache_key: str) -> Path | None:
        """The file of a render made with this key, if it is still there and not empty."""
        row = self._conn.execute(
            "SELECT path FROM renders WHERE output = ? AND cache_key = ? AND stale = 0", (output, cache_key)
        ).fetchone()
        if row is None:
            return None
        path = self.folder / row[0]
        try:
            return path if path.stat().st_size > 0 else None
        except OSError:
            return None

    def withdraw_outputs(self, contribution_ids: Iterable[int], *,
                         conn: sqlite3.Connection | None = None) -> list[str]:
        """Delete the outputs of these contributions, which may no longer appear in any (no longer approved,
        consent narrowed): each render's file and what was written beside it under the same name (alt
        text, subtitles), every other file of ``exports/`` or ``renders/`` named after one of them
        (``…_c0012.jpg``: postcards, cards), and the records of their renders. The files go first and the
        records with the caller's transaction: a crash in between leaves records of missing files, which
        are rendered again. Outputs made of several contributions need nothing here: their cache key
        names the contributions they hold, so they are made again without these."""
        ids = sorted({int(i) for i in contribution_ids})
        if not ids:
            return []
        wanted = set(ids)
        with self._maybe_transaction(conn) as c:
            marks = ",".join("?" * len(ids))
            doomed: set[Path] = set()
            for row in c.execute(f"SELECT path FROM renders WHERE contribution_id IN ({marks})", ids).fetchall():
                rendered = self.folder / row[0]
                stem = rendered.name.split(".")[0]
                if rendered.parent.is_dir():
                    doomed |= {p for p in rendered.parent.iterdir() if p.name.split(".")[0] == stem}
            for root in (self.folder / "exports", self.folder / "renders"):
                if root.is_dir():
                    doomed |= {p for p in root.rglob("*")
                               if {int(m.group(1)) for m in _CONTRIBUTION_IN_NAME.finditer(p.name)} & wanted}
            removed = []
            for path in sorted(p for p in doomed if p.is_file()):
                path.unlink(missing_ok=True)
                removed.append(str(path.relative_to(self.folder)))
            for folder in {p.parent for p in doomed}:
                fsync_dir(folder)
            c.execute(f"DELETE FROM renders WHERE contribution_id IN ({marks})", ids)
        return removed

    # -- audit ------------------------------------------------------------------------

    def audit(self, action: str, target: str = "", details: dict | None = None, *, actor: str | None = None) -> None:
        with self.transaction() as c:
            _audit(c, actor, action, target, details or {})

    def audit_log(self, limit: int = 1000) -> list[AuditEntry]:
        rows = self._conn.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
        return [AuditEntry(**dict(row)) for row in rows]

    def query(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        """Rows of a read-only query, for areas with tables of their own (packages, withdrawals)."""
        return self._conn.execute(sql, tuple(params)).fetchall()

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with _transaction(self._conn):
            yield self._conn

    @contextmanager
    def _maybe_transaction(self, conn: sqlite3.Connection | None) -> Iterator[sqlite3.Connection]:
        if conn is not None:
            yield conn
        else:
            with self.transaction() as c:
                yield c


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        # Also when COMMIT itself failed (a deferred constraint, a busy or full disk): SQLite may leave
        # the transaction open, and the connection would refuse every later one. After some errors
        # (a full disk, an I/O error) SQLite has already rolled back: nothing to do then, and the
        # error that matters is the first one.
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def _unwritable(folder: Path, exc: sqlite3.DatabaseError) -> ProjectUnwritable | None:
    """Why the database of ``folder`` could not be opened or updated when the cause is its disk (a full or
    read-only file system, a folder the user may not write in), else ``None``."""
    path = folder / DB_NAME
    found: WriteFailed | None = destination_problem(folder)
    if found is None and not (os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))):
        found = write_failed(PermissionError(errno.EACCES, os.strerror(errno.EACCES)), path)
    if found is None:
        found = write_failed(exc, path)  # SQLITE_FULL, SQLITE_READONLY (an I/O error stays "cannot be read")
        if found is not None and found.params["cause"] not in ("no-space", "read-only"):
            found = None
    if found is None:
        return None
    return ProjectUnwritable(path, found.params["detail"], cause=found.params["cause"], errno_=found.errno)


# Ids of contributions, contributors and consents name things outside their row (network keys, already
# sent in withdrawal notices; file names; audit lines), so none is given twice. SQLite numbers a new row
# max(id) + 1 (the tables have no AUTOINCREMENT): erasing the newest contribution would hand its id, and
# with it its network key, to the next one, which partner cities would then take for withdrawn. The
# highest id erased per table is kept in the project's settings; new rows are numbered above it.
ID_FLOORS_KEY = "id_floors"
_ID_PREFIXES = {"contribution": "contributions", "contributor": "contributors", "consent": "consents"}


def next_id(conn: sqlite3.Connection, table: str) -> int:
    """The id of a new row of ``table`` (one of contributions, contributors, consents), in the caller's
    write transaction: above every id in use and every id ever erased."""
    if table not in _ID_PREFIXES.values():
        raise ValueError(f"no id floor is kept for {table}")
    top = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    return max(int(top), _id_floors(conn).get(table, 0)) + 1


def note_erased_ids(conn: sqlite3.Connection, table: str, ids: Iterable[int]) -> None:
    """Record, in the caller's transaction, that these ids of ``table`` were erased: never given again."""
    ids = [int(i) for i in ids]
    floors = _id_floors(conn)
    if ids and max(ids) > floors.get(table, 0):
        floors[table] = max(ids)
        _store_id_floors(conn, floors)


def _id_floors(conn: sqlite3.Connection) -> dict[str, int]:
    row = conn.execute("SELECT settings FROM project WHERE id = 1").fetchone()
    settings = json.loads(row[0]) if row and row[0] else {}
    floors = settings.get(ID_FLOORS_KEY)
    if isinstance(floors, dict):
        return {str(k): int(v) for k, v in floors.items()}
    # A project from before the floors were kept: every id it ever erased is named in its audit log
    # (erasure redacts the details of a line, never its target). Read once, then kept.
    floors = {table: 0 for table in _ID_PREFIXES.values()}
    for target, action, details in conn.execute(
            "SELECT target, action, details FROM audit_log WHERE target LIKE 'contribut%:%'"
            " OR target LIKE 'consent:%' OR action = 'package.import'"):
        kind, _, number = str(target).partition(":")
        if kind in _ID_PREFIXES and number.isdigit():
            floors[_ID_PREFIXES[kind]] = max(floors[_ID_PREFIXES[kind]], int(number))
        if action in ("package.import", "contribution.erase", "contributor.erase"):
            try:
                data = json.loads(details or "{}")
                listed = [int(i) for key in ("removed", "withdrawn", "contributions") for i in data.get(key) or ()]
            except (ValueError, TypeError, AttributeError):
                listed = []
            floors["contributions"] = max([floors["contributions"], *listed])
    if conn.in_transaction:
        _store_id_floors(conn, floors)
    return floors


def _store_id_floors(conn: sqlite3.Connection, floors: dict[str, int]) -> None:
    row = conn.execute("SELECT settings FROM project WHERE id = 1").fetchone()
    settings = json.loads(row[0]) if row and row[0] else {}
    settings[ID_FLOORS_KEY] = floors
    conn.execute("UPDATE project SET settings = ? WHERE id = 1", (json.dumps(settings, ensure_ascii=False),))


def _audit(conn: sqlite3.Connection, actor: str | None, action: str, target: str, details: dict) -> None:
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)",
        (now_iso(), actor or default_actor(), action, target, json.dumps(details, ensure_ascii=False, default=str)),
    )


def _consent_from_row(row: sqlite3.Row) -> Consent:
    return Consent(
        id=row["id"],
        contributor_id=row["contributor_id"],
        text_version=row["text_version"],
        language=row["language"],
        purposes=frozenset(Purpose(col) for col in PURPOSE_COLUMNS if row[col]),
        guardian_name=row["guardian_name"],
        guardian_consent=bool(row["guardian_consent"]),
        method=row["method"],
        given_at=row["given_at"],
        withdrawn_at=row["withdrawn_at"],
    )


def _contribution_from_row(row: sqlite3.Row) -> Contribution:
    has_consent = row["consent_id"] is not None
    return Contribution(
        id=row["id"],
        media_sha256=row["media_sha256"],
        contributor_id=row["contributor_id"],
        kind=MediaKind(row["kind"]),
        caption=row["caption"],
        language=row["language"],
        alt_text=row["alt_text"],
        status=Status(row["status"]),
        status_reason=row["status_reason"],
        trim_in_s=row["trim_in_s"],
        trim_out_s=row["trim_out_s"],
        position=row["position"],
        source_name=row["source_name"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        contributor_name=row["contributor_name"],
        city=row["city"],
        purposes=frozenset(Purpose(col) for col in PURPOSE_COLUMNS if has_consent and row[col]),
        has_consent=has_consent,
    )


LOCK_NAME = ".open.lock"


class _OpenLock:
    """Who has the project open: every open connection holds a shared lock on a file of the
    project folder; the one that can take it exclusively is alone and may sweep.

    POSIX ``flock`` locks belong to an open file, so two connections of one process exclude
    each other as two processes do, and a killed process's lock goes with it. Where there is
    no ``flock`` (Windows), nobody is ever alone: nothing is swept at open, which is safe.
    """

    def __init__(self, handle) -> None:
        self.handle = handle

    @classmethod
    def take(cls, folder: Path) -> tuple[_OpenLock | None, bool]:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            return None, False
        try:
            handle = open(folder / LOCK_NAME, "a+b")
        except OSError:
            return None, False
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return cls(handle), True
        except OSError:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH)
            return cls(handle), False

    def share(self) -> None:
        import fcntl

        fcntl.flock(self.handle.fileno(), fcntl.LOCK_SH)

    def release(self) -> None:
        try:
            self.handle.close()  # closing the file releases its lock
        except OSError:
            pass
