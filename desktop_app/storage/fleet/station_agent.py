"""A running station's link to the fleet: one cycle at a time, on whatever thread the front end gives it.

Each cycle waits (bounded) for a NOTIFY from the centre, then applies the policy published last
when one was announced (or the polling interval passed), sends the rows waiting here, and reads
the fleet view when asked. A lost server ends the cycle with its error; the next cycle reconnects.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.core.clock import SystemClock
from desktop_app.core.errors import AppAuditError, FleetError, PolicyError, PolicySignatureError
from desktop_app.core.outcomes import OutcomeService
from desktop_app.core.policy import LoadedPolicy, load_policy
from desktop_app.core.signing import TrustedKey
from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.fleet import fleet_view
from desktop_app.storage.fleet.central import FleetTarget, connect
from desktop_app.storage.fleet.policy_feed import CHANNEL, DEVICES_CHANNEL, Listener, newest_publication
from desktop_app.storage.fleet.policy_receiver import receive_policy
from desktop_app.storage.fleet.push import PushSummary, push_pending
from desktop_app.storage.fleet.station_link import StationLink
from desktop_app.storage.fleet.withdrawals import restore_for_the_fleet
from desktop_app.storage.station_files import fleet_policy_path

logger = logging.getLogger(__name__)

NEEDS_ACTION_LIMIT = 500

StationApply = Callable[[AuditDatabase, LoadedPolicy, Ed25519PrivateKey], None]
"""How the station applies a policy (the step `policy apply` takes), given its own database."""


def apply_fleet_policy(store: AuditDatabase, policy: LoadedPolicy, receipt_key: Ed25519PrivateKey) -> None:
    """The step `policy apply` takes: a rollback is refused (PolicyRollbackError); a withdrawal
    restores the devices of this station that only the withdrawn rules blocked."""
    applied = OutcomeService(store, SystemClock(), receipt_key).apply_policy(policy)
    if applied.decision is None:
        raise PolicySignatureError(
            f"policy {policy.document.id} {policy.document.version}: {policy.signature.problem}"
        )
    if applied.restored_count:
        logger.info("policy %s: %d device(s) restored here", policy.document.version, applied.restored_count)


@dataclass(frozen=True, slots=True)
class FleetSnapshot:
    """What the Fleet tab shows."""

    counts: dict[str, int]
    needing_action: list[fleet_view.FleetDevice]
    stations: list[fleet_view.FleetStation]


@dataclass(frozen=True, slots=True)
class CycleReport:
    policy: LoadedPolicy | None = None  # applied during this cycle
    pushed: PushSummary | None = None
    snapshot: FleetSnapshot | None = None
    error: AppAuditError | None = None  # the server is away, or a publication was refused
    refused: list[str] = field(default_factory=list)
    restored_for_fleet: int = 0  # restores queued here for devices of silent stations


@dataclass
class StationSettings:
    target: FleetTarget
    station_name: str
    database_path: Path
    data_dir: Path
    receipt_key: Ed25519PrivateKey
    trusted: list[TrustedKey]
    apply: StationApply
    in_force: Callable[[], tuple[str, str] | None]  # (policy id, version) the station applies now
    poll_interval_s: float = 30.0
    offline_after_s: float = 300.0  # a station silent this long has its devices restored by others


class StationAgent:
    def __init__(self, settings: StationSettings, *, with_view: bool = False) -> None:
        self.settings = settings
        self._with_view = with_view
        self._store: AuditDatabase | None = None
        self._link: StationLink | None = None
        self._listener: Listener | None = None
        self._next_poll = 0.0
        self._refused: set[str] = set()  # publications this station will not apply (said once)

    def cycle(self, wait_s: float) -> CycleReport:
        try:
            fresh = self._link is None
            link, listener = self._connected()
            notified = False if fresh else listener.wait(wait_s)
            due = fresh or notified or time.monotonic() >= self._next_poll
            policy, refused = self._receive(link) if due else (None, [])
            restored = 0
            if due:
                self._next_poll = time.monotonic() + self.settings.poll_interval_s
                restored = self._restore_for_the_fleet(link)
            pushed = push_pending(
                self._open_store(), link, self.settings.receipt_key, policy=self.settings.in_force()
            )
            snapshot = self._snapshot(link) if self._with_view and due else None
            return CycleReport(policy, pushed, snapshot, refused=refused, restored_for_fleet=restored)
        except FleetError as error:
            logger.info("fleet cycle: %s", error)
            self.close()
            return CycleReport(error=error)

    def _connected(self) -> tuple[StationLink, Listener]:
        if self._link is None or self._listener is None:
            self._link = StationLink(connect(self.settings.target), self.settings.station_name)
            self._listener = Listener(self.settings.target, (CHANNEL, DEVICES_CHANNEL))
        return self._link, self._listener

    def _open_store(self) -> AuditDatabase:
        if self._store is None:
            self._store = AuditDatabase(self.settings.database_path)
        return self._store

    def _receive(self, link: StationLink) -> tuple[LoadedPolicy | None, list[str]]:
        published = newest_publication(link.conn)
        if published is None or published.sha256 in self._refused:
            return None, []
        try:
            store = self._open_store()
            applied = receive_policy(
                link.conn,
                self.settings.data_dir,
                self.settings.trusted,
                lambda policy: self.settings.apply(store, policy, self.settings.receipt_key),
            )
        except PolicyError as error:
            self._refused.add(published.sha256)
            logger.warning("fleet policy %s %s refused: %s", published.policy_id, published.version, error)
            return None, [f"{published.policy_id} {published.version}: {error.message}"]
        return applied, []

    def _restore_for_the_fleet(self, link: StationLink) -> int:
        """Devices of stations gone silent that the withdrawal in force here restores (claimed once)."""
        path = fleet_policy_path(self.settings.data_dir)
        if not path.exists():
            return 0
        try:
            policy = load_policy(path, self.settings.trusted, require_signature=True)
        except PolicyError as error:
            logger.warning("the fleet policy in force no longer loads: %s", error)
            return 0
        claimed = restore_for_the_fleet(
            link.conn, self._open_store(), policy, self.settings.station_name, self.settings.offline_after_s
        )
        return sum(1 for device in claimed if not device.own)

    def _snapshot(self, link: StationLink) -> FleetSnapshot:
        conn = link.conn
        return FleetSnapshot(
            counts=fleet_view.counts(conn),
            needing_action=fleet_view.devices(
                conn, fleet_view.DeviceFilter(needs_action=True), limit=NEEDS_ACTION_LIMIT
            ),
            stations=[s for s in fleet_view.stations(conn) if s.behind],
        )

    def close(self) -> None:
        for closeable in (self._listener, self._link):
            if closeable is not None:
                try:
                    closeable.close()
                except Exception:
                    logger.debug("closing a fleet connection failed", exc_info=True)
        self._listener = self._link = None

    def shutdown(self) -> None:
        self.close()
        if self._store is not None:
            self._store.close()
            self._store = None
