"""stop_adb_server against a tiny fake adb server on 127.0.0.1: what it sends, how answers map to errors."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest

from desktop_app.core.errors import DeviceBusyError, DeviceProtocolError
from desktop_app.devices.android.adb_server import adb_request, running_adb_server, stop_adb_server


class FakeAdbServer:
    """Answers each request with `reply`; closes its listener after the reply when `quit_after_reply`."""

    def __init__(self, reply: bytes, *, quit_after_reply: bool) -> None:
        self.reply = reply
        self.quit_after_reply = quit_after_reply
        self.request = b""
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(5.0)
        self.port = int(self.listener.getsockname()[1])
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return  # listener closed
            with connection:
                connection.settimeout(5.0)
                request = b""
                while len(request) < len(b"0009host:kill"):
                    chunk = connection.recv(64)
                    if not chunk:
                        break  # a probe that only connected: no answer
                    request += chunk
                if not request:
                    continue
                self.request = request
                connection.sendall(self.reply)
                if self.quit_after_reply:
                    self.listener.close()  # like adb's exit(0): the port stops accepting
                    return

    def close(self) -> None:
        with contextlib.suppress(OSError):  # already closed by a quit
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() (Linux)
        self.listener.close()
        self._thread.join(timeout=5.0)


@pytest.fixture
def servers() -> Iterator[list[FakeAdbServer]]:
    started: list[FakeAdbServer] = []
    yield started
    for server in started:
        server.close()


def _serve(servers: list[FakeAdbServer], reply: bytes, *, quit_after_reply: bool) -> FakeAdbServer:
    server = FakeAdbServer(reply, quit_after_reply=quit_after_reply)
    servers.append(server)
    return server


def test_request_is_length_prefixed_in_hex() -> None:
    assert adb_request("host:kill") == b"0009host:kill"
    assert adb_request("host:version") == b"000chost:version"


def test_okay_then_exit_stops_it(servers: list[FakeAdbServer]) -> None:
    server = _serve(servers, b"OKAY", quit_after_reply=True)
    assert running_adb_server(server.port)
    stop_adb_server(server.port, timeout_s=3.0)
    assert server.request == b"0009host:kill"
    assert not running_adb_server(server.port)


def test_fail_becomes_busy_error_with_the_servers_reason(servers: list[FakeAdbServer]) -> None:
    server = _serve(servers, b"FAIL0011not allowed\x1b[2J!", quit_after_reply=False)
    with pytest.raises(DeviceBusyError) as caught:
        stop_adb_server(server.port, timeout_s=3.0)
    assert server.request == b"0009host:kill"
    assert "refused to stop" in caught.value.message
    assert "not allowed" in caught.value.message
    assert "\x1b" not in caught.value.message  # the server's words are shown to a person: no controls
    assert "adb kill-server" in caught.value.hint


def test_garbage_answer_is_a_protocol_error(servers: list[FakeAdbServer]) -> None:
    server = _serve(servers, b"HTTP/1.1 400\r\n", quit_after_reply=False)
    with pytest.raises(DeviceProtocolError):
        stop_adb_server(server.port, timeout_s=3.0)


def test_server_that_says_okay_but_stays_is_reported(servers: list[FakeAdbServer]) -> None:
    server = _serve(servers, b"OKAY", quit_after_reply=False)  # closes the connection, keeps listening
    with pytest.raises(DeviceBusyError) as caught:
        stop_adb_server(server.port, timeout_s=0.5)
    assert "still running" in caught.value.message


def test_nothing_to_stop_when_no_server_listens() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    assert not running_adb_server(port)
    stop_adb_server(port, timeout_s=1.0)  # returns: the goal (no server on the port) already holds
