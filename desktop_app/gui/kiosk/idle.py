"""Back to Welcome after a while without a touch, with the last seconds counted down on screen."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_TOUCHES = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}
COUNTDOWN_S = 10


class IdleWatch(QObject):
    """Watches every touch of the application; announces the countdown and then the reset."""

    countdown = Signal(int)  # seconds left, shown for the last COUNTDOWN_S seconds; -1 hides it
    expired = Signal()

    def __init__(self, idle_s: float, active: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_s = idle_s
        self._active = active  # whether a reset makes sense now (not on Welcome, not mid-check)
        self._last_touch = time.monotonic()
        self._shown = -1
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def stop(self) -> None:
        self._ticker.stop()

    def touched(self) -> None:
        self._last_touch = time.monotonic()
        if self._shown >= 0:
            self._shown = -1
            self.countdown.emit(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _TOUCHES:
            self.touched()
        return False

    def _tick(self) -> None:
        if not self._active():
            self.touched()
            return
        left = self.idle_s - (time.monotonic() - self._last_touch)
        if left <= 0:
            self.touched()
            self.expired.emit()
            return
        seconds = int(left + 0.999)
        if seconds <= COUNTDOWN_S and seconds != self._shown:
            self._shown = seconds
            self.countdown.emit(seconds)
