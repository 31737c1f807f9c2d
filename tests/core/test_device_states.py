"""The one map from device errors to states and guidance (core.device_states)."""

from __future__ import annotations

import pytest

from desktop_app.core import errors
from desktop_app.core.device_states import (
    attached_from_error,
    error_for_attached,
    link_is_lost,
    phone_is_gone,
    state_for_error,
)
from desktop_app.core.models import DeviceState, Platform

CASES = [
    (errors.DeviceTrustRefusedError("x"), DeviceState.UNTRUSTED, False, False),
    (errors.DeviceUntrustedError("x"), DeviceState.UNTRUSTED, False, False),
    (errors.DeviceUnauthorizedError("x"), DeviceState.UNAUTHORIZED, False, False),
    (errors.DeviceLockedError("x"), DeviceState.LOCKED, False, False),
    (errors.DeviceBusyError("x"), DeviceState.BUSY, False, False),
    (errors.DevicePermissionError("x"), DeviceState.ERROR, False, False),
    (errors.DeviceSlowError("x"), DeviceState.ERROR, False, False),
    (errors.DeviceTimeoutError("x"), DeviceState.OFFLINE, True, False),
    (errors.DeviceDisconnectedError("x"), DeviceState.OFFLINE, True, True),
    (errors.DeviceNotFoundError("x"), DeviceState.OFFLINE, True, True),
    (errors.DeviceProtocolError("x"), DeviceState.ERROR, False, False),
    (RuntimeError("our bug"), DeviceState.ERROR, False, False),
]


@pytest.mark.parametrize(("error", "state", "lost", "gone"), CASES, ids=lambda v: type(v).__name__)
def test_each_error_has_one_state(error: BaseException, state: DeviceState, lost: bool, gone: bool) -> None:
    assert state_for_error(error) is state
    assert link_is_lost(error) is lost
    assert phone_is_gone(error) is gone


def test_a_discovery_entry_round_trips_to_the_error_a_command_reports() -> None:
    refused = errors.DeviceTrustRefusedError("iPhone X: Don't Trust was tapped")
    attached = attached_from_error(Platform.IOS, "X", refused, address="usbmux:default")
    assert (attached.state, attached.reason) == (DeviceState.UNTRUSTED, "trust_refused")
    assert attached.guidance == refused.hint
    again = error_for_attached(attached)
    assert isinstance(again, errors.DeviceUntrustedError) and again.code == "trust_refused"


def test_an_error_state_tells_what_happened_and_what_to_do() -> None:
    slow = errors.DeviceSlowError("the phone kept answering but did not finish within 90 s")
    guidance = attached_from_error(Platform.ANDROID, "S", slow).guidance
    assert "did not finish within 90 s" in guidance and "too slow" in guidance
