"""Contributions page: the grid of photos and clips, import, and review (approve / reject / edit).

The grid is a model/view pair: the model holds the filtered contributions and makes
thumbnails in the background the first time a cell is painted (at most ``MAX_THUMBS`` kept
in memory); a delegate paints each cell (thumbnail, status, consent marker, clip badge).
What a filter keeps and what consent covers is decided by the core (``core/review.py``).
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import IccError
from ...core.importing import ImportReport, ImportSpec, Outcome, import_files
from ...core.render.photo_job import ItemStatus, RenderPhotosSpec, RenderReport, render_photos
from ...core.render.preview import framed_preview_spec, render_framed_preview
from ...core.review import ConsentState, ReviewFilter, consent_state, languages_of, recent_reasons
from ...core.settings import exports_base, load_settings
from ...core.store import Contribution, Media, MediaKind, Purpose, Status
from ..consent_dialog import ConsentDialog, import_consent_csv_dialog
from ..messages import error_text
from ..widgets.background import start_quiet
from ..widgets.thumbnail_job import ThumbnailJob, ThumbnailSignals
from ..widgets.debounced_preview import pixmap_from_pil
from . import Page, register_page

THUMB = 160
MAX_THUMBS = 1200  # thumbnails kept in memory (about 100 kB each); others are made again when seen
STATUS_COLOURS = {
    Status.PENDING: QColor("#b26a00"),
    Status.APPROVED: QColor("#1b7f3b"),
    Status.REJECTED: QColor("#b3261e"),
    Status.WITHDRAWN: QColor("#5f6368"),
}
CONSENT_COLOURS = {
    ConsentState.COMPLETE: QColor("#1b7f3b"),
    ConsentState.PARTIAL: QColor("#c77700"),
    ConsentState.MISSING: QColor("#b3261e"),
}


class ContributionModel(QAbstractListModel):
    """Contributions of the open project that the filter keeps; thumbnails are made in the background
    on first view."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Contribution] = []
        self.all_items: list[Contribution] = []
        self.media: dict[str, Media] = {}
        self.folder: Path | None = None
        self._thumbs: OrderedDict[str, QPixmap] = OrderedDict()
        self._requested: set[str] = set()
        self._rows: dict[str, list[int]] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._signals = ThumbnailSignals()
        self._signals.ready.connect(self._thumbnail_ready)

    def load(self, project, review_filter: ReviewFilter) -> None:
        self.beginResetModel()
        if project is None:
            self.items, self.all_items, self.folder, self.media = [], [], None, {}
        else:
            if project.folder != self.folder:
                self._thumbs.clear()
                self._requested.clear()
            self.folder = project.folder
            self.all_items = project.contributions()
            self.items = review_filter.apply(self.all_items)
            self.media = project.all_media()
        self._rows = {}
        for row, item in enumerate(self.items):
            self._rows.setdefault(item.media_sha256, []).append(row)
        self.endResetModel()

    def row_of(self, contribution_id: int) -> int:
        for row, item in enumerate(self.items):
            if item.id == contribution_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"#{item.id} · {item.contributor_name or item.source_name}"
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._thumbs.get(item.media_sha256)
            if pixmap is None:
                self._request(item.media_sha256)
                return None
            self._thumbs.move_to_end(item.media_sha256)
            return pixmap
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(THUMB + 16, THUMB + 36)
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATUS_COLOURS[item.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [_status_text(item.status) + (f" — {item.status_reason}" if item.status_reason else ""),
                     consent_summary(item)]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = _kind_text(item.kind)
            return f"#{item.id} {kind}, {_status_text(item.status)}, {consent_summary(item)}"
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def is_loaded(self, row: int) -> bool:
        return self.items[row].media_sha256 in self._thumbs

    def _request(self, sha256: str) -> None:
        if sha256 in self._requested or self.folder is None or sha256 not in self.media:
            return
        self._requested.add(sha256)
        self._pool.start(ThumbnailJob(self.folder, self.media[sha256], self._signals, THUMB))

    def _thumbnail_ready(self, sha256: str, image: QImage) -> None:
        if image.isNull():
            return
        self._thumbs[sha256] = QPixmap.fromImage(image)
        while len(self._thumbs) > MAX_THUMBS:
            evicted, _ = self._thumbs.popitem(last=False)
            self._requested.discard(evicted)
        for row in self._rows.get(sha256, ()):
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class ThumbnailDelegate(QStyledItemDelegate):
    """One cell: the thumbnail (placeholder until it arrives), a status bar, the consent marker,
    a clip badge, and the name in the status colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item: Contribution = index.data(Qt.ItemDataRole.UserRole)
        if item is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = QRectF(option.rect).adjusted(3, 3, -3, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            highlight = QColor(palette.highlight().color())
            fill = QColor(highlight)
            fill.setAlpha(45)
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(fill)
            painter.drawRoundedRect(cell, 6, 6)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 18))
            painter.drawRoundedRect(cell, 6, 6)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        loaded = isinstance(pixmap, QPixmap) and not pixmap.isNull()
        box, target = self.picture_rects(option.rect, pixmap if loaded else None)
        if loaded:
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e3e6ea"))
            painter.drawRoundedRect(target, 4, 4)
        # status: a bar under the picture
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STATUS_COLOURS[item.status])
        painter.drawRect(QRectF(target.left(), target.bottom() - 4, target.width(), 4))
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        # consent: a round marker in the picture's upper corner (the leading one in right-to-left)
        state = consent_state(item)
        centre = self.marker_centre(target, rtl)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(CONSENT_COLOURS[state])
        painter.drawEllipse(centre, 10, 10)
        painter.setPen(QPen(QColor("white"), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        if state == ConsentState.COMPLETE:
            path = QPainterPath(QPointF(centre.x() - 4.5, centre.y() + 0.5))
            path.lineTo(centre.x() - 1.5, centre.y() + 3.5)
            path.lineTo(centre.x() + 4.5, centre.y() - 3.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif state == ConsentState.PARTIAL:
            painter.setBrush(QColor("white"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPie(QRectF(centre.x() - 5, centre.y() - 5, 10, 10), 90 * 16, 180 * 16)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, 5, 5)
        else:
            painter.drawLine(QPointF(centre.x(), centre.y() - 5), QPointF(centre.x(), centre.y() + 1))
            painter.drawPoint(QPointF(centre.x(), centre.y() + 4.5))
        # clips: a badge with the duration
        if item.kind == MediaKind.CLIP:
            media = index.model().media.get(item.media_sha256) if hasattr(index.model(), "media") else None
            text = "▶"
            if media is not None and media.duration_s:
                text += f" {media.duration_s:.0f} s"
            font = QFont(option.font)
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            font.setBold(True)
            painter.setFont(font)
            width = painter.fontMetrics().horizontalAdvance(text) + 12
            badge = QRectF(target.right() - width - 6 if rtl else target.left() + 6, target.bottom() - 26, width, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 170))
            painter.drawRoundedRect(badge, 9, 9)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        # the name, in the status colour
        painter.setFont(option.font)
        text_rect = QRectF(cell.left() + 4, box.bottom() + 6, cell.width() - 8, cell.bottom() - box.bottom() - 8)
        painter.setPen(STATUS_COLOURS[item.status])
        name = painter.fontMetrics().elidedText(index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight,
                                                int(text_rect.width()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(THUMB + 20, THUMB + 40)

    @staticmethod
    def picture_rects(rect, pixmap: QPixmap | None) -> tuple[QRectF, QRectF]:
        """(the thumbnail's square box, where the picture or its placeholder is drawn) in a cell."""
        cell = QRectF(rect).adjusted(3, 3, -3, -3)
        box = QRectF(cell.center().x() - THUMB / 2, cell.top() + 6, THUMB, THUMB)
        if pixmap is None:
            return box, QRectF(box.left() + 10, box.top() + 20, THUMB - 20, THUMB - 20)
        w, h = pixmap.width() / pixmap.devicePixelRatio(), pixmap.height() / pixmap.devicePixelRatio()
        return box, QRectF(box.center().x() - w / 2, box.bottom() - h, w, h)

    @staticmethod
    def marker_centre(target: QRectF, rtl: bool) -> QPointF:
        """The consent marker: in the picture's upper trailing corner."""
        return QPointF(target.left() + 13 if rtl else target.right() - 13, target.top() + 13)


class ContributionGrid(QListView):
    """The grid; says what to do when it is empty (nothing imported, or nothing the filters keep)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.15)
            painter.setFont(font)
            painter.drawText(self.viewport().rect().adjusted(40, 40, -40, -40),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()


def _status_text(status: Status) -> str:
    return {
        Status.PENDING: QCoreApplication.translate("ContributionsPage", "pending"),
        Status.APPROVED: QCoreApplication.translate("ContributionsPage", "approved"),
        Status.REJECTED: QCoreApplication.translate("ContributionsPage", "rejected"),
        Status.WITHDRAWN: QCoreApplication.translate("ContributionsPage", "withdrawn"),
    }[status]


def _kind_text(kind: MediaKind) -> str:
    return (QCoreApplication.translate("ContributionsPage", "photo") if kind == MediaKind.PHOTO
            else QCoreApplication.translate("ContributionsPage", "clip"))


_PURPOSES = {
    "social_media": lambda: QCoreApplication.translate("ContributionsPage", "social media"),
    "print_poster": lambda: QCoreApplication.translate("ContributionsPage", "print poster"),
    "city_video": lambda: QCoreApplication.translate("ContributionsPage", "city video"),
    "network_reshare": lambda: QCoreApplication.translate("ContributionsPage", "network re-share"),
}


def consent_state_text(state: ConsentState) -> str:
    return {
        ConsentState.COMPLETE: QCoreApplication.translate("ContributionsPage", "consent for every purpose"),
        ConsentState.PARTIAL: QCoreApplication.translate("ContributionsPage", "consent for some purposes"),
        ConsentState.MISSING: QCoreApplication.translate("ContributionsPage", "consent missing"),
    }[state]


def consent_summary(c: Contribution) -> str:
    state = consent_state(c)
    if state == ConsentState.MISSING:
        return consent_state_text(state)
    purposes = ", ".join(_PURPOSES[p.value]() for p in Purpose if p in c.purposes)
    return f"{consent_state_text(state)}: {purposes}"


@register_page
class ContributionsPage(Page):
    page_id = "contributions"
    order = 20

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ContributionsPage", "Contributions")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.setAcceptDrops(True)
        self._dirty = False
        layout = QVBoxLayout(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.import_files_action = QAction(self, triggered=self.choose_files)
        self.import_files_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_folder_action = QAction(self, triggered=self.choose_folder)
        self.import_folder_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.approve_action = QAction(self, triggered=self.approve_selected)
        self.approve_action.setShortcut(QKeySequence("A"))
        self.reject_action = QAction(self, triggered=self.reject_selected)
        self.reject_action.setShortcut(QKeySequence("R"))
        self.edit_action = QAction(self, triggered=self.edit_selected)
        self.edit_action.setShortcut(QKeySequence("E"))
        self.render_action = QAction(self, triggered=self.render_photos)
        self.render_action.setShortcut(QKeySequence("Ctrl+R"))
        self.consent_action = QAction(self, triggered=self.record_consent)
        self.consent_action.setShortcut(QKeySequence("C"))
        self.consent_csv_action = QAction(self, triggered=self.consents_from_csv)
        self._actions = (self.import_files_action, self.import_folder_action, self.approve_action, self.reject_action,
                         self.edit_action, self.render_action, self.consent_action, self.consent_csv_action)
        for action in self._actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.toolbar.addActions([self.import_files_action, self.import_folder_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.approve_action, self.reject_action, self.edit_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.consent_action, self.consent_csv_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.render_action)
        layout.addWidget(self.toolbar)

        filters = QHBoxLayout()
        filters.setContentsMargins(6, 0, 6, 0)
        self.filter_label = QLabel(self)
        filters.addWidget(self.filter_label)
        self.status_filter = QComboBox(self)
        self.kind_filter = QComboBox(self)
        self.language_filter = QComboBox(self)
        self.consent_filter = QComboBox(self)
        for combo in (self.status_filter, self.kind_filter, self.language_filter, self.consent_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.refresh)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.shown_label = QLabel(self)
        self.shown_label.setObjectName("shown-count")
        filters.addWidget(self.shown_label)
        layout.addLayout(filters)

        body = QHBoxLayout()
        self.model = ContributionModel(self)
        self.view = ContributionGrid(self)
        self.view.setObjectName("contribution-grid")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setGridSize(QSize(THUMB + 28, THUMB + 44))
        self.view.setSpacing(6)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.view.setMouseTracking(True)
        self.view.setItemDelegate(ThumbnailDelegate(self.view))
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._show_details)
        self.view.activated.connect(lambda index: self.open_editor(self.model.items[index.row()].id))
        self.view.doubleClicked.connect(lambda index: self.open_editor(self.model.items[index.row()].id))
        body.addWidget(self.view, 3)
        side = QVBoxLayout()
        self.preview = QLabel(self)
        self.preview.setObjectName("contribution-preview")
        self.preview.setFixedSize(300, 300)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.preview)
        self.details = QLabel(self)
        self.details.setObjectName("contribution-details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumWidth(300)
        self.details.setMaximumWidth(300)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.details, 1)
        body.addLayout(side, 1)
        self._preview_job = None
        self._preview_seq = 0
        layout.addLayout(body, 1)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)

        context.session.project_changed.connect(self.refresh)
        context.session.contributions_changed.connect(self._contributions_changed)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.import_files_action.setText(self.tr("Import &files…"))
        self.import_files_action.setToolTip(self.tr("Import photos and clips (Ctrl+I); you can also drop files here"))
        self.import_folder_action.setText(self.tr("Import a f&older…"))
        self.import_folder_action.setToolTip(self.tr("Import every photo and clip of a folder (Ctrl+Shift+I)"))
        self.approve_action.setText(self.tr("&Approve"))
        self.approve_action.setToolTip(self.tr("Approve the selected contributions (A)"))
        self.reject_action.setText(self.tr("&Reject…"))
        self.reject_action.setToolTip(self.tr("Reject the selected contributions with a reason (R)"))
        self.edit_action.setText(self.tr("&Edit"))
        self.edit_action.setToolTip(self.tr("Edit the crops, message and alt text of the selected contribution "
                                            "(E or Enter)"))
        self.consent_action.setText(self.tr("Record &consent…"))
        self.consent_action.setToolTip(self.tr("Record the consent a resident signed on paper for the selected "
                                               "contributions (C)"))
        self.consent_csv_action.setText(self.tr("Consents from a CS&V…"))
        self.consent_csv_action.setToolTip(self.tr("Give a batch of contributions their consent from a CSV file, "
                                                   "checked line by line"))
        self.render_action.setText(self.tr("Render &photos"))
        self.render_action.setToolTip(self.tr("Frame every approved photo in every format, with alt text (Ctrl+R)"))
        self.preview.setAccessibleName(self.tr("Preview of the framed photo"))
        self.filter_label.setText(self.tr("Show:"))
        self._fill_combo(self.status_filter, [(self.tr("Every status"), None)]
                         + [(_status_text(s), s) for s in Status])
        self._fill_combo(self.kind_filter, [(self.tr("Photos and clips"), None), (self.tr("Photos"), MediaKind.PHOTO),
                                            (self.tr("Clips"), MediaKind.CLIP)])
        self._fill_combo(self.consent_filter, [(self.tr("Any consent"), False), (self.tr("Missing consent"), True)])
        self._fill_languages()
        self.status_filter.setAccessibleName(self.tr("Show contributions with status"))
        self.status_filter.setToolTip(self.tr("Show contributions with this status"))
        self.kind_filter.setAccessibleName(self.tr("Show photos, clips or both"))
        self.kind_filter.setToolTip(self.tr("Show photos, clips or both"))
        self.language_filter.setAccessibleName(self.tr("Show contributions in language"))
        self.language_filter.setToolTip(self.tr("Show contributions whose message is in this language"))
        self.consent_filter.setAccessibleName(self.tr("Show contributions by consent"))
        self.consent_filter.setToolTip(self.tr("Missing consent: no consent recorded (or withdrawn); such "
                                               "contributions are left out of every output"))
        self.view.setAccessibleName(self.tr("Contributions"))
        self.view.setToolTip("")
        self.refresh()

    @staticmethod
    def _fill_combo(combo: QComboBox, entries: list) -> None:
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, min(current, combo.count() - 1)))
        combo.blockSignals(False)

    def _fill_languages(self) -> None:
        current = self.language_filter.currentData()
        self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("Every language"), None)
        for code in languages_of(self.model.all_items):
            self.language_filter.addItem(code or self.tr("no language"), code)
        index = self.language_filter.findData(current) if current is not None else 0
        self.language_filter.setCurrentIndex(max(0, index))
        self.language_filter.blockSignals(False)

    # -- data --------------------------------------------------------------------------------

    def review_filter(self) -> ReviewFilter:
        return ReviewFilter(status=self.status_filter.currentData(), kind=self.kind_filter.currentData(),
                            language=self.language_filter.currentData(),
                            missing_consent=bool(self.consent_filter.currentData()))

    def _contributions_changed(self) -> None:
        if self.isHidden():
            self._dirty = True  # refreshed when shown: the editor saves often
        else:
            self.refresh()

    def on_shown(self) -> None:
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        project = self.context.session.project
        selected = {c.id for c in self.selected()} if self.view.selectionModel() else set()
        current = self.view.currentIndex()
        current_id = self.model.items[current.row()].id if current.isValid() and current.row() < len(
            self.model.items) else None
        self.model.load(project, self.review_filter())
        self._fill_languages()
        enabled = project is not None
        for action in self._actions:
            action.setEnabled(enabled)
        if project is None:
            self.summary.setText(self.tr("No project open."))
            self.shown_label.clear()
            self.details.clear()
            self.preview.clear()
            return
        self._restore_selection(selected, current_id)
        counts = project.count_by_status()
        total = sum(counts.values())
        missing = sum(1 for c in self.model.all_items if consent_state(c) == ConsentState.MISSING)
        self.summary.setText(
            self.tr("%n contribution(s)", "", total) + " — " + ", ".join((
                self.tr("%n pending", "", counts[Status.PENDING]),
                self.tr("%n approved", "", counts[Status.APPROVED]),
                self.tr("%n rejected", "", counts[Status.REJECTED]),
                self.tr("%n withdrawn", "", counts[Status.WITHDRAWN]),
            )) + " — " + self.tr("%n without consent", "", missing)
        )
        shown = self.model.rowCount()
        self.shown_label.setText(self.tr("%n shown", "", shown) if shown != total else "")
        self.view.empty_text = (self.tr("No contribution matches these filters.") if total else
                                self.tr("No contributions yet. Drop photos and clips here, or use Import files "
                                        "(Ctrl+I)."))
        self.view.viewport().update()
        self._show_details()

    def _restore_selection(self, ids: set[int], current_id: int | None) -> None:
        selection = self.view.selectionModel()
        for row, item in enumerate(self.model.items):
            if item.id in ids:
                selection.select(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)
        if current_id is not None:
            row = self.model.row_of(current_id)
            if row >= 0:
                selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate)

    def select_contribution(self, contribution_id: int) -> bool:
        """Make a contribution the selected and current one (shown even if the filters hid it)."""
        if self._dirty:
            self.refresh()
        row = self.model.row_of(contribution_id)
        if row < 0:
            for combo in (self.status_filter, self.kind_filter, self.language_filter, self.consent_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.refresh()
            row = self.model.row_of(contribution_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        self.view.setFocus()
        return True

    def selected(self) -> list[Contribution]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [self.model.items[row] for row in rows if row < len(self.model.items)]

    def _show_details(self, *args) -> None:
        items = self.selected()
        self._request_preview(items[0] if len(items) == 1 else None)
        if len(items) != 1:
            if items:
                missing = sum(1 for c in items if consent_state(c) == ConsentState.MISSING)
                text = "<h3>" + self.tr("%n selected", "", len(items)) + "</h3><p>" + self.tr(
                    "A approves them all, R rejects them all with one reason.") + "</p>"
                if missing:
                    text += "<p style='color:#b3261e'>" + self.tr("%n without consent", "", missing) + "</p>"
                self.details.setText(self._directed(text))
            else:
                self.details.setText("<p>" + self.tr("Select a contribution to see its details. A approves, "
                                                     "R rejects, E or Enter edits; Shift or Ctrl selects several.")
                                     + "</p>")
            return
        c = items[0]
        project = self.context.session.project
        media = self.model.media.get(c.media_sha256)
        rows = [
            (self.tr("Status"), f"<span style='color:{STATUS_COLOURS[c.status].name()}'><b>"
             f"{_status_text(c.status)}</b></span>" + (f" — {_esc(c.status_reason)}" if c.status_reason else "")),
            (self.tr("Kind"), _kind_text(c.kind)),
            (self.tr("Contributor"), _esc(c.contributor_name or "—")),
            (self.tr("Language"), _esc(c.language or "—")),
            (self.tr("Message"), f"<span dir='auto'>{_esc(c.caption) or '—'}</span>"),
            (self.tr("Alt text"), f"<span dir='auto'>{_esc(c.alt_text) or '—'}</span>"),
            (self.tr("File"), _esc(c.source_name)),
        ]
        if media and media.width:
            size = f"{media.width}×{media.height}"
            if media.duration_s:
                size += f", {media.duration_s:.1f} s"
            rows.append((self.tr("Size"), "\u200e" + size))  # a left-to-right mark: 600×400 stays so in RTL
        html = (f"<h3>#{c.id}</h3><table cellspacing=3>"
                + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows) + "</table>")
        html += self._consent_html(c, project)
        self.details.setText(self._directed(html))

    def _directed(self, html: str) -> str:
        """Rich text laid out in the interface's direction (tables mirrored in right-to-left)."""
        return f"<div dir='rtl'>{html}</div>" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else html

    def _consent_html(self, c: Contribution, project) -> str:
        state = consent_state(c)
        colour = CONSENT_COLOURS[state].name()
        html = (f"<h4 style='margin-bottom:2px'>{self.tr('Consent')}</h4>"
                f"<p style='color:{colour}; margin-top:0'><b>{consent_state_text(state)}</b></p>")
        if c.has_consent:
            html += "<table cellspacing=2>"
            for purpose in Purpose:
                given = purpose in c.purposes
                mark = "<span style='color:#1b7f3b'>✔</span>" if given else "<span style='color:#b3261e'>✘</span>"
                html += f"<tr><td>{mark}</td><td>{_PURPOSES[purpose.value]()}</td></tr>"
            html += "</table>"
            record = None
            if project is not None and c.contributor_id is not None:
                active = [k for k in project.consents(c.contributor_id) if k.active]
                record = active[-1] if active else None
            if record is not None:
                html += "<p style='color:#5f6368'>" + _esc(
                    self.tr("Given on %1 (%2), text version %3, in %4").replace("%1", record.given_at[:10])
                    .replace("%2", record.method).replace("%3", record.text_version).replace("%4", record.language))
                if record.guardian_name:
                    html += "<br>" + _esc(self.tr("Guardian: %1").replace("%1", record.guardian_name))
                html += "</p>"
        else:
            html += "<p>" + self.tr("No consent is recorded for this contribution: it is left out of every "
                                    "output until one is. C records a consent signed on paper.") + "</p>"
        return html

    def _request_preview(self, item: Contribution | None) -> None:
        """The framed feed post of the selected photo, drawn in the background by the export renderer."""
        self.preview.clear()
        self._preview_job = None
        self._preview_seq += 1
        project = self.context.session.project
        self.preview.setVisible(item is not None and item.kind == MediaKind.PHOTO)
        if item is None or project is None or item.kind != MediaKind.PHOTO:
            return
        try:
            spec = framed_preview_spec(project, item.id, "feed_square", 600)
        except IccError as exc:
            self.preview.setText(error_text(exc))
            return
        self._preview_seq += 1
        self._preview_job = start_quiet(self.context.jobs, self.tr("Drawing the preview"), render_framed_preview,
                                        spec, lambda image, seq=self._preview_seq: self._show_preview(seq, image))

    def _show_preview(self, seq: int, image) -> None:
        if seq != self._preview_seq or image is None:
            return  # a newer selection has asked for another preview
        self.preview.setPixmap(pixmap_from_pil(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    # -- rendering ------------------------------------------------------------------------------

    def render_photos(self):
        project = self.context.session.project
        if project is None:
            return None
        settings = load_settings()  # read at each render: a change in the Settings dialog applies at once
        photos = exports_base(settings, project.folder, project.info().city) / "photos"
        spec = RenderPhotosSpec(project.folder, workers=settings.worker_processes,
                                out_dir=photos if settings.export_folder else None)
        handle = self.context.jobs.start(self.tr("Rendering photos"), render_photos, spec)
        handle.finished.connect(lambda report: self._render_finished(report, photos))
        handle.failed.connect(lambda exc: QMessageBox.warning(self, self.title(), error_text(exc)))
        return handle

    def _render_finished(self, report: RenderReport, photos: Path | None = None) -> None:
        RenderReportDialog(report, self.context.session.folder, self, photos=photos).open()

    # -- review --------------------------------------------------------------------------------

    def approve_selected(self) -> None:
        self._set_status([c.id for c in self.selected()], Status.APPROVED)

    def reject_selected(self) -> RejectDialog | None:
        ids = [c.id for c in self.selected()]
        project = self.context.session.project
        if not ids or project is None:
            return None
        dialog = RejectDialog(len(ids), recent_reasons(project, defaults=default_reasons()), self)
        dialog.accepted.connect(lambda: self._set_status(ids, Status.REJECTED, dialog.reason()))
        dialog.open()
        return dialog

    def record_consent(self):
        """The paper-consent dialog for the selected contributions."""
        project = self.context.session.project
        ids = [c.id for c in self.selected()]
        if project is None or not ids:
            return None
        dialog = ConsentDialog(project, ids, self)
        dialog.accepted.connect(self.context.session.notify_contributions)
        dialog.open()
        return dialog

    def consents_from_csv(self) -> None:
        project = self.context.session.project
        if project is not None and import_consent_csv_dialog(project, self):
            self.context.session.notify_contributions()

    def edit_selected(self) -> None:
        current = self.view.currentIndex()
        items = self.selected()
        if current.isValid() and self.view.selectionModel().isSelected(current):
            self.open_editor(self.model.items[current.row()].id)
        elif items:
            self.open_editor(items[0].id)

    def open_editor(self, contribution_id: int):
        """Show the Editor page with this contribution; PgUp/PgDn there follow this page's order."""
        window = self.window()
        if not hasattr(window, "show_page"):
            return None
        editor = window.show_page("editor")
        editor.open_contribution(contribution_id, [c.id for c in self.model.items])
        return editor

    def _set_status(self, ids: list[int], status: Status, reason: str = "") -> None:
        project = self.context.session.project
        if project is None or not ids:
            return
        try:
            project.set_status(ids, status, reason=reason)
        except IccError as exc:
            QMessageBox.warning(self, self.title(), error_text(exc))
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        next_id = None
        if rows and rows[-1] + 1 < len(self.model.items):
            next_id = self.model.items[rows[-1] + 1].id
        self.view.selectionModel().clearSelection()
        self.context.session.notify_contributions()
        if self._dirty:
            self.refresh()
        if self.model.rowCount():  # keep the keyboard flow: move to the next item
            row = self.model.row_of(next_id) if next_id is not None else -1
            if row < 0:
                row = min(rows[-1] if rows else 0, self.model.rowCount() - 1)
            self.view.selectionModel().setCurrentIndex(self.model.index(row),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # -- import -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import photos and clips"), "",
            self.tr("Photos and clips (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.tif *.tiff "
                    "*.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of photos and clips"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]):
        project = self.context.session.project
        if project is None:
            return None
        spec = ImportSpec(project.folder, paths, workers=load_settings().worker_processes)
        handle = self.context.jobs.start(self.tr("Importing"), import_files, spec)
        handle.finished.connect(self._import_finished)
        handle.cancelled.connect(self.context.session.notify_contributions)
        handle.failed.connect(lambda exc: QMessageBox.warning(self, self.title(), error_text(exc)))
        return handle

    def _import_finished(self, report: ImportReport) -> None:
        self.context.session.notify_contributions()
        ImportReportDialog(report, self).open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.context.session.project is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()


def default_reasons() -> list[str]:
    """Reasons offered before any was typed (translated)."""
    return [
        QCoreApplication.translate("RejectDialog", "Not a portrait of a resident"),
        QCoreApplication.translate("RejectDialog", "Blurred, too dark or too small"),
        QCoreApplication.translate("RejectDialog", "Inappropriate content"),
        QCoreApplication.translate("RejectDialog", "Other people in the photo have not consented"),
        QCoreApplication.translate("RejectDialog", "Same photo as another contribution"),
    ]


class RejectDialog(QDialog):
    """Asks for the reason of a rejection: typed, or picked among the reasons given before."""

    def __init__(self, count: int, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reject"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.question = QLabel(self.tr("Why are these %n contribution(s) rejected?", "", count), self)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.reason_box = QComboBox(self)
        self.reason_box.setEditable(True)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_box.addItems(reasons)
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.lineEdit().setPlaceholderText(self.tr("Type a reason or pick one given before"))
        self.reason_box.setAccessibleName(self.tr("Reason for the rejection"))
        self.reason_box.setToolTip(self.tr("Kept with each contribution and in the audit log"))
        self.question.setBuddy(self.reason_box)
        layout.addWidget(self.reason_box)
        note = QLabel(self.tr("The reason is kept with each contribution and in the project's audit log."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reject"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_box.editTextChanged.connect(self._update)
        self._update()

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def _update(self, *args) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if self.reason():
            super().accept()


class ImportReportDialog(QDialog):
    """One row per file: imported, duplicate (with the contribution it duplicates), or rejected with the reason."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            "<b>" + self.tr("%n file(s) imported", "", report.imported) + "</b>, "
            + self.tr("%n duplicate(s)", "", report.duplicates) + ", "
            + self.tr("%n rejected", "", report.rejected), self)
        layout.addWidget(self.summary)
        self.duplicates_note = QLabel(self)
        self.duplicates_note.setWordWrap(True)
        self.duplicates_note.setObjectName("duplicates-note")
        if report.duplicates:
            self.duplicates_note.setText(self.tr(
                "%n file(s) were already in the project (the same picture, whatever its name) and were not imported "
                "again: each row names the contribution it duplicates.", "", report.duplicates))
            self.duplicates_note.setStyleSheet("background: #fff4d6; color: #5c4300; border: 1px solid #e0b84a; "
                                               "border-radius: 4px; padding: 6px;")
        else:
            self.duplicates_note.hide()
        layout.addWidget(self.duplicates_note)
        self.problems_only = QCheckBox(self.tr("Only duplicates and rejected files"), self)
        self.problems_only.setEnabled(bool(report.duplicates or report.rejected))
        self.problems_only.toggled.connect(self._filter_rows)
        layout.addWidget(self.problems_only)
        self.table = QTableWidget(len(report.results), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Reason")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Files of the import"))
        outcome_text = {
            Outcome.IMPORTED: self.tr("imported"),
            Outcome.DUPLICATE: self.tr("duplicate"),
            Outcome.REJECTED: self.tr("rejected"),
        }
        backgrounds = {Outcome.DUPLICATE: QColor("#fff4d6"), Outcome.REJECTED: QColor("#fde7e7")}
        self._outcomes = []
        for row, result in enumerate(report.results):
            reason = result.reason.split(": ", 1)[-1] if result.reason else ""
            if result.outcome == Outcome.DUPLICATE:
                reason = self.tr("already contribution #%1").replace("%1", str(result.contribution_id))
            self._outcomes.append(result.outcome)
            for col, text in enumerate((result.path.name, outcome_text[result.outcome], reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(result.path) if col == 0 else text)
                if result.outcome in backgrounds:
                    item.setBackground(QBrush(backgrounds[result.outcome]))
                    item.setForeground(QBrush(QColor("#202124")))
                    if col == 1:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _filter_rows(self, problems_only: bool) -> None:
        for row, outcome in enumerate(self._outcomes):
            self.table.setRowHidden(row, problems_only and outcome == Outcome.IMPORTED)


class RenderReportDialog(QDialog):
    """What was rendered, what was unchanged, and what was left out and why."""

    def __init__(self, report: RenderReport, folder: Path | None, parent: QWidget | None = None, *,
                 photos: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rendered photos"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        rendered = report.count(ItemStatus.RENDERED)
        cached = report.count(ItemStatus.CACHED)
        left_out = {r.contribution_id: r.reason for r in report.results if r.status == ItemStatus.SKIPPED}
        failed = [r for r in report.results if r.status == ItemStatus.FAILED]
        layout.addWidget(QLabel(
            self.tr("%n file(s) rendered", "", rendered) + ", " + self.tr("%n unchanged", "", cached) + ", "
            + self.tr("%n contribution(s) left out", "", len(left_out)), self))
        rows = [(f"#{cid}", self.tr("left out"), reason) for cid, reason in left_out.items()]
        rows += [(f"#{r.contribution_id} {r.output}", self.tr("failed"), r.reason) for r in failed]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Contribution"), self.tr("Result"), self.tr("Reason")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, values in enumerate(rows):
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        if folder is not None:
            open_button = buttons.addButton(self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole)
            target = photos or folder / "exports" / "photos"
            open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
