"""The kiosk's look: touch-sized controls, large text, a focus ring that shows, words beside colours."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from desktop_app.resources import resources_dir

BODY_PT = 18  # readable from 60 cm
TITLE_PT = 30
TARGET_PX = 56  # every button at least this high (touch targets of 48 px and more)

STYLE_SHEET = f"""
QWidget#kiosk, QWidget#kiosk_page_body {{ background: #f7f9fb; color: #14202b; }}
QWidget#kiosk QLabel {{ font-size: {BODY_PT}pt; color: #14202b; }}
QWidget#kiosk QLabel[role="title"] {{ font-size: {TITLE_PT}pt; font-weight: bold; }}
QWidget#kiosk QLabel[role="subtle"] {{ color: #3c4a57; }}
QWidget#kiosk QLabel[role="banner"] {{ border-radius: 8px; padding: 12px 16px; font-weight: bold; }}
QWidget#kiosk QLabel[tone="good"] {{ background: #dcefdc; border: 3px solid #2e7d32; }}
QWidget#kiosk QLabel[tone="warn"] {{ background: #fbebd0; border: 3px solid #b26a00; }}
QWidget#kiosk QLabel[tone="bad"] {{ background: #f8dcdc; border: 3px solid #c62828; }}
QWidget#kiosk QLabel[tone="info"] {{ background: #dde8f6; border: 3px solid #1565c0; }}
QWidget#kiosk QPushButton {{
    font-size: {BODY_PT}pt; min-height: {TARGET_PX}px; min-width: 160px; padding: 6px 28px;
    border-radius: 10px; border: 2px solid #46596b; margin: 3px; background: #ffffff; color: #14202b;
}}
QWidget#kiosk QPushButton[primary="true"] {{ background: #1565c0; color: #ffffff; border-color: #0d47a1; }}
QWidget#kiosk QPushButton:pressed {{ background: #cfd8dc; }}
QWidget#kiosk QPushButton[primary="true"]:pressed {{ background: #0d47a1; }}
QWidget#kiosk QPushButton:focus {{ border: 5px solid #ff8f00; margin: 0px; }}
QWidget#kiosk QPushButton:disabled {{ background: #e0e0e0; color: #616161; border-color: #9e9e9e; }}
QWidget#kiosk QLineEdit {{
    font-size: {BODY_PT + 2}pt; min-height: {TARGET_PX}px; padding: 4px 12px;
    border: 2px solid #46596b; border-radius: 8px; background: #ffffff;
}}
QWidget#kiosk QLineEdit:focus {{ border: 5px solid #ff8f00; }}
QWidget#kiosk QProgressBar {{ min-height: 28px; font-size: {BODY_PT}pt; border: 2px solid #46596b; border-radius: 6px; }}
QWidget#kiosk QProgressBar::chunk {{ background: #1565c0; }}
QWidget#kiosk QScrollArea {{ border: none; background: transparent; }}
"""


def text(value: str = "", *, role: str = "", selectable: bool = False) -> QLabel:
    """A plain-text label (never HTML: phone and policy strings are data) whose accessible name is its text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_text(label, value)
    return label


def set_text(label: QLabel, value: str) -> None:
    label.setText(value)
    label.setAccessibleName(value)  # a screen reader reads what is shown, not a label's role


def banner(label: QLabel, value: str, tone: str) -> None:
    """A coloured banner whose words carry the meaning (the colour only repeats it)."""
    label.setProperty("role", "banner")
    label.setProperty("tone", tone)
    set_text(label, value)
    label.style().unpolish(label)
    label.style().polish(label)
    label.updateGeometry()


def button(value: str = "", *, primary: bool = False) -> QPushButton:
    widget = QPushButton(value)
    widget.setProperty("primary", primary)
    widget.setMinimumHeight(TARGET_PX)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    widget.setAutoDefault(True)  # Enter presses the focused button
    return widget


def set_button_text(widget: QPushButton, value: str) -> None:
    widget.setText(value)
    widget.setAccessibleName(value)


def illustration(name: str, side: int = 220) -> QSvgWidget:
    """One of the kiosk's drawings (resources/kiosk/*.svg); they hold no words, the page says them."""
    widget = QSvgWidget(str(resources_dir() / "kiosk" / f"{name}.svg"))
    widget.setFixedSize(QSize(side, side))
    return widget


def show_illustration(widget: QSvgWidget, name: str) -> None:
    widget.load(str(resources_dir() / "kiosk" / f"{name}.svg"))


def spacer() -> QWidget:
    filler = QWidget()
    filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    return filler
