"""Campaign assets besides the collage: countdown, quote posters, postcards, banners, calendar, QR codes, CLI."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PIL import Image

from icc_studio.core.assets.banners import BannerSpec, compose_banner, render_banners
from icc_studio.core.assets.calendar import (
    CalendarSpec, compose_month, marked_days, month_grid, month_name, render_calendar, weekday_names,
)
from icc_studio.core.assets.countdown import CountdownSpec, countdown_series, countdown_texts, render_countdown
from icc_studio.core.assets.errors import QuoteTooLong
from icc_studio.core.assets.pdf import read_page_boxes
from icc_studio.core.assets.postcards import CardText, PostcardSpec, compose_back, render_postcards
from icc_studio.core.assets.qr import qr_image
from icc_studio.core.assets.quotes import QuoteSpec, Speaker, check_quotes, render_quotes
from icc_studio.core.kits import load_builtin_kit
from icc_studio.core.text import render_text

from ._assets_support import decode_qr, make_project


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("assets") / "project")


@pytest.fixture(scope="module")
def kit():
    return load_builtin_kit("migrants-18december")


# -- countdown ---------------------------------------------------------------------------------------


def test_countdown_series_runs_from_the_kits_days_to_the_day(kit):
    posts = countdown_series(kit, 2026, ("en",))
    assert [p.days_left for p in posts] == list(range(kit.limits.countdown_days, -1, -1))
    assert posts[0].date == dt.date(2026, 12, 18) - dt.timedelta(days=kit.limits.countdown_days)
    assert posts[-1].date == dt.date(2026, 12, 18)
    assert all(p.date + dt.timedelta(days=p.days_left) == dt.date(2026, 12, 18) for p in posts)


@pytest.mark.parametrize("lang,seven,one,today,date", [
    ("en", "7 days to go", "1 day to go", None, "18 December"),
    ("fr", None, None, None, "18 décembre"),
    ("ar", "الأيام المتبقية: 7", None, None, "18 ديسمبر"),
])
def test_countdown_numbers_and_dates_in_each_language(kit, lang, seven, one, today, date):
    texts = countdown_texts(kit, 7, lang)
    assert texts["number"] == "7"
    assert texts["countdown"] == kit.countdown_text(7, lang) == (seven or kit.countdown_text(7, lang))
    assert "7" in texts["countdown"]
    assert date in texts["title"]
    assert countdown_texts(kit, 1, lang)["countdown"] == kit.text("countdown_one", lang).format(n=1)
    day = countdown_texts(kit, 0, lang)
    assert day["countdown"] == kit.text("countdown_today", lang) and day["number"] == date


def test_countdown_job_renders_every_day_language_and_format(folder):
    result = render_countdown(CountdownSpec(folder, days=2))
    images = result.of_kind(".jpg")
    assert len(images) == 3 * 2 * 2  # days 2, 1, 0 × en, ar × square, story
    names = sorted(p.name for p in images)
    assert any("_ar_d00_2026-12-18" in n for n in names) and any("_en_d02_2026-12-16" in n for n in names)
    with Image.open(next(p for p in images if "story" in p.name)) as story:
        assert story.size == (1080, 1920) and "exif" not in story.info
    alt = next(p for p in result.of_kind(".alt.txt") if "_ar_d02" in p.name).read_text(encoding="utf-8")
    assert "الأيام المتبقية: 2" in alt


# -- quotes ------------------------------------------------------------------------------------------


def test_every_quote_has_the_same_maximum_length():
    speakers = (Speaker("Mayor", "Mayor", "x" * 50), Speaker("Resident", "Baker", "y" * 61))
    check_quotes(speakers[:1], 60)
    with pytest.raises(QuoteTooLong) as caught:
        check_quotes(speakers, 60)
    assert caught.value.params == {"detail": "", "speaker": "Resident", "length": 61, "limit": 60}


def test_quote_posters_a3_pdf_and_square(folder, tmp_path):
    speakers = (Speaker("Claire Dubois", "Mayor of Testville", "Our city is stronger with every voice.", "en",
                        contribution_id=1),
                Speaker("ليلى", "مهندسة", "مدينتنا بيتنا جميعاً.", "ar", contribution_id=2))
    result = render_quotes(QuoteSpec(folder, speakers, out_dir=tmp_path))
    pdfs = result.of_kind(".pdf")
    assert len(pdfs) == 2
    (page,) = read_page_boxes(pdfs[0])
    assert page["media"][2:] == pytest.approx((303, 426), abs=0.01)  # A3 + bleed
    assert page["trim"] == pytest.approx((3, 3, 300, 423), abs=0.01)
    squares = result.of_kind(".jpg")
    with Image.open(squares[0]) as square:
        assert square.size == (1080, 1080)


def test_a_speakers_portrait_follows_its_consent(folder, tmp_path):
    speaker = Speaker("Lukas", "Carpenter", "Wood, music and neighbours.", "de", contribution_id=5)  # print only
    result = render_quotes(QuoteSpec(folder, (speaker,), out_dir=tmp_path))
    assert len(result.of_kind(".pdf")) == 1 and result.of_kind(".jpg") == []
    assert (5, "consent does not cover social media") in result.skipped


# -- postcards -----------------------------------------------------------------------------------------


def test_postcards_a6_with_bleed_and_4up_a4(folder, tmp_path):
    result = render_postcards(PostcardSpec(folder, contribution_ids=(1, 2, 3, 4, 5), out_dir=tmp_path))
    cards = [p for p in result.of_kind(".pdf") if "4up" not in p.name]
    sheets = [p for p in result.of_kind(".pdf") if "4up" in p.name]
    assert len(cards) == 4  # #4 has no print consent
    assert (4, "consent does not cover print poster") in result.skipped
    pages = read_page_boxes(cards[0])
    assert len(pages) == 2  # front and back
    for page in pages:
        assert page["media"][2:] == pytest.approx((111, 154), abs=0.01)
        assert page["trim"] == pytest.approx((3, 3, 108, 151), abs=0.01)
    sheet_pages = read_page_boxes(sheets[0])
    assert len(sheet_pages) == 2  # one sheet of fronts, one of backs
    assert sheet_pages[0]["media"][2:] == pytest.approx((210, 297), abs=0.01)


def test_postcard_back_qr_code_decodes(kit):
    url = "https://example.org/campaign/testville?from=postcard"
    back = compose_back(kit, CardText("", "en", "Testville", "#TestvilleIsUs", url), dpi=200)
    assert decode_qr(back) == url


# -- QR codes ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["https://www.coe.int/en/web/interculturalcities", "ICC", "https://x.org/" + "a" * 120,
                                  "https://example.org/ar?q=مرحبا"])
def test_every_qr_code_decodes_with_its_quiet_zone(text):
    image = qr_image(text, 400)
    assert decode_qr(image) == text
    pixels = np.asarray(image.convert("L"))
    from icc_studio.core.assets.qr import QUIET_ZONE, qr_matrix

    unit = 400 // len(qr_matrix(text))
    margin = (400 - unit * len(qr_matrix(text))) // 2 + QUIET_ZONE * unit
    assert pixels[:margin].min() == 255 and pixels[:, :margin].min() == 255  # the quiet zone is clear


def test_a_qr_code_too_small_to_scan_is_refused():
    with pytest.raises(ValueError):
        qr_image("https://www.coe.int/en/web/interculturalcities", 60)


# -- banners -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("output", ["x_header", "facebook_cover"])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_banner_texts_stay_inside_the_platform_safe_zones(kit, output, lang):
    template = kit.template(output)
    size = template.size
    plain = compose_banner(kit, output, lang=lang, city="", year=2026, hashtags="")
    full = compose_banner(kit, output, lang=lang, city="Testville-sur-Mer", year=2026, hashtags="#TestvilleIsUs")
    changed = np.abs(np.asarray(full, np.int16) - np.asarray(plain, np.int16)).max(axis=2) > 40
    ys, xs = np.nonzero(changed)
    assert len(xs), "the city's name and hashtag were drawn"
    for zone in template.safe_zones:
        l, t, r, b = zone.box.to_pixels(size)
        inside = (xs >= l) & (xs < r) & (ys >= t) & (ys < b)
        if zone.kind == "keep_inside":
            assert inside.all(), f"text outside {zone.name}"
        else:
            assert not inside.any(), f"text in {zone.name}"


def test_banner_job_renders_each_format_and_language(folder, tmp_path):
    result = render_banners(BannerSpec(folder, out_dir=tmp_path))
    sizes = {}
    for path in result.of_kind(".jpg"):
        with Image.open(path) as image:
            sizes[path.name.split("_")[2]] = image.size
    assert sizes == {"x-header": (1500, 500), "facebook-cover": (1640, 624)}
    assert len(result.of_kind(".jpg")) == 4


# -- calendar ------------------------------------------------------------------------------------------


def test_calendar_names_and_days_in_the_language():
    assert month_name(5, "fr") == "mai" and month_name(12, "de") == "Dezember" and month_name(3, "ar") == "مارس"
    assert weekday_names("es")[0] == "lun" and len(weekday_names("ar")) == 7
    assert month_name(5, "pt-BR") == "May"  # a language without names falls back to English
    days = {d.date: d for d in marked_days(2026, "fr")}
    assert days[dt.date(2026, 12, 18)].campaign and "migrants" in days[dt.date(2026, 12, 18)].name
    assert days[dt.date(2026, 5, 21)].campaign and days[dt.date(2026, 3, 21)].name.startswith("Journée")
    weeks = month_grid(2026, 2)
    assert weeks[0][:6] == [0, 0, 0, 0, 0, 0] and weeks[0][6] == 1  # 1 February 2026 is a Sunday


def test_calendar_pdf_twelve_pages_a4_and_a3(folder, tmp_path, monkeypatch):
    import icc_studio.core.assets.calendar as module

    original = module.compose_month
    monkeypatch.setattr(module, "compose_month", lambda *a, **k: original(*a, **{**k, "dpi": 40}))
    result = render_calendar(CalendarSpec(folder, language="fr", out_dir=tmp_path))
    by_paper = {p.stem.rsplit("_", 1)[1]: read_page_boxes(p) for p in result.files}
    assert len(by_paper["A4"]) == 12 and len(by_paper["A3"]) == 12
    assert by_paper["A4"][0]["media"][2:] == pytest.approx((216, 303), abs=0.01)
    assert by_paper["A3"][11]["media"][2:] == pytest.approx((303, 426), abs=0.01)


def test_calendar_runs_right_to_left_in_arabic(kit):
    """Monday's column is on the right in Arabic: the 1st of June 2026 (a Monday) is drawn at the right edge."""
    en = compose_month(kit, 2026, 6, "en", None, dpi=60, bleed=False)
    ar = compose_month(kit, 2026, 6, "ar", None, dpi=60, bleed=False)
    # the grid's first row: compare where the ink of the day numbers is, left and right halves
    band = slice(round(en.height * 0.68), round(en.height * 0.74))
    def ink(image):
        pixels = np.asarray(image.convert("L"))[band]
        dark = pixels < 128
        half = pixels.shape[1] // 2
        return dark[:, :half].sum(), dark[:, half:].sum()
    en_left, en_right = ink(en)
    ar_left, ar_right = ink(ar)
    assert (en_left > en_right) == (ar_right > ar_left)


