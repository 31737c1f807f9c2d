"""pymobiledevice3's exceptions become App Audit's own errors here, and nowhere else."""

from __future__ import annotations

import asyncio
import logging
import plistlib
from xml.parsers.expat import ExpatError

from desktop_app.core.errors import (
    AppAuditError,
    DeviceDisconnectedError,
    DeviceLockedError,
    DeviceNotFoundError,
    DeviceProtocolError,
    DeviceTimeoutError,
    DeviceTrustRefusedError,
    DeviceUntrustedError,
    InternalError,
)
from desktop_app.devices.ios.usbmux import usbmuxd_missing_error

log = logging.getLogger(__name__)

STALE_PAIRING_HINT = (
    "The iPhone no longer recognises this computer's pairing (it was reset, restored or told to forget "
    'it). The old pairing was removed: unplug the iPhone, plug it in again, unlock it and tap "Trust".'
)


def stale_pairing_error(udid: str) -> DeviceUntrustedError:
    return DeviceUntrustedError(
        f"iPhone {udid}: the pairing with this computer is no longer valid",
        hint=STALE_PAIRING_HINT,
        code="stale_pairing",
    )


def translate(exc: BaseException, *, udid: str = "", usbmux_address: str | None = None) -> AppAuditError:
    """The App Audit error for a pymobiledevice3 (or socket / plist) failure."""
    from pymobiledevice3 import exceptions as pmd3  # slow import: only once a failure needs it

    who = f"iPhone {udid}" if udid else "the iPhone"
    if isinstance(exc, AppAuditError):
        return exc
    if isinstance(exc, pmd3.ConnectionFailedToUsbmuxdError):
        return usbmuxd_missing_error(usbmux_address)
    if isinstance(exc, pmd3.NoDeviceConnectedError):
        return DeviceNotFoundError("no iPhone is attached")
    if isinstance(exc, pmd3.DeviceNotFoundError):
        return DeviceNotFoundError(f"{who} is not attached")
    if isinstance(exc, pmd3.PasswordRequiredError):
        return DeviceLockedError(f"{who} is locked with its passcode")
    if isinstance(exc, pmd3.UserDeniedPairingError):
        return DeviceTrustRefusedError(f'"Don\'t Trust" was tapped on {who}')
    if isinstance(exc, pmd3.PairingDialogResponsePendingError):
        return DeviceUntrustedError(f'{who} is waiting for "Trust This Computer?" to be answered')
    if isinstance(exc, pmd3.InvalidHostIDError):
        return stale_pairing_error(udid)
    if isinstance(exc, pmd3.NotPairedError | pmd3.NotTrustedError):
        return DeviceUntrustedError(f"{who} does not trust this computer yet")
    if isinstance(
        exc,
        pmd3.ConnectionTerminatedError
        | pmd3.BadDevError
        | pmd3.ConnectionFailedError
        | asyncio.IncompleteReadError
        | ConnectionError
        | EOFError,
    ):
        return DeviceDisconnectedError(f"the connection to {who} broke (unplugged?)")
    if isinstance(exc, pmd3.MuxException) and "closed" in str(exc):
        return DeviceDisconnectedError(f"usbmuxd dropped the connection to {who}")
    if isinstance(exc, TimeoutError):
        return DeviceTimeoutError(f"{who} did not answer in time")
    if isinstance(exc, OSError):
        return DeviceDisconnectedError(f"the connection to {who} failed: {exc.strerror or exc}")
    if isinstance(
        exc,
        pmd3.PyMobileDevice3Exception | plistlib.InvalidFileException | ExpatError | ValueError | RecursionError,
    ):
        return DeviceProtocolError(f"{who} sent an answer that cannot be understood ({type(exc).__name__})")
    # TypeError, KeyError, AttributeError...: a fault in our code or the library's, not the phone's.
    log.error("internal error talking to %s", who, exc_info=exc)
    return InternalError(f"internal error while talking to {who}: {type(exc).__name__}: {exc}")
