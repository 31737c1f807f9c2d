"""A published withdrawal restores mail access once per device across the fleet, stations off included.

The device's own station restores it from its own chain when it applies the withdrawal. A device
whose station has been silent for a while is claimed, once fleet-wide, by a station that is up;
that station queues the restore in its own outbox, with the idempotency key every station uses
for this device and this withdrawal, so the mail system applies it once even if the owner, back
online later, restores it too.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from desktop_app.core.outcomes import RESTORE_EVENT, withdrawal_message_key
from desktop_app.core.policy import LoadedPolicy
from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.fleet.central import Connection
from desktop_app.storage.fleet.policy_feed import ClaimedRestore, claim_restores

logger = logging.getLogger(__name__)


def rules_in_force(policy: LoadedPolicy, now: datetime) -> list[str]:
    return [] if policy.is_retracted(now) else [rule.id for rule in policy.document.rules]


def restore_for_the_fleet(
    conn: Connection, store: AuditDatabase, policy: LoadedPolicy, station_name: str, offline_after_s: float
) -> list[ClaimedRestore]:
    """Claim what this withdrawal restores here; queue restores for claimed devices of silent stations."""
    now = datetime.now(UTC)
    if policy.retracted and not policy.is_retracted(now):
        return []  # a retraction that takes effect later: nothing is withdrawn yet
    claimed = claim_restores(conn, policy.sha256, rules_in_force(policy, now), offline_after_s)
    document = policy.document
    for device in claimed:
        if device.own:
            continue  # restored from this station's own chain by the policy apply step
        payload: dict[str, Any] = {
            "event": RESTORE_EVENT,
            "state": "compliant",
            "device": {"platform": device.platform, "serial": device.serial, "model": device.model},
            "restored_by_withdrawal": True,
            "withdrawal": {
                "policy_id": document.id,
                "version": document.version,
                "sha256": policy.sha256,
                "retracted": policy.is_retracted(now),
                "rules": device.rule_ids,
            },
            "via_fleet": {"station": station_name},
            "chain": None,  # not audited here: the centre's latest official verdict is the evidence
        }
        key = withdrawal_message_key(device.platform, device.serial, document.id, document.version)
        store.enqueue_outbox(RESTORE_EVENT, payload, key)
        logger.info(
            "restore of %s %s queued for the fleet (%s withdrawn)",
            device.platform,
            device.serial,
            document.id,
        )
    return claimed
