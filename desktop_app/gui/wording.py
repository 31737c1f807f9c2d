"""The words the window uses for states, verdicts and profiles (one place, so they stay consistent)."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_app.core.models import AppKind, AppState, Finding, FindingState, Platform, Verdict
from desktop_app.gui.device_session import DeviceSession, Status

STATUS_WORDS = {
    Status.CONNECTING: "Connecting",
    Status.READY: "Ready",
    Status.SCANNING: "Scanning",
    Status.REMOVING: "Removing",
    Status.COMPLIANT: "Compliant",
    Status.ACTION_REQUIRED: "Action required",
    Status.NONCOMPLIANT: "Not compliant",
    Status.INCONCLUSIVE: "Inconclusive",
    Status.WAITING_ALLOW: "Waiting for Allow",
    Status.WAITING_TRUST: "Waiting for Trust",
    Status.LOCKED: "Locked",
    Status.BUSY: "Busy",
    Status.UNPLUGGED: "Unplugged",
    Status.ERROR: "Error",
}

VERDICT_HEADLINES = {
    Verdict.COMPLIANT: "Compliant: no banned app on this phone",
    Verdict.ACTION_REQUIRED: "Action required: banned apps must be removed",
    Verdict.NONCOMPLIANT: "Not compliant: banned apps are blocking mail access",
    Verdict.INCONCLUSIVE: "Inconclusive: part of the phone could not be read",
}

FINDING_WORDS = {
    FindingState.BLOCKING: "Blocking",
    FindingState.ACTION_NEEDED: "Remove before the deadline",
    FindingState.MISSING: "Required app missing",
    FindingState.REVIEW: "For review",
    FindingState.RETRACTED: "Rule retracted",
}

APP_STATE_WORDS = {
    AppState.ENABLED: "Installed",
    AppState.DISABLED: "Disabled",
    AppState.UNINSTALLED_WITH_DATA: "Uninstalled (data kept)",
    AppState.OFFLOADED: "Offloaded",
}

KIND_WORDS = {AppKind.USER: "User app", AppKind.SYSTEM: "System app"}
PLATFORM_WORDS = {Platform.ANDROID: "Android", Platform.IOS: "iPhone / iPad"}


def finding_name(finding: Finding) -> str:
    """The app's name for a person: its label, or the rule's title when the phone gave no label."""
    return finding.rule_title if finding.label == finding.app_id else finding.label


def profile_name(user: int | None, platform: Platform | str | None = None) -> str:
    """Android user 0 is the personal profile; others are work/secondary profiles; iPhones have one."""
    if user is None:
        return "Phone"
    if user == 0:
        return "Personal (user 0)"
    return f"Work / other profile (user {user})"


def status_text(session: DeviceSession, now: datetime) -> str:
    words = STATUS_WORDS[session.status]
    if session.status is Status.ACTION_REQUIRED and session.outcome and session.outcome.report.deadline:
        return f"{words} · {countdown(session.outcome.report.deadline, now)}"
    return words


def countdown(deadline: datetime, now: datetime) -> str:
    left = deadline - now
    if left <= timedelta(0):
        return "deadline passed"
    days, seconds = left.days, left.seconds
    hours, minutes = seconds // 3600, (seconds % 3600) // 60
    if days:
        return f"{days} d {hours} h left"
    if hours:
        return f"{hours} h {minutes} min left"
    return f"{minutes} min {seconds % 60} s left"


def local_time(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
