"""Event capture: a volunteer takes a resident's portrait (or picks their photos from a camera
card) and fills the consent with them before anything is kept.

The camera is read on a worker thread (the kiosk's ``CameraThread``); nothing is written
until the volunteer presses Keep with a complete consent; then the job saves the photo, the
contributor, the consent and a pending contribution together. After each resident the page
forgets everything: the next one never sees the previous picture.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import IccError
from ...core.kiosk.camera import open_camera
from ...core.kiosk.config import load_kiosk_settings
from ...core.kiosk.feed import LiveFeed
from ...core.kiosk.overlay import PreviewOverlay, canvas_size, compose_still
from ...core.kits import Kit, load_builtin_kit
from ...core.volunteer import CapturedPortrait, KeptResult, PickedPhotos, keep_picked_photos, keep_portrait
from ..consent_dialog import ConsentForm
from ..messages import error_text
from . import Page, register_page

PREVIEW_HEIGHT = 480
OUTPUT_ID = "feed_portrait"


@register_page
class CapturePage(Page):
    page_id = "capture"
    order = 28

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CapturePage", "Event capture")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.kit: Kit | None = None
        self.city = ""
        self.camera_thread = None
        self.feed: LiveFeed | None = None
        self.portrait: np.ndarray | None = None  # the captured frame (BGR, not mirrored)
        self.picked: list[Path] = []
        self.form: ConsentForm | None = None
        self._job = None

        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 1)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(360, PREVIEW_HEIGHT)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setStyleSheet("background: #1d1b4f; color: white; border-radius: 6px")
        left.addWidget(self.picture, 1)
        buttons = QHBoxLayout()
        self.camera_button = QPushButton(self)
        self.camera_button.clicked.connect(self.toggle_camera)
        self.take_button = QPushButton(self)
        self.take_button.clicked.connect(self.take_portrait)
        self.pick_button = QPushButton(self)
        self.pick_button.clicked.connect(self.pick_photos)
        for button in (self.camera_button, self.take_button, self.pick_button):
            buttons.addWidget(button)
        left.addLayout(buttons)

        right = QVBoxLayout()
        outer.addLayout(right, 1)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        right.addWidget(self.intro)
        self.form_box = QGroupBox(self)
        self.form_layout = QVBoxLayout(self.form_box)
        right.addWidget(self.form_box)
        message_row = QHBoxLayout()
        self.message_label = QLabel(self)
        self.message = QLineEdit(self)
        self.message.textChanged.connect(self._count)
        self.counter = QLabel(self)
        message_row.addWidget(self.message_label)
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.counter)
        right.addLayout(message_row)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        right.addWidget(self.problem)
        actions = QHBoxLayout()
        self.discard_button = QPushButton(self)
        self.discard_button.clicked.connect(self.discard)
        self.keep_button = QPushButton(self)
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.keep)
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.keep_button)
        right.addLayout(actions)
        right.addStretch(1)

        QShortcut(QKeySequence("Ctrl+Return"), self, self.keep)
        QShortcut(QKeySequence("Ctrl+T"), self, self.take_portrait)
        context.session.project_changed.connect(self._project_changed)
        self.retranslate()
        self._project_changed()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.camera_button.setText(self.tr("Stop the camera") if self.camera_thread else self.tr("Start the camera"))
        self.take_button.setText(self.tr("&Take the portrait") if self.portrait is None else self.tr("&Take it again"))
        self.take_button.setToolTip(self.tr("Take the portrait (Ctrl+T)"))
        self.pick_button.setText(self.tr("&Pick photos from a camera card…"))
        self.intro.setText(self.tr("Take the resident's portrait or pick their photos, then fill in the consent "
                                   "with them. Nothing is kept before you press Keep."))
        self.form_box.setTitle(self.tr("Consent"))
        self.message_label.setText(self.tr("I am…"))
        self.message.setPlaceholderText(self.tr("The resident's message (optional)"))
        self.message.setAccessibleName(self.tr("The resident's message"))
        self.discard_button.setText(self.tr("&Discard"))
        self.discard_button.setToolTip(self.tr("Forget this resident's picture and form"))
        self.keep_button.setText(self.tr("&Keep"))
        self.keep_button.setToolTip(self.tr("Keep the picture with its consent (Ctrl+Enter)"))
        self._count()
        self._show_picture()

    def _count(self) -> None:
        limit = self.kit.limits.message_max_length if self.kit else 0
        used = len(" ".join(self.message.text().split()))
        self.counter.setText(self.tr("%1 / %2").replace("%1", str(used)).replace("%2", str(limit)))
        self.counter.setStyleSheet("color: #b00020" if limit and used > limit else "")

    # -- project ---------------------------------------------------------------------------

    def _project_changed(self) -> None:
        self.stop_camera()
        self.discard()
        project = self.context.session.project
        if self.form is not None:
            self.form_layout.removeWidget(self.form)
            self.form.deleteLater()
            self.form = None
        enabled = project is not None
        for widget in (self.camera_button, self.take_button, self.pick_button, self.keep_button, self.message):
            widget.setEnabled(enabled)
        if project is None:
            self.kit = None
            return
        info = project.info()
        self.kit = load_builtin_kit(info.kit_id)
        self.city = info.city
        main = info.languages[0] if info.languages else self.kit.default_language
        self.form = ConsentForm(self.kit, self.city, main, self.form_box, with_form_file=False)
        self.form_layout.addWidget(self.form)
        self._count()

    # -- camera ----------------------------------------------------------------------------

    def toggle_camera(self) -> None:
        if self.camera_thread:
            self.stop_camera()
        else:
            self.start_camera()

    def start_camera(self, camera=None) -> None:
        """Open the camera of the kiosk settings (``camera``: one given by a test)."""
        from ..kiosk.camera_thread import CameraThread

        project = self.context.session.project
        if project is None or self.camera_thread is not None:
            return
        settings = load_kiosk_settings(project)
        try:
            camera = camera or open_camera(settings.camera, tuple(settings.resolution))
            camera.open()
        except IccError as exc:
            self.problem.setText(self.tr("The camera cannot be opened: %1").replace("%1", error_text(exc)))
            return
        self.feed = LiveFeed(camera)
        self.feed.overlay = PreviewOverlay(self.kit, OUTPUT_ID, self._language(),
                                           canvas_size(self.kit, OUTPUT_ID, PREVIEW_HEIGHT), caption="…")
        self.feed.previewing = self.portrait is None
        self.camera_thread = CameraThread(self.feed, self)
        self.camera_thread.frame.connect(self._frame)
        self.camera_thread.lost.connect(lambda _e: self.problem.setText(
            self.tr("The camera is not answering: check its cable. It will be used again as soon as it is back.")))
        self.camera_thread.found.connect(lambda: self.problem.clear())
        self.camera_thread.start()
        self.retranslate()

    def stop_camera(self) -> None:
        if self.camera_thread is not None:
            self.camera_thread.stop()
            self.camera_thread = None
            self.feed = None
        self.retranslate()

    def _frame(self, image: QImage) -> None:
        if self.portrait is None and not self.picked:
            self.picture.setPixmap(QPixmap.fromImage(image).scaled(
                self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def take_portrait(self) -> None:
        if self.portrait is not None:  # take it again
            self.portrait.fill(0)
            self.portrait = None
            if self.feed is not None:
                self.feed.previewing = True
            self.retranslate()
            return
        if self.feed is None:
            self.start_camera()
            if self.feed is None:
                return
        try:
            self.portrait = self.feed.capture()
        except IccError as exc:
            self.problem.setText(error_text(exc))
            return
        self.picked = []
        self.feed.previewing = False
        self.retranslate()

    def pick_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("The resident's photos"), "",
                                                self.tr("Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)"))
        if names:
            self.set_picked([Path(n) for n in names])

    def set_picked(self, files: list[Path]) -> None:
        if self.portrait is not None:
            self.portrait.fill(0)
            self.portrait = None
        self.picked = list(files)
        if self.feed is not None:
            self.feed.previewing = False
        self.retranslate()

    def _language(self) -> str:
        if self.form is not None and self.form.language.currentData():
            return self.form.language.currentData()
        return self.kit.default_language if self.kit else "en"

    def _show_picture(self) -> None:
        if self.portrait is not None and self.kit is not None:
            size = canvas_size(self.kit, OUTPUT_ID, PREVIEW_HEIGHT)
            rgb = np.ascontiguousarray(compose_still(self.kit, OUTPUT_ID, self.portrait, self._language(), size,
                                                     caption=self.message.text() or "…"))
            image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888).copy()
            self.picture.setPixmap(QPixmap.fromImage(image))
        elif self.picked:
            self.picture.clear()
            self.picture.setText(self.tr("%n photo(s) picked:", "", len(self.picked)) + "\n"
                                 + "\n".join(p.name for p in self.picked[:12]))
        elif self.camera_thread is None:
            self.picture.clear()
            self.picture.setText(self.tr("Start the camera, or pick photos from a camera card."))

    # -- keep / discard --------------------------------------------------------------------

    def keep(self) -> None:
        project = self.context.session.project
        if project is None or self.form is None or self._job is not None:
            return
        if self.portrait is None and not self.picked:
            self.problem.setText(self.tr("Take the portrait or pick the photos first."))
            return
        problem = self.form.problem()
        limit = self.kit.limits.message_max_length
        if problem is None and len(" ".join(self.message.text().split())) > limit:
            problem = self.tr("The message is longer than %1 characters.").replace("%1", str(limit))
        if problem:
            self.problem.setText(problem)
            return
        self.problem.clear()
        consent = self.form.consent("volunteer")
        if self.portrait is not None:
            spec = CapturedPortrait(project.folder, self.portrait.copy(), consent, self.message.text())
            fn, title = keep_portrait, self.tr("Keeping the portrait")
        else:
            spec = PickedPhotos(project.folder, tuple(self.picked), consent, self.message.text())
            fn, title = keep_picked_photos, self.tr("Keeping the photos")
        self.keep_button.setEnabled(False)
        self._job = self.context.jobs.start(title, fn, spec)
        self._job.finished.connect(self._kept)
        self._job.failed.connect(self._failed)
        self._job.cancelled.connect(self._job_done)
        self.discard()  # the next resident starts with an empty page

    def _kept(self, result: KeptResult) -> None:
        refused = [r for r in (result.report.results if result.report else []) if r.reason]
        text = self.tr("Kept: %n contribution(s), pending review.", "", len(result.contribution_ids))
        if refused:
            text += "\n" + "\n".join(f"{r.path.name}: {r.reason}" for r in refused[:8])
        self.intro.setText(text)
        self._job_done()
        self.context.session.notify_contributions()

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText(self.tr("Nothing was kept: %1").replace("%1", error_text(exc)))
        self._job_done()

    def _job_done(self) -> None:
        self._job = None
        self.keep_button.setEnabled(self.context.session.project is not None)

    def discard(self) -> None:
        """Forget the resident: picture, picked files, form and message."""
        if self.portrait is not None:
            self.portrait.fill(0)
        self.portrait = None
        self.picked = []
        if self.feed is not None:
            self.feed.forget()
            self.feed.previewing = True
        if self.form is not None:
            self.form.clear()
        self.message.clear()
        self.picture.clear()
        self.retranslate()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.stop_camera()  # the webcam's light goes off when the page is left
        super().hideEvent(event)
