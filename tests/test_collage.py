"""The collage poster end to end on a small project: files, page sizes in mm, consent, credits, QR, refusal, cancel."""

from __future__ import annotations

import pytest
from PIL import Image

from icc_studio.core.assets.collage import CollagePreviewSpec, CollageSpec, render_collage, render_collage_preview
from icc_studio.core.assets.common import DEFAULT_CAMPAIGN_URL
from icc_studio.core.assets.errors import NothingToRender, TilesTooSmall
from icc_studio.core.assets.pdf import read_page_boxes
from icc_studio.core.errors import Cancelled
from icc_studio.core.jobs import CancelToken
from icc_studio.core.store import Project, Status

from ._assets_support import PEOPLE, decode_qr, make_project


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("collage") / "project")


@pytest.fixture(scope="module")
def a4(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("a4")
    return render_collage(CollageSpec(folder, paper="A4", seed=3, credits=True, out_dir=out)), out


def test_writes_print_pdf_png_and_social_version_with_alt_text(a4):
    result, out = a4
    names = sorted(p.name for p in result.files)
    assert names == sorted(["testville_migrants-18december_collage_A4.pdf", "testville_migrants-18december_collage_A4.png",
                            "testville_migrants-18december_collage_A4.alt.txt",
                            "testville_migrants-18december_collage_social.jpg",
                            "testville_migrants-18december_collage_social.alt.txt"])
    with Image.open(out / "testville_migrants-18december_collage_A4.png") as png:
        # A4 at 300 dpi (2480 × 3508) + 2 × 3 mm of bleed (35 px)
        assert png.size == (2480 + 70, 3508 + 70)
        assert png.info.get("dpi") and round(png.info["dpi"][0]) == 300
    with Image.open(out / "testville_migrants-18december_collage_social.jpg") as social:
        assert social.size == (1080, 1350)
        assert not social.getexif() and "exif" not in social.info
    assert "Testville" in (out / "testville_migrants-18december_collage_social.alt.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("paper,size", [("A4", (210, 297)), ("A2", (420, 594))])
def test_pdf_page_is_the_paper_plus_bleed_in_millimetres(folder, tmp_path, paper, size):
    if paper == "A4":
        result = render_collage(CollageSpec(folder, paper=paper, outputs=("pdf",), out_dir=tmp_path, dpi=300))
    else:  # the page size does not depend on the resolution: A2 at a quick 60 dpi
        result = render_collage(CollageSpec(folder, paper=paper, outputs=("pdf",), out_dir=tmp_path, dpi=60))
    (page,) = read_page_boxes(result.files[0])
    assert page["media"][2] == pytest.approx(size[0] + 6, abs=0.01)
    assert page["media"][3] == pytest.approx(size[1] + 6, abs=0.01)
    assert page["trim"] == pytest.approx((3, 3, size[0] + 3, size[1] + 3), abs=0.01)


def test_consent_decides_who_is_on_which_version(a4):
    result, _ = a4
    print_ok = sum(1 for p in PEOPLE if "print_poster" in p[3])
    social_ok = sum(1 for p in PEOPLE if "social_media" in p[3])
    assert result.photos == print_ok and result.social_photos == social_ok
    assert any("print poster" in reason for _id, reason in result.skipped)


def test_credits_name_adults_by_first_name_only(folder):
    from icc_studio.core.assets.collage import _credit_names
    from icc_studio.core.assets.common import eligible
    from icc_studio.core.store import Purpose

    with Project.open(folder) as project:
        printed, _ = eligible(project, Purpose.PRINT_POSTER)
        names = _credit_names(project, printed)
    assert "Amina" in names and "Layla" in names
    assert "Mia" not in names  # a minor is never named
    assert "Nour" not in names  # no print consent
    assert not any("Example" in n for n in names)  # first names only


def test_the_qr_code_on_the_poster_decodes(a4):
    _, out = a4
    with Image.open(out / "testville_migrants-18december_collage_A4.png") as poster:
        header = poster.crop((poster.width // 2, 0, poster.width, poster.height // 4))
    assert decode_qr(header) == DEFAULT_CAMPAIGN_URL


def test_too_small_tiles_are_refused_with_the_way_out(folder, tmp_path):
    with pytest.raises(TilesTooSmall) as caught:
        render_collage(CollageSpec(folder, paper="A4", min_tile_mm=80, out_dir=tmp_path, dpi=60))
    assert "pages" in str(caught.value) and caught.value.params["min_mm"] == 80
    assert not list(tmp_path.iterdir())  # nothing written


def test_an_unchanged_collage_is_not_rendered_again(folder):
    spec = CollageSpec(folder, paper="A4", outputs=("pdf",), out_dir=folder / "exports" / "cache-test", dpi=60)
    first = render_collage(spec)
    again = render_collage(spec)
    assert not first.cached and again.cached and again.files == first.files


def test_cancel_leaves_no_file(folder, tmp_path):
    token = CancelToken()

    def progress(done, total, message=""):
        if done >= 2:
            token.cancel()

    with pytest.raises(Cancelled):
        render_collage(CollageSpec(folder, paper="A4", out_dir=tmp_path, dpi=100, force=True), progress=progress,
                       cancel=token)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_preview_is_the_same_poster_small(folder):
    preview = render_collage_preview(CollagePreviewSpec(folder, paper="A3", width=400))
    assert preview.image.width == 400 and preview.photos == 7 and not preview.problem
    too_small = render_collage_preview(CollagePreviewSpec(folder, paper="A4", width=300, min_tile_mm=90))
    assert too_small.problem and too_small.image.width == 300


def test_nothing_to_render_without_print_consent(tmp_path):
    folder = make_project(tmp_path / "p", count=2)
    with Project.open(folder) as project:
        project.set_status([c.id for c in project.contributions()], Status.REJECTED, reason="test")
    with pytest.raises(NothingToRender):
        render_collage(CollageSpec(folder, out_dir=tmp_path / "out"))
