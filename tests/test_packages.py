"""Contribution packages: the format, what leaves a project, byte-exact round trips, idempotent and
replacing imports."""

from __future__ import annotations

import io
import json
import tomllib
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from icc_studio.core.packages import (
    ExportSpec,
    ImportPackageSpec,
    NothingToExport,
    PackageOutdated,
    PackageRefused,
    create_coordinator_project,
    export_package,
    import_package,
    network_cities,
)
from icc_studio.core.packages.export import normalised_photo_path
from icc_studio.core.packages.manifest import SCHEMA_VERSION, schema, schema_problems
from icc_studio.core.store import Project, Purpose, Status

from ._packages_support import KIT, add_photo, make_city, snapshot

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def lyon(tmp_path) -> Path:
    folder = make_city(tmp_path / "lyon", "Lyon", seeds=(1, 2), language="fr")
    with Project.open(folder) as project:
        add_photo(project, 10, name="Yusuf Minor", minor=True, caption="a student", language="fr")
        add_photo(project, 11, name="Nadia Print", purposes=(Purpose.SOCIAL_MEDIA, Purpose.NETWORK_RESHARE))
        add_photo(project, 12, name="Ola Private", purposes=(Purpose.SOCIAL_MEDIA, Purpose.PRINT_POSTER))
        add_photo(project, 13, name="Pending Pat", status=Status.PENDING)
        add_photo(project, 14, name="Rejected Rui", status=Status.REJECTED)
    return folder


@pytest.fixture
def coordinator(tmp_path) -> Path:
    create_coordinator_project(tmp_path / "network", kit_id=KIT, languages=["en", "fr"], campaign_year=2026).close()
    return tmp_path / "network"


def _manifest(package: Path) -> dict:
    with zipfile.ZipFile(package) as archive:
        return json.loads(archive.read("manifest.json"))


def test_only_approved_reshare_consented_contributions_leave_and_nothing_personal(lyon, tmp_path):
    result = export_package(ExportSpec(lyon, tmp_path / "lyon.zip"))
    manifest = _manifest(result.path)
    assert schema_problems(manifest) == []
    assert manifest["schema_version"] == SCHEMA_VERSION and manifest["sender"]["city"] == "Lyon"
    captions = sorted(item["caption"] for item in manifest["contributions"])
    assert captions == ["a neighbour", "a student", "a voice of Lyon 0", "a voice of Lyon 1"]
    left_out = dict(result.skipped)
    assert len(left_out) == 3 and any("network re-share" in r for r in left_out.values())
    raw = result.path.read_bytes()
    for secret in (b"Yusuf", b"Minor", b"Guardian", b"Gaby", b"Ola", b"Pending", b"Rejected", b"Private",
                   b"Haddad", b".jpg\"", b"paper", b"given_at"):
        assert secret not in raw.replace(b'.jpg",', b""), secret
    by_caption = {item["caption"]: item for item in manifest["contributions"]}
    assert "credit_name" not in by_caption["a student"]  # a minor is never named
    assert "credit_name" not in by_caption["a neighbour"]  # no print consent: no name
    assert by_caption["a voice of Lyon 0"]["credit_name"] == "Resident0"  # adult, print consent: first name only
    with zipfile.ZipFile(result.path) as archive:
        for item in manifest["contributions"]:
            image = Image.open(io.BytesIO(archive.read(item["media"]["path"])))
            assert not image.getexif() and "exif" not in image.info and "icc_profile" not in image.info


