"""Done: the result, the receipt reference and its QR code, mail access, whom to ask, and what to switch off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.kiosk import receipt_reference
from desktop_app.core.models import Platform, Verdict
from desktop_app.core.outcome_records import MailAccess, MailPhase, MailState
from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.page import KioskPage
from desktop_app.gui.kiosk.qr import qr_pixmap
from desktop_app.gui.mail_wording import mail_access_text

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow


class DonePage(KioskPage):
    finished = Signal()
    print_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.verdict = style.text(role="banner")
        self.column.addWidget(self.verdict)
        row = QHBoxLayout()
        row.setSpacing(32)
        words = QVBoxLayout()
        self.reference = style.text(selectable=True)
        self.person = style.text()  # whom the mail-access message names (kiosk.identify)
        self.mail = style.text()
        self.contact = style.text()
        for widget in (self.reference, self.person, self.mail, self.contact):
            words.addWidget(widget)
        words.addStretch(1)
        row.addLayout(words, 1)
        self.qr = QLabel()
        self.qr.setFixedSize(220, 220)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.column.addLayout(row)
        self.usb_reminder = style.text()
        self.usb_reminder.setProperty("role", "banner")
        self.usb_reminder.setProperty("tone", "info")
        self.forgotten = style.text(role="subtle")
        self.print_status = style.text()
        self.print_status.hide()
        self.column.addWidget(self.usb_reminder)
        self.column.addWidget(self.forgotten)
        self.column.addWidget(self.print_status)
        self.column.addWidget(style.spacer())
        self.print_button = style.button()
        self.print_button.clicked.connect(self.print_requested)
        self.finish_button = style.button(primary=True)
        self.finish_button.clicked.connect(self.finished)
        self.buttons.addWidget(self.print_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.finish_button)
        self.shown_reference = ""

    def show_flow(self, flow: KioskFlow) -> None:
        session = flow.session
        outcome = session.outcome if session is not None else None
        style.set_text(self.title, self.tr("All done"))
        verdict = outcome.report.verdict if outcome is not None else None
        if verdict is Verdict.COMPLIANT:
            style.banner(self.verdict, "✓ " + self.tr("Your phone meets the policy."), "good")
        else:
            style.banner(self.verdict, "✗ " + self.tr("Your phone does not meet the policy yet."), "bad")
        reference = receipt_reference(outcome.receipt if outcome is not None else None)
        self.shown_reference = reference
        if reference:
            style.set_text(self.reference, self.tr("Receipt reference: %1").replace("%1", reference))
            self.qr.setPixmap(qr_pixmap(reference))
            self.qr.setAccessibleName(self.tr("QR code of the receipt reference %1").replace("%1", reference))
        else:
            style.set_text(
                self.reference,
                self.tr("No receipt: a receipt is given only to a phone that meets the policy."),
            )
            self.qr.clear()
        self.qr.setVisible(bool(reference))
        self._show_person(flow)
        mail = self._mail_words(*flow.mail_access())
        style.set_text(self.mail, mail)
        policy = flow.hub.policy
        contact = policy.document.contact if policy is not None else None
        if contact is not None:
            how = " · ".join(part for part in (contact.email, contact.phone) if part)
            if how:
                line = self.tr("Questions? %1: %2").replace("%1", contact.name).replace("%2", how)
            else:
                line = self.tr("Questions? %1").replace("%1", contact.name)
        else:
            line = self.tr("Questions? Ask the IT helpdesk.")
        style.set_text(self.contact, line)
        if session is not None and session.platform is Platform.IOS:
            reminder = self.tr(
                "You can unplug your iPhone now. To remove this kiosk from the trusted computers: "
                "Settings > General > Transfer or Reset iPhone > Reset > Reset Location & Privacy."
            )
        else:
            reminder = self.tr(
                "You can unplug your phone now. Then turn USB debugging off: Settings > System > "
                "Developer options > Revoke USB debugging authorisations, and switch USB debugging off."
            )
        style.set_text(self.usb_reminder, reminder)
        if flow.settings.forget_phones:
            forgotten = self.tr("When you leave, this kiosk forgets your phone.")
        else:
            forgotten = ""
        style.set_text(self.forgotten, forgotten)
        self.forgotten.setVisible(bool(forgotten))
        style.set_button_text(self.print_button, self.tr("Print the receipt"))
        settings = flow.settings
        printable = settings.printer is not None or settings.print_folder is not None
        self.print_button.setVisible(bool(reference) and printable)
        if not reference:
            self.show_printing("")
        style.set_button_text(self.finish_button, self.tr("Finish"))

    def _show_person(self, flow: KioskFlow) -> None:
        """Whom the mail-access message names, when the kiosk asked (kiosk.identify)."""
        person = flow.person
        if person is None:
            named = ""
        elif person.kind == "email":
            named = self.tr("Work email: %1").replace("%1", person.value)
        else:
            named = self.tr("Employee number: %1").replace("%1", person.value)
        style.set_text(self.person, named)
        self.person.setVisible(bool(named))

    def show_printing(self, stage: str) -> None:
        """"printing", "printed", "failed", or "" (nothing printed in this visit)."""
        words = {
            "printing": self.tr("Printing the receipt…"),
            "printed": self.tr("The receipt was printed. Take it from the printer."),
            "failed": self.tr("The receipt could not be printed. Show this page to the helpdesk."),
        }.get(stage, "")
        style.set_text(self.print_status, words)
        self.print_status.setVisible(bool(words))
        self.print_button.setEnabled(stage != "printing")

    def _mail_words(self, access: MailAccess | None, official: bool, delivering: bool) -> str:
        """The outcome service's mail-access state, in the person's words."""
        phase = access.phase if access is not None else MailPhase.NOT_REQUESTED
        if phase is MailPhase.NOT_REQUESTED:
            if not official:
                return mail_access_text(access, official=False, delivering=delivering)
            return self.tr("Mail access: not requested. Remove the banned apps and check again.")
        if access is not None and access.state is MailState.NOT_COMPLIANT:
            return self.tr("Mail access: blocked until the banned apps are removed and the phone checked again.")
        if phase is MailPhase.CONFIRMED:
            return self.tr("Mail access: restored. The mail system confirmed it.")
        if phase is MailPhase.FAILED:
            return self.tr("Mail access: the request did not go through. Show this page to the helpdesk.")
        return self.tr("Mail access: requested. Your phone should receive work mail again within a few minutes.")

    def first_focus(self) -> QWidget | None:
        return self.finish_button
