"""The Settings dialog on real widgets (offscreen): language, default export folder, worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from icc_studio.core.settings import Settings, exports_base, load_settings, save_settings, settings_path  # noqa: E402
from icc_studio.core.store import Project  # noqa: E402
from icc_studio.gui.settings_dialog import SettingsDialog  # noqa: E402

from .conftest import make_photo  # noqa: E402


@pytest.fixture
def window(qtbot):
    from icc_studio.gui.app import create_app

    _app, win = create_app()
    qtbot.addWidget(win)
    win.context.languages.set_language("en")
    yield win
    win.context.languages.set_language("en")
    win.context.jobs.cancel_all()
    win.context.jobs.wait(10000)
    win.context.session.close()


@pytest.fixture
def photo_project(tmp_path):
    """Two approved photos whose contributors consented to social media."""
    from icc_studio.core.importing import ImportSpec, import_files
    from icc_studio.core.store import Project, Purpose, Status

    folder = tmp_path / "project"
    files = [make_photo(tmp_path / f"p{n}.jpg", size=(480, 600), seed=n) for n in range(2)]
    with Project.create(folder, city="São Paulo", kit_id="migrants-18december", languages=["en"],
                        campaign_year=2026) as project:
        assert import_files(ImportSpec(folder, files)).imported == 2
        for contribution in project.contributions():
            person = project.add_contributor(f"Resident {contribution.id}")
            project.record_consent(person, purposes=[Purpose.SOCIAL_MEDIA], text_version="1", language="en",
                                   method="paper")
            project.update_contribution(contribution.id, contributor_id=person, caption="a neighbour",
                                        language="en")
        project.set_status([c.id for c in project.contributions()], Status.APPROVED)
    return folder


def open_dialog(window, qtbot) -> SettingsDialog:
    """Open the dialog the way a user does: File › Settings…"""
    assert window.settings_action in window.file_menu.actions()
    window.settings_action.trigger()
    shown = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]  # closed ones await deletion
    assert len(shown) == 1 and shown[0].isModal()
    return shown[0]


def click(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(which).click()


OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def saved_file() -> dict:
    return json.loads(settings_path().read_text(encoding="utf-8"))


def test_settings_is_in_the_file_menu_with_its_shortcuts_and_accessible_fields(window, qtbot):
    shortcuts = [key.toString() for key in window.settings_action.shortcuts()]
    assert "Ctrl+," in shortcuts
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        assert key.toString() in shortcuts
    assert window.settings_action.text() == "&Settings…"
    dialog = open_dialog(window, qtbot)
    # 8 interface languages, each in its own name, after "Follow the system".
    assert dialog.language_combo.count() == 9 and dialog.language_combo.itemData(0) == ""
    names = [dialog.language_combo.itemText(i) for i in range(1, 9)]
    assert "Français" in names and "العربية" in names and "Українська" in names
    for widget in (dialog.language_combo, dialog.export_edit, dialog.browse_button, dialog.workers_spin):
        assert widget.accessibleName() and widget.toolTip()
    for label, field in ((dialog.language_label, dialog.language_combo), (dialog.export_label, dialog.export_edit),
                         (dialog.workers_label, dialog.workers_spin)):
        assert label.buddy() is field and "&" in label.text()  # Alt+letter reaches the field
    assert dialog.workers_spin.minimum() == 1 and dialog.workers_spin.maximum() >= 8
    assert dialog.workers_spin.value() == Settings().worker_processes
    click(dialog, CANCEL)


def test_choosing_french_changes_the_window_at_once_and_is_saved(window, qtbot):
    english_file_menu = window.file_menu.title()
    english_outputs = window.nav.item(len(window.pages) - 1).text()
    dialog = open_dialog(window, qtbot)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    click(dialog, OK)
    assert not dialog.isVisible()
    assert window.context.languages.language == "fr"
    assert window.file_menu.title() != english_file_menu  # "&Fichier"
    assert window.nav.item(len(window.pages) - 1).text() != english_outputs
    assert saved_file()["interface_language"] == "fr"
    assert load_settings().interface_language == "fr"
    # The dialog opened again shows the saved choice.
    again = open_dialog(window, qtbot)
    assert again.language_combo.currentData() == "fr"
    click(again, CANCEL)


def test_follow_the_system_is_saved_as_such(window, qtbot):
    from icc_studio.gui.i18n import LanguageManager

    save_settings(Settings(interface_language="de"))
    window.context.languages.set_language("de")
    dialog = open_dialog(window, qtbot)
    assert dialog.language_combo.currentData() == "de"
    dialog.language_combo.setCurrentIndex(0)
    click(dialog, OK)
    assert window.context.languages.language == LanguageManager.system_language()
    assert saved_file()["interface_language"] == ""  # not the code the language switch remembered


def test_arabic_mirrors_the_dialog(window, qtbot):
    window.context.languages.set_language("ar")
    dialog = open_dialog(window, qtbot)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.language_combo.isRightToLeft() and dialog.export_edit.isRightToLeft()
    # The field comes after its label in reading order: to its left in Arabic.
    assert dialog.export_edit.mapTo(dialog, dialog.export_edit.rect().topLeft()).x() < \
        dialog.export_label.mapTo(dialog, dialog.export_label.rect().topLeft()).x()
    click(dialog, CANCEL)


def test_cancel_changes_nothing(window, qtbot, tmp_path):
    save_settings(Settings(interface_language="en", export_folder=str(tmp_path), worker_processes=2,
                           last_project="/somewhere"))
    before = settings_path().read_bytes()
    dialog = open_dialog(window, qtbot)
    assert dialog.export_edit.text() == str(tmp_path) and dialog.workers_spin.value() == 2
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("it"))
    dialog.export_edit.setText(str(tmp_path / "elsewhere"))
    dialog.workers_spin.setValue(5)
    click(dialog, CANCEL)
    assert settings_path().read_bytes() == before
    assert window.context.languages.language == "en"
    assert not (tmp_path / "elsewhere").exists()


def test_restore_defaults_then_ok_saves_the_defaults(window, qtbot, tmp_path):
    save_settings(Settings(interface_language="en", export_folder=str(tmp_path), worker_processes=1,
                           last_project="/somewhere"))
    dialog = open_dialog(window, qtbot)
    dialog.restore_button.click()
    assert dialog.language_combo.currentData() == ""
    assert dialog.export_edit.text() == ""
    assert dialog.workers_spin.value() == Settings().worker_processes
    assert load_settings().worker_processes == 1  # nothing saved before OK
    click(dialog, OK)
    assert load_settings() == Settings(last_project="/somewhere")  # the last project is not a setting shown


def test_an_export_folder_that_cannot_be_used_is_refused_with_its_reason(window, qtbot, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = open_dialog(window, qtbot)
    for bad in (blocker, blocker / "exports"):
        dialog.export_edit.setText(str(bad))
        click(dialog, OK)
        assert dialog.isVisible()  # stays open
        assert dialog.export_problem.isVisible() and str(bad) in dialog.export_problem.text()
        assert dialog.export_edit.accessibleDescription() == dialog.export_problem.text()
    dialog.export_edit.setText("relative/folder")
    assert not dialog.export_problem.isVisible()  # editing clears the message
    click(dialog, OK)
    assert dialog.isVisible() and "relative/folder" in dialog.export_problem.text()
    assert not settings_path().exists() or load_settings().export_folder == ""
    new_folder = tmp_path / "new" / "exports"  # missing folders are created
    dialog.export_edit.setText(str(new_folder))
    click(dialog, OK)
    assert not dialog.isVisible() and new_folder.is_dir() and list(new_folder.iterdir()) == []
    assert load_settings().export_folder == str(new_folder)


def test_photos_rendered_from_the_outputs_page_go_to_the_export_folder(window, qtbot, photo_project, tmp_path,
                                                                       monkeypatch):
    target = tmp_path / "campaign exports"
    target.mkdir()
    assert window.open_project(photo_project)
    dialog = open_dialog(window, qtbot)
    monkeypatch.setattr("icc_studio.gui.settings_dialog.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: str(target))
    dialog.browse_button.click()
    assert dialog.export_edit.text() == str(target)
    dialog.workers_spin.setValue(1)
    click(dialog, OK)

    page = window.show_page("outputs")
    page.video_check.setChecked(False)
    rows = page.render_selected()
    assert len(rows) == 1 and rows[0].spec.out_dir == target / "São-Paulo" / "photos"
    qtbot.waitUntil(lambda: rows[0].outcome not in ("running", "waiting"), timeout=60000)
    assert rows[0].outcome == "finished", rows[0].result_text
    written = sorted((target / "São-Paulo" / "photos" / "feed_square").glob("*.jpg"))
    assert len(written) == 2
    assert all(path.with_suffix(".alt.txt").is_file() for path in written)
    with Image.open(written[0]) as image:
        assert image.size == (1080, 1080) and not image.getexif()
    assert rows[0].spec.workers == 1
    with Project.open(photo_project) as project:  # files outside the project are not its renders
        assert project.query("SELECT path FROM renders") == []
    assert not list((photo_project / "exports").rglob("*.jpg"))  # nothing in the project's own exports
    assert rows[0].folder == target / "São-Paulo" / "photos"  # "Open folder" shows where they are

    # Emptied again: the next render goes back to the project, without restarting.
    dialog = open_dialog(window, qtbot)
    dialog.export_edit.clear()
    click(dialog, OK)
    rows = page.render_selected()
    assert rows[0].spec.out_dir is None
    qtbot.waitUntil(lambda: rows[0].outcome not in ("running", "waiting"), timeout=60000)
    assert len(list((photo_project / "exports" / "photos" / "feed_square").glob("*.jpg"))) == 2


def test_other_outputs_follow_the_export_folder(tmp_path):
    from icc_studio.gui.pages.outputs import MORE_OUTPUTS, more_job

    project = tmp_path / "project"
    exports = tmp_path / "out" / "Lindaval"
    for key in MORE_OUTPUTS:
        _fn, spec, folder = more_job(key, project, exports, 3)
        if key == "clips":  # normalised clips stay in the project
            assert folder == project / "exports" / "clips"
        else:
            assert spec.out_dir == exports / key and folder == exports / key
    _fn, spec, _folder = more_job("gallery", project, exports, 3)
    assert spec.workers == 3
    _fn, spec, folder = more_job("collage", project, project / "exports")
    assert spec.out_dir is None and folder == project / "exports" / "collage"  # the core's default


def test_exports_base_names_a_folder_per_city(tmp_path):
    project = tmp_path / "my-project"
    assert exports_base(Settings(), project, "Lisbon") == project / "exports"
    chosen = Settings(export_folder=str(tmp_path / "x"))
    assert exports_base(chosen, project, "Lisbon") == tmp_path / "x" / "Lisbon"
    assert exports_base(chosen, project, "Київ") == tmp_path / "x" / "Київ"
    assert exports_base(chosen, project, "../../etc") == tmp_path / "x" / "etc"  # never outside the folder
    assert exports_base(chosen, project, "  ") == tmp_path / "x" / "my-project"


def test_worker_processes_reach_the_render_and_import_jobs(window, qtbot, photo_project, monkeypatch):
    from icc_studio.core.importing import ImportReport
    from icc_studio.core.render.photo_job import RenderReport

    seen = []

    def fake_render(spec, *, progress, cancel):
        seen.append(("render", spec.workers))
        return RenderReport()

    def fake_import(spec, *, progress, cancel):
        seen.append(("import", spec.workers))
        return ImportReport()

    monkeypatch.setattr("icc_studio.gui.pages.outputs.render_photos", fake_render)
    monkeypatch.setattr("icc_studio.gui.pages.contributions.import_files", fake_import)
    monkeypatch.setattr("icc_studio.gui.pages.contributions.ImportReportDialog.open", lambda self: None)
    assert window.open_project(photo_project)
    outputs = window.show_page("outputs")
    outputs.video_check.setChecked(False)
    contributions = next(p for p in window.pages if p.page_id == "contributions")

    for workers in (3, 2):  # a change applies to the next job, without restarting
        dialog = open_dialog(window, qtbot)
        dialog.workers_spin.setValue(workers)
        click(dialog, OK)
        rows = outputs.render_selected()
        qtbot.waitUntil(lambda: rows[0].outcome == "finished", timeout=10000)
        handle = contributions.import_paths([Path("/nonexistent.jpg")])
        qtbot.waitUntil(lambda: not handle.running, timeout=10000)
        assert seen[-2:] == [("render", workers), ("import", workers)]
    assert load_settings().worker_processes == 2
