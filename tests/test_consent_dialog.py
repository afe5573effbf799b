"""The paper-consent dialog on real widgets."""

from __future__ import annotations

import pytest

from icc_studio.core.importing import ImportSpec, import_files
from icc_studio.core.store import Project, Purpose

from .conftest import make_photo

pytest.importorskip("pytestqt")


@pytest.fixture
def two_photos(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    make_photo(folder / "a.jpg", size=(80, 60), seed=1)
    make_photo(folder / "b.jpg", size=(80, 60), seed=2)
    Project.create(tmp_path / "p", city="Testville", kit_id="migrants-18december", languages=["fr", "ar"],
                   campaign_year=2026).close()
    import_files(ImportSpec(tmp_path / "p", [folder]))
    with Project.open(tmp_path / "p") as project:
        yield project


def test_staff_record_a_minors_paper_consent_only_with_a_guardian(qtbot, two_photos):
    from icc_studio.gui.consent_dialog import ConsentDialog

    project = two_photos
    dialog = ConsentDialog(project, [1, 2])
    qtbot.addWidget(dialog)
    assert "{city}" not in dialog.form.text.toPlainText() and "Testville" in dialog.form.text.toPlainText()
    dialog.form.language.setCurrentIndex(dialog.form.language.findData("ar"))
    assert dialog.form.text.layoutDirection().name == "RightToLeft"
    dialog.form.name.setText("Sami")
    dialog.accept()
    assert dialog.result() == 0 and "purpose" in dialog.problem.text()
    dialog.form.purposes[Purpose.SOCIAL_MEDIA].setChecked(True)
    dialog.form.purposes[Purpose.CITY_VIDEO].setChecked(True)
    dialog.form.minor.setChecked(True)
    dialog.accept()
    assert dialog.result() == 0 and "guardian" in dialog.problem.text()
    assert project.contribution(1).contributor_id is None, "nothing saved before the form is right"
    dialog.form.guardian.setText("Hana Haddad")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.recorded
    for cid in (1, 2):
        c = project.contribution(cid)
        assert c.contributor_name == "Sami" and c.purposes == {Purpose.SOCIAL_MEDIA, Purpose.CITY_VIDEO}
    consent = project.consents(project.contribution(1).contributor_id)[0]
    assert consent.language == "ar" and consent.guardian_name == "Hana Haddad" and consent.method == "paper"
