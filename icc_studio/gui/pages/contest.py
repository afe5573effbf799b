"""Contest page: the student contest's entries of a category, one score column per juror, the ranking,
and the winner's card.

The table keeps the entries in the order they were submitted (so that a juror can type their
scores down a column: a digit starts editing, Enter saves and moves to the next entry); the
mean, the rank and the marks (a score missing, a tie a rule settled, an entry that may not be
published) follow every change. Every score change is a command on the page's undo stack.
Jurors are added, renamed and removed here; entries are chosen among the approved photos and
clips. "Render winner card" runs the core's card job off the GUI thread and shows the cards.
All the rules live in :mod:`icc_studio.core.contest` and :mod:`icc_studio.core.assets.winner_card`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt, QThreadPool, QTimer,
    QUrl, Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices, QFont, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSizePolicy,
    QStyledItemDelegate, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from ...core import contest
from ...core.assets.winner_card import WinnerCardResult, WinnerCardSpec, render_winner_card
from ...core.contest import Category, Ranking, RankedEntry, TieBreak
from ...core.errors import IccError
from ...core.store import Contribution, Media, MediaKind, Status
from ..messages import error_text
from ..widgets.thumbnail_job import ThumbnailJob, ThumbnailSignals
from . import Page, register_page

THUMB = 56
PREVIEW_SIDE = 380
MISSING_BRUSH = QBrush(QColor(255, 236, 179))   # a score still to give
WINNER_BRUSH = QBrush(QColor(220, 242, 226))


# -- thumbnails, made off the GUI thread ---------------------------------------------------------------------


class Thumbnails(QObject):
    """Thumbnails of the open project's media by content hash; ``changed`` when one arrives."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.media: dict[str, Media] = {}
        self._pixmaps: dict[str, QPixmap] = {}
        self._requested: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._signals = ThumbnailSignals()
        self._signals.ready.connect(self._ready)

    def set_project(self, project, *, refresh: bool = False) -> None:
        """Follow the open project; its media rows are read again when it changes or when ``refresh``."""
        folder = project.folder if project is not None else None
        if folder != self.folder:
            self._pixmaps.clear()
            self._requested.clear()
            refresh = True
        self.folder = folder
        if refresh:
            self.media = project.all_media() if project is not None else {}

    def get(self, sha256: str) -> QPixmap | None:
        pixmap = self._pixmaps.get(sha256)
        if pixmap is None and sha256 not in self._requested and self.folder is not None and sha256 in self.media:
            self._requested.add(sha256)
            self._pool.start(ThumbnailJob(self.folder, self.media[sha256], self._signals, THUMB))
        return pixmap

    def wait(self, msecs: int = 10000) -> bool:
        return self._pool.waitForDone(msecs)

    def _ready(self, sha256: str, image: QImage) -> None:
        if not image.isNull():
            self._pixmaps[sha256] = QPixmap.fromImage(image)
            self.changed.emit(sha256)


# -- the score table ----------------------------------------------------------------------------------------


def publish_text(c: Contribution) -> str:
    """Why a contribution may not appear on a public card, in the interface's language ("" when it may)."""
    if not contest.publish_problem(c):
        return ""
    if c.status != Status.APPROVED:
        return QCoreApplication.translate("ContestPage", "not approved")
    if not c.has_consent:
        return QCoreApplication.translate("ContestPage", "no consent recorded")
    return QCoreApplication.translate("ContestPage", "consent does not cover social media")


