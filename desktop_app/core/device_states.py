"""The one map from device errors to device states and guidance, for the CLI, the window and both platforms."""

from __future__ import annotations

from desktop_app.core.errors import (
    AppAuditError,
    DeviceBusyError,
    DeviceDisconnectedError,
    DeviceError,
    DeviceLockedError,
    DeviceNotFoundError,
    DevicePermissionError,
    DeviceSlowError,
    DeviceTimeoutError,
    DeviceTrustRefusedError,
    DeviceUnauthorizedError,
    DeviceUntrustedError,
)
from desktop_app.core.models import AttachedDevice, DeviceState, Platform

# First match wins: subclasses before their parents.
_STATE_FOR_ERROR: tuple[tuple[type[AppAuditError], DeviceState], ...] = (
    (DeviceTrustRefusedError, DeviceState.UNTRUSTED),
    (DeviceUntrustedError, DeviceState.UNTRUSTED),
    (DeviceUnauthorizedError, DeviceState.UNAUTHORIZED),
    (DeviceLockedError, DeviceState.LOCKED),
    (DeviceBusyError, DeviceState.BUSY),
    (DevicePermissionError, DeviceState.ERROR),
    (DeviceSlowError, DeviceState.ERROR),  # there, answering, too slow: not offline
    (DeviceNotFoundError, DeviceState.OFFLINE),
    (DeviceDisconnectedError, DeviceState.OFFLINE),
    (DeviceTimeoutError, DeviceState.OFFLINE),
)

# The error a state stands for, when a command must fail on a phone discovery found not ready.
_ERROR_FOR_STATE: dict[DeviceState, type[DeviceError]] = {
    DeviceState.UNAUTHORIZED: DeviceUnauthorizedError,
    DeviceState.UNTRUSTED: DeviceUntrustedError,
    DeviceState.LOCKED: DeviceLockedError,
    DeviceState.BUSY: DeviceBusyError,
    DeviceState.OFFLINE: DeviceTimeoutError,
}


def state_for_error(error: BaseException) -> DeviceState:
    return next((state for kind, state in _STATE_FOR_ERROR if isinstance(error, kind)), DeviceState.ERROR)


def guidance_for_error(error: AppAuditError) -> str:
    """What the person should do: the hint, with the message first when the state alone says nothing."""
    if state_for_error(error) is DeviceState.ERROR:
        return f"{error.message}. {error.hint}".strip().rstrip(".") + "."
    return error.hint or error.message


def attached_from_error(
    platform: Platform, serial: str, error: AppAuditError, *, address: str = "", model: str = ""
) -> AttachedDevice:
    """Discovery's entry for a phone that could not be opened."""
    return AttachedDevice(
        platform,
        serial,
        state_for_error(error),
        model=model,
        address=address,
        guidance=guidance_for_error(error),
        reason=error.code,
    )


def error_for_attached(device: AttachedDevice) -> DeviceError:
    """The error a command reports for a phone discovery found in a state other than ready."""
    error_type = _ERROR_FOR_STATE.get(device.state, DeviceError)
    error = error_type(f"{device.serial}: {device.state}", hint=device.guidance)
    if device.reason:
        error.code = device.reason
    return error


def phone_is_gone(error: BaseException) -> bool:
    """The phone is no longer attached (unplugged, not found): not merely silent."""
    return isinstance(error, DeviceDisconnectedError | DeviceNotFoundError)


def link_is_lost(error: BaseException) -> bool:
    """The connection cannot be used any more (gone, or silent past its deadline); a slow phone's is."""
    return phone_is_gone(error) or (
        isinstance(error, DeviceTimeoutError) and not isinstance(error, DeviceSlowError)
    )
