"""One audit, start to finish: read the phone, judge, record, and hand the result to the outcome service.

The service knows the adapters only through the ports, so the CLI, the GUI and the
tests drive exactly the same sequence. What goes to the mail system is decided by
core.outcomes.OutcomeService (official audits only, one message per device state change).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.core.app_ids import validate_app_id
from desktop_app.core.checker import evaluate
from desktop_app.core.display_text import utf8_safe, utf8_safe_inventory
from desktop_app.core.models import AuditReport, Device, Inventory, RemovalResult
from desktop_app.core.officiality import Officiality, judge_officiality
from desktop_app.core.outcome_records import ChainLink, MailState, NamedPerson
from desktop_app.core.outcomes import RESTORE_EVENT, OutcomeService
from desktop_app.core.policy import LoadedPolicy
from desktop_app.core.ports import Clock, DeviceConnector, OutcomeStore, ProgressCallback
from desktop_app.core.reading_needs import reading_needs

log = logging.getLogger(__name__)

NOT_RECORDED = Officiality(False, ("not_recorded",))

MAIL_ACCESS_EVENT = RESTORE_EVENT


@dataclass(frozen=True, slots=True)
class AuditOutcome:
    report: AuditReport
    inventory: Inventory
    audit_id: int | None  # None when not recorded (--no-record)
    receipt: dict[str, Any] | None  # signed receipt: official compliant audits only
    officiality: Officiality = NOT_RECORDED
    chain: ChainLink | None = None  # the audit's place in the hash chain
    mail_state: MailState | None = None  # the device's mail state after this audit (official only)
    message_id: int | None = None  # mail-access message queued by this audit (state changed)

    @property
    def official(self) -> bool:
        return self.officiality.official


class AuditService:
    def __init__(
        self, store: OutcomeStore | None, clock: Clock, receipt_key: Ed25519PrivateKey | None
    ) -> None:
        self._store = store
        self._clock = clock
        self.outcomes = None if store is None else OutcomeService(store, clock, receipt_key)

    def audit(
        self,
        connector: DeviceConnector,
        policy: LoadedPolicy,
        *,
        record: bool = True,
        progress: ProgressCallback | None = None,
    ) -> AuditOutcome:
        """Read identity and inventory from the phone, then judge. Device errors propagate unrecorded."""
        device = connector.identity()
        inventory = connector.read_inventory(progress, reading_needs(policy.rules))
        return self.judge(device, inventory, policy, record=record, live=True)

    def judge(
        self,
        device: Device,
        inventory: Inventory,
        policy: LoadedPolicy,
        *,
        record: bool = True,
        live: bool = False,
        person: NamedPerson | None = None,
    ) -> AuditOutcome:
        """Judge an inventory; live=True only when it was read from the phone just now; person: whom
        the check is for (the kiosk's identify answer), named in the mail-access message and receipt."""
        # Text that UTF-8 cannot hold (a lone surrogate) would stop the recording: U+FFFD in its place.
        device, inventory = utf8_safe(device), utf8_safe_inventory(inventory)
        report = evaluate(device, inventory, policy, self._clock.now())
        if not record or self.outcomes is None:
            officiality = judge_officiality(
                report, inventory, policy, report.evaluated_at, live=live, recorded=False
            )
            return AuditOutcome(report, inventory, None, None, officiality)
        recorded = self.outcomes.record_audit(report, inventory, policy, live=live, person=person)
        return AuditOutcome(
            report,
            inventory,
            recorded.audit_id,
            recorded.receipt,
            recorded.officiality,
            recorded.chain,
            recorded.mail_state,
            recorded.message_id,
        )

    def remove(
        self, connector: DeviceConnector, app_id: str, user: int | None, audit_id: int | None
    ) -> Sequence[RemovalResult]:
        """Remove one app (one user, or every user when user is None) and record what happened."""
        validate_app_id(app_id)
        results = [utf8_safe(result) for result in connector.remove_app(app_id, user)]
        if self.outcomes is not None and audit_id is not None:
            for result in results:
                self.outcomes.record_removal(audit_id, result)
        return results

    def remove_and_verify(
        self,
        connector: DeviceConnector,
        policy: LoadedPolicy,
        app_id: str,
        user: int | None,
        audit_id: int | None,
        *,
        record: bool = True,
    ) -> tuple[Sequence[RemovalResult], AuditOutcome]:
        """Remove, then audit again from a fresh listing: the phone, not the removal call, has the last word."""
        results = self.remove(connector, app_id, user, audit_id)
        return results, self.audit(connector, policy, record=record)
