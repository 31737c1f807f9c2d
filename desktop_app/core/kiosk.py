"""What the self-check kiosk decides, without any widget: which apps may be removed there, the
words of the policy in the person's language, what to unlock, the short receipt reference."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.core.models import AuditReport, Finding, Inventory, ProfileRead, RuleAction
from desktop_app.core.policy_schema import Contact, PolicyDocument


def localized(texts: Mapping[str, str], language: str) -> str:
    """A policy text in language, English when the policy has no such translation."""
    return texts.get(language) or texts.get("en") or ""


def removable_findings(report: AuditReport) -> list[Finding]:
    """The apps the kiosk may remove: flagged by a `remove` rule and keeping the phone from compliance.

    Review-only matches, retracted rules and missing required apps are never removed here."""
    seen: set[tuple[str, int | None]] = set()
    found = []
    for finding in report.findings:
        key = (finding.app_id, finding.user)
        if finding.action is RuleAction.REMOVE and finding.blocks_compliance and key not in seen:
            seen.add(key)
            found.append(finding)
    return found


def profiles_to_unlock(inventory: Inventory | None) -> list[ProfileRead]:
    """The profiles an inconclusive check could not read (a locked private space, a paused work profile)."""
    return list(inventory.unreadable_profiles) if inventory is not None else []


def receipt_reference(receipt: Mapping[str, Any] | None) -> str:
    """A short reference a person can read out to the helpdesk: audit number and a signature check.

    "A-42-7F3K9Q": the helpdesk finds audit 42 and sees that the receipt is the one signed for it."""
    if not receipt:
        return ""
    body = receipt.get("receipt", {})
    digest = hashlib.sha256(str(receipt.get("signature", "")).encode("ascii")).digest()
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud without mistakes
    check = "".join(alphabet[b % len(alphabet)] for b in digest[:6])
    return f"A-{body.get('audit_id', '?')}-{check}"


@dataclass(frozen=True, slots=True)
class PrivacyNotice:
    """What the consent page says is kept, for how long, and whom to ask."""

    retention_days: int
    keeps_full_list: bool
    contact: Contact | None


def privacy_notice(document: PolicyDocument) -> PrivacyNotice:
    return PrivacyNotice(
        document.privacy.retention_days, document.privacy.keep_full_inventory, document.contact
    )
