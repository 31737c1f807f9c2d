"""The one message presenter: every error or notice shown to a person goes through here.

Typed errors (AppAuditError) become their message and hint; anything else becomes a
friendly sentence and is logged with its traceback, never shown raw (qutebrowser message.py).
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.core.errors import AppAuditError, InternalError
from desktop_app.gui.error_words import error_words

log = logging.getLogger(__name__)


class Level(enum.StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Message:
    level: Level
    text: str
    hint: str = ""
    code: str = ""
    scope: str = ""  # device key the message is about, "" for the whole window

    @property
    def full_text(self) -> str:
        return f"{self.text}\n{self.hint}" if self.hint else self.text


UNEXPECTED_TEXT = "Something went wrong that App Audit did not expect."
UNEXPECTED_HINT = "Try again. If it happens again, send the log file to IT."


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presenter", text)


def unexpected_hint(log_path: Path | None) -> str:
    if log_path is None:
        return _tr(UNEXPECTED_HINT)
    return _tr("Try again. If it happens again, send the log file to IT: {path}").format(path=log_path)


def _with_context(context: str, text: str) -> str:
    return _tr("{context}: {text}").format(context=context, text=text) if context else text


def describe(
    error: BaseException, *, scope: str = "", context: str = "", log_path: Path | None = None
) -> Message:
    """The words a person sees for error (pure: no widgets)."""
    if isinstance(error, AppAuditError) and error.code != InternalError.code:
        message, hint = error_words(error)
        return Message(Level.ERROR, _with_context(context, message), hint, error.code, scope)
    log.error("unexpected error%s", f" ({context})" if context else "", exc_info=error)
    text = _with_context(context, _tr(UNEXPECTED_TEXT))
    return Message(Level.ERROR, text, unexpected_hint(log_path), "unexpected", scope)


class MessagePresenter(QObject):
    """Collects messages; views (status bar, device page) subscribe to message_posted."""

    message_posted = Signal(object)  # Message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history: list[Message] = []
        self.log_path: Path | None = None  # the station's log file, once the data folder is known

    def error(self, error: BaseException, *, scope: str = "", context: str = "") -> Message:
        message = describe(error, scope=scope, context=context, log_path=self.log_path)
        self._post(message)
        return message

    def info(self, text: str, *, hint: str = "", scope: str = "") -> Message:
        message = Message(Level.INFO, text, hint, "", scope)
        self._post(message)
        return message

    def warning(self, text: str, *, hint: str = "", scope: str = "") -> Message:
        message = Message(Level.WARNING, text, hint, "", scope)
        self._post(message)
        return message

    def _post(self, message: Message) -> None:
        log.log(logging.WARNING if message.level is not Level.INFO else logging.INFO, "%s", message.full_text)
        self.history.append(message)
        del self.history[:-200]  # a day of messages, not a leak
        self.message_posted.emit(message)
