"""ADB packet framing (AOSP adb protocol.md): a 24-byte little-endian header and a payload."""

from __future__ import annotations

import struct
from dataclasses import dataclass

CNXN = 0x4E584E43
AUTH = 0x48545541
OPEN = 0x4E45504F
OKAY = 0x59414B4F
WRTE = 0x45545257
CLSE = 0x45534C43
SYNC = 0x434E5953
STLS = 0x534C5453
KNOWN_COMMANDS = frozenset({CNXN, AUTH, OPEN, OKAY, WRTE, CLSE, SYNC, STLS})

AUTH_TOKEN = 1
AUTH_SIGNATURE = 2
AUTH_RSAPUBLICKEY = 3

A_VERSION_MIN = 0x01000000
A_VERSION = 0x01000001  # the version from which a sender may skip the checksum
MAX_PAYLOAD = 1024 * 1024
TOKEN_SIZE = 20
HEADER_SIZE = 24
_HEADER = struct.Struct("<6I")


def payload_checksum(data: bytes) -> int:
    """The header's `data_crc32`: in fact the byte sum, masked to 32 bits."""
    return sum(data) & 0xFFFFFFFF


@dataclass(frozen=True, slots=True)
class Packet:
    command: int
    arg0: int
    arg1: int
    data: bytes = b""

    def encode(self) -> bytes:
        # Always computed: adb-shell verifies it, Google adb ignores it.
        header = _HEADER.pack(
            self.command,
            self.arg0,
            self.arg1,
            len(self.data),
            payload_checksum(self.data),
            self.command ^ 0xFFFFFFFF,
        )
        return header + self.data


@dataclass(frozen=True, slots=True)
class Header:
    command: int
    arg0: int
    arg1: int
    data_length: int
    checksum: int
    magic: int

    @property
    def valid(self) -> bool:
        return (
            self.command in KNOWN_COMMANDS
            and self.magic == self.command ^ 0xFFFFFFFF
            and self.data_length <= MAX_PAYLOAD
        )


def decode_header(raw: bytes) -> Header:
    return Header(*_HEADER.unpack(raw))


def command_name(command: int) -> str:
    return command.to_bytes(4, "little").decode("ascii", "replace")


# Shell protocol v2 (AOSP shell_protocol.h): 1-byte id, uint32 LE length, data.
SHELL_STDIN = 0
SHELL_STDOUT = 1
SHELL_STDERR = 2
SHELL_EXIT = 3
SHELL_CLOSE_STDIN = 4
SHELL_WINDOW_SIZE = 5
_SHELL_HEADER = struct.Struct("<BI")


def shell_v2_packet(packet_id: int, data: bytes) -> bytes:
    return _SHELL_HEADER.pack(packet_id, len(data)) + data
