"""The Contributions page on real widgets, offscreen: filters, consent shown on each item, review by
keyboard (one by one and in bulk, reject with a remembered reason), duplicates in the import report;
and the same consent filter in the CLI."""

from __future__ import annotations

import json
import shutil

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from icc_studio.core.importing import ImportSpec, import_files  # noqa: E402
from icc_studio.core.review import ConsentState, consent_state  # noqa: E402
from icc_studio.core.store import MediaKind, Project, Status  # noqa: E402
from icc_studio.gui.consent_dialog import ConsentDialog  # noqa: E402
from icc_studio.gui.pages.contributions import (  # noqa: E402
    CONSENT_COLOURS,
    ImportReportDialog,
    RejectDialog,
    ThumbnailDelegate,
)

from ._gui_support import close_window, demo_copy, open_window  # noqa: E402
from .conftest import make_photo  # noqa: E402


@pytest.fixture
def folder(tmp_path):
    """The demo project and one photo that arrived by e-mail, without any consent yet."""
    project_folder = demo_copy(tmp_path / "project")
    walk_in = make_photo(tmp_path / "walk-in.jpg", size=(480, 640), seed=7)
    report = import_files(ImportSpec(project_folder, [walk_in], workers=1))
    assert report.imported == 1
    return project_folder


@pytest.fixture
def window(qtbot, folder):
    win = open_window(qtbot, folder)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    yield win
    close_window(win)


def _select(page, ids):
    selection = page.view.selectionModel()
    selection.clearSelection()
    for cid in ids:
        index = page.model.index(page.model.row_of(cid))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(page.model.index(page.model.row_of(ids[-1])), QItemSelectionModel.SelectionFlag.NoUpdate)
    page.view.setFocus()


def _marker_colour(page, qtbot, cid) -> QColor:
    """The colour in the middle of the consent marker painted on an item's thumbnail."""
    row = page.model.row_of(cid)
    index = page.model.index(row)
    page.view.scrollTo(index)
    qtbot.waitUntil(lambda: page.model.is_loaded(row), timeout=10000)
    pixmap = index.data(Qt.ItemDataRole.DecorationRole)
    _box, target = ThumbnailDelegate.picture_rects(page.view.visualRect(index), pixmap)
    centre = ThumbnailDelegate.marker_centre(target, rtl=False)
    image = page.view.viewport().grab().toImage()
    # beside the white check or bar drawn in the middle
    return image.pixelColor(round(centre.x()) - 7, round(centre.y()))


def _close(colour: QColor, expected: QColor, tolerance: int = 30) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True))


def test_filters_and_consent_on_every_item(window, qtbot):
    project = window.context.session.project
    page = window.show_page("contributions")
    items = project.contributions()
    walk_in = next(c for c in items if not c.has_consent)
    assert "1 without consent" in page.summary.text()

    # consent filter: only the one without consent
    page.consent_filter.setCurrentIndex(page.consent_filter.findData(True))
    assert [c.id for c in page.model.items] == [walk_in.id]
    assert "1 shown" in page.shown_label.text()
    index = page.model.index(0)
    assert "consent missing" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "consent missing" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    page.view.setCurrentIndex(index)
    assert "No consent is recorded" in page.details.text()
    assert _close(_marker_colour(page, qtbot, walk_in.id), CONSENT_COLOURS[ConsentState.MISSING])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_C)  # C: record the consent signed on paper
    dialog = page.findChild(ConsentDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.contribution_ids == [walk_in.id]
    dialog.reject()
    page.consent_filter.setCurrentIndex(0)

    # the markers of a complete and a partial consent, and the purposes in the details
    complete = next(c for c in items if consent_state(c) == ConsentState.COMPLETE)
    partial = next(c for c in items if consent_state(c) == ConsentState.PARTIAL)
    assert _close(_marker_colour(page, qtbot, complete.id), CONSENT_COLOURS[ConsentState.COMPLETE])
    assert _close(_marker_colour(page, qtbot, partial.id), CONSENT_COLOURS[ConsentState.PARTIAL])
    assert page.select_contribution(partial.id)
    details = page.details.text()
    assert "consent for some purposes" in details and "social media" in details and "✘" in details

    # type, language and status
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(MediaKind.CLIP))
    clips = [c.id for c in items if c.kind == MediaKind.CLIP]
    assert [c.id for c in page.model.items] == clips and clips
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(MediaKind.PHOTO))
    page.language_filter.setCurrentIndex(page.language_filter.findData("ar"))
    arabic = [c.id for c in items if c.kind == MediaKind.PHOTO and c.language == "ar"]
    assert [c.id for c in page.model.items] == arabic and arabic
    page.status_filter.setCurrentIndex(page.status_filter.findData(Status.APPROVED))
    assert [c.id for c in page.model.items] == [c for c in arabic
                                               if project.contribution(c).status == Status.APPROVED]
    for combo in (page.status_filter, page.kind_filter, page.language_filter):
        combo.setCurrentIndex(0)
    assert page.model.rowCount() == len(items)


