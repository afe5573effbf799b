"""Golden images of every campaign-asset template, drawn by the export code at a reduced size.

Same mechanism as tests/test_photo_goldens.py: on a difference the image is saved beside the
golden as ``*.actual.png``; to accept a deliberate change, delete the golden, run once and look.
"""

from __future__ import annotations

import pytest

from icc_studio.core.assets.banners import banner_mosaic, compose_banner
from icc_studio.core.assets.calendar import MonthPhoto, compose_month
from icc_studio.core.assets.collage import CollagePreviewSpec, _context, compose_social, render_collage_preview
from icc_studio.core.assets.common import eligible, photo_source
from icc_studio.core.assets.countdown import compose_countdown
from icc_studio.core.assets.postcards import CardText, compose_back, compose_front
from icc_studio.core.assets.quotes import Speaker, compose_quote
from icc_studio.core.kits import load_builtin_kit
from icc_studio.core.store import Project, Purpose

from ._assets_support import assert_golden, make_project, shrink

URL = "https://www.coe.int/en/web/interculturalcities"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("goldens") / "project")


@pytest.fixture(scope="module")
def sources(folder):
    with Project.open(folder) as project:
        return {c.id: (photo_source(project, c), c) for c in project.contributions()}


@pytest.fixture(scope="module")
def kit():
    return load_builtin_kit("migrants-18december")


@pytest.mark.parametrize("layout", ["rows", "heart"])
def test_collage_poster(folder, layout):
    preview = render_collage_preview(CollagePreviewSpec(folder, paper="A3", layout=layout, seed=5, credits=True,
                                                        width=420))
    assert_golden(preview.image, f"collage_poster-{layout}")


def test_collage_social(folder):
    with Project.open(folder) as project:
        kit, ctx = _context(project, "ar", URL)
        social, _ = eligible(project, Purpose.SOCIAL_MEDIA)
        items = [photo_source(project, c) for c in social]
    image, used = compose_social(kit, ctx, items, layout="rows", seed=2, size=(432, 540))
    assert used == len(items)
    assert_golden(image, "collage_social-ar")


@pytest.mark.parametrize("output", ["countdown_square", "countdown_story"])
@pytest.mark.parametrize("n,lang", [(7, "en"), (1, "ar"), (0, "fr")])
def test_countdown(kit, output, n, lang):
    width, height = kit.template(output).size
    size = (width // 3, height // 3)
    image = compose_countdown(kit, output, n, lang, city="Testville", hashtags="#TestvilleIsUs #NotJustAMigrant",
                              size=size)
    assert_golden(image, f"{output}-{n}-{lang}")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_quote_square_and_poster(kit, sources, lang):
    speaker = {"en": Speaker("Claire Dubois", "Mayor of Testville", "Our city is stronger with every voice.", "en"),
               "ar": Speaker("ليلى منصور", "مهندسة ومتطوعة", "مدينتنا بيتنا جميعاً، ونبنيها معاً.", "ar")}[lang]
    portrait = sources[2][0]
    square = compose_quote(kit, "quote_square", speaker, portrait, lang=lang, city="Testville",
                           hashtags="#TestvilleIsUs", size=(360, 360))
    assert_golden(square, f"quote_square-{lang}")
    dpi = 40
    template = kit.template("quote_poster")
    size = tuple(round(v / 25.4 * dpi) for v in template.size_mm)
    poster = compose_quote(kit, "quote_poster", speaker, portrait, lang=lang, city="Testville",
                           hashtags="#TestvilleIsUs", size=size, bleed=round(3 / 25.4 * dpi), dpi=dpi)
    assert_golden(poster, f"quote_poster-{lang}")


@pytest.mark.parametrize("cid", [1, 2])
def test_postcard_front_and_back(kit, sources, cid):
    source, c = sources[cid]
    text = CardText(c.caption, c.language, "Testville", "#TestvilleIsUs #NotJustAMigrant", URL)
    assert_golden(compose_front(kit, source, text, dpi=60), f"postcard_front-{c.language}")
    assert_golden(compose_back(kit, text, dpi=60), f"postcard_back-{c.language}")


@pytest.mark.parametrize("output", ["x_header", "facebook_cover"])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_banner(kit, sources, output, lang):
    items = [s for s, c in sources.values() if Purpose.SOCIAL_MEDIA in c.purposes]
    mosaic = banner_mosaic(kit, output, items, kit.template(output).size, seed=1)
    image = compose_banner(kit, output, lang=lang, city="Testville", year=2026, hashtags="#TestvilleIsUs",
                           mosaic=mosaic)
    assert_golden(shrink(image, 600), f"{output}-{lang}")


@pytest.mark.parametrize("month,lang", [(5, "en"), (12, "ar")])
def test_calendar_month(kit, sources, month, lang):
    source, c = sources[7]
    image = compose_month(kit, 2026, month, lang, MonthPhoto(source, c.caption, c.language), paper="A4", dpi=50,
                          city="Testville", hashtags="#TestvilleIsUs")
    assert_golden(image, f"calendar-{month}-{lang}")
