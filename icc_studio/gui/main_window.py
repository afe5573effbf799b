"""The main window: a shell built from the registered pages, a menu, and the job bar."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from ..core.errors import IccError
from ..core.paths import APP_NAME, user_log_dir
from .context import AppContext
from .job_bar import JobBar
from .messages import error_text
from .new_project_dialog import NewProjectDialog
from .pages import Page, registered_pages
from .settings_dialog import SettingsDialog, settings_shortcuts

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("main-window")
        self.resize(QSize(1280, 820))

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pages: list[Page] = []
        for index, page_class in enumerate(registered_pages()):
            page = page_class(context, self.stack)
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, page.page_id)
        self.nav.currentRowChanged.connect(self._show_page)

        self.project_label = QLabel(self)
        self.statusBar().addWidget(self.project_label, 1)
        self.job_bar = JobBar(context.jobs, self)
        self.statusBar().addPermanentWidget(self.job_bar)

        self._build_menus()
        context.session.project_changed.connect(self._project_changed)
        context.languages.language_changed.connect(lambda _code: self.retranslate())
        self.retranslate()
        self.nav.setCurrentRow(0)

    # -- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New, triggered=self.new_project)
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.choose_project)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.settings_action = QAction(self, triggered=self.open_settings)
        self.settings_action.setShortcuts(settings_shortcuts())
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.file_menu.addActions([self.new_action, self.open_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in self.context.languages.available().items():
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: self.context.languages.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.page_actions: list[QAction] = []
        for index, page in enumerate(self.pages):
            action = QAction(self, triggered=lambda _c=False, i=index: self.nav.setCurrentRow(i))
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            self.view_menu.addAction(action)
            self.page_actions.append(action)

        self.help_menu = bar.addMenu("")
        self.log_action = QAction(self, triggered=self.open_log_folder)
        self.about_action = QAction(self, triggered=self.about)
        self.help_menu.addActions([self.log_action, self.about_action])

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New project…"))
        self.open_action.setText(self.tr("&Open project…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("Interface &language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.log_action.setText(self.tr("Open the &log folder"))
        self.about_action.setText(self.tr("&About ICC Studio"))
        self.nav.setAccessibleName(self.tr("Pages"))
        for index, page in enumerate(self.pages):
            self.nav.item(index).setText(page.title())
            self.page_actions[index].setText(self.tr("Go to %1").replace("%1", page.title()))
            page.retranslate()
        current = self.context.languages.language
        if current in self.language_actions:
            self.language_actions[current].setChecked(True)
        self._project_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- pages and project -------------------------------------------------------------------

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.pages[row].on_shown()

    def show_page(self, page_id: str) -> Page:
        for index, page in enumerate(self.pages):
            if page.page_id == page_id:
                self.nav.setCurrentRow(index)
                return page
        raise KeyError(page_id)

    def _project_changed(self) -> None:
        project = self.context.session.project
        if project is None:
            self.setWindowTitle(APP_NAME)
            self.project_label.setText(self.tr("No project open — File › New project or File › Open project"))
            return
        info = project.info()
        self.setWindowTitle(f"{info.city} — {APP_NAME}")
        self.project_label.setText(self.tr("Project: %1").replace("%1", str(project.folder)))

    def open_project(self, folder: Path) -> bool:
        try:
            project = self.context.session.open(folder)
        except IccError as exc:
            QMessageBox.warning(self, APP_NAME, error_text(exc))
            return False
        health = project.health
        if health.missing_files:
            QMessageBox.warning(
                self, APP_NAME,
                self.tr("%n media file(s) of this project are missing from its folder.", "",
                        len(health.missing_files)),
            )
        log.info("opened project %s", folder)
        return True

    def choose_project(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a campaign project"))
        if folder:
            self.open_project(Path(folder))

    def new_project(self) -> None:
        dialog = NewProjectDialog(self, ui_language=self.context.languages.language)
        if dialog.exec() and dialog.created:
            self.open_project(dialog.created)

    def open_settings(self) -> SettingsDialog:
        """The Settings dialog, modal; OK applies and saves (the dialog is returned for the tests)."""
        dialog = SettingsDialog(self.context.languages, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(user_log_dir())))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ICC Studio"),
            self.tr("ICC Studio %1\n\nCampaign material for the Intercultural Cities network, "
                    "made offline, with consent.").replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        running = [job for job in self.context.jobs.running() if not job.quiet]  # previews are not asked about
        if running:
            answer = QMessageBox.question(
                self, APP_NAME,
                self.tr("%n job(s) still running. Cancel them and quit?", "", len(running)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.context.jobs.cancel_all()
        self.context.jobs.wait(10000)
        self.context.session.close()
        event.accept()
