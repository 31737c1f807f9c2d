"""The kiosk's identify answer reaches the mail system: the person types their work address, the
real receiver on 127.0.0.1 gets a mail-access message naming it (and the signed receipt names it
too), and the next person's visit names the next person, never the last one."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop_app.core.config import KioskSettings
from desktop_app.gui.kiosk.flow import Step
from desktop_app.integrations.webhook import WebhookConfig
from tests.integrations.webhook_server import Script, webhook_server
from tests.kiosk.conftest import WAIT_MS, Kiosk

pytestmark = pytest.mark.gui
EMAIL = KioskSettings(identify="email", identify_example="jane.doe@example.com")


def _payloads(script: Script) -> list[dict[str, Any]]:
    with script.lock:
        return [json.loads(r.body)["payload"] for r in script.received]


def _visit(kiosk: Kiosk, qtbot: Any, address: str) -> None:
    """One person: Start, I agree, their address, then the check of their phone up to Done."""
    kiosk.button("Start").click()
    kiosk.button("I agree").click()
    assert kiosk.flow.step is Step.IDENTIFY
    assert "Your work email address" in kiosk.texts()
    assert kiosk.window.identify.field.text() == ""  # nothing typed by the person before
    qtbot.keyClicks(kiosk.window.identify.field, address)
    kiosk.button("Continue").click()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
    kiosk.button("Finish").click()
    qtbot.waitUntil(lambda: "Mail access: restored" in kiosk.texts(), timeout=WAIT_MS)
    assert f"Work email: {address}" in kiosk.texts()  # the person sees whom the message names


def test_the_identify_answer_is_named_in_the_mail_message_and_the_receipt(make_kiosk: Any, qtbot: Any) -> None:
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        kiosk = make_kiosk({"phone": "samsung-clean"}, settings=EMAIL)
        kiosk.context.mail.configure(WebhookConfig(url=url, secret=b"s3cret"))
        qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)

        # A wrong answer is refused on the page and goes nowhere.
        kiosk.button("Start").click()
        kiosk.button("I agree").click()
        qtbot.keyClicks(kiosk.window.identify.field, "not an address")
        kiosk.button("Continue").click()
        assert "This is not a work email address." in kiosk.texts()
        assert kiosk.flow.step is Step.IDENTIFY and kiosk.flow.person is None
        kiosk.button("Start over").click()

        _visit(kiosk, qtbot, "jane.doe@example.com")
        qtbot.waitUntil(lambda: len(script.received) == 1, timeout=WAIT_MS)
        first = _payloads(script)[0]
        assert first["state"] == "compliant"
        assert first["person"] == {"kind": "email", "value": "jane.doe@example.com"}
        assert first["receipt"]["person"] == first["person"]  # signed into the receipt as well
        session = kiosk.flow.session
        assert session is not None and session.outcome is not None and session.outcome.receipt is not None
        assert session.outcome.receipt["receipt"]["person"]["value"] == "jane.doe@example.com"

        # Jane leaves; the next person plugs in the same phone (still compliant) and names themselves.
        kiosk.button("Finish").click()
        assert kiosk.flow.step is Step.WELCOME and kiosk.flow.person is None
        _visit(kiosk, qtbot, "john.roe@example.com")
        qtbot.waitUntil(lambda: len(script.received) == 2, timeout=WAIT_MS)
        second = _payloads(script)[1]
        # A message although the phone's state did not change: mail access is restored for John now.
        assert second["person"] == {"kind": "email", "value": "john.roe@example.com"}
        assert second["receipt"]["person"]["value"] == "john.roe@example.com"
        assert "jane.doe" not in json.dumps(second)


def test_without_identify_the_message_names_nobody(make_kiosk: Any, qtbot: Any) -> None:
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        kiosk = make_kiosk({"phone": "samsung-clean"})
        kiosk.context.mail.configure(WebhookConfig(url=url, secret=b"s3cret"))
        qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
        kiosk.button("Start").click()
        kiosk.button("I agree").click()
        assert kiosk.flow.step is not Step.IDENTIFY
        qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: len(script.received) == 1, timeout=WAIT_MS)
        message = _payloads(script)[0]
        assert message["person"] is None and "person" not in message["receipt"]


def test_an_employee_number_is_named_as_such(make_kiosk: Any, qtbot: Any) -> None:
    settings = KioskSettings(identify="employee_id", identify_pattern=r"E\d{5}", identify_example="E12345")
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        kiosk = make_kiosk({"phone": "samsung-clean"}, settings=settings)
        kiosk.context.mail.configure(WebhookConfig(url=url, secret=b"s3cret"))
        qtbot.waitUntil(lambda: len(kiosk.flow.present_phones()) == 1, timeout=WAIT_MS)
        kiosk.button("Start").click()
        kiosk.button("I agree").click()
        assert "Your employee number" in kiosk.texts()
        qtbot.keyClicks(kiosk.window.identify.field, "12345")  # the pattern wants the E
        kiosk.button("Continue").click()
        assert "This is not an employee number. Type it like this: E12345" in kiosk.texts()
        kiosk.window.identify.field.clear()
        qtbot.keyClicks(kiosk.window.identify.field, "E54321")
        kiosk.button("Continue").click()
        qtbot.waitUntil(lambda: kiosk.flow.step is Step.RESULT, timeout=WAIT_MS)
        kiosk.button("Finish").click()
        qtbot.waitUntil(lambda: "Employee number: E54321" in kiosk.texts(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: len(script.received) == 1, timeout=WAIT_MS)
        assert _payloads(script)[0]["person"] == {"kind": "employee_id", "value": "E54321"}
