"""Out of service: the kiosk refuses to run (no trusted policy); the person is sent away, IT reads why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.page import KioskPage

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow


class OutOfServicePage(KioskPage):
    def __init__(self) -> None:
        super().__init__()
        self.person = style.text(role="banner")
        self.for_it_heading = style.text(role="subtle")
        self.for_it = style.text(role="subtle", selectable=True)
        for widget in (self.person, self.for_it_heading, self.for_it):
            self.column.addWidget(widget)
        self.column.addWidget(style.spacer())

    def show_flow(self, flow: KioskFlow) -> None:
        style.set_text(self.title, self.tr("This kiosk is out of service"))
        style.banner(
            self.person,
            "✗ " + self.tr("Phones cannot be checked here right now. Please go to the IT helpdesk."),
            "bad",
        )
        style.set_text(self.for_it_heading, self.tr("For IT:"))
        style.set_text(self.for_it, flow.problem_for_it)
