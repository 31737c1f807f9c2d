"""The device states: which follows which (one explicit table), what discovery, a verdict or an
error means as a state, and how the devices panel groups them."""

from __future__ import annotations

import enum
import logging

from desktop_app.core.device_states import link_is_lost, state_for_error
from desktop_app.core.errors import AppAuditError
from desktop_app.core.models import AttachedDevice, DeviceState, Verdict
from desktop_app.gui.device_session import Status

log = logging.getLogger(__name__)


class Event(enum.StrEnum):
    """What happens to a phone, from discovery, the person or a finished job."""

    LISTED = "listed"  # discovery lists it (again) with a state of its own
    CHECK_STARTED = "check_started"
    REMOVAL_STARTED = "removal_started"
    ADB_STOP_STARTED = "adb_stop_started"
    JUDGED = "judged"  # a fresh read was judged: the verdict's state
    NEEDS_PERSON = "needs_person"  # the phone asks something of the person (Allow, Trust, unlock)
    FAILED = "failed"  # a job failed for another reason
    ADB_STOPPED = "adb_stopped"  # the other adb server quit: discovery's state again
    ADB_STOP_FAILED = "adb_stop_failed"
    UNPLUGGED = "unplugged"  # gone from discovery, or the link broke because it was pulled


_VERDICTS = frozenset({Status.COMPLIANT, Status.ACTION_REQUIRED, Status.NONCOMPLIANT, Status.INCONCLUSIVE})
_PERSON = frozenset(
    {Status.WAITING_ALLOW, Status.WAITING_TRUST, Status.TRUST_REFUSED, Status.LOCKED, Status.BUSY}
)
_WORKING = frozenset({Status.CONNECTING, Status.SCANNING, Status.REMOVING})
_IDLE = frozenset(Status) - _WORKING
_ALL = frozenset(Status)

# event -> (the states it may happen in, the states it may lead to). Anything else is a bug
# in the hub, logged loudly (the state is still applied: the person must never be stuck).
TRANSITIONS: dict[Event, tuple[frozenset[Status], frozenset[Status]]] = {
    Event.LISTED: (_IDLE, _PERSON | {Status.READY, Status.ERROR} | _VERDICTS),
    Event.CHECK_STARTED: (_IDLE - {Status.UNPLUGGED}, frozenset({Status.SCANNING})),
    Event.REMOVAL_STARTED: (_VERDICTS, frozenset({Status.REMOVING})),
    Event.ADB_STOP_STARTED: (frozenset({Status.BUSY}), frozenset({Status.CONNECTING})),
    Event.JUDGED: (frozenset({Status.SCANNING, Status.REMOVING}), _VERDICTS | {Status.UNPLUGGED}),
    Event.NEEDS_PERSON: (_WORKING, _PERSON),
    Event.FAILED: (_ALL, frozenset({Status.ERROR})),
    Event.ADB_STOPPED: (frozenset({Status.CONNECTING}), _PERSON | {Status.READY, Status.ERROR}),
    Event.ADB_STOP_FAILED: (frozenset({Status.CONNECTING}), frozenset({Status.BUSY})),
    Event.UNPLUGGED: (_ALL, frozenset({Status.UNPLUGGED})),
}


def allowed(current: Status, event: Event, target: Status) -> bool:
    sources, targets = TRANSITIONS[event]
    return current in sources and target in targets


def check_transition(current: Status, event: Event, target: Status) -> Status:
    """target, after checking the table; an illegal move is logged as an internal error."""
    if not allowed(current, event, target):
        log.error("illegal device state change %s --%s--> %s", current, event, target)
    return target


_VERDICT_STATUS = {
    Verdict.COMPLIANT: Status.COMPLIANT,
    Verdict.ACTION_REQUIRED: Status.ACTION_REQUIRED,
    Verdict.NONCOMPLIANT: Status.NONCOMPLIANT,
    Verdict.INCONCLUSIVE: Status.INCONCLUSIVE,
}


def status_for_verdict(verdict: Verdict) -> Status:
    return _VERDICT_STATUS[verdict]


def status_for_attached(attached: AttachedDevice) -> Status:
    """The state discovery alone justifies, before any audit."""
    return status_for_state(attached.state, attached.reason)


def status_for_state(state: DeviceState, reason: str = "") -> Status:
    """The badge for a device state (core.device_states maps errors to states, for every platform)."""
    if state is DeviceState.UNAUTHORIZED:
        return Status.WAITING_ALLOW
    if state is DeviceState.UNTRUSTED:
        return Status.TRUST_REFUSED if reason == "trust_refused" else Status.WAITING_TRUST
    if state is DeviceState.LOCKED:
        return Status.LOCKED
    if state is DeviceState.BUSY:
        return Status.BUSY
    if state in (DeviceState.OFFLINE, DeviceState.ERROR):
        return Status.ERROR
    return Status.READY


def failure_event(error: BaseException, present: bool) -> tuple[Event, Status]:
    """What a failed job means for the phone's state. Only discovery says a phone is unplugged: a
    phone it still lists whose link broke is in error (checked again once it answers), never
    "unplugged"; if it really was pulled, the next listing says so."""
    if not present:
        return Event.UNPLUGGED, Status.UNPLUGGED
    if link_is_lost(error):
        return Event.FAILED, Status.ERROR
    status = status_for_state(state_for_error(error), error.code if isinstance(error, AppAuditError) else "")
    if status in _PERSON:
        return Event.NEEDS_PERSON, status
    return Event.FAILED, Status.ERROR


class Group(enum.IntEnum):
    """Where a phone stands for the technician, in the order the list shows them."""

    NEEDS_ACTION = 0
    WAITING_FOR_YOU = 1
    IN_PROGRESS = 2
    COMPLIANT = 3


GROUP_OF: dict[Status, Group] = {
    Status.NONCOMPLIANT: Group.NEEDS_ACTION,
    Status.ACTION_REQUIRED: Group.NEEDS_ACTION,
    Status.INCONCLUSIVE: Group.NEEDS_ACTION,
    Status.ERROR: Group.NEEDS_ACTION,
    Status.UNPLUGGED: Group.NEEDS_ACTION,
    Status.WAITING_ALLOW: Group.WAITING_FOR_YOU,
    Status.WAITING_TRUST: Group.WAITING_FOR_YOU,
    Status.TRUST_REFUSED: Group.WAITING_FOR_YOU,
    Status.LOCKED: Group.WAITING_FOR_YOU,
    Status.BUSY: Group.WAITING_FOR_YOU,
    Status.CONNECTING: Group.IN_PROGRESS,
    Status.READY: Group.IN_PROGRESS,
    Status.SCANNING: Group.IN_PROGRESS,
    Status.REMOVING: Group.IN_PROGRESS,
    Status.COMPLIANT: Group.COMPLIANT,
}
