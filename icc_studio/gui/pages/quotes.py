"""Quote posters page: the speakers (name, role, language, portrait, quote), a live preview, and Render.

Every quote is held to the same length (``QUOTE_MAX_LENGTH``), counted as the core counts it
(:func:`~icc_studio.core.assets.quotes.quote_length`); the counter under the quote says how many
characters are over, and Render stays disabled while any speaker's quote is too long. The
preview is the export itself drawn by the core (``render_quote_preview``) and reduced, off the
GUI thread (a quiet job of the job runner), a short pause after the last change; a preview
still running is cancelled. The speakers are kept with the project (``save_speakers``) a moment after each change.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.assets.common import RTL_LANGUAGES, eligibility, exports_dir
from ...core.assets.quotes import (
    QUOTE_MAX_LENGTH,
    PortraitSpec,
    QuotePreviewSpec,
    QuoteSpec,
    Speaker,
    import_portrait,
    load_speakers,
    quote_length,
    render_quote_preview,
    render_quotes,
    save_speakers,
)
from ...core.errors import IccError
from ...core.store import MediaKind, Project, Purpose, Status
from ...core.thumbnails import ensure_thumbnail
from ..messages import error_text
from ..new_project_dialog import CITY_LANGUAGES
from ..widgets.debounced_preview import DebouncedPreview, pixmap_from_pil
from . import Page, register_page

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 480
PREVIEW_DELAY_MS = 250
SAVE_DELAY_MS = 1000
PORTRAIT_SIDE = 72
CHOOSER_ICON = 96
OVER_COLOUR = "#c62828"
IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp"


def _scaled_image(path: Path, side: int) -> QImage:
    """``path`` decoded at about ``side`` pixels (JPEGs at a reduced scale), or a null image."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def _load_thumbnails(spec: tuple[Path, tuple], *, progress, cancel) -> list[tuple[int, QImage]]:
    """Thumbnails of the chooser's contributions, made in a worker (QImage, never QPixmap, off the GUI thread)."""
    folder, items = spec
    images = []
    for done, (cid, media) in enumerate(items, 1):
        cancel.check()
        try:
            images.append((cid, _scaled_image(ensure_thumbnail(folder, media), CHOOSER_ICON)))
        except (IccError, OSError) as exc:
            log.warning("no thumbnail for contribution %s: %s", cid, exc)
        progress(done, len(items), "")
    return images


class PortraitChooser(QDialog):
    """Approved photos of the project, as thumbnails, to take a speaker's portrait from."""

    def __init__(self, page: QuotesPage, selected: int | None = None) -> None:
        super().__init__(page)
        self.setObjectName("quote-portrait-chooser")
        self.setWindowTitle(self.tr("Choose a portrait"))
        self.resize(620, 460)
        column = QVBoxLayout(self)
        self.note = QLabel(self.tr("Approved photos. A portrait appears only in the outputs its consent covers: "
                                   "the A3 poster needs print, the square social media."), self)
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(CHOOSER_ICON, CHOOSER_ICON))
        self.list.setGridSize(QSize(CHOOSER_ICON + 40, CHOOSER_ICON + 44))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Approved photos"))
        column.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.itemSelectionChanged.connect(self._update_ok)

        project = page.context.session.project
        media = project.all_media()
        items = []
        placeholder = QPixmap(CHOOSER_ICON, CHOOSER_ICON)
        placeholder.fill(Qt.GlobalColor.lightGray)
        for c in project.contributions(Status.APPROVED):
            if c.kind != MediaKind.PHOTO or c.media_sha256 not in media:
                continue
            print_ok = not eligibility(c, Purpose.PRINT_POSTER)
            social_ok = not eligibility(c, Purpose.SOCIAL_MEDIA)
            if not (print_ok or social_ok):
                continue
            text = f"#{c.id} {c.contributor_name or ''}".strip()
            if not (print_ok and social_ok):
                text += "\n" + (self.tr("square only") if social_ok else self.tr("A3 poster only"))
            item = QListWidgetItem(QIcon(placeholder), text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            covers = [self.tr("print poster") if print_ok else self.tr("no print consent"),
                      self.tr("social media") if social_ok else self.tr("no social-media consent")]
            item.setToolTip(f"{c.caption}\n{', '.join(covers)}" if c.caption else ", ".join(covers))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"#{c.id} {c.contributor_name or ''}: {', '.join(covers)}")
            items.append((c.id, media[c.media_sha256]))
            if c.id == selected:
                item.setSelected(True)
        if not items:
            self.note.setText(self.tr("No approved photo has consent for print or social media yet."))
        self._update_ok()
        self._job = None
        if items:
            self._job = page.context.jobs.start(self.tr("Loading thumbnails"), _load_thumbnails,
                                                (project.folder, tuple(items)), quiet=True)
            self._job.finished.connect(self._thumbnails)
        self.finished.connect(self._stop)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        items = self.list.selectedItems()
        if items:  # once the grid is laid out
            QTimer.singleShot(0, lambda: self.list.scrollToItem(items[0]))

    def chosen(self) -> int | None:
        items = self.list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_ok(self, *args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.list.selectedItems()))

    def _thumbnails(self, images) -> None:
        icons = {cid: image for cid, image in images}
        for row in range(self.list.count()):
            item = self.list.item(row)
            image = icons.get(item.data(Qt.ItemDataRole.UserRole))
            if image is not None and not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    def _stop(self, *args) -> None:
        if self._job is not None and self._job.running:
            self._job.cancel()


