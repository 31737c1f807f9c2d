"""The one outcome service: after an audit or a removal is recorded, what goes to the mail system.

Used by the CLI, the window, the kiosk and the fleet sync alike. It decides whether an audit is
official (core.officiality), records it in the hash chain, signs a receipt for an official
compliant audit, and queues one mail-access message per device *state change* (not per audit):
a phone checked five times while compliant sends one "compliant". Every message and receipt
carries the chain link (index, hash) of the audit it comes from.

API (all calls go to the store through the OutcomeStore port; nothing here does I/O itself):

    service = OutcomeService(store, clock, receipt_key)
    recorded = service.record_audit(report, inventory, policy, live=True)   # -> RecordedOutcome
    link = service.record_removal(audit_id, removal_result)                # -> ChainLink
    applied = service.apply_policy(policy)      # rollback refused (exit 2); withdrawals restore
    access = service.mail_access(platform, serial)                         # -> MailAccess
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.core.models import (
    AuditReport,
    Device,
    Finding,
    FindingState,
    Inventory,
    Platform,
    PolicyRef,
    RemovalResult,
    Verdict,
)
from desktop_app.core.officiality import Officiality, judge_officiality
from desktop_app.core.outcome_records import (
    AuditEntry,
    AuditOrigin,
    ChainLink,
    MailAccess,
    MailState,
    NamedPerson,
    QueuedMessage,
    RecordedAudit,
    StoredAudit,
)
from desktop_app.core.policy import LoadedPolicy
from desktop_app.core.policy_lifecycle import PolicyDecision, compare_versions, decide
from desktop_app.core.ports import Clock, OutcomeStore
from desktop_app.core.receipts import receipt_body, sign_receipt
from desktop_app.core.signing import key_id

log = logging.getLogger(__name__)

RESTORE_EVENT = "mail_access.restore"
BLOCK_EVENT = "mail_access.block"
_EVENT_FOR = {MailState.COMPLIANT: RESTORE_EVENT, MailState.NOT_COMPLIANT: BLOCK_EVENT}
_MAIL_STATE_FOR = {
    Verdict.COMPLIANT: MailState.COMPLIANT,
    Verdict.ACTION_REQUIRED: MailState.NOT_COMPLIANT,
    Verdict.NONCOMPLIANT: MailState.NOT_COMPLIANT,
}
_BLOCKING_STATES = frozenset({FindingState.BLOCKING, FindingState.ACTION_NEEDED, FindingState.MISSING})


def mail_state_for(verdict: Verdict) -> MailState | None:
    """The mail-access state an official audit with this verdict puts its device in (None: unchanged)."""
    return _MAIL_STATE_FOR.get(verdict)


def audit_message_key(platform: str, serial: str, state: MailState, audit_id: int) -> str:
    """Idempotency-Key of the message an audit queues when it changes its device's mail state."""
    return f"{platform}:{serial}:{state}:audit-{audit_id}"


def withdrawal_message_key(platform: str, serial: str, policy_id: str, version: str) -> str:
    """Idempotency-Key of the restore a withdrawal (policy id, version) sends for one device."""
    return f"{platform}:{serial}:compliant:withdrawal-{policy_id}-{version}"


@dataclass(frozen=True, slots=True)
class RecordedOutcome:
    audit_id: int
    chain: ChainLink
    officiality: Officiality
    receipt: dict[str, Any] | None  # signed; official compliant audits only
    mail_state: MailState | None  # the state this audit puts the device in (official audits only)
    message_id: int | None  # queued now because the state changed; None otherwise


@dataclass(frozen=True, slots=True)
class PolicyApplied:
    decision: PolicyDecision | None  # None when the policy is not trusted (nothing accepted)
    restored: tuple[RecordedAudit, ...] = ()
    pending_retraction_at: datetime | None = None  # a retraction that takes effect later

    @property
    def restored_count(self) -> int:
        return len(self.restored)


