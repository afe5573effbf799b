"""The project store: migrations, round trips, integrity and crash leftovers."""

from __future__ import annotations

import sqlite3

import pytest

from icc_studio.core.errors import InvalidValue, NotFound, ProjectDamaged, ProjectExists, ProjectNotFound, ProjectTooNew
from icc_studio.core.fileio import TEMP_SUFFIX
from icc_studio.core.store import DB_NAME, Crop, MediaInfo, MediaKind, Project, Purpose, Status
from icc_studio.core.store import db


def _add_photo(project: Project, content: bytes = b"\xff\xd8\xff fake", name: str = "a.jpg") -> int:
    import hashlib

    sha = hashlib.sha256(content).hexdigest()
    path = project.media_path(sha, "jpg")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return project.add_contribution(media_sha256=sha, media_info=MediaInfo(MediaKind.PHOTO, "jpeg", "jpg", 10, 10),
                                    size_bytes=len(content), original_name=name)


def test_create_sets_schema_and_pragmas(project):
    assert project.schema_version == db.latest_version() >= 1
    conn = sqlite3.connect(project.db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"project", "media", "contributors", "consents", "contributions", "crops", "renders", "audit_log"} <= tables
    for sub in ("media", "cache", "renders", "exports"):
        assert (project.folder / sub).is_dir()


def test_connection_settings(project):
    conn = project._conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_migrations_are_numbered_and_apply_step_by_step(tmp_path):
    steps = db.migrations()
    assert [n for n, _, _ in steps] == list(range(1, len(steps) + 1))
    conn = db.connect(tmp_path / "x.db")
    assert db.migrate(conn, target=0) == 0
    assert db.migrate(conn) == len(steps)
    assert db.migrate(conn) == len(steps)  # idempotent


def test_project_round_trip(project):
    info = project.info()
    assert (info.city, info.kit_id, info.languages, info.campaign_year) == ("Testville", "migrants-18december", ("en", "fr"), 2026)
    project.update_info(city="Testville-sur-Mer", hashtags=["#Testville"])
    folder = project.folder
    project.close()
    with Project.open(folder) as again:
        assert again.info().city == "Testville-sur-Mer"
        assert again.info().hashtags == ("#Testville",)


def test_create_refuses_existing_or_non_empty(tmp_path, project):
    with pytest.raises(ProjectExists):
        Project.create(project.folder, city="X", kit_id="k", languages=["en"])
    other = tmp_path / "busy"
    other.mkdir()
    (other / "file.txt").write_text("x")
    with pytest.raises(ProjectExists):
        Project.create(other, city="X", kit_id="k", languages=["en"])
    with pytest.raises(InvalidValue):
        Project.create(tmp_path / "new", city="  ", kit_id="k", languages=["en"])


