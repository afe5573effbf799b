"""One widget per kiosk screen. Screens show the machine's state and forward touches to it; they hold
no session data of their own beyond what is on screen, and ``clear()`` wipes that."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.kiosk.keyboards import native_name
from ...core.kiosk.machine import Screen
from ...core.kiosk.overlay import compose_still
from ...core.kits import PURPOSES
from ...core.text.scripts import grapheme_count
from .keyboard import OnScreenKeyboard
from .widgets import ImageView, big_button, wrapped_label


class WrappedCheck(QWidget):
    """A check box whose label wraps (a long purpose in German or Arabic stays inside the screen);
    touching the label toggles it too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setObjectName("purpose")
        self.box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = wrapped_label(name="purpose-label")
        self.toggled = self.box.toggled
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def setText(self, text: str) -> None:  # noqa: N802 - the QCheckBox API
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:  # noqa: N802
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802
        self.box.setChecked(checked)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.box.toggle()


def rgb_image(array) -> QImage:
    height, width = array.shape[:2]
    return QImage(array.data, width, height, array.strides[0], QImage.Format.Format_RGB888).copy()


class KioskScreen(QWidget):
    """Base class: ``window`` is the KioskWindow (machine, kit, city); ``screens`` the states it shows."""

    screens: tuple[Screen, ...] = ()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.machine = window.machine
        self.setObjectName(f"screen-{self.screens[0].value if self.screens else 'staff'}")

    def kit_text(self, key: str) -> str:
        return self.window_.kit_text(key)

    def retranslate(self) -> None:
        """Set every text in the current language (interface texts through tr(), the kit's in its language)."""

    def enter(self) -> None:
        """The machine moved to one of this screen's states."""

    def clear(self) -> None:
        """Forget everything of the last session that this screen shows."""

    def bottom_bar(self, *buttons: QPushButton, stretch_at: int = 1) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(24)
        for index, button in enumerate(buttons):
            if index == stretch_at:
                bar.addStretch(1)
            bar.addWidget(button)
        if stretch_at >= len(buttons):
            bar.addStretch(1)
        return bar


def _margins(layout, window) -> None:
    unit = window.unit
    layout.setContentsMargins(unit * 2, unit, unit * 2, unit)
    layout.setSpacing(unit)


class AttractScreen(KioskScreen):
    screens = (Screen.ATTRACT,)

    def __init__(self, window) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        _margins(layout, window)
        self.day = wrapped_label(name="attract-day")
        self.title = wrapped_label(name="attract-title")
        self.tagline = wrapped_label(name="attract-tagline")
        self.invite = wrapped_label(name="attract-invite")
        self.languages = wrapped_label(" · ".join(native_name(c) for c in self.machine.config.languages),
                                       name="attract-languages")
        for label in (self.day, self.title, self.tagline, self.invite, self.languages):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = big_button("", "primary", self)
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.machine.start)
        self.staff_button = big_button("", "staff", self)
        self.staff_button.clicked.connect(window.ask_pin)
        layout.addStretch(2)
        layout.addWidget(self.day)
        layout.addWidget(self.title)
        layout.addWidget(self.tagline)
        layout.addStretch(1)
        layout.addWidget(self.invite)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.languages)
        layout.addStretch(2)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.staff_button)
        layout.addLayout(corner)

    def retranslate(self) -> None:
        self.day.setText(self.kit_text("date_label") + "  ·  " + self.window_.city)
        self.title.setText(self.kit_text("title"))
        self.tagline.setText(self.kit_text("tagline"))
        self.invite.setText(self.tr("Take your portrait for the campaign: it takes two minutes."))
        self.start_button.setText(self.tr("Touch here to start"))
        self.staff_button.setText(self.tr("Staff"))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - the whole screen starts a session
        self.machine.start()


class LanguageScreen(KioskScreen):
    screens = (Screen.LANGUAGE,)

    def __init__(self, window) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        _margins(layout, window)
        self.heading = wrapped_label(name="heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        grid = QGridLayout()
        grid.setSpacing(window.unit)
        self.language_buttons: dict[str, QPushButton] = {}
        languages = self.machine.config.languages
        columns = len(languages) if len(languages) <= 3 else 2 if len(languages) == 4 else 3
        for index, code in enumerate(languages):
            button = big_button(native_name(code), "language", self)
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight)
            button.clicked.connect(lambda _=False, c=code: self.machine.choose_language(c))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, index // columns, index % columns)
            self.language_buttons[code] = button
        layout.addSpacing(window.unit)
        layout.addLayout(grid)
        layout.addStretch(2)
        self.cancel_button = big_button("", "quiet", self)
        self.cancel_button.clicked.connect(self.machine.cancel)
        layout.addLayout(self.bottom_bar(self.cancel_button))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Choose your language"))
        self.cancel_button.setText(self.tr("Stop"))


