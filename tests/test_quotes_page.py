"""The Quote posters page on real widgets, offscreen: speakers, the live length counter, the live preview,
Render with progress and cancel, and the speakers kept with the project."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from icc_studio.core.assets.quotes import PORTRAITS_DIR, QUOTE_MAX_LENGTH  # noqa: E402

from ._assets_support import make_project, portrait  # noqa: E402
from ._gui_support import close_window, open_window  # noqa: E402
from ._quotes_support import LAYOUT_TOLERANCE, layout_difference, pdf_page_image  # noqa: E402

OUT = "exports/quotes"


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, make_project(tmp_path / "project", count=6))
    yield win
    close_window(win)


def settled(page, before) -> bool:
    """A new preview is on show and no other is due."""
    return page.last_preview is not None and page.last_preview is not before and page.previewer.idle


def add_speaker(page, qtbot, name: str, role: str) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    for field, text in ((page.name, name), (page.role, role)):
        if text.isascii():
            qtbot.keyClicks(field, text)
        else:  # QTest types only characters a keyboard layout maps to keys
            field.insert(text)


def test_the_counter_counts_characters_as_people_see_them_and_a_long_quote_blocks_render(window, qtbot):
    page = window.show_page("quotes")
    assert page.title() == "Quote posters"
    assert not page.render_button.isEnabled() and "Add a speaker" in page.problem.text()

    add_speaker(page, qtbot, "Claire Dubois", "Mayor of Testville")
    qtbot.keyClicks(page.quote, "Cafe")
    page.quote.insertPlainText("\u0301 😀")  # a combining accent on the e, and an emoji (two UTF-16 units)
    assert page.quote.toPlainText() == "Cafe\u0301 😀"  # 7 code points
    assert page.counter.text() == f"6 / {QUOTE_MAX_LENGTH}"
    assert page.render_button.isEnabled()

    add_speaker(page, qtbot, "Awa Diallo", "Baker")
    assert page.list.currentRow() == 1 and page.quote.toPlainText() == ""
    page.quote.insertPlainText("x" * (QUOTE_MAX_LENGTH + 10))
    assert page.counter.text().startswith(f"{QUOTE_MAX_LENGTH + 10} / {QUOTE_MAX_LENGTH}")
    assert "10 character" in page.counter.text() and "color" in page.counter.styleSheet()
    assert not page.render_button.isEnabled()
    assert "Awa Diallo" in page.problem.text() and "10 character" in page.problem.text()
    assert page.render_button.toolTip() == page.problem.text()

    page.quote.setFocus()
    qtbot.keyClick(page.quote, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Qt's own undo
    assert page.quote.toPlainText() == "" and page.counter.text() == f"0 / {QUOTE_MAX_LENGTH}"
    assert not page.render_button.isEnabled() and "Awa Diallo" in page.problem.text()  # no quote yet
    page.quote.redo()
    assert page.counter.text().startswith(f"{QUOTE_MAX_LENGTH + 10} / ")

    page.list.setCurrentRow(0)  # the other speaker's counter; the blocking speaker is still named
    assert page.counter.text() == f"6 / {QUOTE_MAX_LENGTH}" and "Awa Diallo" in page.problem.text()

    page.list.setCurrentRow(1)
    page.quote.setFocus()
    page.quote.selectAll()
    qtbot.keyClicks(page.quote, "Bread, poems and football.")
    assert page.render_button.isEnabled() and page.problem.isHidden()

    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)  # reorder: the posters are numbered in this order
    assert [page.list.item(i).text() for i in range(2)] == ["1. Awa Diallo", "2. Claire Dubois"]
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in page.speakers] == ["Claire Dubois"]


def test_render_matches_the_preview_and_the_speakers_survive_reopening(window, qtbot, tmp_path):
    page = window.show_page("quotes")
    folder = window.context.session.folder
    add_speaker(page, qtbot, "Claire Dubois", "Mayor of Testville")
    qtbot.keyClicks(page.quote, "Our city is stronger with every voice.")

    page.choose_contribution()  # the thumbnail chooser of approved photos
    chooser = page._chooser
    assert chooser.list.count() == 6
    qtbot.waitUntil(lambda: chooser._job is None or not chooser._job.running, timeout=10000)
    ok = chooser.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    chooser.list.setCurrentRow(0)
    assert chooser.chosen() == 1
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert page.speakers[0].contribution_id == 1 and "#1" in page.portrait_text.text()
    assert not page.portrait_image.pixmap().isNull()

    add_speaker(page, qtbot, "ليلى منصور", "مهندسة ومتطوعة")
    page.language.setCurrentIndex(page.language.findData("ar"))
    assert page.quote.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.quote.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    page.quote.insertPlainText("مدينتنا بيتنا جميعاً، ونبنيها معاً.")
    official = tmp_path / "official.png"
    portrait(7, (600, 800)).save(official)
    page.set_portrait_file(official)
    qtbot.waitUntil(lambda: page.speakers[1].photo is not None, timeout=10000)
    assert page.speakers[1].photo.parent == folder / PORTRAITS_DIR  # copied in: the project stays whole

    before = page.last_preview
    qtbot.waitUntil(lambda: settled(page, before), timeout=20000)
    square = page.last_preview.image
    assert square.size == (480, 480)
    before = page.last_preview
    page.poster_choice.click()
    qtbot.waitUntil(lambda: settled(page, before), timeout=20000)
    poster = page.last_preview.image
    assert page.last_preview.output_id == "quote_poster"
    assert poster.height / poster.width == pytest.approx(426 / 303, abs=0.01)  # A3 + 3 mm bleed
    window.show()
    qtbot.waitExposed(window)
    window.grab().save(str(tmp_path / "quotes_page.png"))

    # cancel at once: nothing half-written is kept
    qtbot.mouseClick(page.render_button, Qt.MouseButton.LeftButton)
    assert not page.cancel_button.isHidden() and not page.progress.isHidden() and not page.render_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cancelled" in page.status.text(), timeout=30000)
    assert page.cancel_button.isHidden() and page.render_button.isEnabled()
    assert not list((folder / OUT).glob("*.*"))

    qtbot.mouseClick(page.render_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: " written to " in page.status.text(), timeout=60000)
    assert page.open_button.isEnabled()
    names = sorted(p.name for p in (folder / OUT).iterdir())
    assert names == ["testville_migrants-18december_quote_01_claire-dubois_A3.pdf",
                     "testville_migrants-18december_quote_01_claire-dubois_square.alt.txt",
                     "testville_migrants-18december_quote_01_claire-dubois_square.jpg",
                     "testville_migrants-18december_quote_02_speaker_A3.pdf",
                     "testville_migrants-18december_quote_02_speaker_square.alt.txt",
                     "testville_migrants-18december_quote_02_speaker_square.jpg"]
    alt = (folder / OUT / names[4]).read_text(encoding="utf-8")
    assert alt.startswith("ليلى منصور, مهندسة ومتطوعة: «مدينتنا")
    with Image.open(folder / OUT / names[5]) as exported:  # what staff saw is what was written
        assert exported.size == (1080, 1080)
        assert layout_difference(exported, square) < LAYOUT_TOLERANCE
    assert layout_difference(pdf_page_image(folder / OUT / names[3]), poster) < LAYOUT_TOLERANCE

    saved = list(page.speakers)
    page.list.setCurrentRow(0)
    page.name.setText("Claire Dubois-Martin")  # closed before the delayed save: kept all the same
    window.context.session.close()
    assert page.speakers == [] and page.list.count() == 0
    assert window.open_project(folder)
    assert [s.name for s in page.speakers] == ["Claire Dubois-Martin", "ليلى منصور"]
    assert page.speakers[1] == saved[1] and page.speakers[1].photo.is_file()
    assert page.speakers[0].contribution_id == 1 and page.speakers[1].language == "ar"
    assert page.list.currentRow() == 0 and page.name.text() == "Claire Dubois-Martin"


def test_speakers_saved_by_a_newer_version_are_shown_as_such_and_never_saved_over(qtbot, tmp_path):
    from icc_studio.core.store import Project

    folder = make_project(tmp_path / "project", count=2)
    newer = {"version": 99, "speakers": [{"name": "Kept", "quote": "Kept."}]}
    with Project.open(folder) as project:
        project.update_settings("quotes", newer)
    window = open_window(qtbot, folder)
    try:
        page = window.show_page("quotes")
        assert "newer" in page.status.text() and page.speakers == []
        assert not page.add_button.isEnabled() and not page.render_button.isEnabled()
        page.save()
    finally:
        close_window(window)
    with Project.open(folder) as project:
        assert project.settings()["quotes"] == newer
