"""A real HTTP server on 127.0.0.1 that answers from a script of status codes and records every request."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    status: int


@dataclass
class Script:
    statuses: list[int]  # answered in order; the last one repeats
    extra_headers: dict[str, str] = field(default_factory=dict)
    stall: threading.Event | None = None  # when set up, requests wait on it before answering
    received: list[Received] = field(default_factory=list)
    arrived: int = 0  # requests read, answered or not (those waiting on `stall` included)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_status(self) -> int:
        with self.lock:
            index = min(len(self.received), len(self.statuses) - 1)
            return self.statuses[index]


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            with script.lock:
                script.arrived += 1
            if script.stall is not None:
                script.stall.wait(timeout=10)
            status = script.next_status()
            with script.lock:
                script.received.append(Received(self.path, dict(self.headers.items()), body, status))
            reply = b'{"ok": true}' if status < 300 else b'{"error": "try later"}'
            self.send_response(status)
            for name, value in script.extra_headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def webhook_server(script: Script) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host!s}:{port}/hooks/mail-access"
    finally:
        if script.stall is not None:
            script.stall.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
