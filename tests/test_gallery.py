"""The campaign gallery (a static website): consent, no external URL, languages, staging, sizes."""

from __future__ import annotations

import os
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from icc_studio.cli.main import main
from icc_studio.core.errors import Cancelled
from icc_studio.core.gallery import GallerySpec, gallery_dir, render_gallery
from icc_studio.core.gallery import i18n
from icc_studio.core.gallery.colors import contrast, theme_from_palette
from icc_studio.core.gallery.collect import group_by_city
from icc_studio.core.gallery.media import cache_dir, srt_to_vtt
from icc_studio.core.importing import ImportSpec, import_files
from icc_studio.core.jobs import CancelToken
from icc_studio.core.kits import builtin_kit_ids, load_builtin_kit
from icc_studio.core.store import Purpose, Status

from .conftest import make_photo

EVERYTHING = (Purpose.SOCIAL_MEDIA, Purpose.PRINT_POSTER, Purpose.CITY_VIDEO, Purpose.NETWORK_RESHARE)


class _Page(HTMLParser):
    """Every element with its attributes, and the text of the elements with a ``class``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.elements if t == tag]


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _consent(project, cid, *, purposes=EVERYTHING, caption="a nurse and a football fan", lang="en",
             alt="A smiling resident"):
    person = project.add_contributor(f"Resident {cid}")
    project.record_consent(person, purposes=purposes, text_version="1", language=lang, method="paper")
    project.update_contribution(cid, contributor_id=person, caption=caption, language=lang, alt_text=alt)


@pytest.fixture
def small_project(project, tmp_path):
    """Four photos: English, Arabic, French without social-media consent, French pending."""
    folder = tmp_path / "in"
    folder.mkdir()
    files = [make_photo(folder / f"p{i}.jpg", size=(900, 700), seed=i) for i in range(4)]
    import_files(ImportSpec(project.folder, files))
    ids = [c.id for c in project.contributions()]
    _consent(project, ids[0])
    _consent(project, ids[1], caption="مهندسة وأم وعاشقة للموسيقى", lang="ar", alt="امرأة مبتسمة")
    _consent(project, ids[2], purposes=(Purpose.PRINT_POSTER, Purpose.CITY_VIDEO), caption="boulangère", lang="fr")
    _consent(project, ids[3], caption="cycliste", lang="fr")
    project.set_status(ids[:3], Status.APPROVED)
    return project, ids


def _render(project, **kw):
    return render_gallery(GallerySpec(project.folder, frame_photos=False, workers=2, **kw))


def _html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def _ids_on(page: Path) -> set[int]:
    return {int(a["id"][1:]) for a in parse(page).all("li") if (a.get("id") or "").startswith("c")}


def test_only_contributions_consented_for_online_publication_appear(small_project):
    project, ids = small_project
    result = _render(project)
    site = gallery_dir(project.folder)
    assert result.contributions == 2 and result.folder == site
    assert _ids_on(site / "index.html") == {ids[0], ids[1]}
    assert dict(result.skipped)[ids[2]] == "consent does not cover online publication"
    assert dict(result.skipped)[ids[3]].startswith("not approved")
    for page in _html_files(site):
        assert _ids_on(page) <= {ids[0], ids[1]}
    names = [p.name for p in (site / "media").iterdir()]
    assert any(n.startswith(f"c{ids[0]}-") for n in names)
    assert not any(n.startswith((f"c{ids[2]}-", f"c{ids[3]}-")) for n in names)


def test_a_withdrawn_contribution_disappears_at_the_next_render(small_project):
    project, ids = small_project
    _render(project)
    site = gallery_dir(project.folder)
    assert ids[1] in _ids_on(site / "index.html")
    cached_before = {p for p in cache_dir(project.folder).rglob("*") if p.is_file()}
    project.set_status([ids[1]], Status.WITHDRAWN, reason="consent withdrawn by the resident")
    result = _render(project)
    assert result.contributions == 1
    for page in _html_files(site):
        assert ids[1] not in _ids_on(page)
        assert "مهندسة" not in page.read_text(encoding="utf-8")
    assert not any(p.name.startswith(f"c{ids[1]}-") for p in (site / "media").iterdir())
    cached_after = {p for p in cache_dir(project.folder).rglob("*") if p.is_file()}
    assert cached_after < cached_before  # its reduced copies are gone from the cache too


_EXTERNAL = re.compile(r"(?:https?:)?//[\w.-]+\.\w", re.IGNORECASE)
_URL_ATTRS = ("href", "src", "srcset", "poster", "action", "data", "formaction", "content")


def test_no_file_of_the_site_refers_to_anything_outside_it(small_project):
    project, _ids = small_project
    _render(project)
    site = gallery_dir(project.folder)
    for page in _html_files(site):
        text = page.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, page
        for tag, attrs in parse(page).elements:
            for name in _URL_ATTRS:
                value = attrs.get(name) or ""
                assert not _EXTERNAL.match(value.strip()), (page, tag, name, value)
                if name in ("href", "src", "poster") and value and not value.startswith(("#", "data:")):
                    assert (page.parent / value.split("#")[0]).resolve().is_file(), (page, value)
                if name == "srcset" and value:
                    for candidate in value.split(","):
                        assert (page.parent / candidate.split()[0]).resolve().is_file(), (page, candidate)
    for sheet in site.rglob("*.css"):
        css = sheet.read_text(encoding="utf-8")
        assert "@import" not in css and "http" not in css
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css):
            assert not _EXTERNAL.match(url)
            assert (sheet.parent / url).resolve().is_file(), url
    script = (site / "assets" / "gallery.js").read_text(encoding="utf-8")
    for word in ("http", "fetch(", "XMLHttpRequest", "localStorage", "cookie", "sendBeacon"):
        assert word not in script
    assert (site / "assets" / "fonts" / "OFL.txt").is_file()


def test_page_language_and_direction_follow_the_content(small_project):
    project, ids = small_project
    _render(project)
    site = gallery_dir(project.folder)
    # Interface languages are the project's (en, fr); the Arabic caption is marked up right-to-left.
    html_en = parse(site / "index.html")
    assert html_en.all("html")[0] == {"lang": "en", "dir": "ltr"}
    assert parse(site / "fr" / "index.html").all("html")[0] == {"lang": "fr", "dir": "ltr"}
    captions = [a for a in html_en.all("p") if a.get("class") == "caption"]
    assert {(a["lang"], a["dir"]) for a in captions} == {("en", "ltr"), ("ar", "rtl")}
    assert (site / "language" / "ar.html").is_file() and (site / "language" / "en.html").is_file()
    assert _ids_on(site / "language" / "ar.html") == {ids[1]}
    # An Arabic interface when the project speaks Arabic.
    project.update_info(languages=["ar", "en"])
    _render(project)
    assert parse(site / "index.html").all("html")[0] == {"lang": "ar", "dir": "rtl"}
    assert parse(site / "en" / "index.html").all("html")[0] == {"lang": "en", "dir": "ltr"}
    assert "كل المساهمات" in (site / "index.html").read_text(encoding="utf-8")


def test_every_image_has_alt_text_and_responsive_sources(small_project):
    project, _ids = small_project
    _render(project)
    site = gallery_dir(project.folder)
    for page in _html_files(site):
        parsed = parse(page)
        for img in parsed.all("img"):
            assert "alt" in img, (page, img)
            assert img.get("width") and img.get("height")
        card_images = [a for a in parsed.all("img") if a.get("loading") == "lazy"]
        for img in card_images:
            assert img["alt"].strip()
            assert len(img["srcset"].split(",")) == 2 and img.get("sizes")
        assert all(s.get("type") == "image/webp" for s in parsed.all("source") if s.get("srcset"))
    # The declared size is the real size of the largest file; the WebP is small.
    img = next(a for a in parse(site / "index.html").all("img") if a.get("loading") == "lazy")
    largest = img["srcset"].split(",")[-1].split()[0]
    with Image.open(site / largest) as image:
        assert image.size == (int(img["width"]), int(img["height"])) == (640, 640)
        assert not image.getexif()
    webps = list((site / "media").glob("*-320.webp"))
    assert webps and all(p.stat().st_size < 40_000 for p in webps)


def test_a_cancelled_render_leaves_the_previous_gallery_intact(small_project):
    project, ids = small_project
    _render(project)
    site = gallery_dir(project.folder)
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    project.update_contribution(ids[0], caption="a new caption that must not appear")
    token = CancelToken()

    def progress(done, total, message=""):
        if done >= 2:
            token.cancel()

    with pytest.raises(Cancelled):
        render_gallery(GallerySpec(project.folder, frame_photos=False, workers=1), progress=progress, cancel=token)
    after = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in site.parent.iterdir()] == ["gallery"]  # no staging folder left
    # A staging folder left by a crash is removed by a later render once it is old.
    leftover = site.parent / ".gallery-staging-0123456789ab.icc-part"
    (leftover / "media").mkdir(parents=True)
    os.utime(leftover, (time.time() - 7200, time.time() - 7200))
    _render(project)
    assert [p.name for p in site.parent.iterdir()] == ["gallery"]


def test_a_coordinator_project_has_a_page_per_city(small_project):
    project, ids = small_project
    if "city" not in {row[1] for row in project._conn.execute("PRAGMA table_info(contributions)")}:
        pytest.skip("this schema has no city per contribution yet")
    with project.transaction() as conn:
        conn.execute("UPDATE contributions SET city = 'Botkyrka' WHERE id = ?", (ids[1],))
    result = _render(project)
    site = gallery_dir(project.folder)
    assert result.cities == 2
    assert _ids_on(site / "city" / "testville" / "index.html") == {ids[0]}
    assert _ids_on(site / "city" / "botkyrka" / "index.html") == {ids[1]}
    filters = [a for a in parse(site / "index.html").all("a") if a.get("data-filter") == "city"]
    assert [a["data-value"] for a in filters] == ["", "testville", "botkyrka"]


def test_a_long_selection_continues_on_further_pages(small_project, monkeypatch):
    from icc_studio.core.gallery import pages

    project, ids = small_project
    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    _render(project)
    site = gallery_dir(project.folder)
    assert _ids_on(site / "index.html") == {ids[0]} and _ids_on(site / "index-p2.html") == {ids[1]}
    assert not (site / "index-p3.html").exists()
    first = parse(site / "index.html")
    assert [a["href"] for a in first.all("a") if a.get("rel") == "next"] == ["index-p2.html"]
    assert any(a.get("data-paged") == "true" for a in first.all("section"))
    second = (site / "index-p2.html").read_text(encoding="utf-8")
    assert 'aria-current="page">2<' in second and "The collage" not in second
    assert _ids_on(site / "language" / "ar.html") == {ids[1]} and not (site / "language" / "ar-p2.html").exists()


def test_grouping_uses_a_contributions_city_else_the_projects(small_project):
    from dataclasses import replace

    project, _ids = small_project
    items = project.contributions()[:2]
    other = replace(items[1], city="Lublin") if hasattr(items[1], "city") else items[1]
    groups = group_by_city([items[0], other], "Testville")
    assert groups[0].name == "Testville" and items[0] in groups[0].contributions
    if hasattr(items[1], "city"):
        assert [g.name for g in groups] == ["Testville", "Lublin"]


def test_srt_becomes_webvtt():
    srt = "1\r\n00:00:02,750 --> 00:00:04,250\r\nI am a nurse\r\n\r\n2\r\n00:01:04,250 --> 00:01:05,750\r\nأنا مهندسة\r\n"
    assert srt_to_vtt(srt) == ("WEBVTT\n\n1\n00:00:02.750 --> 00:00:04.250\nI am a nurse\n\n"
                               "2\n00:01:04.250 --> 00:01:05.750\nأنا مهندسة\n")


@pytest.mark.parametrize("kit_id", builtin_kit_ids())
def test_the_colours_of_every_kit_reach_wcag_aa(kit_id):
    theme = theme_from_palette(load_builtin_kit(kit_id).palette)
    for name, (fg, bg, minimum) in theme.pairs().items():
        assert contrast(fg, bg) >= minimum, (kit_id, name, fg, bg)


def test_the_interface_table_is_complete():
    assert {"en", "fr", "de", "es", "it", "pt", "uk", "ar"} <= set(i18n.STRINGS)
    for lang, table in i18n.STRINGS.items():
        assert set(table) == set(i18n.KEYS), lang
        for key, value in table.items():
            assert set(re.findall(r"{(\w+)}", value)) == set(re.findall(r"{(\w+)}", i18n.STRINGS["en"][key])), (lang, key)
    assert i18n.interface_languages(["nl", "fr-BE", "ar"]) == ("fr", "ar")
    assert i18n.interface_languages(["nl"]) == ("en",)
    assert [i18n.direction(x) for x in ("ar", "fa", "he", "ur", "en")] == ["rtl"] * 4 + ["ltr"]


def test_cli_render_gallery(small_project, capsys):
    project, _ids = small_project
    code = main(["render", str(project.folder), "gallery", "--no-framing", "--no-progress", "--workers", "2"])
    assert code == 0
    assert (gallery_dir(project.folder) / "index.html").is_file()
    assert "2 contributions" in capsys.readouterr().err
