"""Printing the receipt at the kiosk, through Qt's printing: offered only when a printer (or a print
folder) is configured; the printed slip says the result, the receipt reference and the mail-access
state. Here the slip is printed as a PDF into a folder (QPrinter's PDF output) and read back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton

from desktop_app.core.config import KioskSettings
from desktop_app.gui.kiosk.flow import Step
from tests.kiosk.conftest import WAIT_MS, Kiosk

pytestmark = pytest.mark.gui


def _to_done(kiosk: Kiosk, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
    kiosk.button("Start").click()
    kiosk.button("I agree").click()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    kiosk.button("Finish").click()
    qtbot.waitUntil(lambda: "Mail access: requested" in kiosk.texts(), timeout=WAIT_MS)


def _print_buttons(kiosk: Kiosk) -> list[QAbstractButton]:
    page = kiosk.window.stack.currentWidget()
    assert page is not None
    return [
        b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(kiosk.window) and "Print" in b.text()
    ]


def test_the_printed_receipt_says_the_result_the_reference_and_mail_access(
    make_kiosk: Any, qtbot: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "slips"
    folder.mkdir()
    kiosk = make_kiosk({"phone": "samsung-clean"}, settings=KioskSettings(print_folder=folder))
    _to_done(kiosk, qtbot)
    reference = kiosk.window.done.shown_reference
    assert reference.startswith("A-")
    kiosk.button("Print the receipt").click()
    qtbot.waitUntil(lambda: "The receipt was printed." in kiosk.texts(), timeout=WAIT_MS)

    slip = folder / f"receipt-{reference}.pdf"
    assert slip.is_file(), list(folder.iterdir())
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(slip).pages)
    assert "Your phone meets the policy." in text
    assert f"Receipt reference: {reference}" in text
    assert "Mail access: requested." in text
    assert "helpdesk@example.com" in text
    assert PdfReader(slip).pages[0].images, "the QR code of the reference is on the slip"


def test_no_print_button_without_a_printer(make_kiosk: Any, qtbot: Any) -> None:
    kiosk = make_kiosk({"phone": "samsung-clean"})
    _to_done(kiosk, qtbot)
    assert kiosk.window.done.shown_reference  # a receipt to print, but nowhere to print it
    assert _print_buttons(kiosk) == []


def test_a_printer_that_is_not_installed_is_said_to_the_person(make_kiosk: Any, qtbot: Any) -> None:
    kiosk = make_kiosk({"phone": "samsung-clean"}, settings=KioskSettings(printer="No Such Printer 42"))
    posted: list[Any] = []
    kiosk.context.presenter.message_posted.connect(posted.append)
    _to_done(kiosk, qtbot)
    kiosk.button("Print the receipt").click()
    qtbot.waitUntil(lambda: "The receipt could not be printed." in kiosk.texts(), timeout=WAIT_MS)
    # IT finds why in the log: the error names the printer and carries its code.
    assert any("No Such Printer 42" in m.full_text for m in posted), [m.full_text for m in posted]


def test_a_relative_print_folder_is_read_beside_the_config_file(tmp_path: Path) -> None:
    from desktop_app.core.config import load_config

    config = tmp_path / "config.yaml"
    config.write_text("kiosk: {print_folder: slips}\n", encoding="utf-8")
    assert load_config(config).kiosk.print_folder == tmp_path / "slips"
