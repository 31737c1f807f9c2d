"""A signed retraction whose `at` is ahead is applied by the open window when it takes effect."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.audit_service import AuditService
from desktop_app.core.models import Device, InstalledApp, Inventory, Platform, ProfileRead
from desktop_app.core.outcome_records import MailState
from desktop_app.core.signing import generate_private_key
from desktop_app.gui.database_gateway import DatabaseGateway
from desktop_app.gui.policy_controller import PolicyController
from desktop_app.gui.task_runner import TaskRunner
from desktop_app.storage.database import AuditDatabase
from tests.conftest import Issuer
from tests.gui.conftest import FixedClock

pytestmark = pytest.mark.gui
WAIT_MS = 20_000
PHONE = Device(Platform.ANDROID, "R5CT0042", model="Pixel 8", os_version="14")
TIKTOK = Inventory(
    (InstalledApp("com.zhiliaoapp.musically", Platform.ANDROID, label="TikTok", user=0),), (ProfileRead(0),)
)


class Station:
    def __init__(self, folder: Path) -> None:
        self.clock = FixedClock(datetime(2026, 12, 5, 9, 0, tzinfo=UTC))
        self.db_path = folder / "audits.db"
        self.issuer = Issuer(folder)
        self.active = self.issuer.policy("2026.12.05-1")
        self.key = generate_private_key()
        self.runner = TaskRunner()
        gateway = DatabaseGateway(self.runner, self.open_store, self.clock, self.key)
        self.policies = PolicyController(self.runner, None, self.issuer.trusted, True, clock=self.clock)
        self.policies.set_applier(gateway.apply_policy)

    def open_store(self) -> AuditDatabase:
        return AuditDatabase(self.db_path, clock=self.clock.now)

    def block_the_phone(self) -> None:
        store = self.open_store()
        try:
            service = AuditService(store, self.clock, self.key)
            assert service.outcomes is not None
            service.outcomes.apply_policy(self.active)
            assert service.judge(PHONE, TIKTOK, self.active, live=True).mail_state is MailState.NOT_COMPLIANT
        finally:
            store.close()

    def mail_state(self) -> MailState:
        store = self.open_store()
        try:
            return store.mail_access("android", PHONE.serial).state
        finally:
            store.close()


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    station = Station(tmp_path)
    station.block_the_phone()
    yield station
    station.runner.shutdown()


def _load(station: Station, policy: Any, qtbot: Any) -> Any:
    with qtbot.waitSignal(station.policies.policy_applied, timeout=WAIT_MS) as applied:
        station.policies.use(policy)
    return applied.args[0]


def test_the_window_restores_when_the_retraction_takes_effect(station: Station, qtbot: Any) -> None:
    _load(station, station.active, qtbot)
    at = station.clock.value + timedelta(hours=2)
    retraction = station.issuer.policy("2026.12.05-1", status="retracted", retraction={"at": at.isoformat()})
    station.clock.value = at - timedelta(milliseconds=200)

    first = _load(station, retraction, qtbot)
    assert first.restored_count == 0 and first.pending_retraction_at == at
    assert station.policies.retraction_pending_at == at
    assert station.mail_state() is MailState.NOT_COMPLIANT

    # No event has run since the signal: the timer cannot have fired before the clock moves on.
    station.clock.value = at + timedelta(seconds=1)
    with qtbot.waitSignal(station.policies.policy_applied, timeout=WAIT_MS) as due:
        pass
    assert due.args[0].restored_count == 1
    assert station.policies.retraction_pending_at is None
    assert station.mail_state() is MailState.COMPLIANT


def test_loading_another_policy_cancels_the_wait(station: Station, qtbot: Any) -> None:
    _load(station, station.active, qtbot)
    at = station.clock.value + timedelta(hours=2)
    retraction = station.issuer.policy("2026.12.05-1", status="retracted", retraction={"at": at.isoformat()})
    _load(station, retraction, qtbot)
    assert station.policies.retraction_pending_at == at
    newer = station.issuer.policy("2026.12.06-1")
    applied = _load(station, newer, qtbot)
    assert applied.pending_retraction_at is None
    assert station.policies.retraction_pending_at is None