class ScoreModel(QAbstractTableModel):
    """Rows: the entries of a category in submission order. Columns: entry, note, one per juror, mean, rank,
    marks. Editing a juror's cell or the note calls the page back (which records it)."""

    ENTRY, NOTE = 0, 1

    def __init__(self, page: ContestPage) -> None:
        super().__init__(page)
        self.page = page
        self.ranking: Ranking | None = None
        self.rows: list[RankedEntry] = []

    # shape
    @property
    def jurors(self):
        return self.ranking.jurors if self.ranking is not None else ()

    def juror_column(self, juror_id: int) -> int:
        for i, juror in enumerate(self.jurors):
            if juror.id == juror_id:
                return 2 + i
        return -1

    def juror_at(self, column: int):
        index = column - 2
        return self.jurors[index] if 0 <= index < len(self.jurors) else None

    @property
    def mean_column(self) -> int:
        return 2 + len(self.jurors)

    @property
    def rank_column(self) -> int:
        return 3 + len(self.jurors)

    @property
    def marks_column(self) -> int:
        return 4 + len(self.jurors)

    def load(self, board: Ranking | None) -> None:
        """Show ``board``; the same entries and jurors update in place (an open editor and the current cell stay)."""
        rows = sorted(board.rows, key=lambda r: (r.entry.contribution.created_at, r.entry.id)) if board else []
        same = (self.ranking is not None and board is not None and self.ranking.category == board.category
                and [j.id for j in self.ranking.jurors] == [j.id for j in board.jurors]
                and [j.name for j in self.ranking.jurors] == [j.name for j in board.jurors]
                and [r.entry.id for r in self.rows] == [r.entry.id for r in rows])
        if same:
            self.ranking, self.rows = board, rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.ranking, self.rows = board, rows
        self.endResetModel()

    def row_of(self, contribution_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.entry.id == contribution_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5 + len(self.jurors)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        juror = self.juror_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if juror is not None:
                return juror.name
            return {self.ENTRY: self.tr("Entry"), self.NOTE: self.tr("Note (school, class)"),
                    self.mean_column: self.tr("Mean"), self.rank_column: self.tr("Rank"),
                    self.marks_column: self.tr("Marks")}.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if juror is not None:
                return self.tr("Scores of %1: 0 to 10 in steps of 0.5. Type a score and press Enter; "
                          "delete it to leave the entry unscored.").replace("%1", juror.name)
            return {self.NOTE: self.tr("For the jury only: never printed on a card."),
                    self.mean_column: self.tr("The mean of the jurors' scores."),
                    self.rank_column: self.tr("Equal means: more scores first, then the higher median, "
                                         "then the entry submitted first.")}.get(section)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and (index.column() == self.NOTE or self.juror_at(index.column()) is not None):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        juror = self.juror_at(column)
        entry = row.entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.ENTRY:
                return f"#{entry.id} · {entry.entrant or entry.contribution.source_name}"
            if column == self.NOTE:
                return entry.note
            if juror is not None:
                return contest.format_score(row.scores.get(juror.id))
            if column == self.mean_column:
                return contest.format_score(row.mean)
            if column == self.rank_column:
                return str(row.rank) if row.rank else ""
            if column == self.marks_column:
                return self.marks(row)
        if role == Qt.ItemDataRole.DecorationRole and column == self.ENTRY:
            return self.page.thumbnails.get(entry.contribution.media_sha256)
        if role == Qt.ItemDataRole.BackgroundRole:
            if juror is not None and juror.id in row.missing and not row.out_reason:
                return MISSING_BRUSH
            if row.rank == 1 and column in (self.ENTRY, self.rank_column):
                return WINNER_BRUSH
        if role == Qt.ItemDataRole.FontRole and row.rank == 1 and column in (self.ENTRY, self.rank_column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if juror is not None:
                if juror.id not in row.scores:
                    return self.tr("No score from %1 yet").replace("%1", juror.name)
                return self.tr("%1 gave %2").replace("%1", juror.name).replace(
                    "%2", contest.format_score(row.scores[juror.id]))
            if column == self.ENTRY:
                kind = self.tr("Photo") if entry.contribution.kind == MediaKind.PHOTO else self.tr("Clip")
                return f"{kind} · {entry.contribution.caption}" if entry.contribution.caption else kind
            if column == self.marks_column:
                return self.marks(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if juror is not None:
                value = contest.format_score(row.scores.get(juror.id)) or self.tr("no score")
                return (self.tr("Entry %1, %2: %3").replace("%1", str(entry.id)).replace("%2", juror.name)
                        .replace("%3", value))
            if column == self.ENTRY:
                return self.tr("Entry %1 by %2").replace("%1", str(entry.id)).replace("%2", entry.entrant or "-")
        if role == Qt.ItemDataRole.SizeHintRole and column == self.ENTRY:
            return QSize(200, THUMB + 8)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def marks(self, row: RankedEntry) -> str:
        marks = []
        if row.out_reason:
            marks.append(self.tr("Left out: not approved any more"))
        elif row.missing:
            marks.append(self.tr("Incomplete: %n score(s) missing", "", len(row.missing)))
        if row.tie_break != TieBreak.NONE:
            marks.append({TieBreak.SCORES: self.tr("Tie settled by more scores"),
                          TieBreak.MEDIAN: self.tr("Tie settled by the median"),
                          TieBreak.ORDER: self.tr("Tie settled by the earlier entry")}[row.tie_break])
        reason = publish_text(row.entry.contribution)
        if reason and not row.out_reason:
            marks.append(self.tr("Not on a public card: %1").replace("%1", reason))
        return " · ".join(marks)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        juror = self.juror_at(index.column())
        if juror is not None:
            return self.page.request_score(juror.id, row.entry.id, str(value or ""))
        if index.column() == self.NOTE:
            return self.page.request_note(row.entry.id, str(value or ""))
        return False


class ScoreDelegate(QStyledItemDelegate):
    """A line edit for scores and notes; Enter saves and moves down to the next entry."""

    def __init__(self, page: ContestPage) -> None:
        super().__init__(page)
        self.page = page

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        model = index.model()
        juror = model.juror_at(index.column()) if isinstance(model, ScoreModel) else None
        if juror is not None:
            editor.setAccessibleName(self.tr("Score of %1").replace("%1", juror.name))
            editor.setToolTip(self.tr("0 to 10 in steps of 0.5 (7.5 or 7,5); empty: no score"))
            editor.setMaxLength(5)
        else:
            editor.setAccessibleName(self.tr("Note for the jury"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.advance_after_edit = True
        return super().eventFilter(editor, event)


class ScoreCommand(QUndoCommand):
    """A juror's score of an entry given, changed or removed."""

    def __init__(self, page: ContestPage, juror_id: int, contribution_id: int, old: float | None, new: float | None,
                 text: str) -> None:
        super().__init__(text)
        self.page, self.juror_id, self.contribution_id, self.old, self.new = page, juror_id, contribution_id, old, new

    def redo(self) -> None:
        self.page.apply_score(self.juror_id, self.contribution_id, self.new)

    def undo(self) -> None:
        self.page.apply_score(self.juror_id, self.contribution_id, self.old)


# -- choosing entries ----------------------------------------------------------------------------------------


class EntryChooser(QDialog):
    """The approved photos and clips not entered yet, with their thumbnails; several can be chosen."""

    def __init__(self, page: ContestPage, candidates: list[Contribution]) -> None:
        super().__init__(page)
        self.setObjectName("contest-entry-chooser")
        self.setWindowTitle(self.tr("Add entries"))
        self.thumbnails = page.thumbnails
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Choose approved photos and clips to enter in the contest (Ctrl or Shift for "
                                    "several). A photo enters the photo category, a clip the video one."), self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.list = QListWidget(self)
        self.list.setObjectName("contest-candidates")
        self.list.setAccessibleName(self.tr("Approved contributions not entered yet"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.label.setBuddy(self.list)
        for c in candidates:
            kind = self.tr("Photo") if c.kind == MediaKind.PHOTO else self.tr("Clip")
            item = QListWidgetItem(f"#{c.id} · {c.contributor_name or c.source_name} · {kind}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, c.media_sha256)
            item.setToolTip(c.caption)
            pixmap = self.thumbnails.get(c.media_sha256)
            if pixmap is not None:
                item.setIcon(QIcon(pixmap))
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        if not candidates:
            self.label.setText(self.tr("Every approved photo and clip is already entered."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.thumbnails.changed.connect(self._thumbnail)
        self.resize(460, 520)

    def _thumbnail(self, sha256: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole + 1) == sha256:
                pixmap = self.thumbnails.get(sha256)
                if pixmap is not None:
                    item.setIcon(QIcon(pixmap))

    def chosen(self) -> list[int]:
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]


# -- the page --------------------------------------------------------------------------------------------------


@register_page
class ContestPage(Page):
    page_id = "contest"
    order = 50

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ContestPage", "Student contest")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.thumbnails = Thumbnails(self)
        self.undo_stack = QUndoStack(self)
        self.advance_after_edit = False
        self._render_job = None
        self._result: WinnerCardResult | None = None
        self._pixmap: QPixmap | None = None
        self._folder: Path | None = None

        row = QHBoxLayout(self)
        left = QVBoxLayout()
        row.addLayout(left, 3)

        bar = QHBoxLayout()
        self.category_label = QLabel(self)
        self.category = QComboBox(self)
        self.category.setObjectName("contest-category")
        for category in Category:
            self.category.addItem("", category.value)
        self.category_label.setBuddy(self.category)
        bar.addWidget(self.category_label)
        bar.addWidget(self.category)
        self.add_entries_button = QPushButton(self)
        self.remove_entry_button = QPushButton(self)
        bar.addWidget(self.add_entries_button)
        bar.addWidget(self.remove_entry_button)
        bar.addStretch(1)
        self.undo_button = QToolButton(self)
        self.redo_button = QToolButton(self)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        left.addLayout(bar)

        jurors_bar = QHBoxLayout()
        self.juror_label = QLabel(self)
        self.juror_choice = QComboBox(self)
        self.juror_choice.setObjectName("contest-juror")
        self.juror_choice.setMinimumContentsLength(14)
        self.juror_label.setBuddy(self.juror_choice)
        self.add_juror_button = QPushButton(self)
        self.rename_juror_button = QPushButton(self)
        self.remove_juror_button = QPushButton(self)
        for widget in (self.juror_label, self.juror_choice, self.add_juror_button, self.rename_juror_button,
                       self.remove_juror_button):
            jurors_bar.addWidget(widget)
        jurors_bar.addStretch(1)
        left.addLayout(jurors_bar)

        self.model = ScoreModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("contest-scores")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ScoreDelegate(self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.model.modelReset.connect(self._size_columns)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        left.addWidget(self.table, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("contest-summary")
        self.summary.setWordWrap(True)
        left.addWidget(self.summary)
        self.status = QLabel(self)
        self.status.setObjectName("contest-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.status)

        self.card_box = QGroupBox(self)
        card = QVBoxLayout(self.card_box)
        self.provisional = QCheckBox(self.card_box)
        self.provisional.setObjectName("contest-provisional")
        card.addWidget(self.provisional)
        buttons = QHBoxLayout()
        self.render_button = QPushButton(self.card_box)
        self.render_button.setObjectName("render-winner-card")
        self.open_button = QPushButton(self.card_box)
        self.open_button.setEnabled(False)
        buttons.addWidget(self.render_button)
        buttons.addWidget(self.open_button)
        card.addLayout(buttons)
        self.preview_choice = QComboBox(self.card_box)
        self.preview_choice.setObjectName("contest-preview-choice")
        self.preview_choice.setEnabled(False)
        card.addWidget(self.preview_choice)
        self.preview = QLabel(self.card_box)
        self.preview.setObjectName("contest-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_SIDE // 2, PREVIEW_SIDE // 2)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setWordWrap(True)
        card.addWidget(self.preview, 1)
        self.card_box.setMinimumWidth(PREVIEW_SIDE)
        row.addWidget(self.card_box, 2)

        # the page's keyboard
        self.undo_action = QAction(self, triggered=self.undo_stack.undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self, triggered=self.undo_stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setEnabled(False)
            self.addAction(action)
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self.undo_stack.canUndoChanged.connect(lambda _v: self._update_undo())
        self.undo_stack.canRedoChanged.connect(lambda _v: self._update_undo())
        self.undo_stack.indexChanged.connect(lambda _v: self._update_undo())

        self.category.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_entries_button.clicked.connect(lambda: self.add_entries())
        self.remove_entry_button.clicked.connect(lambda: self.remove_entry())
        self.add_juror_button.clicked.connect(lambda: self.add_juror())
        self.rename_juror_button.clicked.connect(lambda: self.rename_juror())
        self.remove_juror_button.clicked.connect(lambda: self.remove_juror())
        self.render_button.clicked.connect(self.render_card)
        self.open_button.clicked.connect(self.open_folder)
        self.provisional.toggled.connect(lambda _v: self._update_render())
        self.preview_choice.currentIndexChanged.connect(self._show_preview)
        self.thumbnails.changed.connect(self._thumbnail_ready)
        context.session.project_changed.connect(self._project_changed)
        context.session.contributions_changed.connect(lambda: self.reload(refresh=True))
        self.retranslate()
        self._project_changed()

    # -- texts ------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.category_label.setText(self.tr("Category:"))
        names = {"photo": self.tr("Photo"), "video": self.tr("Video")}
        for index in range(self.category.count()):
            self.category.setItemText(index, names[self.category.itemData(index)])
        self.category.setToolTip(self.tr("The entries of one category and their ranking"))
        self.category.setAccessibleName(self.tr("Category"))
        self.add_entries_button.setText(self.tr("Add entries…"))
        self.add_entries_button.setToolTip(self.tr("Enter approved photos and clips in the contest"))
        self.remove_entry_button.setText(self.tr("Remove entry"))
        self.remove_entry_button.setToolTip(self.tr("Take the selected entry out of the contest, with its scores "
                                                    "(the contribution stays)"))
        self.juror_label.setText(self.tr("Juror:"))
        self.juror_choice.setToolTip(self.tr("The juror to rename or remove"))
        self.juror_choice.setAccessibleName(self.tr("Juror"))
        self.add_juror_button.setText(self.tr("Add juror…"))
        self.add_juror_button.setToolTip(self.tr("Add a juror: a new score column"))
        self.rename_juror_button.setText(self.tr("Rename…"))
        self.rename_juror_button.setToolTip(self.tr("Rename the chosen juror"))
        self.remove_juror_button.setText(self.tr("Remove juror"))
        self.remove_juror_button.setToolTip(self.tr("Remove the chosen juror and every score they gave"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self._update_undo()
        self.table.setAccessibleName(self.tr("Scores of the entries"))
        self.table.setToolTip(self.tr("Type a score (0 to 10, halves allowed) in a juror's column and press Enter"))
        self.summary.setAccessibleName(self.tr("Ranking summary"))
        self.card_box.setTitle(self.tr("Winner's card"))
        self.provisional.setText(self.tr("Allow a provisional winner"))
        self.provisional.setToolTip(self.tr("Render the card before every juror has scored every entry"))
        self.render_button.setText(self.tr("Render winner card"))
        self.open_button.setText(self.tr("Open folder"))
        self.open_button.setToolTip(self.tr("Open the folder of the winner's cards"))
        self.preview_choice.setAccessibleName(self.tr("Card shown"))
        self.preview_choice.setToolTip(self.tr("Which of the rendered cards is shown"))
        self.preview.setAccessibleName(self.tr("Preview of the winner's card"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))
        self._fill_preview_choice()
        self._update_summary()
        self._update_render()

    # -- loading ------------------------------------------------------------------------------------------

    @property
    def project(self):
        return self.context.session.project

    def current_category(self) -> Category:
        return Category(self.category.currentData())

    def on_shown(self) -> None:
        self.reload(refresh=True)

    def _project_changed(self) -> None:
        self.undo_stack.clear()
        self._result = None
        self._pixmap = None
        self.preview.clear()
        self.open_button.setEnabled(False)
        self._fill_preview_choice()
        self.status.clear()
        self.reload(refresh=True)

    def reload(self, *args, refresh: bool = False) -> None:
        project = self.project
        self.thumbnails.set_project(project, refresh=refresh)
        board = contest.ranking(project, self.current_category()) if project is not None else None
        self.model.load(board)
        self._fill_jurors()
        for widget in (self.add_entries_button, self.add_juror_button, self.category):
            widget.setEnabled(project is not None)
        self.remove_entry_button.setEnabled(bool(self.model.rows))
        self._update_summary()
        self._update_render()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnToContents(ScoreModel.ENTRY)
        header.resizeSection(ScoreModel.NOTE, 150)
        narrow = max(56, self.fontMetrics().horizontalAdvance("10.00") + 24)
        for column in range(2, self.model.marks_column):
            width = narrow
            juror = self.model.juror_at(column)
            if juror is not None:
                width = max(narrow, min(140, self.fontMetrics().horizontalAdvance(juror.name) + 24))
            header.resizeSection(column, width)

    def _header_clicked(self, column: int) -> None:
        juror = self.model.juror_at(column)
        if juror is not None:
            self.juror_choice.setCurrentIndex(self.juror_choice.findData(juror.id))

    def _fill_jurors(self) -> None:
        current = self.juror_choice.currentData()
        self.juror_choice.blockSignals(True)
        self.juror_choice.clear()
        for juror in self.model.jurors:
            self.juror_choice.addItem(juror.name, juror.id)
        index = self.juror_choice.findData(current)
        self.juror_choice.setCurrentIndex(index if index >= 0 else 0)
        self.juror_choice.blockSignals(False)
        has = self.juror_choice.count() > 0
        self.rename_juror_button.setEnabled(has)
        self.remove_juror_button.setEnabled(has)

    def _thumbnail_ready(self, sha256: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.entry.contribution.media_sha256 == sha256:
                index = self.model.index(i, ScoreModel.ENTRY)
                self.model.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _update_summary(self) -> None:
        board = self.model.ranking
        if self.project is None or board is None:
            self.summary.setText(self.tr("Open a project to run its student contest."))
            return
        if not board.rows:
            self.summary.setText(self.tr("No entries in this category yet: add approved contributions as entries."))
            return
        if not board.jurors:
            self.summary.setText(self.tr("Add the jurors: each one gets a score column."))
            return
        winner = board.winner
        if winner is None:
            self.summary.setText(self.tr("No scores yet."))
            return
        name = winner.entry.entrant or "-"
        if board.final:
            text = self.tr("Ranking final. Winner: entry %1 (%2), mean %3.")
        else:
            missing = sum(len(r.missing) for r in board.incomplete)
            text = (self.tr("Provisional ranking: %n score(s) still missing.", "", missing) + " "
                    + self.tr("Leading: entry %1 (%2), mean %3."))
        self.summary.setText(text.replace("%1", str(winner.entry.id)).replace("%2", name)
                             .replace("%3", contest.format_score(winner.mean)))

    def _update_render(self) -> None:
        board = self.model.ranking
        reason = ""
        if self.project is None or board is None:
            reason = self.tr("Open a project first.")
        elif board.winner is None:
            reason = self.tr("There is no winner yet: no entry has a score.")
        elif not board.final and not self.provisional.isChecked():
            reason = self.tr("The ranking is not final: every juror must score every entry "
                             "(or allow a provisional winner).")
        elif board.winner.publish_reason:
            reason = self.tr("The winner may not appear on a public card: %1") \
                .replace("%1", publish_text(board.winner.entry.contribution))
        self.render_button.setEnabled(not reason and self._render_job is None)
        self.render_button.setToolTip(reason or self.tr("Render the winner's card, square and story, in each "
                                                        "language of the project"))

    def _update_undo(self) -> None:
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setToolTip(self.tr("Undo: %1 (Ctrl+Z)").replace("%1", undo_text) if undo_text
                                    else self.tr("Undo (Ctrl+Z)"))
        self.redo_action.setToolTip(self.tr("Redo: %1 (Ctrl+Shift+Z)").replace("%1", redo_text) if redo_text
                                    else self.tr("Redo (Ctrl+Shift+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.redo_button.setAccessibleName(self.tr("Redo"))

    # -- scores -------------------------------------------------------------------------------------------

    def request_score(self, juror_id: int, contribution_id: int, text: str) -> bool:
        """A score typed in the table: checked, then recorded as an undoable command."""
        advance, self.advance_after_edit = self.advance_after_edit, False
        if self.project is None or self.model.ranking is None:
            return False
        try:
            new = None if not text.strip() else contest.parse_score(text)
        except IccError as exc:
            self.status.setText(self._error(exc))
            return False
        row = self.model.ranking.row(contribution_id)
        old = row.scores.get(juror_id)
        if old != new:
            juror = next(j for j in self.model.jurors if j.id == juror_id)
            label = self.tr("score of entry %1 by %2").replace("%1", str(contribution_id)).replace("%2", juror.name)
            self.undo_stack.push(ScoreCommand(self, juror_id, contribution_id, old, new, label))
        if advance:
            column = self.model.juror_column(juror_id)
            below = self.model.row_of(contribution_id) + 1
            if below < self.model.rowCount():
                QTimer.singleShot(0, lambda: self.table.setCurrentIndex(self.model.index(below, column)))
        return True

    def apply_score(self, juror_id: int, contribution_id: int, value: float | None) -> None:
        """Record a score (from an undo command) and show the ranking again."""
        if self.project is None:
            return
        try:
            contest.set_score(self.project, juror_id, contribution_id, value)
        except IccError as exc:
            self.status.setText(self._error(exc))
            QTimer.singleShot(0, self.undo_stack.clear)  # the juror or the entry is gone: nothing to undo
            return
        self.status.clear()
        self.reload()

    def request_note(self, contribution_id: int, text: str) -> bool:
        if self.project is None:
            return False
        self.advance_after_edit = False
        try:
            contest.set_note(self.project, contribution_id, text)
        except IccError as exc:
            self.status.setText(self._error(exc))
            return False
        self.reload()
        return True

    # -- jurors ---------------------------------------------------------------------------------------------

    def chosen_juror(self) -> int | None:
        """The juror chosen in the bar above the table."""
        return self.juror_choice.currentData() if self.juror_choice.count() else None

    def add_juror(self, name: str | None = None) -> bool:
        if self.project is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add juror"), self.tr("Name of the juror:"))
            if not ok:
                return False
        try:
            juror = contest.add_juror(self.project, name)
        except IccError as exc:
            self.status.setText(self._error(exc))
            return False
        self.status.setText(self.tr("%1 joined the jury.").replace("%1", juror.name))
        self.reload()
        self.juror_choice.setCurrentIndex(self.juror_choice.findData(juror.id))
        return True

    def rename_juror(self, name: str | None = None, juror_id: int | None = None) -> bool:
        juror_id = juror_id if juror_id is not None else self.chosen_juror()
        if self.project is None or juror_id is None:
            return False
        if name is None:
            current = next((j.name for j in self.model.jurors if j.id == juror_id), "")
            name, ok = QInputDialog.getText(self, self.tr("Rename juror"), self.tr("New name of %1:")
                                            .replace("%1", current), QLineEdit.EchoMode.Normal, current)
            if not ok:
                return False
        try:
            contest.rename_juror(self.project, juror_id, name)
        except IccError as exc:
            self.status.setText(self._error(exc))
            return False
        self.reload()
        return True

    def remove_juror(self, juror_id: int | None = None, *, confirm: bool = True) -> bool:
        juror_id = juror_id if juror_id is not None else self.chosen_juror()
        if self.project is None or juror_id is None:
            return False
        juror = next((j for j in self.model.jurors if j.id == juror_id), None)
        if juror is None:
            return False
        if confirm:
            answer = QMessageBox.question(self, self.tr("Remove juror"),
                                          self.tr("Remove %1 and every score they gave?").replace("%1", juror.name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            contest.remove_juror(self.project, juror_id)
        except IccError as exc:
            self.status.setText(self._error(exc))
            return False
        self.undo_stack.clear()
        self.status.setText(self.tr("%1 left the jury; their scores were removed.").replace("%1", juror.name))
        self.reload()
        return True

    # -- entries ----------------------------------------------------------------------------------------------

    def candidates(self) -> list[Contribution]:
        """Approved photos and clips not entered yet."""
        if self.project is None:
            return []
        entered = {e.id for e in contest.entries(self.project)}
        return [c for c in self.project.contributions(Status.APPROVED)
                if c.id not in entered and not contest.entry_problem(c)]

    def add_entries(self, ids: list[int] | None = None) -> int:
        """Enter contributions (chosen in a dialog when ``ids`` is not given); returns how many were entered."""
        if self.project is None:
            return 0
        if ids is None:
            dialog = EntryChooser(self, self.candidates())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
            ids = dialog.chosen()
        added, problems, categories = 0, [], set()
        for contribution_id in ids:
            try:
                entry = contest.add_entry(self.project, contribution_id)
            except IccError as exc:
                problems.append(self._error(exc))
                continue
            added += 1
            categories.add(entry.category)
        if categories and self.current_category() not in categories:
            self.category.setCurrentIndex(self.category.findData(sorted(categories)[0].value))
        self.reload()
        text = self.tr("%n entry(ies) added.", "", added)
        self.status.setText(" ".join([text, *problems]))
        return added

    def remove_entry(self, contribution_id: int | None = None, *, confirm: bool = True) -> bool:
        if self.project is None:
            return False
        if contribution_id is None:
            index = self.table.currentIndex()
            if not index.isValid():
                self.status.setText(self.tr("Select the entry to remove first."))
                return False
            contribution_id = self.model.rows[index.row()].entry.id
        if confirm:
            answer = QMessageBox.question(self, self.tr("Remove entry"),
                                          self.tr("Take entry %1 out of the contest, with its scores?")
                                          .replace("%1", str(contribution_id)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            contest.remove_entry(self.project, contribution_id)
        except IccError as exc:
            self.status.setText(self._error(exc))
            return False
        self.undo_stack.clear()
        self.reload()
        return True

    # -- the winner's card --------------------------------------------------------------------------------------

    def render_card(self) -> None:
        folder = self.context.session.folder
        if folder is None or self._render_job is not None:
            return
        spec = WinnerCardSpec(folder, category=self.current_category().value,
                              provisional=self.provisional.isChecked())
        handle = self.context.jobs.start(self.tr("Rendering the winner's card"), render_winner_card, spec)
        self._render_job = handle
        self.render_button.setEnabled(False)
        self.status.setText(self.tr("Rendering the winner's card…"))
        handle.finished.connect(self._rendered)
        handle.failed.connect(lambda exc: self.status.setText(self._error(exc)))
        handle.cancelled.connect(lambda: self.status.setText(self.tr("Cancelled; nothing half-written was kept.")))
        handle.done.connect(self._render_done)

    def _render_done(self) -> None:
        self._render_job = None
        self._update_render()

    def _rendered(self, result: WinnerCardResult) -> None:
        self._result = result
        images = result.images
        self._folder = images[0].parent.parent if images else None
        self.open_button.setEnabled(self._folder is not None)
        self._fill_preview_choice()
        text = self.tr("%n card(s) written to %1", "", len(images)).replace("%1", str(self._folder or ""))
        if not result.credit:
            text += " " + self.tr("(no name on the card: the winner is a minor or has no first name recorded)")
        self.status.setText(text)

    def _fill_preview_choice(self) -> None:
        self.preview_choice.blockSignals(True)
        self.preview_choice.clear()
        formats = {"square": self.tr("square"), "story": self.tr("story")}
        for path in (self._result.images if self._result is not None else []):
            lang = path.parent.name
            fmt = next((f for f in formats if f"_{f}_" in path.name), "")
            self.preview_choice.addItem(f"{lang} · {formats.get(fmt, fmt)}", str(path))
        self.preview_choice.setEnabled(self.preview_choice.count() > 1)
        interface = getattr(self.context.languages, "language", "")
        for index in range(self.preview_choice.count()):  # the card in the interface's language first
            if Path(self.preview_choice.itemData(index)).parent.name == interface:
                self.preview_choice.setCurrentIndex(index)
                break
        self.preview_choice.blockSignals(False)
        self._show_preview()

    def _show_preview(self, *args) -> None:
        path = self.preview_choice.currentData()
        if not path:
            self._pixmap = None
            self.preview.clear()
            self.preview.setText(self.tr("No card yet. Once every juror has scored every entry, render the "
                                         "winner's card: it is shown here."))
            return
        self._pixmap = QPixmap(path)
        self._fit_preview()

    def _fit_preview(self) -> None:
        if self._pixmap is not None and not self._pixmap.isNull():
            self.preview.setPixmap(self._pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_preview()

    def open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    # -- errors ---------------------------------------------------------------------------------------------------

    def _error(self, exc: BaseException) -> str:
        code = getattr(exc, "code", "")
        p = getattr(exc, "params", {})
        if code == "contest-invalid-score":
            return self.tr("%1 is not a score: type a number from 0 to 10, in steps of 0.5.").replace(
                "%1", str(p.get("value", "")))
        if code == "contest-juror-exists":
            return self.tr("There is already a juror named %1.").replace("%1", str(p.get("name", "")))
        if code == "contest-not-entered":
            return self.tr("Contribution %1 cannot enter the contest: %2").replace(
                "%1", str(p.get("contribution_id", ""))).replace("%2", str(p.get("detail", "")))
        if code == "contest-no-winner":
            return self.tr("There is no winner yet: no entry has a score.")
        if code == "contest-not-final":
            return self.tr("The ranking is not final: %n score(s) still missing.", "", int(p.get("missing", 0)))
        if code == "contest-winner-not-publishable":
            return self.tr("The winner (entry %1) may not appear on a public card: %2").replace(
                "%1", str(p.get("contribution_id", ""))).replace("%2", str(p.get("detail", "")))
        return error_text(exc)
