"""The verdict in words and colour (the words carry the meaning; the colour only helps)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from desktop_app.gui.palette import tinted_background
from desktop_app.gui.widgets.common import plain_label


class VerdictBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict_banner")
        self.setAccessibleName("Verdict")
        self.headline = plain_label(name="Verdict headline")
        font = self.headline.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = plain_label(name="Verdict detail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)

    def show_verdict(self, headline: str, detail: str, colour: str) -> None:
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        background = tinted_background(colour).name()
        self.setStyleSheet(
            f"QFrame#verdict_banner {{ background: {background}; border-left: 6px solid {colour};"
            " border-radius: 4px; }"
        )
        self.setVisible(True)
