"""Dialogs behind one service, so tests replace them with scripted answers (Picard's pattern)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


class DialogService(Protocol):
    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool: ...

    def open_file(self, parent: QWidget | None, caption: str, filters: str) -> Path | None: ...

    def inform(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> Path | None: ...


class QtDialogService:
    """The real dialogs. Texts are set as plain text: they may quote device strings."""

    # The dialog classes are imported when first needed: the window shows sooner without them.
    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setTextFormat(box.textFormat().PlainText)
        box.setText(text)
        accept = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setTextFormat(box.textFormat().PlainText)
        box.setText(text)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the log path, to copy
        box.exec()

    def open_file(self, parent: QWidget | None, caption: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, caption: str, suggested: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        return Path(name) if name else None
