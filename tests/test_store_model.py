"""A model of the project store, driven by Hypothesis: any sequence of what staff do keeps the project true.

Steps: import photos (duplicates among them), approve, reject, withdraw, record a consent (broader or
narrower), link a contribution to another contributor, set a hand crop for a format, change a
caption, erase a contribution or a contributor, render the photos. After every step:

* the database passes its integrity and foreign-key checks, and holds what the model expects;
* every contribution's original is there with its recorded SHA-256, with its preview and thumbnail;
* an id is never given twice (an erased contribution's network key is in every later package's
  withdrawal notices);
* an erased contribution leaves no row, no original, no reduced copy and no output: no file in the
  project is named after it or holds the bytes of its original, copies or renders;
* outputs exist only for approved contributions whose consent covers social media (``why_left_out``);
  after a render, every such contribution has every format;
* where a crop was set by hand, the render shows that part of the photo, not the proposal: each photo
  has four quadrants of distinct colours, and the hand crop lies inside one of them.

Duplicates are checked in the import step (the same photo again is recognised, with the first one's id).
Runs derandomized and without an example database, so that every run does the same steps.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from PIL import Image

from icc_studio.core.errors import InvalidValue
from icc_studio.core.importing import ImportSpec, Outcome, import_files
from icc_studio.core.kits import load_builtin_kit
from icc_studio.core.packages import EraseSpec, erase_contributor
from icc_studio.core.render.photo_job import ItemStatus, RenderPhotosSpec, render_photos
from icc_studio.core.render.photos import photo_aspect, photo_box
from icc_studio.core.review import why_left_out
from icc_studio.core.store import Crop, Project, Purpose, Status

KIT = "migrants-18december"
OUTPUTS = ("feed_square", "story")
PHOTO_SIZE = (320, 240)
SEEDS = range(6)
CAPTIONS = ("a neighbour", "a baker", "a football fan", "un voisin", "a mother and a teacher")
PURPOSE_SETS = st.one_of(st.just(frozenset(Purpose)), st.frozensets(st.sampled_from(list(Purpose))))
STATUSES = st.sampled_from([Status.APPROVED, Status.APPROVED, Status.REJECTED, Status.WITHDRAWN, Status.PENDING])
_ID_IN_NAME = re.compile(r"_c0*(\d+)(?!\d)")
SUMMARY = Path(__file__).resolve().parents[1] / "build" / "reliability" / "store_model.json"
FIGURES: dict = {"examples": 0, "steps": 0, "longest": 0, "erased": 0, "colour_checks": 0, "rules": {}}
STATE_MACHINE_SETTINGS = settings(max_examples=60, stateful_step_count=25, deadline=None, derandomize=True,
                                  database=None, suppress_health_check=[HealthCheck.too_slow])


def quadrant_colours(seed: int) -> list[tuple[int, int, int]]:
    """Four colours far apart (hues 90° apart), different for every seed."""
    colours = []
    for q in range(4):
        r, g, b = colorsys.hsv_to_rgb(((15 * seed + 90 * q) % 360) / 360, 0.8, 0.9)
        colours.append((round(r * 255), round(g * 255), round(b * 255)))
    return colours


def quadrant_photo(seed: int) -> bytes:
    width, height = PHOTO_SIZE
    pixels = np.zeros((height, width, 3), np.uint8)
    for q, colour in enumerate(quadrant_colours(seed)):
        x, y = (q % 2) * width // 2, (q // 2) * height // 2
        pixels[y:y + height // 2, x:x + width // 2] = colour
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=95)
    return buffer.getvalue()


def quadrant_crop(kit, output: str, quadrant: int) -> Crop:
    """A crop of the output's window aspect lying inside one quadrant of the photo (relative units)."""
    width, height = PHOTO_SIZE
    aspect = photo_aspect(kit, output)
    qw, qh = width / 2, height / 2
    h = 0.8 * min(qh, qw / aspect)
    w = h * aspect
    x = (quadrant % 2) * qw + (qw - w) / 2
    y = (quadrant // 2) * qh + (qh - h) / 2
    return Crop(output, x / width, y / height, w / width, h / height, "manual")


def window_centre_colour(path: Path, kit, output: str) -> np.ndarray:
    """The mean colour of a patch at the centre of the photo window of a rendered output."""
    left, top, right, bottom = photo_box(kit, output)
    cx, cy = (left + right) // 2, (top + bottom) // 2
    with Image.open(path) as image:
        patch = np.asarray(image.convert("RGB").crop((cx - 20, cy - 20, cx + 20, cy + 20)), np.float64)
    return patch.reshape(-1, 3).mean(axis=0)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Item:
    """What the model expects of one contribution."""

    id: int
    seed: int
    sha256: str
    status: Status = Status.PENDING
    contributor: int | None = None
    caption: str = ""
    crops: dict[str, int] = field(default_factory=dict)  # output -> quadrant set by hand
    rendered: dict[str, int | None] = field(default_factory=dict)  # output -> quadrant shown (None: proposal)


@dataclass
class Erased:
    id: int
    seed: int
    sha256: str
    hashes: set[str]  # of its original, reduced copies and renders


class ProjectStoreMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="icc-store-model-"))
        self.folder = self.root / "project"
        self.project = Project.create(self.folder, city="Testville", kit_id=KIT, languages=["en", "fr"],
                                      campaign_year=2026)
        self.kit = load_builtin_kit(KIT)
        self.items: dict[int, Item] = {}
        self.consents: dict[int, frozenset[Purpose] | None] = {}  # contributor -> purposes (None: none yet)
        self.erased: list[Erased] = []
        self.ids_given: set[int] = set()
        self.contributors_given: set[int] = set()
        self.derived: dict[int, set[str]] = {}  # contribution -> hashes of its reduced copies and renders
        self.colour_checked: set[str] = set()
        self.imports = 0
        self.steps = 0

    def teardown(self) -> None:
        self.project.close()
        shutil.rmtree(self.root, ignore_errors=True)
        FIGURES["examples"] += 1
        FIGURES["steps"] += self.steps
        FIGURES["erased"] += len(self.erased)
        FIGURES["longest"] = max(FIGURES["longest"], self.steps)
        SUMMARY.parent.mkdir(parents=True, exist_ok=True)
        SUMMARY.write_text(json.dumps(FIGURES, indent=1) + "\n", encoding="utf-8")

    def _count(self, rule_name: str) -> None:
        self.steps += 1
        FIGURES["rules"][rule_name] = FIGURES["rules"].get(rule_name, 0) + 1

    # -- helpers ----------------------------------------------------------------------------------------------

    def _pick(self, n: int) -> Item:
        return self.items[sorted(self.items)[n % len(self.items)]]

    def _eligible(self, item: Item) -> bool:
        return item.status == Status.APPROVED and Purpose.SOCIAL_MEDIA in (self.consents.get(item.contributor) or ())

    def _outputs_withdrawn(self, item: Item) -> None:
        item.rendered.clear()

    # -- steps ------------------------------------------------------------------------------------------------

    @initialize(seeds=st.lists(st.sampled_from(SEEDS), min_size=2, max_size=4), data=st.data())
    def first_import(self, seeds, data):
        """A first batch, each with a consent, some approved, some with a hand crop: where most steps start."""
        self.import_photos(seeds)
        for n in range(len(self.items)):
            self.record_consent(n, data.draw(PURPOSE_SETS))
            if data.draw(st.booleans()):
                self.review(n, Status.APPROVED)
            if data.draw(st.booleans()):
                self.hand_crop(n, data.draw(st.sampled_from(OUTPUTS)), data.draw(st.integers(0, 3)))

    @rule(seeds=st.lists(st.sampled_from(SEEDS), min_size=1, max_size=3))
    def import_photos(self, seeds):
        self._count("import_photos")
        self.imports += 1
        source = self.root / f"card{self.imports}"
        source.mkdir()
        paths = []
        for n, seed in enumerate(seeds):
            path = source / f"IMG_{n:02d}_{seed}.jpg"
            path.write_bytes(quadrant_photo(seed))
            paths.append(path)
        report = import_files(ImportSpec(self.folder, paths, workers=1))
        assert [r.path for r in report.results] == paths
        live = {item.sha256: item.id for item in self.items.values()}
        for path, seed, result in zip(paths, seeds, report.results):
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
            if sha in live:  # the same photo again: recognised, named by the first one's id
                assert result.outcome == Outcome.DUPLICATE and result.contribution_id == live[sha], result
                continue
            assert result.outcome == Outcome.IMPORTED, result
            assert result.contribution_id not in self.ids_given, f"id {result.contribution_id} given twice"
            self.ids_given.add(result.contribution_id)
            self.items[result.contribution_id] = Item(result.contribution_id, seed, sha)
            live[sha] = result.contribution_id
            self.derived[result.contribution_id] = {
                sha256_of(p) for p in (self.folder / "cache").rglob(f"*{sha}*") if p.is_file()}
            assert self.derived[result.contribution_id], "no reduced copies were made at import"

    @precondition(lambda self: self.items)
    @rule(n=st.integers(0, 99), status=STATUSES)
    def review(self, n, status):
        self._count("review")
        item = self._pick(n)
        reason = {Status.REJECTED: "blurred", Status.WITHDRAWN: "consent withdrawn"}.get(status, "")
        if item.status == Status.WITHDRAWN and status != Status.WITHDRAWN:
            with pytest.raises(InvalidValue):
                self.project.set_status([item.id], status, reason=reason)
            return
        self.project.set_status([item.id], status, reason=reason)
        if item.status == Status.APPROVED and status != Status.APPROVED:
            self._outputs_withdrawn(item)
        item.status = status

    @precondition(lambda self: self.items)
    @rule(n=st.integers(0, 99), purposes=PURPOSE_SETS)
    def record_consent(self, n, purposes):
        self._count("record_consent")
        item = self._pick(n)
        if item.contributor is None:
            item.contributor = self.project.add_contributor(f"Resident {item.id}")
            assert item.contributor not in self.contributors_given, f"contributor id {item.contributor} given twice"
            self.contributors_given.add(item.contributor)
            self.consents[item.contributor] = None
            self.project.update_contribution(item.id, contributor_id=item.contributor)
        before = self.consents[item.contributor]
        self.project.record_consent(item.contributor, purposes=purposes, text_version="v1", language="en",
                                    method="paper")
        self.consents[item.contributor] = purposes
        if before is not None and not before <= purposes:  # narrower: what was made under it goes
            for other in self.items.values():
                if other.contributor == item.contributor:
                    self._outputs_withdrawn(other)

    @precondition(lambda self: len(self.items) > 1)
    @rule(a=st.integers(0, 99), b=st.integers(0, 99))
    def same_contributor(self, a, b):
        """``b`` turns out to be by the contributor of ``a`` (one person, two photos)."""
        self._count("same_contributor")
        first, second = self._pick(a), self._pick(b)
        if first.contributor is None or first.id == second.id or second.contributor == first.contributor:
            return
        self.project.update_contribution(second.id, contributor_id=first.contributor)
        second.contributor = first.contributor
        self._outputs_withdrawn(second)  # they were made under another person's consent

    @precondition(lambda self: self.items)
    @rule(n=st.integers(0, 99), output=st.sampled_from(OUTPUTS), quadrant=st.integers(0, 3))
    def hand_crop(self, n, output, quadrant):
        self._count("hand_crop")
        item = self._pick(n)
        self.project.set_crop(item.id, quadrant_crop(self.kit, output, quadrant))
        item.crops[output] = quadrant

    @precondition(lambda self: self.items)
    @rule(n=st.integers(0, 99), caption=st.sampled_from(CAPTIONS))
    def edit_caption(self, n, caption):
        self._count("edit_caption")
        item = self._pick(n)
        self.project.update_contribution(item.id, caption=caption, language="en")
        item.caption = caption

    @precondition(lambda self: self.items)
    @rule(n=st.integers(0, 99), whole_person=st.booleans())
    def erase(self, n, whole_person):
        self._count("erase")
        item = self._pick(n)
        if whole_person and item.contributor is not None:
            person = item.contributor
            result = erase_contributor(EraseSpec(self.folder, contributor_id=person))
            gone = [i for i in self.items.values() if i.contributor == person]
        else:
            result = erase_contributor(EraseSpec(self.folder, contribution_id=item.id))
            gone = [item]
        assert sorted(result.contribution_ids) == sorted(i.id for i in gone)
        for erased in gone:
            del self.items[erased.id]
            self.erased.append(Erased(erased.id, erased.seed, erased.sha256,
                                      {erased.sha256} | self.derived.pop(erased.id, set())))
        for person in {i.contributor for i in gone} - {None}:
            if not any(i.contributor == person for i in self.items.values()):
                self.consents.pop(person, None)  # a contributor none of whose contributions stays goes too

    @rule()
    def render(self):
        self._count("render")
        report = render_photos(RenderPhotosSpec(self.folder, outputs=OUTPUTS, workers=1))
        by_item: dict[int, set] = {}
        for result in report.results:
            by_item.setdefault(result.contribution_id, set()).add(result.status)
        assert set(by_item) == set(self.items)
        for item in self.items.values():
            reason = why_left_out(self.project.contribution(item.id), Purpose.SOCIAL_MEDIA)
            assert (reason == "") == self._eligible(item), (item, reason)
            if self._eligible(item):
                assert by_item[item.id] <= {ItemStatus.RENDERED, ItemStatus.CACHED}, (item, report.results)
                item.rendered = {output: item.crops.get(output) for output in OUTPUTS}
                for result in report.results:
                    if result.contribution_id == item.id:
                        self.derived[item.id].add(sha256_of(result.path))
            else:
                assert by_item[item.id] == {ItemStatus.SKIPPED}
                assert not item.rendered

    # -- invariants -------------------------------------------------------------------------------------------

    @invariant()
    def database_is_sound_and_as_expected(self):
        assert self.project.integrity_check() == "ok"
        assert self.project.query("PRAGMA foreign_key_check") == []
        stored = {c.id: c for c in self.project.contributions()}
        assert set(stored) == set(self.items)
        for item in self.items.values():
            c = stored[item.id]
            assert (c.media_sha256, c.status, c.caption, c.contributor_id) == (
                item.sha256, item.status, item.caption, item.contributor), (c, item)
            expected = self.consents.get(item.contributor)
            assert c.has_consent == (expected is not None) and (expected is None or c.purposes == expected)
            manual = {o: crop for o, crop in self.project.crops(item.id).items() if crop.source == "manual"}
            assert set(manual) == set(item.crops)

    @invariant()
    def every_original_is_whole(self):
        for item in self.items.values():
            path = self.project.media_file(item.sha256)
            assert sha256_of(path) == item.sha256
            copies = [p for p in (self.folder / "cache").rglob(f"*{item.sha256}*") if p.is_file()]
            assert len(copies) >= 2, f"contribution {item.id}: reduced copies missing"

    @invariant()
    def erased_contributions_leave_nothing(self):
        if not self.erased:
            return
        live_shas = {item.sha256 for item in self.items.values()}
        erased_ids = {e.id for e in self.erased}
        assert not erased_ids & set(self.items)
        rows = self.project.query(f"SELECT id FROM contributions WHERE id IN ({','.join('?' * len(erased_ids))})",
                                  sorted(erased_ids))
        assert rows == []
        gone = [e for e in self.erased if e.sha256 not in live_shas]  # (a photo imported again is a new one)
        forbidden = set().union(*(e.hashes for e in gone)) if gone else set()
        for path in self.folder.rglob("*"):
            if not path.is_file():
                continue
            assert not any(e.sha256 in path.name for e in gone), f"{path.name}: a file of an erased photo"
            assert not {int(m.group(1)) for m in _ID_IN_NAME.finditer(path.name)} & erased_ids, \
                f"{path.name}: an output of an erased contribution"
            if not path.name.startswith("project.iccdb") and forbidden:
                assert sha256_of(path) not in forbidden, f"{path}: holds the bytes of an erased contribution"
        for e in gone:
            assert self.project.media(e.sha256) is None

    @invariant()
    def outputs_only_for_those_who_may_appear(self):
        exports = self.folder / "exports"
        for path in exports.rglob("*") if exports.is_dir() else ():
            if not path.is_file():
                continue
            ids = {int(m.group(1)) for m in _ID_IN_NAME.finditer(path.name)}
            assert len(ids) == 1, path
            item = self.items.get(ids.pop())
            assert item is not None and self._eligible(item), f"{path.name}: an output of a contribution left out"
            reason = why_left_out(self.project.contribution(item.id), Purpose.SOCIAL_MEDIA)
            assert reason == "", f"{path.name}: {reason}"
        for row in self.project.query("SELECT contribution_id FROM renders WHERE contribution_id IS NOT NULL"):
            assert self._eligible(self.items[row[0]])

    @invariant()
    def the_hand_crop_wins(self):
        for item in self.items.values():
            colours = np.array(quadrant_colours(item.seed), np.float64)
            for output, quadrant in item.rendered.items():
                if quadrant is None:
                    continue
                found = list((self.folder / "exports" / "photos" / output).glob(f"*_c{item.id:04d}.jpg"))
                assert len(found) == 1, f"contribution {item.id}: its {output} render is missing"
                path = found[0]
                key = f"{sha256_of(path)}:{quadrant}"
                if key in self.colour_checked:
                    continue
                seen = window_centre_colour(path, self.kit, output)
                distances = np.abs(colours - seen).max(axis=1)
                assert distances.argmin() == quadrant and distances[quadrant] < 24, \
                    f"{path.name}: shows {seen.round()}, not quadrant {quadrant} {colours[quadrant]}"
                self.colour_checked.add(key)
                FIGURES["colour_checks"] += 1


