"""Where the person is in the kiosk, and what the kiosk does next: pages show it, the hub does the work.

The flow never reads a phone itself: it asks the device hub to check or remove (the same audit path
as the helpdesk window), only after the person has accepted the notice, and only the one phone of
the person in front of the kiosk."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from desktop_app.core.config import KioskSettings
from desktop_app.core.kiosk import removable_findings
from desktop_app.core.models import DeviceState, Finding, RemovalResult, Verdict
from desktop_app.core.outcome_records import MailAccess, NamedPerson
from desktop_app.gui.device_hub import DeviceHub
from desktop_app.gui.device_session import DeviceSession, Status
from desktop_app.gui.mail_delivery import MailDelivery

log = logging.getLogger(__name__)


class Step(enum.Enum):
    WELCOME = "welcome"
    CONSENT = "consent"
    IDENTIFY = "identify"
    CONNECT = "connect"
    CHECKING = "checking"
    RESULT = "result"
    REMOVAL = "removal"
    DONE = "done"
    OUT_OF_SERVICE = "out_of_service"


class ConnectState(enum.Enum):
    """What the Connect page asks of the person."""

    PLUG_IN = "plug_in"
    TWO_PHONES = "two_phones"
    ALLOW = "allow"  # Android: "Allow USB debugging?"
    TRUST = "trust"  # iPhone: "Trust This Computer?"
    TRUST_REFUSED = "trust_refused"
    LOCKED = "locked"
    BUSY = "busy"
    UNPLUGGED = "unplugged"  # pulled before the check finished
    PROBLEM = "problem"
    STARTING = "starting"  # plugged in and answering: the check starts


_WAITING_FOR_PERSON = {
    Status.WAITING_ALLOW: ConnectState.ALLOW,
    Status.WAITING_TRUST: ConnectState.TRUST,
    Status.TRUST_REFUSED: ConnectState.TRUST_REFUSED,
    Status.LOCKED: ConnectState.LOCKED,
    Status.BUSY: ConnectState.BUSY,
    Status.ERROR: ConnectState.PROBLEM,
    Status.UNPLUGGED: ConnectState.UNPLUGGED,
}
_VERDICT_STATES = (Status.COMPLIANT, Status.ACTION_REQUIRED, Status.NONCOMPLIANT, Status.INCONCLUSIVE)


@dataclass
class Removal:
    """The removals the person confirmed, and what the phone said to each."""

    queue: list[Finding] = field(default_factory=list)
    refused: list[tuple[Finding, tuple[RemovalResult, ...]]] = field(default_factory=list)
    running: Finding | None = None
    confirmed: bool = False


class KioskFlow(QObject):
    changed = Signal()
    started_over = Signal()

    def __init__(
        self,
        hub: DeviceHub,
        settings: KioskSettings,
        *,
        forget_phone: Callable[[DeviceSession], None] | None = None,
        mail: MailDelivery | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.mail = mail  # the outcome service's mail-access states, read in the background
        self.settings = settings
        self._forget_phone = forget_phone
        hub.auto_scan = False  # nothing is read before the person accepts the notice
        self.step = Step.WELCOME
        self.language = "en"  # the window sets it: the person's choice, else the kiosk's default
        self.problem_for_it = ""  # why the kiosk is out of service, for IT
        self._clear()
        for signal in (hub.device_added, hub.device_changed, hub.device_removed, hub.scan_finished):
            signal.connect(self._on_hub_changed)
        hub.removal_finished.connect(self._on_hub_removal_finished)
        if mail is not None:
            mail.access_changed.connect(self._on_mail_access_changed)

    def _clear(self) -> None:
        self.consented = False
        self.person: NamedPerson | None = None  # the identify answer: this visit's checks name it
        self.key: str | None = None
        self.unplugged_mid_check = False
        self.removal = Removal()
        self._checked_key: str | None = None  # the phone checked in this person's visit

    # -- what the pages show ----------------------------------------------------------------------
    @property
    def session(self) -> DeviceSession | None:
        return self.hub.sessions.get(self.key) if self.key is not None else None

    def present_phones(self) -> list[DeviceSession]:
        """The phones plugged in now (a configured network address nobody answers is not a phone)."""
        return [
            s for s in self.hub.sessions.values() if s.present and s.attached.state is not DeviceState.OFFLINE
        ]

    def connect_state(self) -> ConnectState:
        if len(self.present_phones()) > 1 and self.step is Step.CONNECT:
            return ConnectState.TWO_PHONES
        session = self.session
        if session is None or session.key not in {s.key for s in self.present_phones()}:
            return ConnectState.UNPLUGGED if self.unplugged_mid_check else ConnectState.PLUG_IN
        return _WAITING_FOR_PERSON.get(session.status, ConnectState.STARTING)

    def removable(self) -> list[Finding]:
        session = self.session
        if session is None or session.outcome is None:
            return []
        return removable_findings(session.outcome.report)

    def mail_access(self) -> tuple[MailAccess | None, bool, bool]:
        """(the device's mail-access state, whether its check was official, whether a mail system is set)."""
        session = self.session
        outcome = session.outcome if session is not None else None
        if outcome is None or outcome.audit_id is None:
            return None, False, False
        device = outcome.report.device
        mail = self.mail
        access = mail.access.get((str(device.platform), device.serial)) if mail is not None else None
        return access, outcome.official, mail is not None and mail.configured

    def _on_mail_access_changed(self, _device: object) -> None:
        if self.step is Step.DONE:
            self.changed.emit()

    @property
    def busy(self) -> bool:
        """The phone is being worked on: the kiosk does not start over under the person's hands."""
        return self.step is Step.CHECKING or self.removal.running is not None

    # -- the person's actions -----------------------------------------------------------------------
    def start(self) -> None:
        self._go(Step.CONSENT)

    def accept(self) -> None:
        self.consented = True
        self._go(Step.IDENTIFY if self.settings.identify != "none" else Step.CONNECT)
        self._on_hub_changed()

    def submit_identity(self, answer: str) -> bool:
        if not self.settings.answer_matches(answer):
            return False
        self.person = NamedPerson(self.settings.identify, answer.strip())
        self._go(Step.CONNECT)
        self._on_hub_changed()
        return True

    def check_again(self) -> None:
        session = self.session
        if session is not None and session.present and self.hub.scan(session.key, self.person):
            self.unplugged_mid_check = False
            self._checked_key = session.key
            self._go(Step.CHECKING)

    def ask_removal(self) -> None:
        self.removal = Removal(queue=[], refused=[])
        self._go(Step.REMOVAL)

    def confirm_removal(self) -> None:
        self.removal = Removal(queue=self.removable(), confirmed=True)
        self._remove_next()

    def finish(self) -> None:
        self._go(Step.DONE)

    def start_over(self) -> None:
        """Back to Welcome with nothing of this person left: their phone forgotten, their answers gone."""
        session = self.session
        if session is not None and self.settings.forget_phones and self._forget_phone is not None:
            self._forget_phone(session)
        for stale in [s.key for s in self.hub.sessions.values() if not s.present]:
            self.hub.forget(stale)
        self._clear()
        self._go(Step.WELCOME)
        self.started_over.emit()

    def out_of_service(self, text_for_it: str) -> None:
        self.problem_for_it = text_for_it
        self._go(Step.OUT_OF_SERVICE)

    # -- the phone --------------------------------------------------------------------------------
    def _remove_next(self) -> None:
        session = self.session
        removal = self.removal
        while removal.queue and session is not None:
            finding = removal.queue.pop(0)
            if self.hub.remove(session.key, finding, self.person):
                removal.running = finding
                self.changed.emit()
                return
        removal.running = None
        self.changed.emit()

    def _on_hub_removal_finished(self, key: str) -> None:
        session = self.session
        removal = self.removal
        if key != self.key or session is None or removal.running is None:
            return
        progress = session.removal
        if progress is not None and progress.stage == "blocked":
            removal.refused.append((removal.running, progress.results))
        removal.running = None
        if removal.queue:
            self._remove_next()
            return
        if session.outcome is not None and session.outcome.report.verdict is Verdict.COMPLIANT:
            self._go(Step.DONE)
        else:
            self.changed.emit()

    def _on_hub_changed(self, _key: str = "") -> None:
        if self.step in (Step.WELCOME, Step.CONSENT, Step.IDENTIFY, Step.OUT_OF_SERVICE):
            return
        present = self.present_phones()
        present_keys = [s.key for s in present]
        # The person's phone stays theirs while it is being checked, even if it drops out for a moment.
        if self.key not in present_keys and self._checked_key is None:
            self.key = present_keys[0] if len(present_keys) == 1 else None
        session = self.session
        if session is None or session.key not in present_keys:
            self._phone_gone()
            return
        if (
            self.removal.running is not None
            and not session.status.working
            and session.status not in _VERDICT_STATES
        ):
            self.removal.running = None  # the removal failed on the way (unplugged, locked)
        if self.step is Step.CONNECT and len(present) > 1:
            self.changed.emit()  # one person at a time: no check until only one phone is left
            return
        if self.step in (Step.CONNECT, Step.CHECKING):
            self._advance_check(session)
        self.changed.emit()

    def _advance_check(self, session: DeviceSession) -> None:
        if session.status in (Status.SCANNING, Status.CONNECTING):
            self._go(Step.CHECKING, notify=False)
        elif session.status in _VERDICT_STATES and self._checked_key == session.key:
            self._go(Step.RESULT, notify=False)
        elif (
            self._checked_key != session.key
            and session.attached.state is DeviceState.READY
            and session.status not in (Status.ERROR, Status.BUSY)
            and self.hub.scan(session.key, self.person)
        ):
            self._checked_key = session.key
            self.unplugged_mid_check = False
            self._go(Step.CHECKING, notify=False)
        elif session.status in _WAITING_FOR_PERSON or session.status is Status.READY:
            if session.status is Status.READY and self._checked_key == session.key:
                self._checked_key = None  # allowed or trusted since: check it now
                self._advance_check(session)
                return
            self._go(Step.CONNECT, notify=False)

    def _phone_gone(self) -> None:
        if self.step in (Step.RESULT, Step.REMOVAL, Step.DONE) and not self.busy:
            self.start_over()  # the person took the phone and left
            return
        if self.step is Step.CHECKING or self.removal.running is not None or self._checked_key is not None:
            self.unplugged_mid_check = True  # a check had started: say that nothing was recorded
            self.removal = Removal()
        self.key = None
        self._checked_key = None
        self._go(Step.CONNECT)

    def _go(self, step: Step, *, notify: bool = True) -> None:
        if step is not self.step:
            log.info("kiosk: %s -> %s", self.step.value, step.value)
        self.step = step
        if notify:
            self.changed.emit()
