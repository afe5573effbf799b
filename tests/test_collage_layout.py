"""Collage layouts for many random inputs: no overlaps, inside the page, minimum size, faces in their tiles."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icc_studio.core.assets.collage import page_geometry, plan_pages
from icc_studio.core.assets.common import PhotoSource, face_crop, px_to_mm
from icc_studio.core.assets.errors import TilesTooSmall
from icc_studio.core.assets.layout import LAYOUTS, Rect, layout_tiles, smallest_side
from icc_studio.core.kits import load_builtin_kit

aspects = st.lists(st.floats(min_value=0.2, max_value=5.0), min_size=1, max_size=400)
areas = st.builds(Rect, st.integers(0, 50), st.integers(0, 50), st.integers(60, 3000), st.integers(60, 3000))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(tiles, count, area):
    photo = [t for t in tiles if t.index is not None]
    assert sorted(t.index for t in photo) == list(range(count)), "every photo has exactly one tile"
    for t in tiles:
        assert area.contains(t.rect), (t.rect, area)
        assert t.rect.w >= 1 and t.rect.h >= 1
    ordered = sorted(tiles, key=lambda t: (t.rect.x, t.rect.y))
    for i, a in enumerate(ordered):  # sweep: only tiles that start before a's right edge can overlap it
        for b in ordered[i + 1:]:
            if b.rect.x >= a.rect.right:
                break
            assert not a.rect.overlaps(b.rect), (a, b)


@SETTINGS
@given(aspects, areas, st.sampled_from(LAYOUTS), st.integers(1, 8), st.integers(0, 2**31))
def test_tiles_never_overlap_and_stay_inside(ratios, area, kind, gap, seed):
    tiles = layout_tiles(ratios, area, kind=kind, gap=gap, seed=seed)
    _check(tiles, len(ratios), area)


@SETTINGS
@given(aspects, st.sampled_from(LAYOUTS), st.integers(0, 1000))
def test_the_same_seed_gives_the_same_layout(ratios, kind, seed):
    area = Rect(0, 0, 900, 1100)
    assert layout_tiles(ratios, area, kind=kind, seed=seed) == layout_tiles(ratios, area, kind=kind, seed=seed)


def test_another_seed_gives_another_arrangement():
    ratios = [0.75, 1.33, 1.0, 1.5] * 10
    area = Rect(0, 0, 900, 1100)
    assert layout_tiles(ratios, area, seed=1) != layout_tiles(ratios, area, seed=2)


def _sources(ratios):
    return [PhotoSource(i, None, None, (round(1000 * r), 1000), ({"x": 0.4, "y": 0.2, "w": 0.2, "h": 0.2},))
            for i, r in enumerate(ratios)]


@SETTINGS
@given(st.lists(st.sampled_from([0.66, 0.75, 1.0, 1.33, 1.5, 2.0]), min_size=1, max_size=1500),
       st.sampled_from(["A4", "A3", "A2"]), st.sampled_from(LAYOUTS), st.integers(0, 99))
def test_printed_tiles_are_never_under_the_minimum_and_stay_in_the_bleed_box(ratios, paper, kind, seed):
    kit = load_builtin_kit("migrants-18december")
    dpi = 60  # the same geometry in millimetres as at 300 dpi, quicker
    try:
        plans = plan_pages(kit, _sources(ratios), paper=paper, layout=kind, seed=seed, pages=1, dpi=dpi, min_mm=12)
    except TilesTooSmall as exc:
        assert exc.params["smallest_mm"] < 12
        assert exc.params["pages_needed"] > 1
        assert "pages" in str(exc)
        return
    (plan,) = plans
    trim, bleed, mosaic, _strip, _gap = page_geometry(kit, paper, dpi, False)
    page = Rect(0, 0, trim[0] + 2 * bleed, trim[1] + 2 * bleed)
    assert page.contains(mosaic)
    _check(plan.tiles, len(ratios), mosaic)
    assert px_to_mm(smallest_side(plan.tiles), dpi) >= 12 - 1e-9


def test_too_many_photos_for_the_paper_say_what_would_do():
    kit = load_builtin_kit("migrants-18december")
    with pytest.raises(TilesTooSmall) as caught:
        plan_pages(kit, _sources([1.0] * 3000), paper="A4", layout="grid", seed=1, pages=1, dpi=60, min_mm=12)
    error = caught.value
    assert error.code == "collage-tiles-too-small"
    assert error.params["paper_needed"] in ("A2", "A1", "A0")
    assert error.params["pages_needed"] >= 2
    # the offered number of pages really does fit
    plans = plan_pages(kit, _sources([1.0] * 3000), paper="A4", layout="grid", seed=1,
                       pages=error.params["pages_needed"], dpi=60, min_mm=12)
    assert min(p.smallest_mm for p in plans) >= 12


@SETTINGS
@given(st.floats(0.05, 0.75), st.floats(0.05, 0.7), st.floats(0.08, 0.25),
       st.sampled_from([(4000, 3000), (3000, 4000), (3000, 3000), (6000, 2000)]),
       st.floats(0.75, 1.5))
def test_the_face_is_inside_its_tile(x, y, side, size, tile_aspect):
    width, height = size
    h = side * width / height  # a square face in pixels
    if y + h > 0.95 or x + side > 0.95:
        return
    source = PhotoSource(1, None, None, size, ({"x": x, "y": y, "w": side, "h": h},))
    crop = face_crop(source, tile_aspect)
    eps = 1e-6
    assert crop.x - eps <= x and x + side <= crop.x + crop.w + eps
    assert crop.y - eps <= y and y + h <= crop.y + crop.h + eps
    assert abs(crop.w * width / (crop.h * height) - tile_aspect) < 0.02
