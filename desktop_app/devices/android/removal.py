"""What `pm uninstall` answers, in plain language for the person in front of the phone."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FAILURE = re.compile(r"Failure \[(?P<code>[^\]]{1,200})\]")
_NOT_INSTALLED = re.compile(r"not installed for (?P<user>-?\d+)")

REASONS: dict[str, str] = {
    "DELETE_FAILED_DEVICE_POLICY_MANAGER": (
        "Your company's device policy prevents removing this app. "
        "Ask IT to remove it or lift the restriction."
    ),
    "DELETE_FAILED_USER_RESTRICTED": (
        "This profile is not allowed to uninstall apps (a restriction set on the phone). "
        "Ask the phone's administrator."
    ),
    "DELETE_FAILED_OWNER_BLOCKED": (
        "The phone's owner or administrator blocked uninstalling this app. Ask IT to remove it."
    ),
    "DELETE_FAILED_INTERNAL_ERROR": (
        "The phone could not remove the app. "
        "Restart the phone and try again, or remove it in Settings > Apps."
    ),
    "DELETE_FAILED_ABORTED": "The removal was cancelled on the phone. "
    "Try again and confirm on the phone if asked.",
    "DELETE_FAILED_USED_SHARED_LIBRARY": (
        "Other apps on the phone depend on this one, so Android refuses to remove it. "
        "Remove those apps first."
    ),
    "NOT_INSTALLED": "The app is not installed in this profile: nothing to remove.",
    "PROFILE_LOCKED": "This profile is locked. Unlock it on the phone (enter its PIN), then try again.",
    "RESTORED": (
        "The phone reported the app removed, but it is still there (some phones restore apps "
        "between profiles). "
        "Remove it in Settings > Apps on the phone, in every profile."
    ),
    "UNKNOWN": "The phone refused to remove the app without saying why. Remove it in Settings > Apps.",
}


@dataclass(frozen=True, slots=True)
class UninstallOutcome:
    success: bool
    code: str
    message: str


def interpret_uninstall(output: str) -> UninstallOutcome:
    """`Success`, `Failure [CODE]`, `Failure [not installed for N]` or an exception text."""
    text = output.strip()
    if text.splitlines()[-1:] == ["Success"] or text == "Success":
        return UninstallOutcome(True, "", "Removed.")
    if "SecurityException" in text:
        return UninstallOutcome(False, "PROFILE_LOCKED", REASONS["PROFILE_LOCKED"])
    match = _FAILURE.search(text)
    if match is None:
        return UninstallOutcome(False, "UNKNOWN", REASONS["UNKNOWN"])
    code = match["code"]
    if _NOT_INSTALLED.fullmatch(code):
        return UninstallOutcome(False, "NOT_INSTALLED", REASONS["NOT_INSTALLED"])
    safe_code = code if re.fullmatch(r"[A-Z_]{1,80}", code) else "UNKNOWN"
    return UninstallOutcome(False, safe_code, REASONS.get(safe_code, REASONS["UNKNOWN"]))