def test_review_by_keyboard_with_remembered_reasons(window, qtbot):
    project = window.context.session.project
    page = window.show_page("contributions")
    pending = [c.id for c in project.contributions(Status.PENDING)]
    assert len(pending) >= 3

    # R on two items: one reason for both
    _select(page, pending[:2])
    qtbot.keyClick(page.view, Qt.Key.Key_R)
    dialog = page.findChild(RejectDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert "2 contribution" in dialog.question.text()
    assert not dialog.ok_button.isEnabled()  # no reason, no rejection
    qtbot.keyClicks(dialog.reason_box.lineEdit(), "Blurred beyond use")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    for cid in pending[:2]:
        c = project.contribution(cid)
        assert c.status == Status.REJECTED and c.status_reason == "Blurred beyond use"
    dialog.deleteLater()

    # the reason is offered first next time; cancelling changes nothing
    _select(page, [pending[2]])
    qtbot.keyClick(page.view, Qt.Key.Key_R)
    dialog = [d for d in page.findChildren(RejectDialog) if d.isVisible()][0]
    assert dialog.reason_box.itemText(0) == "Blurred beyond use"
    dialog.reject()
    assert project.contribution(pending[2]).status == Status.PENDING

    # A on a selection approves them all
    _select(page, pending[2:])
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    assert all(project.contribution(cid).status == Status.APPROVED for cid in pending[2:])

    # arrows move, Enter opens the editor on the current item
    first = page.model.items[0].id
    page.select_contribution(first)
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    second = page.model.items[1].id
    assert page.view.currentIndex().row() == 1
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    editor = window.stack.currentWidget()
    assert editor.page_id == "editor" and editor.contribution.id == second


def test_import_report_flags_duplicates(window, qtbot, tmp_path):
    page = window.show_page("contributions")
    original = make_photo(tmp_path / "festival.jpg", size=(500, 400), seed=11)
    again = tmp_path / "festival-copy.jpg"
    shutil.copy(original, again)
    handle = page.import_paths([original, again])
    with qtbot.waitSignal(handle.finished, timeout=30000):
        pass
    dialog = page.findChild(ImportReportDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.duplicates_note.isVisible() and "not imported again" in dialog.duplicates_note.text()
    results = {dialog.table.item(row, 0).text(): (dialog.table.item(row, 1).text(), dialog.table.item(row, 2).text())
               for row in range(dialog.table.rowCount())}
    outcomes = sorted(result for result, _reason in results.values())
    assert outcomes == ["duplicate", "imported"]
    duplicate_reason = next(reason for result, reason in results.values() if result == "duplicate")
    assert duplicate_reason.startswith("already contribution #")
    dialog.problems_only.setChecked(True)
    shown = [row for row in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(row)]
    assert [dialog.table.item(row, 1).text() for row in shown] == ["duplicate"]
    dialog.close()


def test_cli_lists_consent_and_filters_missing(folder, capsys):
    from icc_studio.cli.main import main

    with Project.open(folder) as project:
        walk_in = next(c.id for c in project.contributions() if not c.has_consent)
    assert main(["list", str(folder)]) == 0
    table = capsys.readouterr().out
    assert "all: social,print,video,reshare" in table and "partial: " in table and "missing" in table
    assert main(["list", str(folder), "--missing-consent", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [item["id"] for item in listed] == [walk_in]
    assert listed[0]["consent_state"] == "missing" and listed[0]["consent"] is None
