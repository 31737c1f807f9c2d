"""The verdict in words and colour (the words carry the meaning; the colour only helps).

The banner paints its own tint and edge: a style sheet set on every refresh made Qt re-polish
and re-lay-out the whole device page each time a scan reported progress."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from desktop_app.gui.palette import tinted_background
from desktop_app.gui.widgets.common import plain_label

EDGE = 6
RADIUS = 4.0


class VerdictBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict_banner")
        self.setAccessibleName(self.tr("Verdict"))  # the device page names its guidance banner itself

        self.headline = plain_label()  # read by its text: no fixed accessible name
        font = self.headline.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = plain_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        self._edge = QColor("#546e7a")
        self._background = tinted_background(self._edge.name())

    @property
    def colour(self) -> str:
        return self._edge.name()

    def show_verdict(self, headline: str, detail: str, colour: str) -> None:
        # Unchanged texts are not set again: a refresh that changes nothing costs no relayout.
        if self.headline.text() != headline:
            self.headline.setText(headline)
        if self.detail.text() != detail:
            self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        if QColor(colour) != self._edge:
            self._edge = QColor(colour)
            self._background = tinted_background(colour)
            self.update()
        self.setVisible(True)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        area = QRectF(self.rect())
        painter.setBrush(self._background)
        painter.drawRoundedRect(area, RADIUS, RADIUS)
        painter.setBrush(self._edge)
        painter.drawRoundedRect(QRectF(area.left(), area.top(), EDGE, area.height()), RADIUS / 2, RADIUS / 2)
        painter.end()
