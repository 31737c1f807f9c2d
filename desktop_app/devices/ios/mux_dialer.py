"""Connections to one usbmuxd, whose protocol is asked once.

pymobiledevice3's create_mux asks usbmuxd which protocol it speaks (binary or plist) on every
connection: a probe connection and a request, then a second connection. The answer does not change
while usbmuxd runs, and a scan opens two connections (lockdownd, installation_proxy), so the probe
took a quarter of the client's CPU for connecting (bench/ios_scan.py). A dialer asks once and then
opens each connection through the library's public classes. It is owned by whoever owns the
usbmuxd address (IosDiscovery for the station, or one connector), never shared by the process.

pymobiledevice3 is imported when a connection is opened (desktop_app.devices.ios.session imports it
anyway): building a dialer costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class MuxDialer:
    def __init__(self, address: str | None) -> None:
        self.address = address  # None: the system's usbmuxd (or USBMUXD_SOCKET_ADDRESS)
        self._protocol: Callable[[Any], Any] | None = None  # the MuxConnection class usbmuxd answered with

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
