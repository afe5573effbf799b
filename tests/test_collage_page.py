"""The Collage page on real widgets, offscreen: live preview off the GUI thread, controls, Render."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from icc_studio.gui.app import create_app  # noqa: E402

from ._assets_support import make_project  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path):
    _app, win = create_app()
    qtbot.addWidget(win)
    win.context.languages.set_language("en")
    assert win.open_project(make_project(tmp_path / "project"))
    yield win
    win.context.jobs.cancel_all()
    win.context.jobs.wait(10000)
    win.context.session.close()


def test_collage_page_previews_and_renders(window, qtbot, tmp_path):
    page = window.show_page("collage")
    assert page.title() == "Collage poster"
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=20000)
    assert page.status.text().startswith("7 photo")  # plural forms come with the translations
    first = page.preview.pixmap().toImage()
    page.layout_choice.setCurrentIndex(page.layout_choice.findData("heart"))
    qtbot.waitUntil(lambda: page.preview.pixmap().toImage() != first, timeout=20000)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    window.grab().save(str(tmp_path / "collage_page.png"))
    page.paper.setCurrentIndex(page.paper.findData("A4"))
    page.render_button.click()
    qtbot.waitUntil(lambda: " written to " in page.status.text(), timeout=60000)
    folder = window.context.session.folder / "exports" / "collage"
    assert (folder / "testville_migrants-18december_collage_A4.pdf").is_file()
