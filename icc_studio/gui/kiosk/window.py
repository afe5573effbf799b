"""The kiosk window: frameless, full screen, locked down, one widget per screen, driven by the core machine."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QFontDatabase, QImage
from PySide6.QtWidgets import QApplication, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ...core.kiosk.feed import LiveFeed
from ...core.kiosk.keyboards import is_rtl
from ...core.kiosk.machine import KioskMachine, Screen
from ...core.kiosk.overlay import PreviewOverlay, canvas_size, compose_still
from ...core.kiosk.pin import PinGuard
from ...core.kiosk.session import SaveSessionSpec, save_session_job
from ...core.kits import Kit
from ...core.paths import fonts_dir
from ..i18n import translations_dir
from ..jobs import JobRunner
from .camera_thread import CameraThread
from .pin_screen import PinScreen
from .screens import (
    AttractScreen,
    ConsentScreen,
    GuardianScreen,
    KioskScreen,
    LanguageScreen,
    MessageScreen,
    NoCameraScreen,
    PreviewScreen,
    ReviewScreen,
    SavingScreen,
    ThankYouScreen,
)

log = logging.getLogger(__name__)

SCREEN_CLASSES = (AttractScreen, LanguageScreen, ConsentScreen, GuardianScreen, PreviewScreen, ReviewScreen,
                  MessageScreen, SavingScreen, ThankYouScreen, NoCameraScreen)
KIOSK_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")


class KioskTranslator(QObject):
    """The interface language follows the resident's choice: one set of translators at a time.

    Installs every ``icc_studio_<lang>.qm`` found in ``extra_dirs`` and ``translations/`` (the
    first dirs win for a string both have); a language without a file shows the English texts.
    """

    def __init__(self, app: QCoreApplication, extra_dirs: tuple[Path, ...] = ()) -> None:
        super().__init__(app)
        self.dirs = (*extra_dirs, translations_dir())
        self.language = ""
        self._installed: list[QTranslator] = []

    def set_language(self, code: str) -> None:
        if code == self.language:
            return
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{code}.qm"]
        candidates += [d / f"icc_studio_{code}.qm" for d in reversed(self.dirs)]  # Qt asks the last installed first
        for path in candidates:
            translator = QTranslator(self)
            if path.is_file() and translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)
        self.language = code


def register_fonts() -> list[str]:
    """Load the bundled Noto fonts (Latin and Arabic) so every kiosk language draws the same everywhere;
    returns their families, Latin first."""
    found: list[str] = []
    for name in KIOSK_FONTS:
        path = fonts_dir() / name
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
                if family not in found:
                    found.append(family)
    return found


def stylesheet(kit: Kit, unit: int, families: list[str] | tuple[str, ...] = ()) -> str:
    p = {name: kit.color(name) for name in ("primary", "secondary", "accent", "background", "text",
                                             "text_on_primary")}
    family = f"font-family: {', '.join(repr(f) for f in families)};" if families else ""
    soft = QColor(p["primary"])
    soft.setAlpha(28)
    soft_rgba = f"rgba({soft.red()}, {soft.green()}, {soft.blue()}, 0.11)"
    return f"""
    QWidget#kiosk {{ background: {p['background']}; }}
    QWidget {{ color: {p['text']}; font-size: {unit}px; {family} }}
    QStackedWidget > QWidget {{ background: {p['background']}; }}
    QLabel {{ padding-left: {unit // 3}px; padding-right: {unit // 3}px; }}
    QLabel#heading {{ font-size: {round(unit * 1.7)}px; font-weight: 700; color: {p['primary']}; }}
    QLabel#attract-day {{ font-size: {round(unit * 1.1)}px; color: {p['secondary']}; font-weight: 600; }}
    QLabel#attract-title {{ font-size: {round(unit * 2.6)}px; font-weight: 800; color: {p['primary']}; }}
    QLabel#attract-tagline {{ font-size: {round(unit * 1.4)}px; }}
    QLabel#attract-languages {{ font-size: {round(unit * 1.1)}px; color: {p['secondary']}; }}
    QLabel#attract-invite, QLabel#body {{ font-size: {round(unit * 1.15)}px; }}
    QLabel#consent-text {{ font-size: {round(unit * 1.05)}px; padding: {unit // 2}px; background: {soft_rgba};
        border-radius: {unit // 2}px; }}
    QScrollArea#consent-scroll {{ border: none; background: transparent; }}
    QLabel#question {{ font-size: {round(unit * 1.1)}px; font-weight: 700; padding-top: {unit // 3}px;
        padding-left: {unit // 3}px; padding-right: {unit // 3}px; }}
    QLabel#message-prefix {{ font-size: {round(unit * 1.6)}px; font-weight: 700; color: {p['primary']}; }}
    QLabel#counter {{ font-size: {round(unit * 0.9)}px; color: {p['text']}; }}
    QLabel#counter[full="true"] {{ color: {p['secondary']}; font-weight: 700; }}
    QLabel#small {{ font-size: {round(unit * 0.9)}px; }}
    QLabel#pin-status {{ color: {p['secondary']}; font-weight: 700; min-height: {unit * 2}px; }}
    QLabel#purpose-label {{ font-size: {round(unit * 1.0)}px; padding-top: {unit // 6}px; }}
    QCheckBox#purpose {{ spacing: 0; }}
    QCheckBox#purpose::indicator {{ width: {round(unit * 1.5)}px; height: {round(unit * 1.5)}px; }}
    QLineEdit#entry, QLineEdit#entry-small, QLineEdit#pin-display {{
        font-size: {round(unit * 1.5)}px; padding: {unit // 3}px {unit // 2}px; border: 3px solid {p['primary']};
        border-radius: {unit // 2}px; background: #ffffff; }}
    QLineEdit#entry-small {{ font-size: {unit}px; border-width: 2px; }}
    QPushButton {{ border-radius: {unit // 2}px; padding: {unit // 2}px {unit}px; font-weight: 600;
        min-height: {round(unit * 2.2)}px; }}
    QPushButton#primary, QPushButton#start, QPushButton#shoot {{ background: {p['primary']};
        color: {p['text_on_primary']}; font-size: {round(unit * 1.25)}px; min-width: {unit * 10}px; }}
    QPushButton#start {{ font-size: {round(unit * 1.6)}px; padding: {unit}px {unit * 3}px; }}
    QPushButton#shoot {{ background: {p['secondary']}; font-size: {round(unit * 1.6)}px;
        min-height: {unit * 4}px; border-radius: {unit * 2}px; }}
    QPushButton#primary:disabled, QPushButton#shoot:disabled {{ background: #b9b9c3; color: #f4f4f6; }}
    QPushButton#secondary {{ background: #ffffff; color: {p['primary']}; border: 3px solid {p['primary']};
        font-size: {round(unit * 1.15)}px; min-width: {unit * 8}px; }}
    QPushButton#quiet, QPushButton#staff {{ background: transparent; color: {p['text']};
        border: 2px solid rgba(0, 0, 0, 0.18); font-weight: 500; }}
    QPushButton#staff {{ font-size: {round(unit * 0.75)}px; min-height: {unit * 2}px; color: rgba(0, 0, 0, 0.45); }}
    QPushButton#language {{ background: #ffffff; color: {p['primary']}; border: 3px solid {p['primary']};
        font-size: {round(unit * 1.5)}px; min-height: {unit * 3}px; max-height: {unit * 3}px; }}
    QPushButton#choice {{ background: #ffffff; color: {p['primary']}; border: 3px solid {p['primary']};
        font-size: {round(unit * 1.05)}px; }}
    QPushButton#choice:checked {{ background: {p['primary']}; color: {p['text_on_primary']}; }}
    QPushButton#chip {{ background: {p['accent']}; color: {p['text']}; border-radius: {unit}px;
        font-size: {round(unit * 0.9)}px; min-height: {round(unit * 1.8)}px; padding: {unit // 4}px {unit // 2}px; }}
    QPushButton#kbd-key, QPushButton#kbd-special, QPushButton#kbd-backspace, QPushButton#kbd-space {{
        background: #ffffff; border: 2px solid rgba(0, 0, 0, 0.15); font-size: {round(unit * 1.3)}px;
        min-height: {round(unit * 1.7)}px; padding: 0; min-width: {unit * 2}px; }}
    QPushButton#kbd-special[active="true"] {{ background: {p['accent']}; }}
    QPushButton#kbd-key:pressed {{ background: {p['accent']}; }}
    QPushButton#pin-key {{ background: #ffffff; border: 2px solid rgba(0, 0, 0, 0.2);
        font-size: {round(unit * 1.6)}px; min-height: {unit * 3}px; }}
    """


class KioskWindow(QWidget):
    """The kiosk. ``exited`` is emitted once staff have left with the PIN."""

    exited = Signal()
    TICK_MS = 100

    def __init__(self, machine: KioskMachine, feed: LiveFeed, *, kit: Kit, city: str, project_folder: Path,
                 pin_guard: PinGuard, translator: KioskTranslator, unit: int = 22,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.machine = machine
        self.feed = feed
        self.kit = kit
        self.city = city
        self.project_folder = Path(project_folder)
        self.pin_guard = pin_guard
        self.translator = translator
        self.unit = unit
        self.language = ""
        self._unlocked = False
        self._still_cache: dict[tuple, object] = {}
        self._overlay_key: tuple | None = None
        self.jobs = JobRunner(self, max_threads=1)
        self.font_families = register_fonts()

        self.stack = QStackedWidget(self)
        # The screen's size is the window's (full screen): a page never makes the window grow.
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack)
        self.screens: list[KioskScreen] = [cls(self) for cls in SCREEN_CLASSES]
        self.by_state: dict[Screen, KioskScreen] = {}
        for screen in self.screens:
            self.stack.addWidget(screen)
            for state in screen.screens:
                self.by_state[state] = screen
        self.pin_screen = PinScreen(self)
        self.stack.addWidget(self.pin_screen)
        self.preview = self.by_state[Screen.PREVIEW]

        self.camera = CameraThread(feed, self)
        self.camera.frame.connect(self._frame)
        self.camera.lost.connect(machine.camera_lost)
        self.camera.found.connect(machine.camera_found)
        machine.subscribe(self._machine_changed)
        self.timer = QTimer(self, interval=self.TICK_MS, timeout=machine.tick)
        self._apply_language()
        self._machine_changed(machine)

    # -- running --------------------------------------------------------------------------

    def show_kiosk(self) -> None:
        """Full screen, also where no window manager runs (a bare X session on a kiosk machine)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def start(self) -> None:
        """Start the camera thread, the clock and the lock-down."""
        QApplication.instance().installEventFilter(self)
        self.camera.start()
        self.timer.start()

    def shutdown(self) -> None:
        self.timer.stop()
        self.camera.stop()
        self.jobs.wait(10000)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def unlock(self) -> None:
        """Staff gave the right PIN: the window may close now."""
        log.info("kiosk: staff left with the PIN")
        self._unlocked = True
        self.machine.reset()
        self.shutdown()
        self.close()
        self.exited.emit()

    # -- texts ----------------------------------------------------------------------------

    def kit_text(self, key: str) -> str:
        return self.kit.text(key, self.machine.language).replace("{city}", self.city)

    def _apply_language(self) -> None:
        lang = self.machine.language
        if lang == self.language:
            return
        self.language = lang
        self.translator.set_language(lang)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)
        # The language's own script's font first, so text is measured and drawn with one font.
        arabic = [f for f in self.font_families if "Arabic" in f]
        others = [f for f in self.font_families if f not in arabic]
        self.setStyleSheet(stylesheet(self.kit, self.unit, arabic + others if lang == "ar" else others + arabic))
        for screen in self.screens:
            screen.retranslate()
        self.pin_screen.retranslate()
        self.update_overlay()

    # -- pictures -------------------------------------------------------------------------

    def update_overlay(self) -> None:
        output_id = self.machine.config.output_id
        view = self.preview.view
        width, tall = self.kit.template(output_id).size
        height = max(240, min(1080, view.height(), round(view.width() * tall / width)))
        key = (self.machine.language, output_id, height)
        if key != self._overlay_key:
            self._overlay_key = key
            size = canvas_size(self.kit, output_id, height)
            self.feed.overlay = PreviewOverlay(self.kit, output_id, self.machine.language, size, caption="…")

    def still(self, photo, caption: str, small: bool = False):
        """The captured portrait framed as it will be published (RGB array), cached per photo and caption."""
        height = 480 if small else max(240, min(1080, self.by_state[Screen.REVIEW].view.height()))
        key = (id(photo), caption, self.machine.language, height)
        cached = self._still_cache.get(key)
        if cached is None:
            output_id = self.machine.config.output_id
            size = canvas_size(self.kit, output_id, height)
            try:
                cached = compose_still(self.kit, output_id, photo, self.machine.language, size, caption)
            except Exception:  # noqa: BLE001 - a caption that cannot be drawn yet must not stop typing
                log.debug("kiosk: caption preview failed", exc_info=True)
                cached = compose_still(self.kit, output_id, photo, self.machine.language, size, "")
            self._still_cache = {key: cached}
        return cached

    def _frame(self, image: QImage) -> None:
        self.preview.show_frame(image)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        QTimer.singleShot(0, self.update_overlay)

    # -- the machine ------------------------------------------------------------------------

    def _machine_changed(self, machine: KioskMachine) -> None:
        state = machine.state
        if machine.draft is None:
            self._forget_pictures()
        self._apply_language()
        self.feed.previewing = state in (Screen.PREVIEW, Screen.COUNTDOWN)
        if state not in (Screen.PREVIEW, Screen.COUNTDOWN):
            self.preview.view.clear()
        if state == Screen.PREVIEW:
            self._still_cache = {}  # a retake: the last still goes
            self.update_overlay()
        screen = self.by_state[state]
        if self.stack.currentWidget() is not self.pin_screen or state != Screen.ATTRACT:
            self.stack.setCurrentWidget(screen)
        screen.enter()
        if state == Screen.SAVING and machine.pending is not None and machine.saver is None:
            self._save(machine)

    def _forget_pictures(self) -> None:
        """Between two residents: every image widget and field emptied, the newest camera frame dropped."""
        self._still_cache = {}
        for screen in self.screens:
            screen.clear()
        self.feed.forget()

    def _save(self, machine: KioskMachine) -> None:
        spec = SaveSessionSpec(self.project_folder, self.kit, machine.pending)
        handle = self.jobs.start("kiosk session", save_session_job, spec, quiet=True)
        handle.finished.connect(machine.saved)
        handle.failed.connect(machine.save_failed)

    # -- staff ------------------------------------------------------------------------------

    def ask_pin(self) -> None:
        self.pin_screen.open()
        self.stack.setCurrentWidget(self.pin_screen)

    def close_pin(self) -> None:
        self.pin_screen.clear()
        if self.stack.currentWidget() is self.pin_screen:
            self.stack.setCurrentWidget(self.by_state[self.machine.state])

    # -- lock-down --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._unlocked:
            event.accept()
        else:
            event.ignore()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if self._unlocked:
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut):
            key = event.key() if hasattr(event, "key") else 0
            modifiers = event.modifiers() if hasattr(event, "modifiers") else Qt.KeyboardModifier.NoModifier
            blocked = modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                   | Qt.KeyboardModifier.MetaModifier)
            if kind == QEvent.Type.Shortcut or blocked or key in _BLOCKED_KEYS:
                return True
            self.machine.touch()
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            if self.machine.draft is not None:
                self.machine.touch()
        elif kind == QEvent.Type.ContextMenu:
            return True
        return False


_BLOCKED_KEYS = {
    Qt.Key.Key_Escape, Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F5, Qt.Key.Key_F6,
    Qt.Key.Key_F7, Qt.Key.Key_F8, Qt.Key.Key_F9, Qt.Key.Key_F10, Qt.Key.Key_F11, Qt.Key.Key_F12, Qt.Key.Key_Menu,
    Qt.Key.Key_Close, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Print, Qt.Key.Key_SysReq,
}
