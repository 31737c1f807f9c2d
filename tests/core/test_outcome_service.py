"""The outcome service against the real station database: retraction.at, versions, one message per change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.audit_service import AuditService
from desktop_app.core.models import Device, InstalledApp, Inventory, Platform, ProfileRead
from desktop_app.core.outcome_records import MailPhase, MailState
from desktop_app.core.policy_lifecycle import PolicyRollbackError, compare_versions
from desktop_app.core.signing import generate_private_key
from desktop_app.storage.database import AuditDatabase
from tests.conftest import FixedClock, Issuer

PHONE = Device(Platform.ANDROID, "R5CT0001", model="Pixel 8", os_version="14")
TIKTOK = Inventory(
    (InstalledApp("com.zhiliaoapp.musically", Platform.ANDROID, label="TikTok", user=0),), (ProfileRead(0),)
)
CLEAN = Inventory(
    (InstalledApp("com.whatsapp", Platform.ANDROID, label="WhatsApp", user=0),), (ProfileRead(0),)
)


@pytest.fixture
def station(tmp_path: Path) -> tuple[AuditService, AuditDatabase, FixedClock, Issuer]:
    clock = FixedClock(datetime(2026, 12, 5, 9, 0, tzinfo=UTC))
    store = AuditDatabase(tmp_path / "audits.db", clock=clock.now)
    return AuditService(store, clock, generate_private_key()), store, clock, Issuer(tmp_path)


def test_versions_compare_as_numbers() -> None:
    assert compare_versions("2026.11.28-2", "2026.11.28-10") < 0
    assert compare_versions("2026.12.01-1", "2026.11.28-10") > 0
    assert compare_versions("2026.12.01-1", "2026.12.01-1") == 0


def test_a_retraction_restores_from_its_at_not_before(station: tuple) -> None:  # type: ignore[type-arg]
    service, store, clock, issuer = station
    active = issuer.policy("2026.12.01-1")
    assert service.outcomes is not None
    service.outcomes.apply_policy(active)
    blocked = service.judge(PHONE, TIKTOK, active, live=True)
    assert blocked.official and blocked.mail_state is MailState.NOT_COMPLIANT
    at = clock.current + timedelta(hours=5)
    retraction = issuer.policy("2026.12.01-1", status="retracted", retraction={"at": at.isoformat()})

    applied = service.outcomes.apply_policy(retraction)
    assert applied.restored_count == 0 and applied.pending_retraction_at == at
    # Before its instant the retracted policy still flags; after it, nothing.
    assert service.judge(PHONE, TIKTOK, retraction, record=False).report.verdict == "noncompliant"
    clock.current = at + timedelta(minutes=1)
    assert service.judge(PHONE, TIKTOK, retraction, record=False).report.verdict == "compliant"

    applied = service.outcomes.apply_policy(retraction)
    assert applied.restored_count == 1
    access = store.mail_access("android", PHONE.serial)
    assert access.state is MailState.COMPLIANT and access.phase is MailPhase.REQUESTED
    assert service.outcomes.apply_policy(retraction).restored_count == 0  # once
    # An older version can no longer be loaded, and the active text of this version neither.
    with pytest.raises(PolicyRollbackError):
        service.outcomes.apply_policy(issuer.policy("2026.11.30-1"))
    with pytest.raises(PolicyRollbackError):
        service.outcomes.apply_policy(active)
    assert store.verify_chain().ok


def test_one_message_per_state_change(station: tuple) -> None:  # type: ignore[type-arg]
    service, store, clock, issuer = station
    policy = issuer.policy("2026.12.01-1")
    states = []
    for inventory in (CLEAN, CLEAN, CLEAN, TIKTOK, TIKTOK, CLEAN):
        clock.current += timedelta(minutes=1)
        outcome = service.judge(PHONE, inventory, policy, live=True)
        states.append(outcome.message_id is not None)
    assert states == [True, False, False, True, False, True]
    assert [m.payload["state"] for m in store.list_outbox()] == ["compliant", "not_compliant", "compliant"]
