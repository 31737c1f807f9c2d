"""Result: compliant, or each flagged app with the policy's reason and deadline, or what to unlock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.core.kiosk import localized, profiles_to_unlock
from desktop_app.core.models import Verdict
from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.page import KioskPage, clear
from desktop_app.gui.kiosk.words import app_in_profile
from desktop_app.gui.locale_text import zoned_time
from desktop_app.gui.wording import profile_names

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow

_TONES = {
    Verdict.COMPLIANT: "good",
    Verdict.ACTION_REQUIRED: "warn",
    Verdict.NONCOMPLIANT: "bad",
    Verdict.INCONCLUSIVE: "warn",
}


class ResultPage(KioskPage):
    remove_requested = Signal()
    check_again = Signal()
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.verdict = style.text(role="banner")
        self.column.addWidget(self.verdict)
        self.details = QVBoxLayout()
        self.details.setSpacing(14)
        self.column.addLayout(self.details)
        self.column.addWidget(style.spacer())
        self.done_button = style.button()
        self.done_button.clicked.connect(self.finished)
        self.again_button = style.button()
        self.again_button.clicked.connect(self.check_again)
        self.remove_button = style.button(primary=True)
        self.remove_button.clicked.connect(self.remove_requested)
        self.buttons.addWidget(self.done_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.again_button)
        self.buttons.addWidget(self.remove_button)

    def show_flow(self, flow: KioskFlow) -> None:
        session = flow.session
        clear(self.details)
        style.set_text(self.title, self.tr("Result of the check"))
        if session is None or session.outcome is None:
            return
        report = session.outcome.report
        verdict = report.verdict
        style.banner(self.verdict, self.headline(verdict), _TONES[verdict])
        removable = flow.removable()
        names = profile_names(session.outcome.inventory.profiles)
        for finding in removable:
            self.details.addWidget(style.text("• " + app_in_profile(finding, names)))
            reason = localized(finding.reason, flow.language)
            if reason:
                self.details.addWidget(style.text(reason, role="subtle"))
        if removable and report.deadline is not None:
            when = zoned_time(report.deadline, QLocale(flow.language), weekday=True)
            if verdict is Verdict.ACTION_REQUIRED:
                line = self.tr("Remove them before %1, or your phone loses work mail.").replace("%1", when)
            else:
                line = self.tr("The deadline was %1: your phone no longer receives work mail.").replace(
                    "%1", when
                )
            self.details.addWidget(style.text(line))
        if verdict is Verdict.INCONCLUSIVE:
            for profile in profiles_to_unlock(session.outcome.inventory):
                name = profile.name or self.tr("profile %1").replace("%1", str(profile.user))
                self.details.addWidget(
                    style.text(
                        "• "
                        + self.tr("Unlock “%1” on the phone (open it once and enter its code).").replace(
                            "%1", name
                        )
                    )
                )
            self.details.addWidget(
                style.text(
                    self.tr("A check that cannot read every profile cannot pass. Then tap Check again.")
                )
            )
        style.set_button_text(self.done_button, self.tr("Finish") if not removable else self.tr("Not now"))
        style.set_button_text(self.again_button, self.tr("Check again"))
        count = len(removable)
        style.set_button_text(self.remove_button, self.tr("Remove %n app(s)", "", count))
        self.remove_button.setVisible(bool(removable))
        self.again_button.setVisible(verdict is Verdict.INCONCLUSIVE)

    def headline(self, verdict: Verdict) -> str:
        if verdict is Verdict.COMPLIANT:
            return "✓ " + self.tr("Your phone meets the policy. Nothing to do.")
        if verdict is Verdict.ACTION_REQUIRED:
            return "! " + self.tr("Action needed: your phone has apps the policy bans.")
        if verdict is Verdict.NONCOMPLIANT:
            return "✗ " + self.tr("Not compliant: apps the policy bans block your work mail.")
        return "? " + self.tr("Not finished: part of your phone could not be read.")

    def first_focus(self) -> QWidget | None:
        if self.remove_button.isVisible():
            return self.remove_button
        return self.again_button if self.again_button.isVisible() else self.done_button
