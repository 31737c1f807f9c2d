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
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from adb_shell import constants
from adb_shell import exceptions as adb_errors
from adb_shell.adb_device import AdbDevice
from adb_shell.adb_message import AdbMessage

from desktop_app.devices.android import adb_shell_internals as internals

_DECODE_ERRORS = "backslashreplace"  # as adb-shell's AdbDevice.shell(decode=True)


class PhoneCommands(Protocol):
    """run_commands, or a wrapper around it (a recorder) with the same signature."""

    def __call__(
        self,
        adb: AdbDevice,
        commands: Sequence[str],
        *,
        transport_timeout_s: float,
        silence_s: float,
        probe_s: float,
        deadline: float,
        on_slow: Callable[[float], None] | None = None,
        service: bytes = b"shell:",
    ) -> list[bytes]: ...


class _Stream:
    __slots__ = ("chunks", "closed", "index", "local_id", "probe", "remote_id")

    def __init__(self, index: int, local_id: int, probe: bool = False) -> None:
        self.index = index
        self.local_id = local_id
        self.remote_id = 0  # known once the phone's OKAY to our OPEN arrives
        self.chunks: list[bytes] = []
        self.closed = False
        self.probe = probe  # a liveness question: its answer only proves the phone is there


class PhoneSilentError(adb_errors.AdbTimeoutError):  # type: ignore[misc]
    """The phone stayed silent and did not answer a liveness probe either: it is gone or frozen."""


class PhoneSlowError(adb_errors.AdbTimeoutError):  # type: ignore[misc]
    """The phone kept answering but the commands did not finish before the deadline."""


_SILENCE = (adb_errors.TcpTimeoutException, adb_errors.AdbTimeoutError, TimeoutError, adb_errors.UsbReadFailedError)


def _is_silence(error: BaseException) -> bool:
    """No packet in time: over TCP a timeout, over USB a read failed with libusb's timeout."""
    if isinstance(error, adb_errors.UsbReadFailedError):
        return type(getattr(error, "usb_error", None)).__name__ == "USBErrorTimeout"
    return True
_PROBE_COMMAND = b"shell:echo\0"


class _Round:
    """The streams of one round and what each packet means for them."""

    def __init__(self, adb: AdbDevice, commands: Sequence[str], send_info: Any) -> None:
        self._adb = adb
        self._commands = commands
        self._send_info = send_info
        self.streams: dict[int, _Stream] = {}
        self.open_commands = len(commands)

    def open(self, destination: bytes, index: int, probe: bool = False) -> None:
        stream = _Stream(index, internals.next_local_id(self._adb), probe)
        self.streams[stream.local_id] = stream
        internals.send(self._adb, AdbMessage(constants.OPEN, stream.local_id, 0, destination), self._send_info)

    def _reply(self, command: bytes, stream: _Stream) -> None:
        internals.send(self._adb, AdbMessage(command, stream.local_id, stream.remote_id), self._send_info)

    def take(self, cmd: bytes, arg0: int, arg1: int, data: bytes) -> None:
        stream = self.streams.get(arg1)
        if stream is None or stream.closed:
            # Another user's stream (or a late packet of a finished one): keep it as adb-shell would.
            internals.keep_for_its_reader(self._adb, cmd, arg0, arg1, data)
            return
        if cmd == constants.OKAY:
            stream.remote_id = stream.remote_id or arg0
        elif cmd == constants.WRTE:
            stream.remote_id = stream.remote_id or arg0
            if not stream.probe:
                stream.chunks.append(data)
            self._reply(constants.OKAY, stream)
        elif cmd == constants.CLSE:
            stream.closed = True
            if stream.remote_id:
                self._reply(constants.CLSE, stream)
            if stream.probe:
                return
            if not stream.remote_id:
                # adbd closes a stream it could not open: the service refused the command.
                raise adb_errors.InvalidResponseError(
                    f"the phone refused to open a shell for {self._commands[stream.index][:80]!r}"
                )
            self.open_commands -= 1

    def outputs(self) -> list[bytes]:
        ordered = sorted((s for s in self.streams.values() if not s.probe), key=lambda s: s.index)
        return [b"".join(s.chunks) for s in ordered]


def shell_text(output: bytes) -> str:
    """A shell command's output as text, decoded as adb-shell decodes it."""
    return output.decode("utf8", _DECODE_ERRORS)


def run_commands(
    adb: AdbDevice,
    commands: Sequence[str],
    *,
    transport_timeout_s: float,
    silence_s: float,
    probe_s: float,
    deadline: float,
    on_slow: Callable[[float], None] | None = None,
    service: bytes = b"shell:",
) -> list[bytes]:
    """The raw outputs of `commands`, in order, run by `service`: `shell:`, or `exec:` for a file's
    bytes (no terminal, nothing translated). shell_text() decodes a shell command's output.

    Raises adb-shell's exceptions and OSError like AdbDevice.shell. When the link is silent for
    silence_s, a liveness probe (a new `echo` stream: adbd answers it even while `pm` is busy) tells
    a slow phone (on_slow is told, the wait goes on until `deadline`, a time.monotonic() value: then
    PhoneSlowError) from a gone one (no packet within probe_s more: PhoneSilentError).
    """
    if not adb.available:
        raise adb_errors.AdbConnectionError("ADB command not sent: not connected to the device")
    if not internals.allows_concurrent_streams(adb):
        raise RuntimeError("call adb_shell_internals.allow_concurrent_streams(adb) first")
    remaining = max(0.1, deadline - time.monotonic())
    send_info = internals.transaction(transport_timeout_s, remaining)
    started = time.monotonic()
    round_ = _Round(adb, commands, send_info)
    # Holding the read lock: no adb-shell reader competes for the link during the round.
    with internals.link_lock(adb):
        for index, command in enumerate(commands):
            round_.open(service + command.encode("utf8") + b"\0", index)
        probing = False
        while round_.open_commands:
            now = time.monotonic()
            if now > deadline:
                raise PhoneSlowError(
                    f"the phone kept answering but did not finish within {now - started:.0f} s"
                )
            wait_s = min(probe_s if probing else silence_s, max(0.05, deadline - now))
            try:
                packet = internals.read_packet(adb, internals.transaction(wait_s, wait_s))
            except _SILENCE as silence:
                if not _is_silence(silence):
                    raise
                if probing:
                    raise PhoneSilentError(
                        f"the phone stopped answering (silent for {time.monotonic() - started:.0f} s)"
                    ) from silence
                probing = True
                round_.open(_PROBE_COMMAND, -1, probe=True)
                continue
            if probing and on_slow is not None:
                on_slow(time.monotonic() - started)
            probing = False
            round_.take(*packet)
    return round_.outputs()


def run_shell_commands(adb: AdbDevice, commands: Sequence[str], **bounds: Any) -> list[str]:
    """run_commands by `shell:`, each output decoded as adb-shell decodes it."""
    return [shell_text(output) for output in run_commands(adb, commands, **bounds)]
