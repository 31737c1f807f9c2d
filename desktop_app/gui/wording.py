"""The words the window uses for states, verdicts and profiles (one place, so they stay consistent)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from desktop_app.core.models import (
    AppKind,
    AppState,
    Finding,
    FindingState,
    Inventory,
    Platform,
    ProfileRead,
    Verdict,
)
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
    Status.TRUST_REFUSED: "Trust refused",
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

# Where an app came from, by the installer package (Android) or source app (iPhone) the phone names.
INSTALLER_WORDS = {
    "com.android.vending": "Google Play",
    "com.sec.android.app.samsungapps": "Galaxy Store",
    "com.amazon.venezia": "Amazon Appstore",
    "com.huawei.appmarket": "AppGallery",
    "com.google.android.packageinstaller": "Sideloaded (package installer)",
    "com.android.packageinstaller": "Sideloaded (package installer)",
    "com.apple.AppStore": "App Store",
    "com.apple.TestFlight": "TestFlight",
}


def source_name(installer: str, kind: AppKind) -> str:
    """The store or way an app was installed, in words; unknown installers stay as their id."""
    if not installer:
        return "Preinstalled" if kind is AppKind.SYSTEM else "Unknown"
    return INSTALLER_WORDS.get(installer, installer)


PLATFORM_WORDS = {Platform.ANDROID: "Android", Platform.IOS: "iPhone / iPad"}


def finding_name(finding: Finding) -> str:
    """The app's own name when the phone gave one, else its id: two apps of one rule (TikTok and
    TikTok Lite) must not read alike. The rule's title goes beside it, never instead of it."""
    return finding.label or finding.app_id


def finding_with_id(finding: Finding) -> str:
    """ "TikTok (com.zhiliaoapp.musically)", or the id alone when it is the only name there is."""
    name = finding_name(finding)
    return name if name == finding.app_id else f"{name} ({finding.app_id})"


def not_fully_checked(inventory: Inventory) -> str:
    """What an inconclusive result asks of the person, instead of "Nothing to do"."""
    asks = []
    for profile in inventory.unreadable_profiles:
        name = f"the {profile.name.lower()}" if profile.name else f"profile {profile.user}"
        if "locked" in profile.problem:
            asks.append(QCoreApplication.translate("Wording", "unlock {profile}").format(profile=name))
        else:
            asks.append(
                QCoreApplication.translate("Wording", "{profile} could not be read").format(profile=name)
            )
    if not inventory.complete:
        asks.append(QCoreApplication.translate("Wording", "the app list came back incomplete"))
    if not asks:
        asks.append(QCoreApplication.translate("Wording", "part of the phone could not be read"))
    return QCoreApplication.translate("Wording", "Not fully checked: {what}, then Check again.").format(
        what="; ".join(asks)
    )


def profile_name(user: int | None, names: Mapping[int | None, str] | None = None) -> str:
    """The profile as the phone names it ("Work profile (user 10)"); iPhones have a single one.

    Without the phone's names (an old record), user 0 is the personal profile and others are
    work or secondary profiles."""
    if user is None:
        return "Phone"
    reported = (names or {}).get(user, "").strip()
    if reported:
        return f"{reported} (user {user})"
    if user == 0:
        return "Personal (user 0)"
    return f"Work / other profile (user {user})"


def profile_names(profiles: Sequence[ProfileRead]) -> dict[int | None, str]:
    """The names the phone reported for its users and profiles (Inventory.profiles)."""
    return {p.user: p.name for p in profiles if p.user is not None and p.name}


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


def zoned_time(value: datetime) -> str:
    """Local time with its zone, so nobody has to guess: "2026-11-29 07:59 UTC",
    "2026-11-29 08:59 CET (UTC+01:00)"."""
    local = value.astimezone()
    offset = local.strftime("%z")  # "+0100"
    if offset in ("+0000", "-0000", ""):
        return f"{local:%Y-%m-%d %H:%M} UTC"
    utc = f"UTC{offset[:3]}:{offset[3:]}"
    name = local.tzname() or ""
    if not name or name[0] in "+-" or name.startswith("UTC"):
        return f"{local:%Y-%m-%d %H:%M} ({utc})"
    return f"{local:%Y-%m-%d %H:%M} {name} ({utc})"


def duration(span: timedelta) -> str:
    """A rounded duration for people: "2 d 3 h", "3 h 20 min", "12 min", "less than a minute"."""
    minutes = int(span.total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min" if minutes else "less than a minute"


def enforcement_text(enforce_from: datetime | None, now: datetime) -> str:
    """Whether a policy's deadline has passed, with its time zone."""
    if enforce_from is None:
        return "Enforced now (no deadline)"
    if enforce_from <= now:
        return f"Enforced since {zoned_time(enforce_from)}: banned apps block mail access"
    return (
        f"Enforced from {zoned_time(enforce_from)} (in {duration(enforce_from - now)}); "
        "until then banned apps must be removed but do not block mail"
    )
