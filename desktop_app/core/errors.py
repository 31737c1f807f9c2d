"""One root exception; every error carries a stable code and a hint for the person.

Adapters translate library exceptions (adb_shell, pymobiledevice3, sqlite3) into
these at their boundary, so the CLI and the GUI present every failure the same way.
"""

from __future__ import annotations


class AppAuditError(Exception):
    """Root of every error App Audit reports to a person."""

    code: str = "error"
    exit_code: int = 2
    default_hint: str = ""

    def __init__(self, message: str, *, hint: str = "", code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint or self.default_hint
        if code:
            self.code = code

    def __str__(self) -> str:
        return self.message


class UsageError(AppAuditError):
    code = "usage"
    exit_code = 2


class PolicyError(AppAuditError):
    """A policy that cannot be used: malformed, unsigned where a signature is required, tampered."""

    code = "policy"
    exit_code = 2


class PolicySignatureError(PolicyError):
    code = "policy_signature"
    default_hint = "Ask IT for the policy and its .sig file as issued; do not edit a signed policy."


class DeviceError(AppAuditError):
    code = "device"
    exit_code = 3


class DeviceNotFoundError(DeviceError):
    code = "device_not_found"
    default_hint = "Plug the phone in with a data cable and unlock it."


class DeviceUnauthorizedError(DeviceError):
    code = "unauthorized"
    default_hint = (
        'Unlock the phone and tap "Allow" on "Allow USB debugging?". '
        'Tick "Always allow from this computer" to skip this next time.'
    )


class DeviceUntrustedError(DeviceError):
    code = "untrusted"
    default_hint = 'Unlock the iPhone and tap "Trust" on "Trust This Computer?", then enter the passcode.'


class DeviceTrustRefusedError(DeviceUntrustedError):
    code = "trust_refused"
    default_hint = (
        '"Don\'t Trust" was tapped. To ask again: on the iPhone open Settings > General > '
        "Transfer or Reset iPhone > Reset > Reset Location & Privacy, then reconnect."
    )


class DeviceLockedError(DeviceError):
    code = "locked"
    default_hint = "Unlock the phone with its passcode and keep it unlocked during the check."


class DeviceBusyError(DeviceError):
    code = "busy"
    default_hint = (
        "Another program holds the phone's USB connection (often an adb server): close it and retry."
    )


class DevicePermissionError(DeviceError):
    code = "permission"
    default_hint = (
        "This computer may not open the USB device. On Linux install the udev rules "
        "(android-sdk-platform-tools-common) and replug; on Windows install the WinUSB driver."
    )


class DeviceDisconnectedError(DeviceError):
    code = "disconnected"
    default_hint = "The phone was unplugged or the cable is loose. Plug it in again and check again."


class DeviceTimeoutError(DeviceError):
    code = "timeout"
    default_hint = "The phone stopped answering. Unplug it, plug it in again, unlock it and retry."


class DeviceSlowError(DeviceTimeoutError):
    """The phone is still there and answering, but did not finish within the per-scan deadline."""

    code = "phone_slow"
    default_hint = (
        "The phone is connected but too slow to answer. Keep it unlocked, close other apps on it, "
        "wait a minute and check again; restart the phone if it stays slow."
    )


class DeviceProtocolError(DeviceError):
    """The device sent something that cannot be understood."""

    code = "protocol"
    default_hint = "The phone answered in an unexpected way. Restart the phone and retry."


class ServiceUnavailableError(DeviceError):
    """A host service the connector needs (usbmuxd, libusb) is missing."""

    code = "service_unavailable"


class InvalidAppIdError(UsageError):
    code = "invalid_app_id"
    default_hint = "An app id looks like com.example.app: letters, digits, '.', '_' and '-' only."


class StoreError(AppAuditError):
    code = "store"
    exit_code = 2
    default_hint = "Check that the database file is writable and the disk is not full."


class InventoryFormatError(AppAuditError):
    code = "inventory_format"
    exit_code = 2
    default_hint = (
        "Give the text printed by `pm list packages -f -U -i --show-versioncode`, "
        "or the JSON / plist of `ideviceinstaller` or `pymobiledevice3 apps list`."
    )


class DeliveryError(AppAuditError):
    code = "delivery"
    exit_code = 2


class FleetError(AppAuditError):
    """The central fleet database cannot be reached or refused what was asked."""

    code = "fleet"
    exit_code = 2
    default_hint = "Check the fleet settings (dsn, station_name, password) and that the server is reachable."


class InternalError(AppAuditError):
    """A fault in App Audit itself (or in a library it uses), never a fault of the phone."""

    code = "internal"
    exit_code = 2
    default_hint = "This is a fault in App Audit, not in the phone. Try again; if it happens again, send the log file to IT."
