"""The staff PIN's lock-out as the admin meets it: wrong PINs lock the prompt for a while, the right
PIN is refused until the wait is over, then accepted. The kiosk's clock is a test clock: no sleeps."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.core.config import KioskSettings
from desktop_app.core.kiosk_pin import hash_pin
from tests.kiosk.conftest import WAIT_MS, Kiosk

pytestmark = pytest.mark.gui
PIN = "246810"


class StepClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _open_staff_page(kiosk: Kiosk, qtbot: Any) -> None:
    logo = kiosk.window.logo
    qtbot.mousePress(logo, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.admin, timeout=WAIT_MS)
    qtbot.mouseRelease(logo, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))


def _try(kiosk: Kiosk, qtbot: Any, pin: str, expected: str) -> str:
    """Type pin on the keypad, press Close, and wait until the page says expected."""
    kiosk.window.admin.reset()
    for digit in pin:
        kiosk.button(digit).click()
    kiosk.button("Close the kiosk").click()
    qtbot.waitUntil(lambda: expected in kiosk.texts(), timeout=WAIT_MS)
    return kiosk.texts()


def test_wrong_pins_lock_the_prompt_then_the_right_pin_works_after_the_wait(
    make_kiosk: Any, qtbot: Any
) -> None:
    clock = StepClock()
    kiosk = make_kiosk(settings=KioskSettings(pin_hash=hash_pin(PIN)), pin_clock=clock)
    _open_staff_page(kiosk, qtbot)
    assert "Staff only" in kiosk.texts()

    # Three wrong PINs: the first two only say so, the third locks the prompt for 30 s and says it.
    for _ in range(2):
        shown = _try(kiosk, qtbot, "111111", "Wrong PIN.")
        assert "Try again in" not in shown
    shown = _try(kiosk, qtbot, "222222", "Try again in 30 seconds.")
    assert "Wrong PIN." in shown and "Too many wrong PINs." in shown

    # While locked, even the right PIN is refused, and the wait left is counted down by the clock.
    clock.now += 12
    shown = _try(kiosk, qtbot, PIN, "Try again in 18 seconds.")
    assert "Wrong PIN." not in shown  # refused for the lock, not judged
    assert kiosk.window.isVisible() and kiosk.window.stack.currentWidget() is kiosk.window.admin

    # Once the lock-out has passed, the right PIN closes the kiosk.
    clock.now += 18
    with qtbot.waitSignal(kiosk.window.exit_requested, timeout=WAIT_MS):
        for digit in PIN:
            kiosk.button(digit).click()
        kiosk.button("Close the kiosk").click()
    qtbot.waitUntil(lambda: not kiosk.window.isVisible(), timeout=WAIT_MS)


def test_a_wrong_pin_after_the_lock_out_locks_again_for_longer(make_kiosk: Any, qtbot: Any) -> None:
    clock = StepClock()
    kiosk = make_kiosk(settings=KioskSettings(pin_hash=hash_pin(PIN)), pin_clock=clock)
    _open_staff_page(kiosk, qtbot)
    for _ in range(2):
        _try(kiosk, qtbot, "111111", "Wrong PIN.")
    _try(kiosk, qtbot, "111111", "Try again in 30 seconds.")
    clock.now += 30
    # The next wrong PIN doubles the wait; the kiosk stays open.
    shown = _try(kiosk, qtbot, "333333", "Try again in 60 seconds.")
    assert "Wrong PIN." in shown
    clock.now += 59
    _try(kiosk, qtbot, PIN, "Try again in 1 second.")
    assert kiosk.window.isVisible()
