"""Policy versions only move forward on a station, and a withdrawal undoes what it caused.

Pure decisions: whether a loaded policy may be accepted given the highest version of its id
the station accepted before (rollback refused), and which rules a new version withdraws.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.errors import PolicyError
from desktop_app.core.outcome_records import AcceptedPolicy
from desktop_app.core.policy import LoadedPolicy

_PARTS = re.compile(r"\d+|[^\d]+")


class PolicyRollbackError(PolicyError):
    code = "policy_rollback"
    default_hint = "Load the newest version of this policy (ask IT which one is current)."


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order: "2026.11.28-2" < "2026.11.28-10" < "2026.12.01-1"; numbers compare as numbers."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in _PARTS.findall(version))


def compare_versions(a: str, b: str) -> int:
    ka, kb = version_key(a), version_key(b)
    return (ka > kb) - (ka < kb)


@dataclass(frozen=True, slots=True)
class PolicyDecision:
    """What accepting a policy means for this station."""

    first_seen: bool  # no version of this id was accepted before
    newer: bool  # a higher version than the accepted one (or the first)
    supersedes_known: bool | None  # None when the policy claims to replace nothing
    # Rule ids no longer in force: every rule when the policy is retracted (in effect at `now`),
    # otherwise None, meaning "rules absent from this version" (judged against stored findings).
    withdraws_everything: bool
    rule_ids: frozenset[str]

    def withdrawn(self, rule_id: str) -> bool:
        return self.withdraws_everything or rule_id not in self.rule_ids


def decide(
    policy: LoadedPolicy,
    accepted: AcceptedPolicy | None,
    now: datetime,
    known_versions: frozenset[str] = frozenset(),
) -> PolicyDecision:
    """Refuse an older version (PolicyRollbackError, exit 2); otherwise say what accepting it means.

    The same version is accepted again when it is the very same file, or when it is the retraction
    of the version accepted (an order withdrawn as issued). A different file claiming an accepted
    version is refused: two texts must not share one version number.
    """
    document = policy.document
    order = 1 if accepted is None else compare_versions(document.version, accepted.version)
    if accepted is not None and order < 0:
        raise PolicyRollbackError(
            f"policy {document.id} version {document.version} is older than version "
            f"{accepted.version}, which this station already accepted: refused"
        )
    withdrawing = policy.retracted and not accepted.retracted if accepted is not None else False
    if accepted is not None and order == 0 and policy.sha256 != accepted.sha256 and not withdrawing:
        raise PolicyRollbackError(
            f"policy {document.id} version {document.version} differs from the version "
            f"{accepted.version} this station already accepted (sha256 {accepted.sha256[:16]}...): refused",
            hint="A changed policy needs a new version number.",
        )
    supersedes = document.supersedes
    supersedes_known = None if supersedes is None else supersedes in known_versions
    return PolicyDecision(
        first_seen=accepted is None,
        newer=order > 0,
        supersedes_known=supersedes_known,
        withdraws_everything=policy.is_retracted(now),
        rule_ids=frozenset(rule.id for rule in document.rules),
    )