# -- Arabic --------------------------------------------------------------------------------------------


def test_arabic_on_posters_is_shaped_right_to_left(kit):
    block = render_text("مدينتنا بيتنا جميعاً", (900, 200), font_file=kit.font_path("display"), language="ar",
                        direction="rtl", max_lines=1)
    assert block.direction == "rtl"
    # shaped: joined letters are narrower than the same letters drawn apart
    apart = render_text(" ".join("مدينتنا"), (900, 200), font_file=kit.font_path("display"), language="ar",
                        direction="rtl", max_lines=1, max_size=block.font_size, min_size=block.font_size)
    joined = render_text("مدينتنا", (900, 200), font_file=kit.font_path("display"), language="ar", direction="rtl",
                         max_lines=1, max_size=block.font_size, min_size=block.font_size)
    assert joined.mask.getbbox()[2] - joined.mask.getbbox()[0] < 0.7 * (apart.mask.getbbox()[2] - apart.mask.getbbox()[0])


# -- CLI -----------------------------------------------------------------------------------------------


def test_cli_render_targets(folder, tmp_path, capsys):
    from icc_studio.cli.main import main

    assert main(["render", str(folder), "countdown", "--days", "1", "--lang", "en", "--out", str(tmp_path / "c"),
                 "--no-progress"]) == 0
    assert len(list((tmp_path / "c" / "en").glob("*.jpg"))) == 4
    assert main(["render", str(folder), "collage", "--paper", "A4", "--layout", "grid", "--seed", "7", "--only",
                 "social", "--out", str(tmp_path / "k"), "--json"]) == 0
    assert '"photos_on_social_version": 7' in capsys.readouterr().out  # a minor's photo with a guardian's consent
    assert main(["render", str(folder), "collage", "--paper", "A4", "--min-tile-mm", "95", "--only", "print",
                 "--out", str(tmp_path / "k2"), "--no-progress"]) == 1
    assert "pages" in capsys.readouterr().err
