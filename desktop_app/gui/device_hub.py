"""The attached devices and what is happening to each: discovery listings in, operations (check,
remove, remove all flagged) out through the task runner, state changes announced by signal.

Every state change goes through the table in device_states; every device action is an operation
object (gui/operations.py) whose steps run on the phone's executor. No widgets here."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from desktop_app.core.device_states import link_is_lost
from desktop_app.core.models import AttachedDevice, DeviceState, Finding, Platform
from desktop_app.core.reading_needs import NOTHING_MORE, ReadingNeeds, reading_needs
from desktop_app.gui import operations
from desktop_app.gui.database_gateway import DatabaseGateway
from desktop_app.gui.device_session import (
    DeviceLink,
    DeviceSession,
    RemovalProgress,
    RemovalStage,
    Status,
    device_key,
)
from desktop_app.gui.device_states import (
    Event,
    check_transition,
    failure_event,
    status_for_attached,
    status_for_verdict,
)
from desktop_app.gui.hotplug import HotplugMonitor
from desktop_app.gui.operations import DeviceRead, Operation, OperationKind, RemoveOperation, removable
from desktop_app.gui.presenter import Level, Message, MessagePresenter
from desktop_app.gui.task_runner import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.audit_service import AuditOutcome
    from desktop_app.core.outcome_records import NamedPerson
    from desktop_app.core.policy import LoadedPolicy

log = logging.getLogger(__name__)

STOPPING_ADB = str(QT_TRANSLATE_NOOP("DeviceHub", "Stopping the other adb server"))
JUDGING = str(QT_TRANSLATE_NOOP("DeviceHub", "Judging against the policy"))


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
        policy: LoadedPolicy | None = None,
        auto_scan: bool = True,
        adb_stopper: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._monitor = monitor
        self._database = database
        self.database = database  # the receipt reads the recorded visit through it
        self._presenter = presenter
        self.policy = policy  # None until the start-up policy has loaded: scans wait for it
        self.auto_scan = auto_scan
        self._adb_stopper = adb_stopper  # stops the adb server holding phones' USB; runs on a worker
        self.sessions: dict[str, DeviceSession] = {}
        self._source_of: dict[str, int] = {}
        self._wants_scan: set[str] = set()
        monitor.listing_arrived.connect(self._on_monitor_listing_arrived)
        monitor.source_failed.connect(self._on_monitor_source_failed)

    @staticmethod
    def _move(session: DeviceSession, event: Event, target: Status) -> None:
        session.status = check_transition(session.status, event, target)

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
        looking = (
            QCoreApplication.translate("DeviceHub", "Looking for iPhones")
            if name == "ios"
            else QCoreApplication.translate("DeviceHub", "Looking for Android phones")
        )
        self._presenter.error(error, context=looking)

    def _attach(self, source: int, key: str, attached: AttachedDevice, revived: DeviceSession | None) -> None:
        discovery = self._monitor.sources[source].discovery
        session = DeviceSession(key=key, attached=attached, link=DeviceLink(discovery, attached))
        session.status = status_for_attached(attached)
        if revived is not None:
            session.history = revived.history
            session.refusals = revived.refusals
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
            self._move(session, Event.LISTED, discovered)
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
            ready = (
                Status.READY
                if session.outcome is None
                else status_for_verdict(session.outcome.report.verdict)
            )
            self._move(session, Event.LISTED, ready)
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
            self._move(session, Event.UNPLUGGED, Status.UNPLUGGED)
            if session.message is None or session.message.level is not Level.ERROR:
                session.message = Message(
                    Level.ERROR,
                    QCoreApplication.translate(
                        "DeviceHub",
                        "The phone was unplugged before the check finished. No result was recorded.",
                    ),
                    QCoreApplication.translate("DeviceHub", "Plug it in again; it will be checked again."),
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

    # -- what a person asks: each is one operation -----------------------------------------------
    def scan(self, key: str, person: NamedPerson | None = None) -> bool:
        """Check the phone (read it, judge it, record it); person: whom the kiosk's check is for."""
        return self._start(key, operations.check(self._needs()), person)

    def check_again(self, key: str) -> bool:
        """The person's "Check again": the last removal's panel goes, the phone is read afresh."""
        session = self.sessions.get(key)
        if session is not None and not session.status.working:
            session.removal = None
        return self.scan(key)

    def check_all(self) -> int:
        """Check every phone that can be checked now; returns how many started."""
        started = 0
        for key, session in list(self.sessions.items()):
            if session.present and session.attached.state is DeviceState.READY and not session.status.working:
                started += self.check_again(key)
        return started

    def remove(self, key: str, finding: Finding, person: NamedPerson | None = None) -> bool:
        """Remove the finding's app from its profile, then check the phone again."""
        return self._start(key, operations.remove([finding], self._needs()), person)

    def removable_findings(self, key: str) -> list[Finding]:
        """The flagged apps App Audit can remove from this phone (not those the phone refused)."""
        session = self.sessions.get(key)
        if session is None or session.outcome is None:
            return []
        return [
            f for f in session.outcome.report.findings if removable(f, (f.app_id, f.user) in session.refusals)
        ]

    def remove_all_flagged(self, key: str) -> bool:
        """Remove every removable flagged app, each from its profile, then check the phone again."""
        findings = self.removable_findings(key)
        return bool(findings) and self._start(key, operations.remove(findings, self._needs()))

    def _needs(self) -> ReadingNeeds:
        """What the current policy needs read beyond the app list (Android signers, ...)."""
        return reading_needs(self.policy.rules) if self.policy is not None else NOTHING_MORE

    def _start(self, key: str, operation: Operation, person: NamedPerson | None = None) -> bool:
        # person travels with this one operation only: nothing of it stays in the hub for the next one.
        session = self.sessions.get(key)
        if session is None or not session.present or session.status.working:
            return False
        policy = self.policy
        if policy is None:
            if operation.kind is OperationKind.CHECK:
                self._wants_scan.add(key)  # checked as soon as the policy has loaded
            return False
        if isinstance(operation, RemoveOperation):
            if session.outcome is None or not operation.findings:
                return False
            self._move(session, Event.REMOVAL_STARTED, Status.REMOVING)
            session.removal = RemovalProgress(operation.findings, RemovalStage.REMOVING)
        else:
            self._wants_scan.discard(key)
            self._move(session, Event.CHECK_STARTED, Status.SCANNING)
        session.message = None
        session.progress = (0, 0, operation.first_progress())
        session.link.attached = session.attached
        link = session.link
        self._runner.submit(
            key,
            lambda progress: operation.run(link, progress),
            on_done=lambda read: self._on_read(session, operation, policy, read, person),
            on_error=lambda error: self._on_failed(session, operation, error),
            on_progress=lambda done, total, what: self._on_progress(session, operation, done, total, what),
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

    # -- an operation's results, on the UI thread ------------------------------------------------
    def _on_progress(
        self, session: DeviceSession, operation: Operation, done: int, total: int, what: str
    ) -> None:
        session.progress = (done, total, what)
        removal = session.removal
        if isinstance(operation, RemoveOperation) and removal is not None:
            stage = operation.stage_of(what, removal.stage)
            current = done if stage is RemovalStage.REMOVING else len(removal.findings)
            session.removal = removal.moved_to(stage, current=current)
        self.device_changed.emit(session.key)

    def _on_read(
        self,
        session: DeviceSession,
        operation: Operation,
        policy: LoadedPolicy,
        read: DeviceRead,
        person: NamedPerson | None = None,
    ) -> None:
        session.identity = read.device
        session.progress = (1, 1, QCoreApplication.translate("DeviceHub", JUDGING))
        if isinstance(operation, RemoveOperation) and session.removal is not None:
            session.removal = session.removal.moved_to(
                RemovalStage.VERIFYING, results=read.removals, current=len(operation.findings)
            )
            for finding in operation.findings:
                where = (finding.app_id, finding.user)
                mine = tuple(r for r in read.removals if (r.app_id, r.user) == where)
                if any(not r.removed and r.code for r in mine):
                    session.refusals[where] = mine
                else:
                    session.refusals.pop(where, None)
        self._database.judge_and_record(
            read.device,
            read.inventory,
            policy,
            on_done=lambda outcome: self._on_judged(session, operation, outcome),
            on_error=lambda error: self._on_record_failed(session, error),
            removals=read.removals,
            person=person,
        )
        self.device_changed.emit(session.key)

    def _on_judged(self, session: DeviceSession, operation: Operation, outcome: AuditOutcome) -> None:
        session.outcome = outcome
        session.progress = None
        session.history.append(outcome.report.verdict)
        verdict = status_for_verdict(outcome.report.verdict)
        self._move(session, Event.JUDGED, verdict if session.present else Status.UNPLUGGED)
        removing = isinstance(operation, RemoveOperation)
        if removing and session.removal is not None:
            flagged = {(f.app_id, f.user) for f in outcome.report.findings if f.blocks_compliance}
            still_there = any((f.app_id, f.user) in flagged for f in session.removal.findings)
            refused = any(not r.removed for r in session.removal.results)
            stage = RemovalStage.BLOCKED if still_there or refused else RemovalStage.DONE
            session.removal = session.removal.moved_to(stage)
        self.device_changed.emit(session.key)
        if removing:
            self.removal_finished.emit(session.key)
        self.scan_finished.emit(session.key)
        if session.key in self._wants_scan and session.present:
            self.scan(session.key)  # a policy change arrived during this operation

    def _on_record_failed(self, session: DeviceSession, error: BaseException) -> None:
        session.progress = None
        self._move(session, Event.FAILED, Status.ERROR)
        session.message = self._presenter.error(
            error,
            scope=session.key,
            context=QCoreApplication.translate("DeviceHub", "The result could not be saved"),
        )
        self.device_changed.emit(session.key)

    def _on_failed(self, session: DeviceSession, operation: Operation, error: BaseException) -> None:
        session.progress = None
        event, status = failure_event(error, session.present)
        context = operation.failure_context
        if not session.present or link_is_lost(error):
            context = QCoreApplication.translate("DeviceHub", "{what} and no result was recorded").format(
                what=context
            )
        removal = session.removal
        if removal is not None and removal.stage in (RemovalStage.REMOVING, RemovalStage.VERIFYING):
            session.removal = removal.moved_to(RemovalStage.FAILED)
        self._move(session, event, status)
        self._wants_scan.add(session.key)  # once the person has fixed it, check again
        session.message = self._presenter.error(error, scope=session.key, context=context)
        self.device_changed.emit(session.key)
        if isinstance(operation, RemoveOperation):
            self.removal_finished.emit(session.key)
        self.scan_finished.emit(session.key)

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
        self._move(session, Event.ADB_STOP_STARTED, Status.CONNECTING)
        session.message = None
        session.progress = (0, 0, QCoreApplication.translate("DeviceHub", STOPPING_ADB))
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
        self._move(session, Event.ADB_STOPPED, status_for_attached(session.attached))
        session.message = self._presenter.info(
            QCoreApplication.translate(
                "DeviceHub", "The other adb server was stopped. Checking the phone again."
            ),
            hint=QCoreApplication.translate(
                "DeviceHub",
                "If Android Studio or scrcpy is open, it may start its adb server again: close it first.",
            ),
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
        self._move(session, Event.ADB_STOP_FAILED, Status.BUSY)
        session.message = self._presenter.error(
            error, scope=session.key, context=QCoreApplication.translate("DeviceHub", STOPPING_ADB)
        )

        self.device_changed.emit(session.key)