class ConsentScreen(KioskScreen):
    screens = (Screen.CONSENT,)

    def __init__(self, window) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        _margins(layout, window)
        self.heading = wrapped_label(name="heading")
        layout.addWidget(self.heading)
        columns = QHBoxLayout()
        columns.setSpacing(window.unit * 2)
        self.consent_text = wrapped_label(name="consent-text")
        self.consent_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setObjectName("consent-scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.consent_text)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.scroll = scroll
        columns.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.setSpacing(window.unit // 2)
        self.purposes_label = wrapped_label(name="question")
        self.purposes_hint = wrapped_label(name="small")
        right.addWidget(self.purposes_label)
        right.addWidget(self.purposes_hint)
        self.purpose_boxes: dict[str, WrappedCheck] = {}
        for purpose in PURPOSES:
            box = WrappedCheck(self)
            box.toggled.connect(self._update_buttons)
            self.purpose_boxes[purpose] = box
            right.addWidget(box)
        right.addSpacing(window.unit)
        self.age_label = wrapped_label(name="question")
        right.addWidget(self.age_label)
        ages = QHBoxLayout()
        self.adult_button = big_button("", "choice", self)
        self.minor_button = big_button("", "choice", self)
        self.age_group = QButtonGroup(self)
        for button in (self.adult_button, self.minor_button):
            button.setCheckable(True)
            self.age_group.addButton(button)
            ages.addWidget(button)
        self.age_group.buttonToggled.connect(self._update_buttons)
        right.addLayout(ages)
        right.addStretch(1)
        columns.addLayout(right, 1)
        layout.addLayout(columns, 1)
        self.decline_button = big_button("", "secondary", self)
        self.decline_button.clicked.connect(self.machine.decline)
        self.agree_button = big_button("", "primary", self)
        self.agree_button.clicked.connect(self._agree)
        layout.addLayout(self.bottom_bar(self.decline_button, self.agree_button))
        self._update_buttons()

    def retranslate(self) -> None:
        threshold = self.machine.config.age_threshold
        self.heading.setText(self.tr("Your consent"))
        self.consent_text.setText(self.kit_text("consent_text"))
        self.purposes_label.setText(self.tr("What may the city do with your photo and your message?"))
        self.purposes_hint.setText(self.tr("Tick at least one."))
        for purpose, box in self.purpose_boxes.items():
            box.setText(self.kit_text(f"purposes.{purpose}"))
        self.age_label.setText(self.tr("How old are you?"))
        self.adult_button.setText(self.tr("%1 or older").replace("%1", str(threshold)))
        self.minor_button.setText(self.tr("Under %1").replace("%1", str(threshold)))
        self.decline_button.setText(self.tr("No, thank you"))
        self.agree_button.setText(self.tr("I agree"))

    def chosen(self) -> list[str]:
        return [p for p, box in self.purpose_boxes.items() if box.isChecked()]

    def _update_buttons(self, *args) -> None:
        self.agree_button.setEnabled(bool(self.chosen()) and self.age_group.checkedButton() is not None)

    def _agree(self) -> None:
        if self.age_group.checkedButton() is None:
            return
        self.machine.give_consent(self.chosen(), is_minor=self.minor_button.isChecked())

    def enter(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        for box in self.purpose_boxes.values():
            box.setChecked(False)
        self.age_group.setExclusive(False)
        self.adult_button.setChecked(False)
        self.minor_button.setChecked(False)
        self.age_group.setExclusive(True)
        self._update_buttons()


class TextEntry(QWidget):
    """A line edit typed into with the on-screen keyboard, limited to ``max_length`` characters."""

    def __init__(self, parent: QWidget, max_length: int) -> None:
        super().__init__(parent)
        self.max_length = max_length
        self.edit = QLineEdit(self)
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.edit.setMaxLength(max_length * 4)
        self.edit.textEdited.connect(self._limit)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.edit)
        self._last_ok = ""

    def insert(self, text: str) -> None:
        candidate = self.edit.text()[:self.edit.cursorPosition()] + text + self.edit.text()[self.edit.cursorPosition():]
        if grapheme_count(candidate) <= self.max_length:
            self.edit.insert(text)
            self._last_ok = self.edit.text()

    def backspace(self) -> None:
        self.edit.backspace()
        self._last_ok = self.edit.text()

    def _limit(self, text: str) -> None:
        if grapheme_count(text) > self.max_length:
            self.edit.setText(self._last_ok)
        else:
            self._last_ok = text

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self._last_ok = text

    def clear(self) -> None:
        self.set_text("")


class GuardianScreen(KioskScreen):
    screens = (Screen.GUARDIAN,)

    def __init__(self, window) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        _margins(layout, window)
        self.heading = wrapped_label(name="heading")
        self.explain = wrapped_label(name="body")
        self.guardian_text = wrapped_label(name="consent-text")
        self.name_label = wrapped_label(name="question")
        self.name = TextEntry(self, 60)
        self.name.edit.setObjectName("entry")
        self.name.edit.textChanged.connect(self._update_buttons)
        self.agree_box = WrappedCheck(self)
        self.agree_box.toggled.connect(self._update_buttons)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(self.name.insert)
        self.keyboard.backspace.connect(self.name.backspace)
        layout.addWidget(self.heading)
        columns = QHBoxLayout()
        columns.setSpacing(window.unit * 2)
        texts = QVBoxLayout()
        texts.addWidget(self.explain)
        texts.addWidget(self.guardian_text)
        texts.addStretch(1)
        columns.addLayout(texts, 1)
        form = QVBoxLayout()
        form.addWidget(self.name_label)
        form.addWidget(self.name)
        form.addWidget(self.agree_box)
        form.addStretch(1)
        columns.addLayout(form, 1)
        layout.addLayout(columns)
        layout.addWidget(self.keyboard, 1)
        self.decline_button = big_button("", "secondary", self)
        self.decline_button.clicked.connect(self.machine.decline)
        self.agree_button = big_button("", "primary", self)
        self.agree_button.clicked.connect(lambda: self.machine.give_guardian_consent(self.name.text()))
        layout.addLayout(self.bottom_bar(self.decline_button, self.agree_button))
        self._update_buttons()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("A parent or guardian must agree"))
        self.explain.setText(self.tr("Under %1, a parent or legal guardian gives consent with you. "
                                     "Please ask them to read this and fill it in.")
                             .replace("%1", str(self.machine.config.age_threshold)))
        self.guardian_text.setText(self.kit_text("guardian_text"))
        self.name_label.setText(self.tr("Name of the parent or guardian"))
        self.agree_box.setText(self.tr("I am the parent or guardian and I agree"))
        self.decline_button.setText(self.tr("No, thank you"))
        self.agree_button.setText(self.tr("Continue"))
        self.keyboard.set_language(self.machine.language)

    def _update_buttons(self, *args) -> None:
        self.agree_button.setEnabled(bool(self.name.text().strip()) and self.agree_box.isChecked())

    def enter(self) -> None:
        self.name.edit.setFocus()

    def clear(self) -> None:
        self.name.clear()
        self.agree_box.setChecked(False)


class PreviewScreen(KioskScreen):
    """The live image in the campaign frame; during the countdown the 3-2-1 is drawn over it."""

    screens = (Screen.PREVIEW, Screen.COUNTDOWN)

    def __init__(self, window) -> None:
        super().__init__(window)
        layout = QHBoxLayout(self)
        _margins(layout, window)
        self.view = ImageView(self)
        self.view.setObjectName("live-view")
        layout.addWidget(self.view, 3)
        side = QVBoxLayout()
        side.setSpacing(window.unit)
        self.hint = wrapped_label(name="heading")
        self.hint2 = wrapped_label(name="body")
        self.shoot_button = big_button("", "shoot", self)
        self.shoot_button.clicked.connect(self.machine.take_photo)
        self.stop_button = big_button("", "quiet", self)
        self.stop_button.clicked.connect(self.machine.cancel)
        side.addStretch(1)
        side.addWidget(self.hint)
        side.addWidget(self.hint2)
        side.addSpacing(window.unit)
        side.addWidget(self.shoot_button)
        side.addStretch(2)
        side.addWidget(self.stop_button)
        layout.addLayout(side, 2)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Look at the camera and smile!"))
        self.hint2.setText(self.tr("You appear as in a mirror. The photo itself will not be mirrored."))
        self.shoot_button.setText(self.tr("Take my photo"))
        self.stop_button.setText(self.tr("Stop"))

    def enter(self) -> None:
        counting = self.machine.state == Screen.COUNTDOWN
        self.view.set_overlay_text(str(self.machine.countdown_left) if counting else "")
        self.shoot_button.setEnabled(not counting)
        self.stop_button.setEnabled(not counting)

    def show_frame(self, image: QImage) -> None:
        if self.machine.state in self.screens:
            self.window_.update_overlay()  # the view may have been laid out since: compose at its size
            self.view.set_image(image)

    def clear(self) -> None:
        self.view.clear()


class ReviewScreen(KioskScreen):
    screens = (Screen.REVIEW,)

    def __init__(self, window) -> None:
        super().__init__(window)
        layout = QHBoxLayout(self)
        _margins(layout, window)
        self.view = ImageView(self)
        self.view.setObjectName("still-view")
        layout.addWidget(self.view, 3)
        side = QVBoxLayout()
        side.setSpacing(window.unit)
        self.question = wrapped_label(name="heading")
        self.retake_button = big_button("", "secondary", self)
        self.retake_button.clicked.connect(self.machine.retake)
        self.keep_button = big_button("", "primary", self)
        self.keep_button.clicked.connect(self.machine.keep)
        side.addStretch(1)
        side.addWidget(self.question)
        side.addSpacing(window.unit)
        side.addWidget(self.keep_button)
        side.addWidget(self.retake_button)
        side.addStretch(2)
        layout.addLayout(side, 2)

    def retranslate(self) -> None:
        self.question.setText(self.tr("Do you like this photo?"))
        self.retake_button.setText(self.tr("Take it again"))
        self.keep_button.setText(self.tr("Keep this photo"))

    def enter(self) -> None:
        draft = self.machine.draft
        if draft is None or draft.photo is None:
            self.view.clear()
            return
        self.view.set_image(rgb_image(self.window_.still(draft.photo, "…")))

    def clear(self) -> None:
        self.view.clear()


class MessageScreen(KioskScreen):
    screens = (Screen.MESSAGE,)

    def __init__(self, window) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        _margins(layout, window)
        top = QHBoxLayout()
        top.setSpacing(window.unit * 2)
        self.view = ImageView(self)
        self.view.setObjectName("message-view")
        self.view.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.view.setMinimumWidth(window.unit * 14)
        top.addWidget(self.view, 2)
        right = QVBoxLayout()
        right.setSpacing(window.unit // 2)
        self.prompt = wrapped_label(name="body")
        right.addWidget(self.prompt)
        line = QHBoxLayout()
        self.prefix = QLabel(self)
        self.prefix.setObjectName("message-prefix")
        self.message = TextEntry(self, self.machine.max_message_length)
        self.message.edit.setObjectName("entry")
        self.suffix = QLabel(self)
        self.suffix.setObjectName("message-prefix")
        line.addWidget(self.prefix)
        line.addWidget(self.message, 1)
        line.addWidget(self.suffix)
        right.addLayout(line)
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        right.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTrailing)
        self.suggestions = QHBoxLayout()
        self.suggestions.setSpacing(window.unit // 2)
        right.addLayout(self.suggestions)
        names = QHBoxLayout()
        self.name_label = QLabel(self)
        self.name_label.setObjectName("small")
        self.name = TextEntry(self, 40)
        self.name.edit.setObjectName("entry-small")
        names.addWidget(self.name_label)
        names.addWidget(self.name, 1)
        right.addLayout(names)
        top.addLayout(right, 5)
        layout.addLayout(top, 2)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(lambda text: self._target().insert(text))
        self.keyboard.backspace.connect(lambda: self._target().backspace())
        layout.addWidget(self.keyboard, 3)
        self.retake_button = big_button("", "secondary", self)
        self.retake_button.clicked.connect(self.machine.retake)
        self.done_button = big_button("", "primary", self)
        self.done_button.clicked.connect(self._done)
        layout.addLayout(self.bottom_bar(self.retake_button, self.done_button))
        self.message.edit.textChanged.connect(self._changed)
        self._focus = self.message
        self.message.edit.installEventFilter(self)
        self.name.edit.installEventFilter(self)
        self._preview_timer = QTimer(self, singleShot=True, interval=250, timeout=self._update_preview)
        self._suggestion_buttons: list[QPushButton] = []
        self._changed()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn:
            self._focus = self.name if obj is self.name.edit else self.message
        return False

    def _target(self) -> TextEntry:
        return self._focus

    def retranslate(self) -> None:
        lang = self.machine.language
        template = self.kit_text("message_template")
        before, _, after = template.partition("{message}")
        self.prefix.setText(before.strip())
        self.suffix.setText(after.strip())
        self.prompt.setText(self.kit_text("message_prompt"))
        self.name_label.setText(self.tr("Your first name or a nickname (optional)"))
        self.retake_button.setText(self.tr("Take the photo again"))
        self.done_button.setText(self.tr("Done"))
        for button in self._suggestion_buttons:
            self.suggestions.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self._suggestion_buttons = []
        for text in self.window_.kit.suggestions(lang):
            button = big_button(text, "chip", self)
            button.clicked.connect(lambda _=False, t=text: self._suggest(t))
            self.suggestions.addWidget(button)
            self._suggestion_buttons.append(button)
        self.keyboard.set_language(lang)
        self._changed()

    def _suggest(self, text: str) -> None:
        self.message.set_text(text)
        self.message.edit.setFocus()

    def _changed(self, *args) -> None:
        count = grapheme_count(" ".join(self.message.text().split()))
        limit = self.machine.max_message_length
        self.counter.setText(self.tr("%1 / %2 characters").replace("%1", str(count)).replace("%2", str(limit)))
        self.counter.setProperty("full", count >= limit)
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)
        self.done_button.setEnabled(count > 0)
        self._preview_timer.start()

    def _update_preview(self) -> None:
        draft = self.machine.draft
        if self.machine.state != Screen.MESSAGE or draft is None or draft.photo is None:
            return
        self.view.set_image(rgb_image(self.window_.still(draft.photo, self.message.text() or "…", small=True)))

    def _done(self) -> None:
        self.machine.submit(self.message.text(), self.name.text())

    def enter(self) -> None:
        self.message.edit.setFocus()
        self._focus = self.message
        self._update_preview()

    def clear(self) -> None:
        self._preview_timer.stop()
        self.message.clear()
        self.name.clear()
        self.view.clear()


class SavingScreen(KioskScreen):
    screens = (Screen.SAVING,)

    def __init__(self, window) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        _margins(layout, window)
        self.label = wrapped_label(name="heading")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Saving your portrait…"))


class ThankYouScreen(KioskScreen):
    screens = (Screen.THANK_YOU,)

    def __init__(self, window) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        _margins(layout, window)
        self.thanks = wrapped_label(name="attract-title")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_steps = wrapped_label(name="body")
        self.next_steps.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hashtags = wrapped_label(name="attract-tagline")
        self.hashtags.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_button = big_button("", "primary", self)
        self.finish_button.clicked.connect(self.machine.finish)
        layout.addStretch(2)
        layout.addWidget(self.thanks)
        layout.addWidget(self.next_steps)
        layout.addWidget(self.hashtags)
        layout.addStretch(1)
        layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def retranslate(self) -> None:
        self.thanks.setText(self.kit_text("thank_you"))
        self.next_steps.setText(self.tr("The city's team will look at your portrait before it is published. "
                                        "To withdraw your consent later, ask at this desk."))
        self.hashtags.setText("  ".join(self.window_.kit.hashtags))
        self.finish_button.setText(self.tr("Finish"))


class NoCameraScreen(KioskScreen):
    screens = (Screen.NO_CAMERA,)

    def __init__(self, window) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        _margins(layout, window)
        self.title = wrapped_label(name="attract-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = wrapped_label(name="body")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stop_button = big_button("", "quiet", self)
        self.stop_button.clicked.connect(self.machine.cancel)
        self.staff_button = big_button("", "staff", self)
        self.staff_button.clicked.connect(window.ask_pin)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(2)
        layout.addLayout(self.bottom_bar(self.stop_button, self.staff_button))

    def retranslate(self) -> None:
        self.title.setText(self.tr("The camera is not available at the moment"))
        self.body.setText(self.tr("Please tell a member of staff. The kiosk goes on by itself as soon as the "
                                  "camera is back."))
        self.stop_button.setText(self.tr("Stop"))
        self.staff_button.setText(self.tr("Staff"))

    def enter(self) -> None:
        self.stop_button.setVisible(self.machine.draft is not None)
