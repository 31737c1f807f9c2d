"""SIGTERM and Ctrl+C close the window the normal way.

A kiosk under systemd is stopped with SIGTERM; without a handler the process dies where it stands:
no database close, the demo phones and the parse helpers left to the system to reap. Python runs a
signal handler only when the interpreter gets control, and Qt's event loop runs in C++, so the signal
also writes a byte to a socket that Qt watches, which wakes the loop.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from contextlib import suppress
from types import FrameType

from PySide6.QtCore import QCoreApplication, QEvent, QSocketNotifier

_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def quit_on_termination(
    app: QCoreApplication, stop: Callable[[], None] | None = None
) -> Callable[[], None]:
    """Install the handlers (from the main thread); returns what puts the previous ones back.

    stop (default app.quit) ends the event loop; the kiosk, whose window refuses to close, first lets it."""
    wake_read, wake_write = socket.socketpair()
    wake_read.setblocking(False)
    wake_write.setblocking(False)
    previous_fd = signal.set_wakeup_fd(wake_write.fileno())
    notifier = QSocketNotifier(wake_read.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        # Reading the byte is all: by now Python has run the handler below.
        with suppress(OSError):
            wake_read.recv(64)

    notifier.activated.connect(drain)

    def close_app(_signum: int, _frame: FrameType | None) -> None:
        (stop or app.quit)()

    previous = {number: signal.signal(number, close_app) for number in _SIGNALS}

    def restore() -> None:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        wake_read.close()
        wake_write.close()

    return restore


def run_until_quit(app: QCoreApplication) -> int:
    """app.exec(), leaving no quit request queued behind it.

    A quit asked as the loop was already ending stays posted to the application. Handled later, outside
    exec() (by a caller that goes on running Qt in this process, as the tests do), it sets Qt's
    "quit now" flag for the thread, and every event loop after it returns at once.
    """
    try:
        return int(app.exec())
    finally:
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
