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
    try:
        QTimer.singleShot(0, lambda: os.kill(os.getpid(), number))
        QTimer.singleShot(20_000, lambda: qapp.exit(NOT_QUIT))  # only if the handler failed
        assert qapp.exec() == 0
    finally:
        restore()
    assert signal.getsignal(number) == before