class OutcomeService:
    def __init__(self, store: OutcomeStore, clock: Clock, receipt_key: Ed25519PrivateKey | None) -> None:
        self._store = store
        self._clock = clock
        self._receipt_key = receipt_key
        # Computed once: a withdrawal builds thousands of messages.
        self._station_key_id = key_id(receipt_key.public_key()) if receipt_key is not None else None

    # -- audits ------------------------------------------------------------------------------
    def record_audit(
        self,
        report: AuditReport,
        inventory: Inventory | None,
        policy: LoadedPolicy,
        *,
        live: bool,
        person: NamedPerson | None = None,
    ) -> RecordedOutcome:
        """Record one audit; receipt + message only when official (and the state changed, or the
        check names a person: the kiosk's `identify` answer goes in the message and the receipt)."""
        if policy.text:
            self._store.record_policy(policy.ref, policy.text)
        accepted = self._store.accepted_policy(policy.document.id)
        superseded = accepted is not None and compare_versions(policy.document.version, accepted.version) < 0
        officiality = judge_officiality(
            report, inventory, policy, report.evaluated_at, live=live, superseded=superseded
        )
        mail_state = mail_state_for(report.verdict) if officiality.official else None
        receipts: list[dict[str, Any]] = []

        def message(audit_id: int, chain: ChainLink) -> QueuedMessage:
            receipt = None
            if report.verdict is Verdict.COMPLIANT and self._receipt_key is not None:
                receipt = sign_receipt(receipt_body(report, audit_id, chain, person), self._receipt_key)
                receipts.append(receipt)
            assert mail_state is not None
            return self._message(report, audit_id, chain, mail_state, receipt=receipt, person=person)

        entry = AuditEntry(
            report=report,
            inventory=inventory,
            keep_inventory=policy.document.privacy.keep_full_inventory,
            official=officiality.official,
            why_not_official=officiality.reasons,
            origin=AuditOrigin.LIVE if live else AuditOrigin.OFFLINE,
            mail_state=mail_state,
            message=message if mail_state is not None else None,
            always_message=person is not None,
        )
        (recorded,) = self._store.record_audits([entry])
        receipt = receipts[0] if receipts else None
        compliant = officiality.official and report.verdict is Verdict.COMPLIANT
        if receipt is None and compliant and self._receipt_key is not None:
            # The state did not change (no message built): the person still gets a receipt.
            receipt = sign_receipt(
                receipt_body(report, recorded.audit_id, recorded.chain, person), self._receipt_key
            )
        if receipt is not None:
            self._store.record_receipt(recorded.audit_id, receipt)  # History can give it again
        log.info(
            "audit %s of %s: %s, %s%s",
            recorded.audit_id,
            report.device.serial,
            report.verdict,
            "official" if officiality.official else "informational",
            f", message {recorded.message_id} queued" if recorded.message_id else "",
        )
        return RecordedOutcome(
            recorded.audit_id, recorded.chain, officiality, receipt, mail_state, recorded.message_id
        )

    def _message(
        self,
        report: AuditReport,
        audit_id: int,
        chain: ChainLink,
        state: MailState,
        *,
        receipt: Mapping[str, Any] | None = None,
        withdrawal: Mapping[str, Any] | None = None,
        person: NamedPerson | None = None,
    ) -> QueuedMessage:
        device = report.device
        kind = _EVENT_FOR[state]
        payload: dict[str, Any] = {
            "event": kind,
            "state": str(state),
            "device": {
                "platform": str(device.platform),
                "serial": device.serial,
                "model": device.model,
                "os_version": device.os_version,
            },
            "audit_id": audit_id,
            "person": person.as_json() if person is not None else None,
            "verdict": str(report.verdict),
            "evaluated_at": report.evaluated_at.isoformat(),
            "policy": {
                "id": report.policy.policy_id,
                "version": report.policy.version,
                "sha256": report.policy.sha256,
            },
            "chain": chain.as_json(),
            "station_key_id": self._station_key_id,
            "restored_by_withdrawal": withdrawal is not None,
            "withdrawal": dict(withdrawal) if withdrawal is not None else None,
        }
        if receipt is not None:
            payload.update(receipt)  # "receipt" (the signed body), "key_id", "signature"
        key = audit_message_key(str(device.platform), device.serial, state, audit_id)
        if withdrawal is not None:
            # The same key on every station of a fleet: a device restored for a silent station
            # by another one, then by its own station back online, is restored once by the mail system.
            key = withdrawal_message_key(
                str(device.platform), device.serial, str(withdrawal["policy_id"]), str(withdrawal["version"])
            )
        return QueuedMessage(kind, payload, key)

    # -- removals ----------------------------------------------------------------------------
    def record_removal(self, audit_id: int, result: RemovalResult) -> ChainLink:
        return self._store.record_removal(audit_id, result)

    # -- mail access -------------------------------------------------------------------------
    def mail_access(self, platform: str, serial: str) -> MailAccess:
        return self._store.mail_access(platform, serial)

    # -- policy lifecycle --------------------------------------------------------------------
    def check_policy(self, policy: LoadedPolicy) -> PolicyDecision:
        """Refuse a rollback (PolicyRollbackError, exit 2) without accepting anything."""
        document = policy.document
        return decide(
            policy,
            self._store.accepted_policy(document.id),
            self._clock.now(),
            self._store.known_policy_versions(document.id),
        )

    def apply_policy(self, policy: LoadedPolicy) -> PolicyApplied:
        """Accept a policy version; a withdrawal restores the devices only its rules blocked.

        Only a policy signed by a trusted key moves the station's version forward or restores
        anyone (an unsigned file must neither lock the station out nor unblock phones). Older
        versions are refused whatever their signature.
        """
        document = policy.document
        now = self._clock.now()
        accepted = self._store.accepted_policy(document.id)
        decision = decide(policy, accepted, now, self._store.known_policy_versions(document.id))
        # The version in force already, in the same state: nothing new is withdrawn (every scan with
        # the station's policy passes here, so the search for blocked devices is skipped).
        unchanged = (
            accepted is not None
            and accepted.sha256 == policy.sha256
            and accepted.retracted == policy.is_retracted(now)
        )
        if policy.text:
            self._store.record_policy(policy.ref, policy.text)
        if not policy.signature.signed:
            return PolicyApplied(None)
        pending = policy.retracted_from if policy.retracted and not policy.is_retracted(now) else None
        if unchanged:
            return PolicyApplied(decision, (), pending)
        self._store.accept_policy(
            policy.ref_at(now),
            document.supersedes,
            decision.supersedes_known,
            decision.newer or decision.first_seen,
        )
        if pending is not None:
            return PolicyApplied(decision, (), pending)
        restored = self._restore_withdrawn(policy, decision, now)
        return PolicyApplied(decision, tuple(restored))

    def _restore_withdrawn(
        self, policy: LoadedPolicy, decision: PolicyDecision, now: datetime
    ) -> list[RecordedAudit]:
        document = policy.document
        ref = policy.ref_at(now)
        newer: dict[str, bool] = {}  # per stored version: thousands of devices share a handful of versions
        entries: list[AuditEntry] = []
        for stored in self._store.latest_official_not_compliant(document.id):
            version = stored.policy_version
            if version not in newer:
                newer[version] = compare_versions(version, document.version) > 0
            if newer[version]:
                continue  # judged under a newer version than this one: not ours to undo
            blocking = [f for f in stored.findings if f.state in _BLOCKING_STATES]
            if not blocking or not all(decision.withdrawn(f.rule_id) for f in blocking):
                continue
            withdrawn_rules = sorted({f.rule_id for f in blocking})
            report = _reevaluated(stored, ref, decision, now, withdrawn_rules)
            withdrawal = {
                "policy_id": document.id,
                "version": document.version,
                "retracted": decision.withdraws_everything,
                "rules": withdrawn_rules,
                "previous_audit_id": stored.audit_id,
            }

            def message(
                audit_id: int, chain: ChainLink, report: AuditReport = report, withdrawal: Any = withdrawal
            ) -> QueuedMessage:
                return self._message(report, audit_id, chain, MailState.COMPLIANT, withdrawal=withdrawal)

            entries.append(
                AuditEntry(
                    report=report,
                    inventory=None,
                    keep_inventory=False,
                    official=True,
                    why_not_official=(),
                    origin=AuditOrigin.WITHDRAWAL,
                    mail_state=MailState.COMPLIANT,
                    message=message,
                )
            )
        if not entries:
            return []
        recorded = self._store.record_audits(entries)
        log.info(
            "policy %s %s: %d device(s) restored by withdrawal", document.id, document.version, len(recorded)
        )
        return recorded


