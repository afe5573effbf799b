"""Event capture on real widgets: a volunteer records residents with the fake camera, consent first."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from icc_studio.core.kiosk.camera import FakeCamera  # noqa: E402
from icc_studio.core.store import Project, Purpose, Status  # noqa: E402
from icc_studio.gui.app import create_app  # noqa: E402

from .conftest import make_photo  # noqa: E402


@pytest.fixture
def page(qtbot, tmp_path):
    folder = tmp_path / "event"
    Project.create(folder, city="Testville", kit_id="migrants-18december", languages=["fr", "ar"],
                   campaign_year=2026).close()
    _app, window = create_app()
    qtbot.addWidget(window)
    window.context.languages.set_language("en")
    assert window.open_project(folder)
    capture = window.show_page("capture")
    yield capture, window, folder
    capture.stop_camera()
    window.context.jobs.cancel_all()
    window.context.jobs.wait(10000)
    window.context.session.close()


def rows(folder):
    with Project.open(folder) as project:
        return project._conn.execute("SELECT (SELECT count(*) FROM contributions), (SELECT count(*) FROM consents),"
                                     " (SELECT count(*) FROM media)").fetchone()[:]


def wait_kept(qtbot, capture):
    """Until the page has taken in the result of its keep job (its last slot has run)."""
    qtbot.waitUntil(lambda: capture._job is None, timeout=60000)


def take(qtbot, capture):
    """Take the portrait once the live preview shows the resident in front of the camera."""
    seen = capture.camera_thread.frames_delivered
    qtbot.waitUntil(lambda: capture.camera_thread.frames_delivered > seen + 1, timeout=10000)
    capture.take_portrait()
    assert capture.portrait is not None, capture.problem.text()


def test_three_residents_at_an_event_one_of_them_a_minor(qtbot, page, tmp_path):
    capture, window, folder = page
    capture.start_camera(FakeCamera((640, 480), seed=3))
    qtbot.waitUntil(lambda: capture.picture.pixmap() is not None and not capture.picture.pixmap().isNull(),
                    timeout=10000)

    # 1. An adult: portrait, consent, message.
    take(qtbot, capture)
    assert capture.portrait is not None and capture.portrait.shape[:2] == (480, 640)
    capture.form.name.setText("Amal")
    capture.form.language.setCurrentIndex(capture.form.language.findData("ar"))
    capture.message.setText("مهندسة وأم")
    capture.keep()
    assert "purpose" in capture.problem.text() and rows(folder) == (0, 0, 0), "nothing kept without consent"
    capture.form.purposes[Purpose.SOCIAL_MEDIA].setChecked(True)
    capture.form.purposes[Purpose.CITY_VIDEO].setChecked(True)
    capture.keep()
    assert capture.portrait is None and capture.form.name.text() == "" and capture.message.text() == "", \
        "the next resident starts with an empty page"
    wait_kept(qtbot, capture)

    # 2. A minor: refused without a guardian, kept with one.
    take(qtbot, capture)
    capture.form.name.setText("Leo")
    capture.form.purposes[Purpose.SOCIAL_MEDIA].setChecked(True)
    capture.form.minor.setChecked(True)
    capture.keep()
    assert "guardian" in capture.problem.text()
    capture.form.guardian.setText("Marie Dupont")
    capture.keep()
    wait_kept(qtbot, capture)

    # 3. Photos from a camera card.
    card = tmp_path / "card"
    card.mkdir()
    files = [make_photo(card / f"DSC_00{i}.JPG", size=(320, 240), seed=40 + i, fmt="JPEG") for i in range(2)]
    capture.set_picked(files)
    capture.form.name.setText("Sam")
    capture.form.purposes[Purpose.PRINT_POSTER].setChecked(True)
    capture.keep()
    wait_kept(qtbot, capture)
    assert "2" in capture.intro.text()

    with Project.open(folder) as project:
        items = {c.contributor_name: c for c in project.contributions()}
        assert len(project.contributions()) == 4
        assert all(c.status == Status.PENDING and c.has_consent for c in project.contributions())
        amal = items["Amal"]
        assert amal.purposes == {Purpose.SOCIAL_MEDIA, Purpose.CITY_VIDEO} and amal.language == "ar"
        assert amal.caption == "مهندسة وأم"
        consent = project.consents(amal.contributor_id)[0]
        assert consent.method == "volunteer" and consent.language == "ar"
        leo = project.contributor(items["Leo"].contributor_id)
        assert leo.is_minor and leo.guardian_name == "Marie Dupont"
        sams = [c for c in project.contributions() if c.contributor_name == "Sam"]
        assert len(sams) == 2 and all(c.purposes == {Purpose.PRINT_POSTER} for c in sams)


def test_discard_forgets_the_picture(qtbot, page):
    capture, _window, folder = page
    capture.start_camera(FakeCamera((320, 240), seed=5))
    take(qtbot, capture)
    frame = capture.portrait
    capture.form.name.setText("Ana")
    capture.discard()
    assert capture.portrait is None and not frame.any(), "the pixels are overwritten"
    assert capture.form.name.text() == "" and rows(folder) == (0, 0, 0)
