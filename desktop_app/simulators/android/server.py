"""A simulated Android phone on TCP speaking the real ADB transport protocol.

One thread accepts connections; each connection has a reader thread, and each opened stream a
worker thread that runs the shell command and writes its output with ADB flow control (one WRTE
in flight per stream until the host's OKAY).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import rsa

from desktop_app.simulators.android import protocol as p
from desktop_app.simulators.android.auth import key_id, parse_adb_public_key, signature_matches
from desktop_app.simulators.android.scenario import AndroidScenario, AuthMode, load_android_scenario
from desktop_app.simulators.android.shell import AndroidShell, ShellResult

log = logging.getLogger(__name__)

_FEATURES = "shell_v2,cmd"
_ACK_TIMEOUT_S = 30.0  # a host that stops acknowledging is given up on, never waited for forever
_JOIN_TIMEOUT_S = 2.0


class _ConnectionClosedError(Exception):
    pass


@dataclass
class _Stream:
    local_id: int
    remote_id: int
    ready: bool = True  # may send the next WRTE
    closed: bool = False
    condition: threading.Condition = field(default_factory=threading.Condition)


class _Connection:
    def __init__(self, simulator: AndroidSimulator, sock: socket.socket) -> None:
        self._sim = simulator
        self._sock = sock
        self._send_lock = threading.Lock()
        self._streams: dict[int, _Stream] = {}
        self._streams_lock = threading.Lock()
        self._next_id = 1
        self._sent = 0
        self._token = b""
        self._online = False
        self._pending_key: rsa.RSAPublicKey | None = None
        self._maxdata = p.MAX_PAYLOAD
        self._closed = threading.Event()
        self.thread = threading.Thread(target=self._serve, name="adb-sim-conn", daemon=True)

    # --- sending -----------------------------------------------------------------------------------

    def _send(self, packet: p.Packet) -> None:
        data = packet.encode()
        faults = self._sim.scenario.faults
        with self._send_lock:
            if self._closed.is_set():
                raise _ConnectionClosedError
            if self._sim.frozen.is_set():
                return  # a frozen phone: the cable is in, nothing comes back
            if faults.latency_ms:
                time.sleep(faults.latency_ms / 1000)  # simulated USB latency, not synchronisation
            limit = faults.drop_after_bytes
            if limit is not None and self._sent + len(data) > limit:
                # Cable pull: part of the packet leaves, then the link is gone.
                try:
                    self._sock.sendall(data[: max(0, limit - self._sent)])
                finally:
                    self.close()
                raise _ConnectionClosedError
            try:
                self._sock.sendall(data)
            except OSError as error:
                self.close()
                raise _ConnectionClosedError from error
            self._sent += len(data)

    def _send_connect(self) -> None:
        ident = self._sim.scenario.identity
        banner = (
            f"device::ro.product.name={ident.product};ro.product.model={ident.model};"
            f"ro.product.device={ident.device};features={_FEATURES}"
        )
        self._online = True
        self._send(p.Packet(p.CNXN, p.A_VERSION, self._maxdata, banner.encode()))

    def _send_token(self) -> None:
        self._token = os.urandom(p.TOKEN_SIZE)
        self._send(p.Packet(p.AUTH, p.AUTH_TOKEN, 0, self._token))

    def allow(self, key: rsa.RSAPublicKey) -> None:
        """The person tapped Allow (with "Always allow") for this connection's key."""
        self._sim.authorize(key)
        if self._pending_key is not None and not self._online and not self._closed.is_set():
            self._pending_key = None
            with contextlib.suppress(_ConnectionClosedError):
                self._send_connect()

    @property
    def awaiting_allow(self) -> rsa.RSAPublicKey | None:
        return None if self._online else self._pending_key

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()
        with self._streams_lock:
            streams = list(self._streams.values())
        for stream in streams:
            with stream.condition:
                stream.closed = True
                stream.condition.notify_all()

    # --- receiving ---------------------------------------------------------------------------------

    def _recv_exactly(self, size: int) -> bytes:
        chunks = bytearray()
        while len(chunks) < size:
            try:
                chunk = self._sock.recv(size - len(chunks))
            except OSError as error:
                raise _ConnectionClosedError from error
            if not chunk:
                raise _ConnectionClosedError
            chunks += chunk
        return bytes(chunks)

    def _packets(self) -> Iterator[p.Packet]:
        while True:
            header = p.decode_header(self._recv_exactly(p.HEADER_SIZE))
            if not header.valid:
                log.warning("closing: invalid packet header %r", header)
                return
            data = self._recv_exactly(header.data_length) if header.data_length else b""
            yield p.Packet(header.command, header.arg0, header.arg1, data)

    def _serve(self) -> None:
        try:
            for packet in self._packets():
                self._handle(packet)
        except _ConnectionClosedError:
            pass
        except Exception:
            log.exception("simulated phone connection failed")
        finally:
            self.close()
            self._sim.forget(self)

    def _handle(self, packet: p.Packet) -> None:
        if packet.command == p.CNXN:
            self._maxdata = max(p.TOKEN_SIZE, min(packet.arg1 or p.MAX_PAYLOAD, p.MAX_PAYLOAD))
            self._online = False
            self._send_token()  # ro.adb.secure=1: every host authenticates
        elif packet.command == p.AUTH:
            self._handle_auth(packet)
        elif not self._online:
            return  # streams before authentication are ignored, as adbd does
        elif packet.command == p.OPEN:
            self._open(packet)
        elif packet.command == p.OKAY:
            stream = self._stream(packet.arg1)
            if stream is not None:
                with stream.condition:
                    stream.remote_id = stream.remote_id or packet.arg0
                    stream.ready = True
                    stream.condition.notify_all()
        elif packet.command == p.WRTE:
            stream = self._stream(packet.arg1)
            if stream is not None:
                # stdin or close-stdin of a shell: acknowledged and otherwise ignored.
                self._send(p.Packet(p.OKAY, stream.local_id, stream.remote_id))
        elif packet.command == p.CLSE:
            stream = self._stream(packet.arg1)
            if stream is not None:
                with stream.condition:
                    stream.closed = True
                    stream.condition.notify_all()

    def _handle_auth(self, packet: p.Packet) -> None:
        if packet.arg0 == p.AUTH_SIGNATURE:
            if any(signature_matches(key, self._token, packet.data) for key in self._sim.authorized_keys()):
                self._send_connect()
            else:
                self._send_token()
        elif packet.arg0 == p.AUTH_RSAPUBLICKEY:
            key = parse_adb_public_key(packet.data)
            if key is None:
                return
            self._pending_key = key
            self._sim.prompt_shown(self, key)

    # --- streams -----------------------------------------------------------------------------------

    def _stream(self, local_id: int) -> _Stream | None:
        with self._streams_lock:
            return self._streams.get(local_id)

    def _open(self, packet: p.Packet) -> None:
        service = packet.data.split(b"\0", 1)[0].decode("utf-8", "replace")
        runner = _service_runner(service)
        if runner is None:
            self._send(p.Packet(p.CLSE, 0, packet.arg0))
            return
        with self._streams_lock:
            local_id = self._next_id
            self._next_id += 1
            stream = _Stream(local_id=local_id, remote_id=packet.arg0)
            self._streams[local_id] = stream
        self._send(p.Packet(p.OKAY, local_id, packet.arg0))
        threading.Thread(
            target=self._run_stream, args=(stream, runner), name="adb-sim-stream", daemon=True
        ).start()

    def _run_stream(self, stream: _Stream, runner: _ServiceRunner) -> None:
        try:
            result = self._sim.shell.run(runner.command)
            self._write(stream, runner.render(result))
            self._send(p.Packet(p.CLSE, stream.local_id, stream.remote_id))
        except _ConnectionClosedError:
            pass
        finally:
            with self._streams_lock:
                self._streams.pop(stream.local_id, None)

    def _write(self, stream: _Stream, data: bytes) -> None:
        chunk_size = self._maxdata
        for start in range(0, len(data), chunk_size):
            with stream.condition:
                deadline = time.monotonic() + _ACK_TIMEOUT_S
                while not stream.ready and not stream.closed:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise _ConnectionClosedError
                    stream.condition.wait(remaining)
                if stream.closed:
                    raise _ConnectionClosedError
                stream.ready = False
            self._send(p.Packet(p.WRTE, stream.local_id, stream.remote_id, data[start : start + chunk_size]))
        with stream.condition:
            # The last WRTE must be acknowledged before CLSE, as adbd does.
            deadline = time.monotonic() + _ACK_TIMEOUT_S
            while not stream.ready and not stream.closed and time.monotonic() < deadline:
                stream.condition.wait(deadline - time.monotonic())