def _retracted(finding: Finding) -> Finding:
    # The constructor, not dataclasses.replace: a withdrawal re-evaluates thousands of findings.
    f = finding
    return Finding(
        f.rule_id, f.rule_title, f.action, f.app_id, f.label, f.platform, f.user, FindingState.RETRACTED,
        f.app_state, f.reason,
    )  # fmt: skip


def _reevaluated(
    stored: StoredAudit,
    policy: PolicyRef,
    decision: PolicyDecision,
    now: datetime,
    withdrawn_rules: list[str],
) -> AuditReport:
    findings = tuple(_retracted(f) if decision.withdrawn(f.rule_id) else f for f in stored.findings)
    verdict = Verdict.COMPLIANT
    if any(f.state in (FindingState.BLOCKING, FindingState.MISSING) for f in findings):
        verdict = Verdict.NONCOMPLIANT
    elif any(f.state is FindingState.ACTION_NEEDED for f in findings):
        verdict = Verdict.ACTION_REQUIRED
    device = Device(
        Platform(stored.platform), stored.serial, stored.model, stored.os_version, stored.device_name
    )
    note = (
        f"Re-evaluated from the findings of audit {stored.audit_id}, without the phone: policy "
        f"{policy.policy_id} version {policy.version} withdrew {', '.join(withdrawn_rules)}."
    )
    return AuditReport(
        device=device,
        policy=policy,
        verdict=verdict,
        findings=findings,
        apps_scanned=stored.apps_scanned,
        evaluated_at=now,
        notes=(note,),
        inventory_sha256=stored.inventory_sha256,
    )
