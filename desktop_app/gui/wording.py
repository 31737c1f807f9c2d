"""The words the window uses for states, verdicts and profiles (one place, so they stay consistent)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.core.languages import DEFAULT_LANGUAGE
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
from desktop_app.gui.locale_text import zoned_time

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


class HasLanguages(Protocol):
    """core.policy_schema.LocalizedText (not imported here: pydantic loads after the window shows)."""

    def get(self, language: str) -> str: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("Wording", text)


def window_language() -> str:
    """ "fr" or "en": the language the window speaks now (i18n sets the default locale with it)."""
    return "fr" if QLocale().language() == QLocale.Language.French else DEFAULT_LANGUAGE


def policy_text(texts: Mapping[str, str] | HasLanguages | None) -> str:
    """A policy's own words (a reason, a retraction) in the window's language, else in English."""
    if texts is None:
        return ""
    if isinstance(texts, Mapping):
        return texts.get(window_language()) or texts.get(DEFAULT_LANGUAGE) or ""
    return texts.get(window_language())  # policy_schema.LocalizedText falls back to English itself


def status_word(status: Status) -> str:
    return _tr(STATUS_WORDS[status])


def verdict_headline(verdict: Verdict) -> str:
    return _tr(VERDICT_HEADLINES[verdict])


# A recorded audit keeps its verdict as text ("noncompliant"): the history, the story, the fleet.
VERDICT_WORDS = {
    "compliant": "Compliant",
    "action_required": "Action required",
    "noncompliant": "Not compliant",
    "inconclusive": "Inconclusive",
}


def verdict_word(verdict: object) -> str:
    """ "Not compliant" for Verdict.NONCOMPLIANT or "noncompliant"; an unknown value stays as it is."""
    text = str(verdict)
    return _tr(VERDICT_WORDS[text]) if text in VERDICT_WORDS else text


def finding_word(state: FindingState) -> str:
    return _tr(FINDING_WORDS[state])


def app_state_word(state: AppState) -> str:
    return _tr(APP_STATE_WORDS[state])


def kind_word(kind: AppKind) -> str:
    return _tr(KIND_WORDS[kind])


def source_name(installer: str, kind: AppKind) -> str:
    """The store or way an app was installed, in words; unknown installers stay as their id."""
    if not installer:
        return _tr("Preinstalled") if kind is AppKind.SYSTEM else _tr("Unknown")
    return _tr(INSTALLER_WORDS[installer]) if installer in INSTALLER_WORDS else installer



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
        name = profile.name or str(profile.user)
        if "locked" in profile.problem:
            asks.append(_tr("unlock the profile “{profile}”").format(profile=name))
        else:
            asks.append(_tr("the profile “{profile}” could not be read").format(profile=name))
    if not inventory.complete:
        asks.append(_tr("the app list came back incomplete"))
    if not asks:
        asks.append(_tr("part of the phone could not be read"))
    return _tr("Not fully checked: {what}, then Check again.").format(what="; ".join(asks))


def profile_name(user: int | None, names: Mapping[int | None, str] | None = None) -> str:
    """The profile as the phone names it ("Work profile (user 10)"); iPhones have a single one.

    Without the phone's names (an old record), user 0 is the personal profile and others are
    work or secondary profiles."""
    if user is None:
        return _tr("Phone")
    reported = (names or {}).get(user, "").strip()
    if reported:
        return _tr("{profile} (user {user})").format(profile=reported, user=user)
    if user == 0:
        return _tr("Personal (user 0)")
    return _tr("Work / other profile (user {user})").format(user=user)


def profile_names(profiles: Sequence[ProfileRead]) -> dict[int | None, str]:
    """The names the phone reported for its users and profiles (Inventory.profiles)."""
    return {p.user: p.name for p in profiles if p.user is not None and p.name}


def status_text(session: DeviceSession, now: datetime) -> str:
    words = status_word(session.status)
    if session.status is Status.ACTION_REQUIRED and session.outcome and session.outcome.report.deadline:
        return f"{words} · {countdown(session.outcome.report.deadline, now)}"
    return words


def countdown(deadline: datetime, now: datetime) -> str:
    left = deadline - now
    if left <= timedelta(0):
        return _tr("deadline passed")
    days, seconds = left.days, left.seconds
    hours, minutes = seconds // 3600, (seconds % 3600) // 60
    if days:
        return _tr("{days} d {hours} h left").format(days=days, hours=hours)
    if hours:
        return _tr("{hours} h {minutes} min left").format(hours=hours, minutes=minutes)
    return _tr("{minutes} min {seconds} s left").format(minutes=minutes, seconds=seconds % 60)


def duration(span: timedelta) -> str:
    """A rounded duration for people: "2 d 3 h", "3 h 20 min", "12 min", "less than a minute"."""
    minutes = int(span.total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        if hours:
            return _tr("{days} d {hours} h").format(days=days, hours=hours)
        return _tr("{days} d").format(days=days)
    if hours:
        if minutes:
            return _tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return _tr("{hours} h").format(hours=hours)
    return _tr("{minutes} min").format(minutes=minutes) if minutes else _tr("less than a minute")


def enforcement_text(enforce_from: datetime | None, now: datetime) -> str:
    """Whether a policy's deadline has passed, with its time zone."""
    if enforce_from is None:
        return _tr("Enforced now (no deadline)")
    if enforce_from <= now:
        return _tr("Enforced since {when}: banned apps block mail access").format(
            when=zoned_time(enforce_from)
        )
    return _tr(
        "Enforced from {when} (in {span}); until then banned apps must be removed but do not block mail"
    ).format(when=zoned_time(enforce_from), span=duration(enforce_from - now))


# What the phone connectors (devices/, no Qt) report while reading, in the window's language.
PROGRESS_WORDS = {
    "users, profiles and their apps": "users, profiles and their apps",
    "apps of new profiles": "apps of new profiles",
    "versions and states": "versions and states",
    "app signers": "app signers",
    "done": "done",
    "Asking the iPhone for its apps": "Asking the iPhone for its apps",
}
_SLOW = re.compile(r"The (?:phone|iPhone) is slow: still (?:working|waiting for its apps) \((\d+) s\)")
_READ = re.compile(r"Read (\d+) apps")


def progress_words(what: str) -> str:
    """A connector's progress report in words; one it does not know stays as it came."""
    if what in PROGRESS_WORDS:
        return _tr(PROGRESS_WORDS[what])
    if slow := _SLOW.fullmatch(what):
        return _tr("The phone is slow: still working ({seconds} s)").format(seconds=slow.group(1))
    if read := _READ.fullmatch(what):
        return QCoreApplication.translate("Wording", "Read %Ln app(s)", "", int(read.group(1)))
    return what
