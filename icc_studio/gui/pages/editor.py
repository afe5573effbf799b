"""Editor page: the crop of each output format over the photo, the caption and the alt text,
with a live preview drawn by the export renderer and undo/redo.

What is not GUI lives in the core: the crop geometry (``core/render/crop_edit.py``), what is
read and saved (``core/render/editing.py``) and the preview (``core/render/preview.py``).
Every change is saved to the project at once (a crop set here is stored as ``manual``) and
is a command on the contribution's undo stack.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import IccError
from ...core.kits import Kit, load_builtin_kit
from ...core.render.crop_edit import editor_outputs
from ...core.render.editing import (
    MessageTooLong,
    OutputCrop,
    caption_length,
    normalise_caption,
    output_crops,
    photo_faces,
    save_alt_text,
    save_caption,
    save_crop,
)
from ...core.render.photo_job import default_alt_text
from ...core.render.photos import CIRCULAR_OUTPUTS, CropRect
from ...core.render.preview import PhotoSpec, framed_preview_spec, load_preview_photo, photo_source, render_framed_preview
from ...core.store import Contribution, MediaKind, Status
from ..messages import error_text
from ..widgets.background import start_quiet
from ..widgets.crop_view import CropView
from ..widgets.framed_preview import FramedPreview
from ..widgets.debounced_preview import qimage_from_pil
from . import Page, register_page

PREVIEW_DELAY_MS = 120   # the preview follows edits at most this often
TEXT_IDLE_MS = 1200      # typed text is saved after this pause (and when the field is left)
PREVIEW_LONG_SIDE = 720


def output_name(output: str) -> str:
    names = {
        "feed_square": QCoreApplication.translate("EditorPage", "Feed square"),
        "feed_portrait": QCoreApplication.translate("EditorPage", "Feed portrait"),
        "story": QCoreApplication.translate("EditorPage", "Story"),
        "profile": QCoreApplication.translate("EditorPage", "Profile picture"),
        "x_header": QCoreApplication.translate("EditorPage", "X header"),
        "facebook_cover": QCoreApplication.translate("EditorPage", "Facebook cover"),
    }
    return names.get(output, output)


def status_name(status: Status) -> str:
    return {
        Status.PENDING: QCoreApplication.translate("EditorPage", "pending"),
        Status.APPROVED: QCoreApplication.translate("EditorPage", "approved"),
        Status.REJECTED: QCoreApplication.translate("EditorPage", "rejected"),
        Status.WITHDRAWN: QCoreApplication.translate("EditorPage", "withdrawn"),
    }[status]


class CropCommand(QUndoCommand):
    """A crop of one output set by hand (or reset to the proposal). Key presses in a row merge."""

    ID = 1

    def __init__(self, page: EditorPage, contribution_id: int, output: str, old: tuple[CropRect, bool],
                 new: tuple[CropRect, bool], text: str, mergeable: bool) -> None:
        super().__init__(text)
        self.page, self.contribution_id, self.output = page, contribution_id, output
        self.old, self.new, self.mergeable = old, new, mergeable

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, CropCommand) and self.mergeable and other.mergeable
                and other.contribution_id == self.contribution_id and other.output == self.output):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.page.apply_crop(self.contribution_id, self.output, *self.new)

    def undo(self) -> None:
        self.page.apply_crop(self.contribution_id, self.output, *self.old)


class FieldCommand(QUndoCommand):
    """A caption, alt text or language saved to the project."""

    def __init__(self, page: EditorPage, contribution_id: int, field: str, old: str, new: str, text: str) -> None:
        super().__init__(text)
        self.page, self.contribution_id, self.field, self.old, self.new = page, contribution_id, field, old, new

    def redo(self) -> None:
        self.page.apply_field(self.contribution_id, self.field, self.new)

    def undo(self) -> None:
        self.page.apply_field(self.contribution_id, self.field, self.old)


class _EditorKeys(QObject):
    """Lets the page's undo/redo and previous/next shortcuts win over the text fields' own."""

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.MoveToNextPage,
            QKeySequence.StandardKey.MoveToPreviousPage)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and any(event.matches(k) for k in self.KEYS):
            event.ignore()
            return True
        return False


@register_page
class EditorPage(Page):
    page_id = "editor"
    order = 25

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("EditorPage", "Editor")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.kit: Kit | None = None
        self.contribution: Contribution | None = None
        self.ids: list[int] = []
        self.crops: dict[str, OutputCrop] = {}
        self.output = "feed_square"
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self._applying = False
        self._photo_job = None
        self._preview_job = None
        self._preview_pending = False
        self._preview_seq = 0
        self._shown_seq = 0
        self.shown_preview: tuple[int, str, CropRect, str] | None = None  # what the preview shows
        self.shown_preview_image = None  # the PIL image drawn by the renderer, for checks
        self._build()
        context.session.project_changed.connect(self._project_changed)
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        style = self.style()

        header = QHBoxLayout()
        self.back_button = QToolButton(self)
        self.back_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.clicked.connect(self.back_to_contributions)
        header.addWidget(self.back_button)
        self.heading = QLabel(self)
        self.heading.setObjectName("editor-heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        header.addWidget(self.heading)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("editor-status")
        header.addWidget(self.status_label)
        header.addStretch(1)
        self.prev_button = QToolButton(self)
        self.prev_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.next_button = QToolButton(self)
        self.next_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.position_label = QLabel(self)
        header.addWidget(self.prev_button)
        header.addWidget(self.position_label)
        header.addWidget(self.next_button)
        layout.addLayout(header)

        bar = QHBoxLayout()
        self.format_label = QLabel(self)
        bar.addWidget(self.format_label)
        self.format_group = QButtonGroup(self)
        self.format_group.setExclusive(True)
        self.format_buttons: dict[str, QToolButton] = {}
        for index, output in enumerate(("feed_square", "feed_portrait", "story", "profile", "x_header",
                                        "facebook_cover")):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setObjectName(f"format-{output}")
            button.setProperty("output", output)
            button.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            self.format_group.addButton(button, index)
            self.format_buttons[output] = button
            bar.addWidget(button)
        self.format_group.buttonClicked.connect(lambda b: self.set_output(b.property("output")))
        bar.addSpacing(12)
        self.crop_source = QLabel(self)
        self.crop_source.setObjectName("crop-source")
        bar.addWidget(self.crop_source)
        bar.addStretch(1)
        self.reset_button = QToolButton(self)
        self.undo_button = QToolButton(self)
        self.redo_button = QToolButton(self)
        for button in (self.reset_button, self.undo_button, self.redo_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.crop_view = CropView(left)
        self.crop_view.crop_changing.connect(lambda _crop: self.schedule_preview())
        self.crop_view.crop_edited.connect(self._crop_edited)
        left_layout.addWidget(self.crop_view, 1)
        self.crop_help = QLabel(left)
        self.crop_help.setWordWrap(True)
        self.crop_help.setObjectName("crop-help")
        self.crop_help.setStyleSheet("color: #5f6368;")
        left_layout.addWidget(self.crop_help)

        right = QWidget(self.splitter)
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        self.preview = FramedPreview(right)
        self.preview.setMinimumHeight(300)
        side.addWidget(self.preview, 3)
        zone_row = QHBoxLayout()
        self.zones_check = QCheckBox(right)
        self.zones_check.setChecked(True)
        self.zones_check.toggled.connect(self.preview.set_show_zones)
        zone_row.addWidget(self.zones_check)
        zone_row.addStretch(1)
        self.preview_note = QLabel(right)
        self.preview_note.setStyleSheet("color: #5f6368;")
        zone_row.addWidget(self.preview_note)
        side.addLayout(zone_row)
        line = QFrame(right)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        side.addWidget(line)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.caption_label = QLabel(right)
        caption_box = QVBoxLayout()
        caption_row = QHBoxLayout()
        self.caption_edit = QLineEdit(right)
        self.caption_edit.setObjectName("caption-edit")
        self.caption_edit.setClearButtonEnabled(True)
        self.caption_edit.textChanged.connect(self._caption_typed)
        self.caption_edit.editingFinished.connect(self.commit_caption)
        caption_row.addWidget(self.caption_edit, 1)
        self.caption_counter = QLabel(right)
        self.caption_counter.setObjectName("caption-counter")
        self.caption_counter.setMinimumWidth(64)
        self.caption_counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption_row.addWidget(self.caption_counter)
        caption_box.addLayout(caption_row)
        self.caption_message = QLabel(right)
        self.caption_message.setObjectName("caption-message")
        self.caption_message.setWordWrap(True)
        self.caption_message.setStyleSheet("color: #b3261e;")
        self.caption_message.hide()
        caption_box.addWidget(self.caption_message)
        self.caption_label.setBuddy(self.caption_edit)
        form.addRow(self.caption_label, caption_box)

        self.language_label = QLabel(right)
        self.language_combo = QComboBox(right)
        self.language_combo.setObjectName("language-combo")
        self.language_combo.activated.connect(self._language_chosen)
        self.language_label.setBuddy(self.language_combo)
        form.addRow(self.language_label, self.language_combo)

        self.alt_label = QLabel(right)
        alt_box = QVBoxLayout()
        self.alt_edit = QPlainTextEdit(right)
        self.alt_edit.setObjectName("alt-text-edit")
        self.alt_edit.setTabChangesFocus(True)
        self.alt_edit.setUndoRedoEnabled(False)  # the page's undo stack covers it
        self.alt_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.alt_edit.textChanged.connect(self._alt_typed)
        alt_box.addWidget(self.alt_edit)
        self.alt_hint = QLabel(right)
        self.alt_hint.setWordWrap(True)
        self.alt_hint.setStyleSheet("color: #5f6368;")
        alt_box.addWidget(self.alt_hint)
        self.alt_label.setBuddy(self.alt_edit)
        form.addRow(self.alt_label, alt_box)
        side.addLayout(form)

        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        right.setMinimumWidth(380)
        self.splitter.setSizes([660, 480])
        layout.addWidget(self.splitter, 1)

        self._keys = _EditorKeys(self)
        self.caption_edit.installEventFilter(self._keys)
        self.alt_edit.installEventFilter(self._keys)

        # actions: the page's keyboard
        self.undo_action = QAction(self, triggered=self.undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self, triggered=self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.prev_action = QAction(self, triggered=lambda: self.step(-1))
        self.prev_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.next_action = QAction(self, triggered=lambda: self.step(1))
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.reset_action = QAction(self, triggered=self.reset_crop)
        self.reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.back_action = QAction(self, triggered=self.back_to_contributions)
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.zones_action = QAction(self, triggered=self.zones_check.toggle)
        self.zones_action.setShortcut(QKeySequence("Ctrl+G"))
        for action in (self.undo_action, self.redo_action, self.prev_action, self.next_action, self.reset_action,
                       self.back_action, self.zones_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self.reset_button.setDefaultAction(self.reset_action)
        self.prev_button.setDefaultAction(self.prev_action)
        self.next_button.setDefaultAction(self.next_action)
        self.undo_group.canUndoChanged.connect(self._update_actions)
        self.undo_group.canRedoChanged.connect(self._update_actions)
        self.undo_group.undoTextChanged.connect(lambda _t: self._update_actions())
        self.undo_group.redoTextChanged.connect(lambda _t: self._update_actions())

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS, timeout=self._start_preview)
        self._caption_timer = QTimer(self, singleShot=True, interval=TEXT_IDLE_MS, timeout=self.commit_caption)
        self._alt_timer = QTimer(self, singleShot=True, interval=TEXT_IDLE_MS, timeout=self.commit_alt_text)
        self.setTabOrder(self.crop_view, self.caption_edit)
        self.setTabOrder(self.caption_edit, self.language_combo)
        self.setTabOrder(self.language_combo, self.alt_edit)

    # -- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_icons()
        super().changeEvent(event)

    def _set_icons(self) -> None:
        """Arrows that follow the layout's direction (Back points right in right-to-left)."""
        style = self.style()
        self.back_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack, None, self))
        self.prev_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp, None, self))
        self.next_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown, None, self))

    def retranslate(self) -> None:
        self._set_icons()
        self.back_button.setText(self.tr("Contributions"))
        self.back_button.setToolTip(self.tr("Back to the contributions (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the contributions"))
        self.prev_action.setText(self.tr("Previous"))
        self.prev_action.setToolTip(self.tr("Previous contribution (Page Up)"))
        self.next_action.setText(self.tr("Next"))
        self.next_action.setToolTip(self.tr("Next contribution (Page Down)"))
        self.reset_action.setText(self.tr("Reset to the proposal"))
        self.reset_action.setToolTip(self.tr("Use the face-aware crop proposed for this format again (Ctrl+0)"))
        self.zones_action.setText(self.tr("Safe zones"))
        self.format_label.setText(self.tr("Format:"))
        for index, (output, button) in enumerate(self.format_buttons.items()):
            button.setText(output_name(output))
            button.setToolTip(self.tr("Crop for the %1 (Alt+%2)").replace("%1", output_name(output))
                              .replace("%2", str(index + 1)))
            button.setAccessibleName(self.tr("Crop for the %1").replace("%1", output_name(output)))
        self.crop_view.setAccessibleName(self.tr("Photo with the crop of the chosen format"))
        help_text = self.tr("Drag the rectangle to move it, drag a corner to resize it. Arrow keys move it "
                            "(Ctrl for small steps), Shift+arrows resize it. Page Up / Page Down: previous / "
                            "next contribution.")
        self.crop_view.setAccessibleDescription(help_text)
        self.crop_view.setToolTip(help_text)
        self.crop_help.setText(help_text)
        self.crop_view.set_placeholder(self.tr("Choose a contribution on the Contributions page and press E "
                                               "to edit it."))
        self.preview.setAccessibleName(self.tr("Preview of the output, drawn by the export renderer"))
        self.preview.setToolTip(self.tr("What the export will look like, drawn by the same renderer"))
        self.zones_check.setText(self.tr("Show the platform's safe zones"))
        self.zones_check.setToolTip(self.tr("Areas covered by the app's interface or cut off by its crops (Ctrl+G)"))
        self.zones_check.setAccessibleName(self.tr("Show the platform's safe zones"))
        self.caption_label.setText(self.tr("&Message:"))
        self.caption_edit.setAccessibleName(self.tr("Message shown on the photo"))
        self.caption_edit.setToolTip(self.tr("The resident's words, shown in the kit's sentence; saved when you "
                                             "pause or leave the field"))
        self.caption_counter.setAccessibleName(self.tr("Length of the message"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language of the message"))
        self.language_combo.setToolTip(self.tr("The language of the message: it chooses the kit's sentence and "
                                               "the direction of the text"))
        self.alt_label.setText(self.tr("&Alt text:"))
        self.alt_edit.setAccessibleName(self.tr("Alt text"))
        self.alt_edit.setToolTip(self.tr("A description of the image for people who use a screen reader"))
        self.alt_hint.setText(self.tr("Describes the photo for screen readers. Left empty, the export uses the "
                                      "kit's description with the message."))
        self._update_actions()
        self._show_header()
        self._update_counter()
        self._update_crop_source()

    # -- opening -----------------------------------------------------------------------------

    def on_shown(self) -> None:
        project = self.context.session.project
        if project is None:
            return
        if self.contribution is None:
            items = project.contributions()
            if items:
                self.open_contribution(items[0].id)
            return
        try:  # reviewed meanwhile on the Contributions page: show its status now
            self.contribution = project.contribution(self.contribution.id)
        except IccError:
            return
        self._show_header()

    def _project_changed(self) -> None:
        for stack in self._stacks.values():
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
        self.kit, self.contribution, self.ids, self.crops = None, None, [], {}
        self.crop_view.set_image(QImage())
        self.crop_view.set_crop(None, None)
        self.crop_view.set_placeholder(self.tr("Choose a contribution on the Contributions page and press E "
                                               "to edit it."))
        self.preview.set_image(QImage())
        self._set_fields("", "", "")
        self._show_header()
        self._update_actions()

    def open_contribution(self, contribution_id: int, ids: list[int] | None = None) -> bool:
        """Show a contribution; ``ids`` is the order PgUp/PgDn follow (default: every contribution)."""
        project = self.context.session.project
        if project is None:
            return False
        if self.contribution is not None and not self._commit_texts():
            return False  # the message is over the limit: it stays, with its explanation
        try:
            contribution = project.contribution(contribution_id)
            info = project.info()
            if self.kit is None or self.kit.id != info.kit_id:
                self.kit = load_builtin_kit(info.kit_id)
        except IccError as exc:
            self.crop_view.set_placeholder(error_text(exc))
            return False
        if ids is not None:
            self.ids = list(ids)
        if not self.ids or contribution_id not in self.ids:
            self.ids = [c.id for c in project.contributions()]
        self.contribution = contribution
        self.undo_group.setActiveStack(self._stack(contribution_id))
        self._fill_languages(info.languages)
        self._set_fields(contribution.caption, contribution.alt_text, contribution.language)
        self.alt_edit.setPlaceholderText(default_alt_text(self.kit, contribution, info.city))
        self.shown_preview = None
        self.shown_preview_image = None
        self.preview.set_image(QImage())
        outputs = editor_outputs(self.kit)
        for output, button in self.format_buttons.items():
            button.setVisible(output in outputs)
        is_photo = contribution.kind == MediaKind.PHOTO
        for button in self.format_buttons.values():
            button.setEnabled(is_photo)
        self.reset_action.setEnabled(is_photo)
        self.zones_check.setEnabled(is_photo)
        if is_photo:
            self.crops = output_crops(project, self.kit, contribution_id, outputs)
            if self.output not in self.crops:
                self.output = outputs[0]
            self.crop_view.set_image(QImage(), photo_faces(project, contribution_id))
            self.crop_view.set_placeholder(self.tr("Loading the photo…"))
            self._load_photo(photo_source(project, contribution.media_sha256))
        else:
            self.crops = {}
            self.crop_view.set_image(QImage())
            self.crop_view.set_crop(None, None)
            self.crop_view.set_placeholder(self.tr("This is a clip: trim it on the Clips page. Its message and alt "
                                                   "text can be edited here."))
        self.set_output(self.output)
        self._show_header()
        self._update_actions()
        return True

    def _stack(self, contribution_id: int) -> QUndoStack:
        stack = self._stacks.get(contribution_id)
        if stack is None:
            stack = self._stacks[contribution_id] = QUndoStack(self.undo_group)
            self.undo_group.addStack(stack)
        return stack

    def _fill_languages(self, project_languages) -> None:
        codes = list(dict.fromkeys([*project_languages, *(self.kit.languages if self.kit else ())]))
        current = self.contribution.language if self.contribution else ""
        if current and current not in codes:
            codes.append(current)
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        for code in codes:
            self.language_combo.addItem(code, code)
        self.language_combo.blockSignals(False)

    def _load_photo(self, path) -> None:
        cid = self.contribution.id
        self._photo_job = start_quiet(self.context.jobs, self.tr("Loading the photo"), load_preview_photo,
                                      PhotoSpec(path), lambda pixels: self._photo_loaded(cid, pixels),
                                      lambda exc, c=cid: self._photo_failed(c, exc))

    def _photo_loaded(self, contribution_id: int, pixels) -> None:
        if self.contribution is None or self.contribution.id != contribution_id:
            return  # another contribution was opened meanwhile
        height, width = pixels.shape[:2]
        image = QImage(pixels.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        self.crop_view.set_image(image, self.crop_view.faces)

    def _photo_failed(self, contribution_id: int, exc) -> None:
        if self.contribution is not None and self.contribution.id == contribution_id:
            self.crop_view.set_placeholder(error_text(exc))

    # -- navigation ---------------------------------------------------------------------------

    def step(self, delta: int) -> bool:
        if self.contribution is None or not self.ids:
            return False
        try:
            index = self.ids.index(self.contribution.id)
        except ValueError:
            index = 0
        target = index + delta
        if not 0 <= target < len(self.ids):
            return False
        return self.open_contribution(self.ids[target])

    def back_to_contributions(self) -> None:
        if self.contribution is not None and not self._commit_texts():
            return
        window = self.window()
        if hasattr(window, "show_page"):
            page = window.show_page("contributions")
            if self.contribution is not None and hasattr(page, "select_contribution"):
                page.select_contribution(self.contribution.id)

    # -- formats and crops ----------------------------------------------------------------------

    def set_output(self, output: str) -> None:
        self.output = output
        button = self.format_buttons.get(output)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        crop = self.crops.get(output)
        if crop is None:
            self.crop_view.set_crop(None, None)
        else:
            self.crop_view.set_crop(crop.frame, crop.current, circle=output in CIRCULAR_OUTPUTS)
        if self.kit is not None and output in self.kit.templates:
            self.preview.set_zones(self.kit.template(output).safe_zones)
        self.crop_view.setAccessibleName(self.tr("Crop for the %1").replace("%1", output_name(output)))
        self._update_crop_source()
        self.schedule_preview()

    def _crop_edited(self, old: CropRect, new: CropRect, mergeable: bool) -> None:
        if self.contribution is None or self.output not in self.crops:
            return
        state = self.crops[self.output]
        text = self.tr("Move the crop of the %1").replace("%1", output_name(self.output))
        self.undo_group.activeStack().push(CropCommand(self, self.contribution.id, self.output, (old, state.manual),
                                                       (new, True), text, mergeable))

    def reset_crop(self) -> None:
        state = self.crops.get(self.output)
        if self.contribution is None or state is None or (not state.manual and state.current == state.proposal):
            return
        text = self.tr("Reset the crop of the %1").replace("%1", output_name(self.output))
        self.undo_group.activeStack().push(CropCommand(self, self.contribution.id, self.output,
                                                       (state.current, state.manual), (state.proposal, False),
                                                       text, False))

    def apply_crop(self, contribution_id: int, output: str, crop: CropRect, manual: bool) -> None:
        """Save a crop (from an undo command) and show it if it is the one on screen."""
        project = self.context.session.project
        if project is None:
            return
        save_crop(project, contribution_id, output, crop, manual=manual)
        if self.contribution is not None and self.contribution.id == contribution_id and output in self.crops:
            self.crops[output] = replace(self.crops[output], current=crop, manual=manual)
            if output != self.output:
                self.set_output(output)
            elif self.crop_view.crop != crop:
                self.crop_view.set_crop(self.crops[output].frame, crop, circle=output in CIRCULAR_OUTPUTS)
            self._update_crop_source()
            self.schedule_preview()
        self._notify()

    def _update_crop_source(self) -> None:
        state = self.crops.get(self.output)
        if state is None:
            self.crop_source.clear()
            return
        self.crop_source.setText(self.tr("Crop set by hand") if state.manual else self.tr("Proposed crop"))
        self.crop_source.setStyleSheet("color: #1b5e20; font-weight: 600;" if state.manual else "color: #5f6368;")

    # -- caption, language, alt text ------------------------------------------------------------

    def _set_fields(self, caption: str, alt: str, language: str) -> None:
        self._applying = True
        try:
            if self.caption_edit.text() != caption:
                self.caption_edit.setText(caption)
            if self.alt_edit.toPlainText() != alt:
                self.alt_edit.setPlainText(alt)
            index = self.language_combo.findData(language)
            self.language_combo.setCurrentIndex(max(0, index))
        finally:
            self._applying = False
        self._caption_timer.stop()
        self._alt_timer.stop()
        self.caption_message.hide()
        self._update_counter()
        for widget in (self.caption_edit, self.alt_edit, self.language_combo):
            widget.setEnabled(self.contribution is not None)
        self._set_direction(language)

    def _set_direction(self, language: str) -> None:
        """The text fields follow the message's language, whatever the interface's direction."""
        rtl = language.split("-")[0] in ("ar", "fa", "he", "ur")
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.caption_edit.setLayoutDirection(direction)
        self.alt_edit.setLayoutDirection(direction)
        option = self.alt_edit.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.alt_edit.document().setDefaultTextOption(option)

    def max_length(self) -> int:
        return self.kit.limits.message_max_length if self.kit else 80

    def caption_over_limit(self) -> bool:
        return caption_length(self.caption_edit.text()) > self.max_length()

    def _caption_typed(self, _text: str) -> None:
        self._update_counter()
        if self._applying:
            return
        if not self.caption_over_limit():
            self.caption_message.hide()
        self._caption_timer.start()
        self._update_actions()
        self.schedule_preview()

    def _update_counter(self) -> None:
        length, limit = caption_length(self.caption_edit.text()), self.max_length()
        self.caption_counter.setText(f"{length} / {limit}")
        over = length > limit
        self.caption_counter.setStyleSheet(
            "color: white; background: #b3261e; border-radius: 4px; padding: 1px 6px; font-weight: 600;" if over
            else "color: palette(text); background: palette(midlight); border-radius: 4px; padding: 1px 6px;")
        self.caption_counter.setToolTip(self.tr("%n character(s) of %1", "", length).replace("%1", str(limit)))
        if over:
            self._show_caption_refusal(length, limit)

    def _show_caption_refusal(self, length: int, limit: int) -> None:
        self.caption_message.setText(
            self.tr("Too long by %n character(s): this kit allows at most %1. The message is not saved until "
                    "it is shortened.", "", length - limit).replace("%1", str(limit)))
        self.caption_message.show()

    def commit_caption(self) -> bool:
        """Save the message if it changed; refused (and explained) over the kit's limit."""
        self._caption_timer.stop()
        project = self.context.session.project
        if self.contribution is None or project is None or self._applying:
            return True
        new = normalise_caption(self.caption_edit.text())
        old = self.contribution.caption
        if new == old:
            return True
        length, limit = caption_length(new), self.max_length()
        if length > limit:
            self._show_caption_refusal(length, limit)
            return False
        self.undo_group.activeStack().push(FieldCommand(self, self.contribution.id, "caption", old, new,
                                                        self.tr("Edit the message")))
        return True

    def _alt_typed(self) -> None:
        if not self._applying:
            self._alt_timer.start()
            self._update_actions()

    def commit_alt_text(self) -> bool:
        self._alt_timer.stop()
        if self.contribution is None or self._applying:
            return True
        new, old = self.alt_edit.toPlainText().strip(), self.contribution.alt_text
        if new != old:
            self.undo_group.activeStack().push(FieldCommand(self, self.contribution.id, "alt_text", old, new,
                                                            self.tr("Edit the alt text")))
        return True

    def _language_chosen(self, _index: int) -> None:
        if self.contribution is None:
            return
        new, old = self.language_combo.currentData() or "", self.contribution.language
        if new != old:
            self.undo_group.activeStack().push(FieldCommand(self, self.contribution.id, "language", old, new,
                                                            self.tr("Change the language")))

    def _commit_texts(self) -> bool:
        self.commit_alt_text()
        if not self.commit_caption():
            self.caption_edit.setFocus()
            return False
        return True

    def apply_field(self, contribution_id: int, field: str, value: str) -> None:
        project = self.context.session.project
        if project is None or self.kit is None:
            return
        try:
            if field == "caption":
                save_caption(project, self.kit, contribution_id, value)
            elif field == "alt_text":
                save_alt_text(project, contribution_id, value)
            else:
                project.update_contribution(contribution_id, language=value)
        except MessageTooLong as exc:  # only a caption typed elsewhere could be; never saved
            self.caption_message.setText(error_text(exc))
            self.caption_message.show()
            return
        if self.contribution is not None and self.contribution.id == contribution_id:
            self.contribution = c = project.contribution(contribution_id)
            self._show_field(field, c)
            self.schedule_preview()
        self._notify()

    def _show_field(self, field: str, c: Contribution) -> None:
        """Show a saved value in its field, unless the field already shows it (the cursor stays)."""
        self._applying = True
        try:
            if field == "caption" and normalise_caption(self.caption_edit.text()) != c.caption:
                self.caption_edit.setText(c.caption)
            elif field == "alt_text" and self.alt_edit.toPlainText().strip() != c.alt_text:
                self.alt_edit.setPlainText(c.alt_text)
            elif field == "language":
                self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(c.language)))
                self._set_direction(c.language)
        finally:
            self._applying = False
        if field == "caption":
            self.caption_message.setVisible(self.caption_over_limit())
        self._update_counter()
        self._update_actions()

    def has_pending_text(self) -> bool:
        c = self.contribution
        return c is not None and (normalise_caption(self.caption_edit.text()) != c.caption
                                  or self.alt_edit.toPlainText().strip() != c.alt_text)

    # -- undo / redo -------------------------------------------------------------------------------

    def undo(self) -> None:
        if self._commit_texts():  # typed text becomes a step first, so Ctrl+Z takes it back
            self.undo_group.undo()

    def redo(self) -> None:
        self.undo_group.redo()

    def _update_actions(self) -> None:
        can_undo, can_redo = self.undo_group.canUndo(), self.undo_group.canRedo()
        self.undo_action.setEnabled(can_undo or self.has_pending_text())
        self.redo_action.setEnabled(can_redo)
        undo_text, redo_text = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.undo_action.setToolTip(self.tr("Undo: %1 (Ctrl+Z)").replace("%1", undo_text) if can_undo and undo_text
                                    else self.tr("Undo (Ctrl+Z)"))
        self.redo_action.setToolTip(self.tr("Redo: %1 (Ctrl+Shift+Z)").replace("%1", redo_text)
                                    if can_redo and redo_text else self.tr("Redo (Ctrl+Shift+Z)"))
        index = self.ids.index(self.contribution.id) if self.contribution and self.contribution.id in self.ids else -1
        self.prev_action.setEnabled(index > 0)
        self.next_action.setEnabled(0 <= index < len(self.ids) - 1)

    # -- header ---------------------------------------------------------------------------------------

    def _show_header(self) -> None:
        c = self.contribution
        if c is None:
            self.heading.setText(self.tr("No contribution open"))
            self.status_label.clear()
            self.position_label.clear()
            return
        name = c.contributor_name or c.source_name
        self.heading.setText(f"#{c.id} · {name}")
        colours = {Status.PENDING: "#b26a00", Status.APPROVED: "#1b7f3b", Status.REJECTED: "#b3261e",
                   Status.WITHDRAWN: "#5f6368"}
        self.status_label.setText(status_name(c.status))
        self.status_label.setStyleSheet(f"color: white; background: {colours[c.status]}; border-radius: 8px; "
                                        "padding: 2px 8px; font-weight: 600;")
        if c.id in self.ids:
            self.position_label.setText(self.tr("%1 of %2").replace("%1", str(self.ids.index(c.id) + 1))
                                        .replace("%2", str(len(self.ids))))

    # -- preview ---------------------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        """Draw the preview soon; while edits go on it is redrawn at most every PREVIEW_DELAY_MS."""
        if not self._preview_timer.isActive():
            self._preview_timer.start()

    def _preview_request(self):
        project = self.context.session.project
        c = self.contribution
        if project is None or c is None or c.kind != MediaKind.PHOTO or self.kit is None or self.crop_view.crop is None:
            return None
        caption = self.caption_edit.text() if not self.caption_over_limit() else c.caption
        return framed_preview_spec(project, c.id, self.output, PREVIEW_LONG_SIDE, kit=self.kit,
                                   crop=self.crop_view.crop, caption=normalise_caption(caption))

    def _start_preview(self) -> None:
        if self._preview_job is not None:
            self._preview_pending = True  # drawn when the running one is done; its result may still show
            return
        spec = self._preview_request()
        if spec is None:
            return
        self._preview_pending = False
        self._preview_seq += 1
        seq, cid = self._preview_seq, self.contribution.id
        self.preview_note.setText(self.tr("Drawing…"))
        handle = start_quiet(self.context.jobs, self.tr("Drawing the preview"), render_framed_preview, spec,
                             lambda image, s=seq, c=cid, sp=spec: self._preview_done(s, c, sp, image),
                             lambda exc: self.preview_note.setText(error_text(exc)))
        self._preview_job = handle
        handle.done.connect(self._preview_finished)

    def _preview_finished(self) -> None:
        self._preview_job = None
        if self._preview_pending:
            self._start_preview()
        elif self.preview_note.text() == self.tr("Drawing…"):
            self.preview_note.clear()

    def _preview_done(self, seq: int, contribution_id: int, spec, image) -> None:
        if self.contribution is None or contribution_id != self.contribution.id or spec.output != self.output:
            return  # a result for another photo or format: dropped
        if seq <= self._shown_seq:
            return  # older than what is on screen
        self._shown_seq = seq
        self.preview.set_image(qimage_from_pil(image))
        self.shown_preview = (contribution_id, spec.output, spec.crop, spec.caption)
        self.shown_preview_image = image
        self.preview_note.setText(self.tr("%1 × %2 px").replace("%1", str(self.kit.template(spec.output).size[0]))
                                  .replace("%2", str(self.kit.template(spec.output).size[1])))

    def preview_is_current(self) -> bool:
        """Whether the preview on screen shows the crop and message being edited."""
        request = self._preview_request()
        return (request is not None and self.shown_preview is not None and self._preview_job is None
                and self.shown_preview == (self.contribution.id, request.output, request.crop, request.caption))

    def _notify(self) -> None:
        self.context.session.notify_contributions()
