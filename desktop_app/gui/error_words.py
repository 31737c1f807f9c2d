"""What to do about an error, in the window's language.

core/errors.py stays free of Qt: its default hints are written out here (tests/gui check they are
the same words) and translated by the error's code. A hint written for one raise site, and the
technical message itself (often quoting the phone), stay as core wrote them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import AppAuditError

DEFAULT_HINTS = {
    "busy": "Another program holds the phone's USB connection (often an adb server): close it and retry.",
    "disconnected": "The phone was unplugged or the cable is loose. Plug it in again and check again.",
    "locked": "Unlock the phone with its passcode and keep it unlocked during the check.",
    "device_not_found": "Plug the phone in with a data cable and unlock it.",
    "permission": (
        "This computer may not open the USB device. On Linux install the udev rules "
        "(android-sdk-platform-tools-common) and replug; on Windows install the WinUSB driver."
    ),
    "protocol": "The phone answered in an unexpected way. Restart the phone and retry.",
    "phone_slow": (
        "The phone is connected but too slow to answer. Keep it unlocked, close other apps on it, "
        "wait a minute and check again; restart the phone if it stays slow."
    ),
    "timeout": "The phone stopped answering. Unplug it, plug it in again, unlock it and retry.",
    "trust_refused": (
        '"Don\'t Trust" was tapped. To ask again: on the iPhone open Settings > General > '
        "Transfer or Reset iPhone > Reset > Reset Location & Privacy, then reconnect."
    ),
    "unauthorized": (
        'Unlock the phone and tap "Allow" on "Allow USB debugging?". '
        'Tick "Always allow from this computer" to skip this next time.'
    ),
    "untrusted": 'Unlock the iPhone and tap "Trust" on "Trust This Computer?", then enter the passcode.',
    "fleet": "Check the fleet settings (dsn, station_name, password) and that the server is reachable.",
    "internal": (
        "This is a fault in App Audit, not in the phone. Try again; if it happens again, send the log file to IT."
    ),
    "invalid_app_id": "An app id looks like com.example.app: letters, digits, '.', '_' and '-' only.",
    "inventory_format": (
        "Give the text printed by `pm list packages -f -U -i --show-versioncode`, "
        "or the JSON / plist of `ideviceinstaller` or `pymobiledevice3 apps list`."
    ),
    "policy_signature": "Ask IT for the policy and its .sig file as issued; do not edit a signed policy.",
    "store": "Check that the database file is writable and the disk is not full.",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorWords", text)


def hint_of(error: AppAuditError) -> str:
    """The error's hint, translated when it is its code's default one."""
    return translated_hint(error.code, error.hint)


def translated_hint(code: str, text: str) -> str:
    """text with the default hint of code in it (a hint, or discovery's guidance for a phone it could
    not open, which may start with the message) in the window's language."""
    if code not in DEFAULT_HINTS or DEFAULT_HINTS[code] not in text:
        return text
    return text.replace(DEFAULT_HINTS[code], _tr(DEFAULT_HINTS[code]))



def error_words(error: AppAuditError) -> tuple[str, str]:
    """(message, hint) as the window shows them."""
    return error.message, hint_of(error)