@dataclass(frozen=True, slots=True)
class _ServiceRunner:
    command: str
    mode: str  # "v1" (stdout+stderr merged), "v2" (framed), "exec" (stdout only)

    def render(self, result: ShellResult) -> bytes:
        if self.mode == "v2":
            out = b"".join(p.shell_v2_packet(stream, data) for stream, data in result.chunks)
            return out + p.shell_v2_packet(p.SHELL_EXIT, bytes([result.exit_code & 0xFF]))
        if self.mode == "exec":
            return result.stdout
        return result.merged


def _service_runner(service: str) -> _ServiceRunner | None:
    name, sep, command = service.partition(":")
    if not sep:
        return None
    if name == "shell":
        return _ServiceRunner(command, "v1")
    if name == "exec":
        return _ServiceRunner(command, "exec")
    if name.startswith("shell,"):
        args = name.split(",")[1:]
        return _ServiceRunner(command, "v2" if "v2" in args else "v1")
    return None


class AndroidSimulator:
    """A simulated Android phone listening on TCP; a context manager; runs in background threads."""

    def __init__(self, scenario: AndroidScenario, host: str = "127.0.0.1", port: int = 0) -> None:
        self.scenario = scenario
        self.shell = AndroidShell(scenario)
        self._host = host
        self._port = port
        self._listener: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._connections: set[_Connection] = set()
        self._lock = threading.Lock()
        self._keys: dict[tuple[int, int], rsa.RSAPublicKey] = {}
        self._timers: list[threading.Timer] = []
        self._stopping = threading.Event()
        self.prompts_shown = 0
        self.frozen = threading.Event()  # set by freeze(): the phone stops sending anything

    # --- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> None:
        listener = socket.create_server((self._host, self._port))
        listener.settimeout(None)
        self._listener = listener
        self._port = listener.getsockname()[1]
        self._stopping.clear()
        self._accept_thread = threading.Thread(target=self._accept, name="adb-sim-accept", daemon=True)
        self._accept_thread.start()
        log.info("simulated Android phone %s on %s", self.scenario.name, self.address)

    def stop(self) -> None:
        self._stopping.set()
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
        with self._lock:
            timers, self._timers = self._timers, []
        for timer in timers:
            timer.cancel()
        self.unplug()
        if self._accept_thread is not None:
            self._accept_thread.join(_JOIN_TIMEOUT_S)

    def __enter__(self) -> AndroidSimulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def address(self) -> str:
        return f"{self._host}:{self._port}"

    @property
    def port(self) -> int:
        return self._port

    @property
    def commands(self) -> list[str]:
        return self.shell.commands

    # --- the person and the cable ------------------------------------------------------------------

    def tap_allow(self) -> None:
        with self._lock:
            pending = [(c, c.awaiting_allow) for c in self._connections]
        for connection, key in pending:
            if key is not None:
                connection.allow(key)

    def freeze(self) -> None:
        """The phone hangs: connections stay open, no packet is sent any more."""
        self.frozen.set()

    def unplug(self) -> None:
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            connection.close()
        for connection in connections:
            connection.thread.join(_JOIN_TIMEOUT_S)

    # --- used by connections -----------------------------------------------------------------------

    def authorized_keys(self) -> list[rsa.RSAPublicKey]:
        with self._lock:
            return list(self._keys.values())

    def authorize(self, key: rsa.RSAPublicKey) -> None:
        with self._lock:
            self._keys[key_id(key)] = key

    def prompt_shown(self, connection: _Connection, key: rsa.RSAPublicKey) -> None:
        """ "Allow USB debugging?" is on screen; what happens next is the scenario's auth mode."""
        with self._lock:
            self.prompts_shown += 1
        mode = self.scenario.auth
        if mode is AuthMode.ACCEPT:
            connection.allow(key)
        elif mode is AuthMode.DELAY:
            timer = threading.Timer(self.scenario.allow_after_s, connection.allow, args=(key,))
            timer.daemon = True
            with self._lock:
                self._timers.append(timer)
            timer.start()

    def forget(self, connection: _Connection) -> None:
        with self._lock:
            self._connections.discard(connection)

    def _accept(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            connection = _Connection(self, sock)
            with self._lock:
                self._connections.add(connection)
            connection.thread.start()


def serve_android_forever(scenario_name: str, port: int) -> None:
    """Run one simulated phone until Ctrl-C (the `app-audit simulate android` command)."""
    simulator = AndroidSimulator(load_android_scenario(scenario_name), port=port)
    simulator.start()
    print(simulator.address, flush=True)
    stop = threading.Event()
    try:
        while not stop.wait(3600):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        simulator.stop()
