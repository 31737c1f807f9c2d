"""Official or informational: which audits may earn a receipt and a mail-access message.

An audit is official only when all of these hold: the apps were read from the phone just
now (not a saved listing), the inventory is complete, the policy is signed by a trusted key,
and the policy is active (not retracted, not superseded by a newer accepted version), and the
audit is recorded. Anything else is an informational check: recorded and shown, with the
reasons, but never a receipt or a message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.models import AuditReport, Inventory, Verdict
from desktop_app.core.policy import LoadedPolicy

# Stable codes (the "why_not_official" list of `scan --json`) and their plain sentences.
REASONS: dict[str, str] = {
    "offline_listing": "the apps come from a saved listing, not from the phone itself",
    "inventory_incomplete": "part of the phone could not be read",
    "policy_unsigned": "the policy has no signature",
    "policy_untrusted": "the policy is not signed by a trusted key",
    "no_trusted_keys": "no trusted policy key is configured on this station",
    "policy_tampered": "the policy was changed after it was signed",
    "policy_retracted": "the policy was retracted",
    "policy_superseded": "a newer version of the policy was accepted on this station",
    "not_recorded": "the check was not recorded (--no-record)",
}

_SIGNATURE_REASONS = {
    "unsigned": "policy_unsigned",
    "no_trusted_keys": "no_trusted_keys",
    "tampered": "policy_tampered",
}

NO_TRUSTED_KEY_FIX = "app-audit policy trust ISSUER.pub"


@dataclass(frozen=True, slots=True)
class Officiality:
    official: bool
    reasons: tuple[str, ...] = ()  # codes from REASONS, empty when official

    @property
    def sentence(self) -> str:
        """One plain sentence for people ("" when official)."""
        return informational_sentence(self.reasons)


OFFICIAL = Officiality(True)


def informational_sentence(reasons: tuple[str, ...] | list[str]) -> str:
    if not reasons:
        return ""
    because = "; ".join(REASONS.get(code, code) for code in reasons)
    return f"Informational check only, no receipt and no mail-access message: {because}."


def judge_officiality(
    report: AuditReport,
    inventory: Inventory | None,
    policy: LoadedPolicy,
    now: datetime,
    *,
    live: bool,
    recorded: bool = True,
    superseded: bool = False,
) -> Officiality:
    reasons: list[str] = []
    if not live:
        reasons.append("offline_listing")
    incomplete = report.verdict is Verdict.INCONCLUSIVE or (
        inventory is not None and (not inventory.complete or bool(inventory.unreadable_profiles))
    )
    if incomplete:
        reasons.append("inventory_incomplete")
    if not policy.signature.signed:
        reasons.append(_SIGNATURE_REASONS.get(policy.signature.problem_code, "policy_untrusted"))
    if policy.is_retracted(now):
        reasons.append("policy_retracted")
    if superseded:
        reasons.append("policy_superseded")
    if not recorded:
        reasons.append("not_recorded")
    return Officiality(not reasons, tuple(reasons))
