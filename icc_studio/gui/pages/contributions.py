"""Contributions page: the grid of photos and clips, import, and review (approve / reject)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import IccError
from ...core.importing import ImportReport, ImportSpec, Outcome, import_files
from ...core.render.photo_job import ItemStatus, RenderPhotosSpec, RenderReport, render_photos
from ...core.render.preview import PreviewSpec, render_preview
from ...core.settings import load_settings
from ...core.store import Contribution, Media, Status
from ...core.thumbnails import ensure_thumbnail
from ..messages import error_text
from . import Page, register_page

THUMB = 160
STATUS_COLOURS = {
    Status.PENDING: QColor("#b26a00"),
    Status.APPROVED: QColor("#1b7f3b"),
    Status.REJECTED: QColor("#b3261e"),
    Status.WITHDRAWN: QColor("#5f6368"),
}


class _ThumbSignals(QObject):
    ready = Signal(str, QImage)


class _ThumbJob(QRunnable):
    def __init__(self, folder: Path, media: Media, signals: _ThumbSignals) -> None:
        super().__init__()
        self.folder, self.media, self.signals = folder, media, signals

    def run(self) -> None:
        try:
            path = ensure_thumbnail(self.folder, self.media)
            image = QImage(str(path))
        except (IccError, OSError):
            image = QImage()
        self.signals.ready.emit(self.media.sha256, image)


class ContributionModel(QAbstractListModel):
    """Contributions of the open project; thumbnails are made in the background on first view."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Contribution] = []
        self.media: dict[str, Media] = {}
        self.folder: Path | None = None
        self._icons: dict[str, QIcon] = {}
        self._requested: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._signals = _ThumbSignals()
        self._signals.ready.connect(self._thumbnail_ready)

    def load(self, project, status: Status | None) -> None:
        self.beginResetModel()
        if project is None:
            self.items, self.folder = [], None
        else:
            if project.folder != self.folder:
                self._icons.clear()
                self._requested.clear()
            self.folder = project.folder
            self.items = project.contributions(status)
            self.media = {c.media_sha256: project.media(c.media_sha256) for c in self.items}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = item.contributor_name or item.source_name
            return f"#{item.id} · {name}"
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(item.media_sha256)
            if icon is None:
                self._request(item.media_sha256)
                return self._placeholder()
            return icon
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(THUMB + 16, THUMB + 36)
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATUS_COLOURS[item.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _status_text(item.status) + (f" — {item.status_reason}" if item.status_reason else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"#{item.id} {item.kind.value} {_status_text(item.status)}"
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def _placeholder(self) -> QIcon:
        if not hasattr(self, "_placeholder_icon"):
            pixmap = QPixmap(THUMB, THUMB)
            pixmap.fill(QColor("#e3e6ea"))
            self._placeholder_icon = QIcon(pixmap)
        return self._placeholder_icon

    def is_loaded(self, row: int) -> bool:
        return self.items[row].media_sha256 in self._icons

    def _request(self, sha256: str) -> None:
        if sha256 in self._requested or self.folder is None or sha256 not in self.media:
            return
        self._requested.add(sha256)
        self._pool.start(_ThumbJob(self.folder, self.media[sha256], self._signals))

    def _thumbnail_ready(self, sha256: str, image: QImage) -> None:
        if image.isNull():
            return
        self._icons[sha256] = QIcon(QPixmap.fromImage(image))
        for row, item in enumerate(self.items):
            if item.media_sha256 == sha256:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


def _status_text(status: Status) -> str:
    return {
        Status.PENDING: QCoreApplication.translate("ContributionsPage", "pending"),
        Status.APPROVED: QCoreApplication.translate("ContributionsPage", "approved"),
        Status.REJECTED: QCoreApplication.translate("ContributionsPage", "rejected"),
        Status.WITHDRAWN: QCoreApplication.translate("ContributionsPage", "withdrawn"),
    }[status]


_PURPOSES = {
    "social_media": lambda: QCoreApplication.translate("ContributionsPage", "social media"),
    "print_poster": lambda: QCoreApplication.translate("ContributionsPage", "print poster"),
    "city_video": lambda: QCoreApplication.translate("ContributionsPage", "city video"),
    "network_reshare": lambda: QCoreApplication.translate("ContributionsPage", "network re-share"),
}


@dataclass(frozen=True)
class _Filter:
    status: Status | None


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
        self.render_action = QAction(self, triggered=self.render_photos)
        self.render_action.setShortcut(QKeySequence("Ctrl+R"))
        for action in (self.import_files_action, self.import_folder_action, self.approve_action, self.reject_action,
                       self.render_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.toolbar.addActions([self.import_files_action, self.import_folder_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.approve_action, self.reject_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.render_action)
        self.toolbar.addSeparator()
        self.filter_label = QLabel(self)
        self.status_filter = QComboBox(self)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.toolbar.addWidget(self.filter_label)
        self.toolbar.addWidget(self.status_filter)
        layout.addWidget(self.toolbar)

        body = QHBoxLayout()
        self.model = ContributionModel(self)
        self.view = QListView(self)
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
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._show_details)
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
        self.details.setMinimumWidth(260)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        side.addWidget(self.details, 1)
        body.addLayout(side, 1)
        self._preview_job = None
        layout.addLayout(body, 1)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)

        context.session.project_changed.connect(self.refresh)
        context.session.contributions_changed.connect(self.refresh)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.import_files_action.setText(self.tr("Import &files…"))
        self.import_files_action.setToolTip(self.tr("Import photos and clips (Ctrl+I); you can also drop files here"))
        self.import_folder_action.setText(self.tr("Import a f&older…"))
        self.approve_action.setText(self.tr("&Approve"))
        self.approve_action.setToolTip(self.tr("Approve the selected contributions (A)"))
        self.reject_action.setText(self.tr("&Reject…"))
        self.reject_action.setToolTip(self.tr("Reject the selected contributions with a reason (R)"))
        self.render_action.setText(self.tr("Render &photos"))
        self.render_action.setToolTip(self.tr("Frame every approved photo in every format, with alt text (Ctrl+R)"))
        self.preview.setAccessibleName(self.tr("Preview of the framed photo"))
        self.filter_label.setText(self.tr("Show:") + " ")
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All"), None)
        for status in Status:
            self.status_filter.addItem(_status_text(status), status)
        self.status_filter.setCurrentIndex(max(0, current))
        self.status_filter.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Show contributions with status"))
        self.view.setAccessibleName(self.tr("Contributions"))
        self.refresh()

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        project = self.context.session.project
        self.model.load(project, self.status_filter.currentData())
        enabled = project is not None
        for action in (self.import_files_action, self.import_folder_action, self.approve_action, self.reject_action,
                       self.render_action):
            action.setEnabled(enabled)
        if project is None:
            self.summary.setText(self.tr("No project open."))
            self.details.clear()
            return
        counts = project.count_by_status()
        total = sum(counts.values())
        self.summary.setText(
            self.tr("%n contribution(s)", "", total) + " — " + ", ".join((
                self.tr("%n pending", "", counts[Status.PENDING]),
                self.tr("%n approved", "", counts[Status.APPROVED]),
                self.tr("%n rejected", "", counts[Status.REJECTED]),
                self.tr("%n withdrawn", "", counts[Status.WITHDRAWN]),
            ))
        )
        self._show_details()

    def selected(self) -> list[Contribution]:
        return [self.model.items[i.row()] for i in self.view.selectionModel().selectedIndexes()]

    def _show_details(self, *args) -> None:
        items = self.selected()
        self._request_preview(items[0] if len(items) == 1 else None)
        if len(items) != 1:
            self.details.setText(self.tr("%n selected", "", len(items)) if items else
                                 self.tr("Select a contribution to see its details. "
                                         "A approves, R rejects."))
            return
        c = items[0]
        media = self.model.media.get(c.media_sha256)
        if c.has_consent:
            consent = ", ".join(_PURPOSES[p.value]() for p in sorted(c.purposes)) or self.tr("no purpose")
        else:
            consent = "<b>" + self.tr("missing") + "</b>"
        rows = [
            (self.tr("Status"), _status_text(c.status) + (f" — {_esc(c.status_reason)}" if c.status_reason else "")),
            (self.tr("Kind"), self.tr("photo") if c.kind.value == "photo" else self.tr("clip")),
            (self.tr("Contributor"), _esc(c.contributor_name or "—")),
            (self.tr("Consent"), consent),
            (self.tr("Language"), _esc(c.language or "—")),
            (self.tr("Message"), f"<span dir='auto'>{_esc(c.caption) or '—'}</span>"),
            (self.tr("Alt text"), f"<span dir='auto'>{_esc(c.alt_text) or '—'}</span>"),
            (self.tr("File"), _esc(c.source_name)),
        ]
        if media and media.width:
            size = f"{media.width}×{media.height}"
            if media.duration_s:
                size += f", {media.duration_s:.1f} s"
            rows.append((self.tr("Size"), size))
        self.details.setText(
            f"<h3>#{c.id}</h3><table cellspacing=4>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )

    def _request_preview(self, item: Contribution | None) -> None:
        """The framed feed post of the selected photo, drawn in the background by the export renderer."""
        self.preview.clear()
        project = self.context.session.project
        if item is None or project is None or item.kind.value != "photo":
            return
        handle = self.context.jobs.start(self.tr("Drawing the preview"), render_preview,
                                         PreviewSpec(project.folder, item.id, "feed_square", 600), quiet=True)
        self._preview_job = handle
        handle.finished.connect(lambda image, h=handle: self._show_preview(h, image))

    def _show_preview(self, handle, image) -> None:
        if handle is not self._preview_job or image is None:
            return  # a newer selection has asked for another preview
        data = image.convert("RGB").tobytes()
        qimage = QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888).copy()
        self.preview.setPixmap(QPixmap.fromImage(qimage).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    # -- rendering ------------------------------------------------------------------------------

    def render_photos(self):
        project = self.context.session.project
        if project is None:
            return None
        spec = RenderPhotosSpec(project.folder, workers=load_settings().worker_processes)
        handle = self.context.jobs.start(self.tr("Rendering photos"), render_photos, spec)
        handle.finished.connect(self._render_finished)
        handle.failed.connect(lambda exc: QMessageBox.warning(self, self.title(), error_text(exc)))
        return handle

    def _render_finished(self, report: RenderReport) -> None:
        RenderReportDialog(report, self.context.session.folder, self).open()

    # -- review --------------------------------------------------------------------------------

    def approve_selected(self) -> None:
        self._set_status([c.id for c in self.selected()], Status.APPROVED)

    def reject_selected(self) -> None:
        ids = [c.id for c in self.selected()]
        if not ids:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reject"), self.tr("Why are these contributions rejected?"))
        if ok and reason.strip():
            self._set_status(ids, Status.REJECTED, reason)

    def _set_status(self, ids: list[int], status: Status, reason: str = "") -> None:
        project = self.context.session.project
        if project is None or not ids:
            return
        try:
            project.set_status(ids, status, reason=reason)
        except IccError as exc:
            QMessageBox.warning(self, self.title(), error_text(exc))
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        self.context.session.notify_contributions()
        if rows and self.model.rowCount():  # keep the keyboard flow: move to the next item
            self.view.setCurrentIndex(self.model.index(min(rows[-1] + 1, self.model.rowCount() - 1)))

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


class ImportReportDialog(QDialog):
    """One row per file: imported, duplicate, or rejected with the reason."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("%n file(s) imported", "", report.imported) + ", "
            + self.tr("%n duplicate(s)", "", report.duplicates) + ", "
            + self.tr("%n rejected", "", report.rejected), self))
        self.table = QTableWidget(len(report.results), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Reason")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        outcome_text = {
            Outcome.IMPORTED: self.tr("imported"),
            Outcome.DUPLICATE: self.tr("duplicate"),
            Outcome.REJECTED: self.tr("rejected"),
        }
        for row, result in enumerate(report.results):
            reason = result.reason.split(": ", 1)[-1] if result.reason else ""
            if result.outcome == Outcome.DUPLICATE:
                reason = self.tr("already contribution #%1").replace("%1", str(result.contribution_id))
            for col, text in enumerate((result.path.name, outcome_text[result.outcome], reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(result.path) if col == 0 else text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class RenderReportDialog(QDialog):
    """What was rendered, what was unchanged, and what was left out and why."""

    def __init__(self, report: RenderReport, folder: Path | None, parent: QWidget | None = None) -> None:
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
            target = folder / "exports" / "photos"
            open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
