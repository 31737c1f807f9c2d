"""Small helpers every widget uses: plain-text labels and named controls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", *, name: str = "", wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as HTML: device strings are untrusted data."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        # A description, not a name: a fixed name would replace the text for a screen reader
        # (it heard "Verdict headline" instead of the verdict).
        label.setAccessibleDescription(name)
    return label


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    widget.setObjectName(name.replace(" ", "_").lower())
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def heading(text: str, *, size_delta: int = 3) -> QLabel:
    label = plain_label(text, wrap=False)
    font = label.font()
    font.setPointSize(font.pointSize() + size_delta)
    font.setBold(True)
    label.setFont(font)
    return label
