"""Policies from the centre: publishing a signed policy, reading what is published, waiting for news.

A publication is the policy text and its detached signature, exactly as issued; stations check
the signature against their own trusted keys, never the centre's word.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

import psycopg

from desktop_app.core.errors import FleetError
from desktop_app.storage.fleet.central import Connection, FleetTarget, connect, translated

logger = logging.getLogger(__name__)

CHANNEL = "app_audit_policy"
DEVICES_CHANNEL = "app_audit_devices"
ROWS_CHANNEL = "app_audit_rows"


@dataclass(frozen=True, slots=True)
class Publication:
    publication_id: int
    policy_id: str
    version: str
    sha256: str
    status: str
    text: bytes
    signature: bytes


def publish(  # noqa: PLR0917 - the fields of one publication
    conn: Connection, policy_id: str, version: str, sha256: str, status: str, text: bytes, signature: bytes
) -> int:
    """Store a policy for every station; a version already published is refused (publish a new one)."""
    try:
        with translated(f"publish policy {policy_id} {version}"), conn.transaction():
            row = conn.execute(
                "INSERT INTO app_audit.policies (policy_id, version, sha256, status, text, signature)"
                " VALUES (%s, %s, %s, %s, %s, %s) RETURNING publication_id",
                (policy_id, version, sha256, status, text, signature),
            ).fetchone()
    except FleetError as error:
        if isinstance(error.__cause__, psycopg.errors.UniqueViolation):
            raise FleetError(
                f"policy {policy_id} version {version} (or this very file) is already published",
                hint="A changed policy needs a new version number.",
                code="fleet_already_published",
            ) from error
        raise
    assert row is not None
    return int(row[0])


def newest_publication(conn: Connection) -> Publication | None:
    """The policy stations should apply: the one published last."""
    with translated("read the published policies"):
        r = conn.execute(
            "SELECT publication_id, policy_id, version, sha256, status, text, signature"
            " FROM app_audit.policies ORDER BY publication_id DESC LIMIT 1"
        ).fetchone()
        conn.commit()
    return None if r is None else Publication(int(r[0]), r[1], r[2], r[3], r[4], bytes(r[5]), bytes(r[6]))


class Listener:
    """A connection that LISTENs on the centre's channels; wait() returns when news arrives or time is up."""

    def __init__(self, target: FleetTarget, channels: tuple[str, ...] = (CHANNEL,)) -> None:
        self._conn = connect(target, autocommit=True)
        with translated("listen for news from the fleet database"):
            for channel in channels:
                self._conn.execute(f"LISTEN {channel}")  # constant channel names, no input

    def wait(self, timeout_s: float) -> bool:
        """True when a notification arrived within timeout_s (several are drained together)."""
        with translated("wait for news from the fleet database"):
            arrived = list(self._conn.notifies(timeout=timeout_s, stop_after=1))
            if arrived:  # drain what came with it without waiting
                arrived += list(self._conn.notifies(timeout=0.0))
        return bool(arrived)

    def close(self) -> None:
        self._conn.close()


@dataclass(frozen=True, slots=True)
class ClaimedRestore:
    platform: str
    serial: str
    model: str
    rule_ids: list[str]
    own: bool  # last officially audited here: this station's own chain restores it


def claim_restores(
    conn: Connection, withdrawal_sha256: str, rules_in_force: list[str], offline_after_s: float
) -> list[ClaimedRestore]:
    """Claim, once fleet-wide, the devices this withdrawal restores that are this station's to restore."""
    with translated("claim the devices a withdrawal restores"), conn.transaction():
        rows = conn.execute(
            "SELECT platform, serial, model, rule_ids, own FROM app_audit.claim_restores(%s, %s, %s)",
            (withdrawal_sha256, rules_in_force, timedelta(seconds=offline_after_s)),
        ).fetchall()
    return [ClaimedRestore(str(r[0]), str(r[1]), str(r[2]), list(r[3] or []), bool(r[4])) for r in rows]
