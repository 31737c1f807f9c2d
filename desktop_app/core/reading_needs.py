"""What a policy needs read from a phone beyond its app list: asked of the connector per scan.

Reading an Android app's signer costs bytes of its APK (the first time); a policy without signer
rules must not pay for it, so the connector reads signers only when this says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the policy stack (pydantic) is not needed to say what to read
    from desktop_app.core.policy_schema import Rule


@dataclass(frozen=True, slots=True)
class ReadingNeeds:
    android_signers: bool = False  # the SHA-256 of each non-system Android app's signing certificate


NOTHING_MORE = ReadingNeeds()


def android_signer_rules(rules: list[Rule]) -> list[int]:
    """The indexes of the rules that look at an Android app's signer."""
    return [
        index
        for index, rule in enumerate(rules)
        if (rule.android is not None and rule.android.signers)
        or (rule.unless_signed_by is not None and rule.unless_signed_by.android_signers)
    ]


def reading_needs(rules: list[Rule]) -> ReadingNeeds:
    return ReadingNeeds(android_signers=bool(android_signer_rules(rules)))
