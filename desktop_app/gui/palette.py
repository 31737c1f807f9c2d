"""Colours for verdicts and badges that read well on light and dark system palettes.

Colour is never the only signal: every badge and banner also carries words.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.core.models import Verdict
from desktop_app.gui.device_session import Status

_GOOD, _WARN, _BAD, _INFO, _NEUTRAL = "#2e7d32", "#b26a00", "#c62828", "#1565c0", "#546e7a"

STATUS_COLOURS = {
    Status.CONNECTING: _INFO,
    Status.READY: _NEUTRAL,
    Status.SCANNING: _INFO,
    Status.REMOVING: _INFO,
    Status.COMPLIANT: _GOOD,
    Status.ACTION_REQUIRED: _WARN,
    Status.NONCOMPLIANT: _BAD,
    Status.INCONCLUSIVE: _WARN,
    Status.WAITING_ALLOW: _WARN,
    Status.WAITING_TRUST: _WARN,
    Status.TRUST_REFUSED: _BAD,
    Status.LOCKED: _WARN,
    Status.BUSY: _WARN,
    Status.UNPLUGGED: _BAD,
    Status.ERROR: _BAD,
}

VERDICT_COLOURS = {
    Verdict.COMPLIANT: _GOOD,
    Verdict.ACTION_REQUIRED: _WARN,
    Verdict.NONCOMPLIANT: _BAD,
    Verdict.INCONCLUSIVE: _WARN,
}


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    window = app.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def tinted_background(colour: str) -> QColor:
    """A soft background of colour for banners, darker on a dark palette."""
    tint = QColor(colour)
    app = QApplication.instance()
    window = (
        app.palette().color(QPalette.ColorRole.Base) if isinstance(app, QApplication) else QColor("white")
    )
    share = 0.28 if is_dark() else 0.14  # a hint of the colour; the text keeps full contrast

    def mix(a: int, b: int) -> int:
        return round(a * (1 - share) + b * share)

    return QColor(
        mix(window.red(), tint.red()), mix(window.green(), tint.green()), mix(window.blue(), tint.blue())
    )
