"""Erasure leaves no file that contains the contributor; retention; the privacy report; the commands."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from icc_studio.cli.main import main as cli
from icc_studio.core.assets.collage import CollageSpec, render_collage
from icc_studio.core.fileio import copy_hashed
from icc_studio.core.media.reduce import reduced_paths
from icc_studio.core.packages import (
    EraseSpec,
    ExportSpec,
    PrivacySpec,
    RetentionSpec,
    apply_retention,
    erase_contributor,
    export_package,
    privacy_report,
    report_text,
    set_retention,
)
from icc_studio.core.packages.export import normalised_photo_path
from icc_studio.core.packages.retention import campaign_day
from icc_studio.core.render.photo_job import RenderPhotosSpec, render_photos
from icc_studio.core.store import MediaInfo, MediaKind, Project

from ._packages_support import add_photo, make_city

NAME = "Zaynab Qasemi"
CAPTION = "a tailor from Herat"


def _every_hash(folder: Path) -> dict[str, str]:
    """SHA-256 of every file of the folder, and of every member of every zip in it."""
    found = {}
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        found[hashlib.sha256(path.read_bytes()).hexdigest()] = str(path.relative_to(folder))
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    found[hashlib.sha256(archive.read(name)).hexdigest()] = f"{path.name}!{name}"
    return found


def _files_containing(folder: Path, needle: bytes) -> list[str]:
    return [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.fixture
def city(tmp_path) -> tuple[Path, int, int]:
    folder = make_city(tmp_path / "lyon", "Lyon", seeds=(1, 2), language="fr")
    with Project.open(folder) as project:
        contribution, person = add_photo(project, 7, name=NAME, caption=CAPTION, language="fr")
        consent = project.consents(person)[0].id
        form = tmp_path / "form.jpg"
        form.write_bytes(b"\xff\xd8\xff signed form of " + NAME.encode())
        temp, sha, size = copy_hashed(form, project.incoming_dir())
        project.attach_consent_form(consent, temp, sha256=sha, size_bytes=size, ext="jpg",
                                    original_name="zaynab_form.jpg")
    return folder, contribution, person


def test_erasure_leaves_no_file_containing_the_contributor(city, tmp_path):
    folder, contribution, person = city
    render_photos(RenderPhotosSpec(project=folder, outputs=("feed_square", "story"), workers=1))
    render_collage(CollageSpec(folder, paper="A4", dpi=30, min_tile_mm=0, workers=1))
    package = export_package(ExportSpec(folder, folder / "exports" / "packages" / "lyon.zip")).path
    with Project.open(folder) as project:
        c = project.contribution(contribution)
        media = project.media_file(c.media_sha256)
        own_renders = [folder / r[0] for r in project.query("SELECT path FROM renders WHERE contribution_id = ?",
                                                               (contribution,))]
        form = project.consent_form(project.consents(person)[0].id)
        others = [folder / r[0] for r in project.query("SELECT path FROM renders WHERE contribution_id != ?",
                                                         (contribution,))]
    assert len(own_renders) == 2 and form is not None
    collage = sorted((folder / "exports" / "collage").iterdir())
    containing = [media, form, *reduced_paths(folder, c.media_sha256).__dict__.values(),
                  normalised_photo_path(folder, c.media_sha256), *own_renders, *collage]
    forbidden = {hashlib.sha256(p.read_bytes()).hexdigest() for p in containing}
    assert {hashlib.sha256(p.read_bytes()).hexdigest() for p in containing if p in collage} <= forbidden
    assert forbidden & set(_every_hash(folder)), "the setup must have copies of the contributor"
    assert _files_containing(folder, NAME.encode())

    result = erase_contributor(EraseSpec(folder, contributor_id=person, reason="asked by phone",
                                         actor="officer-lea"))

    assert result.contribution_ids == [contribution] and result.renders_stale == 1
    left = {h: where for h, where in _every_hash(folder).items() if h in forbidden}
    assert left == {}, f"files still containing the contributor: {left}"
    assert not package.exists()
    for needle in (NAME.encode(), b"Zaynab", CAPTION.encode(), b"zaynab_form"):
        assert _files_containing(folder, needle) == [], needle
    assert all(p.is_file() for p in others if "collage" not in str(p)), "other contributions keep their renders"
    with Project.open(folder) as project:
        assert project.health.ok
        stale = project.query("SELECT output, stale FROM renders WHERE contribution_id IS NULL")
        assert [tuple(r) for r in stale] == [("collage", 1)]
        assert project.cached_render("collage", "x") is None
        entry = [e for e in project.audit_log() if e.action == "contributor.erase"][0]
        assert entry.actor == "officer-lea" and json.loads(entry.details)["reason"] == "asked by phone"
        notices = project.query("SELECT contribution_key FROM withdrawals")
        assert len(notices) == 1
    again = render_collage(CollageSpec(folder, paper="A4", dpi=30, min_tile_mm=0, workers=1))
    assert again.photos == 2 and not again.cached
    manifest = json.loads(zipfile.ZipFile(export_package(ExportSpec(folder, tmp_path / "next.zip")).path)
                          .read("manifest.json"))
    assert [w["key"] for w in manifest["withdrawals"]] == [notices[0][0]]
    assert len(manifest["contributions"]) == 2


def test_erasing_one_contribution_keeps_the_contributors_others(tmp_path):
    folder = make_city(tmp_path / "oslo", "Oslo", seeds=(1,))
    with Project.open(folder) as project:
        first, person = add_photo(project, 5, name="Ida")
        second, other = add_photo(project, 6, name="Ida")
        project.update_contribution(second, contributor_id=person)
        shared = project.add_contribution(  # the same file sent twice
            media_sha256=project.contribution(1).media_sha256, media_info=MediaInfo(MediaKind.PHOTO, "jpeg", "jpg"),
            size_bytes=1, original_name="again.jpg")
        kept_file = project.media_file(project.contribution(1).media_sha256)
    erase_contributor(EraseSpec(folder, contribution_id=first))
    erase_contributor(EraseSpec(folder, contribution_id=shared))
    with Project.open(folder) as project:
        assert project.contributor(person).display_name == "Ida"
        assert [c.id for c in project.contributions()] == [1, second]
        assert project.health.ok and kept_file.is_file()  # still used by contribution 1
        assert len(project.query("SELECT * FROM withdrawals")) == 2


def test_retention_deletes_originals_after_the_campaign_day(tmp_path):
    folder = make_city(tmp_path / "porto", "Porto", seeds=(1, 2))
    with Project.open(folder) as project:
        set_retention(project, 30, actor="officer")
        day = campaign_day(project)
        originals = [project.media_file(c.media_sha256) for c in project.contributions()]
        previews = [reduced_paths(folder, c.media_sha256).preview for c in project.contributions()]
    early = apply_retention(RetentionSpec(folder, today=day + dt.timedelta(days=30)))
    assert early.removed == [] and all(p.is_file() for p in originals)
    late = apply_retention(RetentionSpec(folder, today=day + dt.timedelta(days=31)))
    assert len(late.removed) == 2 and late.deadline == day + dt.timedelta(days=30)
    assert not any(p.exists() for p in originals) and all(p.is_file() for p in previews)
    with Project.open(folder) as project:
        assert project.health.ok, project.health.missing_files
        assert [e.action for e in project.audit_log()][0] == "retention.apply"
    assert export_package(ExportSpec(folder, tmp_path / "after.zip")).contributions == 2  # from the previews
    assert apply_retention(RetentionSpec(folder, today=day + dt.timedelta(days=90))).removed == []


def test_privacy_report_lists_what_is_stored_about_whom(city):
    folder, _contribution, person = city
    with Project.open(folder) as project:
        add_photo(project, 9, name="Malik Young", minor=True)
    report = privacy_report(PrivacySpec(folder))
    json.dumps(report)
    people = {p["name"]: p for p in report["contributors"]}
    assert people[NAME]["consents"][0]["paper_form"] is True
    assert people["Malik Young"]["minor"] and people["Malik Young"]["guardian"] == "Guardian Gaby"
    assert people[NAME]["contributions"][0]["files"]
    text = report_text(report)
    assert NAME in text and "minor, guardian Guardian Gaby" in text and "Retention: not set" in text


def test_commands(city, tmp_path, capsys, monkeypatch):
    folder, _contribution, person = city
    out = tmp_path / "lyon.zip"
    assert cli(["package", "export", str(folder), str(out), "--no-progress"]) == 0
    assert "revision 1" in capsys.readouterr().out
    assert cli(["package", "coordinator", str(tmp_path / "net"), "--kit", "migrants-18december", "--lang", "en",
                "--year", "2026"]) == 0
    assert cli(["package", "import", str(tmp_path / "net"), str(out), "--json"]) == 0
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert line["outcome"] == "imported" and len(line["added"]) == 3
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(out) as a, zipfile.ZipFile(bad, "w") as b:
        for name in a.namelist():
            b.writestr(name, a.read(name))
        b.writestr("../escape.txt", b"x")
    assert cli(["package", "import", str(tmp_path / "net"), str(bad)]) == 3
    assert "'../escape.txt'" in capsys.readouterr().out
    assert cli(["package", "cities", str(tmp_path / "net"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cities"][0]["city"] == "Lyon"
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli(["erase", str(folder), "--contributor", str(person)]) == 2  # no --yes, no terminal: nothing done
    assert "--yes" in capsys.readouterr().err
    assert cli(["erase", str(folder), "--contributor", str(person), "--yes"]) == 0
    assert "withdrawal notice" in capsys.readouterr().out
    assert cli(["privacy-report", str(folder), "--json"]) == 0
    assert NAME not in capsys.readouterr().out
    assert cli(["retention", str(folder), "--days", "10", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["days"] == 10
    assert cli(["audit", str(folder), "--action", "contributor"]) == 0
    assert "contributor.erase" in capsys.readouterr().out
