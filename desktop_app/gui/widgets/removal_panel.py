"""Guided removal: what is being removed, progress, and the person's steps when blocked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.widgets.common import named, plain_label


class RemovalPanel(QFrame):
    check_again_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removal_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plain_label()  # read by its text: no fixed accessible name
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.steps = plain_label()
        self.check_again = QPushButton()
        self.check_again.clicked.connect(self.check_again_clicked)
        self.retranslate()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addWidget(self.steps)
        layout.addLayout(buttons)
        self.setVisible(False)

    def retranslate(self) -> None:
        named(self.progress, self.tr("Removal progress"))
        self.progress.setFormat(self.tr("%v of %m apps"))
        self.check_again.setText(self.tr("Check again"))
        named(
            self.check_again,
            self.tr("Check again"),
            self.tr("Read the phone again after the steps were done"),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_progress(self, text: str, done: int = 0, total: int = 0) -> None:
        """Busy with text; with a total, how many of the apps are done (0 of 3, 1 of 3...)."""
        self.title.setText(text)
        self.progress.setRange(0, total if total > 1 else 0)
        if total > 1:
            self.progress.setValue(done)
        self.progress.setTextVisible(total > 1)
        self.progress.setVisible(True)
        self.steps.setVisible(False)
        self.check_again.setVisible(False)
        self.setVisible(True)

    def show_outcome(self, text: str) -> None:
        self.title.setText(text)
        self.progress.setVisible(False)
        self.steps.setVisible(False)
        self.check_again.setVisible(False)
        self.setVisible(True)

    def show_steps(self, title: str, steps: list[str]) -> None:
        self.title.setText(title)
        self.progress.setVisible(False)
        self.steps.setText("\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1)))
        self.steps.setVisible(True)
        self.check_again.setVisible(True)
        self.setVisible(True)
