"""The dialog that creates a new project: folder, city, kit, languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)
from PySide6.QtCore import QDate, Qt

from ..core.errors import IccError
from ..core.kits import builtin_kit_ids, load_builtin_kit
from ..core.store import Project
from .messages import error_text

# Language codes offered for a city's campaign, with their own names.
CITY_LANGUAGES = {
    "en": "English", "fr": "Français", "it": "Italiano", "de": "Deutsch", "es": "Español",
    "pt": "Português", "uk": "Українська", "ar": "العربية", "nl": "Nederlands", "pl": "Polski",
    "el": "Ελληνικά", "tr": "Türkçe", "ro": "Română", "sv": "Svenska", "no": "Norsk",
    "fa": "فارسی", "he": "עברית", "ru": "Русский", "hi": "हिन्दी", "ti": "ትግርኛ",
}


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, ui_language: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign project"))
        self.created: Path | None = None
        form = QFormLayout(self)

        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Project folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        form.addRow(self.tr("&Folder:"), row)

        self.city = QLineEdit(self)
        self.city.setPlaceholderText(self.tr("For example: Lisbon"))
        self.city.setAccessibleName(self.tr("City name"))
        form.addRow(self.tr("&City:"), self.city)

        self.kit = QComboBox(self)
        self.kit.setAccessibleName(self.tr("Campaign kit"))
        for kit_id in builtin_kit_ids():
            kit = load_builtin_kit(kit_id)
            name = kit.names.get(ui_language) or kit.names.get(kit.default_language, kit_id)
            self.kit.addItem(f"{kit.day_day}/{kit.day_month:02d} — {name}", kit_id)
        form.addRow(self.tr("&Kit:"), self.kit)

        self.languages = QListWidget(self)
        self.languages.setAccessibleName(self.tr("Campaign languages"))
        self.languages.setToolTip(self.tr("The languages of the city's campaign; captions and posters use them"))
        for code, name in CITY_LANGUAGES.items():
            item = QListWidgetItem(f"{name} ({code})", self.languages)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code == ui_language else Qt.CheckState.Unchecked)
        self.languages.setMaximumHeight(140)
        form.addRow(self.tr("&Languages:"), self.languages)

        self.year = QSpinBox(self)
        self.year.setRange(2020, 2100)
        self.year.setValue(QDate.currentDate().year())
        self.year.setAccessibleName(self.tr("Campaign year"))
        form.addRow(self.tr("&Year:"), self.year)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_languages(self) -> list[str]:
        return [
            self.languages.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.languages.count())
            if self.languages.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder for the project"))
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        folder = self.folder.text().strip()
        if not folder:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a folder for the project."))
            return
        if not self.city.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Enter the city's name."))
            return
        languages = self.chosen_languages()
        if not languages:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose at least one language."))
            return
        try:
            Project.create(Path(folder), city=self.city.text(), kit_id=self.kit.currentData(),
                           languages=languages, campaign_year=self.year.value()).close()
        except IccError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.created = Path(folder)
        super().accept()
