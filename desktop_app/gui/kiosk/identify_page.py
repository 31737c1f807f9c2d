"""Identify (only when the config asks): the work address or employee number the mail message names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.page import KioskPage

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow


class IdentifyPage(KioskPage):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.explain = style.text()
        self.field = QLineEdit()
        self.field.setMaxLength(200)
        self.field.returnPressed.connect(self._submit)
        self.field.textEdited.connect(self._on_field_text_edited)
        self.example = style.text(role="subtle")
        self.error = style.text(role="banner")
        self.error.hide()
        for widget in (self.explain, self.field, self.example, self.error):
            self.column.addWidget(widget)
        self.column.addWidget(style.spacer())
        self.cancel_button = style.button()
        self.cancel_button.clicked.connect(self.cancelled)
        self.continue_button = style.button(primary=True)
        self.continue_button.clicked.connect(self._submit)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.continue_button)
        self._example = ""
        self._asks_email = True

    def _submit(self) -> None:
        self.submitted.emit(self.field.text())

    def _on_field_text_edited(self, _text: str) -> None:
        self.error.hide()

    def forget(self) -> None:
        """The next person starts with an empty field: nothing the last one typed stays on screen."""
        self.field.clear()
        self.error.hide()

    def show_invalid(self) -> None:
        if self._asks_email:
            words = self.tr("This is not a work email address.")
        else:
            words = self.tr("This is not an employee number.")
        if self._example:
            words += " " + self.tr("Type it like this: %1").replace("%1", self._example)
        style.banner(self.error, "⚠ " + words, "bad")
        self.error.show()
        self.field.setFocus()

    def show_flow(self, flow: KioskFlow) -> None:
        settings = flow.settings
        self._asks_email = settings.identify == "email"
        self._example = settings.identify_example
        if flow.step.value != "identify":
            self.forget()
        if self._asks_email:
            style.set_text(self.title, self.tr("Your work email address"))
            style.set_text(
                self.explain,
                self.tr("The message that restores your mail access is sent for this address."),
            )
            self.field.setAccessibleName(self.tr("Work email address"))
        else:
            style.set_text(self.title, self.tr("Your employee number"))
            style.set_text(
                self.explain,
                self.tr("The message that restores your mail access names this employee number."),
            )
            self.field.setAccessibleName(self.tr("Employee number"))
        example = self.tr("For example: %1").replace("%1", self._example) if self._example else ""
        style.set_text(self.example, example)
        self.example.setVisible(bool(example))
        style.set_button_text(self.cancel_button, self.tr("Start over"))
        style.set_button_text(self.continue_button, self.tr("Continue"))

    def first_focus(self) -> QWidget | None:
        return self.field
