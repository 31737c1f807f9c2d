"""Protocols the adapters implement. The core and the GUI depend on these only."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from desktop_app.core.models import (
    AttachedDevice,
    AuditReport,
    Device,
    Inventory,
    PolicyRef,
    RemovalResult,
)
from desktop_app.core.outcome_records import (
    AcceptedPolicy,
    AuditEntry,
    ChainLink,
    MailAccess,
    RecordedAudit,
    StoredAudit,
)
from desktop_app.core.reading_needs import NOTHING_MORE, ReadingNeeds

ProgressCallback = Callable[[int, int, str], None]
"""progress(done, total, what): reports long work; total 0 means unknown."""


class DeviceConnector(Protocol):
    """One connected phone. Same code path for a real phone and a simulator."""

    def identity(self) -> Device: ...

    def read_inventory(
        self, progress: ProgressCallback | None = None, needs: ReadingNeeds = NOTHING_MORE
    ) -> Inventory:
        """Every app of every user; `needs` asks for more than the list (e.g. Android signers)."""
        ...

    def remove_app(self, app_id: str, user: int | None = None) -> Sequence[RemovalResult]:
        """Remove app_id from one user (or every user holding it when user is None).

        Implementations validate app_id before any command reaches the device.
        """
        ...

    def close(self) -> None: ...


class DeviceDiscovery(Protocol):
    """Lists attached devices of one platform and opens connectors to them."""

    def list_devices(self) -> Sequence[AttachedDevice]: ...

    def open(self, device: AttachedDevice) -> DeviceConnector: ...


class AuditStore(Protocol):
    """Persistence of audits; implemented by storage.AuditDatabase."""

    def record_audit(self, report: AuditReport, inventory: Inventory | None, keep_inventory: bool) -> int: ...

    def record_policy(self, ref: PolicyRef, text: bytes) -> None: ...

    def record_remediation(self, audit_id: int, result: RemovalResult) -> None: ...

    def enqueue_outbox(self, kind: str, payload: dict[str, object], idempotency_key: str) -> int: ...


class OutcomeStore(Protocol):
    """What the outcome service needs from the station database (storage.AuditDatabase)."""

    def record_audits(self, entries: Sequence[AuditEntry]) -> list[RecordedAudit]: ...

    def record_policy(self, ref: PolicyRef, text: bytes) -> None: ...

    def record_removal(self, audit_id: int, result: RemovalResult) -> ChainLink: ...

    def record_receipt(self, audit_id: int, receipt: Mapping[str, Any]) -> None: ...

    def mail_access(self, platform: str, serial: str) -> MailAccess: ...

    def accepted_policy(self, policy_id: str) -> AcceptedPolicy | None: ...

    def known_policy_versions(self, policy_id: str) -> frozenset[str]: ...

    def accept_policy(
        self, ref: PolicyRef, supersedes: str | None, supersedes_known: bool | None, highest: bool
    ) -> None: ...

    def latest_official_not_compliant(self, policy_id: str) -> list[StoredAudit]: ...


class Clock(Protocol):
    def now(self) -> datetime: ...
