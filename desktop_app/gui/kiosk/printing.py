"""Print the receipt slip on the configured printer (run on a worker: printing waits on the spooler)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop_app.core.errors import AppAuditError


class PrinterError(AppAuditError):
    code = "printer"
    exit_code = 1
    default_hint = "Check the printer named in kiosk.printer of the config, or remove that setting."


def print_slip(printer_name: str, lines: list[str], qr: QImage | None) -> None:
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise PrinterError(f"the printer {printer_name!r} is not installed on this kiosk")
    printer = QPrinter(info)
    printer.setDocName("App Audit receipt")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(f"the printer {printer_name!r} could not start printing")
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        painter.setFont(QFont("DejaVu Sans", 11))
        text_box = QRectF(0, 0, page.width(), page.height() * 0.6)
        painter.drawText(text_box, int(Qt.TextFlag.TextWordWrap), "\n\n".join(lines))
        if qr is not None and not qr.isNull():
            side = min(page.width(), page.height()) * 0.35
            painter.drawImage(QRectF(0, page.height() * 0.62, side, side), qr)
    finally:
        painter.end()
