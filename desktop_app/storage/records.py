"""Rows handed to the CLI and the GUI: plain frozen values, no database handles."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class AuditRow:
    audit_id: int
    recorded_at: datetime
    platform: str
    serial: str
    model: str
    os_version: str
    device_name: str
    policy_id: str
    policy_version: str
    policy_sha256: str
    policy_signed: bool
    verdict: str
    apps_scanned: int
    findings_count: int
    inventory_sha256: str
    row_hash: str
    prev_hash: str
    official: bool | None = None  # None: recorded before officiality was judged
    why_not_official: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AuditDetail:
    row: AuditRow
    findings: list[dict[str, Any]]
    remediation: list[dict[str, Any]]
    inventory: list[dict[str, Any]] | None  # None unless the policy asked to keep the full inventory
    notes: list[str]
    receipt: dict[str, Any] | None = None  # the signed receipt this audit gave (compliant official only)


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    message_id: int
    kind: str
    payload: dict[str, Any]
    idempotency_key: str
    created_at: datetime
    attempts: int
    next_attempt_at: datetime
    delivered_at: datetime | None
    last_error: str
    # Set when delivery stopped for good (the receiver refused it, or too many attempts).
    gave_up_at: datetime | None = None

    @property
    def status(self) -> str:
        if self.delivered_at is not None:
            return "delivered"
        if self.gave_up_at is not None:
            return "failed"
        return "pending"


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    checked: int
    problems: list[str] = field(default_factory=list)
