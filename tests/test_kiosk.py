"""The kiosk's core, headless: state machine, failsafe, consent, minors, idle reset, PIN, camera, saving."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from icc_studio.core.kiosk.camera import CameraUnavailable, FakeCamera, OpenCvCamera
from icc_studio.core.kiosk.config import load_kiosk_settings, set_pin
from icc_studio.core.kiosk.feed import LiveFeed
from icc_studio.core.kiosk.keyboards import LAYOUTS, keyboard_for
from icc_studio.core.kiosk.machine import KioskConfig, KioskMachine, Screen, kiosk_languages
from icc_studio.core.kiosk.overlay import PreviewOverlay, canvas_size, compose_still
from icc_studio.core.kiosk.pin import InvalidPin, PinGuard, PinLocked, hash_pin, verify_pin
from icc_studio.core.kiosk.session import save_session
from icc_studio.core.kits import load_builtin_kit
from icc_studio.core.store import Project, Purpose, Status
from icc_studio.core.text import MessageTooLong


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def kit():
    return load_builtin_kit("migrants-18december")


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def camera():
    return FakeCamera((320, 240), seed=4)


@pytest.fixture
def feed(camera, clock):
    return LiveFeed(camera, clock=clock)


def make_machine(kit, feed, clock, saver=None, **config):
    config = KioskConfig(languages=config.pop("languages", ("fr", "ar", "en")), **config)
    return KioskMachine(kit, config, capture=feed.capture, saver=saver, clock=clock,
                        wallclock=lambda: "2026-12-18T10:00:00.000+00:00")


def to_preview(machine, feed, *, minor=False, lang="fr"):
    assert machine.start()
    assert machine.state == Screen.LANGUAGE
    assert machine.choose_language(lang)
    assert machine.state == Screen.CONSENT
    assert machine.give_consent(["social_media", "city_video"], is_minor=minor)
    if minor:
        assert machine.state == Screen.GUARDIAN
        assert machine.give_guardian_consent("  Samira   Haddad ")
    assert machine.state == Screen.PREVIEW
    feed.step()  # one frame from the camera


def shoot(machine, clock):
    assert machine.take_photo()
    assert machine.state == Screen.COUNTDOWN and machine.countdown_left == 3
    clock.advance(1.2)
    machine.tick()
    assert machine.countdown_left == 2
    clock.advance(2.0)
    machine.tick()
    assert machine.state == Screen.REVIEW


def project_state(folder: Path) -> tuple[dict, dict]:
    """Hashes of every file and every row of every table: what 'no trace at all' is compared against."""
    files = {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(("-wal", "-shm"))}
    conn = sqlite3.connect(folder / "project.iccdb")
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    rows = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    conn.close()
    return files, rows


# -- the state machine ---------------------------------------------------------------------


def test_a_full_session_goes_through_every_screen_and_saves_once(kit, feed, clock, camera):
    saved = []

    def saver(session):
        saved.append((session.language, sorted(session.purposes), session.message, session.photo.shape,
                      session.text_version, session.is_minor))
        return 42

    machine = make_machine(kit, feed, clock, saver)
    seen = []
    machine.subscribe(lambda m: seen.append(m.state))
    to_preview(machine, feed)
    shoot(machine, clock)
    assert machine.draft.photo.shape == (240, 320, 3)
    assert machine.keep()
    assert machine.state == Screen.MESSAGE
    assert not machine.submit("   ")  # an empty message is not sent
    assert machine.submit("  fan   de football ", "Amina")
    assert machine.state == Screen.THANK_YOU and machine.last_contribution == 42
    assert saved == [("fr", ["city_video", "social_media"], "fan de football", (240, 320, 3), "2025-1", False)]
    assert machine.draft is None and machine.pending is None
    assert machine.language == "fr"
    clock.advance(machine.config.thank_you_s + 0.1)
    machine.tick()
    assert machine.state == Screen.ATTRACT
    assert [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] != s] == [
        Screen.LANGUAGE, Screen.CONSENT, Screen.PREVIEW, Screen.COUNTDOWN, Screen.REVIEW, Screen.MESSAGE,
        Screen.SAVING, Screen.THANK_YOU, Screen.ATTRACT]


def test_the_capture_is_full_resolution_and_not_mirrored(kit, clock):
    camera = FakeCamera((640, 360), seed=2)
    feed = LiveFeed(camera, clock=clock)
    machine = make_machine(kit, feed, clock)
    to_preview(machine, feed)
    raw = camera._generated_frame()  # the frame the sensor gave (frames_read unchanged since the last step)
    shoot(machine, clock)
    assert machine.draft.photo.shape == (360, 640, 3)
    assert np.array_equal(machine.draft.photo, raw)
    assert not np.array_equal(machine.draft.photo, raw[:, ::-1])


def test_any_error_returns_to_the_attract_screen_and_forgets_the_session(kit, feed, clock):
    def broken_saver(session):
        raise RuntimeError("disk on fire")

    machine = make_machine(kit, feed, clock, broken_saver)
    to_preview(machine, feed)
    shoot(machine, clock)
    photo = machine.draft.photo
    machine.keep()
    machine.submit("une mère")
    assert machine.state == Screen.ATTRACT
    assert isinstance(machine.last_error, RuntimeError)
    assert machine.draft is None and machine.pending is None
    assert not photo.any()  # the pixels were overwritten, not only dropped
    # The machine goes on working after the failsafe.
    assert machine.start() and machine.state == Screen.LANGUAGE


def test_an_error_in_any_handler_is_caught(kit, feed, clock):
    machine = make_machine(kit, feed, clock)
    machine.start()
    machine.choose_language("xx")  # not offered: raises inside the handler
    assert machine.state == Screen.ATTRACT and isinstance(machine.last_error, ValueError)

    def broken_capture():
        raise OSError("driver crashed")

    machine.capture = broken_capture
    to_preview(machine, feed)
    machine.take_photo()
    clock.advance(3.1)
    machine.tick()
    assert machine.state == Screen.ATTRACT and isinstance(machine.last_error, OSError)


def test_events_out_of_place_are_ignored(kit, feed, clock):
    machine = make_machine(kit, feed, clock)
    assert not machine.keep()
    assert not machine.take_photo()
    assert not machine.submit("x")
    assert machine.state == Screen.ATTRACT and machine.last_error is None


def test_consent_needs_a_purpose(kit, feed, clock):
    machine = make_machine(kit, feed, clock)
    machine.start()
    machine.choose_language("ar")
    assert not machine.give_consent([], is_minor=False)
    assert machine.state == Screen.CONSENT


def test_the_minor_path_needs_a_named_guardian(kit, feed, clock):
    import dataclasses

    sessions = []
    machine = make_machine(kit, feed, clock, lambda s: sessions.append(dataclasses.replace(s)) or 7)
    machine.start()
    machine.choose_language("ar")
    machine.give_consent(["print_poster"], is_minor=True)
    assert machine.state == Screen.GUARDIAN
    assert not machine.give_guardian_consent("   ")
    assert machine.state == Screen.GUARDIAN
    assert machine.give_guardian_consent("سميرة حداد")
    feed.step()
    shoot(machine, clock)
    machine.keep()
    machine.submit("مشجع كرة قدم")
    (session,) = sessions
    assert session.is_minor and session.guardian_consent and session.guardian_name == "سميرة حداد"
    assert session.language == "ar"


def test_a_guardian_who_declines_ends_the_session(kit, feed, clock):
    machine = make_machine(kit, feed, clock)
    machine.start()
    machine.choose_language("fr")
    machine.give_consent(["social_media"], is_minor=True)
    assert machine.decline()
    assert machine.state == Screen.ATTRACT and machine.draft is None


def test_idle_timeout_forgets_the_session_and_wipes_the_picture(kit, feed, clock):
    machine = make_machine(kit, feed, clock, idle_timeout_s=60)
    to_preview(machine, feed)
    shoot(machine, clock)
    photo = machine.draft.photo
    machine.keep()
    clock.advance(59)
    machine.tick()
    assert machine.state == Screen.MESSAGE
    machine.touch()  # typing keeps the session alive
    clock.advance(59)
    machine.tick()
    assert machine.state == Screen.MESSAGE
    clock.advance(1.5)
    machine.tick()
    assert machine.state == Screen.ATTRACT
    assert machine.draft is None and not photo.any()
    assert machine.language == "fr"


@pytest.mark.parametrize("steps", [
    ("start",), ("start", "language"), ("start", "language", "minor"), ("start", "language", "adult"),
])
def test_idle_timeout_from_every_session_screen(kit, feed, clock, steps):
    machine = make_machine(kit, feed, clock, idle_timeout_s=30)
    actions = {
        "start": machine.start,
        "language": lambda: machine.choose_language("ar"),
        "minor": lambda: machine.give_consent(["social_media"], is_minor=True),
        "adult": lambda: machine.give_consent(["social_media"], is_minor=False),
    }
    for step in steps:
        assert actions[step]()
    state = machine.state
    assert state != Screen.ATTRACT
    clock.advance(29)
    machine.tick()
    assert machine.state == state
    clock.advance(2)
    machine.tick()
    assert machine.state == Screen.ATTRACT and machine.draft is None and machine.language == "fr"


def test_the_attract_screen_has_no_timeout(kit, feed, clock):
    machine = make_machine(kit, feed, clock)
    clock.advance(10_000)
    machine.tick()
    assert machine.state == Screen.ATTRACT and machine.resets == 0


def test_kiosk_languages_are_the_projects_then_english(kit):
    assert kiosk_languages(["fr", "ar"], kit) == ("fr", "ar", "en")
    assert kiosk_languages(["en"], kit) == ("en",)
    assert kiosk_languages(["uk", "fr"], kit) == ("fr", "en")  # the kit has no Ukrainian texts


def test_one_language_skips_the_language_screen(kit, feed, clock):
    machine = make_machine(kit, feed, clock, languages=("de",))
    machine.start()
    assert machine.state == Screen.CONSENT and machine.language == "de"


def test_the_message_length_is_the_kits(kit, feed, clock):
    machine = make_machine(kit, feed, clock, lambda s: 1)
    to_preview(machine, feed)
    shoot(machine, clock)
    machine.keep()
    limit = kit.limits.message_max_length
    machine.submit("a" * (limit + 1))
    assert isinstance(machine.last_error, MessageTooLong)


# -- the camera ----------------------------------------------------------------------------


def test_camera_lost_and_found_again(kit, feed, clock, camera):
    machine = make_machine(kit, feed, clock)
    to_preview(machine, feed)
    camera.unplug()
    step = feed.step()
    assert step.event == "lost" and isinstance(step.error, CameraUnavailable)
    machine.camera_lost(step.error)
    assert machine.state == Screen.NO_CAMERA
    assert machine.draft is not None  # the consent given stays while the session lasts
    with pytest.raises(CameraUnavailable):
        feed.capture()
    assert feed.step().event == ""  # no new try before retry_s
    camera.plug()
    assert feed.step().event == ""
    clock.advance(1.1)
    step = feed.step()
    assert step.event == "found"
    machine.camera_found()
    assert machine.state == Screen.PREVIEW
    shoot(machine, clock)


def test_camera_lost_at_the_start_and_during_the_countdown(kit, feed, clock, camera):
    machine = make_machine(kit, feed, clock)
    machine.camera_lost(CameraUnavailable("fake", "gone"))
    assert machine.state == Screen.NO_CAMERA
    assert not machine.start()
    machine.camera_found()
    assert machine.state == Screen.ATTRACT
    to_preview(machine, feed)
    machine.take_photo()
    camera.unplug()
    feed.step()
    clock.advance(3.5)
    machine.tick()  # the capture finds no picture: the camera is reported lost, no failsafe
    assert machine.state == Screen.NO_CAMERA and machine.last_error is None
    clock.advance(61)
    machine.tick()  # idle: the session is forgotten, the kiosk waits for its camera
    assert machine.state == Screen.NO_CAMERA and machine.draft is None


def test_open_cv_camera_reports_a_missing_or_unplugged_device():
    class FakeCapture:
        def __init__(self, opened=True, frames=1):
            self.opened, self.frames, self.released = opened, frames, False

        def isOpened(self):  # noqa: N802 - cv2 API
            return self.opened

        def set(self, *args):
            return True

        def read(self):
            if self.frames <= 0:
                return False, None
            self.frames -= 1
            return True, np.zeros((4, 6, 3), np.uint8)

        def release(self):
            self.released = True

    missing = OpenCvCamera(3, capture_factory=lambda device: FakeCapture(opened=False))
    with pytest.raises(CameraUnavailable) as info:
        missing.open()
    assert "camera 3" in info.value.message or "3" in info.value.params["device"]
    capture = FakeCapture(frames=1)
    camera = OpenCvCamera(0, capture_factory=lambda device: capture)
    assert camera.read().shape == (4, 6, 3)
    with pytest.raises(CameraUnavailable):
        camera.read()
    assert capture.released and not camera.is_open


def test_fake_camera_loops_a_video(tmp_path):
    import cv2

    path = tmp_path / "loop.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (64, 48))
    for value in (10, 200):
        writer.write(np.full((48, 64, 3), value, np.uint8))
    writer.release()
    camera = FakeCamera((64, 48), video=path)
    means = [round(float(camera.read().mean()) / 50) for _ in range(5)]
    assert means[:2] != [means[0]] * 2 and len(set(means)) == 2
    camera.close()


# -- the live preview ----------------------------------------------------------------------


def test_the_preview_is_mirrored_and_framed_like_the_export(kit):
    size = canvas_size(kit, "feed_portrait", 400)
    overlay = PreviewOverlay(kit, "feed_portrait", "fr", size)
    frame = np.zeros((360, 640, 3), np.uint8)
    frame[:, :320] = (255, 0, 0)  # the left half blue (BGR)
    canvas = overlay.compose(frame)
    assert canvas.shape == (size[1], size[0], 3)
    left, top, right, bottom = overlay.window
    middle = (top + bottom) // 2
    # Mirrored: the camera's left half shows on the right of the window.
    assert canvas[middle, right - 20, 0] > 200 and canvas[middle, left + 20, 0] < 60
    assert np.array_equal(overlay.compose(frame, mirror=False)[middle, left + 20], canvas[middle, right - 21])
    # The frame itself is the exported artwork: same pixels as compose_still outside the window.
    still = compose_still(kit, "feed_portrait", frame, "fr", size)[:, :, ::-1]
    assert np.abs(still[bottom + 5:].astype(int) - canvas[bottom + 5:].astype(int)).max() <= 2


def test_the_profile_filter_keeps_the_circle(kit):
    size = canvas_size(kit, "profile", 300)
    overlay = PreviewOverlay(kit, "profile", "en", size)
    canvas = overlay.compose(np.full((240, 320, 3), 255, np.uint8))
    assert canvas[150, 150].min() > 240  # the centre shows the photo
    assert canvas[2, 2].max() < 100      # the corner is the kit's dark background


# -- the PIN -------------------------------------------------------------------------------


def test_pin_hash_is_salted_and_verified():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first["salt"] != second["salt"] and first["hash"] != second["hash"]
    assert "2468" not in str(first)
    assert verify_pin("2468", first) and not verify_pin("2469", first) and not verify_pin("", first)
    for bad in ("12", "abcd", "1234567890123", "١٢٣٤"):
        with pytest.raises(InvalidPin):
            hash_pin(bad)


def test_five_wrong_pins_lock_for_a_minute(clock):
    guard = PinGuard(hash_pin("2468"), clock=clock)
    assert not guard.check("1111")
    assert guard.check("2468")  # a right PIN resets the count
    for _ in range(5):
        assert not guard.check("0000")
    with pytest.raises(PinLocked) as info:
        guard.check("2468")  # even the right one is refused while locked
    assert info.value.params["seconds"] == 60
    clock.advance(59)
    with pytest.raises(PinLocked):
        guard.check("2468")
    clock.advance(1.5)
    assert guard.check("2468")


def test_the_pin_is_kept_hashed_in_the_project(project):
    set_pin(project, "97531")
    settings = load_kiosk_settings(project)
    assert verify_pin("97531", settings.pin)
    raw = (project.folder / "project.iccdb").read_bytes()
    assert b"97531" not in raw
    assert all("hash" not in entry.details for entry in project.audit_log())


# -- keyboards -----------------------------------------------------------------------------


def test_every_kit_language_has_a_keyboard(kit):
    for lang in kit.languages:
        assert keyboard_for(lang).language == lang
    arabic = LAYOUTS["ar"]
    assert arabic.direction == "rtl" and not arabic.shift and arabic.rows[0][0] == "ض"
    assert keyboard_for("fr-CA").language == "fr" and keyboard_for("uk").language == "en"


# -- saving --------------------------------------------------------------------------------


def finished_session(kit, feed, clock, *, minor=False, lang="fr", message="fan de football"):
    import dataclasses

    captured = []  # a copy: the machine wipes its own once saved
    machine = make_machine(kit, feed, clock, lambda s: captured.append(dataclasses.replace(s)) or 1)
    to_preview(machine, feed, minor=minor, lang=lang)
    shoot(machine, clock)
    machine.keep()
    machine.submit(message, "Amina" if not minor else "")
    session = captured[0]
    session.photo = np.asarray(FakeCamera((640, 480), seed=5).read())  # a person-like picture for faces
    return session


def test_a_finished_session_becomes_a_pending_contribution_with_its_consent(kit, project, feed, clock):
    session = finished_session(kit, feed, clock)
    contribution_id = save_session(project, kit, session)
    item = project.contribution(contribution_id)
    assert item.status == Status.PENDING and item.caption == "fan de football" and item.language == "fr"
    assert item.purposes == {Purpose.SOCIAL_MEDIA, Purpose.CITY_VIDEO} and item.has_consent
    assert item.alt_text.endswith("Je suis fan de football")
    assert item.contributor_name == "Amina"
    (consent,) = project.consents(item.contributor_id)
    assert (consent.method, consent.text_version, consent.language, consent.given_at) == (
        "kiosk", "2025-1", "fr", "2026-12-18T10:00:00.000+00:00")
    media = project.media(item.media_sha256)
    assert (media.width, media.height, media.format) == (640, 480, "jpeg")
    from icc_studio.core.media.reduce import reduced_paths

    paths = reduced_paths(project.folder, item.media_sha256)
    assert paths.preview.is_file() and paths.thumbnail.is_file()
    assert project.faces(item.media_sha256) is not None
    from PIL import Image

    with Image.open(project.media_file(item.media_sha256)) as image:
        assert not image.getexif() and "exif" not in image.info
    assert not list(project.incoming_dir().glob("*"))


def test_a_minor_is_saved_with_the_guardian(kit, project, feed, clock):
    session = finished_session(kit, feed, clock, minor=True, lang="ar", message="مشجع كرة قدم")
    item = project.contribution(save_session(project, kit, session))
    contributor = project.contributor(item.contributor_id)
    assert contributor.is_minor and contributor.guardian_name == "Samira Haddad"
    assert contributor.display_name.startswith("Kiosk ")
    (consent,) = project.consents(item.contributor_id)
    assert consent.guardian_consent and consent.guardian_name == "Samira Haddad" and consent.language == "ar"


def test_a_failed_save_leaves_no_picture_behind(kit, project, feed, clock, monkeypatch):
    session = finished_session(kit, feed, clock)
    before = project_state(project.folder)

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Project, "record_consent", broken)
    with pytest.raises(sqlite3.OperationalError):
        save_session(project, kit, session)
    assert project_state(project.folder) == before


def test_declining_consent_leaves_no_trace(kit, project, feed, clock, camera):
    """Through a whole declined session (even after a picture was shown live): files and rows unchanged."""
    folder = project.folder
    before = project_state(folder)
    machine = make_machine(kit, feed, clock, lambda s: save_session(project, kit, s))
    machine.start()
    machine.choose_language("fr")
    for _ in range(3):
        feed.step()
    assert machine.decline()
    machine.start()
    machine.choose_language("ar")
    machine.give_consent(["social_media"], is_minor=True)
    machine.decline()  # the guardian says no
    assert machine.state == Screen.ATTRACT
    assert project_state(folder) == before


# -- the staff commands --------------------------------------------------------------------


def test_cli_sets_the_pin_and_the_settings(project, monkeypatch, capsys):
    import io

    from icc_studio.cli.main import main

    folder = project.folder
    project.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("86420\n"))
    assert main(["kiosk", "set-pin", str(folder), "--pin-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["kiosk", "set-pin", str(folder), "--pin-stdin"]) == 1  # too short: refused, nothing changed
    assert "4–12 digits" in capsys.readouterr().err
    assert main(["kiosk", "config", str(folder), "--camera", "fake", "--age-threshold", "15",
                 "--frame", "profile", "--json"]) == 0
    import json

    shown = json.loads(capsys.readouterr().out)
    assert shown == {"camera": "fake", "resolution": "1920x1080", "age_threshold": 15, "idle_timeout_s": 60.0,
                     "frame": "profile", "pin": "set"}
    assert main(["kiosk", "config", str(folder), "--frame", "banner"]) == 1
    with Project.open(folder) as reopened:
        settings = load_kiosk_settings(reopened)
        assert verify_pin("86420", settings.pin) and settings.output_id == "profile"
    assert main(["kiosk", "check-camera", "--camera", "fake", "--seconds", "0.2"]) == 0
    assert "1280x720" in capsys.readouterr().out
