"""Connect: what to do on the phone right now, in words and with a drawing, as the phone answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop_app.core.models import Platform
from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.flow import ConnectState
from desktop_app.gui.kiosk.page import KioskPage

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow

_PICTURES = {
    ConnectState.PLUG_IN: "plug-in",
    ConnectState.TWO_PHONES: "unplug-one",
    ConnectState.ALLOW: "android-allow",
    ConnectState.TRUST: "iphone-trust",
    ConnectState.TRUST_REFUSED: "iphone-trust-refused",
    ConnectState.LOCKED: "phone-locked",
    ConnectState.BUSY: "phone-problem",
    ConnectState.UNPLUGGED: "plug-in",
    ConnectState.PROBLEM: "phone-problem",
    ConnectState.STARTING: "plug-in",
}


class ConnectPage(KioskPage):
    retry = Signal()
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout()
        row.setSpacing(32)
        self.picture = style.illustration("plug-in")
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        self.headline = style.text()
        self.steps = style.text()
        self.second_steps = style.text()
        for widget in (self.headline, self.steps, self.second_steps):
            words.addWidget(widget)
        words.addStretch(1)
        row.addLayout(words, 1)
        self.column.addLayout(row)
        self.column.addWidget(style.spacer())
        self.cancel_button = style.button()
        self.cancel_button.clicked.connect(self.cancelled)
        self.retry_button = style.button(primary=True)
        self.retry_button.clicked.connect(self.retry)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.retry_button)
        self.state = ConnectState.PLUG_IN

    def show_flow(self, flow: KioskFlow) -> None:
        self.state = state = flow.connect_state()
        session = flow.session
        platform = session.platform if session is not None else None
        style.show_illustration(self.picture, _PICTURES[state])
        title, headline, steps, second = self._words(state, platform)
        style.set_text(self.title, title)
        style.set_text(self.headline, headline)
        style.set_text(self.steps, steps)
        style.set_text(self.second_steps, second)
        self.second_steps.setVisible(bool(second))
        self.picture.setAccessibleName(headline)
        style.set_button_text(self.cancel_button, self.tr("Start over"))
        style.set_button_text(self.retry_button, self.tr("Try again"))
        self.retry_button.setVisible(state is ConnectState.PROBLEM)

    def _words(self, state: ConnectState, platform: Platform | None) -> tuple[str, str, str, str]:
        """(title, what is happening, what to do, more steps)."""
        if state is ConnectState.TWO_PHONES:
            return (
                self.tr("One phone at a time"),
                self.tr("Two phones are plugged in."),
                self.tr("Unplug the phone that is not yours. The check starts when only one phone is left."),
                "",
            )
        if state is ConnectState.ALLOW:
            return (
                self.tr("Allow the check on your phone"),
                self.tr("Your phone asks “Allow USB debugging?”."),
                self.tr("Unlock the phone and tap Allow. Leave “Always allow from this computer” unticked."),
                self.tr(
                    "No question on the phone? Unplug it and plug it in again. If you tapped Deny, do the same."
                ),
            )
        if state is ConnectState.TRUST:
            return (
                self.tr("Trust this computer on your iPhone"),
                self.tr("Your iPhone asks “Trust This Computer?”."),
                self.tr("Unlock the iPhone, tap Trust, then enter your iPhone passcode."),
                self.tr("No question on the iPhone? Unplug it, unlock it and plug it in again."),
            )
        if state is ConnectState.TRUST_REFUSED:
            return (
                self.tr("Your iPhone said “Don’t Trust”"),
                self.tr("The iPhone refused this computer, so it cannot be checked."),
                self.tr(
                    "On the iPhone, open Settings > General > Transfer or Reset iPhone > Reset > "
                    "Reset Location & Privacy. Then unplug it, plug it in again and tap Trust."
                ),
                "",
            )
        if state is ConnectState.LOCKED:
            return (
                self.tr("Unlock your phone"),
                self.tr("Your phone is locked, so its apps cannot be read."),
                self.tr("Unlock it with your passcode and keep it unlocked until the check is over."),
                "",
            )
        if state is ConnectState.BUSY:
            return (
                self.tr("The phone is held by another program"),
                self.tr("Another program on this kiosk is using the phone."),
                self.tr("Unplug the phone and plug it in again. If this happens again, ask the helpdesk."),
                "",
            )
        if state is ConnectState.PROBLEM:
            return (
                self.tr("The phone did not answer"),
                self.tr("Something went wrong while talking to the phone. Nothing was recorded."),
                self.tr(
                    "Check the cable, unlock the phone and tap Try again. Or unplug it and plug it in again."
                ),
                "",
            )
        if state is ConnectState.UNPLUGGED:
            return (
                self.tr("The phone was unplugged"),
                self.tr("The phone was unplugged before the check finished. Nothing was recorded."),
                self.tr("Plug it in again to start the check again."),
                "",
            )
        if state is ConnectState.STARTING:
            return (
                self.tr("Phone found"),
                self.tr("Your phone answered. The check starts now."),
                self.tr("Keep the phone plugged in and unlocked."),
                "",
            )
        android = self.tr(
            "Android: open Settings > About phone and tap Build number 7 times. Then open "
            "Settings > System > Developer options and turn on USB debugging. Plug the phone in."
        )
        iphone = self.tr("iPhone: unlock it and plug it in. It will ask whether to trust this computer.")
        if platform is Platform.IOS:
            android = ""
        return (
            self.tr("Plug in your phone"),
            self.tr("Plug your phone into the USB cable of this kiosk."),
            android,
            iphone,
        )

    def first_focus(self) -> QWidget | None:
        return self.retry_button if self.retry_button.isVisible() else self.cancel_button
