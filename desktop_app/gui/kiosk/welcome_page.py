"""Welcome: what the kiosk is for, the language, and Start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop_app.core.languages import LANGUAGE_NAMES, SUPPORTED_LANGUAGES
from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.page import KioskPage

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow


class WelcomePage(KioskPage):
    language_chosen = Signal(str)
    started = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.intro = style.text()
        self.column.addWidget(self.intro)
        self.picture = style.illustration("plug-in")
        self.column.addWidget(self.picture)
        self.language_prompt = style.text(role="subtle")
        self.column.addWidget(self.language_prompt)
        row = QHBoxLayout()
        self.language_buttons = {}
        for language in SUPPORTED_LANGUAGES:
            choice = style.button()
            choice.setCheckable(True)
            choice.clicked.connect(lambda _checked=False, lang=language: self.language_chosen.emit(lang))
            self.language_buttons[language] = choice
            row.addWidget(choice)
        row.addStretch(1)
        self.column.addLayout(row)
        self.column.addWidget(style.spacer())
        self.start_button = style.button(primary=True)
        self.start_button.clicked.connect(self.started)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.start_button)

    def show_flow(self, flow: KioskFlow) -> None:
        current = flow.language
        style.set_text(self.title, self.tr("Check your phone for work mail"))
        style.set_text(
            self.intro,
            self.tr(
                "Your phone may read company mail only without the apps the company policy bans. "
                "This kiosk checks your phone and helps you remove them. It takes a few minutes."
            ),
        )
        style.set_text(self.language_prompt, self.tr("Language:"))
        for language, choice in self.language_buttons.items():
            chosen = language == current
            choice.setChecked(chosen)
            # The chosen language is marked in words (✓), not by colour alone.
            style.set_button_text(
                choice, f"✓ {LANGUAGE_NAMES[language]}" if chosen else LANGUAGE_NAMES[language]
            )
        style.set_button_text(self.start_button, self.tr("Start: plug in your phone"))

    def first_focus(self) -> QWidget | None:
        return self.start_button
