"""Framing shared by the simulated usbmuxd and the device services.

usbmuxd: a 16-byte little-endian header (length including the header, version, message, tag) then an
XML plist. lockdownd and its services: a 4-byte big-endian length then a plist.
"""

from __future__ import annotations

import plistlib
import socket
import struct
from typing import Any

MUX_HEADER = struct.Struct("<IIII")
MUX_VERSION_PLIST = 1
MUX_MESSAGE_PLIST = 8
MAX_FRAME = 16 * 1024 * 1024


class PeerClosedError(ConnectionError):
    """The other side closed the connection (or sent a frame we refuse)."""


def recv_exact(sock: socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    remaining = size
    while remaining:
        chunk = sock.recv(min(remaining, 1 << 20))
        if not chunk:
            raise PeerClosedError("connection closed")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def recv_mux(sock: socket.socket) -> tuple[int, int, int, bytes]:
    """One usbmuxd packet: (version, message, tag, payload)."""
    length, version, message, tag = MUX_HEADER.unpack(recv_exact(sock, MUX_HEADER.size))
    if length < MUX_HEADER.size or length > MAX_FRAME:
        raise PeerClosedError(f"bad usbmuxd packet length {length}")
    return version, message, tag, recv_exact(sock, length - MUX_HEADER.size)


def mux_packet(payload: dict[str, Any], tag: int) -> bytes:
    body = plistlib.dumps(payload, fmt=plistlib.FMT_XML)
    return MUX_HEADER.pack(MUX_HEADER.size + len(body), MUX_VERSION_PLIST, MUX_MESSAGE_PLIST, tag) + body


def recv_service_plist(sock: socket.socket) -> dict[str, Any]:
    return recv_service_request(sock)[0]


def recv_service_request(sock: socket.socket) -> tuple[dict[str, Any], plistlib.PlistFormat]:
    """A request and its plist format: services answer in the format they were asked in."""
    (length,) = struct.unpack(">I", recv_exact(sock, 4))
    if length > MAX_FRAME:
        raise PeerClosedError(f"bad frame length {length}")
    body = recv_exact(sock, length)
    document = plistlib.loads(body)
    if not isinstance(document, dict):
        raise PeerClosedError("a service request must be a dictionary")
    fmt = plistlib.FMT_BINARY if body.startswith(b"bplist00") else plistlib.FMT_XML
    return document, fmt


def service_frame(payload: dict[str, Any], fmt: plistlib.PlistFormat = plistlib.FMT_XML) -> bytes:
    body = plistlib.dumps(payload, fmt=fmt, sort_keys=False)
    return struct.pack(">I", len(body)) + body


def raw_service_frame(body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + body
