"""The Network page on real widgets, offscreen: export, import with the per-entry report, cities, erasure."""

from __future__ import annotations

import zipfile

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from icc_studio.core.packages import ExportSpec, create_coordinator_project, export_package  # noqa: E402
from icc_studio.core.store import Project  # noqa: E402
from icc_studio.gui.app import create_app  # noqa: E402

from ._packages_support import KIT, make_city  # noqa: E402


def _wait(qtbot, handle) -> None:
    """Until the job has finished or failed and the page's own slots (connected first) have run.

    One event loop, not qtbot.waitUntil: every qWait of this PySide6 drops a reference to None, and
    a long polling wait ends the process with "deallocating None".
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: None if handle.running else QTimer.singleShot(0, loop.quit))
    poll.start(20)  # the page's slots run from the same queue, before the quit posted after them
    QTimer.singleShot(60000, loop.quit)
    loop.exec()
    poll.stop()
    assert not handle.running, "the job did not end within a minute"


@pytest.fixture
def window(qtbot):
    _app, win = create_app()
    qtbot.addWidget(win)
    win.context.languages.set_language("en")
    yield win
    win.context.jobs.cancel_all()
    win.context.jobs.wait(5000)
    win.context.session.close()


def test_network_page_imports_lists_cities_and_erases(window, qtbot, tmp_path, monkeypatch):
    lyon = make_city(tmp_path / "lyon", "Lyon", seeds=(1, 2), language="fr")
    package = export_package(ExportSpec(lyon, tmp_path / "lyon.zip")).path
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(package) as a, zipfile.ZipFile(bad, "w") as b:
        for name in a.namelist():
            b.writestr(name, a.read(name))
        b.writestr("../../escape.sh", b"rm -rf /")
    create_coordinator_project(tmp_path / "net", kit_id=KIT, languages=["en"], campaign_year=2026).close()
    warnings: list[str] = []  # a failed job would show a modal box: record it instead of blocking the test

    def warning(parent, title, text, *args, **kwargs):
        warnings.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", warning)
    assert window.open_project(tmp_path / "net")
    page = window.show_page("network")
    assert "coordinator" in page.role.text()

    # (waitSignal, not waitUntil: each qWait of PySide6 here drops a reference to None, and a long
    # polling wait ends the process with "deallocating None".)
    _wait(qtbot, page.start_import([package, bad]))
    assert warnings == []
    report = page.import_report
    assert report.topLevelItemCount() == 2
    assert "2 added" in report.topLevelItem(0).text(1)
    assert report.topLevelItem(0).childCount() == 3  # the manifest and two photos, each checked
    refused = report.topLevelItem(1)
    assert "Refused" in refused.text(1) and "../../escape.sh" in refused.text(1)
    assert page.cities.topLevelItemCount() == 1 and page.cities.topLevelItem(0).text(0) == "Lyon"
    assert page.contributor.count() == 2

    _wait(qtbot, page.erase())  # the confirmation is answered Yes
    assert len(warnings) == 1 and "Erase" in warnings[0]
    assert page.contributor.count() == 1
    assert "withdrawal notice" in page.erase_result.text()
    with Project.open(tmp_path / "net") as project:
        assert len(project.contributions()) == 1
        assert len(project.query("SELECT * FROM withdrawals")) == 1

    _wait(qtbot, page.show_privacy_report())
    assert page.privacy.topLevelItemCount() >= 3, warnings
    assert page.privacy_save.isEnabled()
