"""SIGTERM (a kiosk service stopped) and Ctrl+C end the event loop, so the window closes normally."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.gui.termination import quit_on_termination

NOT_QUIT = 99  # what exec() returns if the signal did not end the loop within the safety timeout


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_termination_signal_ends_the_event_loop(qapp: QApplication, number: signal.Signals) -> None:
    before = signal.getsignal(number)
    restore = quit_on_termination(qapp)
    # Only if the handler failed. Stopped afterwards: an exit() outside exec() would make every later
    # QEventLoop (qtbot.wait, waitUntil) of the session return at once.
    fallback = QTimer()
    fallback.setSingleShot(True)
    fallback.timeout.connect(lambda: qapp.exit(NOT_QUIT))
    try:
        QTimer.singleShot(0, lambda: os.kill(os.getpid(), number))
        fallback.start(20_000)
        assert qapp.exec() == 0
    finally:
        fallback.stop()
        restore()
    assert signal.getsignal(number) == before
