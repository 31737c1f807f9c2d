"""What every kiosk page shares: a scrollable column with a title, and show_flow()."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget

from desktop_app.gui.kiosk import style

if TYPE_CHECKING:
    from desktop_app.gui.kiosk.flow import KioskFlow


class KioskPage(QWidget):
    """A page: built once, show_flow() sets every text from the flow (so a language switch is one call)."""

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("kiosk_page_body")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(64, 24, 64, 24)
        self.column.setSpacing(18)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.title = style.text(role="title")
        self.column.addWidget(self.title)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(24)
        outer.addLayout(self.buttons)
        self.buttons.setContentsMargins(64, 8, 64, 24)

    def show_flow(self, flow: KioskFlow) -> None:
        raise NotImplementedError

    def first_focus(self) -> QWidget | None:
        """The control the keyboard starts on when the page shows."""
        return None


def clear(layout: QLayout) -> None:
    """Remove and delete every widget of a layout that is rebuilt on each render."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.deleteLater()
        elif inner is not None:
            clear(inner)
