"""The Settings dialog: interface language, default export folder, worker processes.

The dialog edits a copy of the user settings (``core/settings.py``); OK checks the export
folder, switches the interface language at once and saves the settings (atomically). Pages
read the settings when they start a job, so a change applies to the next import or render
without restarting the app.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.settings import Settings, load_settings, save_settings, settings_path, worker_limit
from .i18n import LanguageManager


class SettingsDialog(QDialog):
    """Edits the user settings; nothing is saved or applied before OK."""

    def __init__(self, languages: LanguageManager, parent: QWidget | None = None, *,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setModal(True)
        self.languages = languages
        self.path = path or settings_path()
        self.original = load_settings(self.path)
        self.saved: Settings | None = None  # what OK saved
        layout = QVBoxLayout(self)
        # A grid rather than a form: wrapped notes under a field get their true height.
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        # -- interface language ----------------------------------------------------------------
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("", "")  # follow the system (text set in retranslate)
        for code, name in languages.available().items():
            self.language_combo.addItem(name, code)  # each language in its own name, never translated
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)
        grid.addWidget(self.language_label, 0, 0)
        grid.addWidget(self.language_combo, 0, 1, left)

        # -- default export folder -------------------------------------------------------------
        self.export_edit = QLineEdit(self)
        self.export_edit.setClearButtonEnabled(True)
        self.export_edit.textChanged.connect(lambda _text: self._show_problem(""))
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_edit, 1)
        export_row.addWidget(self.browse_button)
        self.export_label = QLabel(self)
        self.export_label.setBuddy(self.export_edit)
        grid.addWidget(self.export_label, 1, 0)
        grid.addLayout(export_row, 1, 1)
        self.export_note = QLabel(self)
        self.export_note.setWordWrap(True)
        self.export_note.setTextFormat(Qt.TextFormat.PlainText)
        self.export_note.setStyleSheet("color: #5f6368;")
        self.export_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        grid.addWidget(self.export_note, 2, 1)
        self.export_problem = QLabel(self)
        self.export_problem.setWordWrap(True)
        self.export_problem.setObjectName("export-problem")
        self.export_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.export_problem.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.export_problem.setStyleSheet("color: #b00020;")
        self.export_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_problem.hide()
        grid.addWidget(self.export_problem, 3, 1)

        # -- worker processes ------------------------------------------------------------------
        self.workers_spin = QSpinBox(self)
        self.workers_spin.setRange(1, worker_limit())
        self.workers_label = QLabel(self)
        self.workers_label.setBuddy(self.workers_spin)
        grid.addWidget(self.workers_label, 4, 0)
        grid.addWidget(self.workers_spin, 4, 1, left)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.clicked.connect(self.restore_defaults)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.show_settings(self.original)
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())
        self._fit_height()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface &language:"))
        system = LanguageManager.available()[LanguageManager.system_language()]
        self.language_combo.setItemText(0, self.tr("Follow the system (%1)").replace("%1", system))
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_combo.setToolTip(self.tr("The language of menus, pages and messages; it changes at once. "
                                               "The campaign's own languages are set per project."))
        self.export_label.setText(self.tr("Default &export folder:"))
        self.export_edit.setPlaceholderText(self.tr("Each project's own exports folder"))
        self.export_edit.setAccessibleName(self.tr("Default export folder"))
        self.export_edit.setToolTip(self.tr("Where rendered outputs are written, in a folder per city. "
                                            "Leave empty to keep them in each project's exports folder."))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the default export folder"))
        self.browse_button.setToolTip(self.tr("Choose the folder in a file dialog"))
        self.export_note.setText(self.tr(
            "Photos, posters, banners and the website go to <folder>/<city>/…; the city video and the "
            "resident clips stay in the project. Files exported outside the project folder are not deleted "
            "when a resident withdraws consent: delete them by hand."))
        self.workers_label.setText(self.tr("&Worker processes:"))
        self.workers_spin.setAccessibleName(self.tr("Number of worker processes"))
        self.workers_spin.setToolTip(self.tr(
            "How many processes decode and render photos at the same time. More is faster on a computer with "
            "many cores; fewer leaves the computer free for other work. Default: one per core (%1). "
            "Applies to the next import or render.").replace("%1", str(Settings().worker_processes)))
        self.restore_button.setToolTip(self.tr("Put every setting back to its default value (saved with OK)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Save and apply the settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without changing anything"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values --------------------------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        index = self.language_combo.findData(settings.interface_language)
        self.language_combo.setCurrentIndex(max(0, index))
        self.export_edit.setText(settings.export_folder)
        self.workers_spin.setValue(settings.worker_processes)  # clamped to the spin box's range

    def values(self) -> Settings:
        """The settings as shown (other settings, such as the last project, as they were)."""
        return replace(self.original, interface_language=self.language_combo.currentData() or "",
                       export_folder=self.export_edit.text().strip(), worker_processes=self.workers_spin.value())

    def restore_defaults(self) -> None:
        self.show_settings(Settings())
        self._show_problem("")

    def browse(self) -> None:
        start = self.export_edit.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the default export folder"), start)
        if folder:
            self.export_edit.setText(folder)

    def export_folder_problem(self, text: str) -> str:
        """Why the folder cannot take exports (empty when it can); it is created when missing."""
        if not text:
            return ""
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            return self.tr("“%1” is not a full path: choose the folder with Browse….").replace("%1", text)
        if folder.exists() and not folder.is_dir():
            return self.tr("%1 is a file, not a folder.").replace("%1", str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return (self.tr("The folder %1 cannot be created: %2")
                    .replace("%1", str(folder)).replace("%2", exc.strerror or str(exc)))
        try:
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".icc-studio-write-test-"):
                pass
        except OSError as exc:
            return (self.tr("ICC Studio cannot write in %1: %2")
                    .replace("%1", str(folder)).replace("%2", exc.strerror or str(exc)))
        return ""

    def _show_problem(self, text: str) -> None:
        self.export_problem.setText(text)
        self.export_problem.setVisible(bool(text))
        self.export_edit.setAccessibleDescription(text)
        self._fit_height()

    def _fit_height(self) -> None:
        """Take the height the wrapped messages need at the dialog's width."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > 0:
            self.resize(self.width(), needed)

    # -- OK ------------------------------------------------------------------------------------

    def accept(self) -> None:
        settings = self.values()
        problem = self.export_folder_problem(settings.export_folder)
        if problem:
            self._show_problem(problem)
            self.export_edit.setFocus()
            return
        if settings.export_folder:
            settings = replace(settings, export_folder=str(Path(settings.export_folder).expanduser()))
        code = settings.interface_language or LanguageManager.system_language()
        if code != self.languages.language:
            self.languages.set_language(code)
        try:
            save_settings(settings, self.path)  # last: the language switch may have saved only the language
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The settings could not be saved to %1: %2")
                                .replace("%1", str(self.path)).replace("%2", exc.strerror or str(exc)))
            return
        self.saved = settings
        super().accept()


def settings_shortcuts():
    """The platform's Preferences shortcut, and Ctrl+, everywhere."""
    from PySide6.QtGui import QKeySequence

    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
    unique = {key.toString(): key for key in keys if not key.isEmpty()}
    return list(unique.values())

