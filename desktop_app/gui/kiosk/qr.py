"""A QR code picture of a short text (the receipt reference), for the helpdesk's scanner."""

from __future__ import annotations

import io

import segno
from PySide6.QtGui import QImage, QPixmap


def qr_image(value: str, scale: int = 8) -> QImage:
    """A QImage (usable on a worker thread too, e.g. for printing)."""
    code = segno.make(value, error="m")
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=2)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


def qr_pixmap(value: str, scale: int = 8) -> QPixmap:
    return QPixmap.fromImage(qr_image(value, scale))
