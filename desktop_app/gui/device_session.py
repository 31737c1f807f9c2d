"""What the window knows about one attached device, and the worker-side link to it."""

from __future__ import annotations

import dataclasses
import enum
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.core.models import AttachedDevice, Device, Finding, Platform, RemovalResult, Verdict
from desktop_app.core.ports import DeviceConnector, DeviceDiscovery
from desktop_app.gui.presenter import Message

if TYPE_CHECKING:
    from desktop_app.core.audit_service import AuditOutcome

log = logging.getLogger(__name__)


class Status(enum.StrEnum):
    """The state badge of a device in the devices panel."""

    CONNECTING = "connecting"
    READY = "ready"
    SCANNING = "scanning"
    REMOVING = "removing"
    COMPLIANT = "compliant"
    ACTION_REQUIRED = "action_required"
    NONCOMPLIANT = "noncompliant"
    INCONCLUSIVE = "inconclusive"
    WAITING_ALLOW = "waiting_allow"
    WAITING_TRUST = "waiting_trust"
    TRUST_REFUSED = "trust_refused"  # "Don't Trust" was tapped: only a reset on the phone asks again
    LOCKED = "locked"
    BUSY = "busy"
    UNPLUGGED = "unplugged"
    ERROR = "error"

    @property
    def working(self) -> bool:
        return self in (Status.CONNECTING, Status.SCANNING, Status.REMOVING)


def device_key(attached: AttachedDevice) -> str:
    """A key that survives authorization: an Android phone is listed by its address until "Allow"
    reveals its serial, so Android phones are keyed by address; iPhones by UDID."""
    if attached.platform is Platform.ANDROID and attached.address:
        return f"android:{attached.address}"
    return f"{attached.platform}:{attached.serial}"


class RemovalStage(enum.StrEnum):
    """Where a removal stands, as the removal panel shows it."""

    REMOVING = "removing"  # the apps are being removed, one after the other
    VERIFYING = "verifying"  # removal sent; the phone is read again
    DONE = "done"  # the fresh read no longer flags them
    BLOCKED = "blocked"  # the phone refused, or the fresh read still flags one
    FAILED = "failed"  # the link broke before the fresh read


@dataclass(frozen=True, slots=True)
class RemovalProgress:
    findings: tuple[Finding, ...]
    stage: RemovalStage
    results: tuple[RemovalResult, ...] = ()
    current: int = 0  # how many of the findings have been handled

    @property
    def finding(self) -> Finding:
        """The app being removed (the last one once all are handled)."""
        return self.findings[min(self.current, len(self.findings) - 1)]

    def moved_to(self, stage: RemovalStage, **changes: object) -> RemovalProgress:
        return dataclasses.replace(self, stage=stage, **changes)  # type: ignore[arg-type]


@dataclass
class DeviceSession:
    """UI-thread view of one device. Only the UI thread reads or writes it."""

    key: str
    attached: AttachedDevice
    link: DeviceLink
    status: Status = Status.READY
    identity: Device | None = None
    outcome: AuditOutcome | None = None
    message: Message | None = None
    progress: tuple[int, int, str] | None = None
    removal: RemovalProgress | None = None
    present: bool = True
    history: list[Verdict] = field(default_factory=list)
    # Removals the phone refused (device owner, restriction), by (app id, user): Remove is not
    # offered again for them, their steps say who can lift the refusal.
    refusals: dict[tuple[str, int | None], tuple[RemovalResult, ...]] = field(default_factory=dict)

    @property
    def platform(self) -> Platform:
        return self.attached.platform

    @property
    def title(self) -> str:
        """The phone's name; before it has answered, what it is ("Android phone", "iPhone")."""
        if self.identity is not None:
            return self.identity.display_name
        if self.attached.model:
            return self.attached.model
        return (
            "iPhone"
            if self.platform is Platform.IOS
            else QCoreApplication.translate("DeviceSession", "Android phone")
        )

    @property
    def serial(self) -> str:
        """The real serial or UDID, or "" while an Android phone over TCP is known only by address
        (adb lists it by address until "Allow" is tapped)."""
        if self.identity is not None:
            return self.identity.serial
        address = self.attached.address
        if address.startswith("tcp:") and self.attached.serial == address.removeprefix("tcp:"):
            return ""
        return self.attached.serial

    @property
    def connection(self) -> str:
        """How the phone is reached, in words."""
        kind, _, rest = self.attached.address.partition(":")
        if kind == "tcp" and rest:
            return QCoreApplication.translate("DeviceSession", "connected over TCP {address}").format(address=rest)
        return QCoreApplication.translate("DeviceSession", "connected by USB") if self.attached.address else ""


    @property
    def model(self) -> str:
        if self.identity is not None and self.identity.model:
            return self.identity.model
        return self.attached.model

    @property
    def os_version(self) -> str:
        return self.identity.os_version if self.identity is not None else ""


class DeviceLink:
    """The connector of one device. Used only by jobs on that device's serial executor."""

    def __init__(self, discovery: DeviceDiscovery, attached: AttachedDevice) -> None:
        self._discovery = discovery
        self.attached = attached  # replaced by the UI thread before a job is queued, read by jobs
        self._connector: DeviceConnector | None = None

    def connector(self) -> DeviceConnector:
        if self._connector is None:
            self._connector = self._discovery.open(self.attached)
        return self._connector

    def reset(self) -> None:
        """Forget the connection after a failure; the next job opens a fresh one."""
        connector, self._connector = self._connector, None
        if connector is not None:
            try:
                connector.close()
            except Exception:  # closing a dead link must not hide the error that killed it
                log.debug("closing a failed connector", exc_info=True)
