"""The photo render job: every approved, consented photo in every format; cache; no metadata; cancel."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PIL import Image

from icc_studio.cli.main import main
from icc_studio.core.errors import Cancelled
from icc_studio.core.importing import ImportSpec, import_files
from icc_studio.core.jobs import CancelToken
from icc_studio.core.paths import demo_dir
from icc_studio.core.render.photo_job import ItemStatus, RenderPhotosSpec, alt_text_path, render_photos
from icc_studio.core.render.photos import PHOTO_OUTPUTS
from icc_studio.core.store import Crop, Purpose, Status


def _pixels(path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image, np.int16)


def _consent(project, cid, purposes=(Purpose.SOCIAL_MEDIA,), caption="a nurse and a football fan", lang="en"):
    person = project.add_contributor(f"Resident {cid}")
    project.record_consent(person, purposes=purposes, text_version="1", language=lang, method="paper")
    project.update_contribution(cid, contributor_id=person, caption=caption, language=lang)


@pytest.fixture
def rendered_project(project, tmp_path):
    from icc_studio.core.demo_media import demo_contributions, materialise

    priya = next(e for e in demo_contributions() if e.key == "p13-priya")  # carries EXIF with GPS
    files = [materialise(priya, tmp_path), demo_dir() / "photos" / "astronaut.jpg"]
    import_files(ImportSpec(project.folder, files))
    ids = [c.id for c in project.contributions()]
    _consent(project, ids[0], caption="مهندسة وأم وعاشقة للموسيقى", lang="ar")
    _consent(project, ids[1])
    project.set_status(ids, Status.APPROVED)
    return project, ids


def test_every_format_is_rendered_with_alt_text_and_no_metadata(rendered_project):
    project, ids = rendered_project
    report = render_photos(RenderPhotosSpec(project.folder, workers=1))
    assert report.count(ItemStatus.RENDERED) == 2 * len(PHOTO_OUTPUTS)
    for result in report.results:
        raw = result.path.read_bytes()
        assert b"Exif" not in raw and b"GPS" not in raw and b"http://ns.adobe.com/xap" not in raw
        with Image.open(result.path) as image:
            assert image.format == "JPEG" and image.mode == "RGB"
            assert not image.getexif() and "comment" not in image.info and "icc_profile" not in image.info
            assert "lindaval" not in result.path.name  # named after this project's city
            assert result.path.name.startswith("testville_migrants-18december_")
        alt = alt_text_path(result.path).read_text(encoding="utf-8").strip()
        assert alt
    sizes = {r.output: _pixels(r.path).shape[1::-1] for r in report.results}
    assert sizes == {"feed_square": (1080, 1080), "feed_portrait": (1080, 1350), "story": (1080, 1920),
                     "profile": (1080, 1080), "x_header": (1500, 500)}


def test_unchanged_items_are_not_rendered_again(rendered_project):
    project, ids = rendered_project
    render_photos(RenderPhotosSpec(project.folder, workers=1))
    again = render_photos(RenderPhotosSpec(project.folder, workers=1))
    assert again.count(ItemStatus.CACHED) == 2 * len(PHOTO_OUTPUTS) and again.count(ItemStatus.RENDERED) == 0
    project.update_contribution(ids[1], caption="a teacher")
    third = render_photos(RenderPhotosSpec(project.folder, workers=1))
    assert {r.contribution_id for r in third.results if r.status == ItemStatus.RENDERED} == {ids[1]}


def test_a_crop_set_by_hand_wins(rendered_project):
    project, ids = rendered_project
    first = render_photos(RenderPhotosSpec(project.folder, outputs=("feed_square",), contribution_ids=(ids[1],),
                                           workers=1))
    before = _pixels(first.results[0].path)
    project.set_crop(ids[1], Crop("feed_square", 0.0, 0.0, 0.5, 0.378, "manual"))
    second = render_photos(RenderPhotosSpec(project.folder, outputs=("feed_square",), contribution_ids=(ids[1],),
                                            workers=1))
    assert second.results[0].status == ItemStatus.RENDERED
    after = _pixels(second.results[0].path)
    assert np.abs(after - before).mean() > 5


def test_not_approved_or_not_consented_are_left_out_with_a_reason(project, tmp_path):
    from .conftest import make_photo

    for i in range(3):
        make_photo(tmp_path / f"p{i}.jpg", seed=i)
    import_files(ImportSpec(project.folder, [tmp_path]))
    a, b, c = [x.id for x in project.contributions()]
    _consent(project, a)
    _consent(project, b, purposes=(Purpose.PRINT_POSTER,))
    project.set_status([a, b, c], Status.APPROVED)
    report = render_photos(RenderPhotosSpec(project.folder, workers=1))
    reasons = {r.contribution_id: r.reason for r in report.results if r.status == ItemStatus.SKIPPED}
    assert reasons == {b: "consent does not cover social media", c: "no consent recorded"}
    assert {r.contribution_id for r in report.results if r.status == ItemStatus.RENDERED} == {a}


def test_a_photo_rejected_while_the_job_runs_is_not_exported(project, tmp_path):
    """The job checks again, once a photo's outputs are made, that it may still appear: a reviewer
    can reject it (or consent be withdrawn) in the meantime."""
    from icc_studio.core.store import Project

    from .conftest import make_photo

    for i in range(3):
        make_photo(tmp_path / f"p{i}.jpg", seed=i)
    import_files(ImportSpec(project.folder, [tmp_path]))
    ids = [c.id for c in project.contributions()]
    for cid in ids:
        _consent(project, cid)
    project.set_status(ids, Status.APPROVED)
    last = ids[-1]

    def reject_the_last(done, total, message=""):
        if message == f"#{ids[0]}":
            with Project.open(project.folder) as other:  # another window of the app
                other.set_status([last], Status.REJECTED, reason="blurred")

    report = render_photos(RenderPhotosSpec(project.folder, workers=1), progress=reject_the_last)
    skipped = {r.contribution_id: r.reason for r in report.results if r.status == ItemStatus.SKIPPED}
    assert set(skipped) == {last} and skipped[last], skipped
    assert {r.contribution_id for r in report.results if r.status == ItemStatus.RENDERED} == set(ids[:-1])
    exported = list((project.folder / "exports" / "photos").rglob(f"*_c{last:04d}.*"))
    assert exported == []


def test_process_pool_and_cancel(rendered_project):
    project, ids = rendered_project
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        render_photos(RenderPhotosSpec(project.folder, workers=2), cancel=token)
    leftovers = [p for p in (project.folder / "exports").rglob("*") if ".icc-part" in p.name]
    assert leftovers == []
    report = render_photos(RenderPhotosSpec(project.folder, workers=2))
    assert report.count(ItemStatus.RENDERED) == 2 * len(PHOTO_OUTPUTS)


def test_workers_take_tasks_as_they_are_planned_and_progress_counts_every_photo(project, tmp_path):
    """With a pool, the planning feeds the workers as it goes: photos with nothing to render (left out, or
    already rendered) pass as they are planned, the others as they are rendered; the progress counts them
    all, in order, up to the number of photos."""
    from .conftest import make_photo

    for i in range(7):
        make_photo(tmp_path / f"p{i}.jpg", seed=i, size=(320, 240))
    import_files(ImportSpec(project.folder, [tmp_path]))
    ids = [c.id for c in project.contributions()]
    for cid in ids[:-1]:
        _consent(project, cid)  # the last one has no consent: left out
    project.set_status(ids, Status.APPROVED)
    render_photos(RenderPhotosSpec(project.folder, contribution_ids=(ids[2],), workers=1))  # already made
    calls = []
    report = render_photos(RenderPhotosSpec(project.folder, workers=2),
                           progress=lambda done, total, message="": calls.append((done, total)))
    assert {c for _done, c in calls} == {len(ids)}
    assert [done for done, _total in calls] == list(range(len(ids) + 1))
    assert report.count(ItemStatus.RENDERED) == 5 * len(PHOTO_OUTPUTS)
    assert report.count(ItemStatus.CACHED) == len(PHOTO_OUTPUTS)
    assert {r.contribution_id for r in report.results if r.status == ItemStatus.SKIPPED} == {ids[-1]}
    for result in report.results:
        if result.status == ItemStatus.RENDERED:
            assert result.path.is_file() and alt_text_path(result.path).is_file()
    jobs = [e for e in project.audit_log() if e.action == "render.photos"]
    again = render_photos(RenderPhotosSpec(project.folder, workers=2))  # everything made: nothing to do
    assert again.count(ItemStatus.CACHED) == 6 * len(PHOTO_OUTPUTS)
    assert [e for e in project.audit_log() if e.action == "render.photos"] == jobs, "no job on record"


def test_cli_render_photos(rendered_project, capsys):
    project, ids = rendered_project
    assert main(["render", str(project.folder), "photos", "--no-progress", "--workers", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.out.count("rendered") == 2 * len(PHOTO_OUTPUTS)
    assert "0 failed" in captured.err
    assert main(["render", str(project.folder), "photos", "--format", "poster"]) == 2


def test_photo_without_faces_is_framed_on_its_most_interesting_region(project, tmp_path):
    from icc_studio.core.kits import load_builtin_kit
    from icc_studio.core.render.framing import crops_for

    pixels = np.full((900, 2400, 3), 200, np.uint8)
    yy, xx = np.mgrid[0:900, 0:2400]
    pixels[(xx - 2000) ** 2 + (yy - 450) ** 2 < 160 ** 2] = (200, 30, 40)  # a red cup far on the right
    Image.fromarray(pixels).save(tmp_path / "cup.jpg", quality=92)
    import_files(ImportSpec(project.folder, [tmp_path / "cup.jpg"]))
    c = project.contributions()[0]
    assert project.faces(c.media_sha256)[1] == [] and project.saliency(c.media_sha256)
    kit = load_builtin_kit("migrants-18december")
    crop = crops_for(kit, ("feed_square",), (2400, 900), [], {}, project.saliency(c.media_sha256))["feed_square"]
    assert crop.x <= (2000 - 160) / 2400 and crop.x + crop.w >= (2000 + 160) / 2400  # the cup is inside


def test_preview_pixels_are_rgb_as_pil_decodes_them(tmp_path):
    from icc_studio.core.render.photo_job import preview_pixels

    rgb = np.zeros((64, 96, 3), np.uint8)
    rgb[:, :32] = (220, 30, 20)  # red, green, blue bands: a swapped channel order would show at once
    rgb[:, 32:64] = (20, 200, 40)
    rgb[:, 64:] = (30, 40, 210)
    path = tmp_path / "preview.jpg"
    Image.fromarray(rgb).save(path, "JPEG", quality=90)
    pixels = preview_pixels(path)
    assert pixels.shape == (64, 96, 3) and pixels.dtype == np.uint8
    assert np.abs(pixels.astype(np.int16) - _pixels(path)).max() <= 2
    assert np.abs(pixels.astype(np.int16) - rgb).mean() < 4
    assert preview_pixels(tmp_path / "missing.jpg") is None
    (tmp_path / "broken.jpg").write_bytes(b"not a picture")
    assert preview_pixels(tmp_path / "broken.jpg") is None


def test_the_artwork_over_the_photo_window_is_blended_exactly_where_it_is_drawn():
    """The window's artwork is pasted in pieces (opaque stretches copied, edges blended, clear parts left
    alone): the result must equal one blend of the whole window, for every kit and format."""
    from icc_studio.core.kits import builtin_kit_ids, load_builtin_kit, render_artwork
    from icc_studio.core.render import photos

    rng = np.random.default_rng(7)
    photo = rng.integers(0, 256, (900, 1200, 3), dtype=np.uint8)
    crop = photos.CropRect(0.1, 0.05, 0.7, 0.8)
    for kit_id in builtin_kit_ids():
        kit = load_builtin_kit(kit_id)
        for output in PHOTO_OUTPUTS:
            size = kit.template(output).size
            composed = photos.compose_photo(kit, output, photo, crop, caption="", lang="en")
            artwork = render_artwork(kit, output, size, lang="en")
            art_rgb, art_alpha = artwork.convert("RGB"), artwork.getchannel("A")
            left, top, right, bottom = photos.photo_box(kit, output, size)
            reference = photos._flattened(kit, output, "en", size).copy()
            reference.paste(photos.resize_region(photo, crop, (right - left, bottom - top)), (left, top))
            window = (left, top, right, bottom)
            reference.paste(art_rgb.crop(window), (left, top), art_alpha.crop(window))
            # (compared inside the window: the title is drawn outside it)
            assert np.array_equal(np.asarray(composed.crop(window)), np.asarray(reference.crop(window))), (kit_id, output)
    pieces = photos._window_overlay(load_builtin_kit("migrants-18december"), "profile", "en", (1080, 1080))
    blended = sum(rgb.width * rgb.height for _xy, rgb, alpha in pieces if alpha is not None)
    assert blended < 0.15 * 886 * 886  # the circle's clear middle is not blended


def test_composing_into_the_reused_canvas_gives_what_a_fresh_canvas_gives():
    """The render job composes each format into a canvas kept from the previous photo (no copy of the
    whole template each time): photo after photo, caption after caption, every pixel must be the same as
    on a fresh canvas, in every kit, format and direction."""
    from icc_studio.core.kits import builtin_kit_ids, load_builtin_kit
    from icc_studio.core.render import photos

    rng = np.random.default_rng(11)
    shots = [(rng.integers(0, 256, (900, 1200, 3), dtype=np.uint8), photos.CropRect(0.1, 0.05, 0.7, 0.8),
              "a nurse, a mother and a football fan", "en"),
             (rng.integers(0, 256, (1200, 900, 3), dtype=np.uint8), photos.CropRect(0.0, 0.1, 1.0, 0.6),
              "مهندسة وأم وعاشقة للموسيقى", "ar"),
             (rng.integers(0, 256, (900, 1200, 3), dtype=np.uint8), photos.CropRect(0.3, 0.2, 0.4, 0.5),
              "x", "en")]
    for kit_id in builtin_kit_ids():
        kit = load_builtin_kit(kit_id)
        for output in PHOTO_OUTPUTS:
            for pixels, crop, caption, lang in shots:
                fresh = photos.compose_photo(kit, output, pixels, crop, caption=caption, lang=lang)
                reused = photos.compose_photo(kit, output, pixels, crop, caption=caption, lang=lang, reuse=True)
                assert np.array_equal(np.asarray(fresh), np.asarray(reused)), (kit_id, output, lang)
    # A fresh canvas is the caller's to keep; the reused one is the same object from one call to the next.
    kit = load_builtin_kit("migrants-18december")
    first = photos.compose_photo(kit, "story", shots[0][0], shots[0][1], caption="one", lang="en", reuse=True)
    second = photos.compose_photo(kit, "story", shots[1][0], shots[1][1], caption="two", lang="en", reuse=True)
    assert first is second
    assert photos.compose_photo(kit, "story", shots[0][0], shots[0][1], caption="one", lang="en") is not second
