"""The attached devices and what is happening to each: discovery listings in, scans and
removals out through the task runner, state changes announced by signal. No widgets here."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.core.errors import (
    AppAuditError,
    DeviceBusyError,
    DeviceDisconnectedError,
    DeviceLockedError,
    DeviceNotFoundError,
    DeviceTimeoutError,
    DeviceTrustRefusedError,
    DeviceUnauthorizedError,
    DeviceUntrustedError,
)
from desktop_app.core.models import (
    AttachedDevice,
    Device,
    DeviceState,
    Finding,
    Inventory,
    Platform,
    RemovalResult,
)
from desktop_app.core.ports import Clock, ProgressCallback
from desktop_app.core.reading_needs import reading_needs
from desktop_app.gui.database_gateway import DatabaseGateway
from desktop_app.gui.device_session import (
    DeviceLink,
    DeviceSession,
    RemovalProgress,
    Status,
    device_key,
    status_for_attached,
    status_for_verdict,
)
from desktop_app.gui.hotplug import HotplugMonitor
from desktop_app.gui.presenter import Level, Message, MessagePresenter
from desktop_app.gui.task_runner import TaskRunner
from desktop_app.gui.wording import finding_name

if TYPE_CHECKING:
    from desktop_app.core.audit_service import AuditOutcome
    from desktop_app.core.policy import LoadedPolicy

log = logging.getLogger(__name__)

# Errors that mean "the person must do something on the phone": the badge says what.
_PERSON_STATES: tuple[tuple[type[AppAuditError], Status], ...] = (
    (DeviceTrustRefusedError, Status.TRUST_REFUSED),
    (DeviceUnauthorizedError, Status.WAITING_ALLOW),
    (DeviceUntrustedError, Status.WAITING_TRUST),
    (DeviceLockedError, Status.LOCKED),
    (DeviceBusyError, Status.BUSY),
)
_LOST_LINK = (DeviceDisconnectedError, DeviceNotFoundError, DeviceTimeoutError)
_GONE = (DeviceDisconnectedError, DeviceNotFoundError)
VERIFYING = "Checking the phone again"
STOPPING_ADB = "Stopping the other adb server"


class DeviceHub(QObject):
    device_added = Signal(str)
    device_changed = Signal(str)
    device_removed = Signal(str)
    scan_finished = Signal(str)
    removal_finished = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        monitor: HotplugMonitor,
        database: DatabaseGateway,
        presenter: MessagePresenter,
        *,
        clock: Clock,
        policy: LoadedPolicy | None = None,
        auto_scan: bool = True,
        adb_stopper: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._monitor = monitor
        self._database = database
        self._presenter = presenter
        self._clock = clock
        self.policy = policy  # None until the start-up policy has loaded: scans wait for it
        self.auto_scan = auto_scan
        self._adb_stopper = adb_stopper  # stops the adb server holding phones' USB; runs on a worker
        self.sessions: dict[str, DeviceSession] = {}
        self._source_of: dict[str, int] = {}
        self._wants_scan: set[str] = set()
        monitor.listing_arrived.connect(self._on_monitor_listing_arrived)
        monitor.source_failed.connect(self._on_monitor_source_failed)

    # -- discovery ---------------------------------------------------------------------------
    def _on_monitor_listing_arrived(self, source: int, devices: Sequence[AttachedDevice]) -> None:
        listed = {device_key(d): d for d in devices}
        for key, attached in listed.items():
            session = self.sessions.get(key)
            if session is None or not session.present:
                self._attach(source, key, attached, revived=session)
            else:
                self._refresh(session, attached)
        for key in [k for k, s in self._source_of.items() if s == source and k not in listed]:
            self._detach(key)

    def _on_monitor_source_failed(self, source: int, error: BaseException) -> None:
        name = self._monitor.sources[source].name
        self._presenter.error(
            error, context=f"Looking for {'iPhones' if name == 'ios' else 'Android phones'}"
        )

    def _attach(self, source: int, key: str, attached: AttachedDevice, revived: DeviceSession | None) -> None:
        discovery = self._monitor.sources[source].discovery
        session = DeviceSession(key=key, attached=attached, link=DeviceLink(discovery, attached))
        session.status = status_for_attached(attached)
        if revived is not None:
            session.history = revived.history
        self.sessions[key] = session
        self._source_of[key] = source
        self._wants_scan.add(key)
        if revived is None:
            self.device_added.emit(key)
        else:
            self.device_changed.emit(key)
        self._maybe_auto_scan(session)

    def _refresh(self, session: DeviceSession, attached: AttachedDevice) -> None:
        previous = session.attached
        session.attached = attached
        if session.status.working or (
            attached.state == previous.state
            and attached.guidance == previous.guidance
            and attached.reason == previous.reason
        ):
            return
        discovered = status_for_attached(attached)
        if discovered is not Status.READY:
            session.status = discovered
            session.link.attached = attached
            self._wants_scan.add(session.key)
        elif session.status in (
            Status.WAITING_ALLOW,
            Status.WAITING_TRUST,
            Status.TRUST_REFUSED,
            Status.LOCKED,
            Status.BUSY,
            Status.ERROR,
            Status.UNPLUGGED,
        ):
            session.status = (
                Status.READY
                if session.outcome is None
                else status_for_verdict(session.outcome.report.verdict)
            )
            session.link.attached = attached
        self.device_changed.emit(session.key)
        self._maybe_auto_scan(session)

    def _maybe_auto_scan(self, session: DeviceSession) -> None:
        if self.auto_scan and session.key in self._wants_scan and session.attached.state == "ready":
            self.scan(session.key)

    def _detach(self, key: str) -> None:
        session = self.sessions[key]
        self._source_of.pop(key, None)
        self._wants_scan.discard(key)
        link = session.link
        self._runner.submit(key, lambda _p: link.reset())
        failed = session.message is not None and session.message.level is Level.ERROR
        if session.status.working or session.status is Status.UNPLUGGED or failed:
            # Keep it in view with its message: the person must learn that no result was recorded.
            session.present = False
            session.status = Status.UNPLUGGED
            if session.message is None or session.message.level is not Level.ERROR:
                session.message = Message(
                    Level.ERROR,
                    "The phone was unplugged before the check finished. No result was recorded.",
                    "Plug it in again; it will be checked again.",
                    "disconnected",
                    key,
                )
            self.device_changed.emit(key)
            return
        del self.sessions[key]
        self.device_removed.emit(key)

    def forget(self, key: str) -> None:
        """Drop an unplugged device from the list."""
        session = self.sessions.get(key)
        if session is not None and (not session.present or session.status is Status.UNPLUGGED):
            del self.sessions[key]
            self._source_of.pop(key, None)
            self.device_removed.emit(key)

    # -- scanning ------------------------------------------------------------------------------
    def scan(self, key: str) -> bool:
        session = self.sessions.get(key)
        if session is None or not session.present or session.status.working:
            return False
        policy = self.policy
        if policy is None:
            self._wants_scan.add(key)  # checked as soon as the policy has loaded
            return False
        self._wants_scan.discard(key)
        session.status = Status.SCANNING
        session.message = None
        session.progress = (0, 0, "Connecting")
        session.link.attached = session.attached
        link = session.link

        def job(progress: ProgressCallback) -> tuple[Device, Inventory]:
            try:
                connector = link.connector()
                device = connector.identity()
                progress(0, 0, "Reading the app list")
                return device, connector.read_inventory(progress, reading_needs(policy.rules))
            except BaseException:
                link.reset()
                raise

        self._runner.submit(
            key,
            job,
            on_done=lambda result: self._on_inventory_read(session, policy, *result),
            on_error=lambda error: self._on_device_failed(session, error, "The check stopped"),
            on_progress=lambda done, total, what: self._on_progress(session, done, total, what),
        )
        self.device_changed.emit(key)
        return True

    def rescan_all(self) -> None:
        """Check every attached, reachable device again (after a policy change)."""
        for key, session in self.sessions.items():
            if session.present and session.attached.state == "ready":
                if session.status.working:
                    self._wants_scan.add(key)
                else:
                    self.scan(key)

    def set_policy(self, policy: LoadedPolicy) -> None:
        first = self.policy is None
        self.policy = policy
        if not first:
            self.rescan_all()
            return
        # The start-up policy: the phones that arrived meanwhile are checked as usual.
        for session in list(self.sessions.values()):
            self._maybe_auto_scan(session)

    def _on_progress(self, session: DeviceSession, done: int, total: int, what: str) -> None:
        session.progress = (done, total, what)
        self.device_changed.emit(session.key)

    def _on_inventory_read(
        self, session: DeviceSession, policy: LoadedPolicy, device: Device, inventory: Inventory
    ) -> None:
        session.identity = device
        session.progress = (1, 1, "Judging against the policy")
        self._database.judge_and_record(
            device,
            inventory,
            policy,
            on_done=lambda outcome: self._on_judged(session, outcome),
            on_error=lambda error: self._on_record_failed(session, error),
        )
        self.device_changed.emit(session.key)

    def _on_judged(self, session: DeviceSession, outcome: AuditOutcome) -> None:
        session.outcome = outcome
        session.progress = None
        session.history.append(outcome.report.verdict)
        finishing_removal = session.status is Status.REMOVING
        session.status = status_for_verdict(outcome.report.verdict)
        if session.removal is not None and finishing_removal:
            still_there = any(
                f.app_id == session.removal.app_id and f.blocks_compliance for f in outcome.report.findings
            )
            stage = "blocked" if still_there else "done"
            session.removal = RemovalProgress(
                session.removal.app_id,
                session.removal.label,
                session.removal.user,
                stage,
                session.removal.results,
            )
        if not session.present:
            session.status = Status.UNPLUGGED
        self.device_changed.emit(session.key)
        if finishing_removal:
            self.removal_finished.emit(session.key)
        self.scan_finished.emit(session.key)
        if session.key in self._wants_scan and session.present:
            self.scan(session.key)  # a policy change arrived during this scan

    def _on_record_failed(self, session: DeviceSession, error: BaseException) -> None:
        session.progress = None
        session.status = Status.ERROR
        session.message = self._presenter.error(
            error, scope=session.key, context="The result could not be saved"
        )
        self.device_changed.emit(session.key)

    def _on_device_failed(self, session: DeviceSession, error: BaseException, context: str) -> None:
        session.progress = None
        status = Status.ERROR
        for kind, person_status in _PERSON_STATES:
            if isinstance(error, kind):
                status = person_status
                break
        if not session.present or isinstance(error, _LOST_LINK):
            unplugged = not session.present or isinstance(error, _GONE)
            status = Status.UNPLUGGED if unplugged else Status.ERROR
            context = f"{context} and no result was recorded"
        if session.removal is not None and session.removal.stage in ("removing", "verifying"):
            r = session.removal
            session.removal = RemovalProgress(r.app_id, r.label, r.user, "failed", r.results)
        session.status = status
        self._wants_scan.add(session.key)  # once the person has fixed it, check again
        session.message = self._presenter.error(error, scope=session.key, context=context)
        self.device_changed.emit(session.key)
        self.scan_finished.emit(session.key)

    # -- removal --------------------------------------------------------------------------------
    def remove(self, key: str, finding: Finding) -> bool:
        """Remove the finding's app from its profile, then check the phone again."""
        session = self.sessions.get(key)
        policy = self.policy
        if session is None or not session.present or session.status.working or policy is None:
            return False
        session.status = Status.REMOVING
        session.message = None
        session.removal = RemovalProgress(finding.app_id, finding_name(finding), finding.user, "removing")
        session.progress = (0, 0, f"Removing {finding_name(finding)}")
        audit_id = session.outcome.audit_id if session.outcome is not None else None
        link = session.link
        clock = self._clock

        def job(progress: ProgressCallback) -> tuple[Sequence[RemovalResult], Device, Inventory]:
            # Imported here, on the worker: the audit service pulls in the policy and crypto stack.
            from desktop_app.core.audit_service import AuditService

            remover = AuditService(None, clock, None)  # validates ids; the db thread records
            try:
                connector = link.connector()
                results = remover.remove(connector, finding.app_id, finding.user, None)
                progress(0, 0, VERIFYING)
                device = connector.identity()
                return results, device, connector.read_inventory(progress, reading_needs(policy.rules))
            except BaseException:
                link.reset()
                raise

        def on_done(result: tuple[Sequence[RemovalResult], Device, Inventory]) -> None:
            results, device, inventory = result
            r = session.removal or RemovalProgress(
                finding.app_id, finding_name(finding), finding.user, "verifying"
            )
            session.removal = RemovalProgress(r.app_id, r.label, r.user, "verifying", tuple(results))
            if any(not result.removed and result.code for result in results):
                session.refusals[(finding.app_id, finding.user)] = tuple(results)
            else:
                session.refusals.pop((finding.app_id, finding.user), None)
            self._database.record_removals(
                audit_id, results, lambda error: self._presenter.error(error, context="Saving the removal")
            )
            self._on_inventory_read(session, policy, device, inventory)

        def on_progress(done: int, total: int, what: str) -> None:
            r = session.removal
            if what == VERIFYING and r is not None:
                session.removal = RemovalProgress(r.app_id, r.label, r.user, "verifying", r.results)
            self._on_progress(session, done, total, what)

        self._runner.submit(
            key,
            job,
            on_done=on_done,
            on_error=lambda error: self._on_device_failed(
                session, error, f"Removing {finding_name(finding)} stopped"
            ),
            on_progress=on_progress,
        )
        self.device_changed.emit(key)
        return True

    # -- a phone held by another adb server -------------------------------------------------------
    def can_stop_adb_server(self, key: str) -> bool:
        """True for an Android phone that is busy (another adb server holds it) while idle."""
        session = self.sessions.get(key)
        return (
            self._adb_stopper is not None
            and session is not None
            and session.present
            and session.platform is Platform.ANDROID
            and session.status is Status.BUSY
        )

    def stop_adb_server(self, key: str) -> bool:
        """Stop the adb server that holds the phone (off the UI thread), say how it went, check again."""
        stopper = self._adb_stopper
        session = self.sessions.get(key)
        if stopper is None or session is None or not self.can_stop_adb_server(key):
            return False
        session.status = Status.CONNECTING
        session.message = None
        session.progress = (0, 0, STOPPING_ADB)
        self._runner.submit(
            key,
            lambda _progress: stopper(),
            on_done=lambda _result: self._on_adb_server_stopped(session),
            on_error=lambda error: self._on_adb_server_stop_failed(session, error),
        )
        self.device_changed.emit(key)
        return True

    def _on_adb_server_stopped(self, session: DeviceSession) -> None:
        session.progress = None
        session.status = status_for_attached(session.attached)
        session.message = self._presenter.info(
            "The other adb server was stopped. Checking the phone again.",
            hint="If Android Studio or scrcpy is open, it may start its adb server again: close it first.",
            scope=session.key,
        )
        self._wants_scan.add(session.key)
        self.device_changed.emit(session.key)
        # Check again: discovery lists the phone afresh (a busy USB phone becomes ready and is checked
        # by the listing), and a phone that discovery already saw as ready is checked now.
        self._monitor.poll_all()
        if session.present and session.attached.state is DeviceState.READY:
            self.scan(session.key)

    def _on_adb_server_stop_failed(self, session: DeviceSession, error: BaseException) -> None:
        session.progress = None
        session.status = Status.BUSY
        session.message = self._presenter.error(error, scope=session.key, context=STOPPING_ADB)
        self.device_changed.emit(session.key)
