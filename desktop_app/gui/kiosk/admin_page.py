"""Staff only: the PIN that closes the kiosk (reached by a long press on the logo)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.page import KioskPage

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow


class AdminPage(KioskPage):
    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.explain = style.text()
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(12)
        self.field.returnPressed.connect(self._submit)
        self.message = style.text(role="banner")
        self.message.hide()
        self.column.addWidget(self.explain)
        self.column.addWidget(self.field)
        keypad = QGridLayout()
        for index, digit in enumerate("123456789"):
            key = style.button(digit)
            key.setMinimumWidth(96)
            key.clicked.connect(lambda _c=False, d=digit: self.field.insert(d))
            keypad.addWidget(key, index // 3, index % 3)
        zero = style.button("0")
        zero.clicked.connect(lambda: self.field.insert("0"))
        keypad.addWidget(zero, 3, 1)
        self.erase_button = style.button("⌫")
        self.erase_button.clicked.connect(self.field.backspace)
        keypad.addWidget(self.erase_button, 3, 2)
        self.column.addLayout(keypad)
        self.column.addWidget(self.message)
        self.column.addWidget(style.spacer())
        self.cancel_button = style.button()
        self.cancel_button.clicked.connect(self.cancelled)
        self.exit_button = style.button(primary=True)
        self.exit_button.clicked.connect(self._submit)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.exit_button)

    def _submit(self) -> None:
        pin = self.field.text()
        self.field.clear()
        self.pin_entered.emit(pin)

    def say(self, words: str) -> None:
        style.banner(self.message, "✗ " + words, "bad")
        self.message.setVisible(bool(words))

    def reset(self) -> None:
        self.field.clear()
        self.message.hide()

    def show_flow(self, flow: KioskFlow) -> None:
        style.set_text(self.title, self.tr("Staff only"))
        style.set_text(self.explain, self.tr("Enter the kiosk PIN to close the kiosk."))
        self.field.setAccessibleName(self.tr("Kiosk PIN"))
        self.erase_button.setAccessibleName(self.tr("Erase the last digit"))
        style.set_button_text(self.cancel_button, self.tr("Back"))
        style.set_button_text(self.exit_button, self.tr("Close the kiosk"))

    def first_focus(self) -> QWidget | None:
        return self.field
