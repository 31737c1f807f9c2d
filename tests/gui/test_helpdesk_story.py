"""Issue #12 item 11: the receipt PDF and the History detail tell the story of a visit."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from desktop_app.gui.device_session import Status
from desktop_app.gui.receipt_pdf import to_html
from desktop_app.gui.visit_story import story_of, story_text

pytestmark = pytest.mark.gui
WAIT_MS = 30_000
ZONE_AT_END = re.compile(r" UTC([+-]\d+(:\d\d)?)?$")  # every time shown says its zone


def test_receipt_and_history_tell_what_was_found_removed_and_the_result(
    make_desk: Any, qtbot: Any, tmp_path: Path
) -> None:
    desk = make_desk({"pixel": "pixel-work-profile"})
    pixel = desk.androids["pixel"]
    qtbot.waitUntil(lambda: desk.session_at(pixel) is not None, timeout=WAIT_MS)
    session = desk.session_at(pixel)
    qtbot.waitUntil(lambda: session.status is Status.NONCOMPLIANT, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    page = desk.window.device_page
    qtbot.waitUntil(lambda: page.shown_outcome is session.outcome, timeout=WAIT_MS)
    flagged = [(f.app_id, f.user) for f in session.outcome.report.findings if f.blocks_compliance]
    with qtbot.waitSignal(desk.context.hub.removal_finished, timeout=WAIT_MS):
        page.remove_all_button.click()
    assert session.status is Status.COMPLIANT and session.outcome.receipt is not None

    # The receipt PDF.
    desk.dialogs.save_path = tmp_path / "receipt.pdf"
    with qtbot.waitSignal(page.receipt_saved, timeout=WAIT_MS):
        page.receipt_button.click()
    assert desk.dialogs.save_path.read_bytes().startswith(b"%PDF")
    assert desk.window.status_label.full_text() == f"Receipt saved to {desk.dialogs.save_path}"

    # The compliant audit in History tells the removals (they led to it), with times and zones.
    desk.window.tabs.setCurrentIndex(1)
    history = desk.window.history
    qtbot.waitUntil(lambda: history.model.rowCount() >= 2, timeout=WAIT_MS)
    compliant_row = next(r for r, row in enumerate(history.model.rows) if row.verdict == "compliant")
    history.table.selectRow(history.proxy.mapFromSource(history.model.index(compliant_row, 0)).row())
    qtbot.waitUntil(
        lambda: history.detail is not None and history.detail.row.verdict == "compliant", timeout=WAIT_MS
    )
    text = history.detail_view.toPlainText()
    assert "Removed:" in text
    for app_id, user in flagged:
        lines = [line.strip() for line in text.splitlines()]
        assert any(
            line.startswith(f"{app_id} from user {user}: removed on ") and ZONE_AT_END.search(line)
            for line in lines
        ), text
    assert "removed Removed" not in text.replace("\n", " ")
    assert "Verdict: Compliant" in text
    assert "Mail access:" in text

    # The story the PDF prints: the same sections, the signature wrapped, nothing wider than the page.
    story = history.story
    titles = [title for title, _ in story.sections]
    assert titles[:4] == ["The phone", "Found", "Removed", "Result"]
    receipt_story = story_of(history.detail, mail=history.mail)  # the receipt is stored with the audit
    assert receipt_story.signature_lines and all(len(line) <= 64 for line in receipt_story.signature_lines)
    assert "app-audit receipt verify" in story_text(receipt_story)
    document = QTextDocument()
    document.setHtml(to_html(receipt_story))
    page_width = 595 - 2 * 51  # A4 in points, minus the 18 mm margins
    document.setPageSize(QSizeF(page_width, 842))
    assert document.size().width() <= page_width + 1
