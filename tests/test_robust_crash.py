"""Power cuts: SIGKILL at random moments of the four long writes, and what the next open finds.

Each trial runs the operation in a child process (a fresh interpreter, see ``_crash_support``) that
acknowledges each thing the app has told its user is done, and kills it with SIGKILL after a delay
drawn uniformly over the operation's measured duration. Then the project is opened the way the app
opens it, and:

* the database passes ``PRAGMA integrity_check`` and its foreign-key check;
* every acknowledged contribution is there, with its original, whose SHA-256 is the one acknowledged;
  every acknowledged output is there, unchanged;
* no file is half-written: every JPEG/PNG/WebP decodes fully, every PDF ends with ``%%EOF``, every
  zip, JSON, alt text and clip proxy is whole; no temporary or partial file or folder is left;
* running the operation again completes, keeps what was acknowledged, and gives a consistent project.

The seed is printed and written with the figures to ``build/reliability/crash.json``;
``ICC_CRASH_SEED`` and ``ICC_CRASH_TRIALS`` (per operation) change them.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import zipfile
from pathlib import Path

import pytest

from icc_studio.core.assets.collage import CollageSpec, render_collage
from icc_studio.core.importing import ImportSpec, import_files
from icc_studio.core.packages import (
    EraseSpec,
    ExportSpec,
    ImportPackageSpec,
    erase_contributor,
    export_package,
    import_package,
)
from icc_studio.core.packages.coordinator import create_coordinator_project
from icc_studio.core.render.photo_job import ItemStatus, RenderPhotosSpec, render_photos
from icc_studio.core.store import MediaKind, Project, Status

from ._crash_support import KIT, ROOT, Trial, check_project, consented_project, make_clip, photo_bytes, run_child

SEED = int(os.environ.get("ICC_CRASH_SEED", "20260518"))
TRIALS = int(os.environ.get("ICC_CRASH_TRIALS", "15"))
SUMMARY = ROOT / "build" / "reliability" / "crash.json"
RENDER_OUTPUTS = ("feed_square", "story", "x_header")
PHOTOS = 14


@pytest.fixture(scope="module")
def summary():
    figures: dict = {"seed": SEED, "trials_per_operation": TRIALS, "operations": {}}
    print(f"kill -9 trials: seed {SEED} (ICC_CRASH_SEED), {TRIALS} trials per operation")
    yield figures
    figures["total_trials"] = sum(op["trials"] for op in figures["operations"].values())
    SUMMARY.parent.mkdir(parents=True, exist_ok=True)
    SUMMARY.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


def _trials(operation: str, summary: dict, variants: dict[str, dict], start, rerun, *,
            after=lambda trial, folder: None, after_kill=lambda folder, variant: None,
            previews=lambda variant: True) -> None:
    """Kill the operation ``TRIALS`` times at random moments, going round its ``variants`` (name: the
    child's arguments), each calibrated first: the shorter of two runs to the end is the range of its
    kill moments.

    ``start(n, variant)`` makes the project of trial ``n`` (calibration runs: below 1) in its starting
    state; ``rerun(folder, variant)`` runs the operation again in this process, to the end;
    ``after_kill(folder, variant)`` and ``after(trial, folder)`` check what is particular to the
    operation, right after the kill and after the run to the end; ``previews(variant)``: whether every
    photo must have its preview and thumbnail right after the kill.
    """
    rng = random.Random(f"{SEED}:{operation}")
    names = list(variants)
    durations = {}
    for name in names:
        for warm in range(2):  # the shorter of two runs: the first may wait for a cold disk cache
            folder = start(-1 - warm, name)
            calibration = run_child(operation, folder, variants[name], None)
            durations[name] = min(durations.get(name, 1e9), calibration.done["elapsed_s"])
            check_project(folder, calibration.acks)
            after(calibration, folder)
    figures = {"duration_s": {name: round(d, 3) for name, d in durations.items()}, "trials": 0, "killed": 0,
               "finished_before_kill": 0, "acks_checked": 0, "files_checked": 0, "temp_files_swept": 0,
               "orphan_media_swept": 0, "processes_outliving_the_app": [], "kills": [], "losses_found": 0}
    summary["operations"][operation] = figures
    for n in range(1, TRIALS + 1):
        name = names[n % len(names)]
        delay = rng.uniform(0, durations[name])
        folder = start(n, name)
        trial = run_child(operation, folder, variants[name], delay)
        context = f"{operation} trial {n} ({name}, seed {SEED}, kill at {delay:.3f} s of {durations[name]:.3f} s)"
        try:
            check = check_project(folder, trial.acks, previews=previews(name))
            after_kill(folder, name)
            rerun(folder, name)
            again = check_project(folder, trial.acks)
            after(trial, folder)
        except AssertionError as exc:
            figures["losses_found"] += 1
            raise AssertionError(f"{context}: {exc}") from exc
        figures["trials"] += 1
        figures["killed"] += trial.killed
        figures["finished_before_kill"] += not trial.killed
        figures["acks_checked"] += check.acks_checked + again.acks_checked
        figures["files_checked"] += check.files_checked + again.files_checked
        figures["temp_files_swept"] += check.temp_swept
        figures["orphan_media_swept"] += check.orphans_swept
        figures["processes_outliving_the_app"] += trial.outlived
        assert not trial.survivors, f"{context}: still running seconds after the app was killed: {trial.survivors}"
        figures["kills"].append({"variant": name, "at_s": round(delay, 3), "killed": trial.killed,
                                 "acks": len(trial.acks), "temp_swept": check.temp_swept,
                                 "orphans_swept": check.orphans_swept,
                                 "processes_gone_after_s": round(trial.ended_after_s, 3)})
    assert figures["killed"] >= TRIALS // 3, figures  # the kills land while the operation runs


def test_kill_during_import(tmp_path, summary):
    """A folder of 1200×900 photos, one of them twice, and a clip."""
    source = tmp_path / "card"
    source.mkdir()
    for n in range(10):
        (source / f"IMG_{n:04d}.jpg").write_bytes(photo_bytes(100 + n))
    (source / "IMG_0003 copy.jpg").write_bytes((source / "IMG_0003.jpg").read_bytes())
    make_clip(source / "MVI_0100.mp4")
    unique = 10 + 1

    variants = {"in-process": {"source": str(source), "workers": 1},
                "worker processes": {"source": str(source), "workers": 2}}

    def start(n: int, variant: str) -> Path:
        folder = tmp_path / f"trial{n:02d}-{variant[:2]}"
        Project.create(folder, city="Testville", kit_id=KIT, languages=["en"], campaign_year=2026).close()
        return folder

    def rerun(folder: Path, variant: str) -> None:
        report = import_files(ImportSpec(folder, [source], workers=variants[variant]["workers"]))
        assert report.rejected == 0 and report.imported + report.duplicates == unique + 1

    def after(trial: Trial, folder: Path) -> None:
        with Project.open(folder) as project:
            contributions = project.contributions()
        assert len(contributions) == unique, "each file once"
        assert len({c.media_sha256 for c in contributions}) == unique
        assert sum(c.kind == MediaKind.CLIP for c in contributions) == 1
        by_id = {c.id: c.media_sha256 for c in contributions}
        assert all(by_id.get(ack["id"]) == ack["sha256"] for ack in trial.acks), "acknowledged ids never change"
        again = import_files(ImportSpec(folder, [source]))
        assert again.duplicates == unique + 1 and again.imported == 0, "a second import recognises every file"

    _trials("import", summary, variants, start, rerun, after=after)


def test_kill_during_render_photos(tmp_path, summary):
    """Every approved photo in three formats, with its alt text (the first compose loads the kit's artwork)."""
    folder = consented_project(tmp_path / "project", photos=PHOTOS, seed=200)
    variants = {"in-process": {"outputs": list(RENDER_OUTPUTS), "workers": 1, "force": True},
                "worker processes": {"outputs": list(RENDER_OUTPUTS), "workers": 2, "force": True}}

    def rerun(folder: Path, variant: str) -> None:
        report = render_photos(RenderPhotosSpec(folder, outputs=RENDER_OUTPUTS, workers=variants[variant]["workers"]))
        assert report.count(ItemStatus.FAILED) == 0

    def after(trial: Trial, folder: Path) -> None:
        report = render_photos(RenderPhotosSpec(folder, outputs=RENDER_OUTPUTS, workers=2))
        assert report.count(ItemStatus.CACHED) == PHOTOS * len(RENDER_OUTPUTS), "every render is recorded and kept"
        cached = {str(r.path.relative_to(folder)) for r in report.results}
        assert {a["path"] for a in trial.acks} <= cached

    _trials("render_photos", summary, variants, lambda n, variant: folder, rerun, after=after)


def test_kill_during_collage(tmp_path, summary):
    folder = consented_project(tmp_path / "project", photos=8, seed=300)
    spec = CollageSpec(folder, paper="A4", dpi=150, credits=True)

    def after(trial: Trial, folder: Path) -> None:
        result = render_collage(spec)
        assert result.cached and len(result.files) == 3
        assert all(p.is_file() for p in result.files)

    _trials("collage", summary, {"A4 at 150 dpi": {"paper": "A4", "dpi": 150, "force": True}},
            lambda n, variant: folder, lambda folder, variant: render_collage(spec), after=after)


def test_kill_during_package_import(tmp_path, summary):
    """A city's first package into an empty coordinator project, and its second revision (one
    contribution changed, one left out, one withdrawn) over the first."""
    city = consented_project(tmp_path / "lyon", photos=6, seed=400, city="Lyon")
    first = export_package(ExportSpec(city, tmp_path / "lyon-r1.zip")).path
    with Project.open(city) as project:
        ids = [c.id for c in project.contributions()]
        project.update_contribution(ids[0], caption="a new caption")
        project.set_status([ids[1]], Status.REJECTED, reason="blurred")
    erase_contributor(EraseSpec(city, contribution_id=ids[2]))
    second = export_package(ExportSpec(city, tmp_path / "lyon-r2.zip")).path
    empty = tmp_path / "network-empty"
    create_coordinator_project(empty, kit_id=KIT, languages=["en"], campaign_year=2026).close()
    with_first = tmp_path / "network-r1"
    shutil.copytree(empty, with_first)
    import_package(ImportPackageSpec(with_first, first))
    variants = {"first revision": {"package": str(first)}, "second revision": {"package": str(second)}}
    packages: dict[Path, Path] = {}

    def start(n: int, variant: str) -> Path:
        folder = tmp_path / f"trial{n:02d}-{variant[:5]}"
        shutil.copytree(empty if variant == "first revision" else with_first, folder)
        packages[folder] = Path(variants[variant]["package"])
        return folder

    def rerun(folder: Path, variant: str) -> None:
        result = import_package(ImportPackageSpec(folder, packages[folder]))
        assert result.outcome in ("imported", "updated", "unchanged")

    states = {None: (frozenset(), None)}
    for revision, package in enumerate((first, second), 1):
        with zipfile.ZipFile(package) as archive:
            manifest = json.loads(archive.read("manifest.json"))
        states[package] = (frozenset(item["key"] for item in manifest["contributions"]), revision)
    assert len(states[first][0]) == 6 and len(states[second][0]) == 4

    def state(folder: Path) -> tuple[frozenset, int | None]:
        with Project.open(folder) as project:
            keys = frozenset(r[0] for r in project.query(
                "SELECT origin_key FROM contributions WHERE origin_key IS NOT NULL"))
            revision = project.query("SELECT revision FROM package_imports")
        return keys, revision[0][0] if revision else None

    def after_kill(folder: Path, variant: str) -> None:  # all or nothing
        before = states[None] if variant == "first revision" else states[first]
        assert state(folder) in (before, states[packages[folder]]), "a package taken in by halves"

    def after(trial: Trial, folder: Path) -> None:
        assert state(folder) == states[packages[folder]]
        assert import_package(ImportPackageSpec(folder, packages[folder])).outcome == "unchanged"

    # A kill during an update may come after the copies of the contributions it removes are deleted and
    # before their rows go (the erasure's order, so that a crash never leaks them); the re-run finishes it.
    _trials("package", summary, variants, start, rerun, after=after, after_kill=after_kill,
            previews=lambda variant: variant == "first revision")


def test_what_a_crash_leaves_in_the_incoming_folder_goes_at_the_next_open_alone(tmp_path):
    """A package import killed while unpacking leaves its staging folder (named ``package-….icc-part``,
    its files ``000000.staged``); it used to stay six hours. The next open sweeps it, unless another
    connection has the project open (then it may be an import running now)."""
    from icc_studio.core.fileio import TEMP_SUFFIX

    folder = tmp_path / "project"
    Project.create(folder, city="Testville", kit_id=KIT, languages=["en"], campaign_year=2026).close()
    staging = folder / "media" / ".incoming" / f"package-0123456789ab{TEMP_SUFFIX}"
    kiosk = folder / "media" / ".incoming" / f".kiosk-0a1b{TEMP_SUFFIX}"
    with Project.open(folder):  # an import running: what it writes is work in progress
        staging.mkdir(parents=True)
        (staging / "000000.staged").write_bytes(photo_bytes(1, (400, 300)))
        kiosk.write_bytes(b"half a portrait")
        with Project.open(folder) as second:
            assert second.health.temp_files_removed == ()
        assert (staging / "000000.staged").is_file() and kiosk.is_file()
    with Project.open(folder) as project:
        reported = {folder / name for name in project.health.temp_files_removed}
    for leftover in (kiosk, staging / "000000.staged"):  # named, or the folder holding it
        assert reported & {leftover, *leftover.parents}, (leftover, reported)
    assert list((folder / "media" / ".incoming").iterdir()) == []