def test_open_missing_and_damaged(tmp_path):
    with pytest.raises(ProjectNotFound):
        Project.open(tmp_path)
    (tmp_path / DB_NAME).write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(ProjectDamaged) as caught:
        Project.open(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_open_refuses_newer_schema(project):
    folder = project.folder
    project._conn.execute("PRAGMA user_version = 999")
    project.close()
    with pytest.raises(ProjectTooNew):
        Project.open(folder)


def test_contribution_consent_and_status_round_trip(project):
    cid = _add_photo(project)
    person = project.add_contributor("Amina")
    project.record_consent(person, purposes=[Purpose.SOCIAL_MEDIA, Purpose.CITY_VIDEO], text_version="1",
                           language="fr", method="paper")
    project.update_contribution(cid, contributor_id=person, caption="Je suis boulangère", language="fr",
                                alt_text="Une femme sourit", trim_in_s=None)
    c = project.contribution(cid)
    assert c.contributor_name == "Amina" and c.has_consent
    assert c.purposes == {Purpose.SOCIAL_MEDIA, Purpose.CITY_VIDEO}
    assert c.status == Status.PENDING
    assert project.set_status([cid], Status.APPROVED) == [cid]
    assert project.set_status([cid], Status.APPROVED) == []
    with pytest.raises(InvalidValue):
        project.set_status([cid], Status.REJECTED)  # no reason
    project.set_status([cid], "rejected", reason="blurred")
    assert project.contribution(cid).status_reason == "blurred"
    with pytest.raises(NotFound):
        project.set_status([999], Status.APPROVED)
    actions = [entry.action for entry in project.audit_log()]
    assert "contribution.approved" in actions and "contribution.rejected" in actions and "consent.record" in actions


def test_minor_needs_guardian(project):
    with pytest.raises(InvalidValue):
        project.add_contributor("Sami", is_minor=True)
    minor = project.add_contributor("Sami", is_minor=True, guardian_name="Leila")
    with pytest.raises(InvalidValue):
        project.record_consent(minor, purposes=["social_media"], text_version="1", language="en", method="kiosk")
    project.record_consent(minor, purposes=["social_media"], text_version="1", language="en", method="kiosk",
                           guardian_name="Leila", guardian_consent=True)
    assert project.consents(minor)[0].guardian_name == "Leila"


def test_crops_and_renders(project):
    cid = _add_photo(project)
    project.set_crop(cid, Crop("feed_square", 0.1, 0.1, 0.5, 0.5, "auto"))
    project.set_crop(cid, Crop("feed_square", 0.2, 0.1, 0.5, 0.5, "manual"))
    assert project.crops(cid)["feed_square"].source == "manual"
    with pytest.raises(InvalidValue):
        project.set_crop(cid, Crop("story", 0.8, 0.0, 0.5, 1.0, "manual"))
    out = project.folder / "renders" / "x.jpg"
    out.write_bytes(b"x")
    project.record_render("feed_square", "key1", out, cid)
    assert project.cached_render("feed_square", "key1") == out


def test_row_requires_file_in_place(project):
    with pytest.raises(InvalidValue):
        project.add_contribution(media_sha256="0" * 64, media_info=MediaInfo(MediaKind.PHOTO, "jpeg", "jpg"),
                                 size_bytes=1, original_name="ghost.jpg")


def test_work_in_progress_of_another_connection_is_never_swept(project):
    """A job that opens the project while another writes (an import, a kiosk save) must not
    take the other's temporary file or freshly placed media for leftovers of a crash."""
    folder = project.folder
    in_progress = folder / "media" / ".incoming" / f".busy{TEMP_SUFFIX}"
    in_progress.parent.mkdir(parents=True, exist_ok=True)
    in_progress.write_bytes(b"being written")
    placed = folder / "media" / "ee" / ("e" * 64 + ".jpg")
    placed.parent.mkdir(parents=True)
    placed.write_bytes(b"row not committed yet")
    with Project.open(folder) as second:  # ``project`` is still open
        assert in_progress.exists() and placed.exists()
        assert second.health.temp_files_removed == () and second.health.orphan_files_removed == ()
    project.close()
    with Project.open(folder) as alone:  # nobody else: what is left is a crash's leftover
        assert not in_progress.exists() and not placed.exists()
        assert alone.health.temp_files_removed


def test_open_sweeps_temporaries_and_orphans_and_reports_missing(project):
    cid = _add_photo(project)
    folder = project.folder
    sha = project.contribution(cid).media_sha256
    stray = folder / "media" / ".incoming" / f".abc{TEMP_SUFFIX}"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"half")
    render_tmp = folder / "renders" / f".poster.123{TEMP_SUFFIX}.png"
    render_tmp.write_bytes(b"half")
    orphan = folder / "media" / "ff" / ("f" * 64 + ".jpg")
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"no row")
    project.close()
    with Project.open(folder) as again:
        assert not stray.exists() and not render_tmp.exists() and not orphan.exists()
        assert len(again.health.temp_files_removed) == 2
        assert again.health.orphan_files_removed and again.health.ok
    project_file = folder / "media" / sha[:2] / f"{sha}.jpg"
    project_file.unlink()
    with Project.open(folder) as again:
        assert not again.health.ok and again.health.missing_files


def test_schema_checks_reject_bad_rows(project):
    with pytest.raises(sqlite3.IntegrityError):
        project._conn.execute("INSERT INTO contributors (display_name, is_minor, created_at) VALUES ('x', 1, 'now')")
    with pytest.raises(sqlite3.IntegrityError):
        project._conn.execute(
            "INSERT INTO contributions (media_sha256, kind, created_at, updated_at) VALUES (?, 'photo', 'n', 'n')",
            ("a" * 64,))  # foreign key: no such media
