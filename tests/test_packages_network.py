"""The acceptance scenario in small: three cities and the coordinator exchange packages; the coordinator
renders the network collage; a withdrawn contribution disappears from all four projects after the
next exchange — whether the resident asked their city or the coordinator."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from icc_studio.core.assets.collage import CollageSpec, render_collage
from icc_studio.core.packages import (
    EraseSpec,
    ExportSpec,
    ImportPackageSpec,
    create_coordinator_project,
    erase_contributor,
    export_package,
    import_package,
)
from icc_studio.core.store import Project

from ._packages_support import KIT, make_city

CITIES = (("Lyon", "fr", (1, 2, 3)), ("Oslo", "nb", (4, 5)), ("Porto", "pt", (6, 7, 8)))


def _hashes(folder: Path) -> set[str]:
    found = set()
    for path in folder.rglob("*"):
        if path.is_file():
            found.add(hashlib.sha256(path.read_bytes()).hexdigest())
            if path.suffix == ".zip":
                with zipfile.ZipFile(path) as archive:
                    found |= {hashlib.sha256(archive.read(n)).hexdigest() for n in archive.namelist()}
    return found


def _captions(folder: Path) -> set[str]:
    with Project.open(folder) as project:
        return {c.caption for c in project.contributions()}


def _exchange(root: Path, cities: dict[str, Path], coordinator: Path, round_: int) -> Path:
    """Every city sends its package; the coordinator takes them in and sends the network's back."""
    for name, folder in cities.items():
        package = export_package(ExportSpec(folder, root / f"{name}-{round_}.zip")).path
        import_package(ImportPackageSpec(coordinator, package))
    network = export_package(ExportSpec(coordinator, root / f"network-{round_}.zip")).path
    for folder in cities.values():
        import_package(ImportPackageSpec(folder, network))
    return network


def test_three_cities_and_the_coordinator(tmp_path):
    cities = {name: make_city(tmp_path / name, name, seeds=seeds, language=lang) for name, lang, seeds in CITIES}
    coordinator = tmp_path / "network"
    create_coordinator_project(coordinator, kit_id=KIT, languages=["en", "fr"], campaign_year=2026).close()

    network = _exchange(tmp_path, cities, coordinator, 1)
    everyone = {f"a voice of {name} {n}" for name, _, seeds in CITIES for n in range(len(seeds))}
    for folder in (*cities.values(), coordinator):
        assert _captions(folder) == everyone
    poster = render_collage(CollageSpec(coordinator, paper="A4", dpi=30, min_tile_mm=0, workers=1))
    assert poster.photos == 8

    # A Lyon resident withdraws at the town hall; Lyon erases them.
    withdrawn = {"a voice of Lyon 0", "a voice of Oslo 0"}
    with zipfile.ZipFile(network) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        forbidden = {hashlib.sha256(archive.read(i["media"]["path"])).hexdigest()
                     for i in manifest["contributions"] if i["caption"] in withdrawn}
    assert len(forbidden) == 2
    for name in ("Lyon", "Oslo"):  # the originals (with their EXIF) in the cities' own projects
        with Project.open(cities[name]) as project:
            first = next(c for c in project.contributions() if c.caption in withdrawn)
            forbidden.add(hashlib.sha256(project.media_file(first.media_sha256).read_bytes()).hexdigest())
            if name == "Lyon":
                lyon_person = first.contributor_id
    erase_contributor(EraseSpec(cities["Lyon"], contributor_id=lyon_person))
    # An Oslo resident withdraws by writing to the network coordinator.
    with Project.open(coordinator) as project:
        oslo_first = next(c for c in project.contributions() if c.caption == "a voice of Oslo 0")
    erase_contributor(EraseSpec(coordinator, contribution_id=oslo_first.id))
    assert not poster.files[0].exists()  # the network poster that showed them is gone

    _exchange(tmp_path, cities, coordinator, 2)
    for folder in (*cities.values(), coordinator):
        assert _captions(folder) == everyone - withdrawn, folder.name
        # In no file and no zip member of any of the four projects.
        assert _hashes(folder) & forbidden == set(), folder.name
    again = render_collage(CollageSpec(coordinator, paper="A4", dpi=30, min_tile_mm=0, workers=1))
    assert again.photos == 6 and not again.cached
