"""USB side of Android discovery: ADB interfaces (class 0xff, subclass 0x42, protocol 0x01) via libusb."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import DeviceError, ServiceUnavailableError
from desktop_app.devices.android.adb_server import ADB_SERVER_PORT, running_adb_server
from desktop_app.devices.android.transport import ADB_FAILURES, translate, usb_failures

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class UsbAdbDevice:
    """One ADB interface seen on the USB bus; `error` when it could not even be identified."""

    port_path: str
    serial: str = ""
    error: DeviceError | None = None


def adb_server_running(port: int = ADB_SERVER_PORT, timeout_s: float = 0.2) -> bool:
    """True when an adb server listens on this computer (it would hold every phone's USB interface)."""
    return running_adb_server(port, timeout_s)


def busy_hint() -> str:
    if adb_server_running():
        return (
            f"An adb server is running on this computer (port {ADB_SERVER_PORT}, started by Android Studio, "
            'scrcpy or `adb`) and holds the phone. Stop it (the window\'s "Stop the other adb server" button, '
            "or `adb kill-server`), then check again."
        )
    return "Another program holds the phone's USB connection. Close it (Android Studio, scrcpy, adb), then retry."


def _usb_transport_class() -> Any:
    try:
        from adb_shell.transport.usb_transport import UsbTransport
    except (ImportError, OSError) as error:
        raise ServiceUnavailableError(
            f"USB support is unavailable: {error}",
            hint="Install libusb (Linux: libusb-1.0-0) or connect the phone over the network with --connect.",
        ) from error
    return UsbTransport


def list_usb_adb_devices(transport_timeout_s: float) -> list[UsbAdbDevice]:
    """Every ADB interface on the USB bus, with its serial number when it can be read."""
    transport_class = _usb_transport_class()
    found: list[UsbAdbDevice] = []
    failures = ADB_FAILURES + usb_failures()
    try:
        transports = list(
            transport_class.find_all_adb_devices(default_transport_timeout_s=transport_timeout_s)
        )
    except failures as error:
        raise ServiceUnavailableError(f"cannot list USB devices: {error}") from error
    for transport in transports:
        try:
            port_path = "usb:" + ".".join(str(n) for n in transport.port_path)
        except failures:
            port_path = "usb:?"
        try:
            serial = str(transport.serial_number)
        except failures as error:
            found.append(UsbAdbDevice(port_path=port_path, error=translate(error, where=port_path)))
            continue
        found.append(UsbAdbDevice(port_path=port_path, serial=serial))
    return found


def open_usb_transport(serial: str | None, transport_timeout_s: float) -> Any:
    """adb-shell's UsbTransport for the phone with this serial (the first ADB phone when None)."""
    transport_class = _usb_transport_class()
    return transport_class.find_adb(serial=serial, default_transport_timeout_s=transport_timeout_s)
