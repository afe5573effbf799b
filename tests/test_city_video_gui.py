"""The Outputs page on real widgets (offscreen): render photos and the city video, cancel, open the folder."""

from __future__ import annotations

import dataclasses

import pytest

pytest.importorskip("PySide6")

from icc_studio.gui.app import create_app  # noqa: E402
from icc_studio.gui.pages.outputs import OutputsPage  # noqa: E402

from .test_city_video import build_project  # noqa: E402


@pytest.fixture
def outputs_page(qtbot, tmp_path):
    folder = tmp_path / "project"
    build_project(folder, tmp_path, clip=False)
    _app, win = create_app()
    qtbot.addWidget(win)
    win.context.languages.set_language("en")
    win.context.session.open(folder)
    page = next(p for p in win.pages if isinstance(p, OutputsPage))
    win.nav.setCurrentRow(win.pages.index(page))
    small = page.video_spec

    def small_spec():  # the page's choices, at a small size for the test
        return dataclasses.replace(small(), short_side=120)

    page.video_spec = small_spec
    yield win, page, folder
    win.context.jobs.cancel_all()
    win.context.jobs.wait(10000)
    win.context.session.close()


def test_renders_photos_and_video_and_opens_the_folder(outputs_page, qtbot, monkeypatch):
    win, page, folder = outputs_page
    assert page.title() == "Outputs" and page.choice_box.isEnabled()
    for aspect, box in page.aspect_checks.items():
        box.setChecked(aspect == "9:16")
    page.length_spin.setValue(12)
    rows = page.render_selected()
    assert len(rows) == 2 and page.jobs_table.rowCount() == 2
    assert [r.outcome for r in rows] == ["running", "waiting"]  # one render at a time
    qtbot.waitUntil(lambda: all(r.outcome not in ("running", "waiting") for r in rows), timeout=60000)
    assert [r.outcome for r in rows] == ["finished", "finished"], [r.result_text for r in rows]
    assert "version" in rows[1].state.text() and rows[1].button.text() == "Open folder"
    videos = list((folder / "exports" / "video").glob("*_9x16.mp4"))
    assert len(videos) == 1
    assert list((folder / "exports" / "photos").rglob("*.jpg"))
    opened = []
    monkeypatch.setattr("icc_studio.gui.pages.outputs.QDesktopServices.openUrl", lambda url: opened.append(url))
    rows[1].button.click()
    assert opened and opened[0].toLocalFile().endswith("exports/video")


def test_cancel_from_the_job_list(outputs_page, qtbot):
    win, page, folder = outputs_page
    page.photos_check.setChecked(False)
    page.length_spin.setValue(60)
    rows = page.render_selected()
    assert len(rows) == 1
    row = rows[0]
    qtbot.waitUntil(lambda: row.bar.value() > 0, timeout=30000)
    row.button.click()
    qtbot.waitUntil(lambda: not row.handle.running, timeout=30000)
    assert row.outcome == "cancelled" and not row.button.isEnabled()
    assert not list((folder / "exports").rglob("*.mp4"))
    assert [p for p in folder.rglob("*") if ".icc-part" in p.name] == []
    assert list((folder / "cache" / "video-work").iterdir()) == []


def test_page_is_translated_when_the_language_changes(outputs_page):
    win, page, _folder = outputs_page
    win.context.languages.set_language("fr")
    assert page.render_button.text()  # set again in the new language (the .ts files carry the translations)
    win.context.languages.set_language("en")
    assert page.render_button.text() == "Render"


def test_the_other_campaign_outputs_are_one_tick_away(outputs_page, qtbot):
    from icc_studio.gui.pages.outputs import MORE_OUTPUTS, more_job

    _win, page, folder = outputs_page
    for key in MORE_OUTPUTS:  # every tick maps to a core job and the folder it writes
        fn, spec, out = more_job(key, folder)
        assert callable(fn) and spec.project == folder and folder in out.parents
        assert page.more_checks[key].text() and page.more_checks[key].toolTip()
    page.photos_check.setChecked(False)
    page.video_check.setChecked(False)
    page.more_checks["banners"].setChecked(True)
    rows = page.render_selected()
    assert [r.title for r in rows] == ["Banners"]
    qtbot.waitUntil(lambda: rows[0].outcome not in ("running", "waiting"), timeout=60000)
    assert rows[0].outcome == "finished", rows[0].result_text
    assert list((folder / "exports" / "banners").rglob("*.jpg")) or list((folder / "exports" / "banners").rglob("*.png"))


def test_quote_posters_and_the_winner_card_are_ticks_too(outputs_page, qtbot):
    """Without saved speakers or contest entries, the two ticks end with a message that says
    what is missing, and the job list goes on."""
    _win, page, folder = outputs_page
    page.photos_check.setChecked(False)
    page.video_check.setChecked(False)
    for key in ("quotes", "contest"):
        page.more_checks[key].setChecked(True)
    rows = page.render_selected()
    assert len(rows) == 2
    qtbot.waitUntil(lambda: all(r.outcome not in ("running", "waiting") for r in rows), timeout=60000)
    assert [r.outcome for r in rows] == ["failed", "failed"], [r.result_text for r in rows]
    assert "speakers" in rows[0].result_text
    assert rows[1].result_text
