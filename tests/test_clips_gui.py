"""The Clips page on real widgets, offscreen: the player on the proxy, frame steps, in/out keys, the kit's maximum."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtMultimedia import QMediaPlayer  # noqa: E402

from icc_studio.core.importing import ImportSpec, import_files  # noqa: E402
from icc_studio.core.store import Purpose, Status  # noqa: E402
from icc_studio.gui.app import create_app  # noqa: E402

from ._clips_support import make_clip  # noqa: E402


@pytest.fixture
def window(qtbot):
    _app, win = create_app()
    qtbot.addWidget(win)
    win.context.languages.set_language("en")
    yield win
    win.context.jobs.cancel_all()
    win.context.jobs.wait(5000)
    win.context.session.close()


@pytest.fixture
def clip_project(project, tmp_path):
    clip = make_clip(tmp_path / "talk.mp4", size=(192, 108), seconds=3.0)
    import_files(ImportSpec(project.folder, [clip]))
    cid = project.contributions()[0].id
    person = project.add_contributor("Jonas")
    project.record_consent(person, purposes=[Purpose.SOCIAL_MEDIA], text_version="1", language="en", method="paper")
    project.update_contribution(cid, contributor_id=person, caption="a nurse and a runner", language="en")
    project.set_status([cid], Status.APPROVED)
    folder = project.folder
    project.close()
    return folder, cid


def _loaded(page) -> bool:
    return page.player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia,
                                         QMediaPlayer.MediaStatus.EndOfMedia)


def test_player_keys_set_in_and_out_within_the_kits_maximum(window, clip_project, qtbot, monkeypatch):
    folder, cid = clip_project
    window.open_project(folder)
    page = window.show_page("clips")
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == cid, timeout=5000)
    qtbot.waitUntil(lambda: _loaded(page), timeout=10000)
    assert page.player.source().toLocalFile().endswith(f"{page.current.media_sha256}.mp4")  # the proxy
    assert "/cache/proxy/" in page.player.source().toLocalFile()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page.list.setFocus()
    keys = page.list

    page.seek(0.5)
    qtbot.keyClick(keys, Qt.Key.Key_Period)  # one frame forward: 16/30 s
    qtbot.waitUntil(lambda: abs(page.player.position() - 533) <= 2, timeout=3000)
    qtbot.keyClick(keys, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: page.current.trim_in_s is not None, timeout=3000)
    assert page.current.trim_in_s == pytest.approx(16 / 30, abs=1e-3)
    assert page.current.trim_out_s == pytest.approx(3.0, abs=0.05)  # proposed: up to the end (20 s allowed)
    page.seek(2.0)
    qtbot.keyClick(keys, Qt.Key.Key_Comma)  # one frame back: 59/30 s
    qtbot.keyClick(keys, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: page.current.trim_out_s == pytest.approx(59 / 30, abs=1e-3), timeout=3000)
    assert "maximum" not in page.message.text()
    assert "20 s per resident clip" in page.trim_label.text()

    # A campaign allowing only 1 s: the part from 0.53 s to 1.97 s is refused, with the reason.
    import icc_studio.core.video.trim as trim

    monkeypatch.setattr(trim, "clip_limit", lambda project: 1.0)
    page.seek(2.5)
    qtbot.keyClick(keys, Qt.Key.Key_O)
    assert "over this campaign's maximum of 1 s" in page.message.text()
    assert page.current.trim_out_s == pytest.approx(59 / 30, abs=1e-3)  # unchanged


def test_preview_of_the_normalised_clip_plays_and_the_page_looks_right(window, clip_project, qtbot, tmp_path,
                                                                      monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # previews go to the system's temporary folder
    folder, cid = clip_project
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.open_project(folder)
    page = window.show_page("clips")
    qtbot.waitUntil(lambda: _loaded(page), timeout=10000)
    page.seek(1.0)
    qtbot.waitUntil(lambda: abs(page.player.position() - 1000) <= 2, timeout=3000)
    page.set_in()
    handle = page.preview_normalised()
    with qtbot.waitSignal(handle.finished, timeout=30000) as blocker:
        pass
    result = blocker.args[0]
    assert result.size == (270, 480) and result.output.is_file() and result.output.is_relative_to(tmp_path)
    assert "clip-preview" in page.player.source().toLocalFile()
    assert page.source_button.isVisible()
    assert "normalised preview (9:16)" in page.message.text()
    image = window.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "clips-page.png"))
