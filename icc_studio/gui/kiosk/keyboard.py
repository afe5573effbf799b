"""An on-screen keyboard for touch screens, in the layout of the resident's language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...core.kiosk.keyboards import KeyboardLayout, keyboard_for


class OnScreenKeyboard(QWidget):
    """Keys never take the focus, so the text field being typed into keeps it."""

    typed = Signal(str)
    backspace = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.layout_data: KeyboardLayout | None = None
        self.shifted = False
        self._keys: list[QPushButton] = []
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(6)
        self.space_key: QPushButton | None = None
        self.shift_key: QPushButton | None = None
        self.set_language("en")

    def set_language(self, language: str) -> None:
        layout = keyboard_for(language)
        if layout == self.layout_data:
            return
        self.layout_data = layout
        self.shifted = False
        while self._box.count():
            item = self._box.takeAt(0)
            if item.layout():
                while item.layout().count():
                    child = item.layout().takeAt(0)
                    widget = child.widget()
                    if widget is not None:
                        widget.hide()
                        widget.setParent(None)
                        widget.deleteLater()
        self._keys = []
        for row in layout.rows:
            line = QHBoxLayout()
            line.setSpacing(6)
            for key in row:
                line.addWidget(self._key(key, lambda _=False, k=key: self._type(k)))
            self._box.addLayout(line)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        self.shift_key = None
        if layout.shift:
            self.shift_key = self._key("⇧", self._toggle_shift, "kbd-special")
            bottom.addWidget(self.shift_key, 1)
        self.space_key = self._key(" ", lambda: self.typed.emit(" "), "kbd-space")
        bottom.addWidget(self.space_key, 5)
        back = self._key("⌫", self.backspace.emit, "kbd-special")
        back.setObjectName("kbd-backspace")
        bottom.addWidget(back, 1)
        self._box.addLayout(bottom)

    def _key(self, label: str, slot, name: str = "kbd-key") -> QPushButton:
        button = QPushButton(label, self)
        button.setObjectName(name)
        button.setProperty("key", label)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRepeat(label == "⌫")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(slot)
        if name == "kbd-key":
            self._keys.append(button)
        return button

    def _type(self, key: str) -> None:
        self.typed.emit(_upper(key) if self.shifted else key)
        if self.shifted:
            self._toggle_shift()

    def _toggle_shift(self) -> None:
        self.shifted = not self.shifted
        for button in self._keys:
            key = button.property("key")
            button.setText(_upper(key) if self.shifted else key)
        if self.shift_key is not None:
            self.shift_key.setProperty("active", self.shifted)
            self.shift_key.style().unpolish(self.shift_key)
            self.shift_key.style().polish(self.shift_key)

    def key_button(self, key: str) -> QPushButton | None:
        """The button of ``key`` (for tests)."""
        return next((b for b in self._keys if b.property("key") == key), None)


def _upper(key: str) -> str:
    """The capital of a key, where it is one character (``ß`` stays ``ß``)."""
    upper = key.upper()
    return upper if len(upper) == len(key) else key
