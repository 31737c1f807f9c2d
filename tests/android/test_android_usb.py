"""The USB path end to end: adb-shell's UsbTransport over a fake `usb1` context whose one device
exposes the ADB interface and bridges bulk transfers to a simulated phone; libusb's failures each
give the state and message a person can act on."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from adb_shell.transport.usb_transport import UsbTransport
from usb1 import libusb1

from desktop_app.core.device_states import attached_from_error
from desktop_app.core.errors import (
    DeviceBusyError,
    DeviceNotFoundError,
    DevicePermissionError,
    DeviceTimeoutError,
)
from desktop_app.core.models import DeviceState, Platform
from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.connector import AdbTimeouts, AndroidDiscovery, open_android
from desktop_app.simulators.android import AndroidSimulator

from .fake_usb import FakeUsbContext, FakeUsbDevice

PhoneFactory = Callable[..., AndroidSimulator]
TIMEOUTS = AdbTimeouts(transport_s=2.0, auth_s=2.0, silence_s=0.5, probe_s=0.5, scan_s=20.0)


@pytest.fixture
def usb_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., FakeUsbDevice]]:
    context = FakeUsbContext([])
    monkeypatch.setattr(UsbTransport, "USB1_CTX", context)

    def plug(phone: AndroidSimulator, **faults: int) -> FakeUsbDevice:
        device = FakeUsbDevice(phone.address, serial=phone.scenario.identity.serial, **faults)
        context.devices.append(device)
        return device

    yield plug
    for device in context.devices:
        for handle in device.handles:
            handle.close()


def test_a_usb_phone_is_listed_scanned_and_read_like_a_tcp_one(
    start_phone: PhoneFactory, adb_keys: AdbKeys, usb_bus: Callable[..., FakeUsbDevice]
) -> None:
    phone = start_phone("pixel-work-profile")
    usb_bus(phone)
    discovery = AndroidDiscovery(adb_keys, usb=True, timeouts=TIMEOUTS)
    try:
        [listed] = discovery.list_devices()
        assert (listed.state, listed.serial, listed.address) == (
            DeviceState.READY,
            phone.scenario.identity.serial,
            f"usb:{phone.scenario.identity.serial}",
        )
        with discovery.open(listed) as connector:
            inventory = connector.read_inventory()
        assert inventory.complete and len(inventory.apps) == phone.scenario.package_count()
    finally:
        discovery.close()


@pytest.mark.parametrize(
    ("code", "error", "state", "words"),
    [
        (libusb1.LIBUSB_ERROR_BUSY, DeviceBusyError, DeviceState.BUSY, "Another program holds"),
        (libusb1.LIBUSB_ERROR_ACCESS, DevicePermissionError, DeviceState.ERROR, "udev rules"),
    ],
    ids=["busy", "access"],
)
def test_libusb_refusals_give_the_state_and_what_to_do(
    start_phone: PhoneFactory,
    adb_keys: AdbKeys,
    usb_bus: Callable[..., FakeUsbDevice],
    code: int,
    error: type[Exception],
    state: DeviceState,
    words: str,
) -> None:
    phone = start_phone("pixel-work-profile")
    usb_bus(phone, open_error=code)
    with pytest.raises(error) as raised:
        open_android(keys=adb_keys, timeouts=TIMEOUTS)
    entry = attached_from_error(Platform.ANDROID, "S", raised.value)  # type: ignore[arg-type]
    assert entry.state is state
    assert words in entry.guidance
    [listed] = AndroidDiscovery(adb_keys, usb=True, timeouts=TIMEOUTS).list_devices()
    assert listed.state is state and words in listed.guidance


def test_a_serial_number_that_cannot_be_read_says_udev(
    start_phone: PhoneFactory, adb_keys: AdbKeys, usb_bus: Callable[..., FakeUsbDevice]
) -> None:
    usb_bus(start_phone("samsung-clean"), serial_error=libusb1.LIBUSB_ERROR_ACCESS)
    [listed] = AndroidDiscovery(adb_keys, usb=True, timeouts=TIMEOUTS).list_devices()
    assert listed.state is DeviceState.ERROR and "udev rules" in listed.guidance


def test_no_usb_device_is_not_found(adb_keys: AdbKeys, usb_bus: Callable[..., FakeUsbDevice]) -> None:
    assert AndroidDiscovery(adb_keys, usb=True, timeouts=TIMEOUTS).list_devices() == []
    with pytest.raises(DeviceNotFoundError):
        open_android(keys=adb_keys, timeouts=TIMEOUTS)


def test_a_usb_phone_that_freezes_times_out_as_gone_not_slow(
    start_phone: PhoneFactory, adb_keys: AdbKeys, usb_bus: Callable[..., FakeUsbDevice]
) -> None:
    phone = start_phone("pixel-work-profile")
    usb_bus(phone)
    connector = open_android(keys=adb_keys, timeouts=TIMEOUTS)
    try:
        phone.freeze()  # libusb's bulk reads now time out
        started = time.monotonic()
        with pytest.raises(DeviceTimeoutError, match="stopped answering"):
            connector.read_inventory()
        assert time.monotonic() - started < TIMEOUTS.scan_s
    finally:
        connector.close()
