"""Several shell commands on one ADB connection at once, read by ONE thread.

adb-shell runs one command per call: several at once need a thread each, and those threads take
turns at the link (each packet read for another stream is queued, the lock handed over, the
other thread woken). Scanning several phones at once is bound by this process's CPU, and that
hand-over costs more than the packets themselves. Here one thread opens a shell stream per
command, then reads every packet and files it under its stream: WRTE data is kept and
acknowledged with OKAY (adbd sends a stream's next chunk only then), CLSE is answered with CLSE.
The phone still runs the commands in parallel (adbd gives each stream its own process).

Packets, checksums and the transport are adb-shell's own (AdbMessage, its packet reader, its
TCP or USB transport), so a phone and a simulator go through exactly this code.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from adb_shell import constants
from adb_shell import exceptions as adb_errors
from adb_shell.adb_device import AdbDevice
from adb_shell.adb_message import AdbMessage
from adb_shell.hidden_helpers import _AdbTransactionInfo

_DECODE_ERRORS = "backslashreplace"  # as adb-shell's AdbDevice.shell(decode=True)


class _Stream:
    __slots__ = ("chunks", "closed", "index", "local_id", "remote_id")

    def __init__(self, index: int, local_id: int) -> None:
        self.index = index
        self.local_id = local_id
        self.remote_id = 0  # known once the phone's OKAY to our OPEN arrives
        self.chunks: list[bytes] = []
        self.closed = False


def _next_local_id(adb: Any) -> int:
    """A fresh stream id from the AdbDevice's own counter (as adb-shell's _open takes one)."""
    with adb._local_id_lock:
        adb._local_id += 1
        if adb._local_id == 2**32:
            adb._local_id = 1
        return int(adb._local_id)


def run_shell_commands(
    adb: AdbDevice,
    commands: Sequence[str],
    *,
    transport_timeout_s: float,
    read_timeout_s: float,
    timeout_s: float,
) -> list[str]:
    """The outputs of `commands` (decoded as adb-shell decodes them), in order.

    Raises adb-shell's exceptions and OSError like AdbDevice.shell: every packet read and write is
    bounded by transport_timeout_s and the whole round by timeout_s.
    """
    if not adb.available:
        raise adb_errors.AdbConnectionError("ADB command not sent: not connected to the device")
    device: Any = adb
    manager: Any = device._io_manager
    if not getattr(manager, "sends_without_read_lock", False):
        raise RuntimeError("call android_transport.allow_concurrent_streams(adb) first")
    info = _AdbTransactionInfo(None, None, transport_timeout_s, read_timeout_s, timeout_s)
    deadline = time.monotonic() + timeout_s
    streams: dict[int, _Stream] = {}
    # Holding the read lock: no adb-shell reader competes for the link during the round.
    with manager._transport_lock:
        for index, command in enumerate(commands):
            stream = _Stream(index, _next_local_id(device))
            streams[stream.local_id] = stream
            destination = b"shell:" + command.encode("utf8") + b"\0"
            manager.send(AdbMessage(constants.OPEN, stream.local_id, 0, destination), info)
        open_streams = len(streams)
        while open_streams:
            if time.monotonic() > deadline:
                raise adb_errors.AdbTimeoutError(f"the commands did not complete within {timeout_s} seconds")
            cmd, arg0, arg1, data = manager._read_packet_from_device(info)
            stream_or_none = streams.get(arg1)
            if stream_or_none is None or stream_or_none.closed:
                # Another user's stream (or a late packet of a finished one): keep it as adb-shell would.
                with manager._store_lock:
                    manager._packet_store.put(arg0, arg1, cmd, data)
                continue
            stream = stream_or_none
            if cmd == constants.OKAY:
                stream.remote_id = stream.remote_id or arg0
            elif cmd == constants.WRTE:
                stream.remote_id = stream.remote_id or arg0
                stream.chunks.append(data)
                manager.send(AdbMessage(constants.OKAY, stream.local_id, stream.remote_id), info)
            elif cmd == constants.CLSE:
                if not stream.remote_id:
                    # adbd closes a stream it could not open: the service refused the command.
                    raise adb_errors.InvalidResponseError(
                        f"the phone refused to open a shell for {commands[stream.index][:80]!r}"
                    )
                manager.send(AdbMessage(constants.CLSE, stream.local_id, stream.remote_id), info)
                stream.closed = True
                open_streams -= 1
    ordered = sorted(streams.values(), key=lambda s: s.index)
    return [b"".join(s.chunks).decode("utf8", _DECODE_ERRORS) for s in ordered]
