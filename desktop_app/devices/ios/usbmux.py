"""A small blocking usbmuxd client: hot-plug events (Listen) and pair-record deletion.

pymobiledevice3 covers the rest; its Listen support only keeps a device list, and the hot-plug loop
must run on a plain thread that checks a stop event between reads.
"""

from __future__ import annotations

import os
import plistlib
import select
import socket
import struct
import sys
import threading
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import DeviceProtocolError, ServiceUnavailableError
from desktop_app.devices.ios.parsers import UNREADABLE_PLIST

_HEADER = struct.Struct("<IIII")
_MAX_PACKET = 4 * 1024 * 1024
WINDOWS_ADDRESS = "127.0.0.1:27015"
UNIX_SOCKET = "/var/run/usbmuxd"


def usbmuxd_missing_error(address: str | None) -> ServiceUnavailableError:
    """No usbmuxd answers: tell the person what to install or start on this OS."""
    where = address or "the default usbmuxd"
    if address and ":" in address and not address.startswith("127.0.0.1:27015"):
        hint = f"Nothing answers at {address}: start the usbmuxd (or the simulator) there, or fix --usbmux."
    elif sys.platform.startswith("win"):
        hint = 'Install "Apple Devices" from the Microsoft Store (or iTunes), then plug the iPhone in again.'
    elif sys.platform == "darwin":
        hint = "macOS runs usbmuxd itself: restart the computer if iPhones are not detected."
    else:
        hint = "Install and start usbmuxd: `sudo apt install usbmuxd` then `sudo systemctl start usbmuxd`."
    return ServiceUnavailableError(f"cannot reach usbmuxd ({where}) to find iPhones", hint=hint)


def resolve_address(address: str | None) -> tuple[int, Any]:
    """(socket family, address) for an explicit HOST:PORT / path, the environment, or the OS default."""
    address = address or os.environ.get("USBMUXD_SOCKET_ADDRESS") or None
    if address is None:
        address = WINDOWS_ADDRESS if sys.platform.startswith("win") else UNIX_SOCKET
    if address.startswith("UNIX:"):
        return socket.AF_UNIX, address[5:]
    if ":" in address:
        host, _, port = address.rpartition(":")
        return socket.AF_INET, (host, int(port))
    return socket.AF_UNIX, address


@dataclass(frozen=True, slots=True)
class MuxEvent:
    kind: str  # "Attached" or "Detached"
    device_id: int
    udid: str = ""


class UsbmuxClient:
    """One connection to usbmuxd speaking the plist protocol; every read has a timeout."""

    def __init__(self, address: str | None, timeout_s: float = 5.0) -> None:
        self._address = address
        family, target = resolve_address(address)
        self._sock = socket.socket(family, socket.SOCK_STREAM)
        self._sock.settimeout(timeout_s)
        self._tag = 0
        try:
            self._sock.connect(target)
        except OSError as exc:
            self._sock.close()
            raise usbmuxd_missing_error(address) from exc

    def close(self) -> None:
        self._sock.close()

    def _recv_exact(self, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = self._sock.recv(size - len(data))
            if not chunk:
                raise ConnectionError("usbmuxd closed the connection")
            data += chunk
        return data

    def send(self, message: dict[str, Any]) -> int:
        self._tag += 1
        body = plistlib.dumps({"ProgName": "app-audit", "ClientVersionString": "app-audit", **message})
        self._sock.sendall(_HEADER.pack(_HEADER.size + len(body), 1, 8, self._tag) + body)
        return self._tag

    def receive(self) -> dict[str, Any]:
        length, _version, _message, _tag = _HEADER.unpack(self._recv_exact(_HEADER.size))
        if not _HEADER.size <= length <= _MAX_PACKET:
            raise DeviceProtocolError(f"usbmuxd sent a packet of impossible length {length}")
        try:
            reply = plistlib.loads(self._recv_exact(length - _HEADER.size))
        except UNREADABLE_PLIST as exc:
            raise DeviceProtocolError(f"usbmuxd sent an unreadable packet: {exc}") from exc
        if not isinstance(reply, dict):
            raise DeviceProtocolError("usbmuxd sent a packet that is not a dictionary")
        return reply

    def request(self, message: dict[str, Any]) -> dict[str, Any]:
        self.send(message)
        return self.receive()

    def events(self, stop: threading.Event, poll_s: float = 0.5) -> Iterator[MuxEvent]:
        """Listen: yields Attached / Detached until stop is set (checked every poll_s)."""
        reply = self.request({"MessageType": "Listen"})
        if reply.get("MessageType") != "Result" or reply.get("Number") != 0:
            raise DeviceProtocolError(f"usbmuxd refused Listen: {reply.get('Number')!r}")
        while not stop.is_set():
            # Wait for a whole packet to start, so a timeout never cuts one in half.
            readable, _, _ = select.select([self._sock], [], [], poll_s)
            if not readable:
                continue
            event = self.receive()
            kind, device_id = event.get("MessageType"), event.get("DeviceID")
            if not isinstance(device_id, int) or kind not in ("Attached", "Detached"):
                continue
            properties = event.get("Properties")
            udid = properties.get("SerialNumber", "") if isinstance(properties, dict) else ""
            yield MuxEvent(str(kind), device_id, udid if isinstance(udid, str) else "")


def delete_pair_record(address: str | None, udid: str) -> None:
    with closing(UsbmuxClient(address)) as client:
        client.request({"MessageType": "DeletePairRecord", "PairRecordID": udid})


def listed_udids(address: str | None, timeout_s: float) -> set[str] | None:
    """The UDIDs usbmuxd lists now, or None when usbmuxd cannot be asked (then nobody is called gone)."""
    try:
        with closing(UsbmuxClient(address, timeout_s)) as client:
            reply = client.request({"MessageType": "ListDevices"})
    except (OSError, DeviceProtocolError, ServiceUnavailableError):
        return None
    entries = reply.get("DeviceList")
    if not isinstance(entries, list):
        return None
    udids: set[str] = set()
    for entry in entries:
        properties = entry.get("Properties") if isinstance(entry, dict) else None
        udid = properties.get("SerialNumber") if isinstance(properties, dict) else None
        if isinstance(udid, str):
            udids.add(udid)
    return udids
