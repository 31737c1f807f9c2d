"""Every use of adb-shell's private names, in this one module (adb-shell is pinned to ADB_SHELL_VERSION).

Why they are needed: adb-shell runs one command per call and serialises concurrent streams behind
its read lock, and 0.4.4 drops a CLSE that arrives for a stream with nothing queued. A scan sends all
its commands at once on one connection and reads every stream's packets with one thread
(streams.py); that needs the I/O manager's packet reader, its locks and packet store, and the
device's stream-id counter. tests/android/test_adb_shell_internals.py names each symbol below and
fails with a clear message when an upgrade moves one.
"""

from __future__ import annotations

import threading
from queue import Queue
from typing import Any

from adb_shell.adb_device import AdbDevice
from adb_shell.adb_message import AdbMessage
from adb_shell.hidden_helpers import _AdbPacketStore, _AdbTransactionInfo

ADB_SHELL_VERSION = "0.4.4"
# (where, name): what this module touches; the contract test checks each exists in the pinned version.
PRIVATE_SYMBOLS: tuple[tuple[str, str], ...] = (
    ("adb_shell.hidden_helpers", "_AdbPacketStore"),
    ("adb_shell.hidden_helpers", "_AdbTransactionInfo"),
    ("adb_shell.hidden_helpers._AdbPacketStore", "_dict"),
    ("adb_shell.adb_device.AdbDevice", "_io_manager"),
    ("adb_shell.adb_device.AdbDevice", "_local_id"),
    ("adb_shell.adb_device.AdbDevice", "_local_id_lock"),
    ("adb_shell.adb_device._AdbIOManager", "_packet_store"),
    ("adb_shell.adb_device._AdbIOManager", "_store_lock"),
    ("adb_shell.adb_device._AdbIOManager", "_transport_lock"),
    ("adb_shell.adb_device._AdbIOManager", "_send"),
    ("adb_shell.adb_device._AdbIOManager", "_read_packet_from_device"),
    ("adb_shell.adb_device.AdbDevice", "_open"),
    ("adb_shell.adb_device.AdbDevice", "_read_until_close"),
)


class _StreamSafePacketStore(_AdbPacketStore):  # type: ignore[misc]
    """adb-shell's store of packets read for another stream, keeping every stream's CLSE.

    With several streams open at once, the thread that holds the link reads packets for the
    others and stores them. adb-shell 0.4.4 drops a CLSE whose stream has nothing queued yet, so
    that stream's reader then waits for a close that never comes (a timeout). Here it is queued;
    the reader takes it like any other packet (and `get` clears the entry, as before).
    """

    def put(self, arg0: int, arg1: int, cmd: bytes, data: bytes) -> None:
        queues: dict[int, Queue[tuple[bytes, bytes]]] = self._dict.setdefault(arg1, {})
        queues.setdefault(arg0, Queue()).put_nowait((cmd, data))


def allow_concurrent_streams(adb: AdbDevice) -> None:
    """Let several streams run on one AdbDevice at once.

    - its packet store keeps every stream's CLSE (see _StreamSafePacketStore);
    - sending takes its own lock instead of the link's read lock, which adb-shell holds while one
      thread waits for its next packet: a reader could not even send the OKAY that lets the phone
      send more. Writers still exclude each other, so packets never interleave.
    """
    manager: Any = adb._io_manager
    with manager._store_lock:
        manager._packet_store = _StreamSafePacketStore()
    send_lock = threading.Lock()
    write_packet = manager._send

    def send(msg: Any, adb_info: Any) -> None:
        with send_lock:
            write_packet(msg, adb_info)

    manager.send = send
    manager.sends_without_read_lock = True


def allows_concurrent_streams(adb: AdbDevice) -> bool:
    return bool(getattr(adb._io_manager, "sends_without_read_lock", False))


def transaction(timeout_s: float, total_s: float) -> Any:
    """adb-shell's per-call timeouts: each read or write of the link, and the whole call."""
    return _AdbTransactionInfo(None, None, timeout_s, timeout_s, total_s)


def next_local_id(adb: AdbDevice) -> int:
    """A fresh stream id from the AdbDevice's own counter (as adb-shell's _open takes one)."""
    device: Any = adb
    with device._local_id_lock:
        device._local_id += 1
        if device._local_id == 2**32:
            device._local_id = 1
        return int(device._local_id)


def link_lock(adb: AdbDevice) -> Any:
    """The link's read lock: held, no adb-shell reader competes for the link."""
    return adb._io_manager._transport_lock


def send(adb: AdbDevice, message: AdbMessage, info: Any) -> None:
    adb._io_manager.send(message, info)


def read_packet(adb: AdbDevice, info: Any) -> tuple[bytes, int, int, bytes]:
    """The next packet on the link (command, arg0, arg1, data); raises adb-shell's timeout errors."""
    cmd, arg0, arg1, data = adb._io_manager._read_packet_from_device(info)
    return cmd, arg0, arg1, data


def keep_for_its_reader(adb: AdbDevice, cmd: bytes, arg0: int, arg1: int, data: bytes) -> None:
    """A packet of a stream this round does not own: stored as adb-shell's own reader would."""
    manager: Any = adb._io_manager
    with manager._store_lock:
        manager._packet_store.put(arg0, arg1, cmd, data)


def open_stream_the_library_way(adb: AdbDevice, destination: bytes, timeouts: tuple[float, float, float]) -> Any:
    """A stream opened by adb-shell itself (as shell() does), for checking that a round keeps its packets."""
    transport_s, read_s, total_s = timeouts
    return adb._open(destination, transport_s, read_s, total_s)


def read_stream_the_library_way(adb: AdbDevice, info: Any) -> bytes:
    """The rest of a stream opened by open_stream_the_library_way, read by adb-shell up to its CLSE."""
    return b"".join(adb._read_until_close(info))
