"""Domain model: frozen value objects shared by every layer."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class Platform(enum.StrEnum):
    ANDROID = "android"
    IOS = "ios"


class AppState(enum.StrEnum):
    """How an app is present in one user or profile."""

    ENABLED = "enabled"
    DISABLED = "disabled"
    # Android `pm uninstall -k` / "uninstalled for this user" with data kept.
    UNINSTALLED_WITH_DATA = "uninstalled_with_data"
    # iOS offloaded app: the icon and data stay, the binary is gone.
    OFFLOADED = "offloaded"


class AppKind(enum.StrEnum):
    USER = "user"
    SYSTEM = "system"


class RuleAction(enum.StrEnum):
    REMOVE = "remove"
    REQUIRE = "require"
    REVIEW = "review"


class Verdict(enum.StrEnum):
    COMPLIANT = "compliant"
    ACTION_REQUIRED = "action_required"
    NONCOMPLIANT = "noncompliant"
    INCONCLUSIVE = "inconclusive"

    @property
    def exit_code(self) -> int:
        """Exit code of the command-line contract (DESIGN.md section 4)."""
        return _VERDICT_EXIT_CODES[self]


_VERDICT_EXIT_CODES = {
    Verdict.COMPLIANT: 0,
    Verdict.ACTION_REQUIRED: 1,
    Verdict.NONCOMPLIANT: 1,
    Verdict.INCONCLUSIVE: 4,
}


class FindingState(enum.StrEnum):
    """What a finding means for the person in front of the phone."""

    BLOCKING = "blocking"  # banned app present after the deadline
    ACTION_NEEDED = "action_needed"  # banned app present, deadline not reached
    MISSING = "missing"  # a required app is absent
    REVIEW = "review"  # lookalike name: a human should look, never blocking
    RETRACTED = "retracted"  # the rule's policy was withdrawn: informational


class DeviceState(enum.StrEnum):
    """Connection state of an attached device (the `devices` command)."""

    READY = "ready"
    UNAUTHORIZED = "unauthorized"  # Android: "Allow USB debugging?" not accepted
    UNTRUSTED = "untrusted"  # iPhone: "Trust This Computer?" not accepted
    LOCKED = "locked"
    BUSY = "busy"  # another program holds the USB interface
    OFFLINE = "offline"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Device:
    platform: Platform
    serial: str
    model: str = ""
    os_version: str = ""
    name: str = ""
    manufacturer: str = ""

    @property
    def display_name(self) -> str:
        return self.name or self.model or self.serial


@dataclass(frozen=True, slots=True)
class InstalledApp:
    """One app as installed in one user or profile of one device."""

    app_id: str  # Android package name or iOS bundle id
    platform: Platform
    label: str = ""
    version_name: str = ""
    version_code: str = ""
    installer: str = ""  # Android installer package, iOS source app / store
    user: int | None = None  # Android user or profile id; None on iPhones
    kind: AppKind = AppKind.USER
    state: AppState = AppState.ENABLED
    uid: int | None = None
    signer_digests: tuple[str, ...] = ()  # Android signing certificate SHA-256, hex lowercase
    team_id: str = ""  # iOS team identifier
    signer_problem: str = ""  # Android: why the signer could not be read (empty: read, or not asked)

    @property
    def display_label(self) -> str:
        return self.label or self.app_id


@dataclass(frozen=True, slots=True)
class ProfileRead:
    """The outcome of reading one user or profile.

    An unreadable profile (locked private space, SecurityException, cable pulled)
    makes the audit inconclusive: its apps are unknown, so it can never be compliant.
    """

    user: int | None
    name: str = ""
    readable: bool = True
    problem: str = ""


@dataclass(frozen=True, slots=True)
class Inventory:
    apps: tuple[InstalledApp, ...]
    profiles: tuple[ProfileRead, ...] = ()
    complete: bool = True
    problem: str = ""  # why the inventory is incomplete, in plain language

    @property
    def unreadable_profiles(self) -> tuple[ProfileRead, ...]:
        return tuple(p for p in self.profiles if not p.readable)


@dataclass(frozen=True, slots=True)
class PolicyRef:
    """What identifies the policy an audit was judged against."""

    policy_id: str
    version: str
    sha256: str
    signed: bool
    signer: str = ""
    retracted: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    rule_title: str
    action: RuleAction
    app_id: str
    label: str
    platform: Platform
    user: int | None
    state: FindingState
    app_state: AppState | None = None  # None for a missing required app
    reason: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def blocks_compliance(self) -> bool:
        return self.state in (FindingState.BLOCKING, FindingState.ACTION_NEEDED, FindingState.MISSING)


@dataclass(frozen=True, slots=True)
class AuditReport:
    device: Device
    policy: PolicyRef
    verdict: Verdict
    findings: tuple[Finding, ...]
    apps_scanned: int
    evaluated_at: datetime
    deadline: datetime | None = None
    notes: tuple[str, ...] = ()  # plain-language remarks (retraction, unreadable profiles)
    inventory_sha256: str = ""


@dataclass(frozen=True, slots=True)
class RemovalResult:
    app_id: str
    user: int | None
    removed: bool
    code: str = ""  # e.g. DELETE_FAILED_DEVICE_POLICY_MANAGER, UninstallProhibited
    message: str = ""  # plain language for the person


@dataclass(frozen=True, slots=True)
class AttachedDevice:
    """A device seen by discovery, with its connection state and guidance."""

    platform: Platform
    serial: str
    state: DeviceState
    model: str = ""
    address: str = ""  # how to reach it: "usb:<port path>", "tcp:host:port", "usbmux:host:port"
    guidance: str = ""
    reason: str = ""  # the error code behind a state that is not ready ("trust_refused", ...)
