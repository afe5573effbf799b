"""The Contest page on real widgets, offscreen: jurors, entries chosen in the dialog, scores typed on the keyboard,
the ranking following them, undo, and the winner's card rendered off the GUI thread."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit  # noqa: E402

from icc_studio.core import contest  # noqa: E402
from icc_studio.gui.app import create_app  # noqa: E402
from icc_studio.gui.pages.contest import EntryChooser, ScoreModel  # noqa: E402

from ._assets_support import make_project  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path):
    _app, win = create_app()
    qtbot.addWidget(win)
    win.context.languages.set_language("en")
    win.resize(1400, 820)
    assert win.open_project(make_project(tmp_path / "project", count=4))
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.context.jobs.cancel_all()
    win.context.jobs.wait(10000)
    win.context.session.close()


def _type_score(qtbot, page, row: int, column: int, text: str) -> None:
    """Select a cell, type the score (the first key opens the editor) and press Enter."""
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, column))
    qtbot.keyClicks(page.table, text[0])
    editors = [w for w in page.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, "typing opens the cell's editor"
    editor = editors[0]
    assert editor.text() == text[0]
    if text[1:]:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)


def _choose_in_dialog(qtbot, rows: list[int]) -> None:
    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EntryChooser)
        for row in rows:
            dialog.list.item(row).setSelected(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(50, choose)


def test_jury_scores_by_keyboard_and_the_ranking_follows(window, qtbot, tmp_path):
    page = window.show_page("contest")
    assert page.title() == "Student contest" and page.order == 50
    ids = [p.page_id for p in window.pages]
    assert ids.index("collage") < ids.index("contest") < ids.index("outputs")
    assert not page.render_button.isEnabled()

    assert page.add_juror("Ana") and page.add_juror("Ben")
    assert not page.add_juror("ana")  # the same juror twice is refused, with a message
    assert "already a juror" in page.status.text()
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in (2, 3)] == ["Ana", "Ben"]

    _choose_in_dialog(qtbot, [0, 1, 2])  # contributions 1, 2, 3
    page.add_entries_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert [r.entry.id for r in page.model.rows] == [1, 2, 3]
    assert "incomplete" not in page.summary.text().lower() and "No scores yet" in page.summary.text()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, ScoreModel.ENTRY),
                                            Qt.ItemDataRole.DecorationRole) is not None, timeout=10000)

    ana = page.model.juror_column(contest.find_juror(window.context.session.project, "Ana").id)
    _type_score(qtbot, page, 0, ana, "7")
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 1, timeout=2000)  # Enter moved down
    _type_score(qtbot, page, 1, ana, "9,5")
    _type_score(qtbot, page, 2, ana, "8")
    rank = page.model.rank_column
    assert [page.model.data(page.model.index(r, rank)) for r in range(3)] == ["3", "1", "2"]
    assert "Incomplete" in page.model.data(page.model.index(0, page.model.marks_column))
    assert page.model.data(page.model.index(0, ana + 1), Qt.ItemDataRole.BackgroundRole) is not None
    assert "Provisional" in page.summary.text() and not page.render_button.isEnabled()

    _type_score(qtbot, page, 1, ana, "12")  # refused: the score stays
    assert "not a score" in page.status.text()
    assert page.model.data(page.model.index(1, ana)) == "9.5"

    ben = ana + 1
    for row, text in enumerate(("10", "8", "6")):
        _type_score(qtbot, page, row, ben, text)
    assert [page.model.data(page.model.index(r, page.model.mean_column)) for r in range(3)] == ["8.5", "8.75", "7"]
    assert [page.model.data(page.model.index(r, rank)) for r in range(3)] == ["2", "1", "3"]
    assert "Ranking final" in page.summary.text() and page.render_button.isEnabled()

    # Undo and redo of the last score, from the keyboard.
    window.activateWindow()  # the entry dialog had the focus last
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.data(page.model.index(2, ben)) == "" and "Provisional" in page.summary.text()
    with_project = window.context.session.project
    assert (contest.find_juror(with_project, "Ben").id, 3) not in contest.scores(with_project)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.model.data(page.model.index(2, ben)) == "6" and "Ranking final" in page.summary.text()

    # The winner's card, rendered as a job, shown and written.
    page.render_button.click()
    qtbot.waitUntil(lambda: "written to" in page.status.text(), timeout=60000)
    folder = window.context.session.folder / "exports" / "contest"
    cards = sorted(folder.rglob("*.jpg"))
    assert [p.name for p in cards] == [f"testville_migrants-18december_winner-photo_{fmt}_{lang}_c0002.jpg"
                                       for lang in ("ar", "en") for fmt in ("square", "story")]
    assert page.open_button.isEnabled() and page.preview_choice.count() == 4
    assert page.preview.pixmap() is not None and not page.preview.pixmap().isNull()
    qtbot.wait(100)
    window.grab().save(str(tmp_path / "contest_page.png"))


def test_rename_and_remove_a_juror_and_an_entry(window, qtbot):
    page = window.show_page("contest")
    project = window.context.session.project
    page.add_juror("Ana")
    page.add_juror("Ben")
    assert page.add_entries([1, 2, 4]) == 3
    ben = contest.find_juror(project, "Ben").id
    contest.set_score(project, ben, 1, 5)
    page.reload()
    page.juror_choice.setCurrentIndex(page.juror_choice.findData(ben))
    assert page.rename_juror("Benoît")
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Benoît"
    assert page.remove_juror(confirm=False)
    assert [j.name for j in page.model.jurors] == ["Ana"] and contest.scores(project) == {}
    page.table.setCurrentIndex(page.model.index(1, 0))
    assert page.remove_entry(confirm=False)
    assert [r.entry.id for r in page.model.rows] == [1, 4]
    # The note column is editable from the keyboard too, and never printed on a card.
    _type_score(qtbot, page, 0, ScoreModel.NOTE, "Class 4B")
    assert contest.entries(project)[0].note == "Class 4B"
