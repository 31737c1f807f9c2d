"""The window restores mail access by itself: a real receiver on 127.0.0.1, simulated phones, no CLI."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop_app.core.models import FindingState
from desktop_app.gui.device_session import Status
from desktop_app.gui.widgets.findings_view import FindingCard
from desktop_app.integrations.webhook import WebhookConfig
from desktop_app.storage.database import AuditDatabase
from tests.integrations.webhook_server import Script, webhook_server

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


def _cards(desk: Any) -> list[FindingCard]:
    return desk.window.device_page.findings.cards  # type: ignore[no-any-return]


def _bodies(script: Script) -> list[dict[str, Any]]:
    with script.lock:
        return [json.loads(r.body)["payload"] for r in script.received]


def test_window_restores_mail_access_once_and_shows_confirmed(make_desk: Any, qtbot: Any) -> None:
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        desk = make_desk({"pixel": "pixel-work-profile"})
        desk.context.mail.configure(WebhookConfig(url=url, secret=b"s3cret"))
        pixel = desk.androids["pixel"]
        qtbot.waitUntil(lambda: desk.session_at(pixel) is not None, timeout=WAIT_MS)
        session = desk.session_at(pixel)
        qtbot.waitUntil(lambda: session.status is Status.NONCOMPLIANT, timeout=WAIT_MS)
        page = desk.window.device_page
        desk.window.devices.select(session.key)
        qtbot.waitUntil(lambda: page.shown_outcome is session.outcome, timeout=WAIT_MS)
        # The first official check told the mail system the phone is not compliant.
        qtbot.waitUntil(lambda: len(script.received) == 1, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "confirmed" in page.mail_access.text(), timeout=WAIT_MS)
        assert _bodies(script)[0]["state"] == "not_compliant"

        while any(c.finding.state is FindingState.BLOCKING for c in _cards(desk)):
            card = next(c for c in _cards(desk) if c.finding.state is FindingState.BLOCKING)
            with qtbot.waitSignal(desk.context.hub.removal_finished, timeout=WAIT_MS):
                card.button.click()
        assert session.status is Status.COMPLIANT and session.outcome.receipt is not None

        # Delivered by the window itself, in the background; the page says the mail system confirmed it.
        qtbot.waitUntil(lambda: len(script.received) == 2, timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: "restore confirmed by the mail system" in page.mail_access.text(), timeout=WAIT_MS
        )
        restore = _bodies(script)[1]
        assert restore["state"] == "compliant" and restore["device"]["serial"] == session.identity.serial
        assert restore["chain"] == session.outcome.chain.as_json()
        assert restore["receipt"]["chain"] == restore["chain"]

        # Checked again while still compliant: no second message.
        with qtbot.waitSignal(desk.context.hub.scan_finished, timeout=WAIT_MS):
            page.scan_button.click()
        assert session.outcome.message_id is None
        assert "restore confirmed" in page.mail_access.text()
        database = AuditDatabase(desk.db_path)
        try:
            messages = database.list_outbox()
        finally:
            database.close()
        assert [(m.payload["state"], m.status) for m in messages] == [
            ("not_compliant", "delivered"),
            ("compliant", "delivered"),
        ]
    assert [b["state"] for b in _bodies(script)] == ["not_compliant", "compliant"]


def test_window_without_a_receiver_says_requested(make_desk: Any, qtbot: Any) -> None:
    desk = make_desk({"samsung": "samsung-clean"})
    phone = desk.androids["samsung"]
    qtbot.waitUntil(lambda: desk.session_at(phone) is not None, timeout=WAIT_MS)
    session = desk.session_at(phone)
    qtbot.waitUntil(lambda: session.status is Status.COMPLIANT, timeout=WAIT_MS)
    page = desk.window.device_page
    desk.window.devices.select(session.key)
    qtbot.waitUntil(lambda: "requested at" in page.mail_access.text(), timeout=WAIT_MS)
    assert "No mail system is configured" in page.mail_access.text()
