"""Interface languages: Qt translators for the app's own strings and for Qt's dialogs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Qt, Signal
from PySide6.QtWidgets import QApplication

from ..core.paths import resources_dir

log = logging.getLogger(__name__)

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}
# Languages the interface is offered in, with their own names (never translated).
LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "it": "Italiano",
    "de": "Deutsch",
    "es": "Español",
    "pt": "Português",
    "uk": "Українська",
    "ar": "العربية",
}


def translations_dir() -> Path:
    return resources_dir().parent / "translations"


class LanguageManager(QObject):
    """Installs the translators of one language at a time and mirrors the layout for RTL."""

    language_changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.language = "en"
        self._translators: list[QTranslator] = []

    @staticmethod
    def available() -> dict[str, str]:
        return dict(LANGUAGES)

    @staticmethod
    def system_language() -> str:
        code = QLocale.system().name().split("_")[0]
        return code if code in LANGUAGES else "en"

    def set_language(self, code: str) -> bool:
        if code not in LANGUAGES:
            log.warning("unknown interface language %r", code)
            return False
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        own = translations_dir() / f"icc_studio_{code}.qm"
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_base = Path(qt_dir) / f"qtbase_{code}.qm"
        if not qt_base.is_file():  # Qt ships some languages only as a regional variant (pt_BR)
            qt_base = next(iter(sorted(Path(qt_dir).glob(f"qtbase_{code}_*.qm"))), qt_base)
        for path in (own, qt_base):
            translator = QTranslator(self)
            if path.is_file() and translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                self._translators.append(translator)
            elif code != "en":
                log.warning("no translation file %s", path)
        QLocale.setDefault(QLocale(code))
        for widget in QApplication.allWidgets():  # numbers and dates of existing widgets too
            widget.setLocale(QLocale(code))
        self.app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
        )
        self.language = code
        self.language_changed.emit(code)
        return True
