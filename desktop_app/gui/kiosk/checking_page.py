"""Checking: the phone is being read, in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QProgressBar

from desktop_app.gui.kiosk import style
from desktop_app.gui.kiosk.page import KioskPage

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow


class CheckingPage(KioskPage):
    def __init__(self) -> None:
        super().__init__()
        self.picture = style.illustration("checking")
        self.now = style.text()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.keep = style.text(role="subtle")
        for widget in (self.picture, self.now, self.bar, self.keep):
            self.column.addWidget(widget)
        self.column.addWidget(style.spacer())

    def show_flow(self, flow: KioskFlow) -> None:
        session = flow.session
        progress = session.progress if session is not None else None
        style.set_text(self.title, self.tr("Checking your phone…"))
        if progress is not None and progress[1] > 0:
            done, total = progress[0], progress[1]
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            now = self.tr("Reading the list of apps on your phone: step %1 of %2.")
            now = now.replace("%1", str(min(done + 1, total))).replace("%2", str(total))
        elif progress is not None and progress[0] == progress[1] == 1:
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
            now = self.tr("Comparing your apps with the company policy.")
        else:
            self.bar.setRange(0, 0)  # busy: how long the phone takes is not known yet
            now = self.tr("Connecting to your phone and reading the list of apps.")
        style.set_text(self.now, now)
        self.bar.setAccessibleName(now)
        style.set_text(
            self.keep,
            self.tr("Keep the phone plugged in and unlocked. Nothing on it is changed during the check."),
        )
