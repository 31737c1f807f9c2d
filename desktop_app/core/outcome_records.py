"""Values the outcome service and the audit store exchange (core side of the store port).

A chain link is where a record sits in the station's hash chain: its index (1, 2, ...) and
its hash. Receipts and mail-access messages carry the link of the record they come from, so
a receiver or `history verify --against` can tell when the station's history lost its tail.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop_app.core.models import AuditReport, Finding, Inventory


@dataclass(frozen=True, slots=True)
class ChainLink:
    index: int
    hash: str

    def as_json(self) -> dict[str, object]:
        return {"index": self.index, "hash": self.hash}


class MailState(enum.StrEnum):
    """What the mail system was last told about a device."""

    COMPLIANT = "compliant"  # restore mail access
    NOT_COMPLIANT = "not_compliant"  # a banned app is present (action required or blocking)


class AuditOrigin(enum.StrEnum):
    LIVE = "live"  # read from the phone just now
    OFFLINE = "offline"  # a saved listing (scan --inventory)
    WITHDRAWAL = "withdrawal"  # re-evaluated from stored findings after a policy withdrew rules


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """Whom a check is for, as the person typed it at the kiosk (`kiosk.identify`): the mail system
    restores (or blocks) mail access for this address or employee number, not only for the phone."""

    kind: str  # "email" | "employee_id"
    value: str

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "value": self.value}


@dataclass(frozen=True, slots=True)
class QueuedMessage:
    kind: str
    payload: Mapping[str, Any]
    idempotency_key: str


MessageBuilder = Callable[[int, ChainLink], QueuedMessage]
"""Builds the mail-access message once the audit has its id and chain link (inside the store's
transaction, so the audit and its message are recorded together or not at all)."""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audit to append to the chain, and what the mail system should hear about it."""

    report: AuditReport
    inventory: Inventory | None
    keep_inventory: bool
    official: bool
    why_not_official: tuple[str, ...]
    origin: AuditOrigin
    # The device's new mail state (official audits only); a message is queued only when it differs
    # from the state last queued for that device.
    mail_state: MailState | None = None
    message: MessageBuilder | None = None
    # A check that names a person sends its message even when the device's state did not change:
    # the mail system must hear for whom (the phone may have been compliant for someone else before).
    always_message: bool = False


@dataclass(frozen=True, slots=True)
class RecordedAudit:
    audit_id: int
    chain: ChainLink
    message_id: int | None = None  # the queued mail-access message, None when the state did not change
    payload: Mapping[str, Any] | None = None


class MailPhase(enum.StrEnum):
    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"  # queued, not yet confirmed by the receiver (may be retrying)
    CONFIRMED = "confirmed"  # the receiver answered 2xx
    FAILED = "failed"  # given up; needs a person


@dataclass(frozen=True, slots=True)
class MailAccess:
    """The mail-access state of one device, for the device page, receipts and the CLI."""

    phase: MailPhase
    state: MailState | None = None
    message_id: int | None = None
    requested_at: datetime | None = None
    confirmed_at: datetime | None = None
    attempts: int = 0
    last_error: str = ""
    audit_id: int | None = None


NOT_REQUESTED = MailAccess(MailPhase.NOT_REQUESTED)


@dataclass(frozen=True, slots=True)
class StoredAudit:
    """An audit as the withdrawal re-evaluation needs it: identity, policy, verdict, findings."""

    audit_id: int
    platform: str
    serial: str
    model: str
    os_version: str
    device_name: str
    policy_id: str
    policy_version: str
    verdict: str
    apps_scanned: int
    inventory_sha256: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class AcceptedPolicy:
    """The highest version of one policy id this station has accepted."""

    policy_id: str
    version: str
    sha256: str
    retracted: bool
    accepted_at: datetime
