"""The kiosk on real widgets (offscreen), driven with qtbot: a whole session, lock-down, languages, camera."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from icc_studio.core.kiosk.camera import FakeCamera  # noqa: E402
from icc_studio.core.kiosk.config import set_pin  # noqa: E402
from icc_studio.core.kiosk.machine import Screen  # noqa: E402
from icc_studio.core.kiosk.pin import PinNotSet  # noqa: E402
from icc_studio.core.store import Project, Purpose, Status  # noqa: E402
from icc_studio.gui.kiosk.launch import build_kiosk  # noqa: E402


@pytest.fixture
def kiosk_project(tmp_path):
    folder = tmp_path / "kiosk-project"
    with Project.create(folder, city="Lindaval", kit_id="migrants-18december", languages=["fr", "ar"]) as project:
        set_pin(project, "2468")
    return folder


@pytest.fixture
def kiosk(qtbot, kiosk_project):
    QApplication.instance() or QApplication([])
    camera = FakeCamera((640, 360), seed=6, fps=30)
    window = build_kiosk(kiosk_project, camera=camera, unit=18, countdown_s=1, thank_you_s=60)
    window.camera_under_test = camera
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    yield window
    if not window._unlocked:
        window._unlocked = True
        window.shutdown()


def current(window):
    return window.stack.currentWidget()


def test_a_whole_session_ends_in_a_pending_contribution_with_its_consent(kiosk, qtbot, kiosk_project):
    machine = kiosk.machine
    attract = current(kiosk)
    assert machine.state == Screen.ATTRACT and attract is kiosk.by_state[Screen.ATTRACT]
    qtbot.mouseClick(attract.start_button, Qt.MouseButton.LeftButton)
    assert current(kiosk) is kiosk.by_state[Screen.LANGUAGE]
    qtbot.mouseClick(current(kiosk).language_buttons["fr"], Qt.MouseButton.LeftButton)

    consent = current(kiosk)
    assert consent is kiosk.by_state[Screen.CONSENT]
    assert "Lindaval" in consent.consent_text.text() and "{city}" not in consent.consent_text.text()
    assert not consent.agree_button.isEnabled()
    qtbot.mouseClick(consent.purpose_boxes["social_media"].label, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(consent.purpose_boxes["print_poster"].box, Qt.MouseButton.LeftButton)
    assert not consent.agree_button.isEnabled()  # the age question is still open
    qtbot.mouseClick(consent.adult_button, Qt.MouseButton.LeftButton)
    assert consent.agree_button.isEnabled()
    qtbot.mouseClick(consent.agree_button, Qt.MouseButton.LeftButton)

    preview = kiosk.by_state[Screen.PREVIEW]
    assert current(kiosk) is preview
    qtbot.waitUntil(preview.view.has_image, timeout=5000)  # frames come from the camera thread
    delivered = kiosk.camera.frames_delivered
    qtbot.waitUntil(lambda: kiosk.camera.frames_delivered >= delivered + 3, timeout=5000)
    qtbot.mouseClick(preview.shoot_button, Qt.MouseButton.LeftButton)
    assert machine.state == Screen.COUNTDOWN and preview.view.overlay_text == "1"
    qtbot.waitUntil(lambda: machine.state == Screen.REVIEW, timeout=5000)
    review = current(kiosk)
    assert review is kiosk.by_state[Screen.REVIEW] and review.view.has_image()
    assert machine.draft.photo.shape == (360, 640, 3)  # the camera's full resolution
    qtbot.mouseClick(review.keep_button, Qt.MouseButton.LeftButton)

    message = current(kiosk)
    assert message is kiosk.by_state[Screen.MESSAGE]
    assert message.prefix.text() == "Je suis"
    for key in ("m", "è", "r", "e"):
        qtbot.mouseClick(message.keyboard.key_button(key), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(message.keyboard.space_key, Qt.MouseButton.LeftButton)
    for key in ("f", "i", "è", "r", "e"):
        qtbot.mouseClick(message.keyboard.key_button(key), Qt.MouseButton.LeftButton)
    assert message.message.text() == "mère fière"
    assert message.counter.text().startswith("10 / 80")
    qtbot.mouseClick(message.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: machine.state == Screen.THANK_YOU, timeout=15000)
    assert "Merci" in kiosk.by_state[Screen.THANK_YOU].thanks.text()

    # Nothing of this resident stays on any screen for the next one.
    for view in (preview.view, review.view, message.view):
        assert not view.has_image()
    assert message.message.text() == "" and not consent.chosen()

    with Project.open(kiosk_project) as project:
        (item,) = project.contributions()
        assert item.status == Status.PENDING and item.caption == "mère fière" and item.language == "fr"
        assert item.purposes == {Purpose.SOCIAL_MEDIA, Purpose.PRINT_POSTER}
        (consent_row,) = project.consents(item.contributor_id)
        assert consent_row.method == "kiosk" and consent_row.text_version == "2025-1"
        assert project.media(item.media_sha256).width == 640

    qtbot.mouseClick(kiosk.by_state[Screen.THANK_YOU].finish_button, Qt.MouseButton.LeftButton)
    assert machine.state == Screen.ATTRACT and current(kiosk) is attract


def test_arabic_is_laid_out_right_to_left_with_its_keyboard(kiosk, qtbot):
    machine = kiosk.machine
    machine.start()
    qtbot.mouseClick(current(kiosk).language_buttons["ar"], Qt.MouseButton.LeftButton)
    assert kiosk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    consent = current(kiosk)
    assert consent.consent_text.text().startswith("أوافق")
    machine.give_consent(["social_media"], is_minor=True)
    guardian = current(kiosk)
    assert guardian is kiosk.by_state[Screen.GUARDIAN]
    assert guardian.keyboard.layout_data.language == "ar"
    for key in ("س", "م", "ي", "ر", "ة"):
        qtbot.mouseClick(guardian.keyboard.key_button(key), Qt.MouseButton.LeftButton)
    assert guardian.name.text() == "سميرة"
    # The first key of the row (ض) is on the right, as on an Arabic keyboard.
    first, last = guardian.keyboard.key_button("ض"), guardian.keyboard.key_button("د")
    assert first.mapTo(kiosk, first.rect().center()).x() > last.mapTo(kiosk, last.rect().center()).x()
    machine.cancel()
    assert kiosk.layoutDirection() == Qt.LayoutDirection.LeftToRight and guardian.name.text() == ""


def test_the_message_cannot_exceed_the_kits_limit(kiosk, qtbot):
    message = kiosk.by_state[Screen.MESSAGE]
    limit = kiosk.machine.max_message_length
    for _ in range(limit + 5):
        message.message.insert("a")
    assert len(message.message.text()) == limit
    message.message.edit.setText("b" * (limit + 3))  # a physical keyboard or a paste
    message.message._limit(message.message.edit.text())
    assert len(message.message.text()) == limit


def test_closing_and_shortcuts_do_nothing(kiosk, qtbot):
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    kiosk.close()
    assert kiosk.isVisible()
    for key, modifiers in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                           (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            event = QKeyEvent(kind, key, modifiers)
            assert kiosk.eventFilter(kiosk, event) is True
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and kiosk.machine.state == Screen.ATTRACT


def test_staff_leave_only_with_the_pin_and_are_locked_out_after_five_tries(kiosk, qtbot):
    qtbot.mouseClick(kiosk.by_state[Screen.ATTRACT].staff_button, Qt.MouseButton.LeftButton)
    pad = kiosk.pin_screen
    assert current(kiosk) is pad
    for _ in range(5):
        for digit in "1357":
            qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
        assert kiosk.isVisible()
    for digit in "2468":
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    assert kiosk.isVisible() and "60" in pad.status.text()  # locked: even the right PIN waits
    kiosk.pin_guard._locked_until = 0  # a minute later
    for digit in "2468":
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.exited, timeout=5000):
        qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    assert not kiosk.isVisible()


def test_the_camera_lost_and_found_on_screen(kiosk, qtbot):
    camera = kiosk.camera_under_test
    camera.unplug()
    qtbot.waitUntil(lambda: kiosk.machine.state == Screen.NO_CAMERA, timeout=5000)
    assert current(kiosk) is kiosk.by_state[Screen.NO_CAMERA]
    camera.plug()
    qtbot.waitUntil(lambda: kiosk.machine.state == Screen.ATTRACT, timeout=5000)
    assert current(kiosk) is kiosk.by_state[Screen.ATTRACT]


def test_declining_in_the_kiosk_leaves_the_project_untouched(kiosk, qtbot, kiosk_project):
    from tests.test_kiosk import project_state

    before = project_state(kiosk_project)
    kiosk.machine.start()
    kiosk.machine.choose_language("fr")
    qtbot.mouseClick(current(kiosk).decline_button, Qt.MouseButton.LeftButton)
    assert kiosk.machine.state == Screen.ATTRACT
    assert project_state(kiosk_project) == before


def test_the_kiosk_needs_a_pin(tmp_path):
    folder = tmp_path / "no-pin"
    Project.create(folder, city="Lindaval", kit_id="migrants-18december", languages=["fr"]).close()
    with pytest.raises(PinNotSet):
        build_kiosk(folder, camera=FakeCamera((64, 48)))


def test_icc_studio_has_a_kiosk_option():
    from pathlib import Path

    from icc_studio.gui.app import parse_args

    assert parse_args(["--kiosk", "town-hall"]).kiosk == Path("town-hall")
    assert parse_args([]).kiosk is None


def _binding_version() -> str:
    import PySide6

    return PySide6.__version__


@pytest.mark.xfail(_binding_version() == "6.12.0", strict=True,
                   reason="PySide6 6.12.0 drops a reference to None at every call of a method that returns "
                          "nothing (Python 3.11): a kiosk painting 30 frames a second would crash within minutes")
def test_the_qt_binding_keeps_its_references_to_none():
    import sys

    from PySide6.QtWidgets import QWidget

    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal from Python 3.12")
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    assert sys.getrefcount(None) >= before - 100
