"""Print the receipt slip through Qt's printing, on the configured printer or as a PDF file in the
configured folder (run on a worker: printing waits on the spooler)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop_app.core.errors import AppAuditError


class PrinterError(AppAuditError):
    code = "printer"
    exit_code = 1
    default_hint = (
        "Check the printer named in kiosk.printer (or the folder in kiosk.print_folder) of the config, "
        "or remove that setting."
    )


@dataclass(frozen=True, slots=True)
class PrintTarget:
    """Where a slip goes: a printer the system lists, or a folder that receives one PDF per receipt."""

    printer: str | None = None
    folder: Path | None = None

    @property
    def configured(self) -> bool:
        return self.printer is not None or self.folder is not None


def _printer_for(target: PrintTarget, reference: str) -> QPrinter:
    if target.folder is not None:
        if not target.folder.is_dir():
            raise PrinterError(f"the print folder {str(target.folder)!r} does not exist")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        # The reference holds only letters, digits and dashes (core.kiosk.receipt_reference).
        printer.setOutputFileName(str(target.folder / f"receipt-{reference}.pdf"))
        return printer
    assert target.printer is not None
    info = QPrinterInfo.printerInfo(target.printer)
    if info.isNull():
        raise PrinterError(f"the printer {target.printer!r} is not installed on this kiosk")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_slip(target: PrintTarget, reference: str, lines: list[str], qr: QImage | None) -> str:
    """Print the slip; returns where it went (the printer's name or the PDF file)."""
    printer = _printer_for(target, reference)
    printer.setDocName(f"App Audit receipt {reference}")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(f"{target.printer or target.folder!s}: printing could not start")
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        font = QFont("DejaVu Sans")
        font.setPointSizeF(11)
        painter.setFont(font)
        text_box = QRectF(0, 0, page.width(), page.height() * 0.6)
        painter.drawText(text_box, int(Qt.TextFlag.TextWordWrap), "\n\n".join(lines))
        if qr is not None and not qr.isNull():
            side = min(page.width(), page.height()) * 0.35
            painter.drawImage(QRectF(0, page.height() * 0.62, side, side), qr)
    finally:
        painter.end()
    return printer.outputFileName() or printer.printerName()
