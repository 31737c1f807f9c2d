"""The local adb server (Android Studio's, scrcpy's, `adb`'s): is one running, and ask it to quit.

An adb server holds every phone's USB interface, so App Audit cannot claim it. The server speaks
its smart-socket protocol on 127.0.0.1:PORT (AOSP adb SERVICES.TXT / OVERVIEW.TXT): a request is
its length as 4 hex digits then the text; the answer starts "OKAY", or "FAIL" + 4 hex digits of
length + the reason. "host:kill" makes the server answer OKAY and exit, which closes its sockets.
"""

from __future__ import annotations

import logging
import socket
import threading
import time

from desktop_app.core.errors import DeviceBusyError, DeviceProtocolError, DeviceTimeoutError

log = logging.getLogger(__name__)

ADB_SERVER_PORT = 5037
_HOST = "127.0.0.1"
_MAX_REASON = 200  # the server's words are shown to a person: keep them short
_POLL_PAUSE_S = 0.02

STOP_HINT = (
    "Close the program that started it (Android Studio, scrcpy) or run `adb kill-server`, then check again."
)


def running_adb_server(port: int = ADB_SERVER_PORT, timeout_s: float = 0.2) -> bool:
    """True when something accepts connections on the adb server port of this computer."""
    try:
        with socket.create_connection((_HOST, port), timeout=timeout_s):
            return True
    except OSError:
        return False


def adb_request(service: str) -> bytes:
    """One smart-socket request: length in 4 hex digits, then the service name."""
    body = service.encode("ascii")
    if len(body) > 0xFFFF:
        raise ValueError("an adb request is at most 65535 bytes")
    return f"{len(body):04x}".encode("ascii") + body


def stop_adb_server(port: int = ADB_SERVER_PORT, timeout_s: float = 3.0) -> None:
    """Ask the adb server on 127.0.0.1:port to quit, and wait until the port is free.

    Nothing to do when no server listens. Raises DeviceBusyError when the server refuses or stays,
    DeviceTimeoutError when it does not answer in time, DeviceProtocolError on a garbled answer.
    """
    deadline = time.monotonic() + timeout_s
    try:
        connection = socket.create_connection((_HOST, port), timeout=timeout_s)
    except ConnectionRefusedError:
        log.info("no adb server on port %d: nothing to stop", port)
        return
    except TimeoutError as error:
        raise _timeout(port, "did not accept the request") from error
    except OSError as error:
        raise DeviceBusyError(
            f"The adb server on port {port} could not be reached: {error.strerror or error}",
            hint=STOP_HINT,
        ) from error
    with connection:
        try:
            connection.settimeout(_remaining(deadline))
            connection.sendall(adb_request("host:kill"))
            status = _read_exactly(connection, 4, deadline)
            if status == b"FAIL":
                raise DeviceBusyError(
                    f"The adb server on port {port} refused to stop: {_read_reason(connection, deadline)}",
                    hint=STOP_HINT,
                )
            if status not in (b"OKAY", b""):  # b"": it quit before answering, the port check decides
                raise DeviceProtocolError(
                    f"The program on port {port} answered like no adb server ({status!r}).",
                    hint=STOP_HINT,
                )
            _wait_for_close(connection, deadline)  # the server exits: its end of this socket closes
        except TimeoutError as error:
            raise _timeout(port, "did not stop in time") from error
        except ConnectionResetError:
            pass  # an exiting server may reset the connection: the port check below decides
        except OSError as error:
            raise DeviceBusyError(
                f"Stopping the adb server on port {port} failed: {error.strerror or error}", hint=STOP_HINT
            ) from error
    _wait_until_port_free(port, deadline)


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def _read_exactly(connection: socket.socket, count: int, deadline: float) -> bytes:
    """count bytes, or fewer only when the peer closed before sending them all."""
    data = b""
    while len(data) < count:
        connection.settimeout(_remaining(deadline))
        chunk = connection.recv(count - len(data))
        if not chunk:
            break
        data += chunk
    return data


def _read_reason(connection: socket.socket, deadline: float) -> str:
    length_text = _read_exactly(connection, 4, deadline)
    try:
        length = int(length_text.decode("ascii"), 16)
    except (UnicodeDecodeError, ValueError):
        return "no reason given"
    raw = _read_exactly(connection, min(length, 4096), deadline)
    text = "".join(c if c.isprintable() else " " for c in raw.decode("utf-8", errors="replace"))
    return text.strip()[:_MAX_REASON] or "no reason given"


def _wait_for_close(connection: socket.socket, deadline: float) -> None:
    while True:
        connection.settimeout(_remaining(deadline))
        if not connection.recv(4096):
            return


def _wait_until_port_free(port: int, deadline: float) -> None:
    """Poll the port until it refuses connections (the server has exited), within the deadline."""
    pause = threading.Event()  # never set: a bounded wait between probes
    while True:
        try:
            probe_timeout = _remaining(deadline)
        except TimeoutError:
            break
        if not running_adb_server(port, timeout_s=min(probe_timeout, 0.5)):
            return
        pause.wait(min(_POLL_PAUSE_S, max(deadline - time.monotonic(), 0.0)))
    raise DeviceBusyError(
        f"The adb server on port {port} is still running after it was asked to stop.", hint=STOP_HINT
    )


def _timeout(port: int, what: str) -> DeviceTimeoutError:
    return DeviceTimeoutError(f"The adb server on port {port} {what}.", hint=STOP_HINT)
