"""Android deadlines: a slow phone is waited for (with progress), a frozen one is given up quickly."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from desktop_app.core.errors import DeviceSlowError, DeviceTimeoutError
from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.connector import AdbTimeouts, open_android
from desktop_app.simulators.android import AndroidSimulator, load_android_scenario

PhoneFactory = Callable[..., AndroidSimulator]


def test_a_slow_phone_is_waited_for_and_the_wait_is_shown(
    start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    # Each `pm` / `dumpsys` takes 1.5 s while the link is deemed silent after 0.3 s.
    phone = start_phone(load_android_scenario("pixel-work-profile").with_faults(command_ms=1500))
    timeouts = AdbTimeouts(transport_s=5.0, auth_s=2.0, silence_s=0.3, probe_s=5.0, scan_s=60.0)
    with open_android(connect=phone.address, keys=adb_keys, timeouts=timeouts) as connector:
        progress: list[str] = []
        inventory = connector.read_inventory(lambda _d, _t, what: progress.append(what))
    assert inventory.complete
    assert len(inventory.apps) == phone.scenario.package_count()
    assert any(what.startswith("The phone is slow: still working") for what in progress)


def test_a_phone_slower_than_the_scan_deadline_is_called_slow(
    start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    phone = start_phone(load_android_scenario("pixel-work-profile").with_faults(command_ms=4000))
    timeouts = AdbTimeouts(transport_s=5.0, auth_s=2.0, silence_s=0.3, probe_s=5.0, scan_s=1.0)
    connector = open_android(connect=phone.address, keys=adb_keys, timeouts=timeouts)
    try:
        with pytest.raises(DeviceSlowError) as caught:
            connector.read_inventory()
        assert caught.value.code == "phone_slow"
        assert "kept answering" in caught.value.message
    finally:
        connector.close()


def test_a_frozen_phone_is_given_up_without_waiting_for_the_scan_deadline(
    start_phone: PhoneFactory, adb_keys: AdbKeys
) -> None:
    phone = start_phone("pixel-work-profile")
    timeouts = AdbTimeouts(transport_s=5.0, auth_s=2.0, silence_s=0.5, probe_s=0.5, scan_s=120.0)
    connector = open_android(connect=phone.address, keys=adb_keys, timeouts=timeouts)
    try:
        phone.freeze()
        started = time.monotonic()
        with pytest.raises(DeviceTimeoutError) as caught:
            connector.read_inventory()
        assert not isinstance(caught.value, DeviceSlowError)
        assert "stopped answering" in caught.value.message
        assert time.monotonic() - started < 60  # half the scan deadline: it did not wait for it
    finally:
        connector.close()
