"""Clips page: play a resident's clip, set its in and out points, and preview it normalised.

The player plays the clip's proxy (upright, 30 fps constant), so a frame step is exactly
1/30 s. Keyboard: Space or K pauses, L plays (again: faster), J jumps back a second, ← and →
(or , and .) step one frame, I and O set the in and out points, Shift+I/Shift+O go to them.
The timeline shows the whole clip, the part kept, and how far the kit's maximum length
reaches from the in-point. Trim points are checked by the core (``video.trim.set_trim``)
and stored at once; a part longer than the kit allows is refused with the reason.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPen
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import IccError
from ...core.store import MediaKind
from ...core.video.normalise import Fit, clip_spec_for, normalise_clip
from ...core.video.proxy import PROXY_FPS, ProxySpec, ensure_proxy, proxy_path, read_proxy_info
from ...core.video.trim import ClipTooLong, InvalidTrim, clip_limit, set_trim
from ..messages import error_text
from . import Page, register_page

FRAME_MS = 1000.0 / PROXY_FPS
PREVIEW_SIZES = {"9:16": (270, 480), "1:1": (360, 360), "16:9": (480, 270)}


class TrimTimeline(QWidget):
    """The clip as a bar: the kept part, the reach of the kit's maximum from the in-point, the playhead."""

    seek_requested = Signal(float)  # seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duration = 0.0
        self.position = 0.0
        self.in_s: float | None = None
        self.out_s: float | None = None
        self.max_s = 20.0
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(480, 44)

    def set_state(self, *, duration: float | None = None, position: float | None = None, trim=None,
                  max_s: float | None = None) -> None:
        if duration is not None:
            self.duration = duration
        if position is not None:
            self.position = position
        if trim is not None:
            self.in_s, self.out_s = trim
        if max_s is not None:
            self.max_s = max_s
        self.update()

    def _x(self, t: float) -> float:
        margin = 6
        return margin + (self.width() - 2 * margin) * (t / self.duration if self.duration else 0)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.height()
        bar = QRectF(self._x(0), h * 0.3, self._x(self.duration) - self._x(0), h * 0.4)
        painter.fillRect(bar, QColor("#d0d4dc"))
        if self.duration:
            start = self.in_s or 0.0
            reach = min(self.duration, start + self.max_s)
            # The kit's maximum from the in-point: a hatched band, so a part beyond it shows at once.
            painter.fillRect(QRectF(self._x(start), h * 0.15, self._x(reach) - self._x(start), h * 0.1),
                             QColor("#f0a030"))
            end = self.out_s if self.out_s is not None else self.duration
            kept = QRectF(self._x(start), h * 0.3, self._x(end) - self._x(start), h * 0.4)
            over = end - start > self.max_s + 1e-3
            painter.fillRect(kept, QColor("#b3261e" if over else "#2e7d32"))
            painter.setPen(QPen(QColor("#1c1a4f"), 2))
            for t in (self.in_s, self.out_s):
                if t is not None:
                    painter.drawLine(QPointF(self._x(t), h * 0.1), QPointF(self._x(t), h * 0.9))
            painter.setPen(QPen(QColor("#000000"), 2))
            x = self._x(self.position)
            painter.drawLine(QPointF(x, 0), QPointF(x, h))
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.duration:
            margin = 6
            fraction = (event.position().x() - margin) / max(1, self.width() - 2 * margin)
            self.seek_requested.emit(max(0.0, min(1.0, fraction)) * self.duration)