ProjectStoreMachine.TestCase.settings = STATE_MACHINE_SETTINGS
test_project_store_model = ProjectStoreMachine.TestCase


def test_quadrant_crops_fit_the_photo_and_the_window():
    """The crops the model sets are valid hand crops: inside the photo, with the window's aspect."""
    kit = load_builtin_kit(KIT)
    for output in OUTPUTS:
        for quadrant in range(4):
            crop = quadrant_crop(kit, output, quadrant)
            assert 0 <= crop.x and crop.x + crop.w <= 0.5 + 0.5 * (quadrant % 2)
            assert 0 <= crop.y and crop.y + crop.h <= 0.5 + 0.5 * (quadrant // 2)
            assert crop.w * PHOTO_SIZE[0] / (crop.h * PHOTO_SIZE[1]) == pytest.approx(photo_aspect(kit, output))


# -- what the model found, step by step ---------------------------------------------------------------------


def _network(tmp_path: Path) -> Path:
    from icc_studio.core.packages.coordinator import create_coordinator_project

    create_coordinator_project(tmp_path / "network", kit_id=KIT, languages=["en"], campaign_year=2026).close()
    return tmp_path / "network"


def test_an_erased_contributions_id_and_network_key_are_never_given_again(tmp_path):
    """SQLite numbers a new row max(id) + 1: erasing the newest contribution handed its id, and so its
    network key (already in a withdrawal notice), to the next resident, whom the coordinator then dropped
    as withdrawn."""
    from icc_studio.core.packages import ExportSpec, ImportPackageSpec, export_package, import_package

    from ._packages_support import add_photo, make_city

    city = make_city(tmp_path / "lyon", "Lyon", seeds=(1, 2))
    erase_contributor(EraseSpec(city, contribution_id=2))
    with Project.open(city) as project:
        newcomer, person = add_photo(project, 99, name="Newcomer")
    assert (newcomer, person) == (3, 3)
    package = export_package(ExportSpec(city, tmp_path / "lyon.zip")).path
    result = import_package(ImportPackageSpec(_network(tmp_path), package))
    assert len(result.added) == 2 and result.skipped == []


def test_ids_erased_before_the_floors_were_kept_are_found_in_the_audit_log(tmp_path):
    from icc_studio.core.store.project import ID_FLOORS_KEY

    from ._packages_support import add_photo, make_city

    city = make_city(tmp_path / "lyon", "Lyon", seeds=(1, 2, 3))
    erase_contributor(EraseSpec(city, contribution_id=3))
    with Project.open(city) as project:
        with project.transaction() as conn:  # as a project erased by an earlier version left it
            settings = project.settings()
            del settings[ID_FLOORS_KEY]
            conn.execute("UPDATE project SET settings = ? WHERE id = 1", (json.dumps(settings),))
        assert add_photo(project, 7, name="Later") == (4, 4)
        assert project.settings()[ID_FLOORS_KEY]["contributions"] == 3


def test_a_narrower_consent_in_a_new_package_takes_the_coordinators_outputs_away(tmp_path):
    from icc_studio.core.packages import ExportSpec, ImportPackageSpec, export_package, import_package

    from ._packages_support import make_city

    city = make_city(tmp_path / "lyon", "Lyon", seeds=(1, 2))
    network = _network(tmp_path)
    import_package(ImportPackageSpec(network, export_package(ExportSpec(city, tmp_path / "r1.zip")).path))
    report = render_photos(RenderPhotosSpec(network, outputs=("feed_square",), workers=1))
    assert report.count(ItemStatus.RENDERED) == 2
    with Project.open(city) as project:
        person = project.contributions()[0].contributor_id
        project.record_consent(person, purposes=[Purpose.NETWORK_RESHARE, Purpose.PRINT_POSTER], text_version="v2",
                               language="en", method="paper")
    import_package(ImportPackageSpec(network, export_package(ExportSpec(city, tmp_path / "r2.zip")).path))
    exported = sorted(p.name for p in (network / "exports" / "photos" / "feed_square").glob("*.jpg"))
    with Project.open(network) as project:
        left_out = [c.id for c in project.contributions() if why_left_out(c, Purpose.SOCIAL_MEDIA)]
    assert len(left_out) == 1 and len(exported) == 1 and f"_c{left_out[0]:04d}" not in exported[0]
