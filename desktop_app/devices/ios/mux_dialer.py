"""Connections to one usbmuxd, and what it said that holds while it runs.

pymobiledevice3's create_mux asks usbmuxd which protocol it speaks (binary or plist) on every
connection: a probe connection and a request, then a second connection. And finding a phone lists
every device (a plist per device) before connecting to it. Neither answer changes while usbmuxd runs
and the phone stays plugged in, and a scan opens two connections, so these took about a third of the
client's CPU for connecting (bench/ios_scan.py). A dialer asks usbmuxd's protocol once and remembers
the device id each phone had at the last listing; a phone plugged in again gets a new id, which the
caller finds by listing again when the remembered one is refused (session._find_phone).

A dialer is owned by whoever owns the usbmuxd address (the station's IosDiscovery, or one
connector), never by the whole process. pymobiledevice3 is imported when a connection is opened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any


class MuxDialer:
    def __init__(self, address: str | None) -> None:
        self.address = address  # None: the system's usbmuxd (or USBMUXD_SOCKET_ADDRESS)
        self._protocol: Callable[[Any], Any] | None = None  # the MuxConnection class usbmuxd answered with
        self._devices: dict[str, Any] = {}  # udid -> pymobiledevice3 MuxDevice, from the last listing

    async def open(self) -> Any:
        """A new pymobiledevice3 MuxConnection to this usbmuxd."""
        from pymobiledevice3 import usbmux

        protocol = self._protocol
        if protocol is None:
            mux = await usbmux.create_mux(usbmux_address=self.address)
            self._protocol = type(mux)
            return mux
        return protocol(await usbmux.MuxConnection.create_usbmux_socket(usbmux_address=self.address))

    def forget_protocol(self) -> None:
        """Ask again on the next connection (a request failed: usbmuxd may have been replaced)."""
        self._protocol = None

    def listed(self, devices: Iterable[Any]) -> None:
        """usbmuxd's device list, just read: the phones it names and no others are remembered."""
        self._devices = {device.serial: device for device in devices}

    def device(self, udid: str | None) -> Any:
        """The MuxDevice this phone had at the last listing, or None."""
        return self._devices.get(udid) if udid else None

    def forget_device(self, udid: str) -> None:
        """usbmuxd refused the remembered id: list again before the next connection to this phone."""
        self._devices = {serial: d for serial, d in self._devices.items() if serial != udid}
