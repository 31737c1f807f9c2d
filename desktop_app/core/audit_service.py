"""One audit, start to finish: read the phone, judge, record, and on success issue the receipt.

The service knows the adapters only through the ports, so the CLI, the GUI and the
tests drive exactly the same sequence.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.core.app_ids import validate_app_id
from desktop_app.core.checker import evaluate
from desktop_app.core.models import AuditReport, Device, Inventory, RemovalResult, Verdict
from desktop_app.core.policy import LoadedPolicy
from desktop_app.core.ports import AuditStore, Clock, DeviceConnector, ProgressCallback
from desktop_app.core.reading_needs import reading_needs
from desktop_app.core.receipts import receipt_body, sign_receipt

log = logging.getLogger(__name__)

MAIL_ACCESS_EVENT = "mail_access.restore"


@dataclass(frozen=True, slots=True)
class AuditOutcome:
    report: AuditReport
    inventory: Inventory
    audit_id: int | None  # None when not recorded (--no-record)
    receipt: dict[str, Any] | None  # signed receipt, compliant audits only


class AuditService:
    def __init__(self, store: AuditStore | None, clock: Clock, receipt_key: Ed25519PrivateKey | None) -> None:
        self._store = store
        self._clock = clock
        self._receipt_key = receipt_key

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
        return self.judge(device, inventory, policy, record=record)

    def judge(
        self, device: Device, inventory: Inventory, policy: LoadedPolicy, *, record: bool = True
    ) -> AuditOutcome:
        report = evaluate(device, inventory, policy, self._clock.now())
        if not record or self._store is None:
            return AuditOutcome(report, inventory, None, None)
        keep = policy.document.privacy.keep_full_inventory
        if policy.text:
            self._store.record_policy(policy.ref, policy.text)
        audit_id = self._store.record_audit(report, inventory, keep)
        receipt = self._issue_receipt(report, audit_id)
        log.info("audit %s of %s: %s", audit_id, device.serial, report.verdict)
        return AuditOutcome(report, inventory, audit_id, receipt)

    def _issue_receipt(self, report: AuditReport, audit_id: int) -> dict[str, Any] | None:
        if report.verdict is not Verdict.COMPLIANT or self._receipt_key is None or self._store is None:
            return None
        receipt = sign_receipt(receipt_body(report, audit_id), self._receipt_key)
        self._store.enqueue_outbox(
            MAIL_ACCESS_EVENT,
            {"event": MAIL_ACCESS_EVENT, **receipt},
            idempotency_key=f"{report.device.platform}:{report.device.serial}:audit-{audit_id}",
        )
        return receipt

    def remove(
        self, connector: DeviceConnector, app_id: str, user: int | None, audit_id: int | None
    ) -> Sequence[RemovalResult]:
        """Remove one app (one user, or every user when user is None) and record what happened."""
        validate_app_id(app_id)
        results = connector.remove_app(app_id, user)
        if self._store is not None and audit_id is not None:
            for result in results:
                self._store.record_remediation(audit_id, result)
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
