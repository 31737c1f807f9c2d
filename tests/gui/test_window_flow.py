"""Attach, scan, findings, remove, compliant, history row, PDF receipt: window vs simulated phones."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.core.models import FindingState, Verdict
from desktop_app.gui.device_session import Status
from desktop_app.gui.models.device_list_model import BADGE_ROLE
from desktop_app.gui.widgets.findings_view import FindingCard
from desktop_app.storage.database import AuditDatabase

pytestmark = pytest.mark.gui
TIKTOK = "com.zhiliaoapp.musically"
WAIT_MS = 20_000


def _cards(desk: Any) -> list[FindingCard]:
    return desk.window.device_page.findings.cards  # type: ignore[no-any-return]


def _show(desk: Any, qtbot: Any, session: Any) -> None:
    """Select the device; its findings and apps are rendered on the next turn of the event loop."""
    desk.window.devices.select(session.key)
    qtbot.waitUntil(lambda: desk.window.device_page.shown_outcome is session.outcome, timeout=WAIT_MS)


def test_pixel_is_found_scanned_cleaned_and_receipted(make_desk: Any, qtbot: Any, tmp_path: Any) -> None:
    desk = make_desk({"pixel": "pixel-work-profile"})
    pixel = desk.androids["pixel"]
    qtbot.waitUntil(lambda: desk.session_at(pixel) is not None, timeout=WAIT_MS)
    session = desk.session_at(pixel)
    qtbot.waitUntil(lambda: session.status is Status.NONCOMPLIANT, timeout=WAIT_MS)

    # The panel shows it with words, the page shows the verdict and the findings with one action each.
    model = desk.window.device_model
    badge = model.data(model.index(model.row_of(session.key)), BADGE_ROLE)
    assert badge == "Not compliant"
    _show(desk, qtbot, session)
    page = desk.window.device_page
    assert page.banner.headline.text().startswith("Not compliant")
    profiles = {(c.finding.app_id, c.finding.user) for c in _cards(desk)}
    assert (TIKTOK, 10) in profiles, profiles
    assert all(
        c.button.text() == "Remove from this phone"
        for c in _cards(desk)
        if c.finding.state is FindingState.BLOCKING
    )
    assert page.apps.model.rowCount() == session.outcome.report.apps_scanned > 100

    # Remove every blocking app, one confirmation each naming the app and the profile.
    while any(c.finding.state is FindingState.BLOCKING for c in _cards(desk)):
        card = next(c for c in _cards(desk) if c.finding.state is FindingState.BLOCKING)
        with qtbot.waitSignal(desk.context.hub.removal_finished, timeout=WAIT_MS):
            card.button.click()
        assert card.finding.app_id in desk.dialogs.asked[-1]
        assert f"user {card.finding.user}" in desk.dialogs.asked[-1]
    assert session.status is Status.COMPLIANT
    assert session.outcome.report.verdict is Verdict.COMPLIANT
    assert session.outcome.receipt is not None
    assert any("uninstall" in c and TIKTOK in c for c in pixel.commands)
    assert page.banner.headline.text().startswith("Compliant")
    assert "removed" in page.removal.title.text()

    # The phone itself changed: a fresh listing no longer has TikTok anywhere.
    assert not any(
        row.app.app_id == TIKTOK
        for row in (page.apps.model.row_at(i) for i in range(page.apps.model.rowCount()))
    )

    # History: the audits are there, the detail shows, the PDF is written.
    desk.window.tabs.setCurrentIndex(1)
    history = desk.window.history
    qtbot.waitUntil(lambda: history.model.rowCount() >= 2, timeout=WAIT_MS)
    verdicts = {row.verdict for row in history.model.rows}
    assert {"noncompliant", "compliant"} <= verdicts
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: history.detail is not None, timeout=WAIT_MS)
    assert "Audit #" in history.detail_view.toPlainText()
    pdf = tmp_path / "receipt.pdf"
    desk.dialogs.save_path = pdf
    history.pdf_button.click()
    assert pdf.read_bytes().startswith(b"%PDF")

    # The compliant result produced the receipt's outbox message (mail access restoration).
    database = AuditDatabase(desk.db_path)
    try:
        kinds = [m.kind for m in database.list_outbox()]
    finally:
        database.close()
    assert "mail_access.restore" in kinds

    # The device page's own receipt button writes a PDF too.
    device_pdf = tmp_path / "device-receipt.pdf"
    desk.dialogs.save_path = device_pdf
    with qtbot.waitSignal(page.receipt_saved, timeout=WAIT_MS):  # the visit is read off the UI thread
        page.save_receipt()
    assert device_pdf.read_bytes().startswith(b"%PDF")


def test_declined_confirmation_removes_nothing(make_desk: Any, qtbot: Any) -> None:
    desk = make_desk({"pixel": "pixel-work-profile"})
    pixel = desk.androids["pixel"]
    qtbot.waitUntil(lambda: desk.session_at(pixel) is not None, timeout=WAIT_MS)
    session = desk.session_at(pixel)
    qtbot.waitUntil(lambda: session.status is Status.NONCOMPLIANT, timeout=WAIT_MS)
    _show(desk, qtbot, session)
    desk.dialogs.confirm_answer = False
    before = list(pixel.commands)
    _cards(desk)[0].button.click()
    assert session.status is Status.NONCOMPLIANT
    assert not any("uninstall" in c for c in pixel.commands[len(before) :])


def test_iphone_with_offloaded_app_is_cleaned(make_desk: Any, qtbot: Any) -> None:
    desk = make_desk(ios=["iphone-tiktok"])
    qtbot.waitUntil(lambda: len(desk.context.hub.sessions) == 1, timeout=WAIT_MS)
    session = next(iter(desk.context.hub.sessions.values()))
    qtbot.waitUntil(lambda: session.status is Status.NONCOMPLIANT, timeout=WAIT_MS)
    _show(desk, qtbot, session)
    states = {c.finding.app_state for c in _cards(desk)}
    assert "offloaded" in states
    while any(c.finding.state is FindingState.BLOCKING for c in _cards(desk)):
        card = next(c for c in _cards(desk) if c.finding.state is FindingState.BLOCKING)
        with qtbot.waitSignal(desk.context.hub.removal_finished, timeout=WAIT_MS):
            card.button.click()
    assert session.status is Status.COMPLIANT
    assert session.outcome.receipt is not None


def test_blocked_removal_shows_steps_and_check_again(make_desk: Any, qtbot: Any) -> None:
    desk = make_desk({"managed": "device-owner-blocked"})
    phone = desk.androids["managed"]
    qtbot.waitUntil(lambda: desk.session_at(phone) is not None, timeout=WAIT_MS)
    session = desk.session_at(phone)
    qtbot.waitUntil(lambda: session.outcome is not None and not session.status.working, timeout=WAIT_MS)
    _show(desk, qtbot, session)
    blocked = set(phone.scenario.removal_failures)
    card = next(c for c in _cards(desk) if c.finding.app_id in blocked)
    with qtbot.waitSignal(desk.context.hub.removal_finished, timeout=WAIT_MS):
        card.button.click()
    panel = desk.window.device_page.removal
    assert session.removal is not None and session.removal.stage == "blocked"
    assert "could not be removed" in panel.title.text()
    assert panel.steps.isVisibleTo(desk.window) and panel.check_again.isVisibleTo(desk.window)
    assert "management" in panel.steps.text()
    with qtbot.waitSignal(desk.context.hub.scan_finished, timeout=WAIT_MS):
        panel.check_again.click()
    assert session.status is not Status.COMPLIANT
