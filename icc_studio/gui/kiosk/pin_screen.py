"""The staff PIN pad: the only way out of the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ...core.kiosk.pin import MAX_DIGITS, PinLocked
from .widgets import big_button, wrapped_label


class PinScreen(QWidget):
    """Digits, backspace, OK, cancel. Five wrong PINs lock it for a minute (the core's ``PinGuard``).
    It closes by itself after 30 s without a touch."""

    TIMEOUT_MS = 30_000

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("screen-staff")
        self.window_ = window
        layout = QVBoxLayout(self)
        unit = window.unit
        layout.setContentsMargins(unit * 2, unit, unit * 2, unit)
        self.heading = wrapped_label(name="heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display = QLineEdit(self)
        self.display.setObjectName("pin-display")
        self.display.setEchoMode(QLineEdit.EchoMode.Password)
        self.display.setReadOnly(True)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.display.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.status = wrapped_label(name="pin-status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(unit // 2)
        self.digit_buttons = {}
        for index, digit in enumerate("123456789"):
            button = big_button(digit, "pin-key", self)
            button.clicked.connect(lambda _=False, d=digit: self.press(d))
            grid.addWidget(button, index // 3, index % 3)
            self.digit_buttons[digit] = button
        self.back_button = big_button("⌫", "pin-key", self)
        self.back_button.clicked.connect(lambda: self.display.backspace() or self._touched())
        zero = big_button("0", "pin-key", self)
        zero.clicked.connect(lambda: self.press("0"))
        self.digit_buttons["0"] = zero
        self.ok_button = big_button("OK", "pin-key", self)
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.back_button, 3, 0)
        grid.addWidget(zero, 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        pad = QWidget(self)
        pad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # digits keep their place in every language
        pad.setLayout(grid)
        pad.setFixedWidth(unit * 18)
        self.cancel_button = big_button("", "quiet", self)
        self.cancel_button.clicked.connect(self.window_.close_pin)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.display, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status)
        layout.addWidget(pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.display.setFixedWidth(unit * 18)
        self.timer = QTimer(self, singleShot=True, interval=self.TIMEOUT_MS, timeout=self.window_.close_pin)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff only: enter the PIN to leave the kiosk"))
        self.cancel_button.setText(self.tr("Cancel"))

    def open(self) -> None:
        self.display.clear()
        self.status.clear()
        self._touched()

    def _touched(self) -> None:
        self.timer.start()

    def press(self, digit: str) -> None:
        if len(self.display.text()) < MAX_DIGITS:
            self.display.setText(self.display.text() + digit)
        self._touched()

    def submit(self) -> None:
        self._touched()
        pin, _ = self.display.text(), self.display.clear()
        try:
            ok = self.window_.pin_guard.check(pin)
        except PinLocked as exc:
            self.status.setText(self.tr("Too many wrong PINs. Try again in %1 s.")
                                .replace("%1", str(exc.params["seconds"])))
            return
        if ok:
            self.timer.stop()
            self.window_.unlock()
        else:
            self.status.setText(self.tr("Wrong PIN."))

    def clear(self) -> None:
        self.timer.stop()
        self.display.clear()
        self.status.clear()