def test_entries_are_sorted_stored_and_timeless(lyon, tmp_path):
    path = export_package(ExportSpec(lyon, tmp_path / "p.zip")).path
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
    names = [i.filename for i in infos]
    assert names[0] == "manifest.json" and names[1:] == sorted(names[1:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {i.compress_type for i in infos} == {zipfile.ZIP_STORED}


def test_export_import_export_is_identical_to_the_byte(lyon, coordinator, tmp_path):
    first = export_package(ExportSpec(lyon, tmp_path / "first.zip"))
    imported = import_package(ImportPackageSpec(coordinator, first.path))
    assert imported.outcome == "imported" and len(imported.added) == 4
    network_1 = export_package(ExportSpec(coordinator, tmp_path / "network1.zip"))
    # Lyon takes the network's package in (its own contributions are recognised and skipped)…
    back = import_package(ImportPackageSpec(lyon, network_1.path))
    assert back.added == [] and len(back.skipped) == 4
    second = export_package(ExportSpec(lyon, tmp_path / "second.zip"))
    assert second.path.read_bytes() == first.path.read_bytes()
    assert (second.revision, second.new_revision) == (1, False)
    # …and the coordinator, given the same package again, exports the same bytes too.
    assert import_package(ImportPackageSpec(coordinator, first.path)).outcome == "unchanged"
    network_2 = export_package(ExportSpec(coordinator, tmp_path / "network2.zip"))
    assert network_2.path.read_bytes() == network_1.path.read_bytes()
    # The coordinator passes the photos on unchanged: the same media bytes in both packages.
    with zipfile.ZipFile(first.path) as a, zipfile.ZipFile(network_1.path) as b:
        assert {n: a.read(n) for n in a.namelist() if n.startswith("media/")} == \
               {n: b.read(n) for n in b.namelist() if n.startswith("media/")}


def test_importing_the_same_package_twice_changes_nothing(lyon, coordinator, tmp_path):
    package = export_package(ExportSpec(lyon, tmp_path / "lyon.zip")).path
    import_package(ImportPackageSpec(coordinator, package))
    before = snapshot(coordinator)
    with Project.open(coordinator) as project:
        rows = [tuple(r) for r in project.query("SELECT * FROM contributions ORDER BY id")]
        audit = len(project.audit_log())
    again = import_package(ImportPackageSpec(coordinator, package))
    assert again.outcome == "unchanged"
    assert snapshot(coordinator) == before
    with Project.open(coordinator) as project:
        assert [tuple(r) for r in project.query("SELECT * FROM contributions ORDER BY id")] == rows
        assert len(project.audit_log()) == audit


def test_a_newer_package_replaces_the_older_and_an_older_one_is_refused(lyon, coordinator, tmp_path):
    old = export_package(ExportSpec(lyon, tmp_path / "r1.zip"))
    import_package(ImportPackageSpec(coordinator, old.path))
    with Project.open(coordinator) as project:
        before = {c.caption: c.media_sha256 for c in project.contributions()}
    with Project.open(lyon) as project:
        first = project.contributions(Status.APPROVED)[0]
        project.update_contribution(first.id, caption="a new caption")
        third = project.contributions(Status.APPROVED)[2]  # its package copy is made again (e.g. after retention)
        copy = normalised_photo_path(lyon, third.media_sha256)
        Image.open(copy).rotate(180).save(copy, "JPEG", quality=90)
        second = project.contributions(Status.APPROVED)[1]
        project.set_status([second.id], Status.REJECTED, reason="blurred after all")
        add_photo(project, 20, name="Late Lou", caption="came late")
    new = export_package(ExportSpec(lyon, tmp_path / "r2.zip"))
    assert new.revision == 2
    result = import_package(ImportPackageSpec(coordinator, new.path))
    assert result.outcome == "updated"
    assert (len(result.added), len(result.updated), len(result.removed)) == (1, 2, 1)
    with Project.open(coordinator) as project:
        captions = sorted(c.caption for c in project.contributions())
        assert project.health.ok
    old_sha = before[third.caption]
    assert not any(old_sha in p.name for p in coordinator.rglob("*")), "the replaced photo and its copies are gone"
    assert "a new caption" in captions and "came late" in captions and len(captions) == 4
    with pytest.raises(PackageOutdated, match="older"):
        import_package(ImportPackageSpec(coordinator, old.path))


def test_coordinator_lists_cities_and_filters_by_city_and_language(tmp_path, coordinator):
    for city, lang, seeds in (("Lyon", "fr", (1, 2)), ("Oslo", "nb", (3,)), ("Porto", "pt", (4, 5, 6))):
        folder = make_city(tmp_path / city, city, seeds=seeds, language=lang)
        import_package(ImportPackageSpec(coordinator, export_package(ExportSpec(folder, tmp_path / f"{city}.zip")).path))
    with Project.open(coordinator) as project:
        cities = network_cities(project)
        assert [(c["city"], c["contributions"], c["languages"]) for c in cities] == \
               [("Lyon", 2, ["fr"]), ("Oslo", 1, ["nb"]), ("Porto", 3, ["pt"])]
        assert {c.city for c in project.contributions(city="Porto")} == {"Porto"}
        assert len(project.contributions(language="nb")) == 1
        assert all(c.has_consent and Purpose.NETWORK_RESHARE in c.purposes for c in project.contributions())
        names = {project.contributor(c.contributor_id).display_name for c in project.contributions()}
        assert all("Lyon" not in n and "Oslo" not in n for n in names)  # first names only, no surnames


def test_own_package_other_campaign_and_empty_export_are_refused(lyon, tmp_path):
    package = export_package(ExportSpec(lyon, tmp_path / "lyon.zip")).path
    with pytest.raises(PackageRefused, match="own package"):
        import_package(ImportPackageSpec(lyon, package))
    with Project.create(tmp_path / "other", city="Rome", kit_id="languages-26september", languages=["it"]):
        pass
    with pytest.raises(PackageRefused, match="campaign"):
        import_package(ImportPackageSpec(tmp_path / "other", package))
    with pytest.raises(NothingToExport):
        export_package(ExportSpec(tmp_path / "other", tmp_path / "empty.zip"))
    assert not (tmp_path / "empty.zip").exists()


def test_cancelled_export_leaves_no_file(lyon, tmp_path):
    from icc_studio.core.errors import Cancelled
    from icc_studio.core.jobs import CancelToken

    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_package(ExportSpec(lyon, tmp_path / "x.zip"), cancel=token)
    assert list(tmp_path.glob("*.zip*")) == [] and list(tmp_path.glob(".x.zip*")) == []


def test_schema_ships_with_the_package_and_is_documented():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "schema/*.json" in config["tool"]["setuptools"]["package-data"]["icc_studio.core.packages"]
    doc = (ROOT / "docs" / "package-format.md").read_text(encoding="utf-8")
    block = doc.split("```json", 1)[1].split("```", 1)[0]
    assert json.loads(block) == schema(), "docs/package-format.md must show the schema as shipped"


def test_a_clip_travels_as_its_normalised_proxy_without_metadata(tmp_path, coordinator):
    import hashlib

    from icc_studio.core.store import MediaInfo, MediaKind
    from icc_studio.core.video.proxy import proxy_path, read_proxy_info

    from ._clips_support import make_clip, run

    plain = make_clip(tmp_path / "plain.mp4", seconds=1.0)
    clip = tmp_path / "clip.mp4"
    run("-i", str(plain), "-metadata", "title=Zaynab at home", "-metadata", "location=+48.5833+007.7500/",
        "-c", "copy", str(clip))
    folder = make_city(tmp_path / "lyon", "Lyon", seeds=(1,))
    data = clip.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    with Project.open(folder) as project:
        target = project.media_path(sha, "mp4")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        cid = project.add_contribution(media_sha256=sha, media_info=MediaInfo(MediaKind.CLIP, "mp4", "mp4", 160, 96, 1.0),
                                       size_bytes=len(data), original_name="zaynab.mp4")
        person = project.add_contributor("Zaynab")
        project.record_consent(person, purposes=list(Purpose), text_version="v1", language="fr", method="paper")
        project.update_contribution(cid, contributor_id=person, caption="at home", language="fr")
        project.set_status([cid], Status.APPROVED)
    package = export_package(ExportSpec(folder, tmp_path / "lyon.zip")).path
    assert b"Zaynab at home" in data and b"Zaynab at home" not in package.read_bytes()
    assert b"+48.5833" not in package.read_bytes()
    item = next(i for i in _manifest(package)["contributions"] if i["kind"] == "clip")
    assert item["media"]["sha256"] == hashlib.sha256(proxy_path(folder, sha).read_bytes()).hexdigest()
    assert item["media"]["duration_s"] == pytest.approx(1.0, abs=0.05)
    result = import_package(ImportPackageSpec(coordinator, package))
    assert len(result.added) == 2
    with Project.open(coordinator) as project:
        imported = next(c for c in project.contributions() if c.kind == "clip")
        assert read_proxy_info(coordinator, imported.media_sha256) is not None  # renders can use it at once
    again = export_package(ExportSpec(coordinator, tmp_path / "network.zip")).path
    with zipfile.ZipFile(package) as a, zipfile.ZipFile(again) as b:
        assert a.read(item["media"]["path"]) == b.read(item["media"]["path"])
