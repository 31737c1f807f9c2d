"""Removal: only the apps the policy flags, after a confirmation; the phone's own steps when it refuses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.core.models import Verdict
from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.page import KioskPage, clear
from desktop_app.gui.kiosk.words import app_in_profile, app_name
from desktop_app.gui.removal_steps import steps_for
from desktop_app.gui.wording import profile_names

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow


class RemovalPage(KioskPage):
    confirmed = Signal()
    back = Signal()
    check_again = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.headline = style.text(role="banner")
        self.column.addWidget(self.headline)
        self.details = QVBoxLayout()
        self.details.setSpacing(12)
        self.column.addLayout(self.details)
        self.column.addWidget(style.spacer())
        self.back_button = style.button()
        self.back_button.clicked.connect(self.back)
        self.again_button = style.button(primary=True)
        self.again_button.clicked.connect(self.check_again)
        self.confirm_button = style.button(primary=True)
        self.confirm_button.clicked.connect(self.confirmed)
        self.buttons.addWidget(self.back_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.again_button)
        self.buttons.addWidget(self.confirm_button)

    def show_flow(self, flow: KioskFlow) -> None:
        removal = flow.removal
        clear(self.details)
        session = flow.session
        outcome = session.outcome if session is not None else None
        names = profile_names(outcome.inventory.profiles) if outcome is not None else {}
        style.set_button_text(self.back_button, self.tr("Back"))
        style.set_button_text(self.again_button, self.tr("Check again"))
        style.set_button_text(self.confirm_button, self.tr("Remove"))
        self.again_button.hide()
        self.confirm_button.hide()
        self.back_button.setEnabled(removal.running is None)
        if not removal.confirmed:
            apps = flow.removable()
            style.set_text(self.title, self.tr("Remove %n app(s) from your phone?", "", len(apps)))
            style.banner(
                self.headline,
                self.tr("Their data on the phone is deleted too. Nothing else is touched."),
                "info",
            )
            for finding in apps:
                self.details.addWidget(style.text("• " + app_in_profile(finding, names)))
            self.confirm_button.setVisible(bool(apps))
            return
        if removal.running is not None:
            name = app_name(removal.running)
            style.set_text(self.title, self.tr("Removing apps…"))
            style.banner(
                self.headline, self.tr("Removing %1. Keep the phone plugged in.").replace("%1", name), "info"
            )
            return
        style.set_text(self.title, self.tr("Some apps are still on your phone"))
        if removal.refused:
            style.banner(
                self.headline,
                "! " + self.tr("Your phone refused to remove these apps. Here is what to do:"),
                "warn",
            )
        else:
            style.banner(
                self.headline,
                "! " + self.tr("The phone still has apps the policy bans. Remove them yourself:"),
                "warn",
            )
        policy = flow.hub.policy
        refused = {f.app_id: results for f, results in removal.refused}
        remaining = flow.removable() or [f for f, _ in removal.refused]
        for finding in remaining:
            self.details.addWidget(style.text("• " + app_in_profile(finding, names)))
            for step in steps_for(finding, policy, refused.get(finding.app_id, ()), flow.language):
                line = style.text(step, role="subtle")
                line.setContentsMargins(28, 0, 0, 0)
                self.details.addWidget(line)
        verdict = outcome.report.verdict if outcome is not None else None
        self.again_button.setVisible(verdict is not Verdict.COMPLIANT)

    def first_focus(self) -> QWidget | None:
        for candidate in (self.confirm_button, self.again_button):
            if candidate.isVisible():
                return candidate
        return self.back_button
