"""Notice and consent: what is read, what is never read, what is kept, who sees it. Nothing is read before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.kiosk import privacy_notice
from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.page import KioskPage

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow


class ConsentPage(KioskPage):
    accepted = Signal()
    declined = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.read_heading = style.text(role="subtle")
        self.read = style.text()
        self.never_heading = style.text(role="subtle")
        self.never = style.text()
        self.kept_heading = style.text(role="subtle")
        self.kept = style.text()
        self.detail_button = style.button()
        self.detail_button.setCheckable(True)
        self.detail_button.toggled.connect(self._on_detail_button_toggled)
        self.detail = style.text()
        self.detail.setProperty("role", "banner")
        self.detail.setProperty("tone", "info")
        self.detail.hide()
        for widget in (
            self.read_heading,
            self.read,
            self.never_heading,
            self.never,
            self.kept_heading,
            self.kept,
            self.detail_button,
            self.detail,
        ):
            self.column.addWidget(widget)
        self.column.addWidget(style.spacer())
        self.decline_button = style.button()
        self.decline_button.clicked.connect(self.declined)
        self.accept_button = style.button(primary=True)
        self.accept_button.clicked.connect(self.accepted)
        self.buttons.addWidget(self.decline_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.accept_button)

    def _on_detail_button_toggled(self, shown: bool) -> None:
        self.detail.setVisible(shown)

    def show_flow(self, flow: KioskFlow) -> None:
        policy = flow.hub.policy
        notice = privacy_notice(policy.document) if policy is not None else None
        days = notice.retention_days if notice else 90
        helpdesk = notice.contact.name if notice and notice.contact else self.tr("the IT helpdesk")
        style.set_text(self.title, self.tr("Before we look at your phone"))
        style.set_text(self.read_heading, self.tr("What the kiosk reads"))
        style.set_text(
            self.read,
            self.tr(
                "The list of apps installed on your phone, in every profile, personal ones included: "
                "their names, versions and where they came from. Also the phone’s model, serial number "
                "and system version."
            ),
        )
        style.set_text(self.never_heading, self.tr("What it never reads"))
        style.set_text(
            self.never,
            self.tr(
                "Your messages, photos, contacts, accounts, passwords, browsing, location, "
                "or anything inside an app."
            ),
        )
        style.set_text(self.kept_heading, self.tr("What is kept, and who sees it"))
        if notice is not None and notice.keeps_full_list:
            kept = self.tr(
                "The result, the phone’s model and serial number and the full list of its apps are kept "
                "for %n day(s).",
                "",
                days,
            )
        else:
            kept = self.tr(
                "The result, the phone’s model and serial number and the names of the apps the policy "
                "flags are kept for %n day(s). The list of your other apps is not kept.",
                "",
                days,
            )
        who = self.tr(
            "%1 sees them. The mail system learns only whether your phone may read work mail."
        ).replace("%1", helpdesk)
        style.set_text(self.kept, f"{kept} {who}")
        style.set_button_text(self.detail_button, self.tr("What can my company see?"))
        if notice is not None and notice.keeps_full_list:
            detail = self.tr(
                "Your company can see: the phone’s model, serial number and system version; the date and "
                "result of each check; the full list of apps, in each profile; the apps removed here."
            )
        else:
            detail = self.tr(
                "Your company can see: the phone’s model, serial number and system version; the date and "
                "result of each check; the names of the banned apps found and removed. It does not see "
                "the names of your other apps."
            )
        style.set_text(self.detail, detail)
        style.set_button_text(self.decline_button, self.tr("No, thanks"))
        style.set_button_text(self.accept_button, self.tr("I agree, check my phone"))
        if flow.step.value == "consent" and not self.isVisible():
            self.detail_button.setChecked(False)

    def first_focus(self) -> QWidget | None:
        return self.accept_button
