"""Unplug mid-scan, waiting for Allow / Trust, and policy changes, in the real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.models import Verdict
from desktop_app.gui.device_session import Status
from desktop_app.resources import default_policy_path
from desktop_app.simulators.android import load_android_scenario
from desktop_app.storage.database import AuditDatabase

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


def test_unplug_mid_scan_records_nothing_and_other_phones_carry_on(make_desk: Any, qtbot: Any) -> None:
    slow = load_android_scenario("pixel-work-profile").with_faults(latency_ms=15)
    desk = make_desk({"slow": slow, "samsung": "samsung-clean"})
    slow_phone, samsung = desk.androids["slow"], desk.androids["samsung"]
    qtbot.waitUntil(lambda: desk.session_at(slow_phone) is not None, timeout=WAIT_MS)
    session = desk.session_at(slow_phone)
    qtbot.waitUntil(
        lambda: (
            session.status is Status.SCANNING
            and session.progress is not None
            and session.progress[2] != "Connecting"
        ),
        timeout=WAIT_MS,
    )
    desk.window.devices.select(session.key)
    slow_phone.stop()  # the cable is pulled while the app list is being read

    qtbot.waitUntil(
        lambda: session.status in (Status.UNPLUGGED, Status.ERROR) and session.message is not None,
        timeout=WAIT_MS,
    )
    assert "no result was recorded" in session.message.text
    guidance = desk.window.device_page.guidance
    assert guidance.isVisible()
    assert "no result was recorded" in guidance.detail.text()
    assert session.outcome is None

    # The other phone was checked as usual.
    other = desk.session_at(samsung)
    qtbot.waitUntil(lambda: other is not None and other.status is Status.COMPLIANT, timeout=WAIT_MS)

    # Nothing was recorded for the unplugged phone, least of all "compliant".
    database = AuditDatabase(desk.db_path)
    try:
        serials = {row.serial for row in database.list_audits(limit=100)}
    finally:
        database.close()
    assert slow.identity.serial not in serials
    assert samsung.scenario.identity.serial in serials


def test_phone_waiting_for_allow_is_checked_once_allowed(make_desk: Any, qtbot: Any) -> None:
    desk = make_desk({"new": "allow-after-delay"})
    phone = desk.androids["new"]
    qtbot.waitUntil(lambda: desk.session_at(phone) is not None, timeout=WAIT_MS)
    session = desk.session_at(phone)
    assert session.status is Status.WAITING_ALLOW
    desk.window.devices.select(session.key)
    page = desk.window.device_page
    assert page.guidance.isVisible()
    assert "Allow" in page.guidance.headline.text()
    # The simulated owner taps Allow after a few seconds; the check then starts by itself.
    qtbot.waitUntil(lambda: session.status is Status.COMPLIANT, timeout=WAIT_MS)
    assert session.identity is not None and session.identity.serial == phone.scenario.identity.serial
    assert not page.guidance.isVisible()


def test_iphone_waiting_for_trust_shows_guidance(make_desk: Any, qtbot: Any) -> None:
    desk = make_desk(ios=["trust-pending"])
    qtbot.waitUntil(lambda: len(desk.context.hub.sessions) == 1, timeout=WAIT_MS)
    session = next(iter(desk.context.hub.sessions.values()))
    qtbot.waitUntil(lambda: session.status is Status.WAITING_TRUST, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    assert "Trust" in desk.window.device_page.guidance.headline.text()


def test_iphone_unplugged_mid_scan_keeps_its_message(make_desk: Any, qtbot: Any) -> None:
    desk = make_desk(ios=["iphone-tiktok"], auto_scan=False)
    qtbot.waitUntil(lambda: len(desk.context.hub.sessions) == 1, timeout=WAIT_MS)
    session = next(iter(desk.context.hub.sessions.values()))
    qtbot.waitUntil(lambda: session.status is Status.READY, timeout=WAIT_MS)
    desk.window.devices.select(session.key)
    assert desk.context.hub.scan(session.key)
    desk.iphones.unplug(session.attached.serial)
    qtbot.waitUntil(lambda: not session.status.working, timeout=WAIT_MS)
    if session.outcome is None:
        # Pulled before the list was read: the message says so and the phone stays listed until forgotten.
        qtbot.waitUntil(lambda: session.status is Status.UNPLUGGED, timeout=WAIT_MS)
        assert session.message is not None and "no result was recorded" in session.message.text.lower()
        assert desk.window.device_page.forget_button.isVisibleTo(desk.window)
        desk.window.device_page.forget_button.click()
        assert session.key not in desk.context.hub.sessions
    else:
        # The read won the race: its verdict stands, and the phone then leaves the list.
        assert session.outcome.report.verdict is Verdict.NONCOMPLIANT
        qtbot.waitUntil(
            lambda: session.key not in desk.context.hub.sessions or session.status is Status.UNPLUGGED,
            timeout=WAIT_MS,
        )


def _retracted_policy(tmp_path: Path) -> Path:
    text = default_policy_path().read_text(encoding="utf-8")
    text = text.replace("status: active", "status: retracted").replace(
        'version: "2026.11.28-2"', 'version: "2026.11.30-1"'
    )
    path = tmp_path / "retracted.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_policy_switch_reevaluates_attached_phones(make_desk: Any, qtbot: Any, tmp_path: Path) -> None:
    desk = make_desk({"pixel": "pixel-work-profile"})
    pixel = desk.androids["pixel"]
    qtbot.waitUntil(lambda: desk.session_at(pixel) is not None, timeout=WAIT_MS)
    session = desk.session_at(pixel)
    qtbot.waitUntil(lambda: session.status is Status.NONCOMPLIANT, timeout=WAIT_MS)

    # A broken policy is refused with readable lines; the current one stays.
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        default_policy_path().read_text(encoding="utf-8").replace("action: remove", "action: nuke", 1),
        encoding="utf-8",
    )
    page = desk.window.policy
    desk.dialogs.open_path = broken
    with qtbot.waitSignal(desk.context.policies.policy_rejected, timeout=WAIT_MS):
        page.open_button.click()
    lines = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert any(line.startswith("Line ") and "nuke" in line for line in lines), lines
    assert desk.context.hub.policy.document.version == "2026.11.28-2"

    # A retracted policy: every attached phone is checked again and nothing blocks any more.
    desk.dialogs.open_path = _retracted_policy(tmp_path)
    with qtbot.waitSignal(desk.context.policies.policy_changed, timeout=WAIT_MS):
        page.open_button.click()
    assert "RETRACTED" in page.fields["Status"].text()
    assert page.problems.count() == 0
    qtbot.waitUntil(
        lambda: session.outcome is not None and session.outcome.report.policy.version == "2026.11.30-1",
        timeout=WAIT_MS,
    )
    assert session.status is Status.COMPLIANT
    assert any("retracted" in note for note in session.outcome.report.notes)
