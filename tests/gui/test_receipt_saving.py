"""Issue #12 item 11: the receipt PDF saved from the History tab and from the device page tell the
same story (found, removed from which profile and when, result, mail access, the signature wrapped
with how to verify it), and "Save receipt (signed JSON)…" writes the receipt exactly as signed:
`app-audit history verify --against DIR` accepts what the window saved."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.cli import run
from desktop_app.gui.device_session import Status

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


def _pdf_text(path: Path) -> str:
    # NFKC: the PDF's font writes "fi" and "ffi" as ligatures.
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def _select_audit(history: Any, qtbot: Any, verdict: str) -> None:
    row = next(r for r, audit in enumerate(history.model.rows) if audit.verdict == verdict)
    history.table.selectRow(history.proxy.mapFromSource(history.model.index(row, 0)).row())
    qtbot.waitUntil(
        lambda: history.detail is not None and history.detail.row.verdict == verdict, timeout=WAIT_MS
    )


def test_history_and_device_page_save_the_same_receipt_and_it_verifies(
    make_desk: Any, qtbot: Any, tmp_path: Path, capsys: Any
) -> None:
    desk = make_desk({"pixel": "pixel-work-profile"})
    pixel = desk.androids["pixel"]
    qtbot.waitUntil(lambda: desk.session_at(pixel) is not None, timeout=WAIT_MS)
    session = desk.session_at(pixel)
    qtbot.waitUntil(lambda: session.status is Status.NONCOMPLIANT, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    page = desk.window.device_page
    qtbot.waitUntil(lambda: page.shown_outcome is session.outcome, timeout=WAIT_MS)
    assert not page.receipt_json_button.isVisible()  # not compliant: no receipt to save
    with qtbot.waitSignal(desk.context.hub.removal_finished, timeout=WAIT_MS):
        page.remove_all_button.click()
    assert session.status is Status.COMPLIANT
    receipt = session.outcome.receipt
    assert receipt is not None
    qtbot.waitUntil(page.receipt_json_button.isVisible, timeout=WAIT_MS)

    anchors = tmp_path / "receipts"
    anchors.mkdir()
    # From the device page: the PDF and the signed JSON.
    desk.dialogs.save_path = tmp_path / "device.pdf"
    with qtbot.waitSignal(page.receipt_saved, timeout=WAIT_MS):
        page.receipt_button.click()
    desk.dialogs.save_path = anchors / "from-device-page.json"
    with qtbot.waitSignal(page.receipt_saved, timeout=WAIT_MS):
        page.receipt_json_button.click()
    assert json.loads(desk.dialogs.save_path.read_text(encoding="utf-8")) == receipt

    # From the History tab: the same audit's PDF and signed JSON.
    desk.window.tabs.setCurrentIndex(1)
    history = desk.window.history
    qtbot.waitUntil(lambda: history.model.rowCount() >= 2, timeout=WAIT_MS)
    _select_audit(history, qtbot, "noncompliant")
    assert not history.receipt_json_button.isEnabled()  # that audit gave no receipt
    _select_audit(history, qtbot, "compliant")
    assert history.receipt_json_button.isEnabled()
    desk.dialogs.save_path = tmp_path / "history.pdf"
    history.pdf_button.click()
    desk.dialogs.save_path = anchors / "from-history.json"
    history.receipt_json_button.click()
    assert json.loads(desk.dialogs.save_path.read_text(encoding="utf-8")) == receipt

    # One story in both PDFs, with mail access and the signature wrapped and explained.
    device_text, history_text = _pdf_text(tmp_path / "device.pdf"), _pdf_text(tmp_path / "history.pdf")
    assert device_text == history_text
    flat = " ".join(history_text.split())
    assert "Removed" in flat and "from user 10: removed on" in flat
    assert "Mail access: requested at" in flat
    assert "No mail system is configured" not in flat  # the station's set-up is not the visit's story
    assert "Official check" in flat, flat
    assert "Save receipt (signed JSON)" in flat and "app-audit receipt verify" in flat
    signature = receipt["signature"]
    assert signature[:64] in history_text.replace(" ", "")  # wrapped in lines of 64

    # What the window saved is what `history verify --against` accepts (exit 0, both links match).
    capsys.readouterr()
    argv = ["history", "verify", "--db", str(desk.db_path), "--against", str(anchors), "--json"]
    assert run(argv) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["ok"] and verdict["receipt_links_checked"] >= 1, verdict