@register_page
class ClipsPage(Page):
    page_id = "clips"
    order = 30

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ClipsPage", "Clips")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.current = None  # the selected clip contribution
        self.duration = 0.0
        self.max_s = 20.0
        self._proxy_job = None
        self._preview_job = None
        self._showing_preview = False
        self._rate = 1.0

        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("clip-list")
        self.list.setMinimumWidth(220)
        self.list.currentItemChanged.connect(self._selected)
        layout.addWidget(self.list, 1)

        main = QVBoxLayout()
        self.video = QVideoWidget(self)
        self.video.setObjectName("clip-video")
        self.video.setMinimumSize(480, 300)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        if QMediaDevices.audioOutputs():
            # Without any audio device (a server, the test machines) the player has no sound
            # output: with one attached, QtMultimedia's FFmpeg back end can block in stop().
            self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.video)
        self.player.positionChanged.connect(self._position_changed)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.playbackStateChanged.connect(lambda *_: self._update_buttons())
        main.addWidget(self.video, 1)

        self.timeline = TrimTimeline(self)
        self.timeline.setObjectName("clip-timeline")
        self.timeline.seek_requested.connect(self.seek)
        main.addWidget(self.timeline)

        transport = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.play_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.in_button = QPushButton(self)
        self.out_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("clip-time")
        for button in (self.back_button, self.play_button, self.next_button, self.in_button, self.out_button,
                       self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            transport.addWidget(button)
        transport.addStretch(1)
        transport.addWidget(self.time_label)
        main.addLayout(transport)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.play_button.clicked.connect(self.toggle_play)
        self.in_button.clicked.connect(self.set_in)
        self.out_button.clicked.connect(self.set_out)
        self.clear_button.clicked.connect(self.clear_trim)

        self.trim_label = QLabel(self)
        self.trim_label.setObjectName("clip-trim")
        self.trim_label.setWordWrap(True)
        main.addWidget(self.trim_label)

        preview_row = QHBoxLayout()
        self.aspect_box = QComboBox(self)
        for aspect in PREVIEW_SIZES:
            self.aspect_box.addItem(aspect, aspect)
        self.fit_box = QComboBox(self)
        self.frame_check = QCheckBox(self)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview_normalised)
        self.source_button = QPushButton(self)
        self.source_button.clicked.connect(self.show_source)
        for widget in (self.aspect_box, self.fit_box, self.frame_check, self.preview_button, self.source_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            preview_row.addWidget(widget)
        preview_row.addStretch(1)
        main.addLayout(preview_row)
        self.message = QLabel(self)
        self.message.setObjectName("clip-message")
        self.message.setWordWrap(True)
        main.addWidget(self.message)
        layout.addLayout(main, 3)

        self._actions = {}
        for name, keys, slot in (
            ("play", ("Space", "K"), self.toggle_play),
            ("faster", ("L",), self.play_forward),
            ("back", ("J",), lambda: self.jump(-1.0)),
            ("prev_frame", ("Left", ","), lambda: self.step(-1)),
            ("next_frame", ("Right", "."), lambda: self.step(1)),
            ("set_in", ("I",), self.set_in),
            ("set_out", ("O",), self.set_out),
            ("go_in", ("Shift+I",), lambda: self.seek(self.timeline.in_s or 0.0)),
            ("go_out", ("Shift+O",), lambda: self.seek(self.timeline.out_s or self.duration)),
        ):
            action = QAction(self, triggered=slot)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self._actions[name] = action

        context.session.project_changed.connect(self.refresh)
        context.session.contributions_changed.connect(self.refresh)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("◀ Frame"))
        self.back_button.setToolTip(self.tr("One frame back (← or ,)"))
        self.next_button.setText(self.tr("Frame ▶"))
        self.next_button.setToolTip(self.tr("One frame forward (→ or .)"))
        self.in_button.setText(self.tr("Set &in"))
        self.in_button.setToolTip(self.tr("The part starts here (I); Shift+I goes to the in-point"))
        self.out_button.setText(self.tr("Set &out"))
        self.out_button.setToolTip(self.tr("The part ends here (O); Shift+O goes to the out-point"))
        self.clear_button.setText(self.tr("Use the whole clip"))
        self.preview_button.setText(self.tr("Preview normalised"))
        self.preview_button.setToolTip(self.tr("Play the part as it will be delivered: format, crop or padding, "
                                               "loudness, caption"))
        self.source_button.setText(self.tr("Back to the clip"))
        self.frame_check.setText(self.tr("Campaign frame"))
        current = self.fit_box.currentIndex()
        self.fit_box.clear()
        self.fit_box.addItem(self.tr("Crop or pad (automatic)"), Fit.AUTO.value)
        self.fit_box.addItem(self.tr("Crop around faces"), Fit.CROP.value)
        self.fit_box.addItem(self.tr("Pad with a blurred copy"), Fit.PAD.value)
        self.fit_box.setCurrentIndex(max(0, current))
        self.aspect_box.setAccessibleName(self.tr("Delivery format"))
        self.fit_box.setAccessibleName(self.tr("How the picture fills the format"))
        self.video.setAccessibleName(self.tr("Clip player"))
        self.timeline.setAccessibleName(self.tr("Timeline with the in and out points"))
        self.list.setAccessibleName(self.tr("Clips"))
        self._update_buttons()
        self.refresh()

    def _update_buttons(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play or pause (Space or K); L plays faster, J jumps back a second"))
        has_clip = self.current is not None
        for widget in (self.back_button, self.play_button, self.next_button, self.preview_button):
            widget.setEnabled(has_clip)
        for widget in (self.in_button, self.out_button, self.clear_button):
            widget.setEnabled(has_clip and not self._showing_preview)
        self.source_button.setVisible(self._showing_preview)
        for name in ("set_in", "set_out"):
            action = getattr(self, "_actions", {}).get(name)
            if action is not None:
                action.setEnabled(has_clip and not self._showing_preview)

    # -- the list -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        project = self.context.session.project
        selected = self.current.id if self.current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        if project is None:
            self.list.blockSignals(False)
            self._select(None)
            self.message.setText(self.tr("No project open."))
            return
        self.max_s = clip_limit(project)
        clips = [c for c in project.contributions() if c.kind == MediaKind.CLIP]
        for c in clips:
            media = project.media(c.media_sha256)
            length = media.duration_s if media and media.duration_s else 0.0
            text = f"#{c.id}  {c.source_name}\n" + self.tr("%1 s").replace("%1", f"{length:.1f}")
            if c.trim_in_s is not None or c.trim_out_s is not None:
                text += "  ✂ " + f"{c.trim_in_s or 0:.1f}–{c.trim_out_s if c.trim_out_s is not None else length:.1f}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
            if c.id == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if not clips:
            self.message.setText(self.tr("This project has no clips yet: import them on the Contributions page."))
        if selected is not None and self.list.currentItem() is not None:
            self.current = project.contribution(selected)
            self._show_trim()
        elif clips and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self.timeline.set_state(max_s=self.max_s)

    def _selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        self._select(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)

    def _select(self, contribution_id: int | None) -> None:
        project = self.context.session.project
        if not self.player.source().isEmpty():
            # Only a player that has a clip is stopped: with no audio device (a server, the
            # test machines) QtMultimedia's FFmpeg back end can block in stop() on an empty one.
            self.player.stop()
            self.player.setSource(QUrl())
        self._showing_preview = False
        self.current = project.contribution(contribution_id) if (project and contribution_id is not None) else None
        self.message.clear()
        if self.current is None:
            self.timeline.set_state(duration=0.0, position=0.0, trim=(None, None))
            self.trim_label.clear()
            self._update_buttons()
            return
        info = read_proxy_info(project.folder, self.current.media_sha256)
        self.duration = info.duration_s if info else float(project.media(self.current.media_sha256).duration_s or 0)
        self.timeline.set_state(duration=self.duration, position=0.0, max_s=self.max_s,
                                trim=(self.current.trim_in_s, self.current.trim_out_s))
        self._show_trim()
        self._update_buttons()
        if info is not None:
            self._load(proxy_path(project.folder, self.current.media_sha256))
            return
        self.message.setText(self.tr("Preparing the clip for playback…"))
        handle = self.context.jobs.start(self.tr("Preparing the clip"), ensure_proxy,
                                         ProxySpec(project.folder, self.current.media_sha256))
        self._proxy_job = handle
        handle.finished.connect(lambda path, h=handle: self._proxy_ready(h, path))
        handle.failed.connect(lambda exc: self.message.setText(error_text(exc)))

    def _proxy_ready(self, handle, path: Path) -> None:
        if handle is self._proxy_job and self.current is not None:
            self.message.clear()
            self._load(Path(path))

    def _load(self, path: Path) -> None:
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.pause()  # shows the first frame

    # -- playing --------------------------------------------------------------------------------------

    def position_s(self) -> float:
        return self.player.position() / 1000.0

    def toggle_play(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self._rate = 1.0
            self.player.setPlaybackRate(1.0)
            self.player.play()

    def play_forward(self) -> None:
        """L: play; pressed again while playing, twice as fast (up to 4×)."""
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self._rate = min(4.0, self._rate * 2)
        else:
            self._rate = 1.0
        self.player.setPlaybackRate(self._rate)
        self.player.play()

    def jump(self, seconds: float) -> None:
        self.player.pause()
        self.seek(self.position_s() + seconds)

    def step(self, frames: int) -> None:
        """Pause and move ``frames`` frames (the proxy is 30 fps: one frame is 1/30 s)."""
        self.player.pause()
        frame = round(self.player.position() / FRAME_MS) + frames
        self.seek(frame * FRAME_MS / 1000.0)

    def seek(self, seconds: float) -> None:
        limit = self.duration if self.duration else seconds
        seconds = max(0.0, min(seconds, max(0.0, limit - 1.0 / PROXY_FPS)))
        self.player.setPosition(round(seconds * 1000))
        self._position_changed(round(seconds * 1000))

    def _position_changed(self, ms: int) -> None:
        seconds = ms / 1000.0
        self.timeline.set_state(position=seconds)
        frame = round(ms / FRAME_MS)
        self.time_label.setText(f"{seconds:6.2f} s · " + self.tr("frame %1").replace("%1", str(frame)))

    def _duration_changed(self, ms: int) -> None:
        if ms > 0 and not self._showing_preview:
            self.duration = ms / 1000.0
            self.timeline.set_state(duration=self.duration)

    # -- trim -----------------------------------------------------------------------------------------

    def set_in(self) -> None:
        if self.current is None or self._showing_preview:
            return
        start = round(self.position_s() * PROXY_FPS) / PROXY_FPS
        end = self.current.trim_out_s
        if end is None or end <= start or end - start > self.max_s:
            end = min(self.duration, start + self.max_s)  # the longest part the kit allows from here
        self._store(start, end)

    def set_out(self) -> None:
        if self.current is None or self._showing_preview:
            return
        end = round(self.position_s() * PROXY_FPS) / PROXY_FPS
        start = self.current.trim_in_s or 0.0
        self._store(start, end)

    def clear_trim(self) -> None:
        if self.current is not None:
            self._store(None, None)

    def _store(self, start: float | None, end: float | None) -> None:
        project = self.context.session.project
        try:
            set_trim(project, self.current.id, start, end)
        except ClipTooLong as exc:
            self.message.setText(self.tr("The part would last %1 s, over this campaign's maximum of %2 s per "
                                         "resident clip. Move the in-point or the out-point.")
                                 .replace("%1", f"{exc.params['length']:.1f}")
                                 .replace("%2", f"{exc.params['limit']:g}"))
            return
        except InvalidTrim as exc:
            self.message.setText(self.tr("These in and out points do not fit the clip: %1").replace("%1", str(exc)))
            return
        self.message.clear()
        self.current = project.contribution(self.current.id)
        self.timeline.set_state(trim=(self.current.trim_in_s, self.current.trim_out_s))
        self._show_trim()
        self.context.session.notify_contributions()

    def _show_trim(self) -> None:
        if self.current is None:
            self.trim_label.clear()
            return
        start = self.current.trim_in_s or 0.0
        end = self.current.trim_out_s if self.current.trim_out_s is not None else self.duration
        text = self.tr("Part used: %1 s to %2 s (%3 s); this campaign allows %4 s per resident clip.") \
            .replace("%1", f"{start:.2f}").replace("%2", f"{end:.2f}").replace("%3", f"{end - start:.2f}") \
            .replace("%4", f"{self.max_s:g}")
        if self.current.trim_in_s is None and self.current.trim_out_s is None and self.duration > self.max_s:
            text += " " + self.tr("The clip is longer: set in and out points.")
        self.trim_label.setText(text)

    # -- preview of the normalised result ---------------------------------------------------------------

    def preview_normalised(self):
        project = self.context.session.project
        if self.current is None or project is None:
            return None
        aspect = self.aspect_box.currentData()
        c = self.current
        key = hashlib.sha256(repr((c.media_sha256, c.trim_in_s, c.trim_out_s, c.caption, c.language, aspect,
                                   self.fit_box.currentData(), self.frame_check.isChecked())).encode()).hexdigest()
        # Outside the project: opening the project elsewhere (another page's job) sweeps its temporary files.
        output = Path(tempfile.gettempdir()) / "icc-studio-clip-previews" / f"{c.media_sha256[:16]}_{key[:16]}.mp4"
        if output.is_file():
            self._play_preview(output)
            return None
        try:
            spec = clip_spec_for(project, c, aspect=aspect, output=output, fit=Fit(self.fit_box.currentData()),
                                 frame=self.frame_check.isChecked(), end_card=True, size=PREVIEW_SIZES[aspect])
        except IccError as exc:
            self.message.setText(error_text(exc))
            return None
        handle = self.context.jobs.start(self.tr("Preview of the normalised clip"), normalise_clip, spec)
        self._preview_job = handle
        handle.finished.connect(lambda result, h=handle: self._preview_ready(h, result))
        handle.failed.connect(self._preview_failed)
        return handle

    def _preview_failed(self, exc) -> None:
        if isinstance(exc, ClipTooLong):
            self.message.setText(self.tr("The part lasts %1 s, over this campaign's maximum of %2 s per resident "
                                         "clip: set in and out points first.")
                                 .replace("%1", f"{exc.params['length']:.1f}").replace("%2", f"{exc.params['limit']:g}"))
        else:
            self.message.setText(error_text(exc))

    def _preview_ready(self, handle, result) -> None:
        if handle is self._preview_job:
            self._play_preview(result.output)

    def _play_preview(self, path: Path) -> None:
        self._showing_preview = True
        self.message.setText(self.tr("Showing the normalised preview (%1).").replace("%1", self.aspect_box.currentText()))
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.play()
        self._update_buttons()

    def show_source(self) -> None:
        if self.current is not None:
            self._select(self.current.id)