@register_page
class QuotesPage(Page):
    page_id = "quotes"
    order = 45

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("QuotesPage", "Quote posters")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.max_length = QUOTE_MAX_LENGTH
        self.speakers: list[Speaker] = []
        self._folder: Path | None = None
        self._loading = False          # filling the form from the model: no edits to take back
        self._render_job = None
        self._import_job = None
        self._pixmap: QPixmap | None = None
        self.last_preview = None  # the QuotePreview on show
        self._chooser: PortraitChooser | None = None
        self._out_folder: Path | None = None
        self._unreadable = False       # the project's saved speakers could not be read: nothing is saved over them
        row = QHBoxLayout(self)

        # -- the speakers and Render -----------------------------------------------------------------
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.list_box = QGroupBox(left)
        list_column = QVBoxLayout(self.list_box)
        self.list = QListWidget(self.list_box)
        self.list.setObjectName("quote-speakers")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        list_column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.list_box)
        self.remove_button = QPushButton(self.list_box)
        self.up_button = QPushButton(self.list_box)
        self.down_button = QPushButton(self.list_box)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        list_column.addLayout(buttons)
        left_column.addWidget(self.list_box, 1)

        self.render_button = QPushButton(left)
        self.render_button.setObjectName("render-quotes")
        left_column.addWidget(self.render_button)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(left)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(left)
        self.cancel_button.setVisible(False)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        left_column.addLayout(progress_row)
        self.open_button = QPushButton(left)
        self.open_button.setEnabled(False)
        left_column.addWidget(self.open_button)
        self.problem = QLabel(left)  # why Render is disabled
        self.problem.setObjectName("quote-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {OVER_COLOUR};")
        left_column.addWidget(self.problem)
        self.status = QLabel(left)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left_column.addWidget(self.status)
        left.setMaximumWidth(300)
        row.addWidget(left)

        # -- the selected speaker ----------------------------------------------------------------------
        self.form_box = QGroupBox(self)
        form_column = QVBoxLayout(self.form_box)
        form = QFormLayout()
        form_column.addLayout(form)
        form_column.addStretch(1)
        self.name = QLineEdit(self.form_box)
        self.role = QLineEdit(self.form_box)
        self.language = QComboBox(self.form_box)
        # The portrait's row is a widget of its own (not a layout inside the form's row): a
        # nested layout handed to a QFormLayout made the page crash when it was destroyed.
        self.portrait_row = QWidget(self.form_box)
        portrait_row = QHBoxLayout(self.portrait_row)
        portrait_row.setContentsMargins(0, 0, 0, 0)
        self.portrait_image = QLabel(self.portrait_row)
        self.portrait_image.setFixedSize(PORTRAIT_SIDE, PORTRAIT_SIDE)
        self.portrait_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.portrait_image.setFrameShape(QLabel.Shape.StyledPanel)
        portrait_row.addWidget(self.portrait_image)
        portrait_column = QVBoxLayout()
        portrait_row.addLayout(portrait_column, 1)
        self.portrait_text = QLabel(self.portrait_row)
        self.portrait_text.setWordWrap(True)
        portrait_column.addWidget(self.portrait_text)
        portrait_buttons = QHBoxLayout()
        portrait_column.addLayout(portrait_buttons)
        self.contribution_button = QPushButton(self.portrait_row)
        self.file_button = QPushButton(self.portrait_row)
        self.no_portrait_button = QPushButton(self.portrait_row)
        for button in (self.contribution_button, self.file_button, self.no_portrait_button):
            portrait_buttons.addWidget(button)
        self.quote = QPlainTextEdit(self.form_box)
        self.quote.setObjectName("quote-text")
        self.quote.setTabChangesFocus(True)
        self.quote.setMinimumHeight(110)
        self.quote.setMaximumHeight(200)
        self.counter = QLabel(self.form_box)
        self.counter.setObjectName("quote-counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.labels = {key: QLabel(self.form_box) for key in ("name", "role", "language", "portrait", "quote")}
        for key, widget in (("name", self.name), ("role", self.role), ("language", self.language)):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        self.labels["portrait"].setBuddy(self.contribution_button)
        form.addRow(self.labels["portrait"], self.portrait_row)
        self.labels["quote"].setBuddy(self.quote)
        form.addRow(self.labels["quote"], self.quote)
        form.addRow("", self.counter)
        self.form_box.setMinimumWidth(340)
        row.addWidget(self.form_box, 1)

        # -- the preview ------------------------------------------------------------------------------------
        self.preview_box = QGroupBox(self)
        preview_column = QVBoxLayout(self.preview_box)
        toggle = QHBoxLayout()
        self.square_choice = QRadioButton(self.preview_box)
        self.poster_choice = QRadioButton(self.preview_box)
        self.square_choice.setChecked(True)
        self.output_group = QButtonGroup(self)
        self.output_group.addButton(self.square_choice)
        self.output_group.addButton(self.poster_choice)
        toggle.addWidget(self.square_choice)
        toggle.addWidget(self.poster_choice)
        toggle.addStretch(1)
        preview_column.addLayout(toggle)
        self.preview = QLabel(self.preview_box)
        self.preview.setObjectName("quote-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH // 2, PREVIEW_WIDTH // 2)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        preview_column.addWidget(self.preview, 1)
        self.preview_note = QLabel(self.preview_box)
        self.preview_note.setWordWrap(True)
        preview_column.addWidget(self.preview_note)
        row.addWidget(self.preview_box, 1)

        self.previewer = DebouncedPreview(self, self.context.jobs, PREVIEW_DELAY_MS, self._preview_job_request,
                                          self._show_preview, lambda exc: self.preview_note.setText(error_text(exc)))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)

        self.list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self.add_speaker)
        self.remove_button.clicked.connect(self.remove_speaker)
        self.up_button.clicked.connect(lambda: self.move_speaker(-1))
        self.down_button.clicked.connect(lambda: self.move_speaker(1))
        self.name.textChanged.connect(lambda text: self._edit(name=text))
        self.role.textChanged.connect(lambda text: self._edit(role=text))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.quote.textChanged.connect(self._quote_changed)
        self.contribution_button.clicked.connect(self.choose_contribution)
        self.file_button.clicked.connect(self.choose_file)
        self.no_portrait_button.clicked.connect(lambda: self.set_portrait())
        self.square_choice.toggled.connect(self.schedule_preview)
        self.render_button.clicked.connect(self.render)
        self.cancel_button.clicked.connect(self._cancel_render)
        self.open_button.clicked.connect(self.open_folder)
        context.session.project_changed.connect(self._project_changed)
        context.session.contributions_changed.connect(self.schedule_preview)
        self.retranslate()
        self._project_changed()

    # -- texts --------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.list_box.setTitle(self.tr("Speakers"))
        self.list.setAccessibleName(self.tr("Speakers"))
        self.list.setToolTip(self.tr("Every speaker gets the same poster and the same maximum quote length"))
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add a speaker"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected speaker"))
        self.up_button.setText(self.tr("Up"))
        self.up_button.setToolTip(self.tr("Move the selected speaker up (the posters are numbered in this order)"))
        self.up_button.setAccessibleName(self.tr("Move speaker up"))
        self.down_button.setText(self.tr("Down"))
        self.down_button.setToolTip(self.tr("Move the selected speaker down"))
        self.down_button.setAccessibleName(self.tr("Move speaker down"))
        self.render_button.setText(self.tr("&Render quote posters"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop rendering; nothing half-written is kept"))
        self.progress.setAccessibleName(self.tr("Rendering progress"))
        self.open_button.setText(self.tr("Open folder"))
        self.open_button.setToolTip(self.tr("Open the folder of the rendered quote posters"))
        self.form_box.setTitle(self.tr("Speaker"))
        self.labels["name"].setText(self.tr("&Name:"))
        self.labels["role"].setText(self.tr("R&ole:"))
        self.labels["language"].setText(self.tr("&Language:"))
        self.labels["portrait"].setText(self.tr("Portrait:"))
        self.labels["quote"].setText(self.tr("&Quote:"))
        self.name.setAccessibleName(self.tr("Speaker's name"))
        self.name.setPlaceholderText(self.tr("For example: Claire Dubois"))
        self.role.setAccessibleName(self.tr("Speaker's role"))
        self.role.setPlaceholderText(self.tr("For example: Mayor of the city"))
        self.language.setAccessibleName(self.tr("Language of the quote"))
        self.language.setToolTip(self.tr("The quotation marks and the writing direction follow the language"))
        self.contribution_button.setText(self.tr("Contribution…"))
        self.contribution_button.setToolTip(self.tr("Take the portrait from an approved photo of the project"))
        self.file_button.setText(self.tr("File…"))
        self.file_button.setToolTip(self.tr("An official portrait: the image is copied into the project"))
        self.no_portrait_button.setText(self.tr("None"))
        self.no_portrait_button.setToolTip(self.tr("No portrait"))
        self.no_portrait_button.setAccessibleName(self.tr("No portrait"))
        self.portrait_image.setAccessibleName(self.tr("Portrait"))
        self.quote.setAccessibleName(self.tr("Quote"))
        self.quote.setToolTip(self.tr("At most %1 characters, the same for every speaker")
                              .replace("%1", str(self.max_length)))
        self.counter.setAccessibleName(self.tr("Quote length"))
        self.preview_box.setTitle(self.tr("Preview"))
        self.square_choice.setText(self.tr("&Square"))
        self.square_choice.setToolTip(self.tr("The 1080×1080 square for social media"))
        self.poster_choice.setText(self.tr("A&3 poster"))
        self.poster_choice.setToolTip(self.tr("The A3 print poster, with its bleed and crop marks"))
        self.preview.setAccessibleName(self.tr("Preview of the quote poster"))
        for index in range(self.list.count()):
            self.list.item(index).setText(self._item_text(index))
        self._fill_languages()
        self._show_portrait()
        self._update_counter()
        self._update_render()
        self.schedule_preview()  # its note is in the language of the moment
        if self.context.session.project is None:
            self.status.setText(self.tr("Open a project to make its quote posters."))

    def _item_text(self, index: int) -> str:
        name = self.speakers[index].name.strip()
        return f"{index + 1}. {name}" if name else f"{index + 1}. " + self.tr("(new speaker)")

    # -- the project ------------------------------------------------------------------------------------

    def _project_changed(self) -> None:
        folder = self.context.session.folder
        if folder == self._folder:
            return
        if self._save_timer.isActive() and self._folder is not None and not self._unreadable:
            # the project closed before its last save
            self._save_timer.stop()
            try:
                with Project.open(self._folder) as project:
                    save_speakers(project, self.speakers)
            except IccError as exc:
                log.error("the quote speakers of %s could not be saved: %s", self._folder, exc)
        self._folder = folder
        self.speakers = []
        self._out_folder = None
        self.open_button.setEnabled(False)
        self.status.clear()
        self._pixmap = self.last_preview = None
        self.preview.clear()
        self.preview_note.clear()
        project = self.context.session.project
        self._unreadable = False
        if project is not None:
            try:
                self.speakers = list(load_speakers(project))
            except IccError as exc:  # never saved over: the list stays as it is on disk
                self._unreadable = True
                self.status.setText(error_text(exc))
        self.add_button.setEnabled(project is not None and not self._unreadable)
        self._fill_list(0 if self.speakers else -1)
        self._fill_languages()
        if project is None:
            self.status.setText(self.tr("Open a project to make its quote posters."))
        self._update_render()
        self.schedule_preview()

    def _project_languages(self) -> list[str]:
        project = self.context.session.project
        return list(project.info().languages) if project is not None else []

    def _fill_languages(self) -> None:
        speaker = self.current()
        codes = self._project_languages()
        if speaker is not None and speaker.language and speaker.language not in codes:
            codes.append(speaker.language)
        self._loading, was = True, self._loading
        self.language.clear()
        for code in codes:
            self.language.addItem(f"{CITY_LANGUAGES.get(code, code)} ({code})", code)
        if speaker is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(speaker.language)))
        self._loading = was

    # -- the list ----------------------------------------------------------------------------------------

    def current(self) -> Speaker | None:
        row = self.list.currentRow()
        return self.speakers[row] if 0 <= row < len(self.speakers) else None

    def _fill_list(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for index in range(len(self.speakers)):
            QListWidgetItem(self._item_text(index), self.list)
        self.list.setCurrentRow(select)
        self.list.blockSignals(False)
        self._select(self.list.currentRow())

    def add_speaker(self) -> None:
        if self.context.session.project is None:
            return
        codes = self._project_languages()
        ui = self.context.languages.language
        language = ui if ui in codes else (codes[0] if codes else "")
        self.speakers.append(Speaker("", "", "", language))
        self._fill_list(len(self.speakers) - 1)
        self._changed()
        self.name.setFocus()

    def remove_speaker(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.speakers):
            return
        del self.speakers[row]
        self._fill_list(min(row, len(self.speakers) - 1))
        self._changed()

    def move_speaker(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if not (0 <= row < len(self.speakers) and 0 <= target < len(self.speakers)):
            return
        self.speakers[row], self.speakers[target] = self.speakers[target], self.speakers[row]
        self._fill_list(target)
        self._changed()

    def _select(self, row: int) -> None:
        speaker = self.current()
        self._loading = True
        for widget in (self.name, self.role, self.quote, self.language, self.contribution_button, self.file_button,
                       self.no_portrait_button):
            widget.setEnabled(speaker is not None)
        self.name.setText(speaker.name if speaker else "")
        self.role.setText(speaker.role if speaker else "")
        self.quote.setPlainText(speaker.quote if speaker else "")
        self._loading = False
        self._fill_languages()
        self._apply_direction()
        self._show_portrait()
        self._update_counter()
        self.remove_button.setEnabled(speaker is not None)
        self.up_button.setEnabled(speaker is not None and row > 0)
        self.down_button.setEnabled(speaker is not None and row < len(self.speakers) - 1)
        self.schedule_preview()

    # -- editing -------------------------------------------------------------------------------------------

    def _edit(self, **changes) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.speakers):
            return
        self.speakers[row] = replace(self.speakers[row], **changes)
        if "name" in changes:
            self.list.item(row).setText(self._item_text(row))
        self._changed()

    def _quote_changed(self) -> None:
        self._edit(quote=self.quote.toPlainText())
        self._update_counter()

    def _language_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self._edit(language=self.language.itemData(index))
        self._apply_direction()

    def _apply_direction(self) -> None:
        """Name, role and quote are written in the speaker's language: right to left for Arabic, Hebrew…"""
        speaker = self.current()
        rtl = speaker is not None and (speaker.language or "").split("-")[0] in RTL_LANGUAGES
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        for widget in (self.name, self.role, self.quote):
            widget.setLayoutDirection(direction)
        document = self.quote.document()  # the text edit's paragraphs follow its document, not the widget
        option = document.defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                            | Qt.AlignmentFlag.AlignAbsolute)
        document.setDefaultTextOption(option)

    def _changed(self) -> None:
        self._update_render()
        self.schedule_preview()
        self._save_timer.start()

    def _update_counter(self) -> None:
        speaker = self.current()
        if speaker is None:
            self.counter.clear()
            return
        length = quote_length(speaker.quote)
        text = f"{length} / {self.max_length}"
        if length > self.max_length:
            over = self.tr("%n character(s) over", "", length - self.max_length)
            self.counter.setText(f"{text} — {over}")
            self.counter.setStyleSheet(f"color: {OVER_COLOUR}; font-weight: bold;")
        else:
            self.counter.setText(text)
            self.counter.setStyleSheet("")

    def blocking_problem(self) -> str:
        """Why the posters cannot be rendered now ("" when they can): the first speaker whose quote is over the
        limit, or who has no name or no quote."""
        if not self.speakers:
            return self.tr("Add a speaker to make quote posters.")
        for index, speaker in enumerate(self.speakers, 1):
            over = quote_length(speaker.quote) - self.max_length
            if over > 0:
                name = speaker.name.strip() or self.tr("speaker %1").replace("%1", str(index))
                return (self.tr("The quote of %1 is %n character(s) over the limit of %2 that every speaker has.",
                                "", over).replace("%1", name).replace("%2", str(self.max_length)))
        for index, speaker in enumerate(self.speakers, 1):
            if not speaker.name.strip():
                return self.tr("Speaker %1 has no name.").replace("%1", str(index))
            if not speaker.quote.strip():
                return self.tr("%1 has no quote yet.").replace("%1", speaker.name.strip())
        return ""

    def _update_render(self) -> None:
        problem = self.blocking_problem() if self.context.session.project is not None else ""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ready = self.context.session.project is not None and not problem and self._render_job is None
        self.render_button.setEnabled(ready)
        self.render_button.setToolTip(problem or self.tr("A3 print poster and 1080×1080 square for every speaker"))

    # -- portraits -----------------------------------------------------------------------------------------

    def choose_contribution(self) -> None:
        speaker = self.current()
        if speaker is None or self.context.session.project is None:
            return
        self._chooser = PortraitChooser(self, speaker.contribution_id)
        self._chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._chooser.accepted.connect(self._contribution_chosen)
        self._chooser.rejected.connect(lambda: setattr(self, "_chooser", None))
        self._chooser.open()

    def _contribution_chosen(self) -> None:
        chooser, self._chooser = self._chooser, None
        if chooser is not None and chooser.chosen() is not None:
            self.set_portrait(contribution_id=chooser.chosen())

    def choose_file(self) -> None:
        if self.current() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a portrait"), "",
                                              self.tr("Images (%1)").replace("%1", IMAGE_FILTER))
        if path:
            self.set_portrait_file(Path(path))

    def set_portrait_file(self, path: Path) -> None:
        """Copy the image ``path`` into the project (in the background), then make it the speaker's portrait."""
        folder = self.context.session.folder
        row = self.list.currentRow()
        if folder is None or not 0 <= row < len(self.speakers) or self._import_job is not None:
            return
        target = self.speakers[row]
        handle = self.context.jobs.start(self.tr("Copying the portrait"), import_portrait, PortraitSpec(folder, path),
                                         quiet=True)
        self._import_job = handle
        self.file_button.setEnabled(False)
        self.portrait_text.setText(self.tr("Copying %1…").replace("%1", path.name))

        def copied(photo: Path) -> None:
            if self._folder != folder:  # another project is open now
                return
            # The speaker it was chosen for: at the same place unless the list changed meanwhile.
            places = [row] if row < len(self.speakers) and self.speakers[row].name == target.name else \
                [i for i, s in enumerate(self.speakers) if s.name == target.name]
            if not places:
                return
            self.speakers[places[0]] = replace(self.speakers[places[0]], photo=photo, contribution_id=None)
            self._changed()

        handle.finished.connect(copied)
        handle.failed.connect(lambda exc: self.status.setText(error_text(exc)))
        handle.done.connect(self._import_done)

    def _import_done(self) -> None:
        self._import_job = None
        self.file_button.setEnabled(self.current() is not None)
        self._show_portrait()

    def set_portrait(self, *, contribution_id: int | None = None) -> None:
        self._edit(contribution_id=contribution_id, photo=None)
        self._show_portrait()

    def _show_portrait(self) -> None:
        speaker = self.current()
        image = QImage()
        if speaker is None:
            text = ""
        elif speaker.contribution_id is not None:
            text = self.tr("Contribution #%1").replace("%1", str(speaker.contribution_id))
            project = self.context.session.project
            if project is not None:
                try:
                    c = project.contribution(speaker.contribution_id)
                    media = project.media(c.media_sha256)
                    if c.contributor_name:
                        text += f" — {c.contributor_name}"
                    if media is not None:
                        image = _scaled_image(ensure_thumbnail(project.folder, media), PORTRAIT_SIDE)
                except (IccError, OSError):
                    text = self.tr("Contribution #%1 is no longer in the project").replace(
                        "%1", str(speaker.contribution_id))
        elif speaker.photo is not None:
            text = self.tr("Image file")
            image = _scaled_image(Path(speaker.photo), PORTRAIT_SIDE)
        else:
            text = self.tr("No portrait")
        self.portrait_text.setText(text)
        self.portrait_image.setToolTip(text)
        if image.isNull():
            self.portrait_image.clear()
        else:
            self.portrait_image.setPixmap(QPixmap.fromImage(image).scaled(
                PORTRAIT_SIDE, PORTRAIT_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    # -- saving --------------------------------------------------------------------------------------------

    def save(self) -> None:
        """Keep the speakers with the open project (a portrait still being copied is waited for)."""
        self._save_timer.stop()
        project = self.context.session.project
        if project is None or project.folder != self._folder or self._unreadable:
            return
        if self._import_job is not None:  # its file would look unused until the speaker refers to it
            self._save_timer.start()
            return
        try:
            self.speakers = list(save_speakers(project, self.speakers))
        except IccError as exc:
            self.status.setText(error_text(exc))

    # -- preview ---------------------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self._fill_languages()
        self.schedule_preview()

    def schedule_preview(self, *args) -> None:
        self.previewer.schedule()

    def output_id(self) -> str:
        return "quote_poster" if self.poster_choice.isChecked() else "quote_square"

    def _preview_job_request(self):
        folder = self.context.session.folder
        speaker = self.current()
        if folder is None or speaker is None:
            self._pixmap = self.last_preview = None
            self.preview.clear()
            self.preview_note.clear()
            return None
        spec = QuotePreviewSpec(folder, speaker, self.output_id(), PREVIEW_WIDTH)
        return self.tr("Drawing the quote poster preview"), render_quote_preview, spec

    def _show_preview(self, preview) -> None:
        self.last_preview = preview
        self._pixmap = pixmap_from_pil(preview.image)
        self._fit_preview()
        if preview.problem:
            what = self.tr("The A3 poster") if preview.output_id == "quote_poster" else self.tr("The square")
            self.preview_note.setText(self.tr("%1 will not be made: the portrait's %2.")
                                      .replace("%1", what).replace("%2", preview.problem))
        else:
            self.preview_note.clear()

    def _fit_preview(self) -> None:
        if self._pixmap is not None:
            self.preview.setPixmap(self._pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_preview()

    # -- render ---------------------------------------------------------------------------------------------

    def render(self) -> None:
        folder = self.context.session.folder
        if folder is None or self._render_job is not None or self.blocking_problem():
            return
        self.save()
        spec = QuoteSpec(folder, tuple(self.speakers), max_length=self.max_length)
        handle = self.context.jobs.start(self.tr("Rendering the quote posters"), render_quotes, spec)
        self._render_job = handle
        self._out_folder = exports_dir(folder, "quotes")
        self.render_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Rendering…"))
        handle.progress.connect(self._progress)
        handle.finished.connect(self._rendered)
        handle.failed.connect(lambda exc: self.status.setText(error_text(exc)))
        handle.cancelled.connect(lambda: self.status.setText(self.tr("Cancelled; nothing half-written was kept.")))
        handle.done.connect(self._render_done)

    def _progress(self, done: float, total: float, message: str) -> None:
        if total:
            self.progress.setRange(0, int(total))
            self.progress.setValue(int(done))
        if message:
            self.status.setText(self.tr("Rendering %1…").replace("%1", message))

    def _cancel_render(self) -> None:
        if self._render_job is not None:
            self._render_job.cancel()
            self.cancel_button.setEnabled(False)

    def _render_done(self) -> None:
        self._render_job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_render()

    def _rendered(self, result) -> None:
        if result.files:
            self._out_folder = result.files[0].parent
        text = self.tr("%n file(s) written to %1", "", len(result.files)).replace("%1", str(self._out_folder))
        if result.skipped:
            left_out = "; ".join(f"#{cid}: {reason}" for cid, reason in result.skipped)
            text += "\n" + self.tr("Portraits left out: %1").replace("%1", left_out)
        self.status.setText(text)
        self.open_button.setEnabled(bool(result.files))

    def open_folder(self) -> None:
        if self._out_folder is not None and self._out_folder.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._out_folder)))
