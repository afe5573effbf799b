"""The GUI shell on real widgets, offscreen: pages, project, jobs with progress and cancel, languages."""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from icc_studio.core.errors import IccError  # noqa: E402
from icc_studio.core.importing import ImportSpec, import_files  # noqa: E402
from icc_studio.core.render.photo_job import ItemStatus  # noqa: E402
from icc_studio.gui.app import create_app  # noqa: E402
from icc_studio.gui.pages.contributions import ImportReportDialog  # noqa: E402


@pytest.fixture
def window(qtbot):
    _app, win = create_app()
    qtbot.addWidget(win)
    win.context.languages.set_language("en")
    yield win
    win.context.jobs.cancel_all()
    win.context.jobs.wait(5000)
    win.context.session.close()


def test_shell_is_built_from_the_page_registry(window):
    ids = [page.page_id for page in window.pages]
    assert ids[:2] == ["campaign", "contributions"]
    assert window.nav.count() == len(window.pages) == window.stack.count()
    assert window.nav.item(1).text() == "Contributions"
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.pages[1]


def test_opens_a_project_and_shows_its_contributions(window, project, photo_dir, qtbot):
    folder = project.folder
    project.close()
    assert window.open_project(folder)
    assert "Testville" in window.windowTitle()
    page = window.show_page("contributions")
    handle = page.import_paths([photo_dir])
    with qtbot.waitSignal(handle.finished, timeout=20000) as blocker:
        pass
    report = blocker.args[0]
    assert report.imported == 3
    dialog = page.findChild(ImportReportDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.table.rowCount() == 3 and dialog.table.item(0, 1).text() == "imported"
    dialog.close()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert "3 contributions" in page.summary.text()
    # keyboard review: select the first item, press A
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page.view.setCurrentIndex(page.model.index(0))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    assert window.context.session.project.count_by_status()["approved"] == 1
    # thumbnails arrive from the background
    qtbot.waitUntil(lambda: all(page.model.is_loaded(row) for row in range(3)), timeout=10000)


def _slow_job(spec, *, progress, cancel):
    for i in range(200):
        cancel.check()
        progress(i, 200, f"step {i}")
        time.sleep(0.01)
    return "finished"


def _failing_job(spec, *, progress, cancel):
    raise IccError("the disk is full")


def test_job_runner_reports_progress_and_cancels(window, qtbot):
    seen = []
    handle = window.context.jobs.start("Slow work", _slow_job, None)
    handle.progress.connect(lambda d, t, m: seen.append((d, t)))
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=5000)
    assert window.job_bar.isVisible() or window.job_bar.current is handle
    assert threading.current_thread() is threading.main_thread()
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        window.job_bar.cancel_button.click()
    assert not handle.running
    assert seen[-1][0] < 199  # really stopped early


def test_job_failure_arrives_as_a_signal(window, qtbot):
    handle = window.context.jobs.start("Failing", _failing_job, None)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert "disk is full" in str(blocker.args[0])


def test_language_switch_retranslates_and_mirrors(window, qtbot):
    window.context.languages.set_language("fr")
    assert window.nav.item(1).text() == "Contributions"  # same word in French
    assert window.nav.item(0).text() == "Campagne"
    assert window.file_menu.title() == "&Fichier"
    window.context.languages.set_language("en")
    assert window.nav.item(0).text() == "Campaign"
    assert window.file_menu.title() == "&File"


def test_preview_and_render_from_the_contributions_page(window, project, qtbot):
    from icc_studio.core.paths import demo_dir
    from icc_studio.core.store import Purpose, Status
    from icc_studio.gui.pages.contributions import RenderReportDialog

    import_files(ImportSpec(project.folder, [demo_dir() / "photos" / "astronaut.jpg"]))
    cid = project.contributions()[0].id
    person = project.add_contributor("Eileen")
    project.record_consent(person, purposes=[Purpose.SOCIAL_MEDIA], text_version="1", language="en", method="paper")
    project.update_contribution(cid, contributor_id=person, caption="an astronaut and a mother", language="en")
    project.set_status([cid], Status.APPROVED)
    folder = project.folder
    project.close()
    window.open_project(folder)
    page = window.show_page("contributions")
    page.view.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=10000)
    handle = page.render_photos()
    with qtbot.waitSignal(handle.finished, timeout=60000) as blocker:
        pass
    report = blocker.args[0]
    assert report.count(ItemStatus.RENDERED) == 5
    dialog = page.findChild(RenderReportDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.close()
    exported = sorted((folder / "exports" / "photos").rglob("*.jpg"))
    assert len(exported) == 5
